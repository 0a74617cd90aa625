import { h, mount, message } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { roles } from '../app.js';
import { trainingTable } from './board.js';

// Approvals, training and policy pages: they show what the approvals and training features serve, and say so
// plainly when those endpoints are not part of this build yet.

export async function renderApprovals(view, session) {
  if (!roles.canSeeEvidence()) return mount(view, message('error', t('auth.forbidden')));
  const policies = await getJson('/api/policies');
  mount(view, h('h1', {}, t('approvals.title')), h('p', { class: 'muted' }, t('approvals.intro')),
    policies.ok ? jsonList(policies.data) : message('info', t('notYet')));
}

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

export async function renderPolicy(view, id, version, session) {
  const policy = await getJson(`/api/policies/${encodeURIComponent(id)}/${encodeURIComponent(version)}`);
  mount(view, h('h1', {}, t('policy.title', decodeURIComponent(id), decodeURIComponent(version))),
    policy.ok ? jsonList([policy.data]) : message('info', t('notYet')));
}

function jsonList(data) {
  const items = Array.isArray(data) ? data : (data?.items ?? [data]);
  return h('ul', { class: 'plain' }, items.map(item => h('li', { class: 'card' },
    h('strong', {}, item.title ?? item.name ?? item.id ?? ''),
    h('div', { class: 'muted' }, Object.entries(item).filter(([, v]) => typeof v !== 'object').map(([k, v]) => `${k}: ${v}`).join(' · ')))));
}
