/**
 * `g5plan plan --sites FILE --candidates FILE|hex --goal meet-targets|max-coverage [--plan ID]
 * [--year Y] [--dataset ID] [--areas FILE] [--budget YUAN] [--max-sites N] --out FILE --json`
 * (contract section 5, issue 5): chooses candidates with the engine's planner and writes them,
 * status "planned", year Y, ranked by marginal gain, as GeoJSON. Method: docs/planning.md.
 */
import type { FeatureCollection, Point } from 'geojson';
import { siteToFeature } from '../../engine/model/parse-sites.ts';
import { OPERATORS, BANDS, type Band, type Operator, type Site } from '../../engine/model/types.ts';
import { hexCandidates, type HexArea } from '../../engine/planning/hex-candidates.ts';
import { planSites } from '../../engine/planning/plan-sites.ts';
import { PLAN_GOALS, type PlanGoal, type PlanRequest, type PlanResult } from '../../engine/planning/types.ts';
import { DEFAULT_THRESHOLDS } from '../../engine/targets/context.ts';
import { areasForYear } from '../../engine/targets/coverage-request.ts';
import { planTargetYears } from '../../engine/targets/evaluate.ts';
import type { Plan } from '../../engine/targets/types.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { writeSitesOut } from '../gis-out.ts';
import { printJson } from '../io.ts';
import { RADIO_HELP, RADIO_OPTIONS, radioSettingsFrom } from '../radio-options.ts';
import { TERRAIN_HELP, TERRAIN_OPTIONS, coverageTerrain, terrainJson } from '../terrain-options.ts';
import { PATTERN_HELP, PATTERN_OPTIONS, readPatterns, requireNamedPatterns } from '../pattern-options.ts';
import { readSitesFile, SITES_FILE_OPTIONS } from '../sites-file.ts';
import { readAreasFile } from '../study-inputs.ts';
import { loadPlan } from '../targets/load-plan.ts';
import { loadRegionInputs } from '../targets/plan-inputs.ts';
import { parseLang } from '../targets/text-table.ts';
import { UserError } from '../user-error.ts';

const HELP = `usage: g5plan plan --sites FILE --candidates FILE|hex --goal meet-targets|max-coverage --out FILE [options] [--json]

  --sites FILE          the plan (GeoJSON or CSV): sites in service by --year are the existing network
  --number-rows         CSV or .xlsx without an id column: number the rows (<file>-1, <file>-2, ...)
  --candidates FILE|hex sites to choose from (any status), or "hex": a hexagonal lattice over the
                        target areas that fail (docs/planning.md)
  --goal G              meet-targets: fewest (cheapest) candidates so every area target of the year passes
                        max-coverage: most residents (or km2) covered within --budget and/or --max-sites
  --out FILE            chosen sites as GeoJSON (status planned, year Y, rank, gainPixels, gainKm2);
                        .kml (Google Earth / 奥维, styled by operator), .zip (Shapefile) or .xlsx (站址 sheet) by extension
  --lang zh|en          language of the .kml labels and .xlsx headers (default zh)
  --plan ID             action plan in data/targets.json (default puyang-2020-2022)
  --targets FILE        a targets file instead of data/targets.json (--plan picks one of its plans)
  --year Y              target year (default: the plan's last year)
  --dataset ID          regions and settlement areas (default: the plan's region)
  --areas FILE          settlement target areas (GeoJSON) replacing the dataset's
  --budget YUAN         max-coverage: spend at most this (candidates must carry costYuan)
  --max-sites N         max-coverage: choose at most N sites
  --min-spacing-m M     minimum distance between chosen sites and from existing same-operator sites
  --allow-outside-region  offer candidates outside the plan's region too (default: dropped, counted in "dropped.outside")
  --operator OP         offer only this operator's candidates; with hex, the lattice's operator (default CMCC)
  --band B              hex only: the lattice's band (default: the operator's)
  --weight W            max-coverage objective: population (default) or area
  --res M               pixel size in metres (default 50 for meet-targets, 100 for max-coverage)
  --workers N           worker threads for the footprints (default 1: in-process)
  --crs C               CSV/.xlsx/KML/Shapefile coordinates: wgs84 (default) | gcj02 | bd09
${RADIO_HELP}${TERRAIN_HELP}${PATTERN_HELP}`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' }, sites: { type: 'string' }, candidates: { type: 'string' }, goal: { type: 'string' },
  out: { type: 'string' }, plan: { type: 'string' }, targets: { type: 'string' }, year: { type: 'string' }, dataset: { type: 'string' },
  areas: { type: 'string' }, budget: { type: 'string' }, 'max-sites': { type: 'string' }, 'min-spacing-m': { type: 'string' }, 'allow-outside-region': { type: 'boolean' },
  operator: { type: 'string' }, band: { type: 'string' }, weight: { type: 'string' }, res: { type: 'string' }, workers: { type: 'string' },
  ...SITES_FILE_OPTIONS, lang: { type: 'string' }, ...RADIO_OPTIONS, ...TERRAIN_OPTIONS, ...PATTERN_OPTIONS,
} as const;

type Options = ReturnType<typeof parseOptions<typeof OPTIONS>>;


function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}

function parseYear(plan: Plan, value: string | undefined): number {
  const years = plan.years ?? [Math.min(...planTargetYears(plan)), Math.max(...planTargetYears(plan))];
  if (value === undefined) return years[1];
  const year = parseNumberOption(value, 'year', 1990, 2100) as number;
  if (!Number.isInteger(year)) throw new UserError(`--year must be an integer, got "${value}"`);
  if (year < years[0] || year > years[1]) throw new UserError(`--year ${year} is outside plan "${plan.id}" (${years[0]}-${years[1]})`);
  return year;
}

function integerOption(value: string | undefined, flag: string, min: number): number | undefined {
  const n = parseNumberOption(value, flag, min, 1e9);
  if (n !== undefined && !Number.isInteger(n)) throw new UserError(`--${flag} must be an integer, got "${value}"`);
  return n;
}

async function buildRequest(o: Options, goal: PlanGoal): Promise<{ req: PlanRequest; datasetId: string | null }> {
  const plan = o.targets ? await loadPlan(o.targets, o.plan, 'targets') : await loadPlan(o.plan ?? 'puyang-2020-2022', undefined, 'plan');
  const year = parseYear(plan, o.year);
  const sites = await readSitesFile(requireOption(o.sites, 'sites'), o);
  const inputs = await loadRegionInputs(plan, sites, o.dataset);
  const allAreas = o.areas ? await readAreasFile(o.areas) : inputs.dataset?.areas ?? [];
  // As `g5plan check` does: the areas the year's targets name, inside the plan's region unless given by --areas.
  const areas = goal === 'meet-targets' ? areasForYear(plan, year, allAreas, Boolean(o.areas)) : allAreas;
  if (goal === 'meet-targets' && !areas.length) throw new UserError(`no settlement areas for the ${year} targets of "${plan.id}": give --dataset or --areas`);
  const settings = radioSettingsFrom(o);
  const patterns = readPatterns(o.patterns);
  requireNamedPatterns(patterns, sites, o.sites!);
  const req: PlanRequest = {
    goal, plan, year, sites, candidates: [], areas, modelAreas: allAreas, regions: inputs.regions,
    allowOutsideRegion: Boolean(o['allow-outside-region']),
    resM: parseNumberOption(o.res, 'res', 10, 10000) ?? (goal === 'meet-targets' ? 50 : 100),
    settings, terrain: await coverageTerrain(o, settings), patterns, thresholds: DEFAULT_THRESHOLDS,
    weighting: oneOf(o.weight, ['population', 'area'] as const, 'weight') ?? 'population',
    budgetYuan: parseNumberOption(o.budget, 'budget', 0, 1e15), maxSites: integerOption(o['max-sites'], 'max-sites', 0),
    minSpacingM: parseNumberOption(o['min-spacing-m'], 'min-spacing-m', 0, 1e6), operator: oneOf(o.operator, OPERATORS, 'operator') ?? null,
  };
  return { req, datasetId: inputs.datasetId };
}

async function readCandidates(o: Options, req: PlanRequest): Promise<{ candidates: Site[]; hex: HexArea[] | null }> {
  const spec = requireOption(o.candidates, 'candidates');
  const band = oneOf(o.band, BANDS, 'band') as Band | undefined;
  if (spec !== 'hex') {
    if (band) throw new UserError('--band applies to --candidates hex only');
    const candidates = await readSitesFile(spec, o);
    requireNamedPatterns(req.patterns ?? {}, candidates, spec);
    return { candidates, hex: null };
  }
  const operator: Operator = req.operator ?? 'CMCC';
  const out = hexCandidates({ ...req, goal: 'meet-targets', areas: req.goal === 'meet-targets' ? req.areas : areasForYear(req.plan, req.year, req.areas) }, { operator, band });
  if (!out.ok) throw new UserError(out.message);
  return { candidates: out.sites, hex: out.areas };
}

async function solve(req: PlanRequest, workers: number): Promise<PlanResult> {
  const outcome = workers <= 1 ? planSites(req) : await (async () => {
    const { createNodePlanningPool } = await import('../planning-pool.ts');
    const pool = createNodePlanningPool(workers);
    try { return await pool.run(req); } finally { pool.dispose(); }
  })();
  if (!outcome.ok) throw new UserError(outcome.message);
  return outcome.value;
}

function chosenCollection(req: PlanRequest, r: PlanResult): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: r.chosen.map((c) => {
      const f = siteToFeature(req.candidates[c.candidate]);
      f.properties = {
        ...f.properties, status: 'planned', year: req.year, rank: c.rank, gainPixels: c.gainPixels, gainKm2: round(c.gainKm2, 4),
        ...(c.gainPopulation !== null ? { gainPopulation: c.gainPopulation } : {}), planGoal: r.goal,
      };
      return f;
    }),
  };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'plan');
  if (o.help) { process.stdout.write(HELP); return 0; }
  const started = performance.now();
  const goal = oneOf(requireOption(o.goal, 'goal'), PLAN_GOALS, 'goal')!;
  const out = requireOption(o.out, 'out');
  const lang = parseLang(o.lang);
  const { req, datasetId } = await buildRequest(o, goal);
  const { candidates, hex } = await readCandidates(o, req);
  req.candidates = candidates;
  // In-process by default: under Node each worker pays a TypeScript start-up of seconds, more
  // than the footprints of a prefecture take (docs/planning.md); --workers N splits them.
  const workers = integerOption(o.workers, 'workers', 1) ?? 1;
  const r = await solve(req, workers);
  await writeSitesOut(out, chosenCollection(req, r), lang, `g5plan plan ${req.plan.id}`);
  const elapsedMs = Math.round(performance.now() - started);
  if (o.json) {
    printJson({
      chosen: r.chosen.length, costYuan: r.costYuan, goalMet: r.goalMet, coveredShareBefore: r.coveredShareBefore,
      coveredShareAfter: r.coveredShareAfter, elapsedMs, goal, plan: req.plan.id, year: req.year, dataset: datasetId,
      resM: r.resM, pixels: r.pixels, weighting: goal === 'max-coverage' ? req.weighting : null,
      areasFailingBefore: r.areasFailingBefore, shortAreas: r.shortAreas, pruned: r.pruned, singleWon: r.singleWon,
      candidatesOffered: r.candidatesOffered, candidatesEligible: r.candidatesEligible, dropped: r.dropped,
      hexAreas: hex, workers, evaluations: r.evaluations, terrain: terrainJson(req.terrain ?? null), warnings: r.warnings,
    });
    return 0;
  }
  const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
  process.stdout.write([
    `${goal}: chose ${r.chosen.length} of ${r.candidatesOffered} candidates${r.costYuan ? `, ${r.costYuan} yuan` : ''}; goal ${r.goalMet ? 'met' : 'NOT met'}`,
    `covered share ${pct(r.coveredShareBefore)} -> ${pct(r.coveredShareAfter)} (${r.pixels} pixels of ${r.resM} m); pruned ${r.pruned}; ${elapsedMs} ms`,
    ...r.shortAreas.map((s) => `  short: ${s.id} ${s.name}: share ${s.coveredShare === null ? 'n/a' : pct(s.coveredShare)} < ${pct(s.requiredShare)} by ${s.shortPixels} px; largest hole ${s.largestHoleKm2.toFixed(3)} km2`),
    `wrote ${out}`, '',
  ].join('\n'));
  for (const w of r.warnings) process.stderr.write(`g5plan plan: warning: ${w}\n`);
  return 0;
}
