/**
 * A plan whose sites lie in another province than the one it is checked on is a user error: the
 * message says how many sites, which ones (first ids) and which province(s) they lie in. Sites
 * outside every province (sea, abroad) are left to the usual outside-region warning.
 */
import type { Site } from '../engine/model/types.ts';
import { regionLocator } from '../engine/model/site-counties.ts';
import { provinceByCode } from '../engine/model/provinces.ts';
import { loadDataset, readDatasetIndex } from './dataset.ts';
import { UserError } from './user-error.ts';

const LISTED = 5;

/** Throws when any site (not located in `provinceCode`'s counties) lies in another province's counties. */
export async function assertSitesInProvince(sites: Site[], siteCounty: (string | null)[], provinceCode: string): Promise<void> {
  const loose = sites.filter((s, i) => !(siteCounty[i] ?? s.county ?? '').startsWith(provinceCode));
  if (!loose.length) return;
  const index = (await readDatasetIndex()).filter((d) => d.code !== provinceCode);
  const found = new Map<string, string[]>();
  // Each site is named once, in the first province whose counties hold it: simplified outlines
  // of neighbouring provinces overlap by a few metres along their border.
  const placed = new Set<string>();
  for (const d of index) {
    const [w, s, e, n] = d.bbox;
    const inBox = loose.filter((x) => !placed.has(x.id) && x.lonLat[0] >= w && x.lonLat[0] <= e && x.lonLat[1] >= s && x.lonLat[1] <= n);
    if (!inBox.length) continue;
    const locate = regionLocator((await loadDataset(d.id)).regions);
    const ids = inBox.filter((x) => locate(x.lonLat)).map((x) => x.id);
    for (const id of ids) placed.add(id);
    if (ids.length) found.set(d.code, ids);
  }
  if (!found.size) return;
  const count = [...found.values()].reduce((a, ids) => a + ids.length, 0);
  const home = provinceByCode(provinceCode);
  const parts = [...found].map(([code, ids]) => `${ids.length} in ${provinceByCode(code)?.nameZh ?? code} (${code}): ${ids.slice(0, LISTED).join(', ')}${ids.length > LISTED ? ` and ${ids.length - LISTED} more` : ''}`);
  throw new UserError(`${count} of ${sites.length} sites lie in another province, not in ${home?.nameZh ?? provinceCode} (${provinceCode}): ${parts.join('; ')} (check the coordinates, --crs, and --dataset/--targets)`);
}
