/**
 * `g5plan bench` (contract section 5): runs the benchmark suite, each entry in a child process
 * of its own so its peak memory is its own; prints {"cores","results":[{id,ms,pixels,sites,peakMiB,...}]}.
 * Benchmarks, not tests: figures go to docs/benchmarks.md with the command that made them.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseOptions } from '../args.ts';
import { printJson } from '../io.ts';
import { BENCHMARKS, type BenchFigures } from '../bench/suite.ts';
import { UserError } from '../user-error.ts';

const OPTIONS = { only: { type: 'string' }, child: { type: 'string' }, help: { type: 'boolean' } } as const;
const BIN = fileURLToPath(new URL('../../../bin/g5plan.mjs', import.meta.url));

const HELP = `g5plan bench [--only ID[,ID...]] [--json]
Runs each benchmark in its own process and reports time, pixels, sites and peak memory.
${Object.entries(BENCHMARKS).map(([id, b]) => `  ${id.padEnd(32)} ${b.onDemand ? '(on demand) ' : ''}${b.about}`).join('\n')}
`;

type Row = { id: string; peakMiB: number | null } & BenchFigures;

async function runChild(id: string): Promise<Row> {
  return new Promise((resolve, reject) => {
    // A large heap: the turf baseline alone holds ~2 GiB of polygons while it unions.
    const child = spawn(process.execPath, ['--max-old-space-size=12288', BIN, 'bench', '--child', id], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      // A failed benchmark is reported as a row with its error, not by losing the whole run.
      if (code !== 0) resolve({ id, ms: NaN, pixels: null, sites: null, peakMiB: null, error: `exited with ${code}` });
      else resolve(JSON.parse(out) as Row);
    });
  });
}

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'bench');
  if (o.help) { process.stdout.write(HELP); return 0; }
  if (o.child) {
    const bench = BENCHMARKS[o.child];
    if (!bench) throw new UserError(`unknown benchmark "${o.child}"`);
    const figures = await bench.run();
    const row = { id: o.child, ...figures, ms: Math.round(figures.ms * 10) / 10, peakMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
    printJson(row);
    return 0;
  }
  const ids = o.only ? o.only.split(',') : Object.keys(BENCHMARKS).filter((id) => !BENCHMARKS[id].onDemand);
  for (const id of ids) if (!BENCHMARKS[id]) throw new UserError(`unknown benchmark "${id}": use one of ${Object.keys(BENCHMARKS).join(', ')}`);
  const results: Row[] = [];
  for (const id of ids) {
    if (!o.json) process.stderr.write(`bench ${id} ...\n`);
    const row = await runChild(id);
    results.push(row);
    if (!o.json) process.stdout.write(`${id.padEnd(32)} ${String(row.ms).padStart(9)} ms  ${row.pixels ?? '-'} px  ${row.sites ?? '-'} sites  peak ${row.peakMiB} MiB  ${JSON.stringify(Object.fromEntries(Object.entries(row).filter(([k]) => !['id', 'ms', 'pixels', 'sites', 'peakMiB'].includes(k))))}\n`);
  }
  if (o.json) printJson({ cores: availableParallelism(), results });
  return 0;
}
