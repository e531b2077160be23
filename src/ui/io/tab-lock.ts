// One editor at a time across the tabs of this browser (issue 12, part 2), as web editors do:
// the tab holding the Web Lock "g5plan-editor" edits and autosaves; any other tab is read-only,
// follows the editor's saves, and becomes the editor when the editing tab is closed (after
// reading the plan back), but not when it is reloaded: a closing editor says so, and read-only
// tabs leave the lock to it for VACANCY_WAIT_MS, the time a reload takes to ask again. "Take
// over" is a handshake on a BroadcastChannel: the editor finishes writing its last change, then
// releases the lock and turns read-only; a tab that does not answer (frozen, crashed) loses the
// lock by force after TAKEOVER_WAIT_MS. Without Web Locks (an old browser) every tab edits.

const LOCK = 'g5plan-editor';
const CHANNEL = 'g5plan-tabs';
export const TAKEOVER_WAIT_MS = 3000;
/** At start, how long to wait for a lock still held by the page this one replaces (a reload). */
const START_GRACE_MS = 800;
/** After an editor closed (or a reload began), how long read-only tabs leave the lock alone. */
const VACANCY_WAIT_MS = 4000;
/** How often a read-only tab looks for a vacant lock (an editor that vanished without a word). */
const VACANCY_POLL_MS = 5000;

/** 'starting': until the lock first answers (nothing is written meanwhile). */
export type EditingRole = 'starting' | 'editor' | 'readonly' | 'taking-over';

type Message = { type: 'release-request' } | { type: 'saved' } | { type: 'closing' };

export interface TabLockHooks {
  /** The role changed (after the first decision, a takeover, or losing the lock). */
  onRole(role: EditingRole): void;
  /** Another tab saved the plan: a read-only tab reloads it. */
  onSaved(): void;
  /** Before releasing the lock to another tab: finish writing the plan. */
  flush(): Promise<void>;
  /** About to edit after another tab did: read the plan as it left it. */
  reload(): Promise<void>;
}

export interface TabLock {
  role(): EditingRole;
  /** This tab's first role, once the lock has answered. */
  ready: Promise<EditingRole>;
  /** Ask the editing tab to hand over; resolves when this tab edits. */
  takeOver(): Promise<void>;
  /** Tell the other tabs a save landed. */
  announceSave(): void;
}

export function startTabLock(hooks: TabLockHooks): TabLock {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  let role: EditingRole = 'starting';
  const set = (r: EditingRole) => { role = r; hooks.onRole(r); };
  if (!locks || typeof BroadcastChannel === 'undefined') {
    set('editor');
    return { role: () => role, ready: Promise.resolve(role), takeOver: async () => {}, announceSave: () => {} };
  }
  const channel = new BroadcastChannel(CHANNEL);
  let release: (() => void) | null = null;
  let becameEditor: () => void = () => {};
  let editorLeftAt = 0;

  /** Holds the lock until released (handover) or stolen; resolves with whether it was granted. */
  const hold = (options: LockOptions) => new Promise<boolean>((granted) => {
    let had = false;
    locks.request(LOCK, options, (lock) => {
      if (!lock) { granted(false); return undefined; }
      had = true;
      granted(true);
      return new Promise<void>((done) => { release = done; });
    }).catch(() => {
      if (!had) { granted(false); return; } // a queued wait called off
      release = null; // stolen: every edit was already written as it was made
      if (role === 'editor') set('readonly');
    });
  });

  /** This tab got the lock after another tab edited: read the plan back, then edit. */
  async function become(): Promise<void> {
    await hooks.reload();
    set('editor');
    becameEditor();
  }

  /** Read-only: take a vacant lock (the editor was closed), unless an editor may be reloading. */
  async function tryVacancy(): Promise<void> {
    if (role !== 'readonly' || Date.now() - editorLeftAt < VACANCY_WAIT_MS) return;
    if (await hold({ ifAvailable: true })) await become();
  }
  setInterval(() => void tryVacancy(), VACANCY_POLL_MS);
  addEventListener('pagehide', () => { if (role === 'editor') channel.postMessage({ type: 'closing' } satisfies Message); });

  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data.type === 'saved' && role !== 'editor') hooks.onSaved();
    if (e.data.type === 'closing') {
      editorLeftAt = Date.now();
      setTimeout(() => void tryVacancy(), VACANCY_WAIT_MS + 100);
    }
    if (e.data.type === 'release-request' && role === 'editor' && release) {
      const done = release;
      release = null;
      void hooks.flush().finally(() => { set('readonly'); done(); });
    }
  };

  const ready = (async () => {
    let got = await hold({ ifAvailable: true });
    if (!got) {
      // A reload: the page being replaced may still hold the lock for a moment.
      const grace = new AbortController();
      const timer = setTimeout(() => grace.abort(), START_GRACE_MS);
      got = await hold({ signal: grace.signal });
      clearTimeout(timer);
    }
    set(got ? 'editor' : 'readonly');
    return role;
  })();

  return {
    role: () => role,
    ready,
    async takeOver() {
      if (role === 'editor') return;
      const edited = new Promise<void>((resolve) => { becameEditor = resolve; });
      set('taking-over');
      channel.postMessage({ type: 'release-request' } satisfies Message);
      // Wait for the editor to release the lock; force it if it does not answer in time.
      const wait = new AbortController();
      const timer = setTimeout(() => wait.abort(), TAKEOVER_WAIT_MS);
      const released = await hold({ signal: wait.signal });
      clearTimeout(timer);
      if (released || (await hold({ steal: true }))) await become();
      await edited;
    },
    announceSave() {
      if (role === 'editor') channel.postMessage({ type: 'saved' } satisfies Message);
    },
  };
}
