/** The default pixel size stays 50 m unless the area would need more than 25 million pixels. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/cli/dataset.ts';
import { defaultResolutionM } from '../../../src/engine/coverage/study-area.ts';
import { makeSite } from '../../fixtures/make-site.ts';

describe('defaultResolutionM', () => {
  it('Puyang keeps 50 m (its bounding box is about 3.5 M pixels)', async () => {
    expect(defaultResolutionM([], (await loadDataset('puyang')).regions)).toBe(50);
  });

  it('all of Henan (bounding box about 560 x 530 km: 120 M pixels at 50 m) gets 200 m', async () => {
    // Roughly 560 km x 530 km: at 100 m that is 29.7 M pixels, still over the 25 M budget.
    expect(defaultResolutionM([], (await loadDataset('henan')).regions)).toBe(200);
  });

  it('a few sites: their bounding box grown by 5 km', () => {
    const sites = [makeSite({ id: 'a' }, [115, 35.7]), makeSite({ id: 'b' }, [115.1, 35.8])];
    expect(defaultResolutionM(sites, null)).toBe(50);
  });
});
