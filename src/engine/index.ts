/**
 * g5plan's engine: the one public surface of src/engine (architecture.md). Pure TypeScript:
 * no DOM, no workers, no file system; the browser's workers, the CLI and the tests all run it.
 */
// Inputs: the plan model, datasets, validation.
export * from './model/types.ts';
export * from './model/defaults.ts';
export type { AreaGeometry, AreaTier, Dataset, Region, TargetArea } from './model/dataset.ts';
export { AREA_TIERS } from './model/dataset.ts';
export { resolveSite, CHINA_BBOX } from './model/resolve-site.ts';
export { parseSitesCsv, parseSitesGeoJson, parseSitesRows, parseSitesText, siteToFeature, sitesToFeatureCollection, toWgs84, CRSES, type Crs } from './model/parse-sites.ts';
export { datasetFromGeoJson, parseAreas, parseRegions } from './model/load-dataset.ts';
export { isInServiceBy, sitesInService } from './model/in-service.ts';
export { assignCounties, sitesOutsideRegion } from './model/site-counties.ts';

// Radio: path loss, antenna patterns, link budget (3GPP TR 38.901, TS 38.101-1).
export * as radio from './radio/index.ts';

// Coverage: rasters, tiles, incremental updates, statistics, exports.
export type { CoverageInput, CoverageRaster, CoverageStats, CoverageProgress, RegionStats, AreaStats } from './coverage/types.ts';
export { computeCoverage, type CoverageOutput } from './coverage/compute-coverage.ts';
export { prepareJob, tileBounds, type PreparedJob } from './coverage/job.ts';
export { computeTile, computeTileState, updateTile, remapTileState, finishTile, type TileResult } from './coverage/compute-tile.ts';
export { diffJobs, type JobDiff } from './coverage/incremental.ts';
export { RasterAssembler } from './coverage/assemble.ts';
export { reportAreas, type AreaReport } from './coverage/area-report.ts';
export { summarizeAreaCoverage, holeToMultiPolygon, type Hole } from './coverage/holes.ts';
export { resampleToLonLat, type LonLatRaster } from './coverage/lonlat-raster.ts';
export type { GridSpec } from './geo/grid.ts';
export { gridProjection } from './geo/projection.ts';
export { rasterizeGeometry } from './geo/rasterize.ts';
export { gridMaskToMultiPolygon } from './geo/mask-polygons.ts';
export { coverageToGeoJson } from './coverage/coverage-geojson.ts';

// Targets and subsidy (policy documents as data).
export { parseTargetsFile, pickPlan } from './targets/parse-targets.ts';
export { evaluateTargets, targetsForYear, planTargetYears, defaultYear, needsCoverage } from './targets/evaluate.ts';
export { coverageRequest, areasForYear } from './targets/coverage-request.ts';
export { computeBudget } from './subsidy/budget.ts';
export { applyWhatIf } from './subsidy/what-if.ts';

// Planning: automatic site selection (docs/planning.md).
export { planSites, solvePlanning, footprintSiteCount } from './planning/plan-sites.ts';
export { hexCandidates } from './planning/hex-candidates.ts';
export type { PlanRequest, PlanResult, PlanOutcome, ChosenSite, ShortArea, PlanGoal } from './planning/types.ts';

// Synthetic plans (seeded; never real station locations).
export { createRng, type Rng } from './synthetic/rng.ts';
export { generateSyntheticPlan, type SyntheticPlanSpec, type YearGoal } from './synthetic/synthetic-plan.ts';
export { generateScalePlan } from './synthetic/scale-plan.ts';
