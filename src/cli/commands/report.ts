/**
 * `g5plan report --sites F --targets ID [--dataset D] [--year Y] --out report.html`: the printable
 * report (issue 16 section 3) as one self-contained HTML file, the same document the app's
 * 打印报告 shows (src/engine/report/): the coverage over the whole region at --res (default
 * 50 m, as `check`), the targets judged as `check` judges them (targets/targets-coverage.ts: on
 * that raster when it is the same computation, else on their own run), the budget, the
 * county table; the map's coverage image embedded as a PNG data URL, charts as SVG.
 */
import { buildMercatorIndex, colourise } from '../../engine/render/raster-image.ts';
import { buildReport } from '../../engine/report/assemble-report.ts';
import { computeBudget } from '../../engine/subsidy/budget.ts';
import { DEFAULT_THRESHOLDS } from '../../engine/targets/context.ts';
import { areasForYear } from '../../engine/targets/coverage-request.ts';
import { isInServiceBy } from '../../engine/targets/counting.ts';
import { evaluateTargets } from '../../engine/targets/evaluate.ts';
import { targetsCoverage } from '../../engine/targets/targets-coverage.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { printJson, writeTextFile } from '../io.ts';
import { encodePng } from '../png.ts';
import { RADIO_HELP, RADIO_OPTIONS, radioSettingsFrom } from '../radio-options.ts';
import { runCoverageDetailed } from '../run-coverage.ts';
import { readSitesFile, SITES_FILE_OPTIONS } from '../sites-file.ts';
import { formatActual, formatRequired } from '../targets/format-check.ts';
import { loadPlan } from '../targets/load-plan.ts';
import { loadRegionInputs } from '../targets/plan-inputs.ts';
import { parseLang } from '../targets/text-table.ts';
import { UserError } from '../user-error.ts';
import { parseYear } from './check.ts';

const HELP = `usage: g5plan report --sites FILE --targets ID|FILE --out FILE.html [options] [--json]

  --sites FILE        plan (GeoJSON or CSV; --crs wgs84|gcj02|bd09 for CSV)
  --targets ID|FILE   plan id in data/targets.json (e.g. puyang-2020-2022) or a file in that format
  --plan ID           which plan of --targets FILE, when it holds several
  --dataset ID        county boundaries and settlement areas (default: the plan's region, if embedded)
  --year Y            the year to report (default: the plan's last target year)
  --res M             coverage pixel size in metres (default 50, as \`g5plan check\`)
  --workers N         coverage worker threads
  --lang zh|en        language of the report (default zh)
  --out FILE          the report: one self-contained HTML file (open it in a browser and print, A4 portrait)
\${RADIO_HELP}`;

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, {
    help: { type: 'boolean', short: 'h' }, sites: { type: 'string' }, targets: { type: 'string' }, plan: { type: 'string' },
    dataset: { type: 'string' }, year: { type: 'string' }, res: { type: 'string' }, workers: { type: 'string' }, lang: { type: 'string' },
    out: { type: 'string' }, ...SITES_FILE_OPTIONS, ...RADIO_OPTIONS,
  }, 'report');
  if (o.help) { process.stdout.write(HELP); return 0; }
  const lang = parseLang(o.lang);
  const out = requireOption(o.out, 'out');
  const plan = await loadPlan(requireOption(o.targets, 'targets'), o.plan, 'targets');
  const year = parseYear(plan, o.year);
  const resM = parseNumberOption(o.res, 'res', 10, 10000) ?? 50;
  const settings = radioSettingsFrom(o);
  const sites = await readSitesFile(requireOption(o.sites, 'sites'), o);
  const inputs = await loadRegionInputs(plan, sites, o.dataset);
  if (!inputs.regions) throw new UserError(`no county boundaries for ${plan.region.name} (${plan.region.code}): give --dataset`);
  const areas = (inputs.dataset?.areas ?? []).filter((a) => a.county === null || a.county.startsWith(plan.region.code));
  const inService = sites.filter((s) => isInServiceBy(s, year));
  const run = await runCoverageDetailed({ sites: inService, regions: inputs.regions, areas, resM, settings, workers: parseNumberOption(o.workers, 'workers', 1, 256) });
  // One verdict: the targets judged exactly as `check` and the app judge them.
  const yearAreas = areasForYear(plan, year, areas);
  const targetsRaster = targetsCoverage({ plan, year, sites, regions: inputs.regions, yearAreas, allAreas: areas, resM, settings, offered: run.raster });
  const check = evaluateTargets({ plan, year, sites, siteCounty: inputs.siteCounty, regions: inputs.regions, areas: yearAreas, raster: targetsRaster, thresholds: DEFAULT_THRESHOLDS });
  const budget = plan.subsidy ? computeBudget(sites, plan.subsidy, { regions: inputs.regions, siteCounty: inputs.siteCounty }) : null;
  const { grid, rsrpDbm, inside } = run.raster;
  const image = colourise(buildMercatorIndex(grid), { grid, values: rsrpDbm, inside, metric: 'rsrp', threshold: settings.thresholdDbm });
  const byId = (f: (r: (typeof check.results)[number]) => string) => Object.fromEntries(check.results.map((r) => [r.id, f(r)]));
  const html = buildReport({
    lang, plan: { id: plan.id, name: plan.name, regionName: plan.region.name }, year, dateText: new Date().toISOString().slice(0, 10),
    resM, thresholdDbm: settings.thresholdDbm, coverage: run.stats,
    coverageImage: { pngDataUrl: `data:image/png;base64,${encodePng(image.rgba, image.width, image.height).toString('base64')}`, coordinates: image.coordinates },
    check, budget, sites, regions: inputs.regions, areas,
    describe: { required: byId((r) => formatRequired(r, lang)), actual: byId((r) => formatActual(r, lang)), reason: {} },
  });
  await writeTextFile(out, html);
  const counts = { pass: check.results.filter((r) => r.status === 'pass').length, fail: check.results.filter((r) => r.status === 'fail').length };
  if (o.json) printJson({ out, bytes: Buffer.byteLength(html), year, plan: plan.id, coveredShare: run.stats.coveredShare, targets: counts });
  else process.stdout.write(`g5plan report: wrote ${out} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB): ${plan.id} ${year}, ${counts.pass} targets pass, ${counts.fail} fail\n`);
  return 0;
}
