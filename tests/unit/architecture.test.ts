/**
 * Who may import whom (architecture.md): the engine is pure; workers only adapt it to comlink;
 * the UI runs no engine maths (it may use the model's enums, defaults and validation, and any
 * engine types); the CLI is the only place with node: imports besides tests and scripts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.(ts|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every import of a file: [specifier, typeOnly]. */
function imports(file: string): [string, boolean][] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: [string, boolean][] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) out.push([m[3], !!m[2]]);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push([m[1], false]);
  return out;
}

const ENGINE_LIBS = new Set(['@turf/turf', '@turf/bbox', '@turf/boolean-point-in-polygon', '@turf/circle', 'd3-geo', 'd3-contour', 'flatbush', 'gcoord', 'papaparse', 'geotiff', 'geojson',
  // file formats (src/engine/files): spreadsheets, Shapefile, KML, zip
  'exceljs', 'shpjs', 'proj4', '@tmcw/togeojson', '@xmldom/xmldom', 'fflate']);

describe('architecture', () => {
  it('the engine imports only engine modules and pure libraries', () => {
    for (const f of files('src/engine')) {
      for (const [spec] of imports(f)) {
        if (spec.startsWith('.')) expect(relative('src/engine', join(f, '..', spec)).startsWith('..'), `${f} imports ${spec}`).toBe(false);
        else expect(ENGINE_LIBS.has(spec), `${f} imports ${spec}`).toBe(true);
      }
    }
  });

  it('the engine uses no DOM, clock, randomness, network or file system', () => {
    for (const f of files('src/engine')) {
      const code = readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const banned of ['Math.random', 'Date.now', 'new Date(', 'document.', 'window.', 'fetch(', 'process.', 'require(']) {
        expect(code.includes(banned), `${f} uses ${banned}`).toBe(false);
      }
    }
  });

  it('workers import only the engine, comlink and each other', () => {
    for (const f of files('workers').filter((f) => !f.startsWith('workers/node'))) {
      for (const [spec] of imports(f)) {
        const ok = spec === 'comlink' || spec === 'geojson' || spec.startsWith('./') || spec.startsWith('../src/engine/');
        expect(ok, `${f} imports ${spec}`).toBe(true);
      }
    }
  });

  it('the UI runs no engine maths: engine values only from the model (enums, defaults, validation) and render constants', () => {
    for (const f of files('src/ui')) {
      for (const [spec, typeOnly] of imports(f)) {
        expect(spec.includes('src/cli') || spec.includes('../cli/'), `${f} imports ${spec}`).toBe(false);
        if (!spec.includes('engine/') || typeOnly) continue;
        expect(/engine\/(model|render|files)\//.test(spec), `${f} imports engine code ${spec}`).toBe(true);
      }
    }
  });

  it('node: modules only in the CLI, scripts, tests and the Node worker entries', () => {
    for (const f of [...files('src/engine'), ...files('src/ui'), ...files('workers').filter((f) => !f.startsWith('workers/node'))]) {
      for (const [spec] of imports(f)) expect(spec.startsWith('node:'), `${f} imports ${spec}`).toBe(false);
    }
  });

  it('engine modules import each other without cycles (type imports included)', () => {
    const engine = files('src/engine');
    const edges = new Map(engine.map((f) => [f, imports(f).filter(([s]) => s.startsWith('.')).map(([s]) => join(f, '..', s))]));
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      expect(state.get(f) === 'open', `import cycle: ${[...path.slice(path.indexOf(f)), f].join(' -> ')}`).toBe(false);
      state.set(f, 'open');
      for (const g of edges.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of engine) visit(f, []);
  });
});
