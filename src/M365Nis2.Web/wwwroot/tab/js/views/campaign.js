import { h, mount, message, link } from '../dom.js';
import { t, localized, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';

const BADGE = { Completed: 'success', Prompted: 'neutral', Pending: 'neutral', Sending: 'neutral', OptedOut: 'neutral', Failed: 'danger', Unknown: 'warning' };

/** One campaign's people (names: CISO and board only): who was not reached and why, who opted out, results; resend. */
export async function renderCampaign(view, { id }, session) {
  const people = await getJson(`/api/awareness/campaigns/${encodeURIComponent(id)}/recipients`);
  if (!people.ok) return mount(view, message('error', t('error.load', id, people.status)));
  const status = h('div', { 'data-testid': 'resend-status', role: 'status' });
  const notReached = people.data.filter(p => p.state === 'Failed' || p.state === 'Unknown');
  const resend = async () => {
    status.replaceChildren();
    const response = await api(`/api/awareness/campaigns/${encodeURIComponent(id)}/resend`, { method: 'POST' });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    const result = await response.json();
    await renderCampaign(view, { id }, session);
    document.querySelector('[data-testid="resend-status"]')?.replaceChildren(message('success', t('campaign.resent', result.resent)));
  };
  mount(view, link('/tab/campaigns', {}, `← ${t('campaigns.title')}`), h('h1', {}, t('campaign.people')), status,
    notReached.length ? h('div', { class: 'row' }, h('p', {}, t('campaign.notReachedCount', notReached.length)),
      h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'resend', onclick: resend }, t('campaign.resend'))) : null,
    h('table', { class: 'data', 'data-testid': 'recipients' },
      h('thead', {}, h('tr', {}, ['campaign.person', 'campaign.state', 'campaign.reason', 'campaign.prompted', 'campaign.score'].map(c => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, people.data.map(p => h('tr', { 'data-person': p.objectId, 'data-state': p.state },
        h('td', {}, p.name), h('td', {}, h('span', { class: `badge badge-${BADGE[p.state] ?? 'neutral'}` }, t(`campaign.state.${p.state}`))),
        h('td', { 'data-testid': 'reason' }, localized(p, 'failureReason') ?? ''), h('td', {}, p.promptedAt ? formatDate(p.promptedAt) : ''),
        h('td', {}, p.score === null || p.score === undefined ? '' : `${Math.round(p.score * 100)} %`))))));
}
