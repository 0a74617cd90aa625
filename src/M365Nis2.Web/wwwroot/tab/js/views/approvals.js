import { h } from '../dom.js';
import { t } from '../i18n.js';

// A policy's review state as a badge (register, board summary, control page). The board votes on Adaptive Cards in
// chat; the register (policies.js) and the policy page (policy.js) show and start rounds.

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
