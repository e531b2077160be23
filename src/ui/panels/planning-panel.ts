// Site-selection panel (issue 5 "in the app"): goal (meet the year's area targets with the
// fewest sites, or the most residents covered for a number of sites / a budget), candidates
// (the plan's candidate sites or a generated hex lattice), Run with a progress bar and Cancel,
// then the picks ranked by marginal gain with checkboxes and "accept selected / all".
import { OPERATORS, type Operator } from '../../engine/model/types.ts';
import type { PlanResult, ShortArea } from '../../engine/planning/types.ts';
import { h, option, present } from '../dom.ts';
import { formatNumber, formatPercent, t, tEnum } from '../i18n.ts';
import { engineText } from '../engine-text.ts';
import type { PlanningRunner } from '../planning-runner.ts';
import type { AppState, PlanningView } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/** A number input whose empty value means "no limit" (null). */
function limitInput(id: string, value: number | null, set: (v: number | null) => void): HTMLInputElement {
  const input = h('input', { id, type: 'number', min: 0, step: 1, value: value === null ? '' : String(value), class: 'narrow' });
  input.addEventListener('change', () => {
    const v = input.value.trim() === '' ? null : Number(input.value);
    if (v === null || (Number.isFinite(v) && v >= 0)) set(v);
    else input.value = value === null ? '' : String(value);
  });
  return input;
}

function statusText(p: PlanningView): string {
  if (p.status === 'running') return p.phase === 'request' ? t('planPreparing') : `${t('computing')} ${Math.round(p.fraction * 100)}%`;
  if (p.status === 'error') return `${t('errors')}: ${engineText(p.error ?? '')}`;
  if (p.status === 'cancelled') return t('planCancelled');
  if (p.accepted !== null) return `${t('acceptedN')}: ${formatNumber(p.accepted)}`;
  return p.status === 'done' ? t('done') : '';
}

function shortRow(a: ShortArea): HTMLElement {
  const share = a.coveredShare === null ? '—' : formatPercent(a.coveredShare);
  return h('li', { 'data-id': a.id, text: `${a.name}: ${share} < ${formatPercent(a.requiredShare)} · ${t('shortBy')} ${formatNumber(a.shortKm2, 3)} km² · ${t('largestHole')} ${formatNumber(a.largestHoleKm2, 3)} km²` });
}

function summary(r: PlanResult, p: PlanningView): HTMLElement {
  return h('div', { class: 'figures', id: 'plan-summary' },
    // Only meet-targets has a goal to meet; max-coverage spends its limit.
    r.goal === 'meet-targets' ? h('span', { class: `badge ${r.goalMet ? 'pass' : 'fail'}`, id: 'plan-goal-met', 'data-met': String(r.goalMet), text: r.goalMet ? t('goalMet') : t('goalNotMet') }) : null,
    `${r.goal === 'meet-targets' ? ' ' : ''}${t('chosenOf')} ${formatNumber(r.chosen.length)} / ${formatNumber(r.candidatesOffered)} ${t('offered')}${r.costYuan ? ` · ${formatNumber(r.costYuan)} ${t('yuan')}` : ''}`,
    // Say what the shares are of: the target areas' pixels (meet-targets) or the whole region, not the coverage panel's figure.
    ' · ', h('span', { id: 'plan-covered', title: t(r.goal === 'meet-targets' ? 'coveredTargetAreasHint' : 'coveredStudyAreaHint'),
      text: `${t(r.goal === 'meet-targets' ? 'coveredTargetAreas' : 'coveredStudyArea')} ${formatPercent(r.coveredShareBefore)} → ${formatPercent(r.coveredShareAfter)}` }),
    r.goal === 'meet-targets' ? ' · ' : null, r.goal === 'meet-targets' ? h('span', { title: t('prunedHint'), text: `${t('pruned')} ${r.pruned}` }) : null,
    ` · ${t('year')} ${p.year}${p.elapsedMs !== null ? ` · ${formatNumber(p.elapsedMs / 1000, 1)} s` : ''}`);
}

function resultsTable(r: PlanResult, p: PlanningView, toggle: (rank: number, on: boolean) => void): HTMLElement {
  const picked = new Set(p.picked);
  const rows = r.chosen.map((c) => {
    const site = p.candidates[c.candidate];
    const box = h('input', { type: 'checkbox', 'data-rank': String(c.rank) });
    box.checked = picked.has(c.rank);
    box.addEventListener('change', () => toggle(c.rank, box.checked));
    return h('tr', { 'data-rank': String(c.rank), 'data-id': site.id },
      h('td', {}, box), h('td', { text: String(c.rank) }),
      h('td', { class: 'name', title: site.id, text: site.name && site.name !== site.id ? `${site.name} (${site.id})` : site.id }),
      h('td', { title: site.operator, text: tEnum('op', site.operator) }),
      h('td', { class: 'num', text: formatNumber(c.gainKm2, 3) }),
      h('td', { class: 'num', text: c.gainPopulation === null ? '—' : formatNumber(c.gainPopulation) }));
  });
  return h('table', { class: 'county-table', id: 'plan-results' },
    h('thead', {}, h('tr', {}, ...['', t('rank'), t('nameId'), t('operator'), t('gainKm2'), t('gainResidents')].map((x) => h('th', { text: x })))),
    h('tbody', {}, ...rows));
}

export function mountPlanningPanel(parent: HTMLElement, store: Store<AppState>, runner: PlanningRunner): void {
  const panel = h('section', { class: 'panel', id: 'planning-panel' });
  parent.append(panel);
  const patch = (x: Partial<PlanningView>) => store.set({ planning: { ...store.get().planning, ...x } });

  function controls(s: AppState): (Node | null)[] {
    const p = s.planning, busy = p.status === 'running';
    const planCandidates = s.sites.filter((x) => x.status === 'candidate').length;
    return [
      h('label', {}, `${t('planGoal')} `, h('select', { id: 'plan-goal', onchange: (e: Event) => patch({ goal: (e.target as HTMLSelectElement).value as PlanningView['goal'] }) },
        option('meet-targets', t('goal_meetTargets'), p.goal === 'meet-targets'), option('max-coverage', t('goal_maxCoverage'), p.goal === 'max-coverage'))),
      p.goal === 'max-coverage' ? h('div', {},
        h('label', {}, `${t('maxSites')} `, limitInput('plan-max-sites', p.maxSites, (v) => patch({ maxSites: v }))), ' ',
        h('label', {}, `${t('budgetYuan')} `, limitInput('plan-budget', p.budgetYuan, (v) => patch({ budgetYuan: v })))) : null,
      h('label', {}, `${t('candidatesLabel')} `, h('select', { id: 'plan-source', onchange: (e: Event) => patch({ source: (e.target as HTMLSelectElement).value as PlanningView['source'] }) },
        option('plan', `${t('source_plan')} (${formatNumber(planCandidates)})`, p.source === 'plan'),
        option('hex', `${t('source_hex')}${p.hex ? ` (${formatNumber(p.hex.sites.length)})` : ''}`, p.source === 'hex'))),
      h('div', {},
        h('label', {}, `${t('hexOperator')} `, h('select', { id: 'plan-hex-operator', onchange: (e: Event) => patch({ hexOperator: (e.target as HTMLSelectElement).value as Operator, hex: null }) },
          ...OPERATORS.map((op) => option(op, tEnum('op', op), op === p.hexOperator)))), ' ',
        h('button', { type: 'button', id: 'plan-hex', disabled: busy, text: t('generateHex'), onclick: () => void runner.generateHex() })),
      p.hex ? h('div', { class: 'figures', id: 'plan-hex-summary', text: `${t('hexSummary')} ${formatNumber(p.hex.sites.length)} · ${formatNumber(p.hex.areas.length)} ${t('hexAreas')} · ${t('spacing')} ${p.hex.areas.map((a) => Math.round(a.spacingM)).filter((v, i, all) => all.indexOf(v) === i).slice(0, 4).join(' / ')} m` }) : null,
      h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'plan-run', disabled: busy, text: t('runPlan'), onclick: () => void runner.run() }),
        h('button', { type: 'button', id: 'plan-cancel', disabled: !busy, text: t('cancel'), onclick: () => runner.cancel() })),
    ];
  }

  function results(p: PlanningView): (Node | null)[] {
    const r = p.result;
    if (!r) return [];
    const toggle = (rank: number, on: boolean) => {
      const rest = store.get().planning.picked.filter((x) => x !== rank);
      patch({ picked: on ? [...rest, rank].sort((a, b) => a - b) : rest });
    };
    return [
      summary(r, p),
      !r.goalMet && r.shortAreas.length ? h('div', { class: 'figures', text: t('shortAreas') }) : null,
      !r.goalMet && r.shortAreas.length ? h('ul', { class: 'errors', id: 'plan-short' }, ...r.shortAreas.map(shortRow)) : null,
      ...r.warnings.map((w) => h('div', { class: 'figures reason', text: engineText(w) })),
      r.chosen.length ? h('div', { class: 'plan-results' }, resultsTable(r, p, toggle)) : null,
      r.chosen.length ? h('div', { class: 'buttons' },
        h('button', { type: 'button', id: 'plan-accept-selected', disabled: !p.picked.length, text: `${t('acceptSelected')} (${p.picked.length})`, onclick: () => runner.accept(store.get().planning.picked) }),
        h('button', { type: 'button', id: 'plan-accept-all', text: t('acceptAll'), onclick: () => runner.accept(null) })) : null,
    ];
  }

  function render(s: AppState): void {
    const p = s.planning;
    const progress = h('progress', { id: 'plan-progress', max: 1 });
    progress.value = p.status === 'running' ? p.fraction : p.status === 'done' ? 1 : 0;
    panel.replaceChildren(...present(
      h('h2', { text: t('planning') }),
      ...controls(s),
      h('div', { class: 'status', id: 'plan-status', 'data-status': p.status, 'data-runs': String(p.runs), text: statusText(p) }),
      progress,
      ...results(p),
    ));
  }

  render(store.get());
  store.subscribe((s, prev) => {
    const p = s.planning, q = prev.planning;
    const progressOnly = p !== q && p.status === 'running' && q.status === 'running' && p.phase === q.phase && p.result === q.result && p.hex === q.hex;
    if (progressOnly && s.lang === prev.lang) {
      // Progress ticks only touch the bar and its text, so an open <select> is not rebuilt under the user.
      (panel.querySelector('#plan-progress') as HTMLProgressElement).value = p.fraction;
      panel.querySelector('#plan-status')!.textContent = statusText(p);
    } else if (p !== q || s.lang !== prev.lang || (s.sites !== prev.sites && !p.result)) render(s);
  });
}
