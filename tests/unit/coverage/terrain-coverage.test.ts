// Terrain in coverage (contract section 8): a flat DEM gives the flat-earth raster bit for bit; a ridge
// shadows the pixels behind it by the delta-Bullington excess; terrain work is shared by a site's sectors.
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { gridProjection } from '../../../src/engine/geo/projection.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import { terrainModel } from '../../../src/engine/terrain/dem-grid.ts';
import { deltaBullington } from '../../../src/engine/radio/delta-bullington.ts';
import { makeSite } from '../../fixtures/make-site.ts';
import { RECT_REGION, firstDifference, randomSites, scenario } from '../../fixtures/coverage-scenario.ts';
import { demOf } from '../../fixtures/test-dem.ts';

describe('coverage over terrain', () => {
  it('a flat DEM (at 250 m above sea level) gives exactly the flat-earth raster', () => {
    const base = scenario(randomSites(12, 7));
    const flat = computeCoverage(base);
    const dem = computeCoverage({ ...base, terrain: terrainModel('dem', [demOf(() => 250)]) });
    expect(firstDifference(dem.raster.rsrpDbm, flat.raster.rsrpDbm)).toBe(-1);
    expect(firstDifference(dem.raster.sinrDb, flat.raster.sinrDb)).toBe(-1);
    expect(dem.stats.coveredShare).toBe(flat.stats.coveredShare);
  });

  it('a 150 m ridge east of an omni RMa site costs the pixels behind it the delta-Bullington excess over flat earth', () => {
    const site = makeSite({ id: 'a', kind: 'micro', model: '38901-rma', heightM: 20 }, [115.03, 35.74]);
    const ridgeLon = 115.038;
    const terrain = terrainModel('dem', [demOf((lon) => 50 + 150 * Math.exp(-(((lon - ridgeLon) / 0.003) ** 2)))]);
    const input = { sites: [site], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO };
    const flat = computeCoverage(input), hilly = computeCoverage({ ...input, terrain });
    const { grid } = flat.raster, proj = gridProjection(grid.centerLonLat);
    const [sx, sy] = proj(site.lonLat)!;
    const col = (lon: number) => Math.floor((proj([lon, site.lonLat[1]])![0] - grid.x0M) / grid.resM);
    const row = Math.floor((sy - grid.y0M) / grid.resM);
    const behind = row * grid.width + col(115.046), west = row * grid.width + col(115.01);
    const lossDb = flat.raster.rsrpDbm[behind] - hilly.raster.rsrpDbm[behind];
    // The same path through the engine's radio module: the profile from the site to the pixel, 100 m steps.
    const pixelX = grid.x0M + (col(115.046) + 0.5) * grid.resM, distM = pixelX - sx;
    const n = Math.round(distM / 100) + 1, dKm = Array.from({ length: n }, (_, k) => k * 0.1);
    const hM = dKm.map((d) => 50 + 150 * Math.exp(-(((proj.invert!([sx + d * 1000, sy])![0] - ridgeLon) / 0.003) ** 2)));
    const zeros = dKm.map(() => 0);
    const excessDb = deltaBullington({ fGhz: 2.565, dKm, hM, htsM: hM[0] + 20, hrsM: hM[n - 1] + 1.5 }).ldDb
      - deltaBullington({ fGhz: 2.565, dKm, hM: zeros, htsM: 20, hrsM: 1.5 }).ldDb;
    expect(excessDb).toBeGreaterThan(10);
    // Far samples are interpolated between evaluated ones (every k/8-th): within 1 dB here.
    expect(Math.abs(lossDb - excessDb)).toBeLessThan(1);
    // West of the site the ground is flat: no change.
    expect(hilly.raster.rsrpDbm[west]).toBe(flat.raster.rsrpDbm[west]);
  });
});
