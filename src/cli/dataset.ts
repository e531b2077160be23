/** The embedded datasets (contract section 6) read from data/<id>/ beside the package, cached per id. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../engine/model/dataset.ts';
import { datasetFromGeoJson } from '../engine/model/load-dataset.ts';
import { UserError } from './user-error.ts';

export const DATASETS = { puyang: '濮阳市 Puyang', henan: '河南省 Henan' } as const;
export type DatasetId = keyof typeof DATASETS;

export const isDatasetId = (id: string): id is DatasetId => Object.hasOwn(DATASETS, id);

const cache = new Map<DatasetId, Promise<Dataset>>();

async function readJson(id: DatasetId, file: string): Promise<unknown> {
  const url = new URL(`../../data/${id}/${file}`, import.meta.url);
  return JSON.parse(await readFile(fileURLToPath(url), 'utf8')) as unknown;
}

async function load(id: DatasetId): Promise<Dataset> {
  const [counties, areas] = await Promise.all([readJson(id, 'counties.geojson'), readJson(id, 'areas.geojson')]);
  return datasetFromGeoJson(id, DATASETS[id], counties, areas);
}

export function loadDataset(id: string): Promise<Dataset> {
  if (!isDatasetId(id)) return Promise.reject(new UserError(`unknown dataset "${id}": use one of ${Object.keys(DATASETS).join(', ')}`));
  let p = cache.get(id);
  if (!p) {
    p = load(id);
    cache.set(id, p);
  }
  return p;
}
