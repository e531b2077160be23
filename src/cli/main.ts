/**
 * `g5plan <command>`: dispatches to one module per subcommand (contract section 5).
 * A UserError becomes one line on stderr and exit code 1; anything else is a bug and keeps its stack.
 */
import { UserError } from './user-error.ts';

type CommandRun = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  pathloss: { summary: 'median path loss for JSON Lines cases on stdin', load: () => import('./commands/pathloss.ts') },
  coverage: { summary: 'coverage raster and statistics for a sites file', load: () => import('./commands/coverage.ts') },
  check: { summary: 'check a plan against an action plan\'s targets', load: () => import('./commands/check.ts') },
  budget: { summary: 'subsidy budget by year, level and county', load: () => import('./commands/budget.ts') },
  plan: { summary: 'choose candidate sites automatically', load: () => import('./commands/plan.ts') },
  diffraction: { summary: 'ITU-R P.526 delta-Bullington loss for JSON Lines profiles on stdin', load: () => import('./commands/diffraction.ts') },
  profile: { summary: 'link profile from a site to a point over the terrain', load: () => import('./commands/profile.ts') },
  report: { summary: 'printable report as one self-contained HTML file', load: () => import('./commands/report.ts') },
  bench: { summary: 'run the benchmark suite', load: () => import('./commands/bench.ts') },
  worker: { summary: 'serve coverage tiles from a Redis queue (coverage --queue)', load: () => import('./commands/worker.ts') },
  datasets: { summary: 'list the embedded province datasets', load: () => import('./commands/datasets.ts') },
  synthetic: { summary: 'write a synthetic plan for a province action plan', load: () => import('./commands/synthetic.ts') },
};

function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['usage: g5plan <command> [options]  (add --json for machine-readable output)', '', ...rows].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`g5plan: unknown command "${name}"\n${usage()}\n`);
    return 1;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`g5plan ${name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
