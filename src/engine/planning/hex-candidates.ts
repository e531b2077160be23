/**
 * Candidates for a user who has none (issue 5): a hexagonal lattice over the target areas that
 * fail with the existing network. Per area, the cell radius R is measured on the radio engine:
 * a default macro of the operator (its band, 3 sectors) probed at the area's centroid, R = the
 * largest distance (10 m steps) at which it reaches the RSRP threshold in every direction
 * (72 azimuths, 5 degrees apart; the sector edges, not the boresight, limit it). Hexagonal cells
 * of circumradius R tile the plane at a site spacing of sqrt(3) x R, so the lattice leaves no
 * gap where each site covers its disk. Points inside the area are kept, and points within R/2
 * outside its edge (they serve the rim). A starting list: the planner then picks among them.
 */
import { centroid } from '@turf/turf';
import { sitePowerAtMw } from '../coverage/tile-state.ts';
import type { PreparedJob } from '../coverage/job.ts';
import { gridProjection, projectRings, ringsBounds } from '../geo/projection.ts';
import { isPointInRings } from '../coverage/study-area.ts';
import { resolveSite } from '../model/resolve-site.ts';
import type { Band, Operator, Site } from '../model/types.ts';
import { checkArea } from './area-rules.ts';
import { planningFootprints, preparePlanning } from './prepare.ts';
import { unionOf } from './rank.ts';
import { regionInsideTest } from './region-filter.ts';
import type { PlanRequest } from './types.ts';

export interface HexOptions {
  operator: Operator;
  band?: Band;
}

export interface HexArea {
  id: string;
  cellRadiusM: number;
  spacingM: number;
  candidates: number;
}

const AZIMUTHS = 72;
const STEP_M = 10;

/** Largest distance at which site s reaches the threshold in all directions, m (0 if nowhere). */
export function omniCoverRadiusM(job: PreparedJob, s: number): number {
  const thrDbm = job.input.settings.thresholdDbm;
  const reachM = job.registry.reachM(job.siteGainTable[s], 10 ** (thrDbm / 10));
  for (let d = Math.floor(reachM / STEP_M) * STEP_M; d > 0; d -= STEP_M) {
    let all = true;
    for (let k = 0; k < AZIMUTHS && all; k++) {
      const a = (2 * Math.PI * k) / AZIMUTHS;
      const { bestMw } = sitePowerAtMw(job, s, job.siteXM[s] + d * Math.sin(a), job.siteYM[s] - d * Math.cos(a));
      all = bestMw > 0 && Math.fround(10 * Math.log10(bestMw)) >= thrDbm;
    }
    if (all) return d;
  }
  return 0;
}

function distanceToRingsM(x: number, y: number, rings: Float64Array[]): number {
  let best = Infinity;
  for (const r of rings) {
    for (let i = 0, n = r.length / 2, j = n - 1; i < n; j = i++) {
      const ax = r[2 * j], ay = r[2 * j + 1], bx = r[2 * i], by = r[2 * i + 1];
      const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2)) : 0;
      best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
    }
  }
  return best;
}

/** Lattice points [x, y] (projected m) around centre (cx, cy) over the rings. */
function latticePoints(cx: number, cy: number, rings: Float64Array[], bounds: [number, number, number, number], radiusM: number): [number, number][] {
  const spacing = Math.sqrt(3) * radiusM, rowStep = spacing * (Math.sqrt(3) / 2);
  const out: [number, number][] = [];
  const iMin = Math.floor((bounds[1] - radiusM - cy) / rowStep), iMax = Math.ceil((bounds[3] + radiusM - cy) / rowStep);
  for (let i = iMin; i <= iMax; i++) {
    const y = cy + i * rowStep, shift = (i & 1) * spacing / 2;
    const jMin = Math.floor((bounds[0] - radiusM - cx - shift) / spacing), jMax = Math.ceil((bounds[2] + radiusM - cx - shift) / spacing);
    for (let j = jMin; j <= jMax; j++) {
      const x = cx + shift + j * spacing;
      if (isPointInRings(x, y, rings) || distanceToRingsM(x, y, rings) < radiusM / 2) out.push([x, y]);
    }
  }
  return out;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Lattice points outside the plan's region moved toward the area's centre (tenths of the way)
 * until inside, so the rim of an area on the region's border is still served from inside; a
 * moved point within R/4 of a kept one adds nothing and is left out.
 */
function pullInside(points: [number, number][], centre: [number, number], inside: (x: number, y: number) => boolean, radiusM: number): [number, number][] {
  const kept = points.filter(([x, y]) => inside(x, y));
  for (const [x, y] of points) {
    if (inside(x, y)) continue;
    for (let k = 1; k < 10; k++) {
      const px = x + ((centre[0] - x) * k) / 10, py = y + ((centre[1] - y) * k) / 10;
      if (!inside(px, py)) continue;
      if (kept.every(([qx, qy]) => Math.hypot(qx - px, qy - py) >= radiusM / 4)) kept.push([px, py]);
      break;
    }
  }
  return kept;
}

/** Hex candidates over the request's failing target areas (meet-targets rules of its plan and year). */
export function hexCandidates(req: PlanRequest, opts: HexOptions): { ok: true; sites: Site[]; areas: HexArea[] } | { ok: false; message: string } {
  const probe = (lonLat: [number, number], id: string) => resolveSite({ id, status: 'candidate', operator: opts.operator, kind: 'macro', ...(opts.band ? { band: opts.band } : {}) }, lonLat, { file: 'hex' }).site!;
  const probes = req.areas.map((a, i) => probe(centroid(a.geometry).geometry.coordinates as [number, number], `probe-${i}`));
  const prepared = preparePlanning({ ...req, goal: 'meet-targets', candidates: probes });
  if (!prepared.ok) return prepared;
  const { ctx } = prepared;
  const { job, universe: u } = ctx;
  const C = ctx.candidateCount;
  // Probes were made for req.areas; the context keeps the areas the year's targets name.
  const probeOf = ctx.areas.map((a) => req.areas.indexOf(a));
  const fp = planningFootprints(ctx, C, C + ctx.existing.length);
  const existing = unionOf(fp, 0, fp.length, u.pixelOfElement.length);
  const coveredGrid = new Uint8Array(job.grid.width * job.grid.height);
  existing.forEach((v, e) => { if (v) coveredGrid[u.pixelOfElement[e]] = 1; });
  const projection = gridProjection(job.grid.centerLonLat);
  const invert = projection.invert!;
  // Lattice points outside the plan's region are never offered unless asked (region-filter.ts).
  const inside = req.allowOutsideRegion ? null : regionInsideTest(req.regions, projection);
  const sites: Site[] = [], areas: HexArea[] = [];
  ctx.areas.forEach((area, a) => {
    const pixels = u.areaElements[a].map((e) => u.pixelOfElement[e]);
    if (checkArea(job.grid, coveredGrid, pixels, ctx.rules[a]).pass) return;
    const s = probeOf[a];
    const radiusM = Math.max(job.grid.resM, omniCoverRadiusM(job, s));
    const rings = projectRings(area.geometry, (p) => projection(p) as [number, number] | null);
    const lattice = latticePoints(job.siteXM[s], job.siteYM[s], rings, ringsBounds(rings), radiusM);
    const points = inside ? pullInside(lattice, [job.siteXM[s], job.siteYM[s]], inside, radiusM) : lattice;
    points.forEach(([x, y], k) => {
      const [lon, lat] = invert([x, y]) as [number, number];
      const props = { id: `hex-${area.id}-${k + 1}`, name: `${area.name} 候选${k + 1}`, status: 'candidate', operator: opts.operator, kind: 'macro', generated: 'hex', ...(opts.band ? { band: opts.band } : {}) };
      sites.push(resolveSite(props, [round6(lon), round6(lat)], { file: 'hex' }).site!);
    });
    areas.push({ id: area.id, cellRadiusM: radiusM, spacingM: Math.sqrt(3) * radiusM, candidates: points.length });
  });
  return { ok: true, sites, areas };
}
