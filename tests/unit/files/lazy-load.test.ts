/**
 * The large file-format libraries (exceljs ~0.9 MB, shpjs/proj4/togeojson/xmldom) stay out of
 * the first page and out of the workers' start-up: the app and the workers reach their modules
 * only through `import()`, so they load on the first spreadsheet or GIS file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HEAVY = /files\/(xlsx-write|xlsx-read|import-binary|gis-read|shapefile-read|import-features)\.ts|['"](exceljs|shpjs|proj4|@tmcw\/togeojson|@xmldom\/xmldom)['"]/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

describe('lazy loading of the office formats', () => {
  it('no static import of the readers or writers from the app or a worker', () => {
    for (const f of [...files('src/ui'), ...files('workers').filter((x) => !x.startsWith('workers/node'))]) {
      const statics = readFileSync(join(ROOT, f), 'utf8').split('\n').filter((l) => /^\s*(import|export)\s(?!type\b)[^(]*from\s/.test(l));
      for (const line of statics) expect(HEAVY.test(line), `${f}: ${line}`).toBe(false);
    }
  });

  it('the import and export workers load them with import()', () => {
    expect(readFileSync(join(ROOT, 'workers/import.worker.ts'), 'utf8')).toContain("await import('../src/engine/files/import-binary.ts')");
    expect(readFileSync(join(ROOT, 'workers/export.worker.ts'), 'utf8')).toContain("await import('../src/engine/files/xlsx-write.ts')");
  });
});
