/**
 * The raster's RSRP at a pixel equals the contract section 2 link budget worked independently:
 * geodesic distance (turf), path loss from the radio engine's validated entry, TR 38.901
 * Table 7.3-1 pattern, TS 38.101-1 Table 5.3.2-1 NPRB. Tolerance 0.02 dB (distance tables).
 */
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/engine/coverage/compute-coverage.ts';
import { gridProjection } from '../../../src/engine/geo/projection.ts';
import { DEFAULT_RADIO } from '../../../src/engine/model/defaults.ts';
import { bearingDeg, pathLoss, sectorGainDb, zenithAngleDeg } from '../../../src/engine/radio/index.ts';
import { makeSite } from '../../fixtures/make-site.ts';
import { RECT_REGION } from '../../fixtures/coverage-scenario.ts';

function pixelLonLat(grid: { centerLonLat: [number, number]; x0M: number; y0M: number; resM: number }, col: number, row: number): [number, number] {
  return gridProjection(grid.centerLonLat).invert!([grid.x0M + (col + 0.5) * grid.resM, grid.y0M + (row + 0.5) * grid.resM]) as [number, number];
}

describe('pixel RSRP', () => {
  it('omni free-space site: RSRP = P - 10log10(12*273) + G - FSPL(d3D)', () => {
    const site = makeSite({ id: 'a', kind: 'micro', model: 'fspl' }, [115.06, 35.74]);
    const out = computeCoverage({ sites: [site], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO });
    const { grid } = out.raster;
    for (const [col, row] of [[40, 30], [60, 45], [90, 10]]) {
      const d2dM = distance(site.lonLat, pixelLonLat(grid, col, row), { units: 'meters' });
      const d3dM = Math.hypot(d2dM, 10 - 1.5);
      const pl = pathLoss({ model: 'fspl', los: null, fcGhz: 2.565, d2dM, d3dM, hBsM: 10, hUtM: 1.5 });
      if (!pl.ok) throw new Error(pl.error);
      // micro: 40 dBm, 8 dBi, n41 100 MHz at 30 kHz -> 273 PRB (TS 38.101-1 Table 5.3.2-1)
      const expected = 40 - 10 * Math.log10(12 * 273) + 8 - pl.pathLossDb;
      expect(out.raster.rsrpDbm[row * grid.width + col]).toBeCloseTo(expected, 1);
      expect(Math.abs(out.raster.rsrpDbm[row * grid.width + col] - expected)).toBeLessThan(0.02);
    }
  });

  it('3-sector UMa macro: best sector pattern per TR 38.901 Table 7.3-1 (tilt 6, 65/10 deg)', () => {
    const site = makeSite({ id: 'm', operator: 'CU+CT', model: '38901-uma' }, [115.06, 35.74]);
    const out = computeCoverage({ sites: [site], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO });
    const { grid } = out.raster;
    for (const [col, row] of [[70, 20], [30, 60], [55, 55]]) {
      const p = pixelLonLat(grid, col, row);
      const d2dM = distance(site.lonLat, p, { units: 'meters' });
      const pl = pathLoss({ model: '38901-uma', los: false, fcGhz: 3.5, d2dM, d3dM: Math.hypot(d2dM, 28.5), hBsM: 30, hUtM: 1.5 });
      if (!pl.ok) throw new Error(pl.error);
      const project = gridProjection(grid.centerLonLat);
      const [x, y] = project(p)!, [sx, sy] = project(site.lonLat)!;
      const bearing = bearingDeg(x - sx, sy - y); // projected y grows south
      const theta = zenithAngleDeg(d2dM, 30, 1.5);
      const pattern = Math.max(...[0, 120, 240].map((az) => sectorGainDb(((bearing - az + 540) % 360) - 180, theta, 6, 65, 10)));
      const expected = 53 - 10 * Math.log10(12 * 273) + 17 + pattern - pl.pathLossDb;
      expect(Math.abs(out.raster.rsrpDbm[row * grid.width + col] - expected)).toBeLessThan(0.05);
    }
  });

  it('rotated, unevenly spaced sectors: RSRP and SINR per TR 38.901 Table 7.3-1, cell by cell', () => {
    // Two co-channel UMa macros whose sectors are not at 0/120/240: the kernel's combined sector
    // table is kept relative to the first sector, so this checks the rotation and the per-cell
    // -30 dB floor in the interference sum (contract section 2: SINR over every other cell).
    const sectors = (azs: number[]) => azs.map((azimuthDeg) => ({ azimuthDeg, tiltDeg: 6, hBeamwidthDeg: 65, vBeamwidthDeg: 10 }));
    const a = makeSite({ id: 'a', operator: 'CU+CT', model: '38901-uma', sectors: sectors([37, 161, 250]) }, [115.06, 35.74]);
    const b = makeSite({ id: 'b', operator: 'CU+CT', model: '38901-uma', sectors: sectors([95, 215, 335]) }, [115.075, 35.745]);
    const out = computeCoverage({ sites: [a, b], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO });
    const { grid } = out.raster;
    const project = gridProjection(grid.centerLonLat);
    const cellsMw = (site: typeof a, p: [number, number]): number[] => {
      const d2dM = distance(site.lonLat, p, { units: 'meters' });
      const pl = pathLoss({ model: '38901-uma', los: false, fcGhz: 3.5, d2dM, d3dM: Math.hypot(d2dM, 28.5), hBsM: 30, hUtM: 1.5 });
      if (!pl.ok) throw new Error(pl.error);
      const [x, y] = project(p)!, [sx, sy] = project(site.lonLat)!;
      const bearing = bearingDeg(x - sx, sy - y);
      const theta = zenithAngleDeg(d2dM, 30, 1.5);
      return site.sectors.map((sec) => {
        const gainDb = sectorGainDb(((bearing - sec.azimuthDeg + 540) % 360) - 180, theta, 6, 65, 10);
        return 10 ** ((53 - 10 * Math.log10(12 * 273) + 17 + gainDb - pl.pathLossDb) / 10);
      });
    };
    const noiseMw = 10 ** ((-174 + 10 * Math.log10(30e3) + 7) / 10);
    for (const [col, row] of [[52, 38], [61, 40], [47, 29], [70, 25], [35, 50], [58, 33]]) {
      const p = pixelLonLat(grid, col, row), px = row * grid.width + col;
      const all = [...cellsMw(a, p), ...cellsMw(b, p)];
      const best = Math.max(...all);
      const sinrDb = 10 * Math.log10(best / (0.5 * (all.reduce((s, v) => s + v, 0) - best) + noiseMw));
      expect(Math.abs(out.raster.rsrpDbm[px] - 10 * Math.log10(best))).toBeLessThan(0.05);
      expect(Math.abs(out.raster.sinrDb[px] - sinrDb)).toBeLessThan(0.05);
    }
  });

  it('a pixel beyond every site has no server', () => {
    const site = makeSite({ id: 'i', kind: 'indoor' }, [115.01, 35.71]);
    const out = computeCoverage({ sites: [site], regions: [RECT_REGION], areas: [], resM: 100, settings: DEFAULT_RADIO });
    const last = out.raster.rsrpDbm.length - 1;
    expect(out.raster.bestSite[last]).toBe(-1);
    expect(out.raster.rsrpDbm[last]).toBe(-Infinity);
  });
});

describe('azimuthIndex', () => {
  it('matches atan2 to within one 0.1-degree step, clockwise from north with y growing south', async () => {
    const { azimuthIndex } = await import('../../../src/engine/coverage/link-tables.ts');
    expect(azimuthIndex(0, -1)).toBe(0); // north
    expect(azimuthIndex(1, 0)).toBe(900); // east
    expect(azimuthIndex(0, 1)).toBe(1800); // south
    expect(azimuthIndex(-1, 0)).toBe(2700); // west
    for (let t = 0; t < 2000; t++) {
      const a = (t * 2.399963) % (2 * Math.PI), r = 1 + (t % 97) * 31;
      const dx = r * Math.sin(a), dy = -r * Math.cos(a);
      const expected = (Math.round((a * 1800) / Math.PI) + 3600) % 3600;
      const diff = Math.abs(azimuthIndex(dx, dy) - expected);
      expect(Math.min(diff, 3600 - diff)).toBeLessThanOrEqual(1);
    }
  });
});
