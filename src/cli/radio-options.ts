/** Radio settings from command-line flags (contract section 2 defaults otherwise). */
import { DEFAULT_RADIO, type RadioSettings } from '../engine/model/defaults.ts';
import { LOS_MODES, type LosMode } from '../engine/model/types.ts';
import { parseNumberOption } from './args.ts';
import { UserError } from './user-error.ts';

export const RADIO_OPTIONS = {
  threshold: { type: 'string' },
  'sinr-threshold': { type: 'string' },
  'los-mode': { type: 'string' },
  'penetration-db': { type: 'string' },
  'shadow-margin-db': { type: 'string' },
  'load-factor': { type: 'string' },
  'interference-cutoff': { type: 'string' },
} as const;

export const RADIO_HELP = `  --threshold DBM          SS-RSRP coverage threshold (default ${DEFAULT_RADIO.thresholdDbm})
  --sinr-threshold DB      also require this SINR (default none)
  --los-mode M             nlos (default) | los | expected | terrain (with a DEM: LOS where the terrain leaves the path clear)
  --penetration-db DB      building penetration loss (default 0, outdoor)
  --shadow-margin-db DB    planning margin for shadowing (default 0)
  --load-factor X          interferer load 0..1 (default ${DEFAULT_RADIO.loadFactor})
  --interference-cutoff C  noise (default) | density (faster, see docs/engine.md)
`;

type RadioFlags = Partial<Record<keyof typeof RADIO_OPTIONS, string>>;

export function radioSettingsFrom(o: RadioFlags): RadioSettings {
  const requested = o['los-mode'] ?? DEFAULT_RADIO.losMode;
  // "terrain" (contract section 8): LOS tables, NLOS where the terrain obstructs (terrain-options.ts checks a DEM is given).
  const losMode = requested === 'terrain' ? 'los' : requested;
  if (!(LOS_MODES as readonly string[]).includes(losMode)) throw new UserError(`--los-mode must be one of ${LOS_MODES.join(', ')}, terrain, got "${losMode}"`);
  const cutoff = o['interference-cutoff'] ?? DEFAULT_RADIO.interferenceCutoff;
  if (cutoff !== 'density' && cutoff !== 'noise') throw new UserError(`--interference-cutoff must be density or noise, got "${cutoff}"`);
  return {
    ...DEFAULT_RADIO,
    thresholdDbm: parseNumberOption(o.threshold, 'threshold', -200, 0) ?? DEFAULT_RADIO.thresholdDbm,
    sinrThresholdDb: parseNumberOption(o['sinr-threshold'], 'sinr-threshold', -30, 60) ?? null,
    losMode: losMode as LosMode,
    penetrationLossDb: parseNumberOption(o['penetration-db'], 'penetration-db', 0, 60) ?? 0,
    shadowMarginDb: parseNumberOption(o['shadow-margin-db'], 'shadow-margin-db', 0, 30) ?? 0,
    loadFactor: parseNumberOption(o['load-factor'], 'load-factor', 0, 1) ?? DEFAULT_RADIO.loadFactor,
    interferenceCutoff: cutoff,
    ...(requested === 'terrain' ? { terrainLos: true } : {}),
  };
}
