/** Node adapters shared by the subcommands: reading files and stdin, writing output. */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { UserError } from './user-error.ts';

/** Files larger than this are refused before reading: a planning input is never this big. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Refuses a missing file or one over the size limit before it is read. */
async function checkReadable(path: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UserError(`${path}: file not found or not readable`);
  }
  if (size > MAX_INPUT_BYTES) throw new UserError(`${path}: file is ${(size / 2 ** 20).toFixed(0)} MiB, larger than the ${MAX_INPUT_BYTES / 2 ** 20} MiB limit`);
}

export async function readTextFile(path: string): Promise<string> {
  await checkReadable(path);
  const text = await readFile(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Written to a temporary file beside `path` and renamed into place, so a failure (a full disk) leaves no partial file. */
export async function writeTextFile(path: string, text: string | Uint8Array): Promise<void> {
  const temp = `${path}.partial-${process.pid}`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw fileWriteError(path, e);
  }
}

/** One line for a failed write: what went wrong, and that the requested name was left alone. */
export function fileWriteError(path: string, e: unknown): UserError {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'ENOSPC' ? 'no space left on the device' : err.code === 'EACCES' ? 'permission denied' : err.code === 'ENOENT' ? 'its folder does not exist' : err.message;
  return new UserError(`${path}: cannot write (${why}); nothing was written under that name`);
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

/** A binary input file (spreadsheet, Shapefile part, zip), with the same size limit. */
export async function readBytesFile(path: string): Promise<Uint8Array> {
  await checkReadable(path);
  return new Uint8Array(await readFile(path));
}
