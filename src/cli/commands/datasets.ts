/**
 * `g5plan datasets [--json]`: the embedded province datasets (contract section 7), one entry per
 * province: {"datasets":[{"id","code","name","counties","population","areas"}]}.
 */
import { parseOptions } from '../args.ts';
import { readDatasetIndex } from '../dataset.ts';
import { printJson } from '../io.ts';

const HELP = `g5plan datasets [--json]
  Lists the embedded province datasets (data/<id>/): id, code, name, county-level units,
  2020 census population and settlement target areas. Any of them, "puyang", a prefecture
  code (4 digits) or a county code (6 digits) is a valid --dataset.
`;

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, { help: { type: 'boolean' } }, 'datasets');
  if (o.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const datasets = (await readDatasetIndex()).map(({ id, code, name, counties, population, areas }) => ({ id, code, name, counties, population, areas }));
  if (o.json) {
    printJson({ datasets });
    return 0;
  }
  const rows = datasets.map((d) => `${d.id.padEnd(13)} ${d.code}  ${String(d.counties).padStart(4)}  ${d.population.toLocaleString('en-US').padStart(11)}  ${String(d.areas).padStart(5)}  ${d.name}`);
  process.stdout.write([`${'id'.padEnd(13)} code  units  population   areas  name`, ...rows, ''].join('\n'));
  return 0;
}
