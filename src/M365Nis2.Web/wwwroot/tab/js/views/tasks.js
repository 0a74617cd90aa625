import { h, mount, message, link } from '../dom.js';
import { t, titleOf, formatDate, lang } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';

// Follow-up tasks (GET /api/tasks): an employee sees their own, the CISO and the board every task with its owner.
// The CISO opens tasks by hand here; everyone can subscribe to their tasks and the annual wheel in Outlook.

const tones = { Open: 'neutral', DueSoon: 'warning', Overdue: 'danger', ExtensionRequested: 'warning', Done: 'success', Cancelled: 'neutral' };

const has = (session, role) => session.me?.roles?.includes(role) ?? false;

export function taskState(task) {
  return h('span', { class: `badge badge-${tones[task.state] ?? 'neutral'}`, 'data-task-state': task.state }, t(`task.state.${task.state}`));
}

export function day(value) {
  return value ? formatDate(`${value}T12:00:00`, false) : '';
}

export async function renderTasks(view, params, session) {
  const seeAll = has(session, 'CISO') || has(session, 'Board');
  const tasks = await getJson('/api/tasks');
  const parts = [h('h1', {}, t('tasks.title')), h('p', { class: 'muted' }, t(seeAll ? 'tasks.introAll' : 'tasks.introMine'))];
  if (seeAll) parts.push(await deviations());
  parts.push(!tasks.ok ? message('error', t('tasks.failed', `HTTP ${tasks.status}`))
    : tasks.data.length === 0 ? h('p', { class: 'muted', 'data-testid': 'no-tasks' }, t('tasks.none'))
      : h('table', { class: 'data', 'data-testid': 'tasks' },
        h('thead', {}, h('tr', {}, [t('tasks.col.title'), seeAll ? t('tasks.col.owner') : null, t('tasks.col.due'), t('col.status')]
          .filter(c => c !== null).map(c => h('th', {}, c)))),
        h('tbody', {}, tasks.data.map(task => h('tr', { 'data-task': task.id },
          h('td', {}, link(`/tab/tasks/${encodeURIComponent(task.id)}`, {}, titleOf(task)), h('div', { class: 'muted' }, t(`task.source.${task.sourceKind}`))),
          seeAll ? h('td', {}, task.ownerName ?? task.ownerId) : null,
          h('td', {}, day(task.dueDate)),
          h('td', {}, taskState(task)))))));
  if (has(session, 'CISO')) parts.push(newTaskForm(view, session));
  parts.push(calendarFeed());
  mount(view, parts);
}

async function deviations() {
  const d = await getJson('/api/tasks/deviations');
  if (!d.ok) return null;
  return h('p', { 'data-testid': 'deviations' }, t('tasks.deviations', d.data.openTasks, d.data.overdue, d.data.extensionRequests));
}

/** CISO: open a task by hand (POST /api/tasks); the owner gets the card in Teams. */
function newTaskForm(view, session) {
  const status = h('div', { 'data-testid': 'new-task-status' });
  const field = (name, label, attrs = {}) => h('label', {}, label, h('input', { name, ...attrs }));
  const form = h('form', { class: 'stack card', 'data-testid': 'new-task' },
    h('h2', {}, t('tasks.new')),
    field('title', t('tasks.col.title'), { required: true, maxlength: 200 }),
    field('ownerUpn', t('tasks.ownerUpn'), { required: true, type: 'email' }),
    field('dueDate', t('tasks.col.due'), { required: true, type: 'date' }),
    field('measures', t('tasks.measures'), { placeholder: 'art21.2.e' }),
    h('label', {}, t('tasks.description'), h('textarea', { name: 'description', rows: 3, maxlength: 2000 })),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('tasks.open'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      title: data.get('title'), ownerUpn: data.get('ownerUpn'), dueDate: data.get('dueDate'), description: data.get('description') || null,
      measures: String(data.get('measures') ?? '').split(',').map(m => m.trim()).filter(Boolean),
      idempotencyKey: form.dataset.key ??= crypto.randomUUID(),
    };
    const response = await api('/api/tasks', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(message('error', t('tasks.failed', await problemText(response))));
    await renderTasks(view, {}, session);
    view.querySelector('[data-testid=new-task-status]')?.replaceChildren(message('success', t('tasks.opened', body.title)));
  });
  return form;
}

/** The caller's own iCalendar link (POST/DELETE /api/wheel/feed): the token in it is the credential, so it can be revoked. */
function calendarFeed() {
  const out = h('div', { 'data-testid': 'feed-status' });
  const issue = h('button', { class: 'button', type: 'button', 'data-testid': 'feed-issue' }, t('feed.issue'));
  const revoke = h('button', { class: 'button', type: 'button', 'data-testid': 'feed-revoke' }, t('feed.revoke'));
  issue.addEventListener('click', async () => {
    // The link carries the tab's language, so the calendar's titles read as the app does (the calendar server sends none).
    const response = await api(`/api/wheel/feed?lang=${lang()}`, { method: 'POST' });
    if (!response.ok) return out.replaceChildren(message('error', t('tasks.failed', await problemText(response))));
    const { url } = await response.json();
    out.replaceChildren(h('p', {}, t('feed.howto')), h('input', { readonly: true, value: url, 'data-testid': 'feed-url', size: 60, 'aria-label': t('feed.title') }));
  });
  revoke.addEventListener('click', async () => {
    const response = await api('/api/wheel/feed', { method: 'DELETE' });
    out.replaceChildren(response.ok ? message('success', t('feed.revoked')) : message('error', t('tasks.failed', await problemText(response))));
  });
  return h('section', { class: 'card stack' }, h('h2', {}, t('feed.title')), h('p', { class: 'muted' }, t('feed.intro')),
    h('div', {}, issue, ' ', revoke), out);
}
