/**
 * Inputs `check` and `budget` share: the dataset for the plan's region (--dataset, else the
 * embedded one matching the region: puyang-2020-2022 -> puyang, gansu-2020-2022 -> gansu), its
 * county-level units inside the region (or the user's --regions), and each site's county. A
 * --dataset that holds no county of the plan's region is a user error (the wrong province).
 */
import type { Dataset, Region } from '../../engine/model/dataset.ts';
import type { Site } from '../../engine/model/types.ts';
import { assignCounties } from '../../engine/model/site-counties.ts';
import type { CheckWarning, Plan } from '../../engine/targets/types.ts';
import { loadDataset } from '../dataset.ts';
import { defaultDatasetId } from './load-plan.ts';
import { UserError } from '../user-error.ts';

export interface RegionInputs {
  datasetId: string | null;
  dataset: Dataset | null;
  /** County-level units inside the plan's region; null when none are loaded. */
  regions: Region[] | null;
  siteCounty: (string | null)[];
  warnings: CheckWarning[];
}

/** Units whose code lies under the plan's region code; imported regions with other codes are all kept. */
function regionsOfPlan(plan: Plan, regions: Region[], imported: boolean): Region[] {
  const inside = regions.filter((r) => r.code.startsWith(plan.region.code));
  return inside.length || !imported ? inside : regions;
}

export async function loadRegionInputs(plan: Plan, sites: Site[], datasetOption: string | undefined, userRegions: Region[] | null = null): Promise<RegionInputs> {
  const datasetId = datasetOption ?? defaultDatasetId(plan);
  const warnings: CheckWarning[] = [];
  const dataset = datasetId ? await loadDataset(datasetId) : null;
  const source = userRegions ?? dataset?.regions ?? null;
  const inRegion = source ? regionsOfPlan(plan, source, userRegions !== null) : [];
  if (!source) {
    warnings.push({
      code: 'no-dataset',
      message: `no embedded dataset for ${plan.region.name} (${plan.region.code}); coverage, population and per-county figures are not simulated (give --dataset, --regions or --areas)`,
    });
  } else if (!inRegion.length && datasetOption && !userRegions) {
    const fit = defaultDatasetId(plan);
    throw new UserError(`--dataset ${datasetOption} (${dataset!.name}) holds no county of plan "${plan.id}" (${plan.region.name}, ${plan.region.code})${fit ? `: use --dataset ${fit}` : ''}`);
  } else if (!inRegion.length) {
    warnings.push({ code: 'dataset-outside-region', message: `dataset ${datasetId} holds no county of ${plan.region.name} (${plan.region.code}); its regions are not used` });
  }
  const regions = inRegion.length ? inRegion : null;
  return { datasetId, dataset, regions, siteCounty: assignCounties(sites, regions), warnings };
}
