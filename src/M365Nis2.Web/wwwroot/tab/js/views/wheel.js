import { h, mount, message, link } from '../dom.js';
import { t, lang } from '../i18n.js';
import { getJson } from '../api.js';

// The annual wheel (GET /api/wheel?year=): the recurring NIS2 activities month by month, each with its task once opened.

export async function renderWheel(view, params, session) {
  const year = Number(new URLSearchParams(location.search).get('year')) || new Date().getFullYear();
  const wheel = await getJson(`/api/wheel?year=${year}`);
  if (!wheel.ok) return mount(view, message('error', t('tasks.failed', `HTTP ${wheel.status}`)));
  const months = Array.from({ length: 12 }, (_, m) => wheel.data.filter(o => Number(o.dueDate.slice(5, 7)) === m + 1));
  const monthName = m => new Intl.DateTimeFormat(lang() === 'da' ? 'da-DK' : 'en-GB', { month: 'long' }).format(new Date(year, m, 1));
  const nav = y => link(`/tab/wheel?year=${y}`, { 'data-testid': `wheel-${y}` }, String(y));
  mount(view,
    h('h1', {}, t('wheel.title', year)),
    h('p', { class: 'muted' }, t('wheel.intro')),
    h('p', {}, nav(year - 1), ' · ', h('strong', {}, String(year)), ' · ', nav(year + 1)),
    h('div', { class: 'wheel', 'data-testid': 'wheel' }, months.map((items, m) => h('section', { class: 'card', 'data-month': m + 1 },
      h('h2', {}, monthName(m)),
      items.length === 0 ? h('p', { class: 'muted' }, '–') : h('ul', {}, items.map(o => h('li', { 'data-activity': o.activityId },
        o.taskId ? link(`/tab/tasks/${encodeURIComponent(o.taskId)}`, {}, lang() === 'da' ? o.titleDa : o.title)
          : (lang() === 'da' ? o.titleDa : o.title),
        h('div', { class: 'muted' }, `${o.dueDate} · ${t(`wheel.owner.${o.ownerRole}`)}${o.taskState ? ' · ' + t(`task.state.${o.taskState}`) : ''}`))))))));
}
