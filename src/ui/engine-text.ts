// The engine's own sentences (validation messages, target reasons, warnings) in the UI's
// language. The engine and the command line speak English (their messages are part of the
// contract's error output); the UI shows them in Chinese by rewriting each of the engine's
// message templates. A sentence no template matches is shown as the engine wrote it.
// tests/unit/ui/engine-text.test.ts feeds real engine messages through every template.
import type { InputIssue } from '../engine/model/types.ts';
import { currentLang, type Lang } from './lang.ts';
import { zh, type StringKey } from './strings-zh.ts';

type Rewrite = [RegExp, string | ((...groups: string[]) => string)];

// A value the engine quotes runs to the end of the sentence (sentences are joined with "; ").
const VALUE = '(.+?)(?=; |$)';
const re = (source: string) => new RegExp(source, 'g');

const BINARY_ZH: Record<string, string> = {
  'a zip archive': 'zip 压缩包（.xlsx 表格、压缩的 Shapefile 或 KMZ）', 'an old Excel': '旧版 Excel (.xls) 或 Office 文件', 'a PDF': 'PDF 文档',
  'a PNG': 'PNG 图片', 'a TIFF': 'TIFF 图像', 'a binary': '二进制文件',
};
const SITES_FORMATS_ZH = 'GeoJSON（.geojson、.json）、CSV（.csv）、Excel（.xlsx）、Shapefile（.zip、.shp）和 KML/KMZ，文件扩展名须与格式一致';
const KIND_ZH: Record<string, string> = { macro: '宏站', micro: '微站', indoor: '室分站' };

/** The names data/targets.json gives its not-simulated items ("what"). */
const NOT_SIMULATED_ZH: Record<string, string> = { '5G users': '5G 用户数' };

/** The engine's import hint ("industrial parks (工业园区): --areas with tier "park" polygons") in Chinese. */
function importHintZh(hint: string): string {
  const m = /^.*?\(([^)]+)\): --areas with tier "([^"]+)" polygons$/.exec(hint) ?? /^--areas with tier "([^"]+)" polygons$/.exec(hint);
  if (!m) return hint;
  return `${tiersZh(m[m.length - 1])}多边形（区域类型 "${m[m.length - 1]}"，用"导入"载入）`;
}

/** "township, county-seat" -> "乡镇镇区、县城城区" (the tier names of the targets panel). */
function tiersZh(tiers: string): string {
  return tiers.split(', ').map((tier) => (zh as Record<StringKey, string>)[`detail_${tier}` as StringKey] ?? tier).join('、');
}

// Most specific first: a later, more general template must not see an earlier one's text.
const ZH: Rewrite[] = [
  // site and area files (model/)
  [re('not valid JSON at line (\\d+), column (\\d+)'), '不是有效的 JSON：第 $1 行第 $2 列有误'],
  [re(`^is (.+?), not a sites file; supported: ${VALUE}`), (_, what) => `是 ${Object.entries(BINARY_ZH).find(([k]) => what.startsWith(k))?.[1] ?? what}，不是站址文件；支持：${SITES_FORMATS_ZH}`],
  [re(`not valid JSON(?:: | \\()${VALUE}\\)?`), '不是有效的 JSON：$1'],
  [re('is not valid JSON'), '不是有效的 JSON'],
  [re('must be a GeoJSON FeatureCollection with a "features" array'), '须为带 "features" 数组的 GeoJSON FeatureCollection'],
  [re('must be a Feature with a Point geometry \\[lon, lat\\]'), '须为点 (Point) 几何 [经度, 纬度] 的要素'],
  [re('must be a GeoJSON Feature'), '须为 GeoJSON 要素 (Feature)'],
  [re('empty file: expected a header row'), '空文件：缺少表头行'],
  [re(`header needs lon,lat or 经度,纬度 columns; found: ${VALUE}`), '表头须有 lon,lat 或 经度,纬度 列；现有：$1'],
  [re('has (\\d+) columns, the header has (\\d+)'), '有 $1 列，表头有 $2 列'],
  [re('no id column: add a column "id" \\(or 编号 / 站号\\) with a unique value per row, or number the rows'), '缺少编号列：请添加 "id"（或 编号 / 站号）列，每行一个唯一值；或选择自动编号'],
  [re(`unit "([^"]*)" is not understood; accepted: ${VALUE}`), '单位 "$1" 无法识别；可用：$2'],
  [re(`"([^"]*)" is not understood; accepted: ${VALUE}`), (_, v, list) => `无法识别 "${v}"；可用：${list.replace(/\btrue\b/g, '是').replace(/\bfalse\b/g, '否')}`],
  [re('(.+?): (\\d+) values for (\\d+) sectors \\(give one for all, or one per azimuth\\)'), '$1：$2 个值对应 $3 个扇区（填一个值用于全部扇区，或每个方位角一个）'],
  [re('(.+?): a (macro|micro|indoor) station has no sectors \\(omni\\); give azimuths to set tilts or beam widths'), (_, col, kind) => `${col}：${KIND_ZH[kind]}为全向天线，没有扇区；请先给出方位角，再设下倾角或波瓣宽度`],
  [re(`must be a year like 2022, got ${VALUE}`), '须为年份，如 2022；实为 $1'],
  [re(`must be numbers like "0;120;240", got ${VALUE}`), '须为数字列表，如 "0;120;240"；实为 $1'],
  [re('\\(sector (\\d+)\\)'), '（扇区 $1）'],
  [re(`coordinates must be numbers, got ${VALUE}`), '坐标须为数字，实为 $1'],
  [re('duplicate (\\w+) ("[^"]*") \\(also at (feature|line) (\\d+)\\)'), (_, f, id, kind, n) => `重复的 ${f} ${id}（另见${kind === 'line' ? '第 ' + n + ' 行' : '要素 ' + n}）`],
  [re('\\[([^\\]]*)\\] is not a valid \\[lon, lat\\] in degrees'), '[$1] 不是有效的经纬度（度）'],
  [re('\\[([^\\]]*)\\] lies outside China \\(lon ([^,]+), lat ([^)]+)\\); swapped lon/lat\\?'), '[$1] 在中国范围以外（经度 $2，纬度 $3）；经纬度是否颠倒？'],
  [re('position (.+?) must be \\[lon, lat\\] numbers'), '位置 $1 须为 [经度, 纬度] 数字'],
  [re('position \\[([^\\]]*)\\] is out of range \\(lon -180\\.\\.180, lat -90\\.\\.90\\)'), '位置 [$1] 超出范围（经度 -180..180，纬度 -90..90）'],
  [re('position \\[([^\\]]*)\\] is outside China \\(([^)]*)\\); coordinates must be WGS-84 \\[lon, lat\\]'), '位置 [$1] 在中国范围以外（$2）；坐标须为 WGS-84 [经度, 纬度]'],
  [re('\\bpolygon (\\d+) ring (\\d+)'), '第 $1 个多边形的第 $2 个环'],
  [re('\\bpolygon ring (\\d+)'), '多边形的第 $1 个环'],
  [re('^polygon (?=must)'), '多边形 '],
  [re('([\\d.]+)\\.\\.([\\d.]+) E, ([\\d.]+)\\.\\.([\\d.]+) N'), '东经 $1..$2，北纬 $3..$4'],
  [re('must be an array of at least 4 positions'), '须为至少 4 个位置的数组'],
  [re('is not closed \\(first and last positions differ\\)'), '未闭合（首末位置不同）'],
  [re('multipolygon must be an array of polygons'), 'MultiPolygon 须为多边形数组'],
  [re('must be an array of linear rings'), '须为线环数组'],
  [re(`must be a Polygon or MultiPolygon, got ${VALUE}`), '须为 Polygon 或 MultiPolygon，实为 $1'],
  [re('must be an array of \\{azimuthDeg, tiltDeg\\?, hBeamwidthDeg\\?, vBeamwidthDeg\\?\\}'), '须为 {azimuthDeg, tiltDeg?, hBeamwidthDeg?, vBeamwidthDeg?} 数组'],
  [re(`must be azimuths like "0;120;240", got ${VALUE}`), '须为方位角，如 "0;120;240"，实为 $1'],
  [re('must be a string or an array of strings'), '须为字符串或字符串数组'],
  [re(`must be a non-empty string, got ${VALUE}`), '须为非空字符串，实为 $1'],
  [re(`must be a number from (\\S+) to (\\S+), got ${VALUE}`), '须为 $1 至 $2 的数，实为 $3'],
  [re(`must be one of (.+?), got ${VALUE}`), '须为以下之一：$1；实为 $2'],
  [re(`must be a number, got ${VALUE}`), '须为数字，实为 $1'],
  [re(`must be 15, 30 or 60, got ${VALUE}`), '须为 15、30 或 60，实为 $1'],
  [re(`must be an integer year 1990\\.\\.2100, got ${VALUE}`), '须为 1990..2100 的整数年份，实为 $1'],
  [re(`must be a 6-digit code string, got ${VALUE}`), '须为 6 位代码字符串，实为 $1'],
  [re(`must be a county code string, got ${VALUE}`), '须为县级代码字符串，实为 $1'],
  [re(`must be true or false, got ${VALUE}`), '须为 true 或 false，实为 $1'],
  [re('must be true or false'), '须为 true 或 false'],
  [re('must be a string'), '须为字符串'],
  [re('year (\\d+) is outside the plan\'s years (\\d+)-(\\d+)'), '年份 $1 超出规划年份 $2-$3'],
  [re('(\\S+) is outside (-?[\\d.]+\\.\\.-?[\\d.]+\\S*)'), '$1 超出范围 $2'],
  [re('is required'), '必填'],
  // spreadsheets and GIS files (engine/files/)
  [re('([\\d.]+) MB is larger than the (\\d+) MB limit for spreadsheets \\(save it as CSV or split it\\)'), '$1 MB，超过电子表格 $2 MB 的上限（请另存为 CSV 或拆分后导入）'],
  [re('not a readable \\.xlsx workbook: '), '不是可读取的 .xlsx 工作簿：'],
  [re('the workbook has no sheet'), '工作簿中没有工作表'],
  [re(`no sheet ("[^"]*"); the workbook has: ${VALUE}`), '没有工作表 $1；工作簿中有：$2'],
  [re('sheet ("[^"]*"): merged cells in the header row \\(([^)]*)\\); unmerge them and keep one header row of column names'), '工作表 $1：表头行有合并单元格（$2）；请取消合并，只保留一行列名'],
  [re('sheet ("[^"]*") is empty: expected a header row'), '工作表 $1 为空：缺少表头行'],
  [re('sheet ("[^"]*"): the column names are on row (\\d+), not row 1 \\(a title or several header rows above them\\); keep one header row, on row 1'), '工作表 $1：列名在第 $2 行而不在第 1 行（上面有标题或多行表头）；请只保留一行表头，放在第 1 行'],
  [re('sheet ("[^"]*"): row (\\d+) looks like a second header row \\(no coordinates under (.+?)\\); keep one header row'), '工作表 $1：第 $2 行像是第二行表头（$3 列下没有坐标）；请只保留一行表头'],
  [re('sheet ("[^"]*"): a value in column (\\d+) has no header'), '工作表 $1：第 $2 列有数据但没有列名'],
  [re('spreadsheets hold sites only; give areas and regions as GeoJSON, a Shapefile or KML'), '电子表格只能导入站址；目标区域和行政区请用 GeoJSON、Shapefile 或 KML'],
  [re('the attribute table (\\S+) is missing; choose the \\.shp, \\.dbf, \\.prj and \\.cpg together or a \\.zip of them'), '缺少属性表 $1；请同时选择 .shp、.dbf、.prj 和 .cpg，或选择它们的 .zip'],
  [re('(\\S+) names the text encoding ("[^"]*"), which is not known; write UTF-8 or GBK in it'), '$1 指定的文字编码 $2 无法识别；请在其中写 UTF-8 或 GBK'],
  [re('(\\S+): no \\.cpg; its text was read as GBK'), '$1：没有 .cpg，文字按 GBK 编码读取'],
  [re('(\\S+): the text is neither UTF-8 nor GBK and no \\.cpg names its encoding; add a \\.cpg file holding the encoding\'s name \\(e\\.g\\. GBK\\)'), '$1：文字既不是 UTF-8 也不是 GBK，且没有 .cpg 说明编码；请添加写有编码名称（如 GBK）的 .cpg 文件'],
  [re('(\\S+) is not a coordinate system proj4 understands \\((.*)\\)'), '$1 不是 proj4 能识别的坐标系（$2）'],
  [re('(\\S+) has (\\d+) shapes but (\\S+) has (\\d+) rows'), '$1 有 $2 个图形，$3 却有 $4 行'],
  [re('not a readable Shapefile: '), '不是可读取的 Shapefile：'],
  [re('no (\\S+) and the coordinates are not longitude/latitude degrees \\(a projected system\\?\\): add the \\.prj that came with the file'), '没有 $1，且坐标不是经纬度（投影坐标？）：请加上随文件提供的 .prj'],
  [re('no \\.prj: coordinates read as CGCS2000 / WGS-84 longitude, latitude'), '没有 .prj：坐标按 CGCS2000 / WGS-84 经纬度读取（站址若为 GCJ-02 或 BD-09，请选择坐标系）'],
  [re('not a KML document: no <kml> element'), '不是 KML 文档：没有 <kml> 元素'],
  [re('not a KML document: '), '不是 KML 文档：'],
  [re('not a readable (KMZ|zip) file'), '不是可读取的 $1 文件'],
  [re('holds (\\d+) Shapefile layers \\(([^)]*)\\); import one layer at a time'), '含有 $1 个 Shapefile 图层（$2）；请一次导入一个图层'],
  [re('this KMZ holds no \\.kml file \\(found: ([^)]*)\\)'), '此 KMZ 中没有 .kml 文件（其中有：$1）'],
  [re('holds no \\.shp file \\(found: ([^)]*)\\); a Shapefile needs its \\.shp, \\.dbf and \\.prj'), '其中没有 .shp 文件（其中有：$1）；Shapefile 需要 .shp、.dbf 和 .prj'],
  [re('a Shapefile needs its \\.shp \\(with the \\.dbf, \\.prj and \\.cpg beside it\\): choose them together, or a \\.zip of them'), 'Shapefile 需要 .shp（及同名的 .dbf、.prj、.cpg）：请一起选择，或选择它们的 .zip'],
  [re(`must be a Point \\(sites\\); got ${VALUE}`), '须为点 (Point)（站址）；实为 $1'],
  // the app's own file check (io/files.ts)
  [re('([\\d.]+) MB is larger than the (\\d+) MB limit'), '$1 MB，超过 $2 MB 的上限'],
  // radio
  [re('site (\\S+): cost231-hata at (\\S+) MHz is an extrapolation above 2000 MHz'), '基站 $1：COST-231 Hata 用于 $2 MHz，高于 2000 MHz 属外推'],
  // targets
  [re('covered share ([\\d.]+) < ([\\d.]+)'), '覆盖率 $1 < $2'],
  [re('hole of ([\\d.]+) km2 > ([\\d.]+) km2'), '空洞 $1 km² > $2 km²'],
  [re('area smaller than one pixel or outside the study area; use a finer --res'), '区域小于一个像素或在研究区以外；请选更细的分辨率'],
  [re('a qualitative aim the engine does not model'), '定性目标，本引擎不模拟'],
  [re('^(.+): not modelled by the engine'), (_, what) => `${NOT_SIMULATED_ZH[what] ?? what}：本引擎不模拟`],
  [re('(\\d+) target area\\(s\\) are modelled disks, not surveyed outlines'), '$1 个目标区域是按人口推算的圆形区域，不是实测边界'],
  [re(`(\\d+) site\\(s\\) lie outside (.+?) \\((\\w+)\\) and are still counted: ${VALUE}`), '$1 个基站位于$2（$3）以外，仍计入：$4'],
  [re('no settlement areas of tier (.+?) loaded: the data cannot give them; import (.+)$'), (_, tiers, hints) => `未加载${tiersZh(tiers)}目标区域：内置数据没有这些区域，请导入${hints.split('; ').map(importHintZh).join('；')}`],
  [re('no settlement areas of tier (.+?) loaded'), (_, tiers) => `未加载${tiersZh(tiers)}目标区域`],
  [re('no site is tagged "([^"]+)" and no (\\S+) areas are loaded: import (.+), or tag the sites'), (_, tag, _tier, hint) => `没有标注 "${tag}" 的基站，也未加载相应区域：请导入${importHintZh(hint)}，或给基站加标注`],
  [re('no settlement areas or coverage raster for the plan\'s region \\(use --dataset or --areas\\)'), '没有该规划区域的目标区域或覆盖栅格'],
  [re('no coverage raster for the plan\'s region \\(use --dataset or --regions\\)'), '没有该规划区域的覆盖栅格'],
  [re('the regions carry no population, so residents cannot be placed on the raster'), '区域没有人口数据，无法把居民分布到栅格上'],
  // planning
  [re('plan "([^"]*)" has no area coverage target in (\\d+) naming a loaded settlement area'), '规划 "$1" 在 $2 年没有指向已加载目标区域的区域覆盖目标'],
  [re('max-coverage needs a study area: a dataset \\(--dataset\\) or settlement areas \\(--areas\\)'), '最大覆盖需要研究区：数据集或目标区域'],
  [re('candidate (\\d+) \\("([^"]*)"\\), field "costYuan": is missing, and a budget in yuan needs a cost on every candidate'), '候选站 $1（"$2"）缺少造价 costYuan：设定预算时每个候选站都须有造价'],
  [re('candidate (\\d+) \\("([^"]*)"\\), field "costYuan": must be a positive number, got (.+?)(?=; |$)'), '候选站 $1（"$2"）的造价 costYuan 须为正数，实为 $3'],
  [re('costYuan is given on some candidates only and no budget is set: every candidate counts as one site'), '仅部分候选站填了造价 (costYuan)，且未设预算：每个候选站按一个站计'],
  [re('(\\d+) candidate\\(s\\) outside the plan\'s region were not offered'), '$1 个候选站位于规划区域以外，未参与选址'],
];

/** An engine sentence in `lang` (default: the UI's current language). */
export function engineText(text: string, lang: Lang = currentLang()): string {
  if (lang === 'en') return text;
  let out = text;
  for (const [pattern, replacement] of ZH) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

/** An input problem with its place (file, line or feature, field), in the UI's language. */
export function issueText(issue: InputIssue, lang: Lang = currentLang()): string {
  const zh = lang === 'zh';
  const where = [issue.file].filter(Boolean);
  if (issue.line !== undefined) where.push(zh ? `第 ${issue.line} 行` : `line ${issue.line}`);
  if (issue.feature !== undefined) where.push(zh ? `要素 ${issue.feature}` : `feature ${issue.feature}`);
  if (issue.field) where.push(zh ? `字段 "${issue.field}"` : `field "${issue.field}"`);
  const message = engineText(issue.message, lang);
  return where.length ? `${where.join(zh ? '，' : ', ')}${zh ? '：' : ': '}${message}` : message;
}
