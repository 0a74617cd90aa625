import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { shortLabel } from '../controls.js';
import { roles } from '../session.js';

// Policies from the approvals feature (GET /api/policies): review state, open round, latest version. The board votes on
// Adaptive Cards in chat; here the CISO starts a round (POST /api/approvals, board as approvers, majority) and
// everyone with access sees where each policy stands.

const tones = { current: 'met', reviewduesoon: 'partiallyMet', overdue: 'notMet', neverapproved: 'unknown' };

const badgeTones = { met: 'success', partiallyMet: 'warning', notMet: 'danger', unknown: 'neutral' };

export function policyState(p) {
  const key = String(p.status).toLowerCase();
  const label = t(`policy.state.${key}`);
  return h('span', {}, h('span', { class: `badge badge-${badgeTones[tones[key]] ?? 'neutral'}`, 'data-policy-state': p.status },
    label === `policy.state.${key}` ? p.status : label),
    p.openRoundId ? [' ', h('span', { class: 'badge badge-info', 'data-open-round': p.openRoundId }, t('policy.roundOpen'))] : null);
}

/** Awaiting the board: a round is open, or the policy was never approved or is overdue for re-approval. */
export function awaitingApproval(p) {
  return !!p.openRoundId || ['neverapproved', 'overdue'].includes(String(p.status).toLowerCase());
}

export async function renderApprovals(view, params, session) {
  if (!roles.canSeeEvidence()) return mount(view, message('error', t('auth.forbidden')));
  const policies = await getJson('/api/policies');
  const list = policies.ok ? (policies.data ?? []) : null;
  const status = h('div', { 'data-testid': 'approval-status' });
  mount(view, h('h1', {}, t('approvals.title')), h('p', { class: 'muted' }, t('approvals.intro')), status,
    list === null ? message('info', t('notYet'))
      : list.length === 0 ? h('p', { class: 'muted' }, t('approvals.none'))
        : h('table', { class: 'data', 'data-testid': 'policies' },
          h('thead', {}, h('tr', {}, [t('policy.col.title'), t('col.control'), t('col.status'), t('policy.col.review'), ''].map(c => h('th', {}, c)))),
          h('tbody', {}, list.map(p => h('tr', { 'data-policy': p.policyId },
            h('td', {}, link(`/tab/policies/${encodeURIComponent(p.policyId)}/${p.latest?.version ?? p.approvedVersion ?? 1}`, {}, p.title),
              p.latest ? h('div', { class: 'muted' }, `v${p.latest.version} · ${p.latest.fileName ?? ''}`) : null),
            h('td', {}, (p.controlIds ?? []).map(shortLabel).join(', ')),
            h('td', {}, policyState(p)),
            h('td', {}, p.nextReviewDue ? formatDate(p.nextReviewDue, false) : '—'),
            h('td', {}, roles.isCiso() && !p.openRoundId && p.latest ? startButton(p, status, () => renderApprovals(view, {}, session)) : null))))));
}

function startButton(policy, status, refresh) {
  return h('button', { class: 'button', 'data-testid': 'start-round', onclick: async () => {
    const dueAt = new Date(Date.now() + 14 * 864e5).toISOString();
    const response = await api('/api/approvals', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ policyId: policy.policyId, version: policy.latest.version, quorum: 'majority', dueAt }) });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    await refresh();
    document.querySelector('[data-testid="approval-status"]')?.replaceChildren(message('success', t('approvals.started', policy.title)));
  } }, t('actions.approval'));
}

export async function renderPolicy(view, { id, version }, session) {
  const policies = await getJson('/api/policies');
  const policy = (policies.data ?? []).find(p => p.policyId === id);
  if (!policy) return mount(view, message(policies.ok ? 'error' : 'info', policies.ok ? t('error.load', id, 404) : t('notYet')));
  const round = policy.openRoundId && roles.canSeeEvidence() ? await getJson(`/api/approvals/${encodeURIComponent(policy.openRoundId)}`) : null;
  mount(view, link('/tab/approvals', {}, `← ${t('approvals.title')}`),
    h('h1', {}, t('policy.title', policy.title, version)),
    h('p', {}, policyState(policy)),
    h('p', {}, `${t('col.control')}: `, (policy.controlIds ?? []).map(shortLabel).join(', '), ` · ${t('policy.owner')}: ${policy.owner ?? ''}`),
    policy.latest ? h('p', { class: 'mono muted' }, `v${policy.latest.version} · SHA-256 ${policy.latest.sha256}`) : null,
    policy.approvedAt ? h('p', {}, t('policy.approvedAt', policy.approvedVersion, formatDate(policy.approvedAt))) : null,
    round?.ok ? h('section', {}, h('h2', {}, t('policy.round')),
      h('p', {}, `${round.data.quorum} · ${t('policy.dueAt', formatDate(round.data.dueAt))} · ${round.data.decision}`),
      h('ul', {}, (round.data.votes ?? []).map(v => h('li', {}, `${v.name}: ${v.choice}`, v.comment ? ` — ${v.comment}` : '')))) : null);
}
