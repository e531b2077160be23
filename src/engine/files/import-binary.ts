/**
 * Binary import files (.xlsx, Shapefile .zip or parts, KML, KMZ) -> validated sites, settlement
 * areas or regions: the one entry point of the app's import worker and of the command line.
 * `want` forces a kind (the CLI's --sites/--areas/--regions); otherwise points are sites and
 * polygons areas (with a tier) or regions. Loaded lazily (exceljs and the GIS readers are large).
 */
import type { Region, TargetArea } from '../model/dataset.ts';
import type { Crs } from '../model/parse-sites.ts';
import type { Parsed, Site } from '../model/types.ts';
import type { ColumnReport } from '../model/site-columns.ts';
import { gisFileLabel, isGisFile, readGisFiles, type FileBytes } from './gis-read.ts';
import { areasFromFeatures, detectFeatureKind, regionsFromFeatures, sitesFromFeatures, sitesFromRows, type ImportKind } from './import-features.ts';

export type BinaryImport =
  | { kind: 'sites'; parsed: Parsed<Site[]>; sheets?: string[]; sheet?: string; columns?: ColumnReport }
  | { kind: 'areas'; parsed: Parsed<TargetArea[]> }
  | { kind: 'regions'; parsed: Parsed<Region[]> };

export const isSpreadsheetFile = (name: string): boolean => /\.xlsx$/i.test(name);
export const isBinaryImport = (name: string): boolean => isSpreadsheetFile(name) || isGisFile(name);

export async function parseBinaryFiles(files: FileBytes[], crs: Crs, opts: { sheet?: string; want?: ImportKind; numberRows?: boolean } = {}): Promise<BinaryImport> {
  const xlsx = files.find((f) => isSpreadsheetFile(f.name));
  if (xlsx) {
    if (opts.want && opts.want !== 'sites') return { kind: opts.want, parsed: { ok: false, issues: [{ file: xlsx.name, message: 'spreadsheets hold sites only; give areas and regions as GeoJSON, a Shapefile or KML' }] } } as BinaryImport;
    // exceljs is large: loaded only for a workbook, not for GIS files.
    const { readXlsx } = await import('./xlsx-read.ts');
    const sheet = await readXlsx(xlsx.bytes, xlsx.name, opts.sheet);
    if (!sheet.ok) return { kind: 'sites', parsed: sheet };
    const { rows, rowNumbers, sheets } = sheet.value;
    // A sheet without ids: the caller may number its rows, as for CSV.
    const { columns, ...parsed } = sitesFromRows(rows, rowNumbers, xlsx.name, crs, { numberRows: opts.numberRows });
    return { kind: 'sites', parsed: parsed as Parsed<Site[]>, sheets, sheet: sheet.value.sheet, columns };
  }
  const gis = readGisFiles(files);
  if (!gis.ok) return { kind: opts.want ?? 'sites', parsed: gis } as BinaryImport;
  const file = gisFileLabel(files);
  const kind = opts.want ?? detectFeatureKind(gis.value);
  const parsed = kind === 'sites' ? sitesFromFeatures(gis.value, file, crs) : kind === 'areas' ? areasFromFeatures(gis.value, file) : regionsFromFeatures(gis.value, file);
  // The reader's notes (no .prj, GBK guessed) travel with a successful parse.
  const withNotes = parsed.ok ? { ...parsed, warnings: [...gis.warnings, ...parsed.warnings] } : parsed;
  return { kind, parsed: withNotes } as BinaryImport;
}
