/**
 * A Shapefile's parts (.shp, .dbf, .prj, .cpg) -> GeoJSON features in WGS-84 (shpjs; .prj through
 * proj4). The .dbf text encoding comes from the .cpg, else the dBase language driver byte, else
 * it is tried as UTF-8 then GBK (the usual encoding of Chinese GIS departments' files); without a
 * .prj, coordinates in degrees are taken as CGCS2000 / WGS-84 (under a metre apart) and the
 * caller is told so. Anything that would load wrongly is refused with a message.
 */
import type { FeatureCollection } from 'geojson';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import type { InputIssue, Parsed } from '../model/types.ts';
import { decodeStrict, decoderFor, decodeUtf8 } from './text-decode.ts';

export interface ShapefileParts { name: string; shp: Uint8Array; dbf?: Uint8Array; prj?: Uint8Array; cpg?: Uint8Array }

/** dBase language driver ids of Chinese code pages (ESRI's table). */
const LDID: Record<number, string> = { 0x4d: 'gbk', 0x7a: 'gbk', 0x4e: 'big5', 0x78: 'big5' };

const CODE_PAGES: Record<string, string> = { '936': 'gbk', '54936': 'gb18030', '950': 'big5', '65001': 'utf-8', '20127': 'us-ascii' };

/** The WHATWG label for a .cpg's text ("UTF-8", "GBK", "936", "ANSI 936", "CP936"). */
function cpgLabel(text: string): string {
  const t = text.trim();
  const page = /^(?:ANSI\s*|CP)?(\d+)$/i.exec(t);
  return page ? CODE_PAGES[page[1]] ?? `windows-${page[1]}` : t;
}

type Encoding = { label: string; note?: string } | { error: string };

function dbfEncoding(p: ShapefileParts): Encoding {
  const dbf = p.dbf as Uint8Array;
  if (p.cpg) {
    const label = cpgLabel(decodeUtf8(p.cpg));
    return decoderFor(label) ? { label } : { error: `${p.name}.cpg names the text encoding "${label}", which is not known; write UTF-8 or GBK in it` };
  }
  const fromDriver = LDID[dbf[29]];
  if (fromDriver) return { label: fromDriver };
  const headerLen = dbf.length > 10 ? dbf[8] | (dbf[9] << 8) : 0;
  const records = dbf.subarray(headerLen);
  if (decodeStrict(records, 'utf-8') !== null) return { label: 'utf-8' };
  if (decodeStrict(records, 'gbk') !== null) return { label: 'gbk', note: `${p.name}.dbf: no .cpg; its text was read as GBK` };
  return { error: `${p.name}.dbf: the text is neither UTF-8 nor GBK and no .cpg names its encoding; add a .cpg file holding the encoding's name (e.g. GBK)` };
}

function isIdentity(t: { forward(p: number[]): number[] }): boolean {
  return [[115.06, 35.74], [80.5, 45.25]].every((p) => {
    const q = t.forward(p);
    return Math.abs(q[0] - p[0]) < 1e-9 && Math.abs(q[1] - p[1]) < 1e-9;
  });
}

function inDegrees(fc: FeatureCollection): boolean {
  let ok = true;
  const visit = (c: unknown): void => {
    if (!ok || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') ok = Math.abs(c[0]) <= 180 && Math.abs(c[1] as number) <= 90;
    else c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return ok;
}

export function readShapefile(p: ShapefileParts): Parsed<FeatureCollection> {
  const file = `${p.name}.shp`;
  const fail = (message: string): Parsed<FeatureCollection> => ({ ok: false, issues: [{ file, message }] });
  if (!p.dbf) return fail(`the attribute table ${p.name}.dbf is missing; choose the .shp, .dbf, .prj and .cpg together or a .zip of them`);
  const enc = dbfEncoding(p);
  if ('error' in enc) return fail(enc.error);
  const warnings: InputIssue[] = enc.note ? [{ file, message: enc.note }] : [];
  let prj: string | false = false;
  if (p.prj) {
    // ArcGIS names China's Gauss-Krüger zones "Gauss_Kruger", which is the transverse Mercator proj4 knows.
    prj = decodeUtf8(p.prj).trim().replace(/PROJECTION\["Gauss_Kruger"\]/i, 'PROJECTION["Transverse_Mercator"]');
    let identity: boolean;
    try {
      identity = isIdentity(proj4(prj, 'WGS84'));
    } catch {
      return fail(`${p.name}.prj is not a coordinate system proj4 understands ("${prj.slice(0, 60)}…")`);
    }
    // Geographic WGS-84 or CGCS2000: read the numbers as they are, not through a no-op transform's rounding.
    if (identity) prj = false;
  }
  let fc: FeatureCollection;
  try {
    const geoms = parseShp(p.shp, prj);
    const props = parseDbf(p.dbf, enc.label);
    if (props.length !== geoms.length) return fail(`${p.name}.shp has ${geoms.length} shapes but ${p.name}.dbf has ${props.length} rows`);
    fc = { type: 'FeatureCollection', features: geoms.map((geometry, i) => ({ type: 'Feature', geometry, properties: props[i] })) };
  } catch (e) {
    return fail(`not a readable Shapefile: ${(e as Error).message}`);
  }
  if (!p.prj) {
    if (!inDegrees(fc)) return fail(`no ${p.name}.prj and the coordinates are not longitude/latitude degrees (a projected system?): add the .prj that came with the file`);
    warnings.push({ file, message: `no .prj: coordinates read as CGCS2000 / WGS-84 longitude, latitude` });
  }
  return { ok: true, value: fc, warnings };
}
