/**
 * Places the data cannot give and a user imports (contract section 7): industrial parks (tier
 * park), transport hubs (hub) and key villages (key-village). A station inside an imported park
 * or hub polygon carries that place's tag (industrial-park, transport-hub) for the targets that
 * filter on it; a target that needs a place nobody imported is 'not simulated' and says what to
 * import, never counted as 0.
 */
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { AreaTier, TargetArea } from '../model/dataset.ts';
import type { Site } from '../model/types.ts';

/** Site tag per place tier. */
export const PLACE_TAGS: Partial<Record<AreaTier, string>> = { park: 'industrial-park', hub: 'transport-hub' };

/** Tiers only an import provides: with only these, an --areas file adds to a dataset's areas. */
export const IMPORTED_TIERS: readonly AreaTier[] = ['park', 'hub', 'key-village'];

const WHAT: Record<string, string> = {
  park: 'industrial parks (工业园区): --areas with tier "park" polygons',
  hub: 'transport hubs (交通枢纽): --areas with tier "hub" polygons',
  'key-village': 'key administrative villages (重点行政村): --areas with tier "key-village" polygons',
};

export const importHint = (tier: string): string => WHAT[tier] ?? `--areas with tier "${tier}" polygons`;

/** The sites, each with the tags of the park / hub areas it lies in added (sites are not changed in place). */
export function tagSitesInPlaces(sites: Site[], areas: TargetArea[]): Site[] {
  const places = areas.filter((a) => PLACE_TAGS[a.tier]).map((a) => ({ tag: PLACE_TAGS[a.tier]!, area: a, box: bbox(a.geometry) }));
  if (!places.length) return sites;
  return sites.map((s) => {
    const [lon, lat] = s.lonLat;
    const tags = places.filter((p) => lon >= p.box[0] && lon <= p.box[2] && lat >= p.box[1] && lat <= p.box[3] && booleanPointInPolygon(s.lonLat, p.area.geometry)).map((p) => p.tag);
    const added = tags.filter((t, i) => !s.tags.includes(t) && tags.indexOf(t) === i);
    return added.length ? { ...s, tags: [...s.tags, ...added] } : s;
  });
}

/** An imported areas file made only of place tiers adds to the dataset's areas; otherwise it replaces them (contract section 5). */
export function mergeImportedAreas(datasetAreas: TargetArea[] | null, imported: TargetArea[]): TargetArea[] {
  const onlyPlaces = imported.length > 0 && imported.every((a) => IMPORTED_TIERS.includes(a.tier));
  return onlyPlaces && datasetAreas ? [...datasetAreas, ...imported] : imported;
}

/**
 * Why a station-count filter on a place tag cannot be evaluated: no site carries the tag and no
 * area of its tier is loaded. null when it can be.
 */
export function missingPlaceReason(tags: string[] | undefined, sites: Site[], placeTiers: readonly string[]): string | null {
  for (const [tier, tag] of Object.entries(PLACE_TAGS)) {
    if (!tags?.includes(tag!) || placeTiers.includes(tier)) continue;
    if (sites.some((s) => s.tags.includes(tag!))) continue;
    return `no site is tagged "${tag}" and no ${tier} areas are loaded: import ${importHint(tier)}, or tag the sites`;
  }
  return null;
}
