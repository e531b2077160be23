/** Strict option parsing for subcommands on node:util parseArgs; unknown flags are user errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './user-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options: { json: { type: 'boolean' }, ...options }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UserError(`${(e as Error).message} (see g5plan ${command} --help)`);
  }
}

export function requireOption<T>(value: T | undefined, flag: string): T {
  if (value === undefined || value === '') throw new UserError(`missing required option --${flag}`);
  return value;
}

export function parseNumberOption(value: string | undefined, flag: string, min = -Infinity, max = Infinity): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UserError(`--${flag} must be a number between ${min} and ${max}, got "${value}"`);
  return n;
}
