// Export worker: the office file formats, off the main thread: .xlsx workbooks (exceljs, loaded
// on the first workbook), the plan and the coverage/holes polygons as KML and zipped Shapefile.
// Every file goes back as a Blob made here (issue 15: the page never holds an export as one
// string or array); the coverage comes in as the render worker's GeoJSON Blob, read here.
import * as Comlink from 'comlink';
import type { Table, ExportLang } from '../src/engine/files/table.ts';
import type { Site } from '../src/engine/model/types.ts';
import { coverageToKml, coverageToShapefileZip, planToKml, planToShapefileZip } from '../src/engine/files/gis-export.ts';
import { templateTables } from '../src/engine/files/template.ts';

export interface ExportWorkerApi {
  xlsx(tables: Table[]): Promise<Blob>;
  template(lang: ExportLang): Promise<Blob>;
  planKml(sites: Site[], lang: ExportLang, title: string): Blob;
  planShapefile(sites: Site[]): Blob;
  coverageKml(geojson: Blob, lang: ExportLang, title: string): Promise<Blob>;
  coverageShapefile(geojson: Blob): Promise<Blob>;
}

const KML_TYPE = 'application/vnd.google-earth.kml+xml';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_TYPE = 'application/zip';

const blob = (data: string | Uint8Array, type: string) => new Blob([data as string | Uint8Array<ArrayBuffer>], { type });

async function xlsx(tables: Table[]): Promise<Blob> {
  const { writeXlsx } = await import('../src/engine/files/xlsx-write.ts');
  return blob(await writeXlsx(tables), XLSX_TYPE);
}

const api = {
  xlsx,
  template: (lang: ExportLang) => xlsx(templateTables(lang)),
  planKml: (sites: Site[], lang: ExportLang, title: string) => blob(planToKml(sites, lang, title), KML_TYPE),
  planShapefile: (sites: Site[]) => blob(planToShapefileZip(sites), ZIP_TYPE),
  coverageKml: async (geojson: Blob, lang: ExportLang, title: string) => blob(coverageToKml(JSON.parse(await geojson.text()), lang, title), KML_TYPE),
  coverageShapefile: async (geojson: Blob) => blob(coverageToShapefileZip(JSON.parse(await geojson.text())), ZIP_TYPE),
} satisfies ExportWorkerApi;

Comlink.expose(api);
