// GIS files (issue 16 section 2): the plan exported as KML, KMZ and zipped Shapefile imports back
// to the same sites and properties (Chinese text included); GBK .dbf files read right; a .prj
// is honoured through proj4; bad files (KMZ without KML, unknown encoding, no .prj on projected
// coordinates) give one clear message.
import { strToU8, zipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { coverageToKml, coverageToShapefileZip, planToKml, planToShapefileZip } from '../../../src/engine/files/gis-export.ts';
import { readGisFiles, type FileBytes } from '../../../src/engine/files/gis-read.ts';
import { parseBinaryFiles } from '../../../src/engine/files/import-binary.ts';
import { shapefileParts } from '../../../src/engine/files/shapefile-write.ts';
import { engineText } from '../../../src/ui/engine-text.ts';
import { officeSites, resolved } from '../../fixtures/files/office-sites.ts';

const file = (name: string, bytes: Uint8Array | string): FileBytes => ({ name, bytes: typeof bytes === 'string' ? strToU8(bytes) : bytes });

async function importSites(files: FileBytes[]) {
  const out = await parseBinaryFiles(files, 'wgs84', { want: 'sites' });
  if (out.kind !== 'sites') throw new Error(out.kind);
  return out.parsed;
}

async function problem(files: FileBytes[]): Promise<string> {
  const parsed = await importSites(files);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.issues[0].message;
}

/** A one-layer Shapefile's parts: points with an `id` and a `name` whose bytes are patched in. */
function pointLayer(names: Uint8Array[], lonLats: [number, number][]) {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: lonLats.map((c, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties: { id: `s${i + 1}`, name: 'X'.repeat(names[i].length) } })) };
  const parts = shapefileParts(fc, ['id', 'name']);
  // Write the raw bytes (e.g. GBK) over the ASCII placeholders, record by record.
  const dbf = parts.dbf;
  names.forEach((n) => { const at = indexOf(dbf, 'X'.repeat(n.length)); dbf.set(n, at); });
  return parts;
}

function indexOf(bytes: Uint8Array, text: string): number {
  const pat = strToU8(text);
  outer: for (let i = 0; i < bytes.length; i++) { for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer; return i; }
  return -1;
}

const GBK_PUYANG = new Uint8Array([0xe5, 0xa7, 0xd1, 0xf4, 0xd5, 0xbe]); // 濮阳站
const GBK_HUALONG = new Uint8Array([0xbb, 0xaa, 0xc1, 0xfa, 0xc7, 0xf8]); // 华龙区
const LON_LATS: [number, number][] = [[115.03, 35.76], [115.05, 35.77]];

describe('plan round trips', () => {
  const sites = officeSites();

  it('KML: same sites, Chinese names and extra properties, styled by operator', async () => {
    const kml = planToKml(sites, 'zh', '濮阳规划');
    expect(kml).toContain('<Style id="op-CU+CT"><IconStyle><color>ff5b18c2</color>'); // #c2185b as aabbggrr
    expect(kml).toContain('<SimpleField name="heightM" type="string"><displayName>挂高(m)</displayName></SimpleField>');
    expect(kml).toContain('<SimpleData name="heightM">30</SimpleData>');
    // Only the main columns and what the site's file gave: PY-001 gave no band width, so none is written.
    expect(kml.split('<Placemark>')[1]).not.toContain('bandwidthMhz');
    expect(kml.split('<Placemark>')[3]).toContain('<SimpleData name="tiltsDeg">3;9;6</SimpleData>');
    const back = await importSites([file('plan.kml', kml)]);
    expect(back.ok && back.value.map(resolved)).toEqual(sites.map(resolved));
    expect(back.ok && back.value[0].props['备注']).toBe('华龙区，楼顶');
    expect(back.ok && back.value[1].name).toBe('清丰 "东" 站');
  });

  it('KMZ (a zip holding doc.kml): same sites', async () => {
    const kmz = zipSync({ 'doc.kml': strToU8(planToKml(sites, 'en', 'plan')), 'files/icon.png': new Uint8Array([1, 2]) });
    const back = await importSites([file('plan.kmz', kmz)]);
    expect(back.ok && back.value.map(resolved)).toEqual(sites.map(resolved));
  });

  it('zipped Shapefile, and its parts chosen together: same sites', async () => {
    const zip = planToShapefileZip(sites);
    const back = await importSites([file('plan.zip', zip)]);
    expect(back.ok && back.value.map(resolved)).toEqual(sites.map(resolved));
    expect(back.ok && back.warnings).toEqual([]); // .prj and .cpg present: nothing assumed
    const { unzipSync } = await import('fflate');
    const parts = Object.entries(unzipSync(zip)).map(([n, b]) => file(n, b));
    const fromParts = await importSites(parts);
    expect(fromParts.ok && fromParts.value.map(resolved)).toEqual(sites.map(resolved));
  });
});

describe('Shapefile encodings and coordinate systems', () => {
  const gbk = pointLayer([GBK_PUYANG, GBK_HUALONG], LON_LATS);
  const names = (p: Awaited<ReturnType<typeof importSites>>) => (p.ok ? p.value.map((s) => s.name) : p.issues.map((i) => i.message));

  it('reads a GBK .dbf named by its .cpg, by its language driver byte, or guessed (and says so)', async () => {
    const base = [file('a.shp', gbk.shp), file('a.prj', 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')];
    expect(names(await importSites([...base, file('a.dbf', gbk.dbf), file('a.cpg', 'GBK')]))).toEqual(['濮阳站', '华龙区']);
    expect(names(await importSites([...base, file('a.dbf', gbk.dbf), file('a.cpg', '936')]))).toEqual(['濮阳站', '华龙区']);
    const withDriver = gbk.dbf.slice();
    withDriver[29] = 0x4d; // dBase language driver: Chinese GBK (PRC)
    expect(names(await importSites([...base, file('a.dbf', withDriver)]))).toEqual(['濮阳站', '华龙区']);
    const guessed = await importSites([...base, file('a.dbf', gbk.dbf)]);
    expect(names(guessed)).toEqual(['濮阳站', '华龙区']);
    expect(guessed.ok && guessed.warnings.map((w) => w.message)).toEqual(['a.dbf: no .cpg; its text was read as GBK']);
  });

  it('refuses an unknown encoding with one message (Chinese in the app)', async () => {
    const base = [file('a.shp', gbk.shp)];
    const unknown = await problem([...base, file('a.dbf', gbk.dbf), file('a.cpg', 'KOI9-ZZ')]);
    expect(unknown).toBe('a.cpg names the text encoding "KOI9-ZZ", which is not known; write UTF-8 or GBK in it');
    expect(engineText(unknown, 'zh')).toBe('a.cpg 指定的文字编码 "KOI9-ZZ" 无法识别；请在其中写 UTF-8 或 GBK');
    const junk = pointLayer([new Uint8Array([0xff, 0xfe, 0x80, 0xff, 0x81, 0x20]), GBK_HUALONG], LON_LATS);
    const neither = await problem([file('b.shp', junk.shp), file('b.dbf', junk.dbf)]);
    expect(neither).toMatch(/^b\.dbf: the text is neither UTF-8 nor GBK and no \.cpg names its encoding/);
    expect(engineText(neither, 'zh')).toMatch(/^b\.dbf：文字既不是 UTF-8 也不是 GBK，且没有 \.cpg 说明编码/);
  });

  it('projects through the .prj (CGCS2000 / 3-degree Gauss-Kruger CM 114E, EPSG:4547), and needs one for metres', async () => {
    const wkt = 'PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    const toGk = proj4('WGS84', '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
    const metres = LON_LATS.map((p) => toGk.forward(p) as [number, number]);
    expect(metres[0][0]).toBeGreaterThan(500000); // east of 114 E: a projected easting, not degrees
    const layer = pointLayer([strToU8('PY-001'), strToU8('PY-002')], metres);
    const read = await importSites([file('gk.shp', layer.shp), file('gk.dbf', layer.dbf), file('gk.prj', wkt)]);
    expect(read.ok).toBe(true);
    read.ok && read.value.forEach((s, i) => {
      expect(s.lonLat[0]).toBeCloseTo(LON_LATS[i][0], 7);
      expect(s.lonLat[1]).toBeCloseTo(LON_LATS[i][1], 7);
    });
    expect(await problem([file('gk.shp', layer.shp), file('gk.dbf', layer.dbf)])).toBe('no gk.prj and the coordinates are not longitude/latitude degrees (a projected system?): add the .prj that came with the file');
    expect(await problem([file('gk.shp', layer.shp), file('gk.dbf', layer.dbf), file('gk.prj', 'LOCAL_CS["nonsense"')])).toMatch(/^gk\.prj is not a coordinate system proj4 understands/);
  });

  it('without a .prj, degrees are read as CGCS2000 / WGS-84 and the reader says so', async () => {
    const layer = pointLayer([strToU8('PY-001'), strToU8('PY-002')], LON_LATS);
    const read = await importSites([file('np.shp', layer.shp), file('np.dbf', layer.dbf)]);
    expect(read.ok && read.value.map((s) => s.lonLat)).toEqual(LON_LATS);
    expect(read.ok && read.warnings.map((w) => engineText(w.message, 'zh'))).toEqual(['没有 .prj：坐标按 CGCS2000 / WGS-84 经纬度读取（站址若为 GCJ-02 或 BD-09，请选择坐标系）']);
  });
});

describe('bad GIS files', () => {
  it.each([
    [[file('empty.kmz', zipSync({ 'images/a.png': new Uint8Array([1]) }))], 'this KMZ holds no .kml file (found: images/a.png)', '此 KMZ 中没有 .kml 文件（其中有：images/a.png）'],
    [[file('x.kml', '<html><body>not kml</body></html>')], 'not a KML document: no <kml> element', '不是 KML 文档：没有 <kml> 元素'],
    [[file('bad.zip', new Uint8Array([1, 2, 3]))], 'not a readable zip file', '不是可读取的 zip 文件'],
    [[file('two.zip', zipSync({ 'a.shp': new Uint8Array(100), 'b.shp': new Uint8Array(100) }))], 'holds 2 Shapefile layers (a, b); import one layer at a time', '含有 2 个 Shapefile 图层（a, b）；请一次导入一个图层'],
    [[file('a.dbf', new Uint8Array(40))], 'a Shapefile needs its .shp (with the .dbf, .prj and .cpg beside it): choose them together, or a .zip of them', 'Shapefile 需要 .shp（及同名的 .dbf、.prj、.cpg）：请一起选择，或选择它们的 .zip'],
  ] as [FileBytes[], string, string][])('%#: one message, in Chinese in the app', (files, en, zh) => {
    const read = readGisFiles(files);
    expect(read.ok).toBe(false);
    const message = read.ok ? '' : read.issues[0].message;
    expect(message).toBe(en);
    expect(engineText(message, 'zh')).toBe(zh);
  });

  it('polygons in a sites file are named by feature', async () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>a</name><Point><coordinates>115,35.7</coordinates></Point></Placemark><Placemark><name>b</name><Polygon><outerBoundaryIs><LinearRing><coordinates>115,35 115.1,35 115.1,35.1 115,35</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>';
    const p = await importSites([file('mix.kml', kml)]);
    expect(p.ok ? null : p.issues[0]).toEqual({ file: 'mix.kml', feature: 1, field: 'geometry', message: 'must be a Point (sites); got Polygon' });
  });
});

describe('areas, regions and coverage polygons', () => {
  const square = (x: number, y: number, d: number) => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
  const polygons: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'covered' }, geometry: { type: 'MultiPolygon', coordinates: [[square(115, 35.7, 0.1), square(115.02, 35.72, 0.02)], [square(115.3, 35.7, 0.05)]] } },
      { type: 'Feature', properties: { kind: 'hole', area: 'tw-1', areaName: '岳村镇', rank: 1, areaKm2: 0.42 }, geometry: { type: 'Polygon', coordinates: [square(115.02, 35.72, 0.02)] } },
    ],
  };

  it('settlement areas from KML polygons with a tier (MultiGeometry as MultiPolygon)', async () => {
    const kml = coverageToKml({ ...polygons, features: [polygons.features[0]] }, 'zh', '覆盖').replace('<SimpleData name="kind">', '<SimpleData name="id">tw-9</SimpleData><SimpleData name="name">岳村镇</SimpleData><SimpleData name="tier">township</SimpleData><SimpleData name="kind">');
    const out = await parseBinaryFiles([file('areas.kml', kml)], 'wgs84');
    expect(out.kind).toBe('areas');
    const areas = out.kind === 'areas' && out.parsed.ok ? out.parsed.value : [];
    expect(areas.map((a) => [a.id, a.name, a.tier, a.geometry.type])).toEqual([['tw-9', '岳村镇', 'township', 'MultiPolygon']]);
  });

  it('regions from a Shapefile with a numeric code field; coverage and holes keep their rings', async () => {
    const regionsFc: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 410902, name: '华龙区', population: 123456 }, geometry: polygons.features[0].geometry }] };
    const { writeShapefileZip } = await import('../../../src/engine/files/shapefile-write.ts');
    const out = await parseBinaryFiles([file('counties.zip', writeShapefileZip(regionsFc, 'counties', ['code', 'name', 'population']))], 'wgs84');
    expect(out.kind).toBe('regions');
    const r = out.kind === 'regions' && out.parsed.ok ? out.parsed.value[0] : null;
    expect(r && [r.code, r.name, r.population]).toEqual(['410902', '华龙区', 123456]);
    // The covered MultiPolygon keeps its hole (a clockwise outer ring, a counter-clockwise inner one in the file).
    const back = readGisFiles([file('cov.zip', coverageToShapefileZip(polygons))]);
    const geom = back.ok ? back.value.features[0].geometry : null;
    expect(geom?.type).toBe('MultiPolygon');
    expect(geom?.type === 'MultiPolygon' && geom.coordinates.map((p) => p.length)).toEqual([2, 1]);
    expect(back.ok && back.value.features[1].properties).toMatchObject({ kind: 'hole', areaName: '岳村镇', areaKm2: 0.42 });
  });
});
