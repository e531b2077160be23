/** Strict option parsing for subcommands on node:util parseArgs; unknown flags are user errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './user-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `--threshold -105`: a value option followed by a negative number takes it as its value
 * (parseArgs alone would read "-105" as an option and refuse it), as `--threshold=-105` does.
 */
function joinNegativeValues(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') && !argv[i].includes('=') ? argv[i].slice(2) : null;
    const next = argv[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d)/.test(next)) out.push(`${argv[i]}=${argv[++i]}`);
    else if (name && options[name]?.multiple) {
      // `--dem a.tif b.hgt`: every following non-option word is another value of a multiple option.
      const flag = argv[i];
      out.push(flag, ...(argv[i + 1] !== undefined ? [argv[++i]] : []));
      while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) out.push(flag, argv[++i]);
    } else out.push(argv[i]);
  }
  return out;
}

export function parseOptions<O extends Options>(argv: string[], options: O, command: string) {
  try {
    const args = joinNegativeValues(argv, options);
    return parseArgs({ args, options: { json: { type: 'boolean' }, ...options }, strict: true, allowPositionals: false }).values;
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
