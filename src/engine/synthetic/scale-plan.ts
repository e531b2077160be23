/**
 * A large generated plan for scale tests (e.g. 168,000 stations over Henan, its 2022 target):
 * stations spread over counties by census population, a third of them in settlement areas,
 * the rest anywhere in the county. Seeded and deterministic; never written as data.
 */
import type { Dataset } from '../model/dataset.ts';
import { resolveSite } from '../model/resolve-site.ts';
import type { Site } from '../model/types.ts';
import { randomPointIn } from './placement.ts';
import { createRng, pickWeighted } from './rng.ts';

export function generateScalePlan(dataset: Dataset, count: number, seed: number): Site[] {
  const rng = createRng(seed);
  const weights = dataset.regions.map((r) => r.population ?? 0);
  const areasByCounty = new Map<string, Dataset['areas']>();
  for (const a of dataset.areas) if (a.county) areasByCounty.set(a.county, [...(areasByCounty.get(a.county) ?? []), a]);
  const sites: Site[] = [];
  for (let n = 0; n < count; n++) {
    const region = dataset.regions[pickWeighted(rng, weights)];
    const areas = areasByCounty.get(region.code) ?? [];
    const inSettlement = areas.length > 0 && rng() < 0.35;
    const geometry = inSettlement ? areas[Math.floor(rng() * areas.length)].geometry : region.geometry;
    const u = rng();
    const kind = !inSettlement || u < 0.5 ? 'macro' : u < 0.8 ? 'micro' : 'indoor';
    const props = { id: `HN-${n}`, operator: rng() < 0.56 ? 'CMCC' : 'CU+CT', kind, year: 2022, county: region.code, synthetic: true };
    sites.push(resolveSite(props, randomPointIn(geometry, rng), { file: 'scale-plan' }).site!);
  }
  return sites;
}
