/**
 * areaCoverage targets over settlement areas (contract section 3): per area the covered share
 * of its pixels and its holes; criteria full (share >= fullShare), continuous (share >=
 * contShare and no hole > maxHoleKm2), covered (>= coveredShare), basic (>= basicShare). The
 * target passes only when every area of the named tiers passes. Modelled areas (disks around a
 * seat point) are marked `modelled` in every row. Pixels outside the study area are left out.
 */
import { holeToMultiPolygon, summarizeAreaCoverage } from '../coverage/holes.ts';
import type { CoverageMask } from '../coverage/types.ts';
import { rasterizeGeometry } from '../geo/rasterize.ts';
import type { TargetArea } from '../model/dataset.ts';
import { notSimulatedRow, resultRow, type CoverageThresholds, type Evaluator } from './context.ts';
import type { AreaCoverageTarget, CoverageCriterion } from './types.ts';
import { IMPORTED_TIERS, importHint } from './place-areas.ts';

/** Outlines listed per area; the count and the largest size always cover every hole. */
export const MAX_HOLE_POLYGONS_PER_AREA = 20;

export interface CriterionRule {
  criterion: CoverageCriterion;
  minShare: number;
  /** Only "continuous" limits hole size. */
  maxHoleKm2: number | null;
}

export function criterionRule(criterion: CoverageCriterion, t: CoverageThresholds): CriterionRule {
  switch (criterion) {
    case 'full': return { criterion, minShare: t.fullShare, maxHoleKm2: null };
    case 'continuous': return { criterion, minShare: t.contShare, maxHoleKm2: t.maxHoleKm2 };
    case 'covered': return { criterion, minShare: t.coveredShare, maxHoleKm2: null };
    case 'basic': return { criterion, minShare: t.basicShare, maxHoleKm2: null };
  }
}

export interface AreaResult {
  id: string;
  name: string;
  tier: string;
  county: string | null;
  modelled: boolean;
  pixels: number;
  coveredShare: number | null;
  holes: number;
  largestHoleKm2: number;
  holePolygons: { areaKm2: number; geometry: ReturnType<typeof holeToMultiPolygon> }[];
  pass: boolean;
  reason?: string;
}

export function evaluateArea(raster: CoverageMask, area: TargetArea, rule: CriterionRule): AreaResult {
  const pixels = Array.from(rasterizeGeometry(raster.grid, area.geometry)).filter((p) => raster.inside[p] === 1);
  const s = summarizeAreaCoverage(raster.grid, raster.covered, pixels);
  const largestHoleKm2 = s.holes.length ? s.holes[0].areaKm2 : 0;
  const shareOk = s.coveredShare !== null && s.coveredShare >= rule.minShare;
  const holesOk = rule.maxHoleKm2 === null || largestHoleKm2 <= rule.maxHoleKm2;
  const result: AreaResult = {
    id: area.id, name: area.name, tier: area.tier, county: area.county, modelled: area.modelled,
    pixels: s.pixels, coveredShare: s.coveredShare, holes: s.holes.length, largestHoleKm2,
    holePolygons: s.holes.slice(0, MAX_HOLE_POLYGONS_PER_AREA).map((h) => ({ areaKm2: h.areaKm2, geometry: holeToMultiPolygon(raster.grid, h) })),
    pass: shareOk && holesOk,
  };
  if (s.coveredShare === null) result.reason = 'area smaller than one pixel or outside the study area; use a finer --res';
  else if (!shareOk) result.reason = `covered share ${s.coveredShare.toFixed(3)} < ${rule.minShare}`;
  else if (!holesOk) result.reason = `hole of ${largestHoleKm2.toFixed(3)} km2 > ${rule.maxHoleKm2} km2`;
  return result;
}

export const evaluateAreaCoverage: Evaluator<AreaCoverageTarget> = (target, ctx) => {
  const rule = criterionRule(target.criterion, ctx.thresholds);
  const required = { ...rule, tiers: target.areas };
  if (!ctx.areas || !ctx.raster) return notSimulatedRow(target, required, ctx.noCoverageReason ?? 'no settlement areas or coverage raster for the plan\'s region (use --dataset or --areas)');
  const areas = ctx.areas.filter((a) => (target.areas as string[]).includes(a.tier));
  if (!areas.length) {
    const imported = target.areas.filter((t) => IMPORTED_TIERS.includes(t));
    const hint = imported.length ? `: the data cannot give them; import ${imported.map(importHint).join('; ')}` : '';
    return notSimulatedRow(target, required, `no settlement areas of tier ${target.areas.join(', ')} loaded${hint}`);
  }
  const perArea = areas.map((a) => evaluateArea(ctx.raster as CoverageMask, a, rule));
  const shares = perArea.map((a) => a.coveredShare ?? 0);
  const actual = {
    areas: perArea.length,
    passing: perArea.filter((a) => a.pass).length,
    lowestShare: Math.min(...shares),
    largestHoleKm2: Math.max(...perArea.map((a) => a.largestHoleKm2)),
  };
  return resultRow(target, required, actual, actual.passing === actual.areas, {
    modelledAreas: perArea.filter((a) => a.modelled).length,
    resM: ctx.raster.grid.resM,
    perArea,
  });
};
