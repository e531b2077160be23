/**
 * The UI shows the engine's sentences in Chinese (src/ui/engine-text.ts): real messages from the
 * site parsers, the area geometry check and the target evaluation go through the templates,
 * and no English sentence is left; in English the text is the engine's own.
 */
import { describe, expect, it } from 'vitest';
import { areaGeometryProblem } from '../../../src/engine/model/check-geometry.ts';
import { parseSitesCsv, parseSitesGeoJson, parseSitesText } from '../../../src/engine/model/parse-sites.ts';
import type { TargetArea } from '../../../src/engine/model/dataset.ts';
import type { InputIssue } from '../../../src/engine/model/types.ts';
import { assignCounties } from '../../../src/engine/model/site-counties.ts';
import { DEFAULT_THRESHOLDS } from '../../../src/engine/targets/context.ts';
import { evaluateTargets } from '../../../src/engine/targets/evaluate.ts';
import type { Plan, Target } from '../../../src/engine/targets/types.ts';
import { engineText, issueText } from '../../../src/ui/engine-text.ts';
import { block, makeGrid, makeRaster, pixelRectPolygon } from '../../fixtures/fake-raster.ts';
import { makeSite } from '../../fixtures/make-site.ts';

/** English left over once quoted values, numbers, field names and file names are taken out. */
function englishLeft(text: string): string[] {
  const bare = text
    // a JSON syntax error's detail is the JavaScript engine's own message, in the browser's language
    .replace(/不是有效的 JSON：.*$/, ' ')
    .replace(/"[^"]*"/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ')
    .replace(/\b[\w.-]+\.(geojson|csv|json|xlsx)\b/g, ' ')
    .replace(/\b(GeoJSON|JSON|FeatureCollection|Feature|Point|Polygon|MultiPolygon|WGS-84|COST-231|Hata|MHz|GHz|dBm|mW|km|true|false|zip|xlsx|xls|shp|Shapefile|KMZ|KML|PDF|PNG|TIFF|CSV|csv|geojson|json|Excel|Office|id|lon|lat|features|township|county-seat|prefecture-urban)\b/g, ' ')
    .replace(/\b(azimuthDeg|tiltDeg|hBeamwidthDeg|vBeamwidthDeg|operator|band|kind|status|mode|powerSupply|heightM|scsKhz|year|county|sharedTower|tags|name|tier|sectors|geometry|coordinates|costYuan|CMCC|CU|CT|CBN|macro|micro|indoor|SA|NSA|direct|transfer|built|planned|candidate|n41|n78|n1|n28|x|y|s|cost231-hata)\b/g, ' ');
  return bare.match(/[A-Za-z]{2,}/g) ?? [];
}

function geojson(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}
const point = (lon: number, lat: number, properties: Record<string, unknown>) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } });

function siteIssues(): InputIssue[] {
  const out: InputIssue[] = [];
  const take = (p: ReturnType<typeof parseSitesGeoJson>) => { if (!p.ok) out.push(...p.issues); };
  take(parseSitesGeoJson('{"type":"FeatureCollection"', 'broken.geojson'));
  take(parseSitesGeoJson('{"type":"Topology"}', 'topo.geojson'));
  take(parseSitesGeoJson(geojson([
    { type: 'Thing' },
    { type: 'Feature', properties: { id: 'l' }, geometry: { type: 'LineString', coordinates: [[115, 35], [116, 35]] } },
    point(115, 35, {}),
    point(115, 35, { id: 'dup' }), point(115.1, 35, { id: 'dup' }),
    point(215, 35, { id: 'far' }),
    point(10, 50, { id: 'europe' }),
    point(115, 35, { id: 'h', heightM: -3, operator: 'XX', scsKhz: 45, year: 'soon', county: 'x', sharedTower: 'yes', tags: 5, name: 5 }),
    point(115, 35, { id: 'p', txPowerDbm: 'loud' }),
    point(115, 35, { id: 's1', sectors: 'north' }),
    point(115, 35, { id: 's2', sectors: [{ tiltDeg: 100 }] }),
  ]), 'sites.geojson'));
  const csv = (text: string) => { const p = parseSitesCsv(text, 'sites.csv'); if (!p.ok) out.push(...p.issues); };
  csv('');
  csv('x,y\n1,2\n');
  csv('id,lon,lat,heightM,sharedTower,sectors\na,115,35\nb,east,35,30,no,[]\nc,115,35,tall,no,[]\nd,115,35,30,maybe,[]\ne,115,35,30,no,[oops\n');
  csv('名称,经度,纬度\n甲,115,35\n');
  for (const bin of ['PK\u0003\u0004\u0014\u0000xl/workbook.xml', '%PDF-1.4', '\u0000\u0000\u0000']) { const p = parseSitesText(bin, 'plan.xlsx'); if (!p.ok) out.push(...p.issues); }
  { const p = parseSitesGeoJson('{\n  "type": "FeatureCollection",\n  "features": [,]\n}', 'broken2.geojson'); if (!p.ok) out.push(...p.issues); }
  csv('编号,经度,纬度,运营商,年份,方位角,下倾角,发射功率,造价\nA,115,35,铁通,2022,0;120;240,6,53,1\nB,115,35,移动,明年,0;120;240,6,53,1\nC,115,35,移动,2022,0;120;240,6;8,53,1\nD,115,35,移动,2022,北,6,53,1\nE,115,35,移动,2022,0,6,53 kW,1\nF,115,35,移动,2022,0,6,53,很贵\n');
  csv('编号,经度,纬度,站型,下倾角\nA,115,35,微站,6\n');
  return out;
}

function targetTexts(): string[] {
  const grid = makeGrid(40, 40, 50);
  const areas: TargetArea[] = [
    { id: 'A', name: '甲镇', tier: 'township', county: '410922', modelled: true, population: null, geometry: pixelRectPolygon(grid, 0, 0, 19, 39) },
    { id: 'B', name: '乙县城', tier: 'county-seat', county: '410923', modelled: false, population: null, geometry: pixelRectPolygon(grid, 20, 0, 39, 39) },
  ];
  const targets = [
    { id: 'cont', year: 2022, kind: 'areaCoverage', areas: ['township', 'county-seat'], criterion: 'continuous' },
    { id: 'town', year: 2022, kind: 'areaCoverage', areas: ['prefecture-urban'], criterion: 'full' },
    { id: 'pop', year: 2022, kind: 'populationCoverage', minShare: 0.9 },
    { id: 'aim', year: 2022, kind: 'note' },
    // targets on what only an import gives (Gansu's co-built park stations, Shaanxi's key villages)
    { id: 'park', year: 2022, kind: 'stationCount', scope: 'cumulative', filter: { sharedTower: true, tag: 'industrial-park' }, min: 1000 },
    { id: 'villages', year: 2022, kind: 'areaCoverage', areas: ['key-village'], criterion: 'basic' },
  ].map((t) => ({ ...t, quote: t.id }) as unknown as Target);
  const plan: Plan = {
    id: 'mini', name: 'mini', region: { level: 'prefecture', code: '4109', name: '濮阳市' }, years: [2020, 2022],
    stationKindsCounted: ['macro', 'micro', 'indoor'], targets, notSimulated: [{ what: '5G users', values: { 2022: 1910000 }, quote: '5G用户突破191万户' }], subsidy: null,
  };
  const sites = [makeSite({ id: 'a1', county: '410922', status: 'built', year: 2020 }), makeSite({ id: 'z9', county: '410105', status: 'built', year: 2020 })];
  const raster = makeRaster(grid, [...block(2, 2, 4, 8), ...block(25, 0, 29, 15)], new Float32Array(1600).fill(1));
  const texts: string[] = [];
  for (const extra of [{ raster, areas }, {}]) {
    const r = evaluateTargets({ plan, year: 2022, sites, siteCounty: assignCounties(sites, null), regions: null, areas: null, raster: null, thresholds: DEFAULT_THRESHOLDS, ...extra });
    for (const row of r.results) {
      if (row.reason) texts.push(row.reason);
      for (const a of (row.perArea as { reason?: string }[] | undefined) ?? []) if (a.reason) texts.push(a.reason);
    }
    texts.push(...r.warnings.map((w) => w.message));
  }
  return texts;
}

describe('engine sentences in the UI', () => {
  const issues = siteIssues();
  const geometry = [
    areaGeometryProblem({ type: 'Polygon', coordinates: [[[115, 35], [115.1, 35], [115, 35]]] }),
    areaGeometryProblem({ type: 'Polygon', coordinates: [[[115, 35], [115.1, 35], [115.1, 35.1], [115, 35.2]]] }),
    areaGeometryProblem({ type: 'Polygon', coordinates: [[[215, 35], [115.1, 35], [115.1, 35.1], [215, 35]]] }),
    areaGeometryProblem({ type: 'Polygon', coordinates: [[[10, 50], [10.1, 50], [10.1, 50.1], [10, 50]]] }),
    areaGeometryProblem({ type: 'Polygon', coordinates: [[['a', 35], [115.1, 35], [115.1, 35.1], ['a', 35]]] }),
    areaGeometryProblem({ type: 'Polygon', coordinates: [] }),
    areaGeometryProblem({ type: 'MultiPolygon', coordinates: [] }),
    areaGeometryProblem({ type: 'Point', coordinates: [115, 35] }),
  ].filter((x): x is string => x !== null);
  const targets = targetTexts();

  it('gathers a wide set of real messages', () => {
    expect(issues.length).toBeGreaterThan(25);
    expect(geometry.length).toBe(8);
    expect(targets.some((t) => t.includes('covered share'))).toBe(true);
    expect(targets.some((t) => t.includes('hole of'))).toBe(true);
    expect(targets.some((t) => t.includes('still counted'))).toBe(true);
    expect(targets).toContain('5G users: not modelled by the engine');
  });

  it('leaves no English sentence in Chinese', () => {
    const leftovers = [...issues.map((i) => issueText(i, 'zh')), ...[...geometry, ...targets].map((t) => engineText(t, 'zh'))]
      .map((text) => [text, englishLeft(text)] as const).filter(([, words]) => words.length > 0);
    expect(leftovers).toEqual([]);
  });

  it('keeps the values and places the engine named', () => {
    const dup = issues.find((i) => i.message.startsWith('duplicate id'))!;
    expect(issueText(dup, 'zh')).toBe('sites.geojson，要素 4，字段 "id"：重复的 id "dup"（另见要素 3）');
    const far = issues.find((i) => i.message.includes('outside China'))!;
    expect(issueText(far, 'zh')).toBe('sites.geojson，要素 6，字段 "coordinates"：[10, 50] 在中国范围以外（经度 73..136，纬度 3..54）；经纬度是否颠倒？');
    expect(engineText('covered share 0.949 < 0.95', 'zh')).toBe('覆盖率 0.949 < 0.95');
    expect(engineText('5G users: not modelled by the engine', 'zh')).toBe('5G 用户数：本引擎不模拟');
    expect(engineText('50.0 MB is larger than the 20 MB limit', 'zh')).toBe('50.0 MB，超过 20 MB 的上限');
    const broken = issues.find((i) => i.file === 'broken2.geojson')!;
    expect(issueText(broken, 'zh')).toBe('broken2.geojson：不是有效的 JSON：第 3 行第 16 列有误');
    const xlsx = issues.find((i) => i.file === 'plan.xlsx')!;
    expect(issueText(xlsx, 'zh')).toMatch(/^plan\.xlsx：是 zip 压缩包（\.xlsx 表格、压缩的 Shapefile 或 KMZ），不是站址文件；支持：GeoJSON/);
  });

  it('says the planner\'s cost and region messages in Chinese', () => {
    const texts = [
      'candidate 1 ("C2"), field "costYuan": is missing, and a budget in yuan needs a cost on every candidate',
      'candidate 0 ("C1"), field "costYuan": must be a positive number, got -1',
      'costYuan is given on some candidates only and no budget is set: every candidate counts as one site',
      '3 candidate(s) outside the plan\'s region were not offered',
    ];
    for (const text of texts) expect(englishLeft(engineText(text, 'zh')), engineText(text, 'zh')).toEqual([]);
    expect(engineText(texts[0], 'zh')).toBe('候选站 1（"C2"）缺少造价 costYuan：设定预算时每个候选站都须有造价');
  });

  it('is the engine text itself in English', () => {
    for (const t of targets) expect(engineText(t, 'en')).toBe(t);
    expect(issueText(issues[0], 'en')).toBe(`broken.geojson: ${issues[0].message}`);
  });
});
