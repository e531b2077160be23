/** HTML text helpers for the printable report: every user-given string goes through esc(). */
export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A table: header cells, then rows of cells; a cell is text (escaped) or {html} (already markup). */
export type Cell = string | number | { html: string } | { text: string; cls: string };

function cell(tag: 'td' | 'th', c: Cell, numeric: boolean): string {
  if (typeof c === 'object' && 'html' in c) return `<${tag}>${c.html}</${tag}>`;
  if (typeof c === 'object') return `<${tag} class="${c.cls}">${esc(c.text)}</${tag}>`;
  return `<${tag}${numeric ? ' class="num"' : ''}>${esc(c)}</${tag}>`;
}

export function table(head: string[], rows: Cell[][], opts: { id?: string; numericFrom?: number } = {}): string {
  const from = opts.numericFrom ?? 1;
  return `<table${opts.id ? ` id="${opts.id}"` : ''}><thead><tr>${head.map((x, i) => cell('th', x, i >= from)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => cell('td', c, i >= from)).join('')}</tr>`).join('')}</tbody></table>`;
}
