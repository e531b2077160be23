/**
 * Reads a sites file (GeoJSON, CSV, .xlsx, Shapefile, KML/KMZ) for a subcommand; any problem is
 * one UserError line.
 */
import { parseSitesText, CRSES, type Crs } from '../engine/model/parse-sites.ts';
import { formatIssue, type Site } from '../engine/model/types.ts';
import { isBinaryInput, readBinaryInput, unwrapParsed } from './binary-file.ts';
import { readTextFile } from './io.ts';
import { UserError } from './user-error.ts';

export function parseCrsOption(value: string | undefined): Crs {
  if (value === undefined) return 'wgs84';
  if ((CRSES as readonly string[]).includes(value)) return value as Crs;
  throw new UserError(`--crs must be one of ${CRSES.join(', ')}, got "${value}"`);
}

/** The options every command that reads a sites file takes (spread into its parseArgs options). */
export const SITES_FILE_OPTIONS = { crs: { type: 'string' }, 'number-rows': { type: 'boolean' } } as const;

export async function readSitesFile(path: string, o: { crs?: string; 'number-rows'?: boolean } = {}): Promise<Site[]> {
  const crs = parseCrsOption(o.crs);
  if (isBinaryInput(path)) return unwrapParsed(await readBinaryInput(path, 'sites', crs, o['number-rows']));
  const parsed = parseSitesText(await readTextFile(path), path, crs, { numberRows: o['number-rows'] });
  if (!parsed.ok) {
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problem${parsed.issues.length > 2 ? 's' : ''})` : '';
    throw new UserError(formatIssue(parsed.issues[0]) + more);
  }
  return parsed.value;
}
