// Export worker: the office file formats, off the main thread: .xlsx workbooks (exceljs, loaded
// on the first workbook), the plan and the coverage/holes polygons as KML and zipped Shapefile.
import * as Comlink from 'comlink';
import type { Table, ExportLang } from '../src/engine/files/table.ts';
import type { Site } from '../src/engine/model/types.ts';
import { coverageToKml, coverageToShapefileZip, planToKml, planToShapefileZip } from '../src/engine/files/gis-export.ts';
import { templateTables } from '../src/engine/files/template.ts';

export interface ExportWorkerApi {
  xlsx(tables: Table[]): Promise<Uint8Array>;
  template(lang: ExportLang): Promise<Uint8Array>;
  planKml(sites: Site[], lang: ExportLang, title: string): string;
  planShapefile(sites: Site[]): Uint8Array;
  coverageKml(geojson: string, lang: ExportLang, title: string): string;
  coverageShapefile(geojson: string): Uint8Array;
}

const moved = (b: Uint8Array) => Comlink.transfer(b, [b.buffer]);

async function xlsx(tables: Table[]): Promise<Uint8Array> {
  const { writeXlsx } = await import('../src/engine/files/xlsx-write.ts');
  return moved(await writeXlsx(tables));
}

const api = {
  xlsx,
  template: (lang: ExportLang) => xlsx(templateTables(lang)),
  planKml: planToKml,
  planShapefile: (sites: Site[]) => moved(planToShapefileZip(sites)),
  coverageKml: (geojson: string, lang: ExportLang, title: string) => coverageToKml(JSON.parse(geojson), lang, title),
  coverageShapefile: (geojson: string) => moved(coverageToShapefileZip(JSON.parse(geojson))),
} satisfies ExportWorkerApi;

Comlink.expose(api);
