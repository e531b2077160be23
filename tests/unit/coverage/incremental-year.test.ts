/**
 * Regression: moving the year slider from 2022 to 2020 removes 3,309 of 4,653 Puyang sites in
 * one edit, so many pixels lose both their best and their runner-up server. The runner-up's
 * departure must force a rescan (it once promoted "nobody" and blanked 240,000 pixels).
 */
import { expect, it } from 'vitest';
import { puyang2022 } from '../../../src/cli/bench/inputs.ts';
import { computeTile } from '../../../src/engine/coverage/compute-tile.ts';
import { prepareJob } from '../../../src/engine/coverage/job.ts';
import { IncrementalSession } from '../../fixtures/incremental.ts';

it('a mass removal (year 2022 -> 2020) applied incrementally equals a fresh computation', async () => {
  const input = await puyang2022(200);
  const session = new IncrementalSession(input);
  const sites2020 = input.sites.filter((s) => s.year !== null && s.year <= 2020);
  session.edit(sites2020);
  const fresh = prepareJob({ ...input, sites: sites2020 });
  for (const t of session.tiles()) {
    const ref = computeTile(fresh, t.tileId);
    expect(Array.from(t.bestSite)).toEqual(Array.from(ref.bestSite));
    expect(Array.from(t.rsrpDbm)).toEqual(Array.from(ref.rsrpDbm));
    expect(Array.from(t.sinrDb)).toEqual(Array.from(ref.sinrDb));
  }
});
