/**
 * Which county-level unit each site lies in, and which sites lie outside a plan's region.
 * Site.county (6-digit code) wins; a site without one is located in the regions' polygons
 * (point in polygon after a bounding-box test). Codes nest: "4109" (Puyang) holds "410922".
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Region } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';

/** A lookup of the region a point lies in (bounding-box test, then point in polygon). */
export function regionLocator(regions: Region[] | null): (lonLat: [number, number]) => Region | null {
  const boxes = (regions ?? []).map((r) => ({ region: r, box: bbox(r.geometry) }));
  return ([lon, lat]) => boxes.find((b) => lon >= b.box[0] && lon <= b.box[2] && lat >= b.box[1] && lat <= b.box[3]
    && booleanPointInPolygon([lon, lat], b.region.geometry))?.region ?? null;
}

export function assignCounties(sites: Site[], regions: Region[] | null): (string | null)[] {
  const locate = regionLocator(regions);
  return sites.map((s) => s.county ?? locate(s.lonLat)?.code ?? null);
}

export function isInRegion(countyCode: string | null, regionCode: string): boolean {
  return countyCode !== null && countyCode.startsWith(regionCode);
}

/**
 * Ids of sites known to lie outside the region: their county code is outside it, or (when the
 * region's polygons are loaded) they fall in none of them. Without polygons, a site with no
 * county code cannot be placed and is not reported.
 */
export function sitesOutsideRegion(sites: Site[], siteCounty: (string | null)[], regionCode: string, regionsLoaded: boolean): string[] {
  return sites.filter((s, i) => (siteCounty[i] === null ? regionsLoaded : !isInRegion(siteCounty[i], regionCode))).map((s) => s.id);
}
