/**
 * `g5plan pathloss`: median path loss for JSON Lines cases on stdin (contract section 5).
 * One output line per input line, in order: {"pl_db":n} (plus "extrapolated":true when a case
 * outside the model's validity was computed on request) or {"error":"stdin, line N...: ..."}.
 * A bad line never stops the run: errors are data, so the exit code is 0 once stdin is read.
 * Blank (whitespace-only) lines are skipped without an output line; line numbers still count them.
 */
import {
  COST231_CITIES, HATA_AREAS, HATA_CITIES, PATH_LOSS_MODELS, is38901, losProbabilityCase, pathLoss, type PathLossCase, type PathLossModel,
} from '../../engine/radio/index.ts';
import {
  answerLine, checkKeySpelling, fail, optionalEnum, optionalNumber, parseJsonObject, requireNumber, runJsonLinesCommand, type Json,
} from '../json-lines.ts';

const HELP = `usage: g5plan pathloss [--json] < cases.jsonl

Reads one case per line on stdin, e.g.
  {"model":"38901-uma","los":false,"fc_ghz":3.5,"d2d_m":500,"d3d_m":501.2,"h_bs_m":25,"h_ut_m":1.5}
and writes one JSON line per case: {"pl_db":129.93...} or {"error":"..."}.

  model        ${PATH_LOSS_MODELS.join(' | ')}
  los          true | false for the 38901-* models (NLOS = max(PL_LOS, PL'_NLOS)), null otherwise
  fc_ghz, d2d_m, d3d_m, h_bs_m, h_ut_m   required numbers (GHz, m)
  W_m, h_m     RMa street width and building height, m (default 20, 5)
  area         urban | suburban | open (Hata models, default urban)
  city         small-medium | large (okumura-hata), medium | metropolitan (cost231-hata)
  extrapolate  true: compute outside the model's validity range, marked "extrapolated":true
  want         "p_los": answer the TR 38.901 Table 7.4.2-1 LOS probability {"p_los":n} of a
               38901-* model instead (needs d2d_m; h_ut_m for UMa, default 1.5; fc_ghz, los,
               d3d_m and h_bs_m may be omitted)

Median loss only: no shadowing, penetration or antenna gain. Blank lines are skipped.
Output is always JSON Lines; --json is accepted for symmetry with the other commands.
`;

const REQUIRED_NUMBERS = ['fc_ghz', 'd2d_m', 'd3d_m', 'h_bs_m', 'h_ut_m'] as const;
const KNOWN_KEYS = ['model', 'los', ...REQUIRED_NUMBERS, 'W_m', 'h_m', 'area', 'city', 'extrapolate', 'want'];
/** Contract section 2 default user height, m, used by a p_los line that gives none. */
const DEFAULT_H_UT_M = 1.5;

function parseModel(obj: Json): PathLossModel {
  if (!('model' in obj)) fail('model', 'missing');
  return optionalEnum(obj, 'model', PATH_LOSS_MODELS) ?? fail('model', `must be one of ${PATH_LOSS_MODELS.join(', ')}, got null`);
}

function parseLos(obj: Json, model: PathLossModel): boolean | null {
  if (!('los' in obj)) fail('los', 'missing');
  const los = obj.los;
  if (is38901(model)) {
    if (typeof los !== 'boolean') fail('los', `must be true or false for model ${model}, got ${JSON.stringify(los)}`);
    return los as boolean;
  }
  if (los !== null) fail('los', `must be null for model ${model}, got ${JSON.stringify(los)}`);
  return null;
}

function parseObject(text: string): Json {
  const obj = parseJsonObject(text);
  checkKeySpelling(obj, KNOWN_KEYS);
  return obj;
}

function parseExtrapolate(obj: Json): boolean | undefined {
  const extrapolate = obj.extrapolate ?? undefined;
  if (extrapolate !== undefined && typeof extrapolate !== 'boolean') fail('extrapolate', `must be true or false, got ${JSON.stringify(extrapolate)}`);
  return extrapolate as boolean | undefined;
}

/** One JSON object (already parsed) -> a PathLossCase, or a FieldError naming the field. */
function toCase(obj: Json): PathLossCase {
  const model = parseModel(obj);
  const los = parseLos(obj, model);
  const [fcGhz, d2dM, d3dM, hBsM, hUtM] = REQUIRED_NUMBERS.map((k) => requireNumber(obj, k));
  const extrapolate = parseExtrapolate(obj);
  const cities = model === 'okumura-hata' ? HATA_CITIES : model === 'cost231-hata' ? COST231_CITIES : null;
  return {
    model, los, fcGhz, d2dM, d3dM, hBsM, hUtM,
    wM: optionalNumber(obj, 'W_m'),
    hM: optionalNumber(obj, 'h_m'),
    area: optionalEnum(obj, 'area', HATA_AREAS),
    city: cities ? optionalEnum<string>(obj, 'city', cities) as PathLossCase['city'] : undefined,
    extrapolate,
  };
}

/** One JSON line -> a PathLossCase, or a FieldError naming the field. */
export function parseCaseLine(text: string): PathLossCase {
  return toCase(parseObject(text));
}

/** A `"want":"p_los"` line (contract section 8) -> its output object. */
function evaluateLosProbability(obj: Json): Record<string, unknown> {
  const model = parseModel(obj);
  if (!is38901(model)) fail('model', `want "p_los" needs a 38.901 model (38901-uma, 38901-umi, 38901-rma), got ${model}`);
  const d2dM = requireNumber(obj, 'd2d_m');
  const hUtM = optionalNumber(obj, 'h_ut_m') ?? DEFAULT_H_UT_M;
  const result = losProbabilityCase(model, d2dM, hUtM, parseExtrapolate(obj) === true);
  if (!result.ok) return { error: result.error };
  return result.extrapolated ? { p_los: result.pLos, extrapolated: true } : { p_los: result.pLos };
}

function evaluateObject(obj: Json): Record<string, unknown> {
  const want = obj.want;
  if (want !== undefined && want !== null && want !== 'pl' && want !== 'p_los') fail('want', `must be "p_los" (or "pl", the default), got ${JSON.stringify(want)}`);
  if (want === 'p_los') return evaluateLosProbability(obj);
  const result = pathLoss(toCase(obj));
  if (!result.ok) return { error: result.error };
  return result.extrapolated ? { pl_db: result.pathLossDb, extrapolated: true } : { pl_db: result.pathLossDb };
}

/** The output line for input line `lineNo` (1-based). */
export function evaluateLine(text: string, lineNo: number): string {
  return answerLine(text, lineNo, (t) => evaluateObject(parseObject(t)));
}

export function run(argv: string[]): Promise<number> {
  return runJsonLinesCommand(argv, 'pathloss', HELP, evaluateLine);
}
