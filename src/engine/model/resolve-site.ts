/**
 * One site's raw properties -> a validated `Site` with contract section 1 defaults filled in.
 * Problems are collected, not thrown, so a whole file can be reported at once.
 */
import {
  BAND_BANDWIDTH_MHZ, BAND_BY_OPERATOR, BAND_CENTRE_MHZ, BAND_SCS_KHZ, DEFAULT_H_BEAMWIDTH_DEG,
  DEFAULT_TILT_DEG, DEFAULT_V_BEAMWIDTH_DEG, KIND_ANTENNA_GAIN_DBI, KIND_HEIGHT_M, KIND_TX_POWER_DBM, defaultSectors,
} from './defaults.ts';
import {
  BANDS, KINDS, MODES, OPERATORS, POWER_SUPPLIES, SITE_MODELS, STATUSES,
  type InputIssue, type Sector, type Site,
} from './types.ts';

/** Mainland China with a margin: a site outside it is almost always a lat/lon swap or a wrong CRS. */
export const CHINA_BBOX = { minLon: 73, minLat: 3, maxLon: 136, maxLat: 54 } as const;

type Where = Omit<InputIssue, 'message' | 'field'>;

class Checker {
  issues: InputIssue[] = [];
  constructor(private where: Where, private props: Record<string, unknown>) {}
  fail(field: string, message: string): void {
    this.issues.push({ ...this.where, field, message });
  }
  enumOf<T extends string>(field: string, allowed: readonly T[], fallback: T): T {
    const v = this.props[field];
    if (v === undefined || v === null || v === '') return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.fail(field, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
    return fallback;
  }
  num(field: string, fallback: number, min: number, max: number, unit = ''): number {
    const v = this.props[field];
    if (v === undefined || v === null || v === '') return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.fail(field, `must be a number, got ${JSON.stringify(v)}`);
      return fallback;
    }
    if (v < min || v > max) this.fail(field, `${v}${unit} is outside ${min}..${max}${unit}`);
    return v;
  }
}

function resolveSectors(c: Checker, raw: unknown, fallback: Sector[]): Sector[] {
  if (raw === undefined || raw === null) return fallback;
  if (!Array.isArray(raw)) {
    c.fail('sectors', 'must be an array of {azimuthDeg, tiltDeg?, hBeamwidthDeg?, vBeamwidthDeg?}');
    return fallback;
  }
  return raw.map((s, i) => {
    const sub = new Checker({ file: '' }, (s ?? {}) as Record<string, unknown>);
    const pattern = (s as Record<string, unknown> | null)?.pattern;
    if (pattern !== undefined && pattern !== null && (typeof pattern !== 'string' || pattern.trim() === '')) sub.fail('pattern', 'must be the name of an imported antenna pattern');
    const named = typeof pattern === 'string' && pattern.trim() !== '';
    const sector: Sector = {
      azimuthDeg: sub.num('azimuthDeg', NaN, 0, 360, '°'),
      // With a vendor pattern the file holds the electrical tilt: tiltDeg is mechanical, default 0.
      tiltDeg: sub.num('tiltDeg', named ? 0 : DEFAULT_TILT_DEG, -90, 90, '°'),
      hBeamwidthDeg: sub.num('hBeamwidthDeg', DEFAULT_H_BEAMWIDTH_DEG, 1, 360, '°'),
      vBeamwidthDeg: sub.num('vBeamwidthDeg', DEFAULT_V_BEAMWIDTH_DEG, 1, 180, '°'),
    };
    if (named) sector.pattern = (pattern as string).trim();
    if (Number.isNaN(sector.azimuthDeg)) sub.fail('azimuthDeg', 'is required');
    for (const issue of sub.issues) c.fail(`sectors[${i}].${issue.field}`, issue.message);
    return sector;
  });
}

function resolveTags(c: Checker, props: Record<string, unknown>): string[] {
  const tags = props.tags ?? props.tag;
  if (tags === undefined || tags === null || tags === '') return [];
  if (typeof tags === 'string') return tags.split(/[;,]/).map((t) => t.trim()).filter(Boolean);
  if (Array.isArray(tags) && tags.every((t) => typeof t === 'string')) return tags as string[];
  c.fail('tags', 'must be a string or an array of strings');
  return [];
}

export function resolveSite(props: Record<string, unknown>, lonLat: [number, number], where: Where): { site: Site | null; issues: InputIssue[] } {
  const c = new Checker(where, props);
  const [lon, lat] = lonLat;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    c.fail('coordinates', `[${lon}, ${lat}] is not a valid [lon, lat] in degrees`);
  } else if (lon < CHINA_BBOX.minLon || lon > CHINA_BBOX.maxLon || lat < CHINA_BBOX.minLat || lat > CHINA_BBOX.maxLat) {
    c.fail('coordinates', `[${lon}, ${lat}] lies outside China (lon ${CHINA_BBOX.minLon}..${CHINA_BBOX.maxLon}, lat ${CHINA_BBOX.minLat}..${CHINA_BBOX.maxLat}); swapped lon/lat?`);
  }
  const id = props.id;
  if (typeof id !== 'string' || id.trim() === '') c.fail('id', id === undefined ? 'is required' : `must be a non-empty string, got ${JSON.stringify(id)}`);
  const name = props.name;
  if (name !== undefined && name !== null && typeof name !== 'string') c.fail('name', 'must be a string');

  const operator = c.enumOf('operator', OPERATORS, 'CMCC');
  const kind = c.enumOf('kind', KINDS, 'macro');
  const band = c.enumOf('band', BANDS, BAND_BY_OPERATOR[operator]);
  const scsRaw = c.num('scsKhz', BAND_SCS_KHZ[band], 15, 60, ' kHz');
  if (![15, 30, 60].includes(scsRaw)) c.fail('scsKhz', `must be 15, 30 or 60, got ${scsRaw}`);
  const yearRaw = props.year;
  let year: number | null = null;
  if (yearRaw !== undefined && yearRaw !== null && yearRaw !== '') {
    if (typeof yearRaw === 'number' && Number.isInteger(yearRaw) && yearRaw >= 1990 && yearRaw <= 2100) year = yearRaw;
    else c.fail('year', `must be an integer year 1990..2100, got ${JSON.stringify(yearRaw)}`);
  }
  const shared = props.sharedTower;
  if (shared !== undefined && shared !== null && typeof shared !== 'boolean') c.fail('sharedTower', 'must be true or false');
  const county = props.county;
  if (county !== undefined && county !== null && !(typeof county === 'string' && /^\d{6}$/.test(county))) c.fail('county', `must be a 6-digit code string, got ${JSON.stringify(county)}`);

  const site: Site = {
    id: typeof id === 'string' ? id : '',
    name: typeof name === 'string' && name !== '' ? name : typeof id === 'string' ? id : '',
    lonLat: [lon, lat],
    operator,
    status: c.enumOf('status', STATUSES, 'planned'),
    year,
    mode: c.enumOf('mode', MODES, 'SA'),
    kind,
    band,
    freqMhz: c.num('freqMhz', BAND_CENTRE_MHZ[band], 400, 7125, ' MHz'),
    bandwidthMhz: c.num('bandwidthMhz', BAND_BANDWIDTH_MHZ[band], 5, 100, ' MHz'),
    scsKhz: scsRaw as 15 | 30 | 60,
    txPowerDbm: c.num('txPowerDbm', KIND_TX_POWER_DBM[kind], -30, 80, ' dBm'),
    antennaGainDbi: c.num('antennaGainDbi', KIND_ANTENNA_GAIN_DBI[kind], -10, 40, ' dBi'),
    heightM: c.num('heightM', KIND_HEIGHT_M[kind], 1, 300, ' m'),
    sectors: resolveSectors(c, props.sectors, defaultSectors(kind)),
    model: c.enumOf('model', SITE_MODELS, 'auto'),
    powerSupply: c.enumOf('powerSupply', POWER_SUPPLIES, 'direct'),
    sharedTower: shared === true,
    county: typeof county === 'string' ? county : null,
    tags: resolveTags(c, props),
    props,
  };
  return { site: c.issues.length ? null : site, issues: c.issues };
}
