// What the import dialog remembers between imports (the coordinate system a user's files are in)
// and the import template it offers: the .xlsx template's 站址 sheet (engine/files/template.ts)
// as a CSV with a byte-order mark, so that Excel on Chinese Windows opens it as UTF-8.
import { CRSES, type Crs } from '../../engine/model/parse-sites.ts';
import { downloadBlob } from './files.ts';
import { currentLang } from '../lang.ts';

const CRS_KEY = 'g5plan.importCrs';

/**
 * The coordinate system an import starts in: the one last chosen, for tables (CSV and the like,
 * which carry no CRS of their own); WGS-84 for GeoJSON, which RFC 7946 fixes to it (the dialog
 * still lets the user say otherwise for a file that breaks the rule).
 */
export function initialCrs(fileName: string): Crs {
  return isTableFile(fileName) ? rememberedCrs() : 'wgs84';
}

/** Tables carry no CRS of their own: the one chosen for them is remembered. */
export const isTableFile = (fileName: string): boolean => /\.(csv|txt|tsv|xlsx|xls)$/i.test(fileName);

function rememberedCrs(): Crs {
  try {
    const v = localStorage.getItem(CRS_KEY);
    return v && (CRSES as readonly string[]).includes(v) ? (v as Crs) : 'wgs84';
  } catch {
    return 'wgs84'; // storage blocked (private mode): the default, every time
  }
}

export function rememberCrs(fileName: string, crs: Crs): void {
  if (!isTableFile(fileName)) return;
  try { localStorage.setItem(CRS_KEY, crs); } catch { /* storage blocked: not remembered */ }
}

export async function downloadSiteTemplate(): Promise<void> {
  const [{ templateTables }, { tableToCsv }] = await Promise.all([import('../../engine/files/template.ts'), import('../../engine/files/table.ts')]);
  const csv = tableToCsv(templateTables(currentLang())[0]);
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'g5plan-站址导入模板.csv');
}
