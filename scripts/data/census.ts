// Attaches 2020 census figures to each county-level polygon unit. A unit takes the census rows
// with its own code, with the codes its echarts parts had (renamed/merged units), and the
// statistical zones (41xx7x, no polygon) hosted by it (see zones.ts). Figures combine as:
// population summed; urbanShare weighted by census population; GHSL density = GHSL population /
// GHSL area (area = population / density per row); GHSL class shares weighted by GHSL population.
import type { CensusRow } from './sources.ts';
import type { MatchedUnit } from './match.ts';
import { stemOf } from './match.ts';

export interface CensusStats {
  population: number;
  urbanShare: number;
  ghslDensityPerKm2: number;
  ghslUrbanCentreShare: number;
  ghslDenseClusterShare: number;
  /** The census codes that were summed, for the README. */
  censusCodes: string[];
}

export const isStatisticalZone = (code: string): boolean => code[4] === '7';

/**
 * The census rows of each unit: its own code and its parts' old codes; a unit still without rows
 * then takes the unused non-zone rows of the same stem in its prefecture. A row goes to one unit only.
 */
export function censusRowsOfUnits(units: MatchedUnit[], census: CensusRow[]): Map<string, CensusRow[]> {
  const used = new Set<string>();
  const out = new Map<string, CensusRow[]>();
  for (const unit of units) {
    const codes = new Set([unit.code, ...unit.parts.map((p) => p.county.echartsId)]);
    const rows = census.filter((r) => codes.has(r.code) && !used.has(r.code));
    rows.forEach((r) => used.add(r.code));
    out.set(unit.code, rows);
  }
  for (const unit of units.filter((u) => out.get(u.code)!.length === 0)) {
    const rows = census.filter((r) => !used.has(r.code) && r.code.startsWith(unit.prefectureCode) && !isStatisticalZone(r.code) && stemOf(r.name) === stemOf(unit.name));
    rows.forEach((r) => used.add(r.code));
    out.set(unit.code, rows);
  }
  return out;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function combineCensus(rows: CensusRow[]): CensusStats {
  const population = rows.reduce((s, r) => s + r.population, 0);
  const ghslPop = rows.reduce((s, r) => s + r.ghslPopulation, 0);
  const ghslAreaKm2 = rows.reduce((s, r) => s + (r.ghslDensityPerKm2 > 0 ? r.ghslPopulation / r.ghslDensityPerKm2 : 0), 0);
  const weighted = (f: (r: CensusRow) => number, w: (r: CensusRow) => number, total: number): number =>
    total > 0 ? rows.reduce((s, r) => s + f(r) * w(r), 0) / total : 0;
  return {
    population,
    urbanShare: round(weighted((r) => r.urbanShare, (r) => r.population, population), 4),
    ghslDensityPerKm2: round(ghslAreaKm2 > 0 ? ghslPop / ghslAreaKm2 : 0, 1),
    ghslUrbanCentreShare: round(weighted((r) => r.ghslUrbanCentreShare, (r) => r.ghslPopulation, ghslPop), 4),
    ghslDenseClusterShare: round(weighted((r) => r.ghslDenseClusterShare, (r) => r.ghslPopulation, ghslPop), 4),
    censusCodes: rows.map((r) => r.code).sort(),
  };
}
