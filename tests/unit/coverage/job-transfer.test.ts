/**
 * A job prepared on one thread and copied to another (job-transfer.ts, issue 15's cold start)
 * computes the very tiles the original job computes: structuredClone is what postMessage does.
 */
import { describe, expect, it } from 'vitest';
import { finishTile, oneShotTileState } from '../../../src/engine/coverage/compute-tile.ts';
import { prepareJob } from '../../../src/engine/coverage/job.ts';
import { packJob, prepareJobSplit, unpackJob } from '../../../src/engine/coverage/job-transfer.ts';
import { studyLabels, studyOutline } from '../../../src/engine/coverage/study-area.ts';
import type { PreparedJob } from '../../../src/engine/coverage/prepared-job.ts';
import { TableRegistry } from '../../../src/engine/coverage/table-registry.ts';
import { firstDifference, randomSites, scenario } from '../../fixtures/coverage-scenario.ts';

function expectSameTiles(copy: PreparedJob, job: PreparedJob): void {
  expect(job.tilesX * job.tilesY).toBeGreaterThan(4);
  for (let t = 0; t < job.tilesX * job.tilesY; t++) {
    const a = finishTile(job, t, oneShotTileState(job, t)), b = finishTile(copy, t, oneShotTileState(copy, t));
    for (const k of ['rsrpDbm', 'sinrDb', 'bestSite', 'covered', 'population', 'regionSums', 'areaSums'] as const) expect(firstDifference(b[k], a[k]), `tile ${t} ${k}`).toBe(-1);
    expect(b.evaluations).toBe(a.evaluations);
  }
}

describe('job transfer', () => {
  const input = scenario(randomSites(60, 15), { tileSizePx: 37 });
  const job = prepareJob(input);
  const copy = unpackJob(structuredClone(packJob(job)));

  it('restores the registry class and the spatial index, and leaves the site list behind', () => {
    expect(copy.registry).toBeInstanceOf(TableRegistry);
    expect(copy.registry.reachM(copy.siteGainTable[0], 1e-9)).toBe(job.registry.reachM(job.siteGainTable[0], 1e-9));
    expect(copy.siteIndex!.search(job.siteXM[3], job.siteYM[3], job.siteXM[3], job.siteYM[3])).toEqual(job.siteIndex!.search(job.siteXM[3], job.siteYM[3], job.siteXM[3], job.siteYM[3]));
    expect(copy.input.sites).toEqual([]);
    expect(copy.siteCount).toBe(60);
  });

  it('computes every tile bit for bit as the original job', () => expectSameTiles(copy, job));

  it('prepared in two halves (boundaries rasterized elsewhere) it is the same job', async () => {
    const split = await prepareJobSplit(input, async (regions, areas, resM, frame) => {
      const outline = studyOutline([], regions, areas, resM, frame);
      return structuredClone({ ...studyLabels(outline, regions), grid: outline.grid });
    });
    expect(split.regionRuns).toEqual(job.regionRuns);
    expect(split.densityPerPixel).toEqual(job.densityPerPixel);
    expect(split.grid).toEqual(job.grid);
    expect([split.tilesX, split.tilesY]).toEqual([job.tilesX, job.tilesY]);
    expect(split.areaRings).toEqual(job.areaRings);
    expect(split.areaBounds).toEqual(job.areaBounds);
    expectSameTiles(unpackJob(structuredClone(packJob(split))), job);
  });

  it('a RangeError of the other thread (too many pixels) arrives as a RangeError', async () => {
    // comlink sends an error's name and message: the class is lost on the way.
    const sent = Object.assign(new Error('70000 x 50000 pixels at 10 m is too many: use coarser pixels'), { name: 'RangeError' });
    await expect(prepareJobSplit(input, async () => { throw sent; })).rejects.toBeInstanceOf(RangeError);
  });
});
