// The app's state: the plan (with its undo history), what is shown, and the coverage run's status.
import type { FeatureCollection } from 'geojson';
import type { CoverageStats } from '../../engine/coverage/types.ts';
import type { Region, TargetArea } from '../../engine/model/dataset.ts';
import type { BudgetReport } from '../../engine/subsidy/budget.ts';
import type { CheckReport } from '../../engine/targets/types.ts';
import type { FailingAreasOfTarget } from '../../engine/targets/failing-areas.ts';
import type { Site } from '../../engine/model/types.ts';
import { sitesInService } from '../../engine/model/in-service.ts';
import type { Lang } from '../i18n.ts';
import type { RasterMetric } from '../../engine/render/raster-image.ts';
import type { Township, UrbanDisk } from '../io/dataset.ts';
import type { EditingRole } from '../io/tab-lock.ts';
import type { TownshipAreaOutcome } from '../../engine/model/township-area.ts';
import type { HexArea } from '../../engine/planning/hex-candidates.ts';
import type { PlanGoal, PlanResult } from '../../engine/planning/types.ts';
import type { Operator } from '../../engine/model/types.ts';
import type { TerrainModel } from '../../engine/terrain/dem-grid.ts';
import type { AntennaPattern } from '../../engine/radio/msi-pattern.ts';
import type { LinkProfileResult } from '../../engine/terrain/link-profile.ts';
import type { PmtilesInfo } from '../map/pmtiles-basemap.ts';

export type CoverageStatus = 'idle' | 'running' | 'done' | 'error';

/** Terrain under the coverage (contract section 8): flat, or the embedded coarse relief model. */
export interface TerrainView {
  kind: 'flat' | 'coarse' | 'dem';
  model: TerrainModel | null;
  /** The user's imported DEM (kept in IndexedDB), whether or not it is the one in use. */
  imported: TerrainModel | null;
  loading: boolean;
  error: string | null;
  /** Imported vendor antenna patterns by name (kept in IndexedDB), for sectors[].pattern. */
  patterns: Record<string, AntennaPattern>;
  /** False until the patterns kept in IndexedDB are back (a moment after start-up). */
  patternsRestored: boolean;
}

/** The link-profile tool: armed = the next map click is the user's point for the selected site. */
export interface ProfileView {
  armed: boolean;
  siteId: string | null;
  toLonLat: [number, number] | null;
  result: LinkProfileResult | null;
}

export interface CoverageView {
  status: CoverageStatus;
  /** 0..1 while running. */
  fraction: number;
  pixelsPerS: number;
  stats: CoverageStats | null;
  recomputedTiles: number | null;
  elapsedMs: number | null;
  error: string | null;
  /** Increments with every finished run, so tests and panels can wait for a fresh result. */
  runs: number;
}

export interface TargetsView {
  status: CoverageStatus;
  report: CheckReport | null;
  planName: string;
  /** The action plan's region (e.g. 濮阳市), for the printable report. */
  regionName: string;
  /** The failing areas of each area-coverage target (engine failingAreas, from the targets worker). */
  failing: FailingAreasOfTarget[];
  /** Years of the plan that hold targets. */
  years: number[];
  error: string | null;
  runs: number;
}

export interface BudgetView {
  report: BudgetReport | null;
  error: string | null;
  runs: number;
}

/** The site-selection panel (issue 5): its inputs, the run and its result. */
export interface PlanningView {
  goal: PlanGoal;
  /** Candidates: the plan's sites with status candidate, or a generated hex lattice. */
  source: 'plan' | 'hex';
  hexOperator: Operator;
  /** The generated lattice (kept until the plan changes the areas' coverage enough to redo it). */
  hex: { sites: Site[]; areas: HexArea[] } | null;
  /** max-coverage limits; null = no limit of that kind. */
  maxSites: number | null;
  budgetYuan: number | null;
  status: CoverageStatus | 'cancelled';
  /** 'request' = building the request (hex lattice), 'solve' = footprints + selection. */
  phase: 'request' | 'solve' | null;
  fraction: number;
  result: PlanResult | null;
  /** The run's candidates (result.chosen[i].candidate indexes them) and the year they are planned for. */
  candidates: Site[];
  year: number;
  /** Ranks ticked for acceptance. */
  picked: number[];
  /** Sites accepted by the last "accept", null before. */
  accepted: number | null;
  elapsedMs: number | null;
  error: string | null;
  runs: number;
}

/** Budget what-if sliders; null = the policy's own value. */
export interface WhatIf {
  /** Share of stations counted as SA, 0-1. */
  saShare: number | null;
  /** City's part of the local (non-province) share, 0-1 (the rest is the county's). */
  cityPart: number | null;
}

export interface AppState {
  lang: Lang;
  terrain: TerrainView;
  profile: ProfileView;
  /** County-level regions (the study area) and settlement target areas: the embedded dataset or the user's import. */
  regions: Region[];
  areas: TargetArea[];
  /** Township-level units; those the sources leave unplaced can be placed by the user (townshipPoints). */
  townships: Township[];
  townshipPoints: Record<string, [number, number]>;
  /** What the user's township points gave (an area, or why none), by township code (township-areas.ts). */
  townshipAreas: Record<string, TownshipAreaOutcome>;
  /** Urban disks of the embedded dataset's counties, for sizing placed townships. */
  urbanDisks: Record<string, UrbanDisk>;
  /** The township whose point the next map click gives. */
  placingTownship: string | null;
  /** The whole plan, every year and status. */
  sites: Site[];
  /** Undo/redo stacks of earlier and later plans (arrays are never mutated, so sharing is cheap). */
  past: Site[][];
  future: Site[][];
  /** Show the plan as of this year (sites with a later year are hidden and not computed). */
  year: number;
  selectedId: string | null;
  /** Multi-selection (shift+click) for bulk edits. */
  multiIds: string[];
  /** 'add' = the next map click places a new site. */
  tool: 'browse' | 'add';
  /** Where the next site goes while its form is open (not yet in the plan). */
  draftLonLat: [number, number] | null;
  resM: number;
  thresholdDbm: number;
  /** What the coverage layer shows. */
  metric: RasterMetric;
  coverage: CoverageView;
  basemapUrl: string | null;
  /** A local .pmtiles file as the basemap (the file itself is in the pmtiles protocol and IndexedDB). */
  basemapPmtiles: PmtilesInfo | null;
  /** Relief shading of the coarse terrain model in the context map (on unless the user turned it off). */
  reliefShading: boolean;
  /** One-line notice (autosave restore, import result, errors). */
  notice: { kind: 'info' | 'warn' | 'error'; text: string } | null;
  /** This tab's part in editing the plan (io/tab-lock.ts): only the editor changes and saves it. */
  editing: EditingRole;
  /** The region shown (?region= in the URL): a province id, puyang, or a prefecture / county code. */
  regionId: string;
  regionLoading: boolean;
  /** The action plan checked (an id in data/targets.json). */
  planId: string;
  targets: TargetsView;
  budget: BudgetView;
  whatIf: WhatIf;
  /** Holes of the target areas picked in the targets panel, outlined on the map. */
  holes: FeatureCollection | null;
  planning: PlanningView;
}

export const YEARS = [2020, 2021, 2022, 2023] as const;

export function initialState(): AppState {
  return {
    lang: 'zh',
    terrain: { kind: 'flat', model: null, imported: null, loading: false, error: null, patterns: {}, patternsRestored: false },
    profile: { armed: false, siteId: null, toLonLat: null, result: null },
    regions: [],
    areas: [],
    townships: [],
    townshipPoints: {},
    townshipAreas: {},
    urbanDisks: {},
    placingTownship: null,
    sites: [],
    past: [],
    future: [],
    // The synthetic plan's last year (issue 2: 2020-2022); the slider still reaches 2023.
    year: 2022,
    selectedId: null,
    multiIds: [],
    tool: 'browse',
    draftLonLat: null,
    resM: 100,
    thresholdDbm: -105,
    metric: 'rsrp',
    coverage: { status: 'idle', fraction: 0, pixelsPerS: 0, stats: null, recomputedTiles: null, elapsedMs: null, error: null, runs: 0 },
    basemapUrl: null,
    basemapPmtiles: null,
    reliefShading: true,
    notice: null,
    // Until the tab lock answers (before the plan is loaded): nothing is written meanwhile.
    editing: 'starting',
    regionId: 'puyang',
    regionLoading: false,
    planId: 'puyang-2020-2022',
    targets: { status: 'idle', report: null, planName: '', regionName: '', failing: [], years: [], error: null, runs: 0 },
    budget: { report: null, error: null, runs: 0 },
    whatIf: { saShare: null, cityPart: null },
    holes: null,
    planning: {
      goal: 'meet-targets', source: 'plan', hexOperator: 'CMCC', hex: null, maxSites: 10, budgetYuan: null,
      status: 'idle', phase: null, fraction: 0, result: null, candidates: [], year: 2022, picked: [], accepted: null, elapsedMs: null, error: null, runs: 0,
    },
  };
}

/** Sites that exist as of the chosen year (a site without a year is always shown). */
export function sitesAsOfYear(state: AppState): Site[] {
  return state.sites.filter((s) => s.year === null || s.year <= state.year);
}

/** Whether what the coverage is computed from changed (sites, boundaries, areas, year, resolution, threshold). */
export function coverageInputsChanged(s: AppState, prev: AppState): boolean {
  return s.sites !== prev.sites || s.regions !== prev.regions || s.areas !== prev.areas || s.year !== prev.year || s.resM !== prev.resM || s.thresholdDbm !== prev.thresholdDbm
    || s.terrain.model !== prev.terrain.model || s.terrain.patterns !== prev.terrain.patterns;
}

/** Sites that count for coverage: as of the year, candidates excluded (contract section 1). */
/** The stations on the air in the slider's year: the engine's rule (in-service.ts), the one the targets count. */
export function coverageSites(state: AppState): Site[] {
  return sitesInService(state.sites, state.year);
}
