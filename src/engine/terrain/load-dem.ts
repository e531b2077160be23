/**
 * DEM files (already read into memory) -> one terrain model: each file parsed by its format
 * (GeoTIFF by content, SRTM by the .hgt name, ESRI ASCII grid by .asc/.txt or its header),
 * mosaicked in the order given (the first file with a value at a point answers).
 */
import { parseAsciiGrid } from './parse-ascii-grid.ts';
import { parseGeoTiffDem } from './parse-geotiff-dem.ts';
import { parseHgt } from './parse-hgt.ts';
import { terrainModel, type DemGrid, type TerrainModel } from './dem-grid.ts';

export interface DemFile {
  name: string;
  bytes: Uint8Array;
}

function isTiff(b: Uint8Array): boolean {
  return b.length > 4 && ((b[0] === 0x49 && b[1] === 0x49 && (b[2] === 42 || b[2] === 43)) || (b[0] === 0x4d && b[1] === 0x4d && (b[3] === 42 || b[3] === 43)));
}

/** One file -> its grid; RangeError naming the file and the problem otherwise. */
export async function parseDemFile(f: DemFile): Promise<DemGrid> {
  if (isTiff(f.bytes)) {
    const ab = f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer;
    return parseGeoTiffDem(ab, f.name);
  }
  if (/\.hgt$/i.test(f.name)) return parseHgt(f.bytes, f.name);
  const head = new TextDecoder().decode(f.bytes.subarray(0, 256));
  if (/\.(asc|txt)$/i.test(f.name) || /^\s*ncols\s/i.test(head)) return parseAsciiGrid(new TextDecoder().decode(f.bytes), f.name);
  if (/\.(png|jpe?g|gif|bmp|webp)$/i.test(f.name)) throw new RangeError(`${f.name}: an image, not an elevation model (give a GeoTIFF, SRTM .hgt or ESRI ASCII grid)`);
  throw new RangeError(`${f.name}: not a DEM format g5plan reads (GeoTIFF, SRTM .hgt, ESRI ASCII grid .asc)`);
}

export async function loadDem(files: DemFile[], kind: 'dem' | 'coarse' = 'dem'): Promise<TerrainModel> {
  if (files.length === 0) throw new RangeError('no DEM file given');
  const grids: DemGrid[] = [];
  for (const f of files) grids.push(await parseDemFile(f));
  return terrainModel(kind, grids);
}
