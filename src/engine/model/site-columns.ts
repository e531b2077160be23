/**
 * Tabular site files (CSV, spreadsheets): which column is which property of contract section 1,
 * read as Chinese offices write them. A header is matched without case, spaces, underscores or
 * a unit in brackets ("天线高度(m)", "发射功率（W）"); the unit converts the value (W -> dBm,
 * GHz -> MHz, 万元 -> yuan). Values are read as written (中国联通, 联通, CU; 候选/规划/已建;
 * 直供电/转供电; 是/否); a value that is not understood is refused with the accepted forms,
 * never replaced by a default. Columns that map to nothing are kept as extra properties.
 */
import { cellToValue, type CellResult, type FieldReader } from './site-values.ts';

export type ColumnRole =
  | { kind: 'lon' } | { kind: 'lat' }
  | { kind: 'field'; field: string; read: FieldReader; unit: string | null }
  | { kind: 'extra' };

export interface ColumnReport {
  /** Columns understood: the header as written and the property it fills. */
  understood: { header: string; field: string }[];
  /** Columns kept as extra properties under their own header. */
  extra: string[];
  /** An id column is present (else rows need numbering). */
  hasId: boolean;
  hasLonLat: boolean;
}

interface ColumnDef { field: string; aliases: string[]; read: FieldReader }

/** Header aliases per property, normalised (lower case, no spaces, underscores or brackets). */
const COLUMNS: ColumnDef[] = [
  { field: 'id', aliases: ['id', 'siteid', '编号', '站号', '站址编号', '基站编号', '站点编号', '基站id', '站址id'], read: 'text' },
  { field: 'name', aliases: ['name', 'sitename', '名称', '站名', '站址名称', '基站名称', '站点名称'], read: 'text' },
  { field: 'operator', aliases: ['operator', '运营商', '所属运营商', '归属运营商'], read: 'operator' },
  { field: 'status', aliases: ['status', '状态', '建设状态', '站址状态'], read: 'status' },
  { field: 'year', aliases: ['year', '年份', '年度', '建设年份', '建成年份', '建设年度', '计划年份'], read: 'year' },
  { field: 'mode', aliases: ['mode', '制式', '组网', '组网方式', '组网模式', '网络制式'], read: 'mode' },
  { field: 'kind', aliases: ['kind', '站型', '类型', '基站类型', '站点类型', '站址类型'], read: 'kind' },
  { field: 'band', aliases: ['band', '频段', '工作频段'], read: 'band' },
  { field: 'freqMhz', aliases: ['freqmhz', 'freq', '频点', '中心频点', '中心频率', '频率'], read: 'freqMhz' },
  { field: 'bandwidthMhz', aliases: ['bandwidthmhz', 'bandwidth', 'bwmhz', '带宽', '载波带宽'], read: 'bandwidthMhz' },
  { field: 'scsKhz', aliases: ['scskhz', 'scs', '子载波间隔'], read: 'number' },
  { field: 'txPowerDbm', aliases: ['txpowerdbm', 'txpower', '发射功率', '功率', '总功率'], read: 'powerDbm' },
  { field: 'antennaGainDbi', aliases: ['antennagaindbi', 'antennagain', 'gaindbi', '天线增益', '增益'], read: 'number' },
  { field: 'heightM', aliases: ['heightm', 'height', '天线高度', '天线挂高', '挂高', '高度', '站高'], read: 'number' },
  { field: 'sectors', aliases: ['sectors', '扇区'], read: 'sectors' },
  { field: 'azimuthDeg', aliases: ['azimuthdeg', 'azimuth', 'azimuths', 'azimuthsdeg', '方位角', '方向角'], read: 'numberList' },
  { field: 'tiltDeg', aliases: ['tiltdeg', 'tilt', 'tilts', 'tiltsdeg', '下倾角', '下倾', '倾角', '总下倾角'], read: 'numberList' },
  { field: 'hBeamwidthDeg', aliases: ['hbeamwidthdeg', 'hbeamwidthsdeg', 'hbwdeg', '水平波瓣宽度', '水平波束宽度', '水平半功率角'], read: 'numberList' },
  { field: 'vBeamwidthDeg', aliases: ['vbeamwidthdeg', 'vbeamwidthsdeg', 'vbwdeg', '垂直波瓣宽度', '垂直波束宽度', '垂直半功率角'], read: 'numberList' },
  { field: 'model', aliases: ['model', '传播模型'], read: 'model' },
  { field: 'powerSupply', aliases: ['powersupply', 'powersup', '供电方式', '供电', '供电类型'], read: 'powerSupply' },
  { field: 'sharedTower', aliases: ['sharedtower', 'shared', '共享铁塔', '铁塔共享', '是否共享', '是否共享铁塔', '共享'], read: 'boolean' },
  { field: 'county', aliases: ['county', '区县', '所属区县', '区县代码', '区县编码', '县区'], read: 'county' },
  { field: 'costYuan', aliases: ['costyuan', 'cost', '造价', '费用', '成本', '投资', '建设投资'], read: 'money' },
  { field: 'mustChoose', aliases: ['mustchoose', '必选'], read: 'boolean' },
  { field: 'exclude', aliases: ['exclude', '排除'], read: 'boolean' },
  { field: 'tags', aliases: ['tags', 'tag', '标签'], read: 'text' },
];

const LON_ALIASES = ['lon', 'lng', 'long', 'longitude', '经度', '东经'];
const LAT_ALIASES = ['lat', 'latitude', '纬度', '北纬'];

/** "天线高度（米）" -> { key: "天线高度", unit: "米" }; "Tx_Power dBm" -> { key: "txpowerdbm", unit: null }. */
export function normaliseHeader(header: string): { key: string; unit: string | null } {
  const t = header.replace(/^\uFEFF/, '').trim();
  const m = /^(.*?)[(（\[【]\s*([^)）\]】]*)\s*[)）\]】]\s*$/.exec(t);
  const base = m ? m[1] : t;
  return { key: base.toLowerCase().replace(/[\s_\-:：]/g, ''), unit: m ? m[2].trim().toLowerCase() : null };
}

const BY_ALIAS = new Map<string, ColumnDef>(COLUMNS.flatMap((c) => c.aliases.map((a) => [a, c] as const)));

/** Each column's role; a property named twice keeps its first column and the second stays extra. */
export function mapSiteColumns(header: string[]): { roles: ColumnRole[]; report: ColumnReport } {
  const taken = new Set<string>();
  const roles = header.map((h): ColumnRole => {
    const { key, unit } = normaliseHeader(h);
    if (LON_ALIASES.includes(key) && !taken.has('lon')) { taken.add('lon'); return { kind: 'lon' }; }
    if (LAT_ALIASES.includes(key) && !taken.has('lat')) { taken.add('lat'); return { kind: 'lat' }; }
    const def = BY_ALIAS.get(key);
    if (!def || taken.has(def.field)) return { kind: 'extra' };
    taken.add(def.field);
    return { kind: 'field', field: def.field, read: def.read, unit };
  });
  const understood = roles.flatMap((r, i) => (r.kind === 'extra' ? [] : [{ header: header[i], field: r.kind === 'field' ? r.field : r.kind }]));
  const extra = roles.flatMap((r, i) => (r.kind === 'extra' ? [header[i]] : []));
  return { roles, report: { understood, extra, hasId: taken.has('id'), hasLonLat: taken.has('lon') && taken.has('lat') } };
}

/** A cell of a field column -> its property value (undefined = empty cell). */
export function readCell(role: Extract<ColumnRole, { kind: 'field' }>, cell: string): CellResult {
  return cellToValue(role.read, cell, role.unit);
}
