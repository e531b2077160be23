/** A LonLatRaster as a single-band Float32 GeoTIFF in EPSG:4326 (geotiff.js writer). */
import { writeArrayBuffer } from 'geotiff';
import type { LonLatRaster } from './lonlat-raster.ts';

export function encodeGeoTiff(r: LonLatRaster): ArrayBuffer {
  return writeArrayBuffer(r.values, {
    width: r.width,
    height: r.height,
    ModelPixelScale: [r.dLon, r.dLat, 0],
    ModelTiepoint: [0, 0, 0, r.west, r.north, 0],
    GeographicTypeGeoKey: 4326,
    GTModelTypeGeoKey: 2,
    GTRasterTypeGeoKey: 1,
    GDAL_NODATA: String(r.nodata),
    SampleFormat: [3],
    BitsPerSample: [32],
  } as Parameters<typeof writeArrayBuffer>[1]);
}
