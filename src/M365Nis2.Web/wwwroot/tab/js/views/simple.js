import { h, mount, message } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { roles } from '../session.js';
import { trainingTable } from './board.js';
import { selfReportSection } from './selfreport.js';
import { myModulesSection } from './mymodules.js';

// The training page: what the training feature serves, and a plain note where an endpoint is not part of this build.

/**
 * Own training: a board member sees their Art. 20(2) row, reports a course with its certificate and follows their
 * reports; the board and the CISO see every member (overdue ones first, so they stand out); everyone sees their own
 * awareness modules and results (the quiz itself comes from the bot in chat).
 */
export async function renderTraining(view, params, session) {
  const parts = [h('h1', {}, t('training.title')), h('p', { class: 'muted' }, t('training.intro')),
    h('div', { 'data-testid': 'training-status', role: 'status' })];
  if (roles.canSeeEvidence()) {
    const management = await getJson('/api/training/management');
    const members = management.data?.members ?? [];
    const mine = members.filter(m => m.objectId === session.me?.objectId);
    parts.push(h('h2', {}, t('training.mine')),
      !management.ok ? message('info', t('notYet')) : mine.length ? trainingTable(mine) : h('p', { class: 'muted' }, t('training.notOnBoard')));
    if (mine.length) parts.push(...await selfReportSection(async text => {
      await renderTraining(view, params, session);
      document.querySelector('[data-testid="training-status"]')?.replaceChildren(message('success', text));
    }));
    if (management.ok) parts.push(h('h2', {}, t('board.training')), trainingTable(byUrgency(members)));
  }
  parts.push(...await myModulesSection());
  mount(view, parts);
}

const URGENCY = { Overdue: 0, Never: 1, DueSoon: 2, Current: 3 };

/** Overdue and never-trained members first: who needs chasing is what the board and the CISO look for. */
export function byUrgency(members) {
  return [...members].sort((a, b) => (URGENCY[a.state] ?? 9) - (URGENCY[b.state] ?? 9));
}
