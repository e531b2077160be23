/**
 * Vendor antenna patterns in the Planet / MSI format (.msi, .pln): header lines (NAME, MAKE,
 * FREQUENCY, GAIN x [dBi|dBd], TILT ELECTRICAL x or TILT x, H_WIDTH, V_WIDTH, COMMENT ...) then
 * "HORIZONTAL 360" and "VERTICAL 360", each followed by 360 lines "angle attenuation_dB".
 * Attenuations are positive dB below the peak. Horizontal angles run clockwise from boresight;
 * vertical angles are degrees below the horizon (0 = horizon, 90 = straight down, 270 = up), as
 * measured, so the file's electrical tilt is already in the vertical cut.
 * In use (sectorPatternGainDb): A = -min(H(phi) + V(depression - mechanical tilt), 30 dB), the same
 * combination and floor as TR 38.901 Table 7.3-1, with linear interpolation between whole degrees.
 */
export interface AntennaPattern {
  name: string;
  /** Peak gain from the file, dBi (dBd + 2.15), or null when the file gives none. */
  gainDbi: number | null;
  electricalTiltDeg: number | null;
  frequencyMhz: number | null;
  /** Attenuation, dB >= 0, at whole degrees 0..359. */
  horizontalDb: Float64Array;
  verticalDb: Float64Array;
}

export const PATTERN_MAX_ATTENUATION_DB = 30;

/**
 * What a set of patterns holds, as text: equal for equal contents (a copy sent to a worker
 * included), so link tables built from one set can be reused for another exactly when it is the same.
 */
export function patternsKey(patterns: Record<string, AntennaPattern> | undefined): string {
  if (!patterns) return '';
  return JSON.stringify(Object.keys(patterns).sort().map((name) => {
    const p = patterns[name];
    return [name, p.gainDbi, p.electricalTiltDeg, p.frequencyMhz, Array.from(p.horizontalDb), Array.from(p.verticalDb)];
  }));
}
const DBD_TO_DBI = 2.15;

export function parseMsiPattern(text: string, fileName: string): AntennaPattern {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, message: string): never => { throw new RangeError(`${fileName}, line ${line}: ${message}`); };
  let name = fileName.replace(/^.*[\\/]/, '').replace(/\.(msi|pln|txt)$/i, '');
  let gainDbi: number | null = null, tilt: number | null = null, freq: number | null = null;
  const cuts: Record<'HORIZONTAL' | 'VERTICAL', Float64Array | null> = { HORIZONTAL: null, VERTICAL: null };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const [key, ...rest] = line.split(/\s+/);
    const upper = key.toUpperCase();
    if (upper === 'HORIZONTAL' || upper === 'VERTICAL') {
      const count = Number(rest[0]);
      if (count !== 360) fail(i + 1, `${upper} must be followed by 360 (one value per degree), got ${JSON.stringify(rest[0] ?? '')}`);
      const cut = new Float64Array(360).fill(NaN);
      for (let j = 0; j < 360; j++) {
        const row = (lines[i + 1 + j] ?? '').trim().split(/\s+/).map(Number);
        if (row.length < 2 || !row.every(Number.isFinite)) fail(i + 2 + j, `${upper} cut row ${j + 1} of 360 must be "angle attenuation_dB", got ${JSON.stringify(lines[i + 1 + j] ?? 'end of file')}`);
        const angle = Math.round(((row[0] % 360) + 360) % 360);
        if (row[1] < 0) fail(i + 2 + j, `attenuation must be >= 0 dB below the peak, got ${row[1]}`);
        cut[angle] = row[1];
      }
      const missing = cut.findIndex((v) => Number.isNaN(v));
      if (missing >= 0) fail(i + 1, `${upper} cut has no value for ${missing} degrees`);
      cuts[upper] = cut;
      i += 360;
    } else if (upper === 'NAME') name = rest.join(' ') || name;
    else if (upper === 'GAIN') {
      const g = Number(rest[0]);
      if (!Number.isFinite(g)) fail(i + 1, `GAIN must be a number, got ${JSON.stringify(rest[0] ?? '')}`);
      gainDbi = /dbd/i.test(rest[1] ?? '') ? g + DBD_TO_DBI : g;
    } else if (upper === 'TILT') {
      const v = Number(rest[rest.length - 1]);
      if (Number.isFinite(v)) tilt = v;
    } else if (upper === 'FREQUENCY') {
      const v = Number(rest[0]);
      if (Number.isFinite(v)) freq = v;
    }
  }
  if (!cuts.HORIZONTAL || !cuts.VERTICAL) throw new RangeError(`${fileName}: not a Planet/MSI pattern (needs "HORIZONTAL 360" and "VERTICAL 360" sections)`);
  return { name, gainDbi, electricalTiltDeg: tilt, frequencyMhz: freq, horizontalDb: cuts.HORIZONTAL, verticalDb: cuts.VERTICAL };
}

/** A cut at any angle (degrees, wrapped), linear between whole degrees. */
export function cutAttenuationDb(cut: Float64Array, angleDeg: number): number {
  const a = ((angleDeg % 360) + 360) % 360, i = Math.floor(a), t = a - i;
  return cut[i % 360] + (cut[(i + 1) % 360] - cut[i % 360]) * t;
}

/**
 * Pattern gain relative to peak, dB (<= 0): phi = horizontal angle from boresight, depression =
 * degrees below the horizon toward the user, mechanicalTilt = the sector's downtilt on top of the
 * file's electrical tilt.
 */
export function sectorPatternGainDb(p: AntennaPattern, phiDeg: number, depressionDeg: number, mechanicalTiltDeg: number): number {
  const sum = cutAttenuationDb(p.horizontalDb, phiDeg) + cutAttenuationDb(p.verticalDb, depressionDeg - mechanicalTiltDeg);
  return 0 - Math.min(sum, PATTERN_MAX_ATTENUATION_DB);
}
