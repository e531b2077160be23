// Adds `name_zh` to the offline context map's rivers and lakes (public/basemap/), from the table
// in names-zh.ts, keeping the files' one-feature-per-line layout. Run: npx tsx scripts/basemap/add-names-zh.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { REPO_ROOT } from '../data/paths.ts';
import { chineseName, LAKE_NAMES_ZH, RIVER_NAMES_ZH } from './names-zh.ts';

function firstLon(g: Geometry | null): number {
  let c: unknown = g && 'coordinates' in g ? g.coordinates : [NaN];
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return (c as number[])[0];
}

for (const [file, table] of [['rivers.geojson', RIVER_NAMES_ZH], ['lakes.geojson', LAKE_NAMES_ZH]] as const) {
  const full = path.join(REPO_ROOT, 'public/basemap', file);
  const fc = JSON.parse(readFileSync(full, 'utf8')) as FeatureCollection;
  let named = 0;
  const lines = fc.features.map((f: Feature) => {
    const props = { ...f.properties };
    delete props.name_zh;
    const zh = chineseName(table, props.name as string | undefined, firstLon(f.geometry));
    if (zh) { props.name_zh = zh; named++; }
    return JSON.stringify({ type: 'Feature', geometry: f.geometry, properties: props });
  });
  writeFileSync(full, `{"type":"FeatureCollection", "features": [\n${lines.join(',\n')}\n]}\n`);
  console.log(`${file}: ${named} of ${fc.features.length} features named in Chinese`);
}
