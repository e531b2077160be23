// Exports made piece by piece in a worker (issue 15: the browser streams its exports). Each piece
// becomes a Blob part as soon as it is made, and the worker hands the page one Blob: the page
// never holds the file as one string or array (the browser may keep large Blobs on disk).
import type { FeatureCollection } from 'geojson';

/** A FeatureCollection's JSON, one feature at a time (the same text as JSON.stringify of it). */
export function geoJsonBlob(fc: FeatureCollection): Blob {
  const parts: BlobPart[] = ['{"type":"FeatureCollection","features":['];
  fc.features.forEach((f, i) => parts.push(new Blob([(i ? ',' : '') + JSON.stringify(f)])));
  parts.push(']}');
  return new Blob(parts, { type: 'application/geo+json' });
}

/**
 * A file written as parts in file order, except one last part at position 0 (a header that
 * points at what follows, as writeRasterGeoTiff writes): `make` gets the write function.
 */
export function headedBlob(type: string, make: (write: (bytes: Uint8Array, position: number) => void) => void): Blob {
  let head: Uint8Array<ArrayBuffer> | null = null;
  const rest: Blob[] = [];
  make((bytes, position) => {
    if (position === 0) head = bytes as Uint8Array<ArrayBuffer>;
    else rest.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
  if (!head) throw new Error('export: the file header was never written');
  return new Blob([head, ...rest], { type });
}
