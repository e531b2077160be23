/**
 * Field-by-field validation of a JSON object for the targets parser: each failed check records
 * one InputIssue naming the file, the JSON path and the target (or plan) it belongs to.
 */
import type { InputIssue } from '../model/types.ts';

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class JsonChecker {
  constructor(
    readonly issues: InputIssue[],
    readonly file: string,
    /** JSON path of the object, e.g. "plans[1].targets[0]". */
    readonly path: string,
    /** Prefix naming the owner, e.g. 'target "py-2020-stations"'. */
    readonly owner: string,
    readonly obj: Json,
  ) {}

  fail(field: string, message: string): void {
    const path = field ? `${this.path}.${field}` : this.path;
    this.issues.push({ file: this.file, field: path, message: `${this.owner}: ${message}` });
  }

  child(field: string, owner = this.owner): JsonChecker | null {
    const v = this.obj[field];
    if (!isObject(v)) {
      this.fail(field, v === undefined ? `"${field}" is missing` : `"${field}" must be an object`);
      return null;
    }
    return new JsonChecker(this.issues, this.file, `${this.path}.${field}`, owner, v);
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  string(field: string, optional = false): string | undefined {
    const v = this.obj[field];
    if (v === undefined && optional) return undefined;
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.fail(field, v === undefined ? `"${field}" is missing` : `"${field}" must be a non-empty string, got ${JSON.stringify(v)}`);
    return undefined;
  }

  number(field: string, min: number, max: number, opts: { optional?: boolean; integer?: boolean } = {}): number | undefined {
    const v = this.obj[field];
    if (v === undefined && opts.optional) return undefined;
    const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!opts.integer || Number.isInteger(v));
    if (ok) return v;
    const what = opts.integer ? 'an integer' : 'a number';
    this.fail(field, v === undefined ? `"${field}" is missing` : `"${field}" must be ${what} in ${min}..${max}, got ${JSON.stringify(v)}`);
    return undefined;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], optional = false): T | undefined {
    const v = this.obj[field];
    if (v === undefined && optional) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(field, v === undefined ? `"${field}" is missing` : `"${field}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
    return undefined;
  }

  /** A string or an array of strings, each from `allowed` (when given). */
  list<T extends string>(field: string, allowed: readonly T[] | null, optional = false): T[] | undefined {
    const raw = this.obj[field];
    if (raw === undefined && optional) return undefined;
    const items = typeof raw === 'string' ? [raw] : raw;
    const valid =
      Array.isArray(items) &&
      items.length > 0 &&
      items.every((t) => typeof t === 'string' && (allowed === null || (allowed as readonly string[]).includes(t)));
    if (valid) return items as T[];
    const expect = allowed ? `a non-empty list of ${allowed.join(', ')}` : 'a non-empty list of strings';
    this.fail(field, raw === undefined ? `"${field}" is missing` : `"${field}" must be ${expect}, got ${JSON.stringify(raw)}`);
    return undefined;
  }

  boolean(field: string): boolean | undefined {
    const v = this.obj[field];
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    this.fail(field, `"${field}" must be true or false, got ${JSON.stringify(v)}`);
    return undefined;
  }
}

/** JSON.parse with the error turned into an issue that names the line. */
export function parseJsonText(text: string, file: string): { ok: true; value: unknown } | { ok: false; issue: InputIssue } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    return { ok: false, issue: { file, line, message: `not valid JSON (${message})` } };
  }
}
