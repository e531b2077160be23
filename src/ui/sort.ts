// Sortable tables: one comparator for text (Chinese collation) and numbers (missing values last
// when ascending), and the header cells that flip the order on click.
import { h } from './dom.ts';

export interface SortState<K extends string> { key: K; ascending: boolean }

export function compareValues(x: unknown, y: unknown): number {
  if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y, 'zh-CN');
  return Number(x ?? -Infinity) - Number(y ?? -Infinity);
}

export function sortBy<T, K extends string>(rows: T[], sort: SortState<K>, value: (row: T, key: K) => unknown): T[] {
  return rows.slice().sort((a, b) => {
    const c = compareValues(value(a, sort.key), value(b, sort.key));
    return sort.ascending ? c : -c;
  });
}

/** A header cell that sorts by `key` (a second click reverses), with ▲/▼ on the active one. */
export function sortHeader<K extends string>(key: K, label: string, sort: SortState<K>, onSort: (next: SortState<K>) => void, numeric = false): HTMLTableCellElement {
  const arrow = key === sort.key ? (sort.ascending ? ' ▲' : ' ▼') : '';
  return h('th', {
    class: numeric ? 'sortable num' : 'sortable', 'data-key': key, text: label + arrow,
    onclick: () => onSort({ key, ascending: key === sort.key ? !sort.ascending : true }),
  });
}
