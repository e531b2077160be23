// Import worker: parses and validates a user's file off the main thread (a 20 MB file must not
// freeze the map): sites (GeoJSON or CSV, any CRS), settlement target areas or regions (polygon
// GeoJSON); and the binary formats (.xlsx, Shapefile, KML/KMZ), whose readers load on first use.
// Results are values, problems included ({ ok: false, issues }).
import * as Comlink from 'comlink';
import type { Region, TargetArea } from '../src/engine/model/dataset.ts';
import { parseAreas, parseRegions } from '../src/engine/model/load-dataset.ts';
import { parseSitesText, type Crs } from '../src/engine/model/parse-sites.ts';
import type { Parsed, Site } from '../src/engine/model/types.ts';
import type { ColumnReport } from '../src/engine/model/site-columns.ts';
import type { FileBytes } from '../src/engine/files/gis-read.ts';

export type ImportParse =
  /** `columns`: for tabular files, which columns were understood and which kept as extra properties. */
  | { kind: 'sites'; parsed: Parsed<Site[]>; columns?: ColumnReport | null; sheets?: string[]; sheet?: string }
  | { kind: 'areas'; parsed: Parsed<TargetArea[]> }
  | { kind: 'regions'; parsed: Parsed<Region[]> };

export interface ImportOptions {
  /** A table without an id column: number its rows instead of refusing it. */
  numberRows?: boolean;
}

export interface ImportWorkerApi {
  parseFile(text: string, fileName: string, crs: Crs, options?: ImportOptions): ImportParse;
  /** An .xlsx (first sheet or `sheet`), a Shapefile (.zip or its parts together), a KML or KMZ. */
  parseBinary(files: FileBytes[], crs: Crs, sheet?: string, options?: ImportOptions): Promise<ImportParse>;
}

/** A polygon FeatureCollection is settlement areas when its features carry a tier, else regions; anything else is sites. */
export function detectKind(fileName: string, text: string): ImportParse['kind'] {
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return 'sites';
  try {
    const first = (JSON.parse(text) as { features?: { geometry?: { type?: string }; properties?: Record<string, unknown> }[] }).features?.[0];
    const type = first?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') return 'sites';
    return first?.properties && 'tier' in first.properties ? 'areas' : 'regions';
  } catch {
    return 'sites'; // the sites parser reports the broken JSON
  }
}

const api = {
  parseFile(text: string, fileName: string, crs: Crs, options: ImportOptions = {}): ImportParse {
    const kind = detectKind(fileName, text);
    if (kind === 'areas') return { kind, parsed: parseAreas(text, fileName) };
    if (kind === 'regions') return { kind, parsed: parseRegions(text, fileName) };
    const { columns, ...parsed } = parseSitesText(text, fileName, crs, { numberRows: options.numberRows });
    return { kind, parsed: parsed as Parsed<Site[]>, columns: columns ?? null };
  },
  async parseBinary(files: FileBytes[], crs: Crs, sheet?: string, options: ImportOptions = {}): Promise<ImportParse> {
    const { parseBinaryFiles } = await import('../src/engine/files/import-binary.ts');
    return parseBinaryFiles(files, crs, { sheet, numberRows: options.numberRows });
  },
} satisfies ImportWorkerApi;

Comlink.expose(api);
