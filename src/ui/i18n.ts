// UI strings, Chinese first (zh-CN) with an English switch. Every visible label goes through t().
import { en } from './strings-en.ts';
import { zh, type StringKey } from './strings-zh.ts';
import { currentLang, setCurrentLang, type Lang } from './lang.ts';

export type { StringKey, Lang };

const tables: Record<Lang, Record<StringKey, string>> = { zh, en };

export function setLang(lang: Lang): void {
  setCurrentLang(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export function t(key: StringKey): string {
  return tables[currentLang()][key];
}

/** A label for an enum value (operator, status, kind, power supply, target detail), falling back to the raw value. */
export function tEnum(prefix: 'op' | 'st' | 'kind' | 'ps' | 'level' | 'detail', value: string): string {
  const key = `${prefix}_${value}` as StringKey;
  return tables[currentLang()][key] ?? value;
}

export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

// One formatter per language and digit count: toLocaleString builds a new one per call, which
// costs a third of a millisecond, and panels format thousands of numbers at once.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, digits = 0): string {
  const locale = currentLang() === 'zh' ? 'zh-CN' : 'en-US', key = `${locale}/${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return format.format(n);
}
