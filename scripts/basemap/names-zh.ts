// Chinese names for the Natural Earth rivers and lakes of public/basemap/ (Natural Earth 1:10m
// carries English/romanised names only; its newer name_zh field is not in these files).
// A hand-made table of the standard Chinese names used on Chinese atlases, keyed by the Natural
// Earth name; each entry was checked against the position of the features that carry the name
// (a name used by two rivers is split by longitude). Names not listed get no Chinese label.

/** A Natural Earth name → its Chinese name, or two names split by longitude (west of splitLon / east). */
type Entry = string | { west: string; east: string; splitLon: number };

export const RIVER_NAMES_ZH: Record<string, Entry> = {
  'Chang Jiang': '长江', Yangtze: '长江', Jinsha: '金沙江', Tongtian: '通天河', Tuotuo: '沱沱河',
  Huang: '黄河', Huai: '淮河', Ying: '颍河', Yi: '沂河', Wei: '渭河', Jing: '泾河', Huan: '环江',
  Wuding: '无定河', Dali: '大理河', Fen: '汾河', Qin: '沁河', Zhang: '漳河', Sanggan: '桑干河',
  Yongding: '永定河', Hai: '海河', Luan: '滦河', Shandian: '闪电河', Dan: '丹江', Han: '汉江',
  Jialing: '嘉陵江', Tuo: '沱江', Dadu: '大渡河', Yalong: '雅砻江', Wu: '乌江', Yuan: '沅江',
  Xiang: '湘江', Gan: '赣江', Mei: '梅江', Fuchun: '富春江', Jiulong: '九龙江',
  Min: { west: '岷江', east: '闽江', splitLon: 110 }, Ou: { west: '南乌江', east: '瓯江', splitLon: 110 },
  Xi: '西江', Bei: '北江', Dong: '东江', Xun: '浔江', Yu: '郁江', Yong: '邕江', You: '右江', Zuo: '左江',
  Liu: '柳江', Rong: '融江', Duliu: '都柳江', Hongshui: '红水河', Nanpan: '南盘江', Hong: '红河',
  Lancang: '澜沧江', Mekong: '湄公河', Za: '扎曲', Nu: '怒江', Salween: '萨尔温江', Zayü: '察隅河',
  Yarlung: '雅鲁藏布江', Maquan: '马泉河', Brahmaputra: '布拉马普特拉河', Shiquan: '狮泉河',
  Qumar: '楚玛尔河', 'Za’gya': '扎加藏布', Bogcang: '波仓藏布', Buh: '布哈河',
  Tarim: '塔里木河', Yarkant: '叶尔羌河', Aksu: '阿克苏河', Toxkan: '托什干河', Konqi: '孔雀河',
  Qarqan: '车尔臣河', Yurungkax: '玉龙喀什河', Künes: '巩乃斯河', Ile: '伊犁河',
  Ertix: '额尔齐斯河', Ertis: '额尔齐斯河', Irtysh: '额尔齐斯河', Naryn: '纳伦河',
  Songhua: '松花江', 'Di’er Songhua': '第二松花江', Nen: '嫩江', Nemor: '讷谟尔河', Nanweng: '南瓮河',
  'Tao’er': '洮儿河', Chaor: '绰尔河', Hailar: '海拉尔河', 'Argun’': '额尔古纳河',
  'Heilong Jiang': '黑龙江', Amur: '黑龙江', Ussuri: '乌苏里江', Muling: '穆棱河', 'Song’acha': '松阿察河',
  Tumen: '图们江', Yalu: '鸭绿江', Liao: '辽河', Xiliao: '西辽河', 'Xar Moron': '西拉木伦河',
  Daling: '大凌河', Wujia: '乌加河', Herlen: '克鲁伦河', Onon: '鄂嫩河', Selenga: '色楞格河',
  Orhon: '鄂尔浑河', Shilka: '石勒喀河', Zeya: '结雅河', Lena: '勒拿河', Angara: '安加拉河', Ob: '鄂毕河',
  Ganges: '恒河', Indus: '印度河', Sutlej: '萨特莱杰河', Yamuna: '亚穆纳河',
  Ayeyarwady: '伊洛瓦底江', Chindwin: '钦敦江', Nmai: '恩梅开江',
};

export const LAKE_NAMES_ZH: Record<string, Entry> = {
  'Qinghai Hu': '青海湖', 'Poyang Hu': '鄱阳湖', 'Dongting Hu': '洞庭湖', 'Tai Hu': '太湖', 'Hongze Hu': '洪泽湖',
  'Chao Hu': '巢湖', 'Gaoyou Hu': '高邮湖', 'Weishan Hu': '微山湖', 'Dongping Hu': '东平湖', 'Luoma Hu': '骆马湖',
  'Hong Hu': '洪湖', 'Liangzi Hu': '梁子湖', 'Long Hu': '龙感湖', 'Po Hu': '泊湖', 'Wuchang Hu': '武昌湖',
  'Shijiu Hu': '石臼湖', 'Ge Hu': '滆湖', 'Danjiangkou Shuiku': '丹江口水库', 'Xinanjiang Shuiku': '新安江水库',
  'Xinfengjiang Shuiku': '新丰江水库', 'Guanting Shuiku': '官厅水库', 'Baidagang Shuiku': '北大港水库',
  'Bosten Hu': '博斯腾湖', 'Ebinur Hu': '艾比湖', 'Lop Nur': '罗布泊', 'Hulun Nuur': '呼伦湖', 'Buyr Nuur': '贝尔湖',
  'Dalai Nur': '达里诺尔', 'Ulansuhai Nur': '乌梁素海', 'Qagan Nur': '查干湖', 'Songhua Hu': '松花湖',
  'Yueliang Pao': '月亮泡', 'Lake Khanka': '兴凯湖', 'Nam Co': '纳木错', 'Siling Co': '色林错',
  'Yamzho Yumco': '羊卓雍错', 'Mapam Yumco': '玛旁雍错', 'Langa Co': '拉昂错', 'Puma Yumco': '普莫雍错',
  'Tangra Yumco': '当惹雍错', 'Banggong Co': '班公错', 'Ngoring Hu': '鄂陵湖', 'Gyaring Hu': '扎陵湖',
  'Hoh Xil Hu': '可可西里湖', 'Ayakkum Hu': '阿雅克库木湖', 'Aqqikkol Hu': '阿其克库勒湖', 'Gas Hu': '尕斯库勒湖',
  'Ngangla Ringeo': '昂拉仁错', 'Gozha Co': '郭扎错', 'Ngangz Co': '昂孜错', 'Lake Baikal': '贝加尔湖',
  'Lake Balkhash': '巴尔喀什湖', 'Issyk-Kul': '伊塞克湖', 'Lake Zaysan': '斋桑泊', 'Khövsgöl Nuur': '库苏古尔湖',
  'Uvs Nuur': '乌布苏湖', Alakol: '阿拉湖', 'Supung Reservoir': '水丰水库',
};

/** The Chinese name of a feature, or undefined; `lon`: a longitude on the feature (for split names). */
export function chineseName(table: Record<string, Entry>, name: string | undefined, lon: number): string | undefined {
  const entry = name ? table[name] : undefined;
  if (entry === undefined || typeof entry === 'string') return entry;
  return lon < entry.splitLon ? entry.west : entry.east;
}
