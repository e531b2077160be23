// What a dataset id or code names (contract sections 6 and 7): a province by pinyin id or 2-digit
// code, puyang (4109, its own folder), or a prefecture (4 digits) / county-level unit (6 digits)
// as a subset of its province's folder. Shared by the CLI's --dataset and the app's ?region=.
import type { Dataset } from './dataset.ts';
import { provinceByCode, provinceById, type Province } from './provinces.ts';

export interface RegionSpec {
  /** data/<folder>/ holds the files. */
  folder: string;
  province: Province;
  /** Code prefix of the subset (4 or 6 digits), or null for the whole folder. */
  prefix: string | null;
}

export const PUYANG_CODE = '4109';

export function parseRegionSpec(spec: string): RegionSpec | null {
  const s = spec.trim().toLowerCase();
  if (s === 'puyang' || s === PUYANG_CODE) return { folder: 'puyang', province: provinceByCode('41')!, prefix: null };
  const byId = provinceById(s) ?? (/^\d{2}$/.test(s) ? provinceByCode(s) : undefined);
  if (byId) return { folder: byId.id, province: byId, prefix: null };
  if (!/^\d{4}$|^\d{6}$/.test(s)) return null;
  const province = provinceByCode(s.slice(0, 2));
  return province ? { folder: province.id, province, prefix: s } : null;
}

/** The subset of a province's dataset under a code prefix; null when no county lies under it. */
export function subsetDataset(d: Dataset, prefix: string, id: string, name: string): Dataset | null {
  const regions = d.regions.filter((r) => r.code.startsWith(prefix));
  if (!regions.length) return null;
  return { id, name, regions, areas: d.areas.filter((a) => a.county !== null && a.county.startsWith(prefix)) };
}
