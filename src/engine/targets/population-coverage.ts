/**
 * populationCoverage targets (5G人口覆盖率): residents in covered pixels over residents in the
 * study area, with residents spread over pixels by the coverage engine's population rule
 * (CoverageRaster.populationPerPixel, documented in docs/engine.md). Share 0-1.
 */
import type { CoverageMask } from '../coverage/types.ts';
import { notSimulatedRow, resultRow, type Evaluator } from './context.ts';
import type { PopulationCoverageTarget } from './types.ts';

/** Covered residents / all residents inside the study area; null without a population layer. */
export function populationCoveredShare(raster: CoverageMask): { share: number; population: number; coveredPopulation: number } | null {
  const pop = raster.populationPerPixel;
  if (!pop) return null;
  let total = 0, covered = 0;
  for (let i = 0; i < pop.length; i++) {
    if (!raster.inside[i]) continue;
    total += pop[i];
    if (raster.covered[i]) covered += pop[i];
  }
  return total > 0 ? { share: covered / total, population: total, coveredPopulation: covered } : null;
}

export const evaluatePopulationCoverage: Evaluator<PopulationCoverageTarget> = (target, ctx) => {
  if (!ctx.raster) return notSimulatedRow(target, target.minShare, ctx.noCoverageReason ?? 'no coverage raster for the plan\'s region (use --dataset or --regions)');
  const r = populationCoveredShare(ctx.raster);
  if (!r) return notSimulatedRow(target, target.minShare, 'the regions carry no population, so residents cannot be placed on the raster');
  return resultRow(target, target.minShare, r.share, r.share >= target.minShare, {
    comparison: '>=',
    population: Math.round(r.population),
    coveredPopulation: Math.round(r.coveredPopulation),
  });
};
