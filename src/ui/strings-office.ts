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
  basemapXyz: '自定义 XYZ 瓦片地址',
  basemapTdtVec: '天地图 矢量（需密钥）',
  basemapTdtImg: '天地图 影像（需密钥）',
  basemapKey: '天地图密钥 (tk)',
  basemapKeyHint: '填写您在 console.tianditu.gov.cn 申请的浏览器端密钥（仅在填写后联网）',
  basemapContext: '离线底图：河流、湖泊（Natural Earth），区县、乡镇名称',
};

export const officeEn: Record<keyof typeof officeZh, string> = {
  failingAreas: 'Failing areas',
  noAreaTargets: 'No area coverage target this year',
  failingOf: 'failing',
  holesN: 'Holes',
  largestHoleKm2: 'Largest hole (km²)',
  zoomTo: 'Zoom',
  modelledArea: 'modelled area (a disk around the township seat)',
  basemapXyz: 'Custom XYZ tile URL',
  basemapTdtVec: 'Tianditu map (needs a key)',
  basemapTdtImg: 'Tianditu imagery (needs a key)',
  basemapKey: 'Tianditu key (tk)',
  basemapKeyHint: 'Your browser key from console.tianditu.gov.cn (nothing is fetched before you enter it)',
  basemapContext: 'Offline context: rivers and lakes (Natural Earth), county and township names',
};
