/**
 * The sites layer takes an edit as a diff (src/ui/map/sites-diff.ts): the sites that are
 * new or changed (compared by identity, as the store keeps unchanged ones) are added under their
 * id, which replaces the old symbol; the sites that left are removed; a big change is new data.
 */
import { describe, expect, it } from 'vitest';
import { sitesDiff } from '../../../src/ui/map/sites-diff.ts';
import { makeSite } from '../../fixtures/make-site.ts';

const sites = Array.from({ length: 300 }, (_, i) => makeSite({ id: `s${i}` }, [115 + i * 1e-3, 35.7]));

describe('sitesDiff', () => {
  it('a moved site is replaced under its id; nothing else is sent', () => {
    const moved = { ...sites[7], lonLat: [115.5, 35.8] as [number, number] };
    const next = sites.map((s, i) => (i === 7 ? moved : s));
    const diff = sitesDiff(sites, next)!;
    expect(diff.remove).toEqual([]);
    expect(diff.add).toEqual([{ type: 'Feature', id: 's7', geometry: { type: 'Point', coordinates: [115.5, 35.8] }, properties: { id: 's7', operator: moved.operator, status: moved.status } }]);
  });

  it('added and deleted sites', () => {
    const extra = makeSite({ id: 'new' }, [115.2, 35.75]);
    const diff = sitesDiff(sites, [...sites.slice(0, 10), ...sites.slice(12), extra])!;
    expect(diff.remove).toEqual(['s10', 's11']);
    expect(diff.add!.map((f) => f.id)).toEqual(['new']);
  });

  it('no change, no diff content; a change of hundreds of sites is new data', () => {
    expect(sitesDiff(sites, sites)).toEqual({ remove: [], add: [] });
    expect(sitesDiff(sites, sites.map((s) => ({ ...s })))).toBeNull();
    expect(sitesDiff(sites, [])).toBeNull();
  });
});
