import { h, mount, message, link } from '../dom.js';
import { t, localized, formatDate } from '../i18n.js';
import { getJson, openArtefact } from '../api.js';

/** One approval round: who voted what and when, who was not reached (and why), reminders sent, deadline, decision record. */
export async function renderRound(view, { id }) {
  const [round, reminders] = await Promise.all([getJson(`/api/approvals/${encodeURIComponent(id)}`), getJson(`/api/approvals/${encodeURIComponent(id)}/reminders`)]);
  if (!round.ok) return mount(view, message('error', t('error.load', id, round.status)));
  const r = round.data;
  const voted = new Set(r.votes.map(v => v.objectId));
  const notReached = r.delivery.filter(d => d.status !== 'Sent');
  const waiting = r.delivery.filter(d => !voted.has(d.objectId));
  mount(view, link(`/tab/policies/${encodeURIComponent(r.policyId)}/${r.version}`, {}, `← ${r.policyTitle}`),
    h('h1', {}, t('round.title', r.policyTitle, r.version)),
    h('dl', { class: 'facts', 'data-testid': 'round-facts' },
      h('dt', {}, t('round.decision')), h('dd', { 'data-decision': r.decision }, t(`roundDecision.${r.decision}`), r.decidedAt ? ` · ${formatDate(r.decidedAt)}` : ''),
      h('dt', {}, t('round.quorum')), h('dd', {}, t(`quorum.${r.quorum.startsWith('n:') ? 'n' : r.quorum}`, r.quorum.slice(2))),
      h('dt', {}, t('round.tally')), h('dd', {}, t('round.tallyText', r.tally.approved, r.tally.rejected, r.tally.pending, r.tally.needed)),
      h('dt', {}, t('round.due')), h('dd', {}, formatDate(r.dueAt)),
      h('dt', {}, t('round.started')), h('dd', {}, `${formatDate(r.startedAt)} · ${r.startedBy}`),
      h('dt', {}, t('round.record')), h('dd', {}, r.decisionArtefactId
        ? h('a', { href: `/api/artefacts/${encodeURIComponent(r.decisionArtefactId)}`, 'data-testid': 'decision-record', class: 'mono',
          onclick: e => { e.preventDefault(); openArtefact(r.decisionArtefactId); } }, r.decisionArtefactId.slice(0, 16) + '…')
        : t('round.noRecord'))),
    h('h2', {}, t('round.votes')),
    r.votes.length ? h('table', { class: 'data', 'data-testid': 'votes' },
      h('thead', {}, h('tr', {}, [t('round.member'), t('round.vote'), t('round.when'), t('round.comment')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, r.votes.map(v => h('tr', { 'data-voter': v.objectId },
        h('td', {}, v.name), h('td', {}, t(`vote.${v.choice}`), v.counts ? '' : ` (${t('round.superseded')})`), h('td', {}, formatDate(v.at)), h('td', {}, v.comment ?? '')))))
      : h('p', { class: 'muted' }, t('round.noVotes')),
    h('h2', {}, t('round.waiting')),
    waiting.length ? h('ul', { 'data-testid': 'waiting' }, waiting.map(d => h('li', {}, d.name))) : h('p', { class: 'muted' }, t('round.nobodyWaiting')),
    h('h2', {}, t('round.notReached')),
    notReached.length ? h('ul', { 'data-testid': 'not-reached' }, notReached.map(d => h('li', {}, h('strong', {}, d.name), ` — ${t(`delivery.${d.status}`)}`, d.reason ? `: ${localized(d, 'reason')}` : '')))
      : h('p', { class: 'muted' }, t('round.allReached')),
    h('h2', {}, t('round.reminders')),
    (reminders.data ?? []).length ? h('ul', { 'data-testid': 'reminders' }, reminders.data.map(x => h('li', {}, `${formatDate(x.sentAt)}: ${x.recipients.join(', ')}`)))
      : h('p', { class: 'muted' }, t('round.noReminders')));
}

