/** The printable report's words, Chinese and English (the report is built outside the UI's i18n). */
const zh = {
  title: '5G 基站规划报告', region: '区域', plan: '行动计划', year: '考核年份', date: '生成日期', sources: '数据来源',
  synthetic: '注意：本报告的站址为合成数据（非真实站址），仅用于演示和方法验证，不能作为决策依据。',
  modelledNote: '标 * 的目标区域为模型估算（以驻地为圆心的圆），并非实测边界。',
  map: '覆盖图', coverage: '覆盖', coveredShare: '覆盖率', resolution: '分辨率', threshold: '门限',
  targets: '考核目标', target: '目标', required: '要求', actual: '实际', result: '是否达标', reason: '说明',
  pass: '达标', fail: '未达标', notSimulated: '未仿真',
  failing: '未达标区域', area: '区域', county: '区县', holes: '空洞数', largestHole: '最大空洞 (km²)', none: '无',
  budget: '奖补资金', total: '合计', built: '已建', planned: '规划', byYear: '按年度', byLevel: '按财政层级', byCounty: '按区县',
  stations: '基站数', wanYuan: '万元', stationsByYear: '各年度、各运营商新建基站', counties: '区县统计',
  per10k: '每万人基站', areaKm2: '面积 (km²)', popCovered: '人口覆盖率', legend: '图例', areas: '目标区域', holesLegend: '覆盖空洞',
  rsrp: 'RSRP', north: '北', operator: '运营商', newStations: '新建', yuan: '元',
  op_CMCC: '中国移动', op_CU: '中国联通', op_CT: '中国电信', op_CBN: '中国广电', 'op_CU+CT': '联通电信共建',
  st_built: '已建', st_planned: '规划', st_candidate: '候选', level_province: '省级', level_city: '市级', level_county: '县级',
  undated: '无年份', print: '打印', page: '页',
};
export type ReportWord = keyof typeof zh;
const en: Record<ReportWord, string> = {
  title: '5G base-station plan report', region: 'Region', plan: 'Action plan', year: 'Year checked', date: 'Date', sources: 'Data sources',
  synthetic: 'Note: the sites in this report are synthetic (not real station locations), for demonstration and method checking only; not a basis for decisions.',
  modelledNote: 'Target areas marked * are modelled (a disk around the seat), not surveyed boundaries.',
  map: 'Coverage map', coverage: 'Coverage', coveredShare: 'Covered share', resolution: 'Resolution', threshold: 'Threshold',
  targets: 'Targets', target: 'Target', required: 'Required', actual: 'Actual', result: 'Result', reason: 'Note',
  pass: 'pass', fail: 'fail', notSimulated: 'not simulated',
  failing: 'Failing areas', area: 'Area', county: 'County', holes: 'Holes', largestHole: 'Largest hole (km²)', none: 'none',
  budget: 'Subsidy budget', total: 'Total', built: 'built', planned: 'planned', byYear: 'By year', byLevel: 'By fiscal level', byCounty: 'By county',
  stations: 'Stations', wanYuan: '10k yuan', stationsByYear: 'New stations by year and operator', counties: 'Counties',
  per10k: 'Per 10k residents', areaKm2: 'Area (km²)', popCovered: 'Population covered', legend: 'Legend', areas: 'target area', holesLegend: 'coverage hole',
  rsrp: 'RSRP', north: 'N', operator: 'Operator', newStations: 'new', yuan: 'yuan',
  op_CMCC: 'China Mobile', op_CU: 'China Unicom', op_CT: 'China Telecom', op_CBN: 'China Broadnet', 'op_CU+CT': 'Unicom+Telecom',
  st_built: 'built', st_planned: 'planned', st_candidate: 'candidate', level_province: 'province', level_city: 'city', level_county: 'county',
  undated: 'no year', print: 'Print', page: 'page',
};

export type ReportLang = 'zh' | 'en';
export function reportWords(lang: ReportLang): Record<ReportWord, string> {
  return lang === 'zh' ? zh : en;
}
