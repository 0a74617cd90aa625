import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles, navigate } from '../app.js';
import { gapText, scoreBadge } from './risks.js';
import { riskForm } from './riskform.js';

// One risk: what it is, where it stands, its decisions and its history; the CISO edits it, sends the plan to the owner
// and asks the board for an acceptance (the board votes on the card in Teams).

export async function renderRisk(view, { id }, session) {
  if (id === 'new') return renderNew(view);
  const detail = await getJson(`/api/risks/${encodeURIComponent(id)}`);
  if (!detail.ok) return mount(view, message('error', t('error.load', id, detail.status)));
  const { risk: r, history, assets, tasks } = detail.data;
  const status = h('div', { 'data-testid': 'risk-action-status' });
  mount(view, link('/tab/risks', {}, `← ${t('risks.title')}`),
    h('h1', {}, `${r.risk.id}: ${r.risk.title}`),
    h('p', { 'data-testid': 'risk-state' }, gapText(r.posture)),
    h('dl', { class: 'facts' },
      fact('risk.scenario', r.risk.scenario), fact('risk.threat', r.risk.threat), fact('risk.vulnerability', r.risk.vulnerability),
      fact('risk.assets', assets.map(a => a.name).join(', ') || '—'),
      fact('risks.col.before', scoreBadge(r.posture.inherentScore, r.inherentBand, 'score-before')),
      fact('risks.col.after', scoreBadge(r.posture.effectiveScore, r.effectiveBand, 'score-after')),
      fact('risks.col.treatment', `${t(`treatment.${r.risk.treatment}`)}${r.risk.plannedMeasures.length ? ': ' + r.risk.plannedMeasures.join('; ') : ''}`),
      fact('risks.col.owner', r.risk.owner.displayName),
      fact('risk.plan', r.planApproval ? t('risk.planApproved', formatDate(r.planApproval.at)) : r.planRoundId ? t('risk.planPending') : '—'),
      fact('risk.acceptance', acceptanceText(r)),
      fact('risk.review', formatDate(r.risk.reviewDate, false)),
      fact('risk.links', [...r.risk.measures, ...r.risk.annexA].join(', ') || '—')),
    status,
    roles.isCiso() ? cisoActions(r, status, () => renderRisk(view, { id }, session)) : null,
    roles.isCiso() ? h('details', {}, h('summary', {}, t('risk.edit')), riskForm(r.risk, async body => {
      const response = await api(`/api/risks/${encodeURIComponent(id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) return t('risks.failed', await problemText(response));
      await renderRisk(view, { id }, session);
      return null;
    })) : null,
    h('h2', {}, t('risk.tasks')),
    taskList(tasks ?? []),
    h('h2', {}, t('risk.history')),
    h('ol', { class: 'history', 'data-testid': 'history' }, history.slice().reverse().map(e => h('li', {},
      h('strong', {}, t(`history.${e.action}`)), ` · ${e.actorName} · ${formatDate(e.at)}`,
      e.changes.length ? h('ul', {}, e.changes.map(c => h('li', {}, `${c.field}: ${c.before || '—'} → ${c.after || '—'}`))) : null,
      e.note ? h('div', { class: 'muted' }, e.note) : null))));
}

// The owner's follow-up tasks the decisions opened: each planned measure of the approved plan, each condition of the
// board's acceptance, with the task's state from the tasks feature.
const stateTones = { Open: 'info', DueSoon: 'warning', Overdue: 'danger', ExtensionRequested: 'warning', Done: 'success', Cancelled: 'neutral' };

function taskList(tasks) {
  if (!tasks.length) return h('p', { class: 'muted', 'data-testid': 'no-risk-tasks' }, t('risk.noTasks'));
  return h('ul', { class: 'tasks', 'data-testid': 'risk-tasks' }, tasks.map(k => h('li', { 'data-task-state': k.state ?? 'NotOpened' },
    h('span', { class: `badge badge-${stateTones[k.state] ?? 'neutral'}` }, k.state ? t(`taskState.${k.state}`) : t('risk.taskNotOpened')), ' ',
    h('strong', {}, t(`risk.taskKind.${k.kind}`)), `: ${k.text} · `, t('risk.taskDue', formatDate(k.dueDate, false)))));
}

function fact(key, value) {
  return [h('dt', {}, t(key)), h('dd', {}, value)];
}

function acceptanceText(r) {
  const a = r.acceptance;
  if (!a) return '—';
  const who = (a.acceptedBy ?? []).map(p => p.displayName).join(', ');
  return `${t(`acceptance.${r.posture.acceptance}`)} · ${t('risk.until', formatDate(a.expiresOn, false))}${who ? ' · ' + who : ''} — ${a.justification}`
    + (a.conditions.length ? ` (${a.conditions.join('; ')})` : '');
}

function cisoActions(r, status, refresh) {
  const post = async (path, body, done) => {
    const response = await api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    if (!response.ok) return status.replaceChildren(message('error', t('risks.failed', await problemText(response))));
    await refresh();
    document.querySelector('[data-testid="risk-action-status"]')?.replaceChildren(message('success', t(done)));
  };
  const justification = h('textarea', { 'data-field': 'justification', rows: 2 });
  const conditions = h('input', { 'data-field': 'conditions', placeholder: t('risk.conditionsHint') });
  const expires = h('input', { type: 'date', 'data-field': 'expiresOn' });
  return h('section', {},
    r.posture.gaps.includes('TreatmentPlanNotApproved') && !r.planRoundId
      ? h('button', { class: 'button', 'data-testid': 'plan-approval', onclick: () => post(`/api/risks/${r.risk.id}/treatment-approval`, null, 'risk.planSent') }, t('risk.sendPlan'))
      : null,
    r.posture.effectiveAboveAppetite ? h('details', { 'data-testid': 'acceptance-form' }, h('summary', {}, t('risk.requestAcceptance')),
      h('label', {}, t('risk.justification'), justification), h('label', {}, t('risk.conditions'), conditions), h('label', {}, t('risk.expiresOn'), expires),
      h('button', { class: 'button', 'data-testid': 'request-acceptance', onclick: () => post(`/api/risks/${r.risk.id}/acceptance`, {
        justification: justification.value, expiresOn: expires.value || null,
        conditions: conditions.value.split(';').map(c => c.trim()).filter(Boolean),
      }, 'risk.acceptanceSent') }, t('risk.sendAcceptance'))) : null);
}

function renderNew(view) {
  mount(view, link('/tab/risks', {}, `← ${t('risks.title')}`), h('h1', {}, t('risks.new')), riskForm(null, async body => {
    const response = await api('/api/risks', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return t('risks.failed', await problemText(response));
    const created = await response.json();
    await navigate(`/tab/risks/${encodeURIComponent(created.risk.id)}`);
    return null;
  }));
}
