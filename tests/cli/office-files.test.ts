/**
 * The command line and the office formats (issue 16 sections 1-2): --sites, --regions and
 * --areas take .xlsx, zipped Shapefiles and KML/KMZ and give the same numbers as the GeoJSON they
 * came from; --out writes KML or a zipped Shapefile by extension; budget and check write .xlsx
 * and BOM'd CSV; a bad file is one stderr line with exit 1.
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planToKml, planToShapefileZip } from '../../src/engine/files/gis-export.ts';
import { readGisFiles } from '../../src/engine/files/gis-read.ts';
import { writeShapefileZip } from '../../src/engine/files/shapefile-write.ts';
import { sitesTable } from '../../src/engine/files/site-table.ts';
import { writeXlsx } from '../../src/engine/files/xlsx-write.ts';
import { parseSitesGeoJson } from '../../src/engine/model/parse-sites.ts';
import { FIXTURES, runCli } from './targets-cli-helper.ts';

const SITES = join(FIXTURES, 'coverage/sites-30.geojson');
const REGION = join(FIXTURES, 'coverage/region-rect.geojson');
const AREA = join(FIXTURES, 'coverage/area-urban.geojson');
const tmp = mkdtempSync(join(tmpdir(), 'g5plan-office-'));
const sites = (() => { const p = parseSitesGeoJson(readFileSync(SITES, 'utf8'), SITES); if (!p.ok) throw new Error('fixture'); return p.value; })();

function ok(args: string[]) {
  const r = runCli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const write = (name: string, bytes: Uint8Array | string) => { const p = join(tmp, name); writeFileSync(p, bytes); return p; };
const polygonsZip = (file: string, keys: string[]) => writeShapefileZip(JSON.parse(readFileSync(file, 'utf8')), 'layer', keys);

describe('g5plan and the office formats', () => {
  it('sites, regions and areas as .xlsx, KML and Shapefile give the GeoJSON figures', async () => {
    const base = ['coverage', '--regions', REGION, '--areas', AREA, '--res', '200', '--json'];
    const expected = JSON.parse(ok(['coverage', '--sites', SITES, ...base.slice(1)]));
    const xlsx = write('sites.xlsx', await writeXlsx([sitesTable(sites, 'zh')]));
    const kml = write('sites.kml', planToKml(sites, 'zh', 'x'));
    const shp = write('sites.zip', planToShapefileZip(sites));
    for (const file of [xlsx, kml, shp]) {
      const doc = JSON.parse(ok(['coverage', '--sites', file, ...base.slice(1)]));
      expect(doc.coveredShare).toBe(expected.coveredShare);
      expect(doc.areas).toEqual(expected.areas);
    }
    const region = write('region.zip', polygonsZip(REGION, ['code', 'name', 'population', 'urbanShare']));
    const area = write('area.zip', polygonsZip(AREA, ['id', 'name', 'tier', 'county', 'modelled', 'population']));
    const fromShp = JSON.parse(ok(['coverage', '--sites', SITES, '--regions', region, '--areas', area, '--res', '200', '--json']));
    expect(fromShp.regions).toEqual(expected.regions);
    expect(fromShp.areas).toEqual(expected.areas);
  });

  it('an .xlsx without an id column is refused, and read with --number-rows as a CSV is', async () => {
    const table = sitesTable(sites.slice(0, 3), 'zh');
    const noIds = { ...table, columns: table.columns.slice(1), rows: table.rows.map((r) => r.slice(1)) };
    expect(table.columns[0].header).toBe('站址编号');
    const file = write('no-ids.xlsx', await writeXlsx([noIds]));
    const args = ['coverage', '--sites', file, '--regions', REGION, '--res', '500', '--json'];
    const refused = runCli(args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no-ids\.xlsx.*no id column/);
    const expected = JSON.parse(ok(['coverage', '--sites', write('three.xlsx', await writeXlsx([table])), ...args.slice(3)]));
    const doc = JSON.parse(ok([...args, '--number-rows']));
    expect(doc.sites).toBe(3);
    expect(doc.coveredKm2).toBe(expected.coveredKm2);
  });

  it('--out FILE.kml / FILE.zip writes the coverage and holes as KML or a zipped Shapefile', () => {
    const base = ['coverage', '--sites', SITES, '--regions', REGION, '--areas', AREA, '--res', '200'];
    ok([...base, '--out', join(tmp, 'cov.geojson')]);
    ok([...base, '--out', join(tmp, 'cov.kml')]);
    ok([...base, '--out', join(tmp, 'cov.zip')]);
    const geojson = JSON.parse(readFileSync(join(tmp, 'cov.geojson'), 'utf8'));
    const fromKml = readGisFiles([{ name: 'cov.kml', bytes: readFileSync(join(tmp, 'cov.kml')) }]);
    const fromShp = readGisFiles([{ name: 'cov.zip', bytes: readFileSync(join(tmp, 'cov.zip')) }]);
    for (const back of [fromKml, fromShp]) {
      expect(back.ok && back.value.features.map((f) => f.properties?.kind)).toEqual(geojson.features.map((f: { properties: { kind: string } }) => f.properties.kind));
    }
    const r = runCli([...base, '--out', join(tmp, 'cov.xlsx')]);
    expect([r.code, r.stderr.trim()]).toEqual([1, `g5plan coverage: --out ${join(tmp, 'cov.xlsx')}: coverage polygons are written as .geojson, .kml or .zip (Shapefile)`]);
  });

  it('budget --xlsx and check --csv/--xlsx: Chinese headers, station counts, a BOM', async () => {
    const budgetSites = join(FIXTURES, 'subsidy/sites-3sa-1nsa.geojson');
    ok(['budget', '--sites', budgetSites, '--policy', 'puyang-2020-2022', '--xlsx', join(tmp, 'b.xlsx')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, 'b.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按状态', '按年度', '按财政层级', '按区县', '按运营商']);
    const county = wb.getWorksheet('按区县')!;
    expect(county.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const qingfeng = county.getSheetValues().find((r) => Array.isArray(r) && r[1] === '410922') as unknown[];
    expect(qingfeng.slice(1)).toEqual(['410922', '清丰县', 2, 10000]);
    expect(county.getColumn(4).numFmt).toBe('#,##0');

    ok(['check', '--sites', budgetSites, '--targets', 'puyang-2020-2022', '--year', '2020', '--csv', join(tmp, 'c.csv'), '--xlsx', join(tmp, 'c.xlsx'), '--lang', 'en']);
    const csv = readFileSync(join(tmp, 'c.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('\ufeffid,target,required,actual,pass,reason');
    expect(csv.join('\n')).not.toMatch(/[{}]/);
  });

  it('a bad file is one line on stderr naming it, exit 1; a missing .prj is a warning', () => {
    const emptyKmz = write('empty.kmz', zipSync({ 'a.txt': strToU8('x') }));
    const r = runCli(['budget', '--sites', emptyKmz, '--policy', 'puyang-2020-2022']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`g5plan budget: ${emptyKmz}: this KMZ holds no .kml file (found: a.txt)`]);
    const parts = unzipSync(planToShapefileZip(sites, 'noprj'));
    for (const [n, b] of Object.entries(parts)) if (!n.endsWith('.prj')) write(n, b);
    const w = runCli(['budget', '--sites', join(tmp, 'noprj.shp'), '--policy', 'puyang-2020-2022', '--json']);
    expect(w.code).toBe(0);
    expect(w.stderr).toContain('warning: noprj.shp: no .prj: coordinates read as CGCS2000 / WGS-84 longitude, latitude');
  });
});
