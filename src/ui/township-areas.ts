// Townships the user places become modelled township target areas (tw-<code>), sized by the data
// build's rule (engine/model/township-area.ts), so coverage and the targets include them. The
// areas are derived from the points: every change of the points rebuilds the user's areas in
// the same store patch (removing a point removes its area). The dataset's own areas stay as built.
import type { Region, TargetArea } from '../engine/model/dataset.ts';
import { placedTownshipArea, type TownshipAreaOutcome } from '../engine/model/township-area.ts';
import type { Township, UrbanDisk } from './io/dataset.ts';
import type { AppState } from './state/app-state.ts';

const isStreet = (t: Township): boolean => t.name.endsWith('街道');

function placedAreas(regions: Region[], townships: Township[], points: Record<string, [number, number]>, urbanDisks: Record<string, UrbanDisk>): Record<string, TownshipAreaOutcome> {
  const out: Record<string, TownshipAreaOutcome> = {};
  for (const t of townships) {
    const lonLat = points[t.code];
    const county = regions.find((r) => r.code === t.regionCode);
    const urban = urbanDisks[t.regionCode];
    // 街道 are part of the urban area (no disk in the build either); without its county nothing can be sized.
    if (t.lonLat || !lonLat || isStreet(t) || !county || !urban) continue;
    const rural = townships.filter((x) => x.regionCode === t.regionCode && !isStreet(x)).map((x) => ({ code: x.code, lonLat: x.lonLat ?? points[x.code] ?? null }));
    out[t.code] = placedTownshipArea({ code: t.code, name: t.name, lonLat, county, urban: urban.disk, countySeat: urban.countySeat, rural });
  }
  return out;
}

/** The store patch for new township points: the points, the outcomes and the areas with the user's townships rebuilt. */
export function townshipPointsPatch(s: AppState, points: Record<string, [number, number]>): Partial<AppState> {
  const userIds = new Set(s.townships.filter((t) => !t.lonLat).map((t) => `tw-${t.code}`));
  const outcomes = placedAreas(s.regions, s.townships, points, s.urbanDisks);
  const added: TargetArea[] = Object.values(outcomes).flatMap((o) => (o.ok ? [o.area] : []));
  const areas = [...s.areas.filter((a) => !userIds.has(a.id)), ...added];
  const unchanged = areas.length === s.areas.length && areas.every((a, i) => a === s.areas[i]);
  return { townshipPoints: points, townshipAreas: outcomes, ...(unchanged ? {} : { areas }) };
}
