// The site form: opens for a new site (add tool + map click) or the selected one. Defaults come
// from the contract (engine defaults); only fields the user changed are written into the site's
// properties, so an untouched site exports exactly as it was imported. Sectors are edited as
// four lists: azimuths, and the down-tilts and beamwidths (one value for every sector, or one
// per sector in azimuth order).
import { BAND_BY_OPERATOR, DEFAULT_H_BEAMWIDTH_DEG, DEFAULT_TILT_DEG, DEFAULT_V_BEAMWIDTH_DEG, KIND_HEIGHT_M, KIND_TX_POWER_DBM, KIND_TX_POWER_RANGE_DBM } from '../../engine/model/defaults.ts';
import { BANDS, KINDS, MODES, OPERATORS, POWER_SUPPLIES, STATUSES, type Sector, type Site } from '../../engine/model/types.ts';
import { h, option } from '../dom.ts';
import { formatNumber, t, tEnum, type StringKey } from '../i18n.ts';
import { engineText } from '../engine-text.ts';
import type { Actions } from '../state/actions.ts';
import { YEARS, type AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

interface FormValues {
  name: string; operator: string; band: string; kind: string; status: string; year: string;
  mode: string; heightM: string; txPowerDbm: string; sectors: string; tilts: string;
  hBeamwidths: string; vBeamwidths: string; patterns: string; powerSupply: string;
}

/** The per-sector fields besides the azimuth, as the form names them. */
const SECTOR_LISTS = { tilts: 'tiltDeg', hBeamwidths: 'hBeamwidthDeg', vBeamwidths: 'vBeamwidthDeg' } as const;
type SectorList = keyof typeof SECTOR_LISTS;
const SECTOR_FIELDS = new Set<keyof FormValues>(['sectors', 'tilts', 'hBeamwidths', 'vBeamwidths', 'patterns']);

/** One value when every sector has it, else one per sector. */
function listText(values: number[]): string {
  return values.length && values.every((v) => v === values[0]) ? String(values[0]) : values.join(';');
}

function valuesOf(site: Site): FormValues {
  const list = (f: Exclude<keyof Sector, 'pattern'>) => listText(site.sectors.map((s) => s[f]));
  return {
    name: site.name, operator: site.operator, band: site.band, kind: site.kind, status: site.status,
    year: site.year === null ? '' : String(site.year), mode: site.mode, heightM: String(site.heightM),
    txPowerDbm: String(site.txPowerDbm), sectors: site.sectors.map((s) => s.azimuthDeg).join(';'),
    tilts: list('tiltDeg'), hBeamwidths: list('hBeamwidthDeg'), vBeamwidths: list('vBeamwidthDeg'), patterns: patternsText(site), powerSupply: site.powerSupply,
  };
}

/** The sectors' pattern names: one when all name the same (or none), else one per sector (";"-separated, empty = 38.901). */
function patternsText(site: Site): string {
  const names = site.sectors.map((s) => s.pattern ?? '');
  return names.every((n) => n === names[0]) ? names[0] ?? '' : names.join(';');
}

const MACRO_SECTORS = { sectors: '0;120;240', tilts: String(DEFAULT_TILT_DEG), hBeamwidths: String(DEFAULT_H_BEAMWIDTH_DEG), vBeamwidths: String(DEFAULT_V_BEAMWIDTH_DEG), patterns: '' };

function newSiteValues(year: number): FormValues {
  return {
    name: '', operator: 'CMCC', band: BAND_BY_OPERATOR.CMCC, kind: 'macro', status: 'planned', year: String(year), mode: 'SA',
    heightM: String(KIND_HEIGHT_M.macro), txPowerDbm: String(KIND_TX_POWER_DBM.macro), ...MACRO_SECTORS, powerSupply: 'direct',
  };
}

const splitList = (text: string) => text.split(/[;,/\s]+/).filter(Boolean);

/** The engine's property names as the form labels them ("sectors[1].tiltDeg" -> "下倾角 (°)（扇区 2）"). */
const FORM_LABEL: Record<string, StringKey> = {
  name: 'name', operator: 'operator', band: 'band', kind: 'kind', status: 'status', year: 'year', mode: 'mode', heightM: 'heightM',
  txPowerDbm: 'txPowerDbm', sectors: 'sectors', azimuthDeg: 'sectors', tiltDeg: 'tilts', hBeamwidthDeg: 'hBeamwidths', vBeamwidthDeg: 'vBeamwidths', pattern: 'sectorPatterns', powerSupply: 'powerSupply',
};
export function formFieldLabel(field: string | undefined): string {
  if (!field) return '';
  const m = /^sectors\[(\d+)\]\.(\w+)$/.exec(field);
  const key = FORM_LABEL[m ? m[2] : field];
  const label = key ? t(key) : field;
  return m ? `${label}（${t('sector')} ${Number(m[1]) + 1}）` : label;
}

/** A power outside the station kind's plausible range, as a form error; null when plausible. */
function powerProblem(kind: string, powerText: string): string | null {
  const range = KIND_TX_POWER_RANGE_DBM[kind as keyof typeof KIND_TX_POWER_RANGE_DBM];
  const v = Number(powerText);
  if (!range || powerText.trim() === '' || !Number.isFinite(v) || (v >= range[0] && v <= range[1])) return null;
  return `${t('txPowerDbm')}：${v} dBm ${t('outsideRangeFor').replace('{kind}', tEnum('kind', kind))} ${range[0]}–${range[1]} dBm`;
}

/** Form text -> a property value of the contract's type (sectors: see sectorsProp). */
function toProp(field: keyof FormValues, text: string): unknown {
  if (field === 'year' || field === 'heightM' || field === 'txPowerDbm') return text.trim() === '' ? undefined : Number(text);
  return text;
}

/**
 * The sectors property from the four sector fields. A list the user left alone keeps each
 * sector's own value (the k-th azimuth keeps the k-th existing sector's tilt and beamwidths),
 * so editing an imported site's azimuths does not reset its antennas; an edited list gives one
 * value for every sector or one per sector. Numbers are checked by the engine (resolveSite).
 */
function sectorsProp(text: Record<'sectors' | 'patterns' | SectorList, string>, changed: (f: SectorList | 'patterns') => boolean, site?: Site): { sectors: Record<string, unknown>[] } | { error: SectorList | 'sectorPatterns' } {
  const azimuths = splitList(text.sectors);
  // Pattern names may hold spaces: split at ";" only, and an empty item means the 38.901 sector.
  const names = changed('patterns') ? (text.patterns.trim() === '' ? [''] : text.patterns.split(';').map((x) => x.trim())) : null;
  if (names && names.length !== 1 && names.length !== azimuths.length) return { error: 'sectorPatterns' };
  const lists: Partial<Record<SectorList, string[]>> = {};
  for (const f of Object.keys(SECTOR_LISTS) as SectorList[]) {
    if (!changed(f)) continue;
    const parts = splitList(text[f]);
    if (parts.length !== 1 && parts.length !== azimuths.length && azimuths.length > 0) return { error: f };
    lists[f] = parts;
  }
  return {
    sectors: azimuths.map((a, k) => {
      const sector: Record<string, unknown> = { ...(site?.sectors[k] ?? {}), azimuthDeg: Number(a) };
      for (const [f, prop] of Object.entries(SECTOR_LISTS) as [SectorList, string][]) {
        const parts = lists[f];
        if (parts?.length) sector[prop] = Number(parts.length === 1 ? parts[0] : parts[k]);
      }
      if (names) {
        const name = names.length === 1 ? names[0] : names[k];
        if (name) sector.pattern = name;
        else delete sector.pattern;
      }
      return sector;
    }),
  };
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
      const sectors = k === 'macro' ? MACRO_SECTORS : { sectors: '', tilts: '', hBeamwidths: '', vBeamwidths: '', patterns: '' };
      for (const [f, v] of Object.entries(sectors)) inputs.get(f as keyof FormValues)!.value = v;
    });

    function submit(e: Event): void {
      e.preventDefault();
      const props: Record<string, unknown> = site ? { ...site.props } : { id: actions.newSiteId() };
      // A field the form does not show (the pattern field before any pattern is imported) is unchanged.
      const changed = (field: keyof FormValues) => !site || (inputs.has(field) && inputs.get(field)!.value !== initial[field]);
      for (const [field, el] of inputs) {
        if (SECTOR_FIELDS.has(field) || !changed(field)) continue; // untouched: keep the file's own value or default
        const v = toProp(field, el.value);
        if (v === undefined || (field === 'name' && el.value === '')) delete props[field];
        else props[field] = v;
      }
      if ([...SECTOR_FIELDS].some(changed)) {
        const text = { sectors: inputs.get('sectors')!.value, tilts: inputs.get('tilts')!.value, hBeamwidths: inputs.get('hBeamwidths')!.value, vBeamwidths: inputs.get('vBeamwidths')!.value, patterns: inputs.get('patterns')?.value ?? initial.patterns };
        const out = sectorsProp(text, changed, site);
        if ('error' in out) { errors.replaceChildren(h('li', { text: `${t(out.error)}: ${t('sectorListCount')}` })); return; }
        props.sectors = out.sectors;
      }
      const power = changed('txPowerDbm') || changed('kind') ? powerProblem(inputs.get('kind')!.value, inputs.get('txPowerDbm')!.value) : null;
      if (power) { errors.replaceChildren(h('li', { text: power })); return; }
      const built = actions.buildSite(props, lonLat!);
      if (!built.site) {
        errors.replaceChildren(...built.issues.map((i) => h('li', { text: `${formFieldLabel(i.field)}：${engineText(i.message)}` })));
        return;
      }
      if (site) actions.updateSite(built.site);
      else actions.addSite(built.site);
    }

    const title = site ? `${t('site')} ${site.id}` : t('addSite');
    // The antenna-pattern field only once a pattern is imported (or the site names one): the form stays short otherwise.
    const patternNames = Object.keys(s.terrain.patterns).sort();
    const showPatterns = patternNames.length > 0 || initial.patterns !== '';
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
      row('tilts', input('tilts', 'text')),
      row('hBeamwidths', input('hBeamwidths', 'text')),
      row('vBeamwidths', input('vBeamwidths', 'text')),
      ...(showPatterns ? [row('sectorPatterns', input('patterns', 'text')), h('datalist', { id: 'pattern-names' }, ...patternNames.map((n) => option(n, n, false)))] : []),
      row('powerSupply', select('powerSupply', POWER_SUPPLIES, (v) => tEnum('ps', v))),
      errors,
      h('div', { class: 'buttons' },
        h('button', { type: 'submit', id: 'site-save', text: t('save') }),
        site ? h('button', { type: 'button', id: 'site-delete', class: 'danger', text: t('delete'), onclick: () => actions.deleteSite(site.id) }) : null,
        h('button', { type: 'button', id: 'site-cancel', text: t('cancel'), onclick: () => actions.select(null) }),
      ),
    ));
    (inputs.get('sectors') as HTMLInputElement).placeholder = t('sectorsHint');
    for (const f of Object.keys(SECTOR_LISTS) as SectorList[]) (inputs.get(f) as HTMLInputElement).placeholder = t('sectorListHint');
    if (showPatterns) {
      (inputs.get('patterns') as HTMLInputElement).placeholder = t('sectorPatternsHint');
      inputs.get('patterns')!.setAttribute('list', 'pattern-names');
    }
  }

  render(store.get());
  store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId || s.draftLonLat !== prev.draftLonLat || s.lang !== prev.lang || (s.selectedId && s.sites !== prev.sites)
      || s.terrain.patterns !== prev.terrain.patterns) render(s);
  });
}
