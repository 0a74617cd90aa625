import { h, mount, message } from '../dom.js';
import { t, lang } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';
import { trainingTable } from './board.js';

// The training page: what the training feature serves, and a plain note where an endpoint is not part of this build.

/**
 * Own training: board members see their Art. 20(2) row (from /api/training/management); the CISO sees the whole board;
 * employees get their awareness modules from the bot in chat, which this page says.
 */
export async function renderTraining(view, params, session) {
  const parts = [h('h1', {}, t('training.title')), h('p', { class: 'muted' }, t('training.intro'))];
  if (roles.canSeeEvidence()) {
    const management = await getJson('/api/training/management');
    const members = management.data?.members ?? [];
    const mine = members.filter(m => m.objectId === session.me?.objectId);
    parts.push(h('h2', {}, t('training.mine')),
      !management.ok ? message('info', t('notYet')) : mine.length ? trainingTable(mine) : h('p', { class: 'muted' }, t('training.notOnBoard')));
    if (roles.isCiso() && management.ok) parts.push(h('h2', {}, t('board.training')), trainingTable(members));
  }
  parts.push(h('h2', {}, t('training.awareness')), h('p', { 'data-testid': 'awareness-info' }, t('training.awarenessInChat')));
  if (roles.isCiso()) parts.push(await campaignForm());
  mount(view, parts);
}

/** CISO: launch an awareness campaign (POST /api/awareness/campaigns) to all staff; the bot delivers it, paced. */
async function campaignForm() {
  const modules = await getJson('/api/tab/awareness-modules');
  if (!modules.ok) return message('info', t('notYet'));
  const select = h('select', { name: 'moduleId', 'data-testid': 'campaign-module' },
    modules.data.map(m => h('option', { value: m.id }, lang() === 'da' ? m.titleDa : m.title)));
  const status = h('div', { 'data-testid': 'campaign-status' });
  const form = h('form', { class: 'stack card', 'data-testid': 'campaign-form' },
    h('h3', {}, t('actions.campaign')),
    h('label', {}, t('campaign.module'), select),
    h('p', { class: 'muted' }, t('campaign.audience')),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('campaign.launch'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api('/api/awareness/campaigns', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleId: select.value, audienceGroupId: 'all' }) });
    status.replaceChildren(response.ok ? message('success', t('campaign.launched', (await response.json()).recipients))
      : message('error', t('actions.failed', await problemText(response))));
  });
  return form;
}
