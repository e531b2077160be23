/**
 * Shared plumbing of the JSON Lines commands (`pathloss`, `diffraction`): field readers that
 * throw a FieldError naming the key, and the stdin loop that writes one output line per
 * non-blank input line, in order. A bad line never stops the run: errors are data.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { formatIssue } from '../engine/model/types.ts';
import { parseOptions } from './args.ts';

/** A problem with one field (or, without a field, the whole line). */
export class FieldError extends Error {
  constructor(readonly field: string | undefined, message: string) {
    super(message);
  }
}

export type Json = Record<string, unknown>;

export function fail(field: string, message: string): never {
  throw new FieldError(field, message);
}

export function optionalNumber(obj: Json, key: string): number | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(key, `must be a finite number, got ${JSON.stringify(v)}`);
  return v as number;
}

export function requireNumber(obj: Json, key: string): number {
  if (!(key in obj)) throw new FieldError(key, 'missing');
  return optionalNumber(obj, key) ?? fail(key, 'must be a number, got null');
}

export function optionalEnum<T extends string>(obj: Json, key: string, allowed: readonly T[]): T | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(key, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

/** A key that differs from a known one only in case is almost surely a typo (e.g. "w_m" for "W_m"). */
export function checkKeySpelling(obj: Json, knownKeys: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (knownKeys.includes(key)) continue;
    const meant = knownKeys.find((k) => k.toLowerCase() === key.toLowerCase());
    if (meant) fail(key, `unknown key; did you mean "${meant}"?`);
  }
}

/** JSON text -> an object, or a FieldError without a field. */
export function parseJsonObject(text: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new FieldError(undefined, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FieldError(undefined, `must be a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  return value as Json;
}

/**
 * One output line for input line `lineNo`: `evaluate` returns the answer object, or one with an
 * `error` string (a message without location); FieldError and RangeError become error lines too.
 */
export function answerLine(text: string, lineNo: number, evaluate: (text: string) => Record<string, unknown>): string {
  const where = { file: 'stdin', line: lineNo };
  try {
    const out = evaluate(text);
    if (typeof out.error === 'string') return JSON.stringify({ error: formatIssue({ ...where, message: out.error }) });
    return JSON.stringify(out);
  } catch (e) {
    if (e instanceof FieldError) return JSON.stringify({ error: formatIssue({ ...where, field: e.field, message: e.message }) });
    if (e instanceof RangeError) return JSON.stringify({ error: formatIssue({ ...where, message: e.message }) });
    throw e;
  }
}

/** Reads stdin line by line (BOM and blank lines skipped; line numbers still count them). */
export async function runJsonLines(command: string, answer: (text: string, lineNo: number) => string): Promise<number> {
  if (process.stdin.isTTY) process.stderr.write(`g5plan ${command}: reading JSON Lines from stdin (end with Ctrl-D)\n`);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let pending: string[] = [];
  for await (const raw of lines) {
    lineNo += 1;
    const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    pending.push(answer(text, lineNo));
    // Batch writes, and respect back-pressure so a huge input never piles up in memory.
    if (pending.length >= 1024) {
      if (!process.stdout.write(pending.join('\n') + '\n')) await once(process.stdout, 'drain');
      pending = [];
    }
  }
  if (pending.length > 0) process.stdout.write(pending.join('\n') + '\n');
  return 0;
}

/** A JSON Lines command's `run`: --help prints `help`; otherwise every stdin line is answered. */
export async function runJsonLinesCommand(argv: string[], command: string, help: string, answer: (text: string, lineNo: number) => string): Promise<number> {
  const options = parseOptions(argv, { help: { type: 'boolean', short: 'h' } }, command);
  if (options.help) {
    process.stdout.write(help);
    return 0;
  }
  return runJsonLines(command, answer);
}
