import { h } from '../dom.js';
import { t, formatDate, lang } from '../i18n.js';

// The board's key figures computed from the app's own records (GET /api/board/kpis): incidents per month, Art. 23
// deadlines met, the awareness completion trend, policies overdue for review, approval rounds decided.

const monthName = m => new Intl.DateTimeFormat(lang() === 'da' ? 'da-DK' : 'en-GB', { month: 'short', year: 'numeric' })
  .format(new Date(Date.UTC(m.year, m.month - 1, 15)));
const percent = rate => rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)} %`;
const table = (testid, head, rows) => h('table', { class: 'data', 'data-testid': testid },
  h('thead', {}, h('tr', {}, head.map(c => h('th', { scope: 'col' }, c)))), h('tbody', {}, rows));

/** One section with every KPI; null when the KPIs could not be loaded (the page then says so in its questions). */
export function kpiSection(kpis) {
  if (!kpis.ok) return null;
  const k = kpis.data;
  const d = k.deadlines;
  return h('section', { 'data-testid': 'board-kpis' },
    h('h2', {}, t('kpi.title')),
    h('p', { class: 'muted' }, t('kpi.period', formatDate(k.from, false), formatDate(k.to, false))),
    k.missing.length ? h('p', { class: 'message message-warning', role: 'status' }, t('kpi.missing', k.missing.join(', '))) : null,
    h('h3', {}, t('kpi.incidents')),
    table('kpi-incidents', [t('board.month'), t('kpi.total'), t('kpi.significant'), t('kpi.notSignificant'), t('kpi.unclassified')],
      k.incidents.map(m => h('tr', { 'data-month': `${m.year}-${m.month}` }, h('td', {}, monthName(m)),
        h('td', {}, m.total), h('td', {}, m.significant), h('td', {}, m.notSignificant), h('td', {}, m.unclassified)))),
    h('h3', {}, t('kpi.deadlines')),
    h('p', { 'data-testid': 'kpi-deadlines' }, d.onTime + d.late + d.missed + d.open === 0 ? t('kpi.noDeadlines')
      : [t('kpi.deadlinesText', d.onTime, d.late, d.missed, d.open), d.metRate === null ? '' : ` · ${t('kpi.deadlinesRate', Math.round(d.metRate * 100))}`]),
    h('h3', {}, t('kpi.awareness')),
    table('kpi-awareness', [t('board.month'), t('kpi.campaigns'), t('kpi.recipients'), t('kpi.completed'), t('kpi.rate')],
      k.awareness.map(m => h('tr', { 'data-month': `${m.year}-${m.month}` }, h('td', {}, monthName(m)),
        h('td', {}, m.campaigns), h('td', {}, m.recipients), h('td', {}, m.completed),
        h('td', {}, percent(m.completionRate), m.completionRate === null ? null
          : h('span', { class: 'kpi-bar', 'aria-hidden': 'true', style: `--kpi:${Math.round(m.completionRate * 100)}%` }))))),
    h('h3', {}, t('kpi.policiesOverdue')),
    k.policiesOverdue.length === 0 ? h('p', { 'data-testid': 'kpi-policies-overdue' }, t('kpi.noPoliciesOverdue'))
      : h('ul', { 'data-testid': 'kpi-policies-overdue' }, k.policiesOverdue.map(p => h('li', { 'data-policy': p.policyId },
        h('strong', {}, p.title), ` — ${t('kpi.overdueBy', formatDate(p.reviewDue, false), p.daysOverdue)}`))),
    h('h3', {}, t('kpi.rounds')),
    h('p', { 'data-testid': 'kpi-rounds' }, t('kpi.roundsText', k.rounds.approved, k.rounds.rejected, k.rounds.expired)));
}

/** The follow-up question "security incidents handled per month", answered from the register. */
export function incidentsAnswer(kpis) {
  const months = kpis.data.incidents;
  const total = months.reduce((n, m) => n + m.total, 0);
  return t('q.incidentsKpi', total, months.reduce((n, m) => n + m.significant, 0), months.at(-1)?.total ?? 0);
}

export function deadlinesAnswer(kpis) {
  const d = kpis.data.deadlines;
  return t('q.deadlinesKpi', d.onTime, d.onTime + d.late + d.missed);
}
