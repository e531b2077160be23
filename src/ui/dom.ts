// Tiny DOM helpers. Text always goes in through textContent (never innerHTML), so names from
// imported files can never inject markup.
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v as EventListener);
    else if (k === 'text') el.textContent = String(v);
    else if (k in el && k !== 'list' && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

export function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const o = h('option', { value, text: label });
  o.selected = selected;
  return o;
}

/** Drops the nulls of optional children, for replaceChildren(). */
export function present(...children: (Node | string | null)[]): (Node | string)[] {
  return children.filter((c): c is Node | string => c !== null);
}
