/** The plan as the 站址 sheet (or "sites" in English): every property, one row per site. */
import type { Site } from '../model/types.ts';
import { sitesToTableParts } from './site-columns.ts';
import type { ExportLang, Table } from './table.ts';

export const SITES_SHEET: Record<ExportLang, string> = { zh: '站址', en: 'sites' };

export function sitesTable(sites: Site[], lang: ExportLang): Table {
  return { name: SITES_SHEET[lang], ...sitesToTableParts(sites, lang) };
}
