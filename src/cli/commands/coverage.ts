/**
 * `g5plan coverage` (contract section 5): the coverage raster of a sites file over regions,
 * a dataset or the sites' bounding box; statistics per region and per settlement area;
 * optional GeoJSON of covered areas and holes (--out) and an RSRP GeoTIFF (--raster).
 */
import { assignCounties } from '../../engine/model/site-counties.ts';
import { parseRegionSpec } from '../../engine/model/region-spec.ts';
import { assertSitesInProvince } from '../foreign-sites.ts';
import { reportAreas } from '../../engine/coverage/area-report.ts';
import { coverageToGeoJson } from '../../engine/coverage/coverage-geojson.ts';
import { encodeGeoTiff } from '../../engine/coverage/geotiff.ts';
import { resampleToLonLat } from '../../engine/coverage/lonlat-raster.ts';
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { printJson, writeTextFile } from '../io.ts';
import { RADIO_HELP, RADIO_OPTIONS, radioSettingsFrom } from '../radio-options.ts';
import { runCoverageDetailed } from '../run-coverage.ts';
import { parseCrsOption, readSitesFile } from '../sites-file.ts';
import { loadStudyFrame } from '../study-inputs.ts';
import { defaultResolutionM } from '../../engine/coverage/study-area.ts';
import { sitesInService } from '../../engine/model/in-service.ts';
import { UserError } from '../user-error.ts';

export const DEFAULT_RES_M = 50;

const OPTIONS = {
  sites: { type: 'string' }, crs: { type: 'string' }, regions: { type: 'string' }, dataset: { type: 'string' },
  areas: { type: 'string' }, res: { type: 'string' }, year: { type: 'string' }, workers: { type: 'string' },
  out: { type: 'string' }, raster: { type: 'string' }, help: { type: 'boolean' }, ...RADIO_OPTIONS,
} as const;

const HELP = `g5plan coverage --sites FILE [--regions FILE | --dataset ID|CODE] [--areas FILE] [options] [--json]
  --sites FILE        GeoJSON or CSV sites (candidates are left out)
  --crs C             wgs84 (default) | gcj02 | bd09, for the sites file
  --regions FILE      study area = these polygons (properties code, name, population?)
  --dataset ID        study area = an embedded dataset's counties (and its settlement areas):
                      a province id or code (gansu, 62), puyang, a prefecture (6201) or county code
  --areas FILE        settlement target areas (replace the dataset's); adds "areas" with holes
  --res M             pixel size in metres, >= 10 (default ${DEFAULT_RES_M}; coarser when the area
                      would exceed 25 million pixels, e.g. 100 m for all of Henan, with a warning)
  --year Y            only stations with year <= Y
  --workers N         worker threads (default: one per core, at most 8)
  --out FILE.geojson  covered area and holes as polygons
  --raster FILE.tif   best-server RSRP (dBm) as a GeoTIFF in EPSG:4326
${RADIO_HELP}Without --regions or --dataset the area is the sites' bounding box grown by 5 km.
`;

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'coverage');
  if (o.help) { process.stdout.write(HELP); return 0; }
  const settings = radioSettingsFrom(o);
  const resOption = parseNumberOption(o.res, 'res', 10, 100_000);
  const year = parseNumberOption(o.year, 'year', 1990, 2100) ?? null;
  const workers = parseNumberOption(o.workers, 'workers', 1, 64);
  const allSites = await readSitesFile(requireOption(o.sites, 'sites'), parseCrsOption(o.crs));
  const sites = sitesInService(allSites, year);
  const { regions, areas } = await loadStudyFrame(o);
  const spec = o.dataset ? parseRegionSpec(o.dataset) : null;
  if (spec && regions) await assertSitesInProvince(allSites, assignCounties(allSites, regions), spec.province.code);
  const resM = resOption ?? defaultResolutionM(sites, regions, DEFAULT_RES_M);
  const resWarning = resOption === undefined && resM !== DEFAULT_RES_M ? [`no --res given: ${resM} m pixels, because ${DEFAULT_RES_M} m would exceed 25 million pixels for this area`] : [];
  if (!sites.length && !regions) throw new UserError(`${o.sites}: no station in service${year !== null ? ` by ${year}` : ''} and no --regions/--dataset: nothing to compute`);
  let result;
  try {
    result = await runCoverageDetailed({ sites, regions, areas, resM, settings, workers: workers ?? undefined });
  } catch (e) {
    if (e instanceof RangeError) throw new UserError(e.message);
    throw e;
  }
  const areaReports = areas.length ? reportAreas(result.raster, areas) : [];
  if (o.out) await writeTextFile(o.out, JSON.stringify(coverageToGeoJson(result.raster, areaReports)));
  if (o.raster) await writeTextFile(o.raster, new Uint8Array(encodeGeoTiff(resampleToLonLat(result.raster.grid, result.raster.rsrpDbm, result.raster.inside))));
  const { stats } = result;
  const doc = {
    pixels: stats.pixels, resM: stats.resM, areaKm2: stats.areaKm2, coveredKm2: stats.coveredKm2, coveredShare: stats.coveredShare,
    regions: stats.regions,
    ...(areaReports.length ? { areas: areaReports.map(({ holeOutlines: _, ...a }) => a) } : {}),
    sites: sites.length, elapsedMs: Math.round(result.elapsedMs), warnings: [...resWarning, ...result.warnings],
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
