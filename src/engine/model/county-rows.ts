/**
 * The per-county table (app panel and printable report): stations in service as of the year (by
 * each site's county code), stations per 10,000 residents (2020 census), area (km2), covered
 * share and population-weighted covered share (0-1) from the coverage run's per-region stats.
 */
import type { RegionStats } from '../coverage/types.ts';
import type { Region } from '../model/dataset.ts';

export interface CountyRow {
  code: string;
  name: string;
  stations: number;
  per10k: number | null;
  areaKm2: number | null;
  coveredShare: number | null;
  populationCoveredShare: number | null;
}

/** `siteCounty`: the county code of each site in service (see assignCounties). */
export function countyTableRows(regions: Region[], siteCounty: (string | null)[], stats: RegionStats[] | null): CountyRow[] {
  const counts = new Map<string, number>();
  for (const code of siteCounty) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  const byCode = new Map((stats ?? []).map((r) => [r.code, r]));
  return regions.map((r) => {
    const stations = counts.get(r.code) ?? 0;
    const st = byCode.get(r.code);
    return {
      code: r.code, name: r.name, stations,
      per10k: r.population ? (stations / r.population) * 1e4 : null,
      areaKm2: st?.areaKm2 ?? null, coveredShare: st?.coveredShare ?? null, populationCoveredShare: st?.populationCoveredShare ?? null,
    };
  });
}
