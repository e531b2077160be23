// The user's imported DEM files, kept in IndexedDB (a database of their own beside the plan's
// autosave) so a reload keeps the terrain; read back at start-up by the terrain panel.
import { openDB, type IDBPDatabase } from 'idb';
import type { DemFile } from '../../engine/terrain/load-dem.ts';

const DB_NAME = 'g5plan-terrain';
const STORE = 'dem';
const KEY = 'files';

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
