// The site form: opens for a new site (add tool + map click) or the selected one. Defaults come
// from the contract (engine defaults); only fields the user changed are written into the site's
// properties, so an untouched site exports exactly as it was imported.
import { BAND_BY_OPERATOR, KIND_HEIGHT_M, KIND_TX_POWER_DBM } from '../../engine/model/defaults.ts';
import { BANDS, KINDS, MODES, OPERATORS, POWER_SUPPLIES, STATUSES, type Site } from '../../engine/model/types.ts';
import { h, option } from '../dom.ts';
import { formatNumber, t, tEnum, type StringKey } from '../i18n.ts';
import type { Actions } from '../state/actions.ts';
import { YEARS, type AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

interface FormValues {
  name: string; operator: string; band: string; kind: string; status: string; year: string;
  mode: string; heightM: string; txPowerDbm: string; sectors: string; powerSupply: string;
}

function valuesOf(site: Site): FormValues {
  return {
    name: site.name, operator: site.operator, band: site.band, kind: site.kind, status: site.status,
    year: site.year === null ? '' : String(site.year), mode: site.mode, heightM: String(site.heightM),
    txPowerDbm: String(site.txPowerDbm), sectors: site.sectors.map((s) => s.azimuthDeg).join(';'), powerSupply: site.powerSupply,
  };
}

function newSiteValues(year: number): FormValues {
  return {
    name: '', operator: 'CMCC', band: BAND_BY_OPERATOR.CMCC, kind: 'macro', status: 'planned', year: String(year), mode: 'SA',
    heightM: String(KIND_HEIGHT_M.macro), txPowerDbm: String(KIND_TX_POWER_DBM.macro), sectors: '0;120;240', powerSupply: 'direct',
  };
}

/**
 * Form text -> a property value of the contract's type. Sectors are edited as azimuths; the
 * k-th new azimuth keeps the k-th existing sector's tilt and beamwidths, so editing an imported
 * site's azimuths does not reset its antennas to the defaults.
 */
function toProp(field: keyof FormValues, text: string, site?: Site): unknown {
  if (field === 'year' || field === 'heightM' || field === 'txPowerDbm') return text.trim() === '' ? undefined : Number(text);
  if (field === 'sectors') {
    const parts = text.split(/[;,/\s]+/).filter(Boolean);
    return parts.map((p, k) => ({ ...(site?.sectors[k] ?? {}), azimuthDeg: Number(p) }));
  }
  return text;
}

export function mountSiteForm(parent: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const panel = h('section', { class: 'panel', id: 'site-form' });
  parent.append(panel);

  function render(s: AppState): void {
    const site = s.selectedId ? s.sites.find((x) => x.id === s.selectedId) : undefined;
    const lonLat = site?.lonLat ?? s.draftLonLat;
    if (!lonLat) { panel.hidden = true; panel.replaceChildren(); return; }
    panel.hidden = false;
    const initial = site ? valuesOf(site) : newSiteValues(s.year);
    const inputs = new Map<keyof FormValues, HTMLInputElement | HTMLSelectElement>();
    const errors = h('ul', { class: 'errors', id: 'site-form-errors' });

    const select = (field: keyof FormValues, values: readonly string[], label: (v: string) => string) => {
      const el = h('select', { name: field }, ...values.map((v) => option(v, label(v), v === initial[field])));
      inputs.set(field, el);
      return el;
    };
    const input = (field: keyof FormValues, type: string) => {
      const el = h('input', { name: field, type, value: initial[field] });
      inputs.set(field, el);
      return el;
    };
    const row = (key: StringKey, el: HTMLElement) => h('label', { class: 'row' }, h('span', { text: t(key) }), el);

    const operator = select('operator', OPERATORS, (v) => tEnum('op', v));
    const kind = select('kind', KINDS, (v) => tEnum('kind', v));
    // Defaults follow the operator (band) and the station kind (height, power), as in the contract.
    operator.addEventListener('change', () => { inputs.get('band')!.value = BAND_BY_OPERATOR[operator.value as keyof typeof BAND_BY_OPERATOR]; });
    kind.addEventListener('change', () => {
      const k = kind.value as keyof typeof KIND_HEIGHT_M;
      inputs.get('heightM')!.value = String(KIND_HEIGHT_M[k]);
      inputs.get('txPowerDbm')!.value = String(KIND_TX_POWER_DBM[k]);
      inputs.get('sectors')!.value = k === 'macro' ? '0;120;240' : '';
    });

    function submit(e: Event): void {
      e.preventDefault();
      const props: Record<string, unknown> = site ? { ...site.props } : { id: actions.newSiteId() };
      for (const [field, el] of inputs) {
        if (site && el.value === initial[field]) continue; // untouched: keep the file's own value or default
        const v = toProp(field, el.value, site);
        if (v === undefined || (field === 'name' && el.value === '')) delete props[field];
        else props[field] = v;
      }
      const built = actions.buildSite(props, lonLat!);
      if (!built.site) {
        errors.replaceChildren(...built.issues.map((i) => h('li', { text: `${i.field ?? ''}: ${i.message}` })));
        return;
      }
      if (site) actions.updateSite(built.site);
      else actions.addSite(built.site);
    }

    const title = site ? `${t('site')} ${site.id}` : t('addSite');
    panel.replaceChildren(h('form', { onsubmit: submit },
      h('h2', {}, h('span', { text: title })),
      h('div', { class: 'figures', text: `${formatNumber(lonLat[0], 5)}, ${formatNumber(lonLat[1], 5)}${site?.county ? ` · ${t('county')} ${site.county}` : ''}` }),
      row('name', input('name', 'text')),
      row('operator', operator),
      row('band', select('band', BANDS, (v) => v)),
      row('kind', kind),
      row('status', select('status', STATUSES, (v) => tEnum('st', v))),
      row('year', select('year', [...new Set(['', ...YEARS.map(String), initial.year])], (v) => v || '—')),
      row('mode', select('mode', MODES, (v) => v)),
      row('heightM', input('heightM', 'number')),
      row('txPowerDbm', input('txPowerDbm', 'number')),
      row('sectors', input('sectors', 'text')),
      row('powerSupply', select('powerSupply', POWER_SUPPLIES, (v) => tEnum('ps', v))),
      errors,
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', id: 'site-save', text: t('save') }),
        site ? h('button', { type: 'button', id: 'site-delete', class: 'danger', text: t('delete'), onclick: () => actions.deleteSite(site.id) }) : null,
        h('button', { type: 'button', id: 'site-cancel', text: t('cancel'), onclick: () => actions.select(null) }),
      ),
    ));
    (inputs.get('sectors') as HTMLInputElement).placeholder = t('sectorsHint');
  }

  render(store.get());
  store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId || s.draftLonLat !== prev.draftLonLat || s.lang !== prev.lang || (s.selectedId && s.sites !== prev.sites)) render(s);
  });
}
