// Autosave of the plan in IndexedDB (idb): written after every change, read back at start-up so
// a reload or a crash loses nothing. Stored as GeoJSON features, the same lossless form as export.
import { openDB, type IDBPDatabase } from 'idb';
import type { FeatureCollection, Point } from 'geojson';

const DB_NAME = 'g5plan';
const STORE = 'plans';
const KEY = 'current';

export interface SavedPlan {
  savedAt: string;
  plan: FeatureCollection<Point>;
}

let dbPromise: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(STORE);
    },
  });
  return dbPromise;
}

export async function savePlan(plan: FeatureCollection<Point>): Promise<void> {
  const saved: SavedPlan = { savedAt: new Date().toISOString(), plan };
  await (await db()).put(STORE, saved, KEY);
}

export async function loadSavedPlan(): Promise<SavedPlan | null> {
  return ((await (await db()).get(STORE, KEY)) as SavedPlan | undefined) ?? null;
}

const TOWNSHIPS_KEY = 'township-points';

/** Points the user gave for townships the sources leave unplaced, by township code. */
export async function saveTownshipPoints(points: Record<string, [number, number]>): Promise<void> {
  await (await db()).put(STORE, points, TOWNSHIPS_KEY);
}

export async function loadTownshipPoints(): Promise<Record<string, [number, number]>> {
  return ((await (await db()).get(STORE, TOWNSHIPS_KEY)) as Record<string, [number, number]> | undefined) ?? {};
}

export async function clearSavedPlan(): Promise<void> {
  await (await db()).delete(STORE, KEY);
}
