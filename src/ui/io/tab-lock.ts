// One editor at a time across the tabs of this browser (issue 12, part 2), as web editors do:
// the tab holding the Web Lock "g5plan-editor" edits and autosaves; any other tab is read-only,
// follows the editor's saves, and may take over. Taking over is a handshake on a
// BroadcastChannel: the editor writes its last change to IndexedDB, then releases the lock and
// turns read-only; the new editor reads the plan back before editing. A tab that does not answer
// (frozen, crashed) loses the lock by force after TAKEOVER_WAIT_MS. Without Web Locks (an old
// browser) every tab edits, as before.

const LOCK = 'g5plan-editor';
const CHANNEL = 'g5plan-tabs';
export const TAKEOVER_WAIT_MS = 3000;

/** 'starting': until the lock first answers (nothing is written meanwhile). */
export type EditingRole = 'starting' | 'editor' | 'readonly' | 'taking-over';

type Message = { type: 'release-request' } | { type: 'released' } | { type: 'saved' };

export interface TabLockHooks {
  /** The role changed (after the first decision, a takeover, or losing the lock). */
  onRole(role: EditingRole): void;
  /** Another tab saved the plan: a read-only tab reloads it. */
  onSaved(): void;
  /** Before releasing the lock to another tab: finish writing the plan. */
  flush(): Promise<void>;
  /** Just became the editor after a takeover: read the plan as the last editor left it. */
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
  let role: EditingRole = 'editor';
  const set = (r: EditingRole) => { role = r; hooks.onRole(r); };
  if (!locks || typeof BroadcastChannel === 'undefined') {
    hooks.onRole(role);
    return { role: () => role, ready: Promise.resolve(role), takeOver: async () => {}, announceSave: () => {} };
  }
  const channel = new BroadcastChannel(CHANNEL);
  let release: (() => void) | null = null;

  /** Holds the lock until released (takeover) or stolen (the other tab forced it); false = not had. */
  const hold = (options: LockOptions) => new Promise<boolean>((granted) => {
    let had = false;
    locks.request(LOCK, options, (lock) => {
      if (!lock) { granted(false); return undefined; }
      had = true;
      granted(true);
      return new Promise<void>((done) => { release = done; });
    }).catch(() => {
      if (!had) { granted(false); return; } // the wait was called off (a forced takeover follows)
      // Stolen: another tab took over without our answer; every edit was already written as it was made.
      release = null;
      if (role === 'editor') set('readonly');
    });
  });

  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data.type === 'saved' && role !== 'editor') hooks.onSaved();
    if (e.data.type === 'release-request' && role === 'editor' && release) {
      const done = release;
      release = null;
      void hooks.flush().finally(() => { set('readonly'); done(); channel.postMessage({ type: 'released' } satisfies Message); });
    }
  };

  const ready = hold({ ifAvailable: true }).then((got) => { set(got ? 'editor' : 'readonly'); return role; });

  return {
    role: () => role,
    ready,
    async takeOver() {
      if (role === 'editor') return;
      set('taking-over');
      channel.postMessage({ type: 'release-request' } satisfies Message);
      // Wait for the editor's release; force it if it does not answer in time.
      const wait = new AbortController();
      const timer = setTimeout(() => wait.abort(), TAKEOVER_WAIT_MS);
      const released = await hold({ signal: wait.signal });
      clearTimeout(timer);
      if (!released) await hold({ steal: true });
      await hooks.reload();
      set('editor');
    },
    announceSave() {
      if (role === 'editor') channel.postMessage({ type: 'saved' } satisfies Message);
    },
  };
}
