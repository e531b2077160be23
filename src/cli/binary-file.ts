/**
 * --sites/--candidates/--areas/--regions given as .xlsx, a Shapefile (.zip, or the .shp with its
 * .dbf/.prj/.cpg beside it) or KML/KMZ: read the bytes, parse them with the engine's file
 * readers (loaded only when such a file is given) and turn any problem into one UserError line.
 * Reader notes (no .prj, encoding guessed) go to stderr as warnings.
 */
import { existsSync } from 'node:fs';
import type { Crs } from '../engine/model/parse-sites.ts';
import { formatIssue, type Parsed } from '../engine/model/types.ts';
import type { Region, TargetArea } from '../engine/model/dataset.ts';
import type { Site } from '../engine/model/types.ts';
import { readBytesFile } from './io.ts';
import { UserError } from './user-error.ts';

const BINARY = /\.(xlsx|zip|kml|kmz|shp)$/i;

export const isBinaryInput = (path: string): boolean => BINARY.test(path);

/** The .shp and whichever of its .dbf/.prj/.cpg exist beside it (any case of the extension). */
async function shapefileSet(path: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  const base = path.slice(0, -4);
  const parts = [{ name: path, bytes: await readBytesFile(path) }];
  for (const ext of ['dbf', 'prj', 'cpg']) {
    const found = [ext, ext.toUpperCase()].map((e) => `${base}.${e}`).find((p) => existsSync(p));
    if (found) parts.push({ name: found, bytes: await readBytesFile(found) });
  }
  return parts;
}

export function unwrapParsed<T>(parsed: Parsed<T>, command = 'g5plan'): T {
  if (!parsed.ok) throw new UserError(formatIssue(parsed.issues[0]) + (parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problem${parsed.issues.length > 2 ? 's' : ''})` : ''));
  for (const w of parsed.warnings) process.stderr.write(`${command}: warning: ${formatIssue(w)}\n`);
  return parsed.value;
}

interface Kinds { sites: Site[]; areas: TargetArea[]; regions: Region[] }

export async function readBinaryInput<K extends keyof Kinds>(path: string, want: K, crs: Crs = 'wgs84', numberRows = false): Promise<Parsed<Kinds[K]>> {
  const files = /\.shp$/i.test(path) ? await shapefileSet(path) : [{ name: path, bytes: await readBytesFile(path) }];
  const { parseBinaryFiles } = await import('../engine/files/import-binary.ts');
  const out = await parseBinaryFiles(files, crs, { want, numberRows });
  return out.parsed as Parsed<Kinds[K]>;
}
