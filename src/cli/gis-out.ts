/**
 * --out by extension: GeoJSON (the contract's form, and the default), .kml (Google Earth, 奥维),
 * .zip (a zipped Shapefile with .prj and .cpg) or, for sites, .xlsx (the 站址 sheet). The writers
 * are the app's (engine/files), loaded only for those formats.
 */
import type { FeatureCollection, Point } from 'geojson';
import { parseSitesGeoJson } from '../engine/model/parse-sites.ts';
import { writeTextFile } from './io.ts';
import { UserError } from './user-error.ts';
import type { Lang } from './targets/text-table.ts';
import { writeXlsxFile } from './xlsx-out.ts';

const kind = (path: string) => /\.(kml|zip|xlsx)$/i.exec(path)?.[1].toLowerCase() ?? 'geojson';

export async function writeSitesOut(path: string, fc: FeatureCollection<Point>, lang: Lang, title: string): Promise<void> {
  const k = kind(path);
  if (k === 'geojson') return writeTextFile(path, JSON.stringify(fc) + '\n');
  const parsed = parseSitesGeoJson(JSON.stringify(fc), path);
  if (!parsed.ok) throw new Error(`internal: the sites written to ${path} do not parse: ${parsed.issues[0].message}`);
  if (k === 'xlsx') {
    const { sitesTable } = await import('../engine/files/site-table.ts');
    return writeXlsxFile(path, [sitesTable(parsed.value, lang)]);
  }
  const gis = await import('../engine/files/gis-export.ts');
  return writeTextFile(path, k === 'kml' ? gis.planToKml(parsed.value, lang, title) : gis.planToShapefileZip(parsed.value));
}

export async function writeCoverageOut(path: string, fc: FeatureCollection, lang: Lang, title: string): Promise<void> {
  const k = kind(path);
  if (k === 'xlsx') throw new UserError(`--out ${path}: coverage polygons are written as .geojson, .kml or .zip (Shapefile)`);
  if (k === 'geojson') return writeTextFile(path, JSON.stringify(fc));
  const gis = await import('../engine/files/gis-export.ts');
  return writeTextFile(path, k === 'kml' ? gis.coverageToKml(fc, lang, title) : gis.coverageToShapefileZip(fc));
}
