/**
 * A table of text cells (header row first; row r is line r + 1 of the file) -> sites, for CSV
 * and spreadsheets alike: columns by site-columns.ts, per-sector lists (方位角, 下倾角, beam
 * widths) assembled into `sectors`, then the same validation as GeoJSON (resolveSite). A file
 * without an id column is refused once, with what to do, unless the caller numbers the rows.
 */
import { defaultSectors } from './defaults.ts';
import { resolveSite } from './resolve-site.ts';
import { mapSiteColumns, readCell, type ColumnReport } from './site-columns.ts';
import { KINDS, type InputIssue, type Site, type StationKind } from './types.ts';
import { parseDegrees } from './degrees.ts';

export interface RowOptions {
  /** Give rows without an id one: "<file stem>-<row>" (row 1 = the first data row). */
  numberRows?: boolean;
}

export interface RowsOutcome {
  sites: Site[];
  /** Line of each site, for duplicate-id messages. */
  lines: number[];
  issues: InputIssue[];
  columns: ColumnReport;
}

const SECTOR_LISTS = ['azimuthDeg', 'tiltDeg', 'hBeamwidthDeg', 'vBeamwidthDeg'] as const;

/** Per-sector lists -> sectors: one value for every sector, or one per azimuth. */
function assembleSectors(props: Record<string, unknown>, lists: Record<string, number[]>, header: (f: string) => string): string | null {
  if (!SECTOR_LISTS.some((f) => lists[f])) return null;
  // "全向 / omni" azimuths: one omni antenna, whatever else the row says of sectors.
  if (lists.azimuthDeg?.length === 0) { props.sectors = []; return null; }
  const kind = (KINDS as readonly string[]).includes(String(props.kind)) ? props.kind as StationKind : 'macro';
  const base = lists.azimuthDeg
    ? lists.azimuthDeg.map((azimuthDeg) => ({ azimuthDeg }) as Record<string, number>)
    : (Array.isArray(props.sectors) ? props.sectors as Record<string, number>[] : defaultSectors(kind).map((s) => ({ azimuthDeg: s.azimuthDeg }) as Record<string, number>));
  if (!base.length) return `${header('azimuthDeg') || header('tiltDeg')}: a ${kind} station has no sectors (omni); give azimuths to set tilts or beam widths`;
  for (const f of SECTOR_LISTS.slice(1)) {
    const values = lists[f];
    if (!values?.length) continue;
    if (values.length !== 1 && values.length !== base.length) return `${header(f)}: ${values.length} values for ${base.length} sectors (give one for all, or one per azimuth)`;
    base.forEach((s, i) => { s[f] = values.length === 1 ? values[0] : values[i]; });
  }
  props.sectors = base;
  return null;
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'row';
}

export function readSiteRows(rows: string[][], file: string, toWgs84: (lonLat: [number, number]) => [number, number], opts: RowOptions = {}): RowsOutcome {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const { roles, report } = mapSiteColumns(header);
  const out: RowsOutcome = { sites: [], lines: [], issues: [], columns: report };
  if (!rows.length) { out.issues.push({ file, line: 1, message: 'empty file: expected a header row' }); return out; }
  if (!report.hasLonLat) {
    out.issues.push({ file, line: 1, field: roles.some((r) => r.kind === 'lon') ? 'lat' : 'lon', message: `header needs lon,lat or 经度,纬度 columns; found: ${header.join(', ')}` });
    return out;
  }
  if (!report.hasId && !opts.numberRows) {
    out.issues.push({ file, line: 1, field: 'id', message: 'no id column: add a column "id" (or 编号 / 站号) with a unique value per row, or number the rows' });
    return out;
  }
  const headerOf = (field: string) => header[roles.findIndex((r) => r.kind === 'field' && r.field === field)] ?? field;
  // A validation problem is named by the column as the user wrote it ("天线高度(m)", "下倾角 (sector 2)").
  const columnOf = (field: string) => {
    const m = /^sectors\[(\d+)\]\.(\w+)$/.exec(field);
    if (!m) return headerOf(field);
    const h = headerOf(m[2]);
    return h === m[2] ? field : `${h} (sector ${Number(m[1]) + 1})`;
  };
  for (let r = 1; r < rows.length && out.issues.length < 200; r++) {
    const row = rows[r], line = r + 1;
    if (row.every((c) => c.trim() === '')) continue;
    if (row.length !== header.length) { out.issues.push({ file, line, message: `has ${row.length} columns, the header has ${header.length}` }); continue; }
    const props: Record<string, unknown> = {};
    const lists: Record<string, number[]> = {};
    let lon = NaN, lat = NaN, rowOk = true;
    roles.forEach((role, c) => {
      const cell = row[c];
      if (role.kind === 'lon' || role.kind === 'lat') {
        const v = parseDegrees(cell);
        if (v === null) { out.issues.push({ file, line, field: header[c], message: `coordinates must be numbers, got "${cell.trim()}"` }); rowOk = false; }
        else if (role.kind === 'lon') lon = v; else lat = v;
        return;
      }
      if (role.kind === 'extra') { if (cell.trim() !== '') props[header[c]] = cell.trim(); return; }
      const { value, error } = readCell(role, cell);
      if (error) { out.issues.push({ file, line, field: header[c], message: error }); rowOk = false; return; }
      if (value === undefined) return;
      if ((SECTOR_LISTS as readonly string[]).includes(role.field)) lists[role.field] = value as number[];
      else if (role.field === 'county' && !/^\d{6}$/.test(String(value))) props.countyName = value;
      else props[role.field] = value;
    });
    if (!rowOk) continue;
    const sectorProblem = assembleSectors(props, lists, headerOf);
    if (sectorProblem) { out.issues.push({ file, line, field: 'sectors', message: sectorProblem }); continue; }
    if (!report.hasId) props.id = `${fileStem(file)}-${r}`;
    const res = resolveSite(props, toWgs84([lon, lat]), { file, line });
    if (res.site) { out.sites.push(res.site); out.lines.push(line); }
    else out.issues.push(...res.issues.map((i) => ({ ...i, field: i.field && columnOf(i.field) })));
  }
  return out;
}
