/** `--patterns FILE...`: vendor antenna patterns (Planet/MSI .msi/.pln) that sectors[].pattern may name. */
import { readFileSync } from 'node:fs';
import { parseMsiPattern, type AntennaPattern } from '../engine/radio/msi-pattern.ts';
import { missingPattern } from '../engine/model/pattern-refs.ts';
import type { Site } from '../engine/model/types.ts';
import { UserError } from './user-error.ts';

export const PATTERN_OPTIONS = { patterns: { type: 'string', multiple: true } } as const;
export const PATTERN_HELP = `  --patterns FILE...       Planet/MSI antenna patterns (.msi/.pln) that sites' sectors[].pattern name
`;

/** The patterns by name; every pattern the sites name must be among them. */
export function loadPatterns(paths: string[] | undefined, sites: Site[], sitesFile: string): Record<string, AntennaPattern> {
  const out = readPatterns(paths);
  requireNamedPatterns(out, sites, sitesFile);
  return out;
}

/** Reads and parses every --patterns file: the patterns by name. */
export function readPatterns(paths: string[] | undefined): Record<string, AntennaPattern> {
  const out: Record<string, AntennaPattern> = {};
  for (const path of paths ?? []) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new UserError(`--patterns ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    let p: AntennaPattern;
    try {
      p = parseMsiPattern(text, path);
    } catch (e) {
      throw new UserError(`--patterns ${(e as Error).message}`);
    }
    if (out[p.name]) throw new UserError(`--patterns ${path}: pattern name "${p.name}" is already used by another file`);
    out[p.name] = p;
  }
  return out;
}

/** Every pattern the sites of `sitesFile` name must have been read. */
export function requireNamedPatterns(patterns: Record<string, AntennaPattern>, sites: Site[], sitesFile: string): void {
  const m = missingPattern(sites, patterns);
  if (m) throw new UserError(`${sitesFile}: site ${m.siteId}, field "sectors[${m.sector}].pattern": antenna pattern "${m.pattern}" was not imported (give it with --patterns FILE)`);
}
