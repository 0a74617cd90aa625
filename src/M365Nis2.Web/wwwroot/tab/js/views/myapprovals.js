import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';

/**
 * "My approvals" for a board member: open rounds first (the document one click away, a vote form here, so a member
 * without the Teams app can still vote), then the rounds already decided. The vote carries the hash of the version shown.
 */
export async function renderMyApprovals(view, params, session) {
  const mine = await getJson('/api/approvals/mine');
  if (!mine.ok) return mount(view, h('h1', {}, t('mine.title')), message('error', t('error.load', t('mine.title'), mine.status)));
  const open = mine.data.filter(r => r.decision === 'Pending');
  const decided = mine.data.filter(r => r.decision !== 'Pending');
  const status = h('div', { 'data-testid': 'vote-status', role: 'status' });
  const refresh = async text => { await renderMyApprovals(view, params, session); document.querySelector('[data-testid="vote-status"]')?.replaceChildren(message('success', text)); };
  mount(view, h('h1', {}, t('mine.title')), h('p', { class: 'muted' }, t('mine.intro')), status,
    h('h2', {}, t('mine.open')),
    open.length ? h('ul', { class: 'plain', 'data-testid': 'open-rounds' }, open.map(r => openRound(r, session, status, refresh)))
      : h('p', { class: 'muted', 'data-testid': 'no-open' }, t('mine.none')),
    h('h2', {}, t('mine.decided')),
    decided.length ? h('table', { class: 'data', 'data-testid': 'decided-rounds' },
      h('thead', {}, h('tr', {}, [t('policy.col.title'), t('round.decision'), t('round.when'), t('mine.myVote')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, decided.map(r => h('tr', { 'data-round': r.roundId },
        h('td', {}, link(`/tab/rounds/${encodeURIComponent(r.roundId)}`, {}, `${r.policyTitle} v${r.version}`)),
        h('td', {}, t(`roundDecision.${r.decision}`)), h('td', {}, r.decidedAt ? formatDate(r.decidedAt) : ''),
        h('td', {}, myVote(r, session))))))
      : h('p', { class: 'muted' }, t('mine.noneDecided')));
}

function myVote(r, session) {
  const v = [...r.votes].reverse().find(x => x.objectId === session.me?.objectId);
  return v ? t(`vote.${v.choice}`) : '—';
}

/** A policy opens on its version page; any other subject (risk, SoA, scope …) where its card links, in the tab. */
function documentPath(r) {
  if ((r.subjectKind ?? 'policy') === 'policy') return `/tab/policies/${encodeURIComponent(r.policyId)}/${r.version}`;
  try { return new URL(r.documentLink).pathname; } catch { return '/tab/my-approvals'; }
}

function openRound(r, session, status, refresh) {
  const id = `vote-${r.roundId}`;
  const comment = h('textarea', { id: `${id}-comment`, rows: 2, maxlength: 1000 });
  const button = (choice, cls) => h('button', { class: `button ${cls}`, type: 'button', 'data-choice': choice, onclick: () => vote(choice) }, t(`mine.${choice}`));
  async function vote(choice) {
    status.replaceChildren();
    const response = await api(`/api/approvals/${encodeURIComponent(r.roundId)}/vote`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ choice, comment: comment.value || null, documentHash: r.documentSha256 }) });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    await refresh(t('mine.voted', r.policyTitle));
  }
  return h('li', { class: 'card', 'data-round': r.roundId },
    h('h3', {}, `${r.policyTitle} v${r.version}`),
    h('dl', { class: 'facts' },
      h('dt', {}, t('round.due')), h('dd', {}, formatDate(r.dueAt)),
      h('dt', {}, t('round.tally')), h('dd', {}, t('round.tallyText', r.tally.approved, r.tally.rejected, r.tally.pending, r.tally.needed)),
      h('dt', {}, t('mine.myVote')), h('dd', { 'data-testid': 'my-vote' }, myVote(r, session)),
      h('dt', {}, 'SHA-256'), h('dd', { class: 'mono' }, h('span', { title: r.documentSha256 }, r.documentSha256.slice(0, 16) + '…'))),
    h('p', {}, link(documentPath(r), { 'data-testid': 'read-document' }, t('mine.read'))),
    h('label', { for: `${id}-comment` }, t('round.comment')), comment,
    h('div', { class: 'row' }, button('approve', 'button-primary'), button('reject', '')));
}
