/**
 * `g5plan check --sites FILE --targets ID|FILE [--plan ID] [--dataset ID] [--areas FILE] [--year Y] --json`
 * (contract section 5): every target of the plan's year, in plan order, against the sites.
 * Coverage is computed only when the year holds coverage-based targets, over the settlement
 * areas (or the whole region when population coverage is asked for).
 */
import { TARGETS_MAX_RES_M, type RadioSettings } from '../../engine/model/defaults.ts';
import type { TargetArea } from '../../engine/model/dataset.ts';
import { DEFAULT_THRESHOLDS, type CoverageThresholds, type TargetContext } from '../../engine/targets/context.ts';
import { areasForYear, coverageRequest } from '../../engine/targets/coverage-request.ts';
import { IMPORTED_TIERS, mergeImportedAreas, tagSitesInPlaces } from '../../engine/targets/place-areas.ts';
import { defaultYear, evaluateTargets, needsCoverage, planTargetYears } from '../../engine/targets/evaluate.ts';
import type { Plan } from '../../engine/targets/types.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { tableToCsv } from '../../engine/files/table.ts';
import { printJson, writeTextFile } from '../io.ts';
import { writeXlsxFile } from '../xlsx-out.ts';
import { RADIO_HELP, RADIO_OPTIONS, radioSettingsFrom } from '../radio-options.ts';
import { TERRAIN_HELP, TERRAIN_OPTIONS, coverageTerrain, terrainJson } from '../terrain-options.ts';
import { PATTERN_HELP, PATTERN_OPTIONS, loadPatterns } from '../pattern-options.ts';
import type { AntennaPattern } from '../../engine/radio/msi-pattern.ts';
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';
import { readSitesFile, SITES_FILE_OPTIONS } from '../sites-file.ts';
import { readAreasFile, readRegionsFile } from '../study-inputs.ts';
import { checkTables, formatCheckReport } from '../targets/format-check.ts';
import { loadPlan } from '../targets/load-plan.ts';
import { assertSitesInProvince } from '../foreign-sites.ts';
import { loadRegionInputs } from '../targets/plan-inputs.ts';
import { parseLang } from '../targets/text-table.ts';
import { UserError } from '../user-error.ts';

const HELP = `usage: g5plan check --sites FILE --targets ID|FILE [options] [--json]

  --sites FILE        plan (GeoJSON, CSV, .xlsx, Shapefile .zip/.shp, KML/KMZ; --crs wgs84|gcj02|bd09)
  --number-rows       CSV or .xlsx without an id column: number the rows (<file>-1, <file>-2, ...)
  --targets ID|FILE   plan id in data/targets.json (e.g. puyang-2020-2022) or a file in that format
  --plan ID           which plan of --targets FILE, when it holds several
  --year Y            the year to check (default: the plan's last target year)
  --dataset ID        regions and settlement areas (default: the plan's region, if embedded)
  --regions FILE      county-level regions (GeoJSON, Shapefile or KML with code, name, population) instead of the dataset's
  --areas FILE        settlement target areas (GeoJSON, Shapefile or KML) replacing the dataset's; a file of
                      only park / hub / key-village areas adds to them (stations inside a park or hub
                      count as tagged industrial-park / transport-hub)
  --res M             coverage pixel size in metres (default 50; 200 for province-wide plans)
  --workers N         coverage worker threads
  --full-share X --cont-share X --covered-share X --basic-share X --max-hole-km2 A
                      coverage criteria (defaults 0.95, 0.95, 0.90, 0.80, 0.05)
  --csv FILE          also write the review as CSV (one row per target: 目标, 要求, 实际, 是否达标, 原因; UTF-8 with BOM)
  --xlsx FILE         also write it as an .xlsx workbook (the targets, then the failing areas)
  --lang zh|en        language of the table and of the CSV/.xlsx headers (default zh)
${RADIO_HELP}${TERRAIN_HELP}${PATTERN_HELP}`;

const THRESHOLD_FLAGS: [keyof CoverageThresholds, string][] = [
  ['fullShare', 'full-share'], ['contShare', 'cont-share'], ['coveredShare', 'covered-share'], ['basicShare', 'basic-share'], ['maxHoleKm2', 'max-hole-km2'],
];

export function parseYear(plan: Plan, value: string | undefined): number {
  if (value === undefined) return defaultYear(plan);
  const year = parseNumberOption(value, 'year', 1990, 2100) as number;
  if (!Number.isInteger(year)) throw new UserError(`--year must be an integer, got "${value}"`);
  const years = plan.years ?? [Math.min(...planTargetYears(plan)), Math.max(...planTargetYears(plan))];
  if (year < years[0] || year > years[1]) throw new UserError(`--year ${year} is outside plan "${plan.id}" (${years[0]}-${years[1]})`);
  return year;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' }, sites: { type: 'string' }, targets: { type: 'string' }, plan: { type: 'string' },
  year: { type: 'string' }, dataset: { type: 'string' }, areas: { type: 'string' }, res: { type: 'string' },
  regions: { type: 'string' }, workers: { type: 'string' }, lang: { type: 'string' }, ...SITES_FILE_OPTIONS,
  csv: { type: 'string' }, xlsx: { type: 'string' },
  'full-share': { type: 'string' }, 'cont-share': { type: 'string' }, 'covered-share': { type: 'string' },
  'basic-share': { type: 'string' }, 'max-hole-km2': { type: 'string' }, ...RADIO_OPTIONS, ...TERRAIN_OPTIONS, ...PATTERN_OPTIONS,
} as const;

type Options = ReturnType<typeof parseOptions<typeof OPTIONS>>;

function parseThresholds(o: Options): CoverageThresholds {
  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, flag] of THRESHOLD_FLAGS) {
    thresholds[key] = parseNumberOption((o as Record<string, string | undefined>)[flag], flag, 0, key === 'maxHoleKm2' ? 1e6 : 1) ?? thresholds[key];
  }
  return thresholds;
}

interface CoverageOptions { resM: number; settings: RadioSettings; workers: number | undefined; terrain: TerrainModel | null; patterns?: Record<string, AntennaPattern> }

/**
 * A province's raster spans its whole bounding box (Henan ~560 x 530 km): at 50 m that is ~120M
 * pixels and several GB, so province-wide plans default to 200 m (~7M pixels).
 */
function defaultResM(plan: Plan): number {
  return plan.region.level === 'province' ? TARGETS_MAX_RES_M : 50;
}

async function parseCoverageOptions(o: Options, plan: Plan): Promise<CoverageOptions> {
  const settings = radioSettingsFrom(o);
  return {
    resM: parseNumberOption(o.res, 'res', 10, 10000) ?? defaultResM(plan),
    settings,
    workers: parseNumberOption(o.workers, 'workers', 1, 256),
    terrain: await coverageTerrain(o, settings),
  };
}

/** Fills ctx.raster when the year needs coverage and something is loaded to compute it over; returns the wall time. */
async function addCoverage(ctx: TargetContext, allAreas: TargetArea[] | null, { resM, settings, workers, terrain, patterns }: CoverageOptions): Promise<number | null> {
  const request = coverageRequest(ctx.plan, ctx.year, ctx.sites, ctx.regions, ctx.areas, allAreas);
  if (!request) {
    if (needsCoverage(ctx.plan, ctx.year)) ctx.noCoverageReason = `no settlement areas or regions for ${ctx.plan.region.name} (${ctx.plan.region.code}): give --dataset or --areas`;
    return null;
  }
  const started = performance.now();
  // Loaded on demand: a check without coverage targets never starts the worker pool.
  const { runCoverage } = await import('../run-coverage.ts');
  // Targets read covered flags only (contract section 3): sites count out to their serving reach.
  ctx.raster = await runCoverage({ ...request, resM, settings, workers, terrain, patterns, coveredOnly: true });
  return Math.round(performance.now() - started);
}

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'check');
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const lang = parseLang(o.lang);
  const thresholds = parseThresholds(o);
  const plan = await loadPlan(requireOption(o.targets, 'targets'), o.plan, 'targets');
  const coverageOptions = await parseCoverageOptions(o, plan);
  const year = parseYear(plan, o.year);
  const sites = await readSitesFile(requireOption(o.sites, 'sites'), o);
  coverageOptions.patterns = loadPatterns(o.patterns, sites, o.sites!);
  const inputs = await loadRegionInputs(plan, sites, o.dataset, o.regions ? await readRegionsFile(o.regions) : null);
  if (inputs.dataset && !o.regions) await assertSitesInProvince(sites, inputs.siteCounty, plan.region.code.slice(0, 2));
  const imported = o.areas ? await readAreasFile(o.areas) : null;
  const areas = imported ? mergeImportedAreas(inputs.dataset?.areas ?? null, imported) : inputs.dataset?.areas ?? null;
  const yearAreas = areas ? areasForYear(plan, year, areas, Boolean(o.areas)) : null;
  const placeTiers = [...new Set((imported ?? []).map((a) => a.tier).filter((t) => IMPORTED_TIERS.includes(t)))];
  const ctx: TargetContext = { plan, year, sites: tagSitesInPlaces(sites, imported ?? []), siteCounty: inputs.siteCounty, regions: inputs.regions, areas: yearAreas, raster: null, thresholds, placeTiers };
  const coverageMs = await addCoverage(ctx, areas, coverageOptions);
  const report = evaluateTargets(ctx);
  const warnings = [...inputs.warnings, ...report.warnings];
  if (!report.results.length) warnings.push({ code: 'no-targets', message: `plan "${plan.id}" has no targets for ${year} (years with targets: ${planTargetYears(plan).join(', ')})` });
  if (o.csv) await writeTextFile(o.csv, tableToCsv(checkTables(report, lang)[0]));
  if (o.xlsx) await writeXlsxFile(o.xlsx, checkTables(report, lang));
  if (o.json) {
    printJson({ year, results: report.results, plan: plan.id, dataset: inputs.datasetId, resM: ctx.raster?.grid.resM ?? null, terrain: terrainJson(coverageOptions.terrain), coverageMs, warnings });
  } else {
    process.stdout.write(formatCheckReport(report, plan, lang));
    for (const w of warnings) process.stderr.write(`g5plan check: warning: ${w.message}\n`);
  }
  return 0;
}
