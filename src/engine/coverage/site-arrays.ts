/**
 * Sites -> the flat arrays the pixel kernel reads: projected position, link table, noise-limited
 * radius, co-channel group ("same operator and band", contract section 2) and sector cells.
 * Model "auto" resolves to UMa inside an urban settlement area (主城区, 县城城区), else RMa.
 */
import type { GeoProjection } from 'd3-geo';
import { maxValidDistanceM, nprbFor, thermalNoiseDbm, type SitePathLossModel } from '../radio/index.ts';
import type { Site } from '../model/types.ts';
import { AZIMUTH_STEPS, type LinkProfile } from './link-tables.ts';
import { isPointInRings, type StudyArea } from './study-area.ts';
import type { TableRegistry } from './table-registry.ts';
import type { CoverageInput } from './types.ts';
import type { PreparedJob } from './prepared-job.ts';

/** A site's influence ends where even its boresight power is this far below the thermal noise. */
export const INFLUENCE_MARGIN_DB = 10;
const URBAN_TIERS = new Set(['prefecture-urban', 'county-seat']);

export class SiteArrays {
  // Per site, written in order at index k (the job's site count is known up front).
  private k = 0;
  private x: Float64Array; private y: Float64Array; private radius: Float64Array;
  private gain: Int32Array; private group: Int32Array; private cellStart: Int32Array;
  private pattern: Int32Array; private patternRotation: Int32Array;
  // What the terrain factors need (terrain-factors.ts): antenna height, frequency, resolved model.
  private heightM: Float64Array; private freqGhz: Float64Array; private model: SitePathLossModel[];
  // Per cell, grown as sites add theirs.
  private cells = 0;
  private cellAz: Int32Array; private cellH: Int32Array; private cellV: Int32Array;
  readonly warnings: string[] = [];

  constructor(private input: CoverageInput, private study: StudyArea, private registry: TableRegistry, private projection: GeoProjection) {
    const n = input.sites.length;
    this.x = new Float64Array(n); this.y = new Float64Array(n); this.radius = new Float64Array(n);
    this.gain = new Int32Array(n); this.group = new Int32Array(n); this.cellStart = new Int32Array(n + 1);
    this.pattern = new Int32Array(n); this.patternRotation = new Int32Array(n);
    this.heightM = new Float64Array(n); this.freqGhz = new Float64Array(n); this.model = new Array<SitePathLossModel>(n);
    this.cellAz = new Int32Array(3 * n + 1); this.cellH = new Int32Array(3 * n + 1); this.cellV = new Int32Array(3 * n + 1);
  }

  private reserveCells(count: number): void {
    if (this.cells + count <= this.cellAz.length) return;
    const grow = (a: Int32Array) => { const b = new Int32Array(2 * (this.cells + count)); b.set(a.subarray(0, this.cells)); return b; };
    this.cellAz = grow(this.cellAz); this.cellH = grow(this.cellH); this.cellV = grow(this.cellV);
  }

  private pushCell(az: number, h: number, v: number): void {
    this.reserveCells(1);
    this.cellAz[this.cells] = az; this.cellH[this.cells] = h; this.cellV[this.cells] = v;
    this.cells++;
  }

  private resolveModel(site: Site, x: number, y: number): SitePathLossModel {
    if (site.model !== 'auto') return site.model;
    const urban = this.urbanAreas().some((i) => {
      const b = this.study.areaBounds[i];
      return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && isPointInRings(x, y, this.study.areaRings[i]);
    });
    return urban ? '38901-uma' : '38901-rma';
  }

  private urban: number[] | null = null;
  /** Indices of the settlement areas whose sites resolve "auto" to UMa. */
  private urbanAreas(): number[] {
    return (this.urban ??= this.input.areas.flatMap((a, i) => (URBAN_TIERS.has(a.tier) ? [i] : [])));
  }

  /**
   * What a site's radio parameters give, whatever its position and sector rotation, by those
   * parameters (a plan has few distinct configurations): building the tables' keys from derived
   * powers for each of thousands of sites cost more than the tables.
   */
  private radios = new Map<string, SiteRadio>();

  addSite(site: Site): void {
    const k = this.k++;
    const [x, y] = this.projection(site.lonLat) as [number, number];
    const model = this.resolveModel(site, x, y);
    if (model === 'cost231-hata' && site.freqMhz > 2000) this.warnings.push(`site ${site.id}: cost231-hata at ${site.freqMhz} MHz is an extrapolation above 2000 MHz`);
    const az = site.sectors.map((sec) => Math.round(sec.azimuthDeg * 10) % AZIMUTH_STEPS);
    // Kept relative to the first sector's azimuth, so sites that differ only by a rotation share it.
    const rotation = az[0] ?? 0;
    let key = `${model}|${site.freqMhz}|${site.heightM}|${site.txPowerDbm}|${site.bandwidthMhz}|${site.scsKhz}|${site.antennaGainDbi}|${JSON.stringify(site.operator)}|${JSON.stringify(site.band)}`;
    site.sectors.forEach((sec, i) => { key += `|${(az[i] - rotation + AZIMUTH_STEPS) % AZIMUTH_STEPS},${sec.hBeamwidthDeg},${sec.vBeamwidthDeg},${sec.tiltDeg},${JSON.stringify(sec.pattern ?? null)}`; });
    let radio = this.radios.get(key);
    if (!radio) this.radios.set(key, (radio = this.siteRadio(site, model)));
    this.x[k] = x; this.y[k] = y; this.gain[k] = radio.gain;
    this.heightM[k] = site.heightM; this.freqGhz[k] = site.freqMhz / 1000; this.model[k] = model;
    this.group[k] = radio.group;
    this.cellStart[k] = this.cells;
    if (site.sectors.length === 0) this.pushCell(0, -1, -1);
    site.sectors.forEach((_, i) => this.pushCell(az[i], radio.h[i], radio.v[i]));
    this.radius[k] = radio.radiusM;
    this.pattern[k] = radio.pattern;
    this.patternRotation[k] = rotation;
  }

  /** Link tables, co-channel group, noise-limited radius and combined sector table of a site's parameters. */
  private siteRadio(site: Site, model: SitePathLossModel): SiteRadio {
    const s = this.input.settings, reg = this.registry;
    const noiseDbm = thermalNoiseDbm(site.scsKhz, s.noiseFigureDb);
    const profile: LinkProfile = {
      model, losMode: s.losMode, fcGhz: site.freqMhz / 1000, hBsM: site.heightM, hUtM: s.hUtM,
      rmaBuildingHeightM: s.rmaBuildingHeightM, rmaStreetWidthM: s.rmaStreetWidthM,
      eirpPerReDbm: site.txPowerDbm - 10 * Math.log10(12 * nprbFor(site.bandwidthMhz, site.scsKhz)) + site.antennaGainDbi - s.penetrationLossDb - s.shadowMarginDb,
      maxDistanceM: maxValidDistanceM(model, s.losMode),
    };
    const floorMw = 10 ** ((noiseDbm - INFLUENCE_MARGIN_DB) / 10);
    const gain = reg.gainTable(profile, floorMw);
    const tableLength = reg.gain[gain].length;
    const group = reg.group(`${site.operator}|${site.band}|${site.scsKhz}`, 10 ** (noiseDbm / 10));
    const h: number[] = [], v: number[] = [];
    site.sectors.forEach((sec, i) => {
      if (sec.pattern === undefined) {
        h.push(reg.horizontalTable(sec.hBeamwidthDeg));
        v.push(reg.verticalTable(tableLength, site.heightM, s.hUtM, sec.tiltDeg, sec.vBeamwidthDeg));
        return;
      }
      const p = this.input.patterns?.[sec.pattern];
      if (!p) throw new RangeError(`site ${site.id}, sectors[${i}]: antenna pattern "${sec.pattern}" was not imported`);
      h.push(reg.patternHorizontalTable(p));
      v.push(reg.patternVerticalTable(tableLength, site.heightM, s.hUtM, sec.tiltDeg, p));
    });
    // The influence ends where even the strongest direction (down-tilt included) is below the floor.
    const radiusM = Math.min(tableLength - 2, reg.reachM(gain, floorMw, v.length ? [...new Set(v)] : []));
    // Sectors sharing one vertical pattern (the usual layout) fold into one combined table.
    const az = site.sectors.map((sec) => Math.round(sec.azimuthDeg * 10) % AZIMUTH_STEPS), rotation = az[0] ?? 0;
    const cells = az.map((a, c) => [(a - rotation + AZIMUTH_STEPS) % AZIMUTH_STEPS, h[c]] as [number, number]);
    const sharedV = cells.length > 1 && v.every((t) => t === v[0]);
    return { gain, group, h, v, radiusM, pattern: sharedV ? reg.sitePattern(cells) : -1 };
  }

  /**
   * Copies sites from .. from + count - 1 of a previous job built with the same registry and
   * study area, in one block: an edit's unchanged sites cost a few array copies, not a loop.
   */
  copySites(prev: PreparedJob, from: number, count: number): void {
    const k = this.k, to = from + count;
    this.x.set(prev.siteXM.subarray(from, to), k); this.y.set(prev.siteYM.subarray(from, to), k);
    this.radius.set(prev.siteBaseRadiusM.subarray(from, to), k); this.gain.set(prev.siteGainTable.subarray(from, to), k);
    this.group.set(prev.siteGroup.subarray(from, to), k); this.pattern.set(prev.sitePattern.subarray(from, to), k);
    this.patternRotation.set(prev.sitePatternRotation.subarray(from, to), k);
    this.heightM.set(prev.siteHeightM.subarray(from, to), k); this.freqGhz.set(prev.siteFreqGhz.subarray(from, to), k);
    for (let m = 0; m < count; m++) this.model[k + m] = prev.siteModel[from + m];
    const c0 = prev.cellStart[from], c1 = prev.cellStart[to];
    for (let m = 0; m < count; m++) this.cellStart[k + m] = prev.cellStart[from + m] - c0 + this.cells;
    this.reserveCells(c1 - c0);
    this.cellAz.set(prev.cellAzimuthIdx.subarray(c0, c1), this.cells);
    this.cellH.set(prev.cellHTable.subarray(c0, c1), this.cells);
    this.cellV.set(prev.cellVTable.subarray(c0, c1), this.cells);
    this.cells += c1 - c0;
    this.k += count;
  }

  finish() {
    const reg = this.registry, cells = this.cells;
    const [hFlat, hOffsets] = concat(reg.h), [vFlat, vOffsets] = concat(reg.v), [patternFlat, pOffsets] = concat(reg.patterns);
    this.cellStart[this.k] = cells;
    const cellHTable = this.cellH.slice(0, cells), cellVTable = this.cellV.slice(0, cells);
    const cellHOffset = new Int32Array(cells), cellVOffset = new Int32Array(cells), sitePatternOffset = new Int32Array(this.k);
    for (let c = 0; c < cells; c++) {
      cellHOffset[c] = cellHTable[c] < 0 ? -1 : hOffsets[cellHTable[c]];
      cellVOffset[c] = cellVTable[c] < 0 ? -1 : vOffsets[cellVTable[c]];
    }
    for (let i = 0; i < this.k; i++) sitePatternOffset[i] = this.pattern[i] < 0 ? -1 : pOffsets[this.pattern[i]];
    return {
      sitePattern: this.pattern, patternFlat, sitePatternOffset, sitePatternRotation: this.patternRotation,
      siteXM: this.x, siteYM: this.y, siteBaseRadiusM: this.radius, siteGainTable: this.gain, siteGroup: this.group,
      cellStart: this.cellStart, cellAzimuthIdx: this.cellAz.slice(0, cells), cellHTable, cellVTable, hFlat, vFlat, cellHOffset, cellVOffset,
      siteHeightM: this.heightM, siteFreqGhz: this.freqGhz, siteModel: this.model,
      warnings: this.warnings,
    };
  }
}

/** A site's parameters' share of the job (SiteArrays.siteRadio): table indices per sector, radius, group. */
interface SiteRadio {
  gain: number;
  group: number;
  h: number[];
  v: number[];
  radiusM: number;
  pattern: number;
}

/** Tables end to end in one array, with each table's offset. */
function concat(tables: Float32Array[]): [Float32Array, number[]] {
  const offsets: number[] = [];
  let length = 0;
  for (const t of tables) { offsets.push(length); length += t.length; }
  const flat = new Float32Array(length);
  tables.forEach((t, i) => flat.set(t, offsets[i]));
  return [flat, offsets];
}
