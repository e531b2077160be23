/**
 * `g5plan budget --sites FILE --policy ID|FILE [--year Y] --json` (contract section 5): the SA
 * subsidy by status, year, fiscal level, county and operator, with what-if parameters
 * (--sa-share, --city-county-split, --per-station-yuan) and spreadsheets (--csv, --xlsx).
 */
import { computeBudget } from '../../engine/subsidy/budget.ts';
import { outsideRegionWarning } from '../../engine/targets/evaluate.ts';
import type { BudgetWhatIf } from '../../engine/subsidy/what-if.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { printJson, writeTextFile } from '../io.ts';
import { readSitesFile, SITES_FILE_OPTIONS } from '../sites-file.ts';
import { budgetTable, budgetTables } from '../../engine/files/budget-tables.ts';
import { tableToCsv } from '../../engine/files/table.ts';
import { writeXlsxFile } from '../xlsx-out.ts';
import { formatBudget } from '../targets/format-budget.ts';
import { loadPlan } from '../targets/load-plan.ts';
import { loadRegionInputs } from '../targets/plan-inputs.ts';
import { parseLang } from '../targets/text-table.ts';
import { UserError } from '../user-error.ts';

const HELP = `usage: g5plan budget --sites FILE --policy ID|FILE [options] [--json]

  --sites FILE              plan (GeoJSON or CSV; --crs wgs84|gcj02|bd09 for CSV)
  --number-rows             CSV or .xlsx without an id column: number the rows (<file>-1, <file>-2, ...)
  --policy ID|FILE          plan id in data/targets.json (e.g. puyang-2020-2022) or a file in that format
  --plan ID                 which plan of --policy FILE, when it holds several
  --year Y                  only stations with year <= Y
  --dataset ID              county names and boundaries (default: the plan's region, if embedded)
  --sa-share X              what-if: treat a share X (0-1) of stations as SA, whatever their mode
  --city-county-split A:B   what-if: split the city + county part A:B (e.g. 1:1)
  --per-station-yuan N      what-if: a different amount per SA station
  --csv FILE                also write the tables as one CSV table (UTF-8 with BOM, for Excel and WPS)
  --xlsx FILE               also write them as an .xlsx workbook, one sheet per table
  --lang zh|en              language of the tables and of the CSV/.xlsx headers (default zh)

Built stations are money spent, planned ones the projection; candidates never count.
`;

function parseSplit(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*([0-9.]+)\s*:\s*([0-9.]+)\s*$/.exec(value);
  const a = m ? Number(m[1]) : NaN, b = m ? Number(m[2]) : NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a + b <= 0) throw new UserError(`--city-county-split must look like 1:1 (two non-negative numbers, not both 0), got "${value}"`);
  return [a, b];
}

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, {
    help: { type: 'boolean', short: 'h' }, sites: { type: 'string' }, policy: { type: 'string' }, plan: { type: 'string' },
    year: { type: 'string' }, dataset: { type: 'string' }, csv: { type: 'string' }, xlsx: { type: 'string' }, 'sa-share': { type: 'string' },
    'city-county-split': { type: 'string' }, 'per-station-yuan': { type: 'string' }, lang: { type: 'string' }, ...SITES_FILE_OPTIONS,
  }, 'budget');
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const lang = parseLang(o.lang);
  const year = parseNumberOption(o.year, 'year', 1990, 2100);
  if (year !== undefined && !Number.isInteger(year)) throw new UserError(`--year must be an integer, got "${o.year}"`);
  const whatIf: BudgetWhatIf = {
    saShare: parseNumberOption(o['sa-share'], 'sa-share', 0, 1),
    cityCountySplit: parseSplit(o['city-county-split']),
    perStationYuan: parseNumberOption(o['per-station-yuan'], 'per-station-yuan', 0, 1e9),
  };
  const plan = await loadPlan(requireOption(o.policy, 'policy'), o.plan, 'policy');
  if (!plan.subsidy) throw new UserError(`--policy: plan "${plan.id}" has no subsidy rule (its "subsidy" is null)`);
  const sites = await readSitesFile(requireOption(o.sites, 'sites'), o);
  const inputs = await loadRegionInputs(plan, sites, o.dataset);
  const report = computeBudget(sites, plan.subsidy, { year, whatIf, regions: inputs.regions, siteCounty: inputs.siteCounty });
  const outside = outsideRegionWarning(plan, sites, inputs.siteCounty, inputs.regions !== null);
  const warnings = [...inputs.warnings.filter((w) => w.code !== 'no-dataset'), ...(outside ? [outside] : [])];
  if (o.csv) await writeTextFile(o.csv, tableToCsv(budgetTable(report, lang)));
  if (o.xlsx) await writeXlsxFile(o.xlsx, budgetTables(report, lang));
  if (o.json) printJson({ ...report, plan: plan.id, dataset: inputs.datasetId, whatIf, warnings });
  else {
    process.stdout.write(formatBudget(report, plan, lang));
    for (const w of warnings) process.stderr.write(`g5plan budget: warning: ${w.message}\n`);
  }
  return 0;
}
