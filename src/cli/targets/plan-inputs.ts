/**
 * Inputs `check` and `budget` share: the dataset for the plan's region (--dataset, else the
 * embedded one matching the region: puyang-2020-2022 -> puyang, henan-2020-2022 -> henan), its
 * county-level units inside the region, and each site's county.
 */
import type { Dataset, Region } from '../../engine/model/dataset.ts';
import type { Site } from '../../engine/model/types.ts';
import { assignCounties } from '../../engine/targets/site-counties.ts';
import type { CheckWarning, Plan } from '../../engine/targets/types.ts';
import { loadDataset } from '../dataset.ts';
import { defaultDatasetId } from './load-plan.ts';

export interface RegionInputs {
  datasetId: string | null;
  dataset: Dataset | null;
  /** County-level units inside the plan's region; null without a dataset. */
  regions: Region[] | null;
  siteCounty: (string | null)[];
  warnings: CheckWarning[];
}

export async function loadRegionInputs(plan: Plan, sites: Site[], datasetOption: string | undefined): Promise<RegionInputs> {
  const datasetId = datasetOption ?? defaultDatasetId(plan);
  const warnings: CheckWarning[] = [];
  if (!datasetId) {
    warnings.push({
      code: 'no-dataset',
      message: `no embedded dataset for ${plan.region.name} (${plan.region.code}); coverage, population and county figures are not simulated (give --dataset, or --areas for area targets)`,
    });
    return { datasetId: null, dataset: null, regions: null, siteCounty: assignCounties(sites, null), warnings };
  }
  const dataset = await loadDataset(datasetId);
  const inRegion = dataset.regions.filter((r: Region) => r.code.startsWith(plan.region.code));
  if (!inRegion.length) {
    warnings.push({ code: 'dataset-outside-region', message: `dataset ${datasetId} holds no county of ${plan.region.name} (${plan.region.code}); its regions are not used` });
  }
  const regions = inRegion.length ? inRegion : null;
  return { datasetId, dataset, regions, siteCounty: assignCounties(sites, regions), warnings };
}
