/**
 * The .xlsx import template: the 站址 sheet with two example sites in the export's own layout
 * (so filling it in and importing it reads every column), and a 说明 sheet naming each column,
 * its meaning and its allowed values.
 */
import { resolveSite } from '../model/resolve-site.ts';
import type { Site } from '../model/types.ts';
import { SITE_COLUMNS, siteHeader } from './site-columns.ts';
import { sitesTable } from './site-table.ts';
import type { ExportLang, Table } from './table.ts';

const EXAMPLES: { lonLat: [number, number]; props: Record<string, unknown> }[] = [
  { lonLat: [115.0293, 35.7619], props: { id: 'PY-0001', name: '示例宏站', operator: 'CMCC', status: 'planned', year: 2022, kind: 'macro', powerSupply: 'direct' } },
  { lonLat: [115.0412, 35.7655], props: { id: 'PY-0002', name: '示例微站', operator: 'CU+CT', status: 'built', year: 2021, kind: 'micro', sharedTower: true } },
];

const HELP: Record<string, [string, string]> = {
  id: ['站址唯一编号（必填）', 'unique site id (required)'],
  name: ['站名', 'display name'],
  lon: ['经度，WGS-84（GCJ-02、BD-09 在导入时选择坐标系）', 'longitude, WGS-84 (choose GCJ-02 or BD-09 when importing)'],
  lat: ['纬度', 'latitude'],
  operator: ['CMCC 移动、CU 联通、CT 电信、CBN 广电、CU+CT 联通电信共建', 'CMCC, CU, CT, CBN, CU+CT'],
  status: ['built 已建、planned 规划、candidate 候选', 'built, planned, candidate'],
  year: ['建设年份（计入该年及以后的目标与奖补）', 'year built (counts from that year on)'],
  mode: ['SA 独立组网、NSA 非独立组网（仅 SA 享受奖补）', 'SA or NSA (only SA earns the subsidy)'],
  kind: ['macro 宏站、micro 微站、indoor 室分', 'macro, micro, indoor'],
  band: ['n28、n41、n78、n79（空白按运营商默认）', 'n28, n41, n78, n79 (blank: by operator)'],
  azimuthsDeg: ['各扇区方位角，分号分隔，如 0;120;240；“全向”表示全向天线', 'sector azimuths, e.g. 0;120;240; "omni" for one omni antenna'],
  tiltsDeg: ['下倾角：一个值用于全部扇区，或每个方位角一个', 'down-tilt: one value for all sectors or one per azimuth'],
  model: ['auto、38901-uma、38901-umi、38901-rma、fspl、cost231-hata', 'propagation model'],
  powerSupply: ['direct 直供电、transfer 转供电', 'direct or transfer'],
  sharedTower: ['是 / 否', 'true / false'],
  county: ['6 位区县代码（空白时按边界自动判断）', '6-digit county code (blank: from the boundaries)'],
};

export function templateTables(lang: ExportLang): Table[] {
  const sites = EXAMPLES.map((e) => resolveSite(e.props, e.lonLat, { file: 'template' }).site as Site);
  const help: Table = {
    name: lang === 'zh' ? '说明' : 'help',
    columns: [{ header: lang === 'zh' ? '列' : 'column', widthChars: 18 }, { header: lang === 'zh' ? '说明' : 'meaning', widthChars: 70 }],
    rows: SITE_COLUMNS.map((c) => [siteHeader(c, lang), HELP[c.key]?.[lang === 'zh' ? 0 : 1] ?? (lang === 'zh' ? '空白时取默认值' : 'blank: the default')]),
  };
  return [sitesTable(sites, lang), help];
}
