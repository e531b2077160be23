import { writeFileSync } from 'node:fs';
import { randomSites, RECT_REGION, URBAN_AREA } from '../tests/fixtures/coverage-scenario.ts';
import { sitesToFeatureCollection } from '../src/engine/model/parse-sites.ts';
const sites = randomSites(30, 5, 'fx');
writeFileSync('tests/fixtures/coverage/sites-30.geojson', JSON.stringify(sitesToFeatureCollection(sites), null, 1) + '\n');
writeFileSync('tests/fixtures/coverage/region-rect.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: RECT_REGION.code, name: RECT_REGION.name, population: RECT_REGION.population, urbanShare: RECT_REGION.urbanShare }, geometry: RECT_REGION.geometry }] }, null, 1) + '\n');
writeFileSync('tests/fixtures/coverage/area-urban.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: URBAN_AREA.id, name: URBAN_AREA.name, tier: URBAN_AREA.tier, county: URBAN_AREA.county, modelled: true, population: URBAN_AREA.population }, geometry: URBAN_AREA.geometry }] }, null, 1) + '\n');
