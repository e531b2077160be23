// The 31 provinces of mainland China (contract section 7): pinyin id, GB/T 2260 code, Chinese and
// English names. Pure data, shared by the data build, the CLI's --dataset and the app's picker.
export interface Province { id: string; code: string; nameZh: string; nameEn: string }

export const PROVINCES: readonly Province[] = [
  { id: 'beijing', code: '11', nameZh: '北京市', nameEn: 'Beijing' },
  { id: 'tianjin', code: '12', nameZh: '天津市', nameEn: 'Tianjin' },
  { id: 'hebei', code: '13', nameZh: '河北省', nameEn: 'Hebei' },
  { id: 'shanxi', code: '14', nameZh: '山西省', nameEn: 'Shanxi' },
  { id: 'neimenggu', code: '15', nameZh: '内蒙古自治区', nameEn: 'Inner Mongolia' },
  { id: 'liaoning', code: '21', nameZh: '辽宁省', nameEn: 'Liaoning' },
  { id: 'jilin', code: '22', nameZh: '吉林省', nameEn: 'Jilin' },
  { id: 'heilongjiang', code: '23', nameZh: '黑龙江省', nameEn: 'Heilongjiang' },
  { id: 'shanghai', code: '31', nameZh: '上海市', nameEn: 'Shanghai' },
  { id: 'jiangsu', code: '32', nameZh: '江苏省', nameEn: 'Jiangsu' },
  { id: 'zhejiang', code: '33', nameZh: '浙江省', nameEn: 'Zhejiang' },
  { id: 'anhui', code: '34', nameZh: '安徽省', nameEn: 'Anhui' },
  { id: 'fujian', code: '35', nameZh: '福建省', nameEn: 'Fujian' },
  { id: 'jiangxi', code: '36', nameZh: '江西省', nameEn: 'Jiangxi' },
  { id: 'shandong', code: '37', nameZh: '山东省', nameEn: 'Shandong' },
  { id: 'henan', code: '41', nameZh: '河南省', nameEn: 'Henan' },
  { id: 'hubei', code: '42', nameZh: '湖北省', nameEn: 'Hubei' },
  { id: 'hunan', code: '43', nameZh: '湖南省', nameEn: 'Hunan' },
  { id: 'guangdong', code: '44', nameZh: '广东省', nameEn: 'Guangdong' },
  { id: 'guangxi', code: '45', nameZh: '广西壮族自治区', nameEn: 'Guangxi' },
  { id: 'hainan', code: '46', nameZh: '海南省', nameEn: 'Hainan' },
  { id: 'chongqing', code: '50', nameZh: '重庆市', nameEn: 'Chongqing' },
  { id: 'sichuan', code: '51', nameZh: '四川省', nameEn: 'Sichuan' },
  { id: 'guizhou', code: '52', nameZh: '贵州省', nameEn: 'Guizhou' },
  { id: 'yunnan', code: '53', nameZh: '云南省', nameEn: 'Yunnan' },
  { id: 'xizang', code: '54', nameZh: '西藏自治区', nameEn: 'Tibet' },
  { id: 'shaanxi', code: '61', nameZh: '陕西省', nameEn: 'Shaanxi' },
  { id: 'gansu', code: '62', nameZh: '甘肃省', nameEn: 'Gansu' },
  { id: 'qinghai', code: '63', nameZh: '青海省', nameEn: 'Qinghai' },
  { id: 'ningxia', code: '64', nameZh: '宁夏回族自治区', nameEn: 'Ningxia' },
  { id: 'xinjiang', code: '65', nameZh: '新疆维吾尔自治区', nameEn: 'Xinjiang' },
];

export const provinceById = (id: string): Province | undefined => PROVINCES.find((p) => p.id === id);
export const provinceByCode = (code: string): Province | undefined => PROVINCES.find((p) => p.code === code);
