/**
 * Administrative regions and settlement target areas, as the engine sees them
 * (contract sections 3 and 6). Geometry is GeoJSON WGS-84 [lon, lat].
 */
import type { MultiPolygon, Polygon } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;

/** A county-level unit (or any region a user imports with --regions). */
export interface Region {
  /** 6-digit county code for the embedded data; any unique string for imported regions. */
  code: string;
  name: string;
  /** 2020 census resident population, persons; null when unknown. */
  population: number | null;
  /** Census urban share 0-1; null when unknown. */
  urbanShare: number | null;
  geometry: AreaGeometry;
}

/** Settlement tiers, then the places a user imports (contract section 7): industrial parks (工业园区) and transport hubs (交通枢纽). */
export const AREA_TIERS = ['prefecture-urban', 'county-seat', 'township', 'key-village', 'park', 'hub'] as const;
export type AreaTier = (typeof AREA_TIERS)[number];

/** A settlement target area (县城城区, 乡镇镇区, 主城区 ...). */
export interface TargetArea {
  id: string;
  name: string;
  tier: AreaTier;
  /** County code the area lies in, when known. */
  county: string | null;
  /** True when the polygon is a modelled disk around a seat point, not a surveyed outline. */
  modelled: boolean;
  /** Residents the area's rule assigns to it, persons; null when unknown. */
  population: number | null;
  geometry: AreaGeometry;
}

export interface Dataset {
  id: string;
  name: string;
  regions: Region[];
  areas: TargetArea[];
}
