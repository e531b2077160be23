/**
 * `g5plan diffraction`: ITU-R P.526-16 section 4.5 delta-Bullington loss for JSON Lines paths on
 * stdin (contract section 8). One output line per input line, in order:
 * {"ld_db","lbulla_db","lbulls_db","ldsph_db"} or {"error":"stdin, line N, field ...: ..."}.
 */
import { DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, deltaBullington, type DiffractionPath } from '../../engine/radio/delta-bullington.ts';
import {
  answerLine, checkKeySpelling, fail, optionalEnum, optionalNumber, parseJsonObject, requireNumber, runJsonLinesCommand, type Json,
} from '../json-lines.ts';

const HELP = `usage: g5plan diffraction [--json] < paths.jsonl

Reads one path per line on stdin, e.g.
  {"f_ghz":3.5,"d_km":[0,0.5,1.0],"h_m":[412,430,388],"hts_m":442,"hrs_m":389.5}
and writes one JSON line per path: {"ld_db":..,"lbulla_db":..,"lbulls_db":..,"ldsph_db":..} or {"error":"..."}.

  f_ghz         frequency, GHz (required)
  d_km          distances from the transmitter, km: first 0, increasing (required, >= 2 points)
  h_m           profile heights above sea level, m, terrain plus clutter (required, same length)
  hts_m, hrs_m  transmitter and receiver antenna heights above sea level, m (required)
  h_terrain_m   bare-terrain heights the smooth-earth surface is fitted to (default h_m)
  ae_km         effective earth radius, km (default ${DEFAULT_EFFECTIVE_EARTH_RADIUS_KM} = 4/3 x 6371)
  pol           h | v (default v)
  sea_fraction  0-1, share of the path over sea (default 0: land ground constants)

Median loss of ITU-R P.526-16 section 4.5 (delta-Bullington): Ld = Lbulla + max(Ldsph - Lbulls, 0).
Blank lines are skipped; a malformed line gives an error line and the next line is still read.
`;

const KNOWN_KEYS = ['f_ghz', 'd_km', 'h_m', 'hts_m', 'hrs_m', 'h_terrain_m', 'ae_km', 'pol', 'sea_fraction'];

function numberArray(obj: Json, key: string, required: boolean): number[] | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return required ? fail(key, 'missing') : undefined;
  if (!Array.isArray(v)) fail(key, `must be an array of numbers, got ${JSON.stringify(v)}`);
  const arr = v as unknown[];
  const bad = arr.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
  if (bad >= 0) fail(key, `element ${bad} must be a finite number, got ${JSON.stringify(arr[bad])}`);
  return arr as number[];
}

/** One JSON line -> a checked DiffractionPath, or a FieldError naming the field. */
export function parsePathLine(text: string): DiffractionPath {
  const obj = parseJsonObject(text);
  checkKeySpelling(obj, KNOWN_KEYS);
  const fGhz = requireNumber(obj, 'f_ghz');
  if (fGhz <= 0) fail('f_ghz', `must be > 0, got ${fGhz}`);
  const dKm = numberArray(obj, 'd_km', true)!;
  if (dKm.length < 2) fail('d_km', `needs at least 2 points (transmitter and receiver), got ${dKm.length}`);
  if (dKm[0] !== 0) fail('d_km', `must start at 0 (the transmitter), got ${dKm[0]}`);
  for (let i = 1; i < dKm.length; i++) {
    if (!(dKm[i] > dKm[i - 1])) fail('d_km', `must increase: element ${i} (${dKm[i]}) is not greater than element ${i - 1} (${dKm[i - 1]})`);
  }
  const hM = numberArray(obj, 'h_m', true)!;
  if (hM.length !== dKm.length) fail('h_m', `has ${hM.length} points but d_km has ${dKm.length}`);
  const hTerrainM = numberArray(obj, 'h_terrain_m', false);
  if (hTerrainM && hTerrainM.length !== dKm.length) fail('h_terrain_m', `has ${hTerrainM.length} points but d_km has ${dKm.length}`);
  const htsM = requireNumber(obj, 'hts_m');
  const hrsM = requireNumber(obj, 'hrs_m');
  const aeKm = optionalNumber(obj, 'ae_km');
  if (aeKm !== undefined && aeKm <= 0) fail('ae_km', `must be > 0, got ${aeKm}`);
  const seaFraction = optionalNumber(obj, 'sea_fraction');
  if (seaFraction !== undefined && (seaFraction < 0 || seaFraction > 1)) fail('sea_fraction', `must be between 0 and 1, got ${seaFraction}`);
  return { fGhz, dKm, hM, htsM, hrsM, hTerrainM, aeKm, pol: optionalEnum(obj, 'pol', ['h', 'v'] as const), seaFraction };
}

function evaluate(text: string): Record<string, unknown> {
  const r = deltaBullington(parsePathLine(text));
  if (![r.ldDb, r.lbullaDb, r.lbullsDb, r.ldsphDb].every(Number.isFinite)) return { error: 'the loss is not finite for this geometry' };
  return { ld_db: r.ldDb, lbulla_db: r.lbullaDb, lbulls_db: r.lbullsDb, ldsph_db: r.ldsphDb };
}

export function evaluateDiffractionLine(text: string, lineNo: number): string {
  return answerLine(text, lineNo, evaluate);
}

export function run(argv: string[]): Promise<number> {
  return runJsonLinesCommand(argv, 'diffraction', HELP, evaluateDiffractionLine);
}
