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

/** The non-zone census rows of one unit: own code, its parts' old codes, else same stem in the prefecture. */
export function censusRowsOf(unit: MatchedUnit, census: CensusRow[]): CensusRow[] {
  const codes = new Set([unit.code, ...unit.parts.map((p) => p.county.echartsId)]);
  const rows = census.filter((r) => codes.has(r.code));
  if (rows.length > 0) return rows;
  return census.filter((r) => r.code.startsWith(unit.prefectureCode) && !isStatisticalZone(r.code) && stemOf(r.name) === stemOf(unit.name));
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
