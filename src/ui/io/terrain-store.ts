// The user's imported DEM files, kept in IndexedDB (a database of their own beside the plan's
// autosave) so a reload keeps the terrain; read back at start-up by the terrain panel. The
// imported antenna pattern files are kept beside them.
import { openDB, type IDBPDatabase } from 'idb';
import type { DemFile } from '../../engine/terrain/load-dem.ts';
import type { PatternFile } from '../../../workers/terrain.worker.ts';

const DB_NAME = 'g5plan-terrain';
const STORE = 'dem';
const KEY = 'files';
const PATTERNS_KEY = 'patterns';

let dbPromise: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> {
  dbPromise ??= openDB(DB_NAME, 1, { upgrade(d) { d.createObjectStore(STORE); } });
  return dbPromise;
}

export async function saveDemFiles(files: DemFile[]): Promise<void> {
  await (await db()).put(STORE, files, KEY);
}

export async function loadDemFiles(): Promise<DemFile[]> {
  return ((await (await db()).get(STORE, KEY)) as DemFile[] | undefined) ?? [];
}

export async function clearDemFiles(): Promise<void> {
  await (await db()).delete(STORE, KEY);
}

export async function savePatternFiles(files: PatternFile[]): Promise<void> {
  await (await db()).put(STORE, files, PATTERNS_KEY);
}

export async function loadPatternFiles(): Promise<PatternFile[]> {
  return ((await (await db()).get(STORE, PATTERNS_KEY)) as PatternFile[] | undefined) ?? [];
}
