/**
 * Every link table a job uses, deduplicated by parameters and append-only, so the jobs of
 * one editing session share it: a table index stays valid from one edit to the next.
 */
import type { AntennaPattern } from '../radio/msi-pattern.ts';
import { buildPatternHorizontalTable, buildPatternVerticalTable } from './link-tables.ts';
import { buildGainTable, gainPairTable, buildHorizontalTable, buildSitePatternTable, buildVerticalTable, linkProfileKey, type LinkProfile } from './link-tables.ts';

export class TableRegistry {
  readonly gain: Float64Array[] = [];
  /** The same tables as the pixel kernels read them (gainPairTable). */
  readonly gainPairs: Float32Array[] = [];
  readonly h: Float32Array[] = [];
  readonly v: Float32Array[] = [];
  /** Per site layout (sectors sharing one vertical pattern): 4 floats per 0.1-degree azimuth step. */
  readonly patterns: Float32Array[] = [];
  readonly groupKeys: string[] = [];
  readonly groupNoiseMw: number[] = [];
  private gainIndex = new Map<string, number>();
  private hIndex = new Map<string, number>();
  private vIndex = new Map<string, number>();
  private groupIndex = new Map<string, number>();
  private patternIndex = new Map<string, number>();
  /** Reach by gain table, level and vertical tables (numbers as Map keys: no number-to-string per site). */
  private reach = new Map<number, Map<number, Map<string, number>>>();

  /** `settingsKey` names the radio settings the tables were built under. */
  constructor(readonly settingsKey: string) {}

  gainTable(profile: LinkProfile, floorMw: number): number {
    const key = linkProfileKey(profile) + '|' + floorMw;
    let i = this.gainIndex.get(key);
    if (i === undefined) {
      i = this.gain.push(buildGainTable(profile, floorMw)) - 1;
      this.gainPairs.push(gainPairTable(this.gain[i]));
      this.gainIndex.set(key, i);
    }
    return i;
  }

  horizontalTable(hBeamwidthDeg: number): number {
    const key = String(hBeamwidthDeg);
    let i = this.hIndex.get(key);
    if (i === undefined) { i = this.h.push(buildHorizontalTable(hBeamwidthDeg)) - 1; this.hIndex.set(key, i); }
    return i;
  }

  verticalTable(lengthM: number, hBsM: number, hUtM: number, tiltDeg: number, vBeamwidthDeg: number): number {
    const key = [lengthM, hBsM, hUtM, tiltDeg, vBeamwidthDeg].join('|');
    let i = this.vIndex.get(key);
    if (i === undefined) { i = this.v.push(buildVerticalTable(lengthM, hBsM, hUtM, tiltDeg, vBeamwidthDeg)) - 1; this.vIndex.set(key, i); }
    return i;
  }

  /** A vendor pattern's horizontal table (patterns are keyed by name: one name, one file per job). */
  patternHorizontalTable(p: AntennaPattern): number {
    const key = `pattern|${p.name}`;
    let i = this.hIndex.get(key);
    if (i === undefined) { i = this.h.push(buildPatternHorizontalTable(p)) - 1; this.hIndex.set(key, i); }
    return i;
  }

  patternVerticalTable(lengthM: number, hBsM: number, hUtM: number, mechanicalTiltDeg: number, p: AntennaPattern): number {
    const key = ['pattern', p.name, lengthM, hBsM, hUtM, mechanicalTiltDeg].join('|');
    let i = this.vIndex.get(key);
    if (i === undefined) { i = this.v.push(buildPatternVerticalTable(lengthM, hBsM, hUtM, mechanicalTiltDeg, p)) - 1; this.vIndex.set(key, i); }
    return i;
  }

  /** Combined table of a site's sectors (cells given as [azimuth step, horizontal table index]). */
  sitePattern(cells: [number, number][]): number {
    const key = JSON.stringify(cells);
    let i = this.patternIndex.get(key);
    if (i === undefined) {
      i = this.patterns.push(buildSitePatternTable(cells.map(([az, h]) => [az, this.h[h]]))) - 1;
      this.patternIndex.set(key, i);
    }
    return i;
  }

  group(key: string, noiseMw: number): number {
    let i = this.groupIndex.get(key);
    if (i === undefined) { i = this.groupKeys.push(key) - 1; this.groupNoiseMw.push(noiseMw); this.groupIndex.set(key, i); }
    return i;
  }

  /**
   * Last distance, m, at which gain table `i` still reaches `levelMw`: at boresight, or, given
   * the sectors' vertical tables, in the strongest direction (A_H = 0 dB, the best A_V there).
   */
  reachM(i: number, levelMw: number, verticalTables: number[] = []): number {
    const byLevel = this.reach.get(i) ?? this.reach.set(i, new Map()).get(i)!;
    const byTables = byLevel.get(levelMw) ?? byLevel.set(levelMw, new Map()).get(levelMw)!;
    const key = verticalTables.length ? verticalTables.join(',') : '';
    let d = byTables.get(key);
    if (d === undefined) {
      const t = this.gain[i], vs = verticalTables.map((v) => this.v[v]);
      d = 0;
      for (let k = t.length - 1; k >= 0; k--) {
        const av = vs.length ? Math.max(...vs.map((v) => v[k])) : 1;
        if (t[k] * av >= levelMw) { d = k + 1; break; }
      }
      byTables.set(key, d);
    }
    return d;
  }
}
