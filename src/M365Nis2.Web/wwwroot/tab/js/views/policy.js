import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { shortLabel } from '../controls.js';
import { roles } from '../session.js';
import { policyState } from './approvals.js';
import { documentViewer } from './document.js';

const versionTones = { approved: 'success', inRound: 'info', rejected: 'danger', expired: 'warning', superseded: 'neutral', draft: 'neutral' };

/** One policy: owner, review due, measures, every version with hash and approval state, its rounds, and the document. */
export async function renderPolicy(view, { id, version }, session) {
  const detail = await getJson(`/api/policies/${encodeURIComponent(id)}`);
  if (!detail.ok) return mount(view, link('/tab/approvals', {}, `← ${t('approvals.title')}`), message('error', t('error.load', id, detail.status)));
  const { policy, versions, rounds } = detail.data;
  const shown = versions.find(v => String(v.version) === String(version)) ?? versions[0];
  const status = h('div', { 'data-testid': 'policy-status', role: 'status' });
  const refresh = () => renderPolicy(view, { id, version }, session);
  mount(view, link('/tab/approvals', {}, `← ${t('approvals.title')}`),
    h('h1', {}, t('policy.title', policy.title, shown?.version ?? version)),
    h('p', {}, policyState(policy)),
    h('dl', { class: 'facts' },
      h('dt', {}, t('policy.owner')), h('dd', {}, policy.owner ?? ''),
      h('dt', {}, t('col.control')), h('dd', {}, (policy.controlIds ?? []).map(c => link(`/tab/control/${encodeURIComponent(c)}`, {}, shortLabel(c))).flatMap((a, i) => i ? [', ', a] : [a])),
      h('dt', {}, t('policy.col.review')), h('dd', {}, policy.nextReviewDue ? formatDate(policy.nextReviewDue, false) : '—'),
      policy.approvedAt ? [h('dt', {}, t('policy.approved')), h('dd', {}, t('policy.approvedAt', policy.approvedVersion, formatDate(policy.approvedAt)))] : null),
    status,
    h('h2', {}, t('policy.versions')),
    h('table', { class: 'data', 'data-testid': 'versions' },
      h('thead', {}, h('tr', {}, [t('policy.version'), 'SHA-256', t('policy.uploaded'), t('col.status'), ''].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, versions.map(v => h('tr', { 'data-version': v.version, 'data-state': v.state },
        h('td', {}, link(`/tab/policies/${encodeURIComponent(id)}/${v.version}`, {}, `v${v.version}`), h('div', { class: 'muted' }, v.fileName ?? '')),
        h('td', { class: 'mono' }, h('span', { title: v.sha256 }, v.sha256.slice(0, 16) + '…')),
        h('td', {}, formatDate(v.uploadedAt)),
        h('td', {}, h('span', { class: `badge badge-${versionTones[v.state] ?? 'neutral'}` }, t(`version.state.${v.state}`)),
          v.roundId ? [' ', link(`/tab/rounds/${encodeURIComponent(v.roundId)}`, { 'data-testid': 'round-link' }, t('policy.roundLink'))] : null),
        h('td', {}, roles.isCiso() && !policy.openRoundId && v.state !== 'approved' && v.version === versions[0].version ? startRoundForm(policy, v, status, refresh) : null))))),
    rounds.length ? [h('h2', {}, t('policy.rounds')), h('ul', { 'data-testid': 'rounds' }, rounds.map(r => h('li', {},
      link(`/tab/rounds/${encodeURIComponent(r.roundId)}`, {}, `v${r.version} · ${formatDate(r.startedAt, false)}`), ' · ', t(`roundDecision.${r.decision}`))))] : null,
    shown ? h('section', { 'aria-labelledby': 'doc-h' }, h('h2', { id: 'doc-h' }, t('policy.document', shown.version)), await documentViewer(shown)) : null);
}

/** CISO: start a round on this version — the board as approvers, quorum and deadline chosen here. */
function startRoundForm(policy, version, status, refresh) {
  const due = h('input', { type: 'date', id: 'round-due', required: true, value: new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10) });
  const quorum = h('select', { id: 'round-quorum' }, ['majority', 'all'].map(q => h('option', { value: q }, t(`quorum.${q}`))));
  const form = h('form', { class: 'inline-form', 'data-testid': 'start-round-form' },
    h('label', { for: 'round-quorum' }, t('round.quorum')), quorum,
    h('label', { for: 'round-due' }, t('round.due')), due,
    h('button', { class: 'button button-primary', type: 'submit', 'data-testid': 'start-round' }, t('actions.approval')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren();
    const dueAt = new Date(`${due.value}T16:00:00`).toISOString();
    const response = await api('/api/approvals', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ policyId: policy.policyId, version: version.version, quorum: quorum.value, dueAt }) });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    const started = await response.json();
    await refresh();
    const notReached = started.notReached?.length ? ` ${t('round.notReachedCount', started.notReached.length)}` : '';
    document.querySelector('[data-testid="policy-status"]')?.replaceChildren(message('success', t('approvals.started', policy.title) + notReached));
  });
  return form;
}
