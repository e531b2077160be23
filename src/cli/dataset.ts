/**
 * The embedded datasets (contract sections 6 and 7) read from data/<folder>/ beside the package:
 * puyang, every province by id or code, and prefectures / counties as subsets of their province.
 * Files are parsed once per folder.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../engine/model/dataset.ts';
import { datasetFromGeoJson } from '../engine/model/load-dataset.ts';
import { parseRegionSpec, subsetDataset } from '../engine/model/region-spec.ts';
import { UserError } from './user-error.ts';

const dataPath = (rel: string): string => fileURLToPath(new URL(`../../data/${rel}`, import.meta.url));

interface Folder { dataset: Dataset; prefectureNames: Map<string, string> }

const cache = new Map<string, Promise<Folder>>();

async function readJson(rel: string): Promise<unknown> {
  return JSON.parse(await readFile(dataPath(rel), 'utf8')) as unknown;
}

async function loadFolder(folder: string, name: string): Promise<Folder> {
  if (!existsSync(dataPath(`${folder}/counties.geojson`))) throw new UserError(`data/${folder}/counties.geojson is missing: run npm run data`);
  const [counties, areas] = await Promise.all([readJson(`${folder}/counties.geojson`), readJson(`${folder}/areas.geojson`)]);
  const prefectureNames = new Map<string, string>();
  for (const f of (counties as { features: { properties: { prefectureCode?: string; prefectureName?: string } }[] }).features) {
    if (f.properties.prefectureCode) prefectureNames.set(f.properties.prefectureCode, f.properties.prefectureName ?? '');
  }
  return { dataset: datasetFromGeoJson(folder, name, counties, areas), prefectureNames };
}

export const UNKNOWN_DATASET_HELP = 'give a province id or code (e.g. gansu or 62; `g5plan datasets` lists them), puyang, a prefecture code (4 digits, e.g. 6201) or a county code (6 digits)';

/** The dataset an id or code names; a UserError for one that names nothing. */
export async function loadDataset(id: string): Promise<Dataset> {
  const spec = parseRegionSpec(id);
  if (!spec) throw new UserError(`unknown dataset "${id}": ${UNKNOWN_DATASET_HELP}`);
  const name = spec.folder === 'puyang' ? '濮阳市 Puyang' : `${spec.province.nameZh} ${spec.province.nameEn}`;
  let p = cache.get(spec.folder);
  if (!p) {
    p = loadFolder(spec.folder, name);
    cache.set(spec.folder, p);
    p.catch(() => cache.delete(spec.folder));
  }
  const { dataset, prefectureNames } = await p;
  if (!spec.prefix) return dataset;
  const level = spec.prefix.length === 4 ? 'prefecture' : 'county';
  const subName = level === 'prefecture' ? prefectureNames.get(spec.prefix) : dataset.regions.find((r) => r.code === spec.prefix)?.name;
  const sub = subsetDataset(dataset, spec.prefix, spec.prefix, `${subName ?? spec.prefix} (${spec.prefix})`);
  if (!sub) throw new UserError(`unknown dataset "${id}": no ${level} ${spec.prefix} in ${name} (data/${spec.folder}/counties.geojson)`);
  return sub;
}

export interface DatasetSummary { id: string; code: string; name: string; counties: number; population: number; areas: number; bbox: number[] }

/** data/index.json, written by the data build: one summary per province. */
export async function readDatasetIndex(): Promise<DatasetSummary[]> {
  if (!existsSync(dataPath('index.json'))) throw new UserError('data/index.json is missing: run npm run data');
  return ((await readJson('index.json')) as { datasets: DatasetSummary[] }).datasets;
}
