import { h, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, problemText } from '../api.js';

// The classification as the scope page, the board summary and the registration page show it, and where it stands with
// the board (bound to the exact answers: a changed answer shows "not approved" again).

const text = r => (lang() === 'da' ? r.textDa : r.text);
const euro = n => new Intl.NumberFormat(lang() === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 0 }).format(n);
const TONE = { essential: 'danger', important: 'warning', registrationOnly: 'info', notCovered: 'neutral' };
const APPROVAL_TONE = { approved: 'success', pending: 'info', rejected: 'danger', lapsed: 'warning', changed: 'warning', none: 'neutral' };

export function categoryBadge(category) {
  return h('span', { class: `badge badge-${TONE[category] ?? 'neutral'}`, 'data-testid': 'scope-category' }, t(`scope.category.${category}`));
}

export function approvalBadge(approval) {
  return h('span', { class: `badge badge-${APPROVAL_TONE[approval.state] ?? 'neutral'}`, 'data-testid': 'approval-state' },
    t(`scope.approval.${approval.state}`));
}

export function resultCard(data) {
  const r = data.result;
  return h('section', { class: 'card', 'data-testid': 'scope-result', 'aria-label': t('scope.result') },
    h('div', { class: 'card-head' }, h('h2', {}, t('scope.result')), categoryBadge(r.category)),
    h('p', {}, t('scope.size', t(`scope.sizeClass.${r.size}`))),
    h('h3', {}, t('scope.reasons')),
    h('ul', { class: 'findings', 'data-testid': 'scope-reasons' }, r.reasons.map(x => h('li', {}, text(x), ' ', h('span', { class: 'muted' }, `(${x.article})`)))),
    r.notes.length ? [h('h3', {}, t('scope.notes')),
      h('ul', { class: 'findings', 'data-testid': 'scope-notes' }, r.notes.map(x => h('li', {}, text(x), ' ', h('span', { class: 'muted' }, `(${x.article})`))))] : null,
    h('dl', { class: 'facts' },
      h('dt', {}, t('scope.fine')),
      h('dd', { 'data-testid': 'scope-fine' }, r.fine ? t('scope.fineText', euro(r.fine.maximumEur), euro(r.fine.fixedEur), r.fine.turnoverPercent, r.fine.article) : t('scope.noFine')),
      h('dt', {}, t('scope.authority')),
      h('dd', { 'data-testid': 'scope-authority' }, r.authorities.length ? r.authorities.map(a => (lang() === 'da' ? a.nameDa : a.name)).join('; ') : t('scope.noAuthority')),
      h('dt', {}, t('scope.version')),
      h('dd', { 'data-testid': 'scope-version' }, t('scope.versionText', data.version, formatDate(data.savedAt), data.savedByName), ' ',
        h('code', { title: data.artefactId }, data.artefactId.slice(0, 12)))));
}

/** The board's approval: state, who decided when, and for the CISO "send to the board" when the current answers need it. */
export function approvalPanel(data, edit, status, refresh) {
  const a = data.approval;
  const canSend = edit && !['pending', 'approved'].includes(a.state);
  const detail = {
    none: t('scope.approval.noneText'),
    pending: t('scope.approval.pendingText', a.requestedByName ?? '', formatDate(a.requestedAt), formatDate(a.deadline)),
    approved: t('scope.approval.approvedText', a.approvers.join(', '), formatDate(a.decidedAt), a.version),
    rejected: t('scope.approval.rejectedText', formatDate(a.decidedAt)),
    lapsed: t('scope.approval.lapsedText', formatDate(a.decidedAt)),
    changed: t('scope.approval.changedText', a.version, formatDate(a.decidedAt)),
  }[a.state];
  const send = async () => {
    const response = await api('/api/scope/approval', { method: 'POST' });
    if (!response.ok) return status.replaceChildren(message('error', t('scope.failed', await problemText(response))));
    await refresh(t('scope.sent'));
  };
  return h('section', { class: 'card', 'data-testid': 'scope-approval', 'aria-label': t('scope.approval') },
    h('div', { class: 'card-head' }, h('h2', {}, t('scope.approval')), approvalBadge(a)),
    h('p', { 'data-testid': 'approval-detail' }, detail),
    a.decisionArtefactId ? h('p', { class: 'muted' }, t('scope.approval.record'), ' ', h('code', {}, a.decisionArtefactId.slice(0, 12))) : null,
    a.roundId ? h('p', {}, link(`/tab/rounds/${encodeURIComponent(a.roundId)}`, { 'data-testid': 'approval-round' }, t('scope.approval.round'))) : null,
    canSend ? h('button', { class: 'button button-primary', 'data-testid': 'send-to-board', onclick: send }, t('scope.send')) : null);
}
