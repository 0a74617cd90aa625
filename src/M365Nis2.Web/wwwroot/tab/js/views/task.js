import { h, mount, message, link } from '../dom.js';
import { t, localized, titleOf, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { taskState, day } from './tasks.js';

// One task (GET /api/tasks/{id}) with its history. The owner completes it (comment or file), adds files or asks for
// more time; the CISO also decides extension requests. The same actions as the owner's card in Teams.

export async function renderTask(view, params, session) {
  const response = await getJson(`/api/tasks/${encodeURIComponent(params.id)}`);
  if (!response.ok) return mount(view, message('error', response.status === 404 ? t('task.notFound') : t('tasks.failed', `HTTP ${response.status}`)));
  const { task, history } = response.data;
  const isCiso = session.me?.roles?.includes('CISO') ?? false;
  const mine = task.ownerId === session.me?.objectId;
  const open = !task.closedAt;
  const status = h('div', { 'data-testid': 'task-status' });
  const again = async note => { await renderTask(view, params, session); if (note) view.querySelector('[data-testid=task-status]')?.replaceChildren(note); };
  const act = async body => {
    const r = await api(`/api/tasks/${encodeURIComponent(task.id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return r.ok ? again(message('success', t(`task.did.${body.action}`))) : status.replaceChildren(message('error', t('tasks.failed', await problemText(r))));
  };
  mount(view,
    h('p', {}, link('/tab/tasks', {}, t('task.back'))),
    h('h1', { 'data-testid': 'task-title' }, titleOf(task)),
    task.description ? h('p', {}, localized(task, 'description')) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, t('col.status')), h('dd', {}, taskState(task)),
      h('dt', {}, t('tasks.col.due')), h('dd', {}, day(task.dueDate), task.extended ? ` (${t('task.extended')})` : ''),
      h('dt', {}, t('tasks.col.owner')), h('dd', {}, task.ownerName ?? task.ownerId),
      h('dt', {}, t('task.from')), h('dd', {}, t(`task.source.${task.sourceKind}`)),
      task.measures.length ? [h('dt', {}, t('tasks.measures')), h('dd', {}, task.measures.join(', '))] : null,
      open && (isCiso || mine) ? [h('dt', {}, t('task.card')), h('dd', { 'data-testid': 'task-card', 'data-state': task.cardState },
        t(`task.card.${task.cardState}`), task.cardReason ? ` — ${localized(task, 'cardReason')}` : '')] : null),
    status,
    task.pendingExtension ? pending(task, isCiso, act) : null,
    open && (mine || isCiso) ? actions(task, act, again, status) : null,
    h('h2', {}, t('task.history')),
    h('ol', { 'data-testid': 'task-history' }, history.map(e => h('li', { 'data-kind': e.kind },
      h('strong', {}, t(`task.event.${e.kind}`)), ` · ${formatDate(e.at)} · ${e.actorName ?? ''}`,
      e.text ? h('div', {}, localized(e, 'text')) : null, e.fileName ? h('div', { class: 'muted' }, e.fileName) : null))));
}

function pending(task, isCiso, act) {
  const p = task.pendingExtension;
  return h('div', { class: 'card', 'data-testid': 'task-pending' },
    h('p', {}, t('task.pending', day(p.requestedDue), p.reason)),
    isCiso ? h('div', {},
      h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'task-grant', onclick: () => act({ action: 'decide-extension', grant: true }) }, t('task.grant')), ' ',
      h('button', { class: 'button', type: 'button', 'data-testid': 'task-refuse', onclick: () => act({ action: 'decide-extension', grant: false }) }, t('task.refuse')))
      : null);
}

function actions(task, act, again, status) {
  const done = h('form', { class: 'stack card', 'data-testid': 'task-complete' },
    h('h2', {}, t('task.complete')),
    h('label', {}, t('task.comment'), h('textarea', { name: 'comment', rows: 3, maxlength: 2000 })),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('task.markDone'))));
  done.addEventListener('submit', event => { event.preventDefault(); act({ action: 'complete', comment: new FormData(done).get('comment') || null }); });

  const file = h('form', { class: 'stack card', 'data-testid': 'task-file' },
    h('h2', {}, t('task.addFile')), h('p', { class: 'muted' }, t('task.fileHint')),
    h('label', {}, t('task.addFile'), h('input', { type: 'file', name: 'file', required: true })),
    h('div', {}, h('button', { class: 'button', type: 'submit' }, t('task.upload'))));
  file.addEventListener('submit', async event => {
    event.preventDefault();
    const r = await api(`/api/tasks/${encodeURIComponent(task.id)}/files`, { method: 'POST', body: new FormData(file) });
    return r.ok ? again(message('success', t('task.uploaded'))) : status.replaceChildren(message('error', t('tasks.failed', await problemText(r))));
  });

  const more = h('form', { class: 'stack card', 'data-testid': 'task-extend' },
    h('h2', {}, t('task.moreTime')),
    h('label', {}, t('task.newDue'), h('input', { type: 'date', name: 'dueDate', required: true })),
    h('label', {}, t('task.reason'), h('textarea', { name: 'reason', rows: 2, required: true, maxlength: 2000 })),
    h('div', {}, h('button', { class: 'button', type: 'submit' }, t('task.sendRequest'))));
  more.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(more);
    act({ action: 'request-extension', dueDate: data.get('dueDate'), reason: data.get('reason') });
  });
  return [done, file, task.pendingExtension ? null : more];
}
