// Deterministic writers: one GeoJSON feature (or JSON record) per line, so diffs stay readable.
import fs from 'node:fs';
import path from 'node:path';

export function writeLines(file: string, head: string, items: unknown[], tail: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = `${head}\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n${tail}\n`;
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export function writeFeatureCollection(file: string, features: unknown[]): number {
  return writeLines(file, '{"type":"FeatureCollection","features":[', features, ']}');
}

export function writeJson(file: string, value: unknown): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = `${JSON.stringify(value, null, 2)}\n`;
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}
