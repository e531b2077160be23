// A minimal observable store: one immutable state object, shallow patches, subscribers told of
// every change with the previous state so they can skip work when their slice did not change.
export interface Store<S> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(fn: (state: S, prev: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const subscribers = new Set<(state: S, prev: S) => void>();
  return {
    get: () => state,
    set(patch) {
      const prev = state;
      state = { ...state, ...patch };
      for (const fn of subscribers) fn(state, prev);
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}
