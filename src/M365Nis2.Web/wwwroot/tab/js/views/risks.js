import { h, mount, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';
import { methodSection } from './riskmethod.js';

// The risk register (GET /api/risks): filters, heat maps before and after treatment, and for the CISO a new-risk form
// and the yearly assessment. Board members read; the API refuses employees (403) and so does the route.

const bandTones = { Low: 'success', Medium: 'info', High: 'warning', VeryHigh: 'danger' };

export const label = level => (lang() === 'da' ? level.da : level.en);

export function gapText(posture) {
  if (!posture.gaps?.length) return t(posture.effectiveAboveAppetite ? 'risk.covered.accepted' : 'risk.covered');
  return posture.gaps.map(g => t(`risk.gap.${g}`)).join(' · ');
}

export function scoreBadge(score, band, testid) {
  return h('span', { class: `badge badge-${bandTones[band] ?? 'neutral'}`, 'data-testid': testid }, String(score));
}

export async function renderRisks(view, params, session) {
  const register = await getJson('/api/risks');
  if (!register.ok) return mount(view, message('error', t('error.load', '/api/risks', register.status)));
  const data = register.data;
  const filters = { text: '', state: 'all', treatment: 'all' };
  const table = h('div', {});
  const draw = () => mount(table, riskTable(data.risks.filter(r => matches(r, filters))));
  const select = (key, options) => h('select', { 'data-filter': key, 'aria-label': t(`risks.filter.${key}`), onchange: e => { filters[key] = e.target.value; draw(); } },
    options.map(o => h('option', { value: o }, t(`risks.filter.${key}.${o}`))));
  mount(view,
    h('h1', {}, t('risks.title')),
    h('p', { class: 'muted' }, t('risks.intro', data.method.appetiteThreshold, data.method.likelihood.length, data.method.impact.length)),
    h('p', {}, t('risks.status'), ' ', h('span', { class: 'badge badge-neutral', 'data-testid': 'risk-status' }, t(`status.${data.status[0].toLowerCase()}${data.status.slice(1)}`)),
      data.lastAssessment ? ` · ${t('risks.assessment', data.lastAssessment.number, data.lastAssessment.decision)}` : ` · ${t('risks.noAssessment')}`),
    h('div', { class: 'heatmaps' }, heatMap(data, 'heatMapBefore', 'risks.before'), heatMap(data, 'heatMapAfter', 'risks.after')),
    h('div', { class: 'filters' },
      h('input', { type: 'search', placeholder: t('risks.filter.search'), 'data-filter': 'text', oninput: e => { filters.text = e.target.value.toLowerCase(); draw(); } }),
      select('state', ['all', 'open', 'covered', 'review']), select('treatment', ['all', 'Mitigate', 'Accept', 'Transfer', 'Avoid'])),
    table,
    methodSection(() => renderRisks(view, params, session)),
    roles.isCiso() ? cisoTools(view, session) : null);
  draw();
}

function matches(r, f) {
  const text = `${r.risk.id} ${r.risk.title} ${r.risk.owner.displayName}`.toLowerCase();
  const state = f.state === 'all' || (f.state === 'open' && r.posture.gaps.length > 0)
    || (f.state === 'covered' && r.posture.gaps.length === 0) || (f.state === 'review' && r.posture.reviewDue);
  return text.includes(f.text) && state && (f.treatment === 'all' || r.risk.treatment === f.treatment);
}

function riskTable(risks) {
  if (!risks.length) return h('p', { class: 'muted', 'data-testid': 'no-risks' }, t('risks.none'));
  return h('table', { class: 'data', 'data-testid': 'risks' },
    h('thead', {}, h('tr', {}, ['risks.col.id', 'risks.col.title', 'risks.col.before', 'risks.col.after', 'risks.col.treatment', 'risks.col.owner', 'risks.col.state']
      .map(k => h('th', {}, t(k))))),
    h('tbody', {}, risks.map(r => h('tr', { 'data-risk': r.risk.id },
      h('td', {}, link(`/tab/risks/${encodeURIComponent(r.risk.id)}`, {}, r.risk.id)),
      h('td', {}, r.risk.title),
      h('td', {}, scoreBadge(r.posture.inherentScore, r.inherentBand)),
      h('td', {}, scoreBadge(r.posture.effectiveScore, r.effectiveBand)),
      h('td', {}, t(`treatment.${r.risk.treatment}`)),
      h('td', {}, r.risk.owner.displayName),
      h('td', { 'data-testid': 'risk-state' }, gapText(r.posture))))));
}

function heatMap(data, key, titleKey) {
  const method = data.method;
  const cells = data[key];
  return h('figure', { class: 'heatmap', 'data-testid': key },
    h('figcaption', {}, t(titleKey)),
    h('table', { class: 'heat' },
      h('tbody', {}, method.likelihood.slice().reverse().map(l => h('tr', {},
        h('th', { scope: 'row' }, label(l)),
        cells.filter(c => c.likelihood === l.value).map(c => h('td', {
          class: `heat-${c.band}`, 'data-cell': `${c.likelihood}x${c.impact}`, title: c.riskIds.join(', '),
        }, c.riskIds.length ? String(c.riskIds.length) : '')))),
        h('tr', {}, h('th', {}, ''), method.impact.map(i => h('th', { scope: 'col' }, label(i)))))));
}

function cisoTools(view, session) {
  const status = h('div', { 'data-testid': 'risks-action-status' });
  const assess = h('button', { class: 'button', 'data-testid': 'start-assessment', onclick: async () => {
    const response = await api('/api/risks/assessments', { method: 'POST' });
    status.replaceChildren(response.ok ? message('success', t('risks.assessmentStarted')) : message('error', t('risks.failed', await problemText(response))));
  } }, t('risks.startAssessment'));
  return h('section', {}, h('h2', {}, t('risks.actions')), status,
    h('p', {}, assess, ' ', link('/tab/risks/new', { class: 'button', 'data-testid': 'new-risk' }, t('risks.new'))));
}
