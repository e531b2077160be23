/**
 * The plan's vocabulary (contract section 1). A `SiteProps` is what a user's file says;
 * a `Site` is the same station with every default filled in, ready for the radio engine.
 * Coordinates are [lon, lat] WGS-84.
 */
export const OPERATORS = ['CMCC', 'CU', 'CT', 'CBN', 'CU+CT'] as const;
export type Operator = (typeof OPERATORS)[number];
export const STATUSES = ['candidate', 'planned', 'built'] as const;
export type SiteStatus = (typeof STATUSES)[number];
export const MODES = ['SA', 'NSA'] as const;
export type Mode = (typeof MODES)[number];
export const KINDS = ['macro', 'micro', 'indoor'] as const;
export type StationKind = (typeof KINDS)[number];
export const BANDS = ['n28', 'n41', 'n78', 'n79'] as const;
export type Band = (typeof BANDS)[number];
export const SITE_MODELS = ['auto', '38901-uma', '38901-umi', '38901-rma', 'fspl', 'cost231-hata'] as const;
export type SiteModel = (typeof SITE_MODELS)[number];
export const POWER_SUPPLIES = ['direct', 'transfer'] as const;
export type PowerSupply = (typeof POWER_SUPPLIES)[number];
export const LOS_MODES = ['nlos', 'los', 'expected'] as const;
export type LosMode = (typeof LOS_MODES)[number];

export interface Sector {
  azimuthDeg: number;
  tiltDeg: number;
  hBeamwidthDeg: number;
  vBeamwidthDeg: number;
  /** Name of an imported vendor pattern (Planet/MSI) used instead of the 38.901 pattern; tiltDeg is then mechanical (default 0). */
  pattern?: string;
}

/** A station with every default resolved. */
export interface Site {
  id: string;
  name: string;
  lonLat: [number, number];
  operator: Operator;
  status: SiteStatus;
  year: number | null;
  mode: Mode;
  kind: StationKind;
  band: Band;
  freqMhz: number;
  bandwidthMhz: number;
  scsKhz: 15 | 30 | 60;
  txPowerDbm: number;
  antennaGainDbi: number;
  heightM: number;
  /** Empty = one omni antenna. */
  sectors: Sector[];
  model: SiteModel;
  powerSupply: PowerSupply;
  sharedTower: boolean;
  county: string | null;
  tags: string[];
  /** The feature's original properties, kept verbatim for a lossless export. */
  props: Record<string, unknown>;
}

/** One problem found in a user's input; `where` names the file, line or feature and field. */
export interface InputIssue {
  file: string;
  /** 1-based line for CSV/JSON Lines, 0-based feature index for GeoJSON. */
  line?: number;
  feature?: number;
  field?: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T; warnings: InputIssue[] } | { ok: false; issues: InputIssue[] };

export function formatIssue(issue: InputIssue): string {
  const where = [issue.file];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.feature !== undefined) where.push(`feature ${issue.feature}`);
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(', ')}: ${issue.message}`;
}
