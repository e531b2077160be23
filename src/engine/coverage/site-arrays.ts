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
import type { PreparedJob } from './job.ts';

/** A site's influence ends where even its boresight power is this far below the thermal noise. */
export const INFLUENCE_MARGIN_DB = 10;
const URBAN_TIERS = new Set(['prefecture-urban', 'county-seat']);

export class SiteArrays {
  private x: number[] = []; private y: number[] = []; private radius: number[] = [];
  private gain: number[] = []; private group: number[] = []; private cellStart: number[] = [];
  private cellAz: number[] = []; private cellH: number[] = []; private cellV: number[] = [];
  private pattern: number[] = []; private patternRotation: number[] = [];
  readonly warnings: string[] = [];

  constructor(private input: CoverageInput, private study: StudyArea, private registry: TableRegistry, private projection: GeoProjection) {}

  private resolveModel(site: Site, x: number, y: number): SitePathLossModel {
    if (site.model !== 'auto') return site.model;
    const urban = this.input.areas.some((a, i) => {
      const b = this.study.areaBounds[i];
      return URBAN_TIERS.has(a.tier) && x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && isPointInRings(x, y, this.study.areaRings[i]);
    });
    return urban ? '38901-uma' : '38901-rma';
  }

  addSite(site: Site): void {
    const s = this.input.settings, reg = this.registry;
    const [x, y] = this.projection(site.lonLat) as [number, number];
    const model = this.resolveModel(site, x, y);
    if (model === 'cost231-hata' && site.freqMhz > 2000) this.warnings.push(`site ${site.id}: cost231-hata at ${site.freqMhz} MHz is an extrapolation above 2000 MHz`);
    const noiseDbm = thermalNoiseDbm(site.scsKhz, s.noiseFigureDb);
    const profile: LinkProfile = {
      model, losMode: s.losMode, fcGhz: site.freqMhz / 1000, hBsM: site.heightM, hUtM: s.hUtM,
      rmaBuildingHeightM: s.rmaBuildingHeightM, rmaStreetWidthM: s.rmaStreetWidthM,
      eirpPerReDbm: site.txPowerDbm - 10 * Math.log10(12 * nprbFor(site.bandwidthMhz, site.scsKhz)) + site.antennaGainDbi - s.penetrationLossDb - s.shadowMarginDb,
      maxDistanceM: maxValidDistanceM(model, s.losMode),
    };
    const floorMw = 10 ** ((noiseDbm - INFLUENCE_MARGIN_DB) / 10);
    const g = reg.gainTable(profile, floorMw);
    const tableLength = reg.gain[g].length;
    this.x.push(x); this.y.push(y); this.gain.push(g);
    this.group.push(reg.group(`${site.operator}|${site.band}|${site.scsKhz}`, 10 ** (noiseDbm / 10)));
    this.cellStart.push(this.cellAz.length);
    if (site.sectors.length === 0) { this.cellAz.push(0); this.cellH.push(-1); this.cellV.push(-1); }
    const first = this.cellAz.length;
    for (const sec of site.sectors) {
      this.cellAz.push(Math.round(sec.azimuthDeg * 10) % AZIMUTH_STEPS);
      this.cellH.push(reg.horizontalTable(sec.hBeamwidthDeg));
      this.cellV.push(reg.verticalTable(tableLength, site.heightM, s.hUtM, sec.tiltDeg, sec.vBeamwidthDeg));
    }
    // The influence ends where even the strongest direction (down-tilt included) is below the floor.
    this.radius.push(Math.min(tableLength - 2, reg.reachM(g, floorMw, site.sectors.length ? [...new Set(this.cellV.slice(first))] : [])));
    // Sectors sharing one vertical pattern (the usual layout) fold into one combined table.
    // Kept relative to the first sector's azimuth, so sites that differ only by a rotation share it.
    const rotation = this.cellAz[first] ?? 0;
    const cells = this.cellAz.slice(first).map((az, c) => [(az - rotation + AZIMUTH_STEPS) % AZIMUTH_STEPS, this.cellH[first + c]] as [number, number]);
    const sharedV = cells.length > 1 && this.cellV.slice(first).every((v) => v === this.cellV[first]);
    this.pattern.push(sharedV ? reg.sitePattern(cells) : -1);
    this.patternRotation.push(rotation);
  }

  /** Copies site i of a previous job built with the same registry and study area. */
  copySite(prev: PreparedJob, i: number): void {
    this.x.push(prev.siteXM[i]); this.y.push(prev.siteYM[i]); this.gain.push(prev.siteGainTable[i]);
    this.radius.push(prev.siteBaseRadiusM[i]); this.group.push(prev.siteGroup[i]);
    this.cellStart.push(this.cellAz.length);
    for (let c = prev.cellStart[i]; c < prev.cellStart[i + 1]; c++) {
      this.cellAz.push(prev.cellAzimuthIdx[c]); this.cellH.push(prev.cellHTable[c]); this.cellV.push(prev.cellVTable[c]);
    }
    this.pattern.push(prev.sitePattern[i]); this.patternRotation.push(prev.sitePatternRotation[i]);
  }

  finish() {
    const reg = this.registry;
    const [hFlat, hOffsets] = concat(reg.h), [vFlat, vOffsets] = concat(reg.v), [patternFlat, pOffsets] = concat(reg.patterns);
    const cellHTable = Int32Array.from(this.cellH), cellVTable = Int32Array.from(this.cellV);
    const sitePattern = Int32Array.from(this.pattern);
    return {
      sitePattern, patternFlat, sitePatternOffset: sitePattern.map((p) => (p < 0 ? -1 : pOffsets[p])),
      sitePatternRotation: Int32Array.from(this.patternRotation),
      siteXM: Float64Array.from(this.x), siteYM: Float64Array.from(this.y), siteBaseRadiusM: Float64Array.from(this.radius),
      siteGainTable: Int32Array.from(this.gain), siteGroup: Int32Array.from(this.group),
      cellStart: Int32Array.from([...this.cellStart, this.cellAz.length]), cellAzimuthIdx: Int32Array.from(this.cellAz),
      cellHTable, cellVTable, hFlat, vFlat,
      cellHOffset: cellHTable.map((t) => (t < 0 ? -1 : hOffsets[t])), cellVOffset: cellVTable.map((t) => (t < 0 ? -1 : vOffsets[t])),
      warnings: this.warnings,
    };
  }
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
