/**
 * A synthetic, seeded station plan that meets an action plan's yearly station counts exactly
 * and its settlement-coverage targets at the default radio settings. Real station locations are
 * not public: every site it makes is flagged `synthetic: true`.
 *
 * Order of placement, per the policies' own priorities: macro lattices over the urban areas in
 * the first year, one or a few macros per township seat in the second, sites added where holes
 * remain, then the rest of each year's count as urban micro/indoor cells and rural macros
 * spread by rural population, biased towards township seats.
 */
import { area as turfArea, booleanPointInPolygon, centroid, distance } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { reportAreas } from '../coverage/area-report.ts';
import { computeCoverage } from '../coverage/compute-coverage.ts';
import type { Dataset, Region, TargetArea } from '../model/dataset.ts';
import { DEFAULT_RADIO } from '../model/defaults.ts';
import { resolveSite } from '../model/resolve-site.ts';
import type { Operator, Site } from '../model/types.ts';
import { hexLatticeInDisk, offsetLonLat, randomPointIn, round6 } from './placement.ts';
import { createRng, pickWeighted, type Rng } from './rng.ts';
import { assignSiteAttributes } from './site-attributes.ts';
import { regionLocator } from '../model/site-counties.ts';

export interface YearGoal {
  year: number;
  /** Cumulative stations in service at the end of the year, per operator. */
  byOperator: Partial<Record<Operator, number>>;
  /** Settlement tiers that must be covered that year, and how. */
  coverage: { tiers: string[]; criterion: 'full' | 'continuous' } | null;
}

export interface SyntheticPlanSpec {
  idPrefix: string;
  seed: number;
  goals: YearGoal[];
  /** Generator's own margins over the policy thresholds (0.95, 0.05 km2), so the plan passes with room. */
  minShare: number;
  maxHoleKm2: number;
  resM: number;
}

const URBAN = new Set(['prefecture-urban', 'county-seat']);
/** Lattice spacing over urban areas: the n78 3-sector macro's worst-direction reach is ~490 m (docs/engine.md). */
const URBAN_SPACING_M = 800;
const TOWNSHIP_SPACING_M = 1300;

type Props = Record<string, unknown>;
interface Planned { props: Props; lonLat: [number, number] }

export function generateSyntheticPlan(dataset: Dataset, spec: SyntheticPlanSpec): Feature<Point>[] {
  const rng = createRng(spec.seed);
  const plan: Planned[] = [];
  const operators = [...new Set(spec.goals.flatMap((g) => Object.keys(g.byOperator)))] as Operator[];
  let alternate = 0;
  const nextOperator = () => operators[alternate++ % operators.length];
  const add = (lonLat: [number, number], year: number, operator: Operator, kind: 'macro' | 'micro' | 'indoor') => {
    plan.push({ lonLat, props: { operator, year, kind } });
  };
  // Every station stays inside the plan's region: a site outside it would be reported as stray.
  const locate = regionLocator(dataset.regions);
  const inRegion = (p: [number, number]) => locate(p) !== null;
  spec.goals.forEach((goal, k) => {
    if (k === 0) placeLattices(dataset.areas.filter((a) => URBAN.has(a.tier)), URBAN_SPACING_M, goal.year, add, nextOperator, inRegion);
    if (k === 1) placeLattices(dataset.areas.filter((a) => a.tier === 'township'), TOWNSHIP_SPACING_M, goal.year, add, nextOperator, inRegion);
    if (goal.coverage) closeHoles(dataset, plan, goal, spec, add, nextOperator);
    fillCounts(dataset, plan, goal, rng, add, inRegion);
  });
  return finish(plan, spec, rng, locate);
}

function placeLattices(
  areas: TargetArea[], spacingM: number, year: number, add: (p: [number, number], y: number, o: Operator, k: 'macro') => void,
  nextOperator: () => Operator, inRegion: (p: [number, number]) => boolean,
): void {
  for (const a of areas) {
    const c = centroid(a.geometry).geometry.coordinates as [number, number];
    // Areas are clipped disks: cover the whole shape, keeping lattice points whose hexagon touches it.
    const reachM = Math.max(Math.sqrt(turfArea(a.geometry) / Math.PI), farthestVertexM(c, a)) + spacingM;
    const points = hexLatticeInDisk(reachM, spacingM).map((xy) => offsetLonLat(c, xy)).filter((p) => touchesArea(p, a, spacingM / 2) && inRegion(p));
    for (const p of points.length ? points : [[round6(c[0]), round6(c[1])] as [number, number]]) add(p, year, nextOperator(), 'macro');
  }
}

function farthestVertexM(c: [number, number], a: TargetArea): number {
  const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
  let max = 0;
  for (const poly of polys) for (const v of poly[0]) max = Math.max(max, distance(c, v as [number, number], { units: 'meters' }));
  return max;
}

function touchesArea(p: [number, number], a: TargetArea, probeM: number): boolean {
  if (booleanPointInPolygon(p, a.geometry)) return true;
  for (let k = 0; k < 6; k++) {
    const angle = (k * Math.PI) / 3;
    if (booleanPointInPolygon(offsetLonLat(p, [probeM * Math.sin(angle), -probeM * Math.cos(angle)]), a.geometry)) return true;
  }
  return false;
}

function resolvedSites(plan: Planned[], year: number): Site[] {
  return plan.filter((p) => (p.props.year as number) <= year).map((p, i) => resolveSite({ ...p.props, id: `s${i}` }, p.lonLat, { file: 'synthetic' }).site!);
}

/** Adds a macro at the largest hole's centre of every failing area until all pass (bounded). */
function closeHoles(dataset: Dataset, plan: Planned[], goal: YearGoal, spec: SyntheticPlanSpec, add: (p: [number, number], y: number, o: Operator, k: 'macro') => void, nextOperator: () => Operator): void {
  const areas = dataset.areas.filter((a) => goal.coverage!.tiers.includes(a.tier));
  const asRegions: Region[] = areas.map((a) => ({ code: a.id, name: a.name, population: null, urbanShare: null, geometry: a.geometry }));
  for (let round = 0; round < 40; round++) {
    const { raster } = computeCoverage({ sites: resolvedSites(plan, goal.year), regions: asRegions, areas: dataset.areas, resM: spec.resM, settings: DEFAULT_RADIO });
    const reports = reportAreas(raster, areas);
    const failing = reports.filter((r) => r.coveredShare < spec.minShare || (goal.coverage!.criterion === 'continuous' && r.largestHoleKm2 > spec.maxHoleKm2));
    if (!failing.length) return;
    for (const r of failing) {
      const hole = r.holeOutlines[0];
      if (hole) add(hole.innerPoint, goal.year, nextOperator(), 'macro');
    }
  }
  throw new RangeError(`synthetic plan: coverage targets of ${goal.year} still fail after 40 rounds`);
}

/** Tops each operator up to the year's cumulative count: urban small cells and rural macros. */
function fillCounts(
  dataset: Dataset, plan: Planned[], goal: YearGoal, rng: Rng,
  add: (p: [number, number], y: number, o: Operator, k: 'macro' | 'micro' | 'indoor') => void, inRegion: (p: [number, number]) => boolean,
): void {
  const urban = dataset.areas.filter((a) => URBAN.has(a.tier));
  const townships = dataset.areas.filter((a) => a.tier === 'township');
  const ruralWeight = dataset.regions.map((r) => (r.population ?? 0) * (1 - (r.urbanShare ?? 0)));
  for (const [op, target] of Object.entries(goal.byOperator) as [Operator, number][]) {
    const have = plan.filter((p) => p.props.operator === op).length;
    if (have > target) throw new RangeError(`synthetic plan: ${have} ${op} sites needed for coverage by ${goal.year}, more than the ${target} the plan allows`);
    for (let n = have; n < target; n++) {
      const u = rng();
      if (u < 0.4 && urban.length) {
        const area = urban[pickWeighted(rng, urban.map((a) => a.population ?? 1))];
        add(randomPointIn(area.geometry, rng), goal.year, op, rng() < 0.6 ? 'micro' : rng() < 0.7 ? 'indoor' : 'macro');
      } else if (u < 0.7 && townships.length) {
        const t = townships[Math.floor(rng() * townships.length)];
        const c = centroid(t.geometry).geometry.coordinates as [number, number];
        let p: [number, number];
        do {
          const angle = rng() * 2 * Math.PI, distM = 800 + rng() * 2500;
          p = offsetLonLat(c, [distM * Math.sin(angle), -distM * Math.cos(angle)]);
        } while (!inRegion(p));
        add(p, goal.year, op, 'macro');
      } else {
        add(randomPointIn(dataset.regions[pickWeighted(rng, ruralWeight)].geometry, rng), goal.year, op, 'macro');
      }
    }
  }
}

function finish(plan: Planned[], spec: SyntheticPlanSpec, rng: Rng, locate: (p: [number, number]) => Region | null): Feature<Point>[] {
  const seq = new Map<string, number>();
  const lastYear = spec.goals[spec.goals.length - 1].year;
  return plan.map((p) => {
    const op = p.props.operator as string, year = p.props.year as number;
    const key = `${year}-${op}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const county = locate(p.lonLat);
    const id = `${spec.idPrefix}-${year}-${op.replace('+', '')}-${String(n).padStart(4, '0')}`;
    const props: Props = {
      id, name: `${county?.name ?? ''}${op}站${String(n).padStart(4, '0')}`,
      ...p.props, ...assignSiteAttributes(rng, year, lastYear, p.props.kind as string), county: county?.code ?? null, synthetic: true,
    };
    return { type: 'Feature', geometry: { type: 'Point', coordinates: p.lonLat }, properties: props };
  });
}
