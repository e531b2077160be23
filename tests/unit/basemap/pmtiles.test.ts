// The .pmtiles fixture writer (scripts/basemap/pmtiles-write.ts) read back by the pmtiles library
// the app uses, and the Protomaps style as the app adapts it (no sprite icons, local fonts).
import { gunzipSync } from 'node:zlib';
import { PMTiles, TileType, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { puyangVectorPmtiles } from '../../../scripts/basemap/pmtiles-fixture.ts';
import { writePmtiles } from '../../../scripts/basemap/pmtiles-write.ts';
import { protomapsLayers } from '../../../src/ui/map/pmtiles-style.ts';
import { LABEL_FONT } from '../../../src/ui/map/style.ts';

function source(bytes: Uint8Array): Source {
  return { getKey: () => 'mem', getBytes: async (offset: number, length: number) => ({ data: bytes.slice(offset, offset + length).buffer }) };
}

describe('PMTiles v3 writer', () => {
  it('writes tiles the pmtiles library finds by z/x/y, with header and metadata', async () => {
    const tile = (n: number) => Uint8Array.from([n, n + 1, n + 2]);
    const bytes = writePmtiles({
      tileType: 'png', bounds: [115, 35, 116, 36], metadata: { attribution: 'test' },
      tiles: [{ z: 0, x: 0, y: 0, bytes: tile(1) }, { z: 1, x: 1, y: 0, bytes: tile(7) }, { z: 1, x: 0, y: 1, bytes: tile(4) }],
    });
    const archive = new PMTiles(source(bytes));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Png);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 1]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([115, 35, 116, 36]);
    expect(header.numAddressedTiles).toBe(3);
    expect(await archive.getMetadata()).toEqual({ attribution: 'test' });
    expect([...new Uint8Array((await archive.getZxy(1, 0, 1))!.data)]).toEqual([4, 5, 6]);
    expect([...new Uint8Array((await archive.getZxy(1, 1, 0))!.data)]).toEqual([7, 8, 9]);
    expect([...new Uint8Array((await archive.getZxy(0, 0, 0))!.data)]).toEqual([1, 2, 3]);
    expect(await archive.getZxy(1, 1, 1)).toBeUndefined();
  });

  it('makes the Puyang vector fixture in the Protomaps schema', async () => {
    const archive = new PMTiles(source(puyangVectorPmtiles()));
    const header = await archive.getHeader();
    expect(header.tileType).toBe(TileType.Mvt);
    const meta = (await archive.getMetadata()) as { vector_layers: { id: string }[]; attribution: string };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['earth', 'water', 'boundaries', 'places']);
    expect(meta.attribution).toContain('Natural Earth');
    // Zoom 10 tile over Puyang city (115.03 E, 35.76 N): MVT layer names and a township name inside.
    const x = Math.floor(((115.03 + 180) / 360) * 1024);
    const r = (35.76 * Math.PI) / 180, y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 1024);
    const data = (await archive.getZxy(10, x, y))!.data; // the library gunzips it
    const text = Buffer.from(data).toString('utf8');
    for (const layer of ['earth', 'boundaries', 'places']) expect(text).toContain(layer);
    expect(text).toContain('街道');
    expect(() => gunzipSync(Buffer.from(data))).toThrow(); // stored gzipped, handed back plain
  });
});

describe('Protomaps style for the offline app', () => {
  it('drops the background and sprite-only layers, keeps labels without icons, uses local fonts', () => {
    const layers = protomapsLayers('zh', ['earth', 'water', 'roads', 'boundaries', 'places', 'pois']);
    const ids = layers.map((l) => l.id);
    expect(ids).not.toContain('pm-background');
    expect(ids).not.toContain('pm-roads_oneway');
    expect(ids).toContain('pm-earth');
    expect(ids).toContain('pm-places_locality');
    const json = JSON.stringify(layers);
    expect(json).not.toContain('icon-image');
    expect(json).not.toMatch(/"Noto Sans (Regular|Medium|Italic)"/);
    expect(json).toContain(JSON.stringify(LABEL_FONT));
    expect(json).toContain('name:zh-Hans');
    expect(layers.every((l) => l.type === 'background' || ('source' in l && l.source === 'pm-basemap'))).toBe(true);
    // Only the layers the archive holds (a style layer on a missing one is an error in maplibre).
    const some = protomapsLayers('zh', ['earth', 'places']);
    expect(new Set(some.map((l) => (l as { 'source-layer'?: string })['source-layer']))).toEqual(new Set(['earth', 'places']));
    expect(some.map((l) => l.id)).toContain('pm-places_locality');
  });
});
