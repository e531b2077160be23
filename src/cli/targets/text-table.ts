/**
 * Plain-text tables for a terminal: columns padded to display width, counting CJK and
 * full-width characters as two columns so Chinese text lines up.
 */
import { UserError } from '../user-error.ts';

export type Lang = 'zh' | 'en';

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'en') return value ?? 'zh';
  throw new UserError(`--lang must be zh or en, got "${value}"`);
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || code === 0x2014 || code === 0x2026
  );
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Rows of cells under a header; `rightAlign` marks numeric columns. The last column is not padded. */
export function renderTable(header: string[], rows: string[][], rightAlign: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 && !rightAlign[i] ? c : pad(c, widths[i], rightAlign[i] ?? false))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function percent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** 23265000 -> "23,265,000"; keeps up to 2 decimals for fractional yuan. */
export function groupDigits(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
