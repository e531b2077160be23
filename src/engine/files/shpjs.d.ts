// shpjs 6 ships no types: the two parsers g5plan uses (lib/index.js).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  export function parseShp(shp: Uint8Array | ArrayBuffer, prj?: string | false): Geometry[];
  export function parseDbf(dbf: Uint8Array | ArrayBuffer, cpg?: string): Record<string, unknown>[];
}
declare module 'proj4' {
  const proj4: (from: string, to?: string) => { forward(p: number[]): number[]; inverse(p: number[]): number[] };
  export default proj4;
}
