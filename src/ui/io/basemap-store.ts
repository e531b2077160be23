// The user's local .pmtiles basemap, kept in IndexedDB (a database of its own) so a reload shows
// it again without picking the file anew. The browser stores a copy of the file: its storage
// quota applies; when the copy cannot be written the basemap still shows until the next reload.
import { openDB, type IDBPDatabase } from 'idb';

const DB_NAME = 'g5plan-basemap';
const STORE = 'pmtiles';
const KEY = 'file';

let dbPromise: Promise<IDBPDatabase> | null = null;
const db = () => (dbPromise ??= openDB(DB_NAME, 1, { upgrade(d) { d.createObjectStore(STORE); } }));

export async function savePmtilesFile(file: File): Promise<void> {
  await (await db()).put(STORE, { name: file.name, blob: file }, KEY);
}

export async function loadPmtilesFile(): Promise<File | null> {
  const saved = (await (await db()).get(STORE, KEY)) as { name: string; blob: Blob } | undefined;
  return saved ? new File([saved.blob], saved.name) : null;
}

export async function clearPmtilesFile(): Promise<void> {
  await (await db()).delete(STORE, KEY);
}
