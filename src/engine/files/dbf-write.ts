/**
 * A dBase III table (.dbf) for a Shapefile's attributes, text in UTF-8 (a .cpg beside it says
 * so). Columns whose values are all numbers become N fields, the rest C fields sized in bytes of
 * UTF-8 (max 254), so Chinese text is never cut inside a character. Field names are at most 10
 * ASCII bytes, made unique.
 */
import { strToU8 } from 'fflate';

const enc = { encode: strToU8 };

export type DbfValue = string | number | boolean | null | undefined;

interface Field { name: string; type: 'C' | 'N'; length: number; decimals: number }

function fieldName(key: string, taken: Set<string>): string {
  const ascii = key.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 10) || 'field';
  let name = ascii;
  for (let i = 1; taken.has(name.toLowerCase()); i++) name = `${ascii.slice(0, 10 - String(i).length)}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function decimalsOf(n: number): number {
  const s = String(n);
  return s.includes('e') ? 8 : s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

/** Cuts UTF-8 bytes to at most `max` without splitting a character. */
function utf8Cut(text: string, max: number): Uint8Array {
  let bytes = enc.encode(text);
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  bytes = bytes.slice(0, end);
  return bytes;
}

export function writeDbf(keys: string[], rows: DbfValue[][]): { bytes: Uint8Array; names: string[] } {
  const taken = new Set<string>();
  const fields: Field[] = keys.map((k, c) => {
    const values = rows.map((r) => r[c]).filter((v) => v !== null && v !== undefined && v !== '');
    const name = fieldName(k, taken);
    if (values.length && values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const decimals = Math.min(8, Math.max(0, ...values.map((v) => decimalsOf(v as number))));
      return { name, type: 'N', length: 19, decimals };
    }
    const length = Math.min(254, Math.max(1, ...values.map((v) => enc.encode(String(v)).length)));
    return { name, type: 'C', length, decimals: 0 };
  });
  const headerLen = 32 + 32 * fields.length + 1;
  const recordLen = 1 + fields.reduce((a, f) => a + f.length, 0);
  const out = new Uint8Array(headerLen + recordLen * rows.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = 126; out[2] = 1; out[3] = 1; // last update 2026-01-01: a fixed date keeps the output reproducible
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLen, true);
  view.setUint16(10, recordLen, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(enc.encode(f.name), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
    out[at + 17] = f.decimals;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((r, ri) => {
    let at = headerLen + ri * recordLen;
    out[at++] = 0x20;
    fields.forEach((f, c) => {
      const v = r[c];
      out.fill(0x20, at, at + f.length);
      if (v !== null && v !== undefined && v !== '') {
        if (f.type === 'N') {
          const s = (v as number).toFixed(f.decimals).slice(0, f.length);
          out.set(enc.encode(s), at + f.length - s.length); // numbers right-aligned
        } else out.set(utf8Cut(String(v), f.length), at);
      }
      at += f.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return { bytes: out, names: fields.map((f) => f.name) };
}
