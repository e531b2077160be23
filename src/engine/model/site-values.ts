/**
 * One text cell of a tabular site file -> the typed property value the GeoJSON form holds, in
 * the words Chinese offices use. Enumerations accept the contract's codes and their Chinese and
 * English names; numbers accept a unit from the header (W or dBm for power, MHz or GHz for
 * frequency, 元 or 万元 for cost); a value not understood is an error listing what is accepted.
 */
export type FieldReader =
  | 'text' | 'number' | 'year' | 'numberList' | 'sectors' | 'boolean' | 'county' | 'money' | 'powerDbm' | 'freqMhz' | 'bandwidthMhz'
  | 'operator' | 'status' | 'mode' | 'kind' | 'band' | 'powerSupply' | 'model';

export type CellResult = { value?: unknown; error?: string };

const fold = (s: string) => s.trim().toLowerCase().replace(/[\s_\-]/g, '');

/** Accepted words per enumeration (folded), first the code itself. */
const WORDS: Record<string, Record<string, string[]>> = {
  operator: {
    'CMCC': ['cmcc', '中国移动', '移动', 'chinamobile', 'mobile', '中移动'],
    'CU': ['cu', 'cucc', '中国联通', '联通', 'chinaunicom', 'unicom'],
    'CT': ['ct', 'ctcc', '中国电信', '电信', 'chinatelecom', 'telecom'],
    'CBN': ['cbn', '中国广电', '广电', 'chinabroadnet', 'broadnet'],
    'CU+CT': ['cu+ct', 'ct+cu', '联通电信共建', '电信联通共建', '联通+电信', '电信+联通', '联通电信', '电信联通', '电联共建', '联电共建', '共建共享'],
  },
  status: {
    candidate: ['candidate', '候选', '候选站', '备选'],
    planned: ['planned', '规划', '计划', '拟建', '在建', '规划站'],
    built: ['built', '已建', '建成', '已建成', '已开通', '开通', '在网', '现网'],
  },
  mode: { SA: ['sa', '独立组网'], NSA: ['nsa', '非独立组网'] },
  kind: {
    macro: ['macro', '宏站', '宏基站', '宏'],
    micro: ['micro', '微站', '微基站', '小站', '小基站', '微'],
    indoor: ['indoor', '室分', '室内', '室内分布', '室分站', '室内站'],
  },
  band: {
    n28: ['n28', '700m', '700mhz', '700'],
    n41: ['n41', '2.6g', '2.6ghz', '2600m', '2600mhz', '2600', '2.6'],
    n78: ['n78', '3.5g', '3.5ghz', '3500m', '3500mhz', '3500', '3.5'],
    n79: ['n79', '4.9g', '4.9ghz', '4900m', '4900mhz', '4900', '4.9'],
  },
  powerSupply: { direct: ['direct', '直供电', '直供', '直供电站'], transfer: ['transfer', '转供电', '转供', '转供电站'] },
  model: {
    'auto': ['auto', '自动'], '38901-uma': ['38901-uma', 'uma'], '38901-umi': ['38901-umi', 'umi'], '38901-rma': ['38901-rma', 'rma'],
    'fspl': ['fspl', '自由空间'], 'cost231-hata': ['cost231-hata', 'cost231', 'hata'],
  },
  boolean: { true: ['true', '1', 'yes', 'y', '是', '共享', '有'], false: ['false', '0', 'no', 'n', '否', '不共享', '无'] },
};

const LOOKUP: Record<string, Map<string, string>> = Object.fromEntries(Object.entries(WORDS).map(([reader, values]) => [
  reader, new Map(Object.entries(values).flatMap(([code, words]) => words.map((w) => [fold(w), code] as const))),
]));

function enumValue(reader: string, cell: string): CellResult {
  const code = LOOKUP[reader].get(fold(cell));
  if (code !== undefined) return { value: reader === 'boolean' ? code === 'true' : code };
  // The code, then its first two Chinese names.
  const accepted = Object.entries(WORDS[reader]).map(([code, w]) => [code, ...w.filter((x) => /[\u4e00-\u9fff]/.test(x)).slice(0, 2)].join('/')).join(', ');
  return { error: `"${cell}" is not understood; accepted: ${accepted}` };
}

function numberValue(cell: string): number | null {
  const n = Number(cell.replace(/[,，\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** "0;120;240", "0/120/240", "0、120、240", "0,120,240" -> numbers. */
function numberList(cell: string): number[] | null {
  const parts = cell.split(/[;/、,，|；\s]+/).filter(Boolean).map(Number);
  return parts.length && parts.every(Number.isFinite) ? parts : null;
}

function withUnit(cell: string, unit: string | null, scales: Record<string, (v: number) => number>, fallback: string): CellResult {
  // A unit may also trail the value itself ("20W", "3.5GHz").
  const m = /^\s*(-?[\d.,]+)\s*([a-zA-Z\u4e00-\u9fff]*)\s*$/.exec(cell);
  const n = m ? numberValue(m[1]) : null;
  if (n === null) return { error: `must be a number, got "${cell}"` };
  const u = (m![2] || unit || fallback).toLowerCase();
  const scale = scales[u];
  if (!scale) return { error: `unit "${u}" is not understood; accepted: ${Object.keys(scales).map((k) => UNIT_LABEL[k] ?? k).join(', ')}` };
  return { value: scale(n) };
}

const id = (v: number) => v;
const UNIT_LABEL: Record<string, string> = { dbm: 'dBm', w: 'W', mw: 'mW', mhz: 'MHz', ghz: 'GHz' };
const UNITS = {
  powerDbm: { dbm: id, w: (v: number) => 10 * Math.log10(v * 1000), 瓦: (v: number) => 10 * Math.log10(v * 1000), mw: (v: number) => 10 * Math.log10(v) },
  freqMhz: { mhz: id, ghz: (v: number) => v * 1000 },
  bandwidthMhz: { mhz: id },
  money: { 元: id, yuan: id, 万元: (v: number) => v * 1e4, 万: (v: number) => v * 1e4 },
};

/** `unit`: from the header ("发射功率(W)"), lower case; null = the field's own unit. */
export function cellToValue(reader: FieldReader, raw: string, unit: string | null): CellResult {
  const cell = raw.trim();
  if (cell === '') return {};
  switch (reader) {
    case 'text': return { value: cell };
    case 'number': { const n = numberValue(cell); return n === null ? { error: `must be a number, got "${cell}"` } : { value: n }; }
    case 'year': {
      const m = /^(\d{4})\s*年?$/.exec(cell);
      return m ? { value: Number(m[1]) } : { error: `must be a year like 2022, got "${cell}"` };
    }
    case 'numberList': {
      if (/^(全向|omni)$/i.test(cell)) return { value: [] }; // an omni antenna: no sectors
      const l = numberList(cell);
      return l ? { value: l } : { error: `must be numbers like "0;120;240", got "${cell}"` };
    }
    case 'sectors': {
      if (cell.startsWith('[')) { try { return { value: JSON.parse(cell) }; } catch { return { error: 'is not valid JSON' }; } }
      const az = numberList(cell);
      return az ? { value: az.map((azimuthDeg) => ({ azimuthDeg })) } : { error: `must be azimuths like "0;120;240", got "${cell}"` };
    }
    case 'county': return { value: cell }; // a code, or a name the rows keep as countyName
    case 'powerDbm': case 'freqMhz': case 'bandwidthMhz': case 'money':
      return withUnit(cell, unit, UNITS[reader], Object.keys(UNITS[reader])[0]);
    default: return enumValue(reader, cell);
  }
}
