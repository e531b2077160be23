import { it, expect } from 'vitest';
import { computeTile } from '../src/engine/coverage/compute-tile.ts';
import { prepareJob } from '../src/engine/coverage/job.ts';
import { makeSite } from '../tests/fixtures/make-site.ts';
import { randomSites, scenario } from '../tests/fixtures/coverage-scenario.ts';
import { IncrementalSession } from '../tests/fixtures/incremental.ts';
it('cex', () => {
  const base = randomSites(25, 11);
  const session = new IncrementalSession(scenario(base, { tileSizePx: 24 }));
  let sites = base.slice();
  sites[0] = makeSite({ ...(sites[0].props as { id: string }) }, [115, 35.7]);
  session.edit(sites);
  console.log('site0', sites[0].operator, sites[0].kind, 'dirty1', session.lastDirty);
  sites.push(makeSite({ id: 'n101', operator: 'CU+CT', kind: 'macro' }, [115, 35.7]));
  session.edit(sites);
  console.log('dirty2', session.lastDirty, 'radius', session.job.siteRadiusM[0], session.job.siteRadiusM[25]);
  const fresh = prepareJob(scenario(sites, { tileSizePx: 24 }));
  console.log('fresh radius', fresh.siteRadiusM[0], fresh.siteRadiusM[25]);
  for (const t of session.tiles()) {
    const ref = computeTile(fresh, t.tileId);
    for (let k = 0; k < t.rsrpDbm.length; k++) if (t.rsrpDbm[k] !== ref.rsrpDbm[k] || t.bestSite[k] !== ref.bestSite[k]) { console.log('tile', t.tileId, k, t.rsrpDbm[k], ref.rsrpDbm[k], t.bestSite[k], ref.bestSite[k]); break; }
  }
});
