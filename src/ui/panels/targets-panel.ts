// Targets panel: the action plan and year checked, each target with its quoted sentence,
// required vs actual, pass/fail. Clicking a failing area target outlines its holes on the map
// and flies to the worst one.
import type { FeatureCollection } from 'geojson';
import type { CheckReport, TargetResult } from '../../engine/targets/types.ts';
import { targetsResM } from '../../engine/model/defaults.ts';
import { h, present } from '../dom.ts';
import { formatNumber, formatPercent, t, tEnum } from '../i18n.ts';
import { engineText } from '../engine-text.ts';
import { checkYear } from '../targets-runner.ts';
import { failingAreasTable, targetsTable } from '../../engine/files/targets-tables.ts';
import type { Table } from '../../engine/files/table.ts';
import { currentLang } from '../lang.ts';
import { downloadCsv, downloadXlsx } from '../io/table-export.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

interface HoleArea { name: string; pass: boolean; coveredShare: number | null; holePolygons: { areaKm2: number; geometry: GeoJSON.MultiPolygon }[] }

const isShareKey = (k: string) => /share/i.test(k);

/** A required/actual value in a few words: numbers with units where the key says so. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return formatNumber(v, Number.isInteger(v) ? 0 : 3);
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'string') return tEnum('detail', v);
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => typeof x !== 'object' || x === null || Array.isArray(x))
    .map(([k, x]) => `${/^(CMCC|CU|CT|CBN|CU\+CT)$/.test(k) ? tEnum('op', k) : tEnum('detail', k)} ${typeof x === 'number' && isShareKey(k) ? formatPercent(x) : typeof x === 'number' && /km2/i.test(k) ? `${formatNumber(x, 3)} km²` : formatValue(x)}`)
    .join(' · ');
}

/** Holes of the failing areas of one area-coverage result, largest first. */
export function failingHoles(r: TargetResult): FeatureCollection {
  const areas = ((r.perArea as HoleArea[] | undefined) ?? []).filter((a) => !a.pass);
  const holes = areas.flatMap((a) => a.holePolygons.map((hp) => ({ area: a.name, ...hp })));
  holes.sort((a, b) => b.areaKm2 - a.areaKm2);
  return {
    type: 'FeatureCollection',
    features: holes.map((hp) => ({ type: 'Feature', geometry: hp.geometry, properties: { area: hp.area, areaKm2: hp.areaKm2 } })),
  };
}

/** The review as tables (targets, then failing areas), worded as the panel words them: flat text, no JSON. */
export function checkTables(report: CheckReport): Table[] {
  const lang = currentLang();
  const texts = { required: (r: TargetResult) => formatValue(r.required), actual: (r: TargetResult) => formatValue(r.actual), reason: (r: TargetResult) => (r.reason ? engineText(r.reason) : '') };
  return [targetsTable(report, lang, texts), failingAreasTable(report, lang)];
}

function statusBadge(r: TargetResult): HTMLElement {
  const cls = r.status === 'pass' ? 'pass' : r.status === 'fail' ? 'fail' : 'na';
  const label = r.status === 'pass' ? t('pass') : r.status === 'fail' ? t('fail') : t('notSimulated');
  return h('span', { class: `badge ${cls}`, text: label });
}

export function mountTargetsPanel(parent: HTMLElement, store: Store<AppState>): void {
  const panel = h('section', { class: 'panel', id: 'targets-panel' });
  parent.append(panel);

  function row(r: TargetResult): HTMLElement {
    const clickable = r.kind === 'areaCoverage' && r.status === 'fail';
    const li = h('li', { class: `target ${r.status.replace(' ', '-')}`, 'data-id': r.id },
      statusBadge(r),
      h('div', { class: 'quote', text: r.description }),
      h('div', { class: 'figures', text: `${t('required')}: ${formatValue(r.required)}` }),
      h('div', { class: 'figures', text: `${t('actual')}: ${formatValue(r.actual)}` }),
      r.reason ? h('div', { class: 'figures reason', text: engineText(r.reason) }) : null,
    );
    if (clickable) {
      li.classList.add('clickable');
      li.title = t('showHoles');
      li.addEventListener('click', () => store.set({ holes: failingHoles(r) }));
    }
    return li;
  }

  function render(s: AppState): void {
    const v = s.targets;
    const rep = v.report;
    const counts = rep ? { pass: rep.results.filter((r) => r.status === 'pass').length, fail: rep.results.filter((r) => r.status === 'fail').length } : null;
    panel.replaceChildren(...present(
      h('h2', { text: t('targets') }),
      h('div', { class: 'figures', id: 'targets-res', text: `${v.planName || s.planId} · ${t('year')} ${checkYear(s)} · ${t('judgedAtRes')} ${formatNumber(targetsResM(s.resM))} m` }),
      h('div', { class: 'status', id: 'targets-status', 'data-status': v.status, 'data-runs': String(v.runs), text: v.status === 'running' ? t('computing') : v.error ?? (counts ? `${t('pass')} ${counts.pass} · ${t('fail')} ${counts.fail}` : t('queued')) }),
      rep ? h('ul', { class: 'targets' }, ...rep.results.map(row)) : null,
      rep?.warnings.length ? h('ul', { class: 'errors' }, ...rep.warnings.map((w) => h('li', { text: engineText(w.message) }))) : null,
      rep ? h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'targets-csv', text: t('exportCsv'), onclick: () => downloadCsv(checkTables(rep)[0], `g5plan-targets-${rep.year}.csv`) }),
        h('button', { type: 'button', id: 'targets-xlsx', text: t('exportXlsx'), onclick: () => void downloadXlsx(checkTables(rep), `g5plan-targets-${rep.year}.xlsx`) })) : null,
    ));
  }
  render(store.get());
  store.subscribe((s, prev) => { if (s.targets !== prev.targets || s.lang !== prev.lang || s.year !== prev.year) render(s); });
}
