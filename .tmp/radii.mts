import { readFileSync } from 'node:fs';
import { loadDataset } from '../src/cli/dataset.ts';
import { parseSitesGeoJson } from '../src/engine/model/parse-sites.ts';
import { DEFAULT_RADIO } from '../src/engine/model/defaults.ts';
import { prepareJob } from '../src/engine/coverage/job.ts';
const ds = await loadDataset('puyang');
const parsed = parseSitesGeoJson(readFileSync('data/puyang/plan-synthetic.geojson', 'utf8'), 'plan');
if (!parsed.ok) throw new Error();
for (const cutoff of ['density', 'noise'] as const) {
  const job = prepareJob({ sites: parsed.value, regions: ds.regions, areas: ds.areas, resM: 50, settings: { ...DEFAULT_RADIO, interferenceCutoff: cutoff } });
  const buckets: Record<string, [number, number]> = {};
  for (let s = 0; s < job.siteCount; s++) {
    const cells = job.cellStart[s + 1] - job.cellStart[s];
    const key = `${parsed.value[s].kind} r=${Math.round(job.siteRadiusM[s] / 500) * 500}`;
    const b = (buckets[key] ??= [0, 0]);
    b[0]++; b[1] += (Math.PI * job.siteRadiusM[s] ** 2 / 2500) * cells / 1e6;
  }
  console.log(cutoff, Object.entries(buckets).sort((a, b) => b[1][1] - a[1][1]).slice(0, 10).map(([k, v]) => `${k}: ${v[0]} sites ${v[1].toFixed(0)}M`).join('\n'));
}
