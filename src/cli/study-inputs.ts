/** --sites, --regions/--dataset and --areas for the coverage-type subcommands. */
import type { Region, TargetArea } from '../engine/model/dataset.ts';
import { parseAreas, parseRegions } from '../engine/model/load-dataset.ts';
import { formatIssue, type Parsed } from '../engine/model/types.ts';
import { isBinaryInput, readBinaryInput, unwrapParsed } from './binary-file.ts';
import { loadDataset } from './dataset.ts';
import { readTextFile } from './io.ts';
import { UserError } from './user-error.ts';

function unwrap<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UserError(formatIssue(parsed.issues[0]) + (parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : ''));
  return parsed.value;
}

export async function readRegionsFile(path: string): Promise<Region[]> {
  if (isBinaryInput(path)) return unwrapParsed(await readBinaryInput(path, 'regions'));
  return unwrap(parseRegions(await readTextFile(path), path));
}

export async function readAreasFile(path: string): Promise<TargetArea[]> {
  if (isBinaryInput(path)) return unwrapParsed(await readBinaryInput(path, 'areas'));
  return unwrap(parseAreas(await readTextFile(path), path));
}

/** The study frame: regions from --regions or --dataset (not both), areas from --areas or the dataset. */
export async function loadStudyFrame(o: { regions?: string; dataset?: string; areas?: string }): Promise<{ regions: Region[] | null; areas: TargetArea[] }> {
  if (o.regions && o.dataset) throw new UserError('give --regions or --dataset, not both');
  const dataset = o.dataset ? await loadDataset(o.dataset) : null;
  const regions = o.regions ? await readRegionsFile(o.regions) : dataset?.regions ?? null;
  const areas = o.areas ? await readAreasFile(o.areas) : dataset?.areas ?? [];
  return { regions, areas };
}
