import { h, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { getJson } from '../api.js';

const BADGE = { Completed: 'success', Failed: 'danger', Unknown: 'warning' };

/** The caller's own awareness modules and results (GET /api/awareness/mine); each opens to be read and answered here or in chat. */
export async function myModulesSection() {
  const mine = await getJson('/api/awareness/mine');
  const rows = mine.data ?? [];
  return [h('h2', {}, t('training.awareness')), h('p', { 'data-testid': 'awareness-info' }, t('training.awarenessInChat')),
    !mine.ok || !rows.length ? h('p', { class: 'muted', 'data-testid': 'no-modules' }, t('myModules.none'))
      : h('table', { class: 'data', 'data-testid': 'my-modules' },
        h('thead', {}, h('tr', {}, ['myModules.module', 'myModules.state', 'myModules.sent', 'myModules.result'].map(c => h('th', { scope: 'col' }, t(c))))),
        h('tbody', {}, rows.map(m => h('tr', { 'data-module': m.moduleId, 'data-state': m.state },
          h('td', {}, link(`/tab/my-modules/${encodeURIComponent(m.campaignId)}`, { 'data-testid': 'open-module' }, lang() === 'da' ? m.titleDa : m.title)),
          h('td', {}, h('span', { class: `badge badge-${BADGE[m.state] ?? 'neutral'}` }, t(`campaign.state.${m.state}`))),
          h('td', {}, m.promptedAt ? formatDate(m.promptedAt) : ''),
          h('td', {}, m.score === null || m.score === undefined ? '' : t(m.passed ? 'myModules.passed' : 'myModules.notPassed', Math.round(m.score * 100)))))))];
}
