/**
 * The planning universe: which pixels count, numbered 0..n-1 in ascending pixel order (so a
 * footprint built row by row is already sorted). For meet-targets it is the pixels of the
 * target areas, each area's pixels as `evaluateArea` takes them (pixel centre inside the
 * polygon and inside the study area), overlaps counted once. For max-coverage it is every
 * study-area pixel, weighted by residents per pixel (the population rule of docs/engine.md)
 * or by 1 (area).
 */
import type { PreparedJob } from '../coverage/job.ts';
import { fullStudyMasks } from '../coverage/study-area.ts';
import { rasterizeGeometry } from '../geo/rasterize.ts';
import type { TargetArea } from '../model/dataset.ts';
import type { ElementGroups } from './coverage-oracles.ts';

export interface Universe {
  /** Grid pixel -> element id, -1 outside the universe. */
  elementOfPixel: Int32Array;
  /** Element id -> grid pixel, ascending. */
  pixelOfElement: Uint32Array;
  /** Per target area: its element ids, ascending (meet-targets; empty for max-coverage). */
  areaElements: Uint32Array[];
  /** Residents per element; null = area weighting. */
  weights: Float64Array | null;
}

function fromPixels(job: PreparedJob, isMember: Uint8Array): Pick<Universe, 'elementOfPixel' | 'pixelOfElement'> {
  const elementOfPixel = new Int32Array(isMember.length).fill(-1);
  const pixels: number[] = [];
  for (let p = 0; p < isMember.length; p++) if (isMember[p]) { elementOfPixel[p] = pixels.length; pixels.push(p); }
  return { elementOfPixel, pixelOfElement: Uint32Array.from(pixels) };
}

export function areaUniverse(job: PreparedJob, areas: TargetArea[]): Universe {
  const member = new Uint8Array(job.grid.width * job.grid.height);
  const { regionIndex } = fullStudyMasks(job);
  const areaPixels = areas.map((a) => rasterizeGeometry(job.grid, a.geometry).filter((p) => regionIndex[p] > 0));
  for (const px of areaPixels) for (const p of px) member[p] = 1;
  const u = fromPixels(job, member);
  const areaElements = areaPixels.map((px) => px.map((p) => u.elementOfPixel[p]));
  return { ...u, areaElements, weights: null };
}

export function studyUniverse(job: PreparedJob, weighting: 'population' | 'area'): Universe {
  const member = new Uint8Array(job.grid.width * job.grid.height);
  const { regionIndex, areaIndex } = fullStudyMasks(job);
  for (let p = 0; p < member.length; p++) member[p] = regionIndex[p] > 0 ? 1 : 0;
  const u = fromPixels(job, member);
  let weights: Float64Array | null = null;
  if (weighting === 'population') {
    weights = new Float64Array(u.pixelOfElement.length);
    u.pixelOfElement.forEach((p, e) => {
      const d = job.densityPerPixel[2 * regionIndex[p] + (areaIndex[p] >= 0 ? 0 : 1)];
      weights![e] = Number.isNaN(d) ? 0 : d;
    });
  }
  return { ...u, areaElements: [], weights };
}

/** Groups (areas) of each element, for TruncatedCoverage; only the listed areas count. */
export function elementGroups(u: Universe, areaIds: number[]): ElementGroups {
  const n = u.pixelOfElement.length;
  const count = new Uint32Array(n + 1);
  for (const a of areaIds) for (const e of u.areaElements[a]) count[e + 1]++;
  for (let e = 0; e < n; e++) count[e + 1] += count[e];
  const fill = count.slice(0, n);
  const groupOf = new Uint32Array(count[n]);
  areaIds.forEach((a, g) => { for (const e of u.areaElements[a]) groupOf[fill[e]++] = g; });
  return { groupStart: count, groupOf, groupCount: areaIds.length };
}
