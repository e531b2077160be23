/**
 * The streamed `g5plan coverage` (issue 15: memory bounded by the tiles in flight) against the
 * in-memory route on the same input: the same statistics and area reports bit for bit, the
 * same GeoTIFF pixels (now tiled), holes identical and the covered area split per region.
 * Small tiles make every window and GeoTIFF band span many tiles. A full disk while writing
 * the GeoTIFF: one line, exit 1, no file under the requested name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { afterAll, describe, expect, it } from 'vitest';
import { reportAreas } from '../../src/engine/coverage/area-report.ts';
import { coverageToGeoJson, holeFeatures } from '../../src/engine/coverage/coverage-geojson.ts';
import { resampleToLonLat } from '../../src/engine/coverage/lonlat-raster.ts';
import type { CoverageInput } from '../../src/engine/coverage/types.ts';
import { poolSource, streamCoverage } from '../../src/cli/coverage-stream.ts';
import { loadDataset } from '../../src/cli/dataset.ts';
import { createNodeCoveragePool } from '../../src/cli/node-pool.ts';
import { DEFAULT_RADIO } from '../../src/engine/model/defaults.ts';
import { puyang2022 } from '../../src/cli/bench/inputs.ts';
import { runCli } from './targets-cli-helper.ts';

const tmp = mkdtempSync(join(tmpdir(), 'g5plan-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function bothRoutes(input: CoverageInput, name: string) {
  const pool = createNodeCoveragePool(2);
  try {
    const memory = await pool.run(input);
    const files = { out: join(tmp, `${name}.geojson`), raster: join(tmp, `${name}.tif`) };
    const streamed = await streamCoverage(poolSource(pool, input), input, files);
    return { memory, streamed, files };
  } finally {
    pool.dispose();
  }
}

describe('streamed coverage', () => {
  it('equals the in-memory run on Puyang (a third of the sites, 150 m, 16-pixel tiles): statistics, areas, GeoTIFF, holes', async () => {
    const puyang = await puyang2022(150);
    // A third of the stations leaves holes in the settlement areas.
    const input = { ...puyang, sites: puyang.sites.filter((_, i) => i % 3 === 0), tileSizePx: 16 };
    const { memory, streamed, files } = await bothRoutes(input, 'puyang');
    expect(streamed.stats).toEqual(memory.stats);
    const reports = reportAreas(memory.raster, input.areas);
    expect(streamed.areaReports).toEqual(reports);
    expect(reports.some((a) => a.holes > 0)).toBe(true);

    const tiff = await fromArrayBuffer(readFileSync(files.raster).buffer as ArrayBuffer);
    const image = await tiff.getImage();
    expect([image.getTileWidth(), image.getTileHeight()]).toEqual([256, 256]);
    expect(image.isTiled).toBe(true);
    const expected = resampleToLonLat(memory.raster.grid, memory.raster.rsrpDbm, memory.raster.inside);
    expect([image.getWidth(), image.getHeight()]).toEqual([expected.width, expected.height]);
    expect(image.getOrigin().slice(0, 2)).toEqual([expected.west, expected.north]);
    const [values] = (await image.readRasters()) as unknown as Float32Array[];
    expect(Buffer.from(values.buffer).equals(Buffer.from(expected.values.buffer))).toBe(true);

    const out = JSON.parse(readFileSync(files.out, 'utf8'));
    const covered = out.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'covered');
    expect(covered.map((f: { properties: { region: string } }) => f.properties.region)).toEqual(input.regions!.map((r) => r.code));
    expect(out.features.slice(covered.length)).toEqual(holeFeatures(reports));
    expect(coverageToGeoJson(memory.raster, reports).features.slice(1)).toEqual(out.features.slice(covered.length));
  });

  it('equals the in-memory run without regions (the sites\' bounding box) and without population', async () => {
    const puyang = await puyang2022(200);
    const input: CoverageInput = { sites: puyang.sites.slice(0, 300), regions: null, areas: puyang.areas.slice(0, 5), resM: 250, settings: DEFAULT_RADIO, tileSizePx: 40 };
    const { memory, streamed } = await bothRoutes(input, 'bbox');
    expect(streamed.stats).toEqual(memory.stats);
    expect(streamed.areaReports).toEqual(reportAreas(memory.raster, input.areas));
  });
});

describe('g5plan coverage --raster on a full disk', () => {
  const disk = join(tmp, 'small-disk');
  mkdirSync(disk);
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { stdio: 'ignore' });
    mounted = true;
  } catch { /* not allowed here (not root): the test below is skipped */ }
  afterAll(() => { if (mounted) execFileSync('umount', [disk]); });

  it.skipIf(!mounted)('says so in one line, exits 1 and leaves no file under the requested name', async () => {
    await loadDataset('puyang');
    const target = join(disk, 'rsrp.tif');
    const r = runCli(['coverage', '--sites', 'data/puyang/plan-synthetic.geojson', '--dataset', 'puyang', '--res', '100', '--raster', target]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${target}: cannot write (no space left on the device)`);
    expect(readdirSync(disk)).toEqual([]);
  });
});
