// The map's legend of site symbols (operator colours, built/planned/candidate shapes) and of the
// outlines (settlement areas, modelled disks, holes), folded in a corner of the map.
import { OPERATORS } from '../../engine/model/types.ts';
import { OPERATOR_COLOURS, symbolIconSvg } from '../../engine/render/site-symbols.ts';
import { h } from '../dom.ts';
import { t, tEnum } from '../i18n.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/** Our own constant SVG markup (no user text), parsed into an element. */
function icon(svg: string): HTMLElement {
  const span = h('span', { class: 'legend-icon' });
  span.innerHTML = svg;
  return span;
}

function item(graphic: HTMLElement, label: string): HTMLElement {
  return h('li', {}, graphic, h('span', { text: label }));
}

export function mountSiteLegend(parent: HTMLElement, store: Store<AppState>): void {
  const box = h('details', { id: 'map-legend', class: 'panel' });
  box.open = window.innerWidth > 700;
  parent.append(box);
  function render(): void {
    const open = box.open;
    box.replaceChildren(
      h('summary', { text: t('mapLegend') }),
      h('ul', { class: 'legend-list' },
        ...OPERATORS.map((op) => item(icon(symbolIconSvg(OPERATOR_COLOURS[op], 'built')), tEnum('op', op)))),
      h('ul', { class: 'legend-list' },
        ...(['built', 'planned', 'candidate'] as const).map((st) => item(icon(symbolIconSvg('#455a64', st)), tEnum('st', st))),
        item(h('span', { class: 'legend-swatch area' }), t('areas')),
        item(h('span', { class: 'legend-swatch modelled' }), t('modelledShort')),
        item(h('span', { class: 'legend-swatch hole' }), t('holesLegend'))),
    );
    box.open = open;
  }
  render();
  store.subscribe((s, prev) => { if (s.lang !== prev.lang) render(); });
}
