/**
 * The brute-force baseline of issue 2 section 5, written the way a web developer would without
 * g5plan: one thread, each site loops over its own 3 km window, free-space loss, keeps the best
 * power per pixel (no sectors, no SINR, no statistics beyond the covered share).
 */
import type { CoverageInput } from '../../engine/coverage/types.ts';
import { buildStudyArea, fullStudyMasks } from '../../engine/coverage/study-area.ts';
import { gridProjection } from '../../engine/geo/projection.ts';

const C_M_S = 299_792_458;

export function bruteForceCoverage(input: CoverageInput): { evaluations: number; coveredShare: number } {
  const study = buildStudyArea(input.sites, input.regions, input.areas, input.resM);
  const { grid } = study;
  const project = gridProjection(grid.centerLonLat);
  const best = new Float32Array(grid.width * grid.height).fill(-Infinity);
  const windowPx = Math.ceil(3000 / grid.resM);
  let evaluations = 0;
  for (const site of input.sites) {
    const [x, y] = project(site.lonLat) as [number, number];
    const col = Math.floor((x - grid.x0M) / grid.resM), row = Math.floor((y - grid.y0M) / grid.resM);
    const eirpDbm = site.txPowerDbm + site.antennaGainDbi - 10 * Math.log10(12 * 273);
    const k = 20 * Math.log10((4 * Math.PI * site.freqMhz * 1e6) / C_M_S);
    for (let r = Math.max(0, row - windowPx); r <= Math.min(grid.height - 1, row + windowPx); r++) {
      const dy = grid.y0M + (r + 0.5) * grid.resM - y;
      for (let c = Math.max(0, col - windowPx); c <= Math.min(grid.width - 1, col + windowPx); c++) {
        const dx = grid.x0M + (c + 0.5) * grid.resM - x;
        const d = Math.sqrt(dx * dx + dy * dy + (site.heightM - 1.5) ** 2);
        const p = eirpDbm - (k + 20 * Math.log10(d));
        const i = r * grid.width + c;
        if (p > best[i]) best[i] = p;
        evaluations++;
      }
    }
  }
  const { regionIndex } = fullStudyMasks(study);
  let inside = 0, covered = 0;
  for (let i = 0; i < best.length; i++) {
    if (regionIndex[i] === 0) continue;
    inside++;
    if (best[i] >= input.settings.thresholdDbm) covered++;
  }
  return { evaluations, coveredShare: covered / inside };
}
