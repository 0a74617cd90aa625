import { h, mount, message } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { roles } from '../app.js';
import { trainingTable } from './board.js';

// The training page: what the training feature serves, and a plain note where an endpoint is not part of this build.

/**
 * Own training: board members see their Art. 20(2) row (from /api/training/management); the CISO sees the whole board;
 * employees get their awareness modules from the bot in chat, which this page says.
 */
export async function renderTraining(view, session) {
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
  mount(view, parts);
}
