/**
 * One link, site antenna to a user 1.5 m above ground (contract section 8 `g5plan profile`): the
 * terrain profile, the line of sight drawn over the effective earth (k = 4/3), the first Fresnel
 * zone radius, the clearance, the delta-Bullington terrain excess (the same quantity coverage
 * adds), the path loss with the site's LOS handling and the RSRP of the best (or given) sector.
 */
import { geoDistance } from 'd3-geo';
import { EARTH_RADIUS_M } from '../geo/projection.ts';
import type { RadioSettings } from '../model/defaults.ts';
import type { Site } from '../model/types.ts';
import {
  azimuthOffsetDeg, bearingDeg, is38901, maxValidDistanceM, minValidDistanceM, nprbFor, rsrpDbm, sectorGainTowardDb, sitePathLossDb, zenithAngleDeg,
  type SitePathLossModel,
} from '../radio/index.ts';
import { DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, deltaBullington, wavelengthM } from '../radio/delta-bullington.ts';
import { terrainHeightM, type TerrainModel } from './dem-grid.ts';
import { sectorPatternGainDb, type AntennaPattern } from '../radio/msi-pattern.ts';
import { TERRAIN_LOSS_EPSILON_DB } from './site-terrain.ts';

export interface ProfileSample { dKm: number; groundM: number; losM: number; fresnelM: number }

export interface LinkProfileResult {
  distanceKm: number;
  samples: ProfileSample[];
  clearanceM: number;
  obstructed: boolean;
  diffractionDb: number;
  pathLossDb: number;
  rsrpDbm: number;
  /** Sector used (index into site.sectors), null for an omni site. */
  sector: number | null;
  model: SitePathLossModel;
}

export interface LinkProfileQuery {
  site: Site;
  /** The site's model with "auto" resolved. */
  model: SitePathLossModel;
  toLonLat: [number, number];
  terrain: TerrainModel | null;
  settings: RadioSettings;
  sector?: number;
  /** Imported vendor patterns, for sectors that name one. */
  patterns?: Record<string, AntennaPattern>;
}

/** Profile sample spacing, m: the DEM's own (10-100 m), or 50 m on flat earth. */
function stepM(terrain: TerrainModel | null, distanceM: number): number {
  const base = terrain ? Math.min(Math.max(terrain.resM, 10), 100) : 50;
  return Math.max(base, distanceM / 2000);
}

export function linkProfile(q: LinkProfileQuery): LinkProfileResult {
  const { site, settings, terrain } = q;
  const distanceM = geoDistance(site.lonLat, q.toLonLat) * EARTH_RADIUS_M;
  const n = Math.max(2, Math.ceil(distanceM / stepM(terrain, distanceM)) + 1);
  const dKm: number[] = [], hM: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = k / (n - 1);
    dKm.push((distanceM * t) / 1000);
    const lon = site.lonLat[0] + (q.toLonLat[0] - site.lonLat[0]) * t, lat = site.lonLat[1] + (q.toLonLat[1] - site.lonLat[1]) * t;
    hM.push(terrain ? terrainHeightM(terrain, lon, lat) : 0);
  }
  // Where the DEM has no value the ground continues flat from the last known height.
  const firstKnown = hM.findIndex((v) => !Number.isNaN(v));
  for (let k = 0; k < n; k++) if (Number.isNaN(hM[k])) hM[k] = firstKnown < 0 ? 0 : k < firstKnown ? hM[firstKnown] : hM[k - 1];
  const hts = hM[0] + site.heightM, hrs = hM[n - 1] + settings.hUtM, fGhz = site.freqMhz / 1000, dTot = dKm[n - 1];
  const halfCe = 500 / DEFAULT_EFFECTIVE_EARTH_RADIUS_KM, lambda = wavelengthM(fGhz);
  const samples: ProfileSample[] = dKm.map((d, k) => ({
    dKm: d, groundM: hM[k],
    losM: hts + ((hrs - hts) * d) / (dTot || 1) - halfCe * d * (dTot - d),
    fresnelM: dTot > 0 ? Math.sqrt((lambda * d * (dTot - d) * 1000) / dTot) : 0,
  }));
  const clearanceM = n > 2 ? Math.min(...samples.slice(1, -1).map((s) => s.losM - s.groundM)) : Infinity;
  let diffractionDb = 0, obstructed = false;
  if (dTot > 0 && n > 2) {
    const actual = deltaBullington({ fGhz, dKm, hM, htsM: hts, hrsM: hrs });
    const flat = deltaBullington({ fGhz, dKm, hM: hM.map(() => 0), htsM: site.heightM, hrsM: settings.hUtM });
    obstructed = actual.obstructed;
    diffractionDb = actual.ldDb - flat.ldDb > TERRAIN_LOSS_EPSILON_DB ? actual.ldDb - flat.ldDb : 0;
  }
  const d2dM = Math.min(Math.max(distanceM, minValidDistanceM(q.model)), maxValidDistanceM(q.model, settings.losMode));
  const pl = (mode: 'nlos' | 'los' | 'expected') => sitePathLossDb(q.model, mode, fGhz, d2dM, site.heightM, settings.hUtM, settings.rmaBuildingHeightM, settings.rmaStreetWidthM);
  let pathLossDb: number;
  if (settings.terrainLos && terrain) pathLossDb = obstructed || !is38901(q.model) ? pl('nlos') + diffractionDb : pl('los');
  else pathLossDb = pl(settings.losMode) + diffractionDb;
  const lat0 = (site.lonLat[1] * Math.PI) / 180;
  const bearing = bearingDeg((q.toLonLat[0] - site.lonLat[0]) * Math.cos(lat0), q.toLonLat[1] - site.lonLat[1]);
  const theta = zenithAngleDeg(Math.max(distanceM, 1), site.heightM, settings.hUtM);
  const gains = site.sectors.map((s) => {
    if (s.pattern === undefined) return sectorGainTowardDb(s, bearing, theta);
    const p = q.patterns?.[s.pattern];
    if (!p) throw new RangeError(`antenna pattern "${s.pattern}" was not imported`);
    return sectorPatternGainDb(p, azimuthOffsetDeg(bearing, s.azimuthDeg), theta - 90, s.tiltDeg);
  });
  const sector = site.sectors.length === 0 ? null : q.sector ?? gains.indexOf(Math.max(...gains));
  const rsrp = rsrpDbm({
    txPowerDbm: site.txPowerDbm, nprb: nprbFor(site.bandwidthMhz, site.scsKhz), antennaGainDbi: site.antennaGainDbi,
    patternDb: sector === null ? 0 : gains[sector], pathLossDb, penetrationLossDb: settings.penetrationLossDb, shadowMarginDb: settings.shadowMarginDb,
  });
  return { distanceKm: distanceM / 1000, samples, clearanceM, obstructed, diffractionDb, pathLossDb, rsrpDbm: rsrp, sector, model: q.model };
}
