// UI strings of the office features (issue 16b: failing areas, context map, search, site table,
// legends, help, print report), Chinese and English; spread into strings-zh.ts / strings-en.ts.
export const officeZh = {
  failingAreas: '未达标区域',
  noAreaTargets: '本年度没有区域覆盖目标',
  failingOf: '未达标',
  holesN: '空洞数',
  largestHoleKm2: '最大空洞 (km²)',
  zoomTo: '定位',
  modelledArea: '模型估算区域（以乡镇驻地为圆心的圆）',
};

export const officeEn: Record<keyof typeof officeZh, string> = {
  failingAreas: 'Failing areas',
  noAreaTargets: 'No area coverage target this year',
  failingOf: 'failing',
  holesN: 'Holes',
  largestHoleKm2: 'Largest hole (km²)',
  zoomTo: 'Zoom',
  modelledArea: 'modelled area (a disk around the township seat)',
};
