// The sites layer's data: one symbol per site, and the diff between two site lists, so that an
// edit goes into the map source as a few features (maplibre re-tiles only what they touch).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { Site } from '../../engine/model/types.ts';

/** A site's map symbol; the feature id is the site's (unique in a plan), so edits can go in as diffs. */
function siteSymbol(s: Site): Feature<Point> {
  return { type: 'Feature', id: s.id, geometry: { type: 'Point', coordinates: s.lonLat }, properties: { id: s.id, operator: s.operator, status: s.status } };
}

export function sitesToSymbols(sites: Site[]): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: sites.map(siteSymbol) };
}

/** Past this many changed sites new data is cheaper than a diff. */
const MAX_DIFF_SITES = 200;

/**
 * The symbols to replace and remove between two site lists (sites compared by identity, as the
 * store keeps unchanged ones), or null when too much changed.
 */
export function sitesDiff(prev: Site[], next: Site[]): GeoJSONSourceDiff | null {
  const before = new Map(prev.map((s) => [s.id, s]));
  const add: Feature<Point>[] = [];
  for (const s of next) {
    const old = before.get(s.id);
    before.delete(s.id);
    if (old === s) continue;
    // An id already in the source is replaced by the added feature.
    add.push(siteSymbol(s));
    if (add.length > MAX_DIFF_SITES) return null;
  }
  if (before.size > MAX_DIFF_SITES) return null;
  return { remove: [...before.keys()], add };
}

