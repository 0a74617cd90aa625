import { h, mount, message } from '../dom.js';
import { t, titleOf, formatDate } from '../i18n.js';
import { getJson } from '../api.js';
import { loadControls, statusBadge, shortLabel, normaliseStatus } from '../controls.js';
import { awaitingApproval, policyState } from './approvals.js';
import { criticalSuppliersSection, supplierKpi } from './supplier-board.js';
import { categoryBadge, approvalBadge } from './scoperesult.js';
import { kpiSection, incidentsAnswer, deadlinesAnswer } from './kpis.js';

const QUESTIONS = ['q.deviations', 'q.attacks', 'q.vulnerabilities', 'q.incidents', 'q.exercises', 'q.suppliers'];

/** Incidents still needing work: those with a next reporting deadline, or not yet classified. */
function openIncidents(items) {
  return items.filter(i => i.nextDue || String(i.status).toLowerCase() === 'suspected');
}

/** Board members' Art. 20(2) training: state (Current, DueSoon, Overdue, Missing …) and due date. */
export function trainingTable(members) {
  const tone = s => ({ current: 'met', duesoon: 'partiallyMet', overdue: 'notMet', missing: 'notMet', never: 'notMet' })[String(s).toLowerCase()] ?? s;
  return h('table', { class: 'data', 'data-testid': 'board-training' },
    h('tbody', {}, members.map(m => h('tr', { 'data-member': m.objectId, 'data-state': m.state },
      h('td', {}, m.displayName ?? m.objectId),
      h('td', {}, h('span', { class: `badge badge-${{ met: 'success', partiallyMet: 'warning', notMet: 'danger' }[tone(m.state)] ?? 'neutral'}` }, t(`training.state.${String(m.state).toLowerCase()}`) === `training.state.${String(m.state).toLowerCase()}` ? m.state : t(`training.state.${String(m.state).toLowerCase()}`))),
      h('td', {}, m.dueDate ? t('training.due', formatDate(m.dueDate, false)) : ''),
      h('td', { class: 'muted' }, m.reason ?? '')))));
}

/** The board's KPI from Defender XDR: incidents not closed as benign, per month, and how many are resolved. */
function attacksSection(attacks) {
  if (!attacks.ok || !attacks.data?.items?.length) return null;
  const months = attacks.data.items;
  return h('section', {}, h('h2', {}, t('board.attacks')),
    h('table', { class: 'data', 'data-testid': 'board-attacks' },
      h('thead', {}, h('tr', {}, [t('board.month'), t('board.detected'), t('board.resolved'), t('board.high')].map(c => h('th', {}, c)))),
      h('tbody', {}, months.map(m => h('tr', {}, h('td', {}, `${m.year}-${String(m.month).padStart(2, '0')}`),
        h('td', {}, m.detected), h('td', {}, m.resolved), h('td', {}, m.high))))),
    h('p', { class: 'muted' }, t('board.attacksSource', formatDate(attacks.data.collectedAt))));
}

/** The answer the app can give to a management question, or null. */
function kpi(question, attacks, suppliers, deviations) {
  if (question === 'q.attacks' && attacks.ok && attacks.data?.items?.length) return h('span', { 'data-testid': 'kpi-attacks' }, attackKpi(attacks.data.items));
  if (question === 'q.deviations' && deviations.ok) {
    return h('span', { 'data-testid': 'kpi-deviations' }, t('board.deviationsKpi', deviations.data.overdue, deviations.data.openTasks));
  }
  if (question === 'q.suppliers') return supplierKpi(suppliers);
  return null;
}

/** The open deviations (GET /api/tasks/deviations): follow-up work past its due date, oldest first, per measure. */
function deviationsSection(deviations) {
  if (!deviations.ok) return h('section', {}, h('h2', {}, t('board.deviations')), h('p', { class: 'muted' }, t('board.noData')));
  const d = deviations.data;
  return h('section', {}, h('h2', {}, t('board.deviations')),
    h('p', { 'data-testid': 'board-deviation-counts' }, t('board.deviationCounts', d.openTasks, d.overdue, d.extensionRequests)),
    d.overdueTasks.length ? h('table', { class: 'data', 'data-testid': 'board-deviations' },
      h('thead', {}, h('tr', {}, [t('board.deviationTask'), t('board.deviationOwner'), t('board.deviationDue'), t('col.control')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, d.overdueTasks.map(x => h('tr', { 'data-task': x.id },
        h('td', {}, titleOf(x)), h('td', {}, x.ownerName ?? ''), h('td', {}, formatDate(x.dueDate, false)),
        h('td', {}, (x.measures ?? []).map(shortLabel).join(', '))))))
      : h('p', {}, t('board.noDeviations')));
}

function attackKpi(months) {
  const last = months.at(-1);
  return t('board.attacksKpi', last.detected, last.resolved, months.reduce((n, m) => n + m.detected, 0), months.length);
}

/** The app's own answer to a follow-up question, or a note that the board must answer it from its own records. */
function answer(q, attacks, kpis) {
  if (q === 'q.attacks' && attacks.ok && attacks.data?.items?.length) return h('span', { 'data-testid': 'kpi-attacks' }, attackKpi(attacks.data.items));
  if (q === 'q.incidents' && kpis.ok) return h('span', { 'data-testid': 'kpi-incidents-answer' }, incidentsAnswer(kpis));
  return h('span', { class: 'muted' }, t('board.noDataApp'));
}

/** One printable page for management follow-up; sections whose feature is not in this build say so instead of hiding. */
export async function renderBoardSummary(view, params, session) {
  const [controls, policies, training, incidents, attacks, deviations, suppliers, scope, kpis] = await Promise.all([
    loadControls(), getJson('/api/policies'), getJson('/api/training/management'), getJson('/api/incidents'), getJson('/api/evidence/attacks-per-month'),
    getJson('/api/tasks/deviations'), getJson('/api/suppliers'), getJson('/api/scope'), getJson('/api/board/kpis?months=6')]);
  const list = d => (Array.isArray(d) ? d : (d?.items ?? d?.policies ?? d?.incidents ?? d?.members ?? []));
  const pending = list(policies.data).filter(awaitingApproval);
  const status = c => normaliseStatus(c.status);
  const withoutEvidence = controls.filter(c => ['noEvidence', 'noEvidenceYet', 'noAutomatedEvidence', 'expired', 'missing'].includes(status(c))).length;
  const met = controls.filter(c => ['met', 'ok'].includes(status(c))).length;

  mount(view, h('article', { 'data-testid': 'board-summary' },
    h('div', { class: 'card-head' }, h('h1', {}, t('board.title')),
      h('button', { class: 'button no-print', onclick: () => window.print() }, t('board.print'))),
    h('p', { class: 'muted' }, t('board.generated', formatDate(new Date()), session.me?.displayName ?? ''),
      session.me?.isDemoData ? [' · ', h('span', { class: 'badge badge-warning' }, t('demo'))] : null),
    h('section', {}, h('h2', {}, t('board.measures')),
      h('table', { class: 'data', 'data-testid': 'board-measures' },
        h('thead', {}, h('tr', {}, [t('col.control'), t('col.status'), t('automated.source'), t('col.lastEvidence')].map(c => h('th', {}, c)))),
        h('tbody', {}, controls.map(c => h('tr', { 'data-control': c.id },
          h('td', {}, h('strong', {}, shortLabel(c.id)), ' ', titleOf(c)), h('td', {}, statusBadge(c.status)),
          h('td', { 'data-testid': 'automated-sources' }, c.automated ? c.automated.sources.map(s => s.title).join(', ') : t('automated.none')),
          h('td', {}, c.lastEvidenceAt ? formatDate(c.lastEvidenceAt, false) : '—')))))),
    kpiSection(kpis),
    h('section', { 'data-testid': 'board-scope' }, h('h2', {}, t('board.scope')),
      scope.status === 200 ? h('p', {}, `${t('board.scopeClass')} `, categoryBadge(scope.data.result.category), ` · ${t('board.scopeApproval')} `, approvalBadge(scope.data.approval))
        : h('p', { class: 'muted' }, scope.ok ? t('board.noScope') : t('board.noData'))),
    attacksSection(attacks),
    deviationsSection(deviations),
    h('section', {}, h('h2', {}, t('board.pendingApprovals')),
      !policies.ok ? h('p', { class: 'muted' }, t('board.noData'))
        : pending.length ? h('ul', { 'data-testid': 'board-pending' }, pending.map(p => h('li', {}, `${p.title} (v${p.latest?.version ?? '?'}) `, policyState(p))))
          : h('p', {}, t('board.noPending'))),
    h('section', {}, h('h2', {}, t('board.training')),
      !training.ok ? h('p', { class: 'muted' }, t('board.noData')) : trainingTable(list(training.data))),
    h('section', {}, h('h2', {}, t('board.incidents')),
      !incidents.ok ? h('p', { class: 'muted' }, t('board.noData'))
        : openIncidents(list(incidents.data)).length ? h('ul', { 'data-testid': 'board-incidents' }, openIncidents(list(incidents.data)).map(i => h('li', {},
          h('strong', {}, i.reference ?? i.id), ` ${i.summary ?? ''} `, statusBadge(i.overdue ? 'overdue' : i.status),
          i.nextDue ? ` ${t('board.nextDue', i.nextStage ?? '', formatDate(i.nextDue))}` : '')))
          : h('p', {}, t('board.noIncidents'))),
    criticalSuppliersSection(suppliers),
    h('section', {}, h('h2', {}, t('board.questions')),
      h('ul', { 'data-testid': 'board-questions' },
        h('li', {}, t('q.measuresMet', met, controls.length)),
        h('li', {}, t('q.measuresWithoutEvidence', withoutEvidence, controls.length)),
        kpis.ok ? h('li', {}, `${t('kpi.deadlines')}: `, h('span', { 'data-testid': 'kpi-deadlines-answer' }, deadlinesAnswer(kpis))) : null,
        QUESTIONS.map(q => h('li', {}, `${t(q)}: `, kpi(q, attacks, suppliers, deviations) ?? answer(q, attacks, kpis)))))));
  if (!controls.length) view.append(message('error', t('error.load', 'controls', 0)));
}
