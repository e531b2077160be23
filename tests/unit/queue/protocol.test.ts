/**
 * A tile through Redis (src/cli/queue/protocol.ts): encodeTile then decodeTile gives back every
 * layer and sum bit for bit, for a full tile (a run with --raster) and for a covered-only one,
 * which carries the covered and population layers alone.
 */
import { describe, expect, it } from 'vitest';
import { decodeTile, encodeTile } from '../../../src/cli/queue/protocol.ts';
import { computeTile, computeTileState, finishCoveredTile } from '../../../src/engine/coverage/compute-tile.ts';
import { prepareJob } from '../../../src/engine/coverage/job.ts';
import { randomSites, scenario } from '../../fixtures/coverage-scenario.ts';

const job = prepareJob(scenario(randomSites(20, 5), { tileSizePx: 32 }));
const tile = Array.from({ length: job.tilesX * job.tilesY }, (_, t) => t).find((t) => computeTile(job, t).covered.some((c) => c === 1))!;
const plain = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v]));

describe('queue tiles', () => {
  it('a full tile comes back whole', () => {
    const t = computeTile(job, tile);
    expect(plain(decodeTile(encodeTile(t)))).toEqual(plain(t));
  });

  it('a covered-only tile comes back with its covered and population layers and sums, and nothing else', () => {
    const t = finishCoveredTile(job, tile, computeTileState(job, tile));
    const back = decodeTile(encodeTile(t));
    expect(plain(back)).toEqual(plain(t));
    expect('rsrpDbm' in back).toBe(false);
  });
});
