/**
 * The plan as a flat table (the 站址 sheet of the .xlsx export, the import template, the
 * attribute table of a Shapefile, the ExtendedData of KML): one column per property, Chinese or
 * English headers, sector antennas as lists ("0;120;240"), never JSON. Every header here is one
 * the sites reader knows (model/site-columns.ts), so every export re-imports to the same sites.
 */
import type { Site } from '../model/types.ts';
import type { Cell, CellFormat, ExportLang, TableColumn } from './table.ts';

export interface SiteColumn {
  key: string;
  zh: string;
  /** DBF field name: at most 10 ASCII characters (the dBase limit). */
  dbf: string;
  format?: CellFormat;
  value(s: Site, lang: ExportLang): Cell;
}

const list = (xs: number[]) => xs.join(';');
const sectorList = (s: Site, lang: ExportLang, pick: (x: Site['sectors'][number]) => number): Cell =>
  s.sectors.length ? list(s.sectors.map(pick)) : lang === 'zh' ? '全向' : 'omni';

export const SITE_COLUMNS: SiteColumn[] = [
  { key: 'id', zh: '站址编号', dbf: 'id', value: (s) => s.id },
  { key: 'name', zh: '站名', dbf: 'name', value: (s) => s.name },
  { key: 'lon', zh: '经度', dbf: 'lon', format: 'decimal', value: (s) => s.lonLat[0] },
  { key: 'lat', zh: '纬度', dbf: 'lat', format: 'decimal', value: (s) => s.lonLat[1] },
  { key: 'operator', zh: '运营商', dbf: 'operator', value: (s) => s.operator },
  { key: 'status', zh: '状态', dbf: 'status', value: (s) => s.status },
  { key: 'year', zh: '建设年份', dbf: 'year', format: 'int', value: (s) => s.year },
  { key: 'mode', zh: '组网方式', dbf: 'mode', value: (s) => s.mode },
  { key: 'kind', zh: '站型', dbf: 'kind', value: (s) => s.kind },
  { key: 'band', zh: '频段', dbf: 'band', value: (s) => s.band },
  { key: 'freqMhz', zh: '中心频率(MHz)', dbf: 'freqMhz', format: 'decimal', value: (s) => s.freqMhz },
  { key: 'bandwidthMhz', zh: '带宽(MHz)', dbf: 'bwMhz', format: 'decimal', value: (s) => s.bandwidthMhz },
  { key: 'scsKhz', zh: '子载波间隔(kHz)', dbf: 'scsKhz', format: 'int', value: (s) => s.scsKhz },
  { key: 'txPowerDbm', zh: '发射功率(dBm)', dbf: 'txPowerDbm', format: 'decimal', value: (s) => s.txPowerDbm },
  { key: 'antennaGainDbi', zh: '天线增益(dBi)', dbf: 'gainDbi', format: 'decimal', value: (s) => s.antennaGainDbi },
  { key: 'heightM', zh: '挂高(m)', dbf: 'heightM', format: 'decimal', value: (s) => s.heightM },
  { key: 'azimuthsDeg', zh: '方位角(°)', dbf: 'azimuths', value: (s, l) => sectorList(s, l, (x) => x.azimuthDeg) },
  { key: 'tiltsDeg', zh: '下倾角(°)', dbf: 'tilts', value: (s, l) => sectorList(s, l, (x) => x.tiltDeg) },
  { key: 'hBeamwidthsDeg', zh: '水平波束宽度(°)', dbf: 'hBwDeg', value: (s, l) => sectorList(s, l, (x) => x.hBeamwidthDeg) },
  { key: 'vBeamwidthsDeg', zh: '垂直波束宽度(°)', dbf: 'vBwDeg', value: (s, l) => sectorList(s, l, (x) => x.vBeamwidthDeg) },
  { key: 'model', zh: '传播模型', dbf: 'model', value: (s) => s.model },
  { key: 'powerSupply', zh: '供电方式', dbf: 'powerSup', value: (s) => s.powerSupply },
  { key: 'sharedTower', zh: '共享铁塔', dbf: 'shared', value: (s, l) => (l === 'zh' ? (s.sharedTower ? '是' : '否') : s.sharedTower) },
  { key: 'county', zh: '区县代码', dbf: 'county', value: (s) => s.county },
  { key: 'tags', zh: '标签', dbf: 'tags', value: (s) => (s.tags.length ? s.tags.join(';') : null) },
];

/** Properties the columns above stand for: not repeated as "other" columns. */
const COVERED = new Set([...SITE_COLUMNS.map((c) => c.key), 'sectors', 'tag', 'lonLat']);

/** The properties of the sites beyond the contract's, in order of first appearance. */
export function extraKeys(sites: Site[]): string[] {
  const keys = new Set<string>();
  for (const s of sites) for (const k of Object.keys(s.props)) if (!COVERED.has(k)) keys.add(k);
  return [...keys];
}

function extraCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join(';') : JSON.stringify(v);
}

export function siteHeader(c: SiteColumn, lang: ExportLang): string {
  return lang === 'zh' ? c.zh : c.key;
}

/** Columns and rows of the plan, every contract property resolved (defaults filled in), then the file's own extra properties. */
export function sitesToTableParts(sites: Site[], lang: ExportLang): { columns: TableColumn[]; rows: Cell[][] } {
  const extras = extraKeys(sites);
  const columns: TableColumn[] = [...SITE_COLUMNS.map((c) => ({ header: siteHeader(c, lang), format: c.format ?? 'text' as CellFormat })), ...extras.map((k) => ({ header: k }))];
  const rows = sites.map((s) => [...SITE_COLUMNS.map((c) => c.value(s, lang)), ...extras.map((k) => extraCell(s.props[k]))]);
  return { columns, rows };
}
