/**
 * `g5plan coverage` (contract section 5): the coverage raster of a sites file over regions,
 * a dataset or the sites' bounding box; statistics per region and per settlement area;
 * optional GeoJSON of covered areas and holes (--out) and an RSRP GeoTIFF (--raster).
 */
import { assignCounties } from '../../engine/model/site-counties.ts';
import { parseRegionSpec } from '../../engine/model/region-spec.ts';
import { assertSitesInProvince } from '../foreign-sites.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { printJson } from '../io.ts';
import { RADIO_HELP, RADIO_OPTIONS, radioSettingsFrom } from '../radio-options.ts';
import { poolSource, streamCoverage } from '../coverage-stream.ts';
import { createNodeCoveragePool, defaultWorkerCount } from '../node-pool.ts';
import type { CoveragePool } from '../../../workers/pool.ts';
import type { RadioSettings } from '../../engine/model/defaults.ts';
import type { CoverageProgress } from '../../engine/coverage/types.ts';
import { readSitesFile, SITES_FILE_OPTIONS } from '../sites-file.ts';
import { writeCoverageOut } from '../gis-out.ts';
import { parseLang } from '../targets/text-table.ts';
import { loadStudyFrame } from '../study-inputs.ts';
import type { FeatureCollection } from 'geojson';
import { defaultResolutionM, studyGrid } from '../../engine/coverage/study-area.ts';
import { sitesInService } from '../../engine/model/in-service.ts';
import { UserError } from '../user-error.ts';
import { PATTERN_HELP, PATTERN_OPTIONS, loadPatterns } from '../pattern-options.ts';
import { TERRAIN_HELP, TERRAIN_OPTIONS, checkTerrainCovers, coverageTerrain, gridBoxLonLat, terrainJson } from '../terrain-options.ts';

export const DEFAULT_RES_M = 50;

const OPTIONS = {
  sites: { type: 'string' }, ...SITES_FILE_OPTIONS, regions: { type: 'string' }, dataset: { type: 'string' },
  areas: { type: 'string' }, res: { type: 'string' }, year: { type: 'string' }, workers: { type: 'string' },
  out: { type: 'string' }, raster: { type: 'string' }, help: { type: 'boolean' }, lang: { type: 'string' }, queue: { type: 'string' },
  'queue-fresh': { type: 'boolean' }, 'tile-size': { type: 'string' }, progress: { type: 'boolean' }, ...RADIO_OPTIONS, ...TERRAIN_OPTIONS, ...PATTERN_OPTIONS,
} as const;

const HELP = `g5plan coverage --sites FILE [--regions FILE | --dataset ID|CODE] [--areas FILE] [options] [--json]
  --sites FILE        GeoJSON or CSV sites (candidates are left out)
  --number-rows       CSV or .xlsx without an id column: number the rows (<file>-1, <file>-2, ...)
  --crs C             wgs84 (default) | gcj02 | bd09, for the sites file
  --regions FILE      study area = these polygons (properties code, name, population?)
  --dataset ID        study area = an embedded dataset's counties (and its settlement areas):
                      a province id or code (gansu, 62), puyang, a prefecture (6201) or county code
  --areas FILE        settlement target areas (replace the dataset's); adds "areas" with holes
  --res M             pixel size in metres, >= 10 (default ${DEFAULT_RES_M}; coarser when the area
                      would exceed 25 million pixels, e.g. 100 m for all of Henan, with a warning)
  --year Y            only stations with year <= Y
  --workers N         threads computing tiles, this one included (default: one per core, at most 8)
  --out FILE.geojson  covered area (one feature per region) and holes as polygons (.kml for Google Earth /
                      奥维, .zip for a Shapefile)
  --lang zh|en        language of the KML labels (default zh)
  --raster FILE.tif   best-server RSRP (dBm) as a tiled GeoTIFF in EPSG:4326, written tile by tile
  --tile-size PX      tile edge in pixels (default 128): the same pixels at any size; population
                      sums, added tile by tile, may differ in the last digits
  --queue redis://HOST:PORT  run the tiles as jobs on that Redis server, served by
                      \`g5plan worker --queue ...\` processes anywhere (docs/scale.md); same output
  --queue-fresh       first drop an unfinished run with other inputs left on that queue
  --progress          progress lines on stderr
${RADIO_HELP}${TERRAIN_HELP}${PATTERN_HELP}Without --regions or --dataset the area is the sites' bounding box grown by 5 km.
`;

type Options = ReturnType<typeof parseOptions<typeof OPTIONS>>;

/** Progress on stderr, about once a second. */
function progressPrinter(): (p: CoverageProgress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (p.fraction < 1 && now - last < 1000) return;
    last = now;
    process.stderr.write(`progress ${(p.fraction * 100).toFixed(1)}% (${(p.pixelsPerS / 1e6).toFixed(2)} M pixels/s)\n`);
  };
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'coverage');
  if (o.help) { process.stdout.write(HELP); return 0; }
  const settings = radioSettingsFrom(o);
  const workers = parseNumberOption(o.workers, 'workers', 1, 64);
  if (o.queue && workers !== undefined) throw new UserError('--workers is for a local run; with --queue the tiles go to `g5plan worker` processes');
  // Local workers start now: their code loads while this thread reads the inputs. This thread
  // computes tiles too (it is idle meanwhile), so one worker thread fewer is started.
  const pool = o.queue ? null : createNodeCoveragePool(workers ?? defaultWorkerCount(), { inProcess: true });
  pool?.warm();
  try {
    return await runWith(o, settings, pool, await coverageTerrain(o, settings));
  } finally {
    pool?.dispose();
  }
}

async function runWith(o: Options, settings: RadioSettings, pool: CoveragePool | null, terrain: Awaited<ReturnType<typeof coverageTerrain>>): Promise<number> {
  const lang = parseLang(o.lang);
  const resOption = parseNumberOption(o.res, 'res', 10, 100_000);
  const year = parseNumberOption(o.year, 'year', 1990, 2100) ?? null;
  const tileSizePx = parseNumberOption(o['tile-size'], 'tile-size', 8, 2048);
  const frame = loadStudyFrame(o);
  // With --res, a worker rasterizes the boundaries as soon as they are read, while this thread
  // still reads the sites (without terrain: with it the workers prepare their own jobs).
  const labels = pool && resOption !== undefined && !terrain ? frame.then(({ regions: r, areas: a }) => (r?.length ? pool.labelMaker()(r, a, resOption) : null)) : null;
  labels?.catch(() => undefined); // a bad frame is reported by `frame` below
  const [allSites, { regions, areas }] = await Promise.all([readSitesFile(requireOption(o.sites, 'sites'), o), frame]);
  const sites = sitesInService(allSites, year);
  const patterns = loadPatterns(o.patterns, sites, o.sites!);
  const spec = o.dataset ? parseRegionSpec(o.dataset) : null;
  if (spec && regions) await assertSitesInProvince(allSites, assignCounties(allSites, regions), spec.province.code);
  const resM = resOption ?? defaultResolutionM(sites, regions, DEFAULT_RES_M);
  const resWarning = resOption === undefined && resM !== DEFAULT_RES_M ? [`no --res given: ${resM} m pixels, because ${DEFAULT_RES_M} m would exceed 25 million pixels for this area`] : [];
  if (!sites.length && !regions) throw new UserError(`${o.sites}: no station in service${year !== null ? ` by ${year}` : ''} and no --regions/--dataset: nothing to compute`);
  // Without --raster only covered flags are read (the JSON and --out): sites count out to their serving reach.
  const input = { sites, regions, areas, resM, settings, terrain, patterns, coveredOnly: !o.raster, ...(tileSizePx ? { tileSizePx } : {}) };
  const progress = o.progress ? progressPrinter() : undefined;
  let result;
  try {
    const source = pool ? poolSource(pool, input, labels) : await (await import('../queue/coordinator.ts')).queueSource(o.queue!, input, { fresh: !!o['queue-fresh'], log: progress && ((line) => process.stderr.write(line + '\n')) });
    const writeOut = o.out ? (fc: FeatureCollection) => writeCoverageOut(o.out!, fc, lang, 'g5plan coverage') : undefined;
    result = await streamCoverage(source, input, { out: o.out, raster: o.raster, writeOut }, progress);
  } catch (e) {
    if (e instanceof RangeError) throw new UserError(e.message);
    throw e;
  }
  const { areaReports, stats } = result;
  const terrainWarning = terrain ? checkTerrainCovers(terrain, gridBoxLonLat(studyGrid(sites, regions, resM))) : null;
  const doc = {
    pixels: stats.pixels, resM: stats.resM, areaKm2: stats.areaKm2, coveredKm2: stats.coveredKm2, coveredShare: stats.coveredShare,
    regions: stats.regions,
    ...(areaReports.length ? { areas: areaReports.map(({ holeOutlines: _, ...a }) => a) } : {}),
    terrain: terrainJson(terrain),
    sites: sites.length, elapsedMs: Math.round(result.elapsedMs),
    warnings: [...resWarning, ...result.warnings, ...(terrainWarning ? [terrainWarning] : []), ...(terrain?.notes ?? [])],
  };
  if (o.json) { printJson(doc); return 0; }
  const lines = [
    `覆盖 coverage: ${pct(stats.coveredShare)} of ${stats.areaKm2.toFixed(1)} km² (${stats.coveredKm2.toFixed(1)} km² covered), ${sites.length} sites, ${stats.pixels} pixels at ${resM} m, ${doc.elapsedMs} ms`,
    ...stats.regions.map((r) => `  ${r.code} ${r.name}: ${pct(r.coveredShare)} of ${r.areaKm2.toFixed(1)} km², population ${pct(r.populationCoveredShare)}`),
    ...areaReports.filter((a) => a.holes > 0).slice(0, 20).map((a) => `  ${a.code} ${a.name}: ${pct(a.coveredShare)}, ${a.holes} holes, largest ${a.largestHoleKm2.toFixed(3)} km²`),
    ...doc.warnings.map((w) => `warning: ${w}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
