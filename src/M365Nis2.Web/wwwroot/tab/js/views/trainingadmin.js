import { h, mount, message } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { trainingTable } from './board.js';
import { byUrgency } from './simple.js';
import { claimsTable, courseSelect } from './selfreport.js';

/**
 * The CISO's board training administration (Art. 20(2)): members' reports to confirm or reject, the board's status
 * (overdue first), the courses, and attendance recorded with a certificate. Everything here is CISO-only in the API.
 */
export async function renderTrainingAdmin(view, params, session) {
  const [management, courses, claims] = await Promise.all(['/api/training/management', '/api/training/courses', '/api/training/claims'].map(p => getJson(p)));
  if (!management.ok || !courses.ok || !claims.ok) return mount(view, h('h1', {}, t('trainingAdmin.title')), message('error', t('error.load', t('trainingAdmin.title'), management.status)));
  const status = h('div', { 'data-testid': 'admin-status', role: 'status' });
  const refresh = async text => {
    await renderTrainingAdmin(view, params, session);
    document.querySelector('[data-testid="admin-status"]')?.replaceChildren(message('success', text));
  };
  const fail = async response => status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
  const ui = { refresh, fail, clear: () => status.replaceChildren() };
  const pending = claims.data.filter(c => c.state === 'Pending');
  const decided = claims.data.filter(c => c.state !== 'Pending');
  const members = management.data.members;
  mount(view, h('h1', {}, t('trainingAdmin.title')), h('p', { class: 'muted' }, t('trainingAdmin.intro')), status,
    h('h2', {}, t('trainingAdmin.pending')),
    pending.length ? claimsTable(pending, { withMember: true, testid: 'pending-claims', actions: c => decideForm(c, ui) })
      : h('p', { class: 'muted', 'data-testid': 'no-pending' }, t('trainingAdmin.noPending')),
    h('h2', {}, t('board.training')), trainingTable(byUrgency(members)),
    h('h2', {}, t('trainingAdmin.courses')),
    courses.data.length ? h('table', { class: 'data', 'data-testid': 'courses' },
      h('thead', {}, h('tr', {}, [t('course.title'), t('course.provider'), t('course.date'), t('course.hours')].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, courses.data.map(c => h('tr', { 'data-course': c.id }, h('td', {}, c.title), h('td', {}, c.provider), h('td', {}, formatDate(c.date, false)), h('td', {}, String(c.hours))))))
      : h('p', { class: 'muted' }, t('trainingAdmin.noCourses')),
    courseForm(ui),
    courses.data.length ? attendanceForm(members, courses.data, ui) : null,
    decided.length ? [h('h2', {}, t('trainingAdmin.decided')), claimsTable(decided, { withMember: true, testid: 'decided-claims' })] : null);
}

function decideForm(claim, { refresh, fail, clear }) {
  const id = `note-${claim.id}`;
  const note = h('textarea', { id, rows: 2, maxlength: 1000 });
  const decide = async decision => {
    clear();
    const response = await api(`/api/training/claims/${encodeURIComponent(claim.id)}/decision`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ decision, note: note.value || null }) });
    if (!response.ok) return fail(response);
    await refresh(t(`trainingAdmin.${decision}ed`, claim.memberName));
  };
  return h('div', { class: 'stack' }, h('label', { for: id }, t('trainingAdmin.note')), note,
    h('div', { class: 'row' },
      h('button', { class: 'button button-primary', type: 'button', 'data-decision': 'confirm', onclick: () => decide('confirm') }, t('trainingAdmin.confirm')),
      h('button', { class: 'button', type: 'button', 'data-decision': 'reject', onclick: () => decide('reject') }, t('trainingAdmin.reject'))));
}

function courseForm({ refresh, fail, clear }) {
  const field = (name, label, attrs) => h('label', {}, label, h('input', { name, required: true, ...attrs }));
  const form = h('form', { class: 'stack card', 'data-testid': 'course-form' }, h('h3', {}, t('trainingAdmin.addCourse')),
    field('title', t('course.title'), { maxlength: 200 }), field('provider', t('course.provider'), { maxlength: 200 }),
    field('date', t('course.date'), { type: 'date' }), field('hours', t('course.hours'), { type: 'number', min: '0.5', max: '1000', step: '0.5' }),
    h('label', {}, t('course.topics'), h('input', { name: 'topics', maxlength: 2000 })),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('trainingAdmin.addCourse'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clear();
    const data = new FormData(form);
    const body = { title: data.get('title'), provider: data.get('provider'), date: data.get('date'), hours: Number(data.get('hours')),
      topics: String(data.get('topics') ?? '').split(',').map(x => x.trim()).filter(Boolean) };
    const response = await api('/api/training/courses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return fail(response);
    await refresh(t('trainingAdmin.courseAdded', body.title));
  });
  return form;
}

function attendanceForm(members, courses, { refresh, fail, clear }) {
  const form = h('form', { class: 'stack card', 'data-testid': 'attendance-form' }, h('h3', {}, t('trainingAdmin.record')),
    h('label', { for: 'attendance-member' }, t('claims.member')),
    h('select', { id: 'attendance-member', name: 'memberObjectId', required: true }, members.map(m => h('option', { value: m.objectId }, m.displayName))),
    h('label', { for: 'attendance-course' }, t('claims.course')), courseSelect(courses, 'attendance-course', { required: true }),
    h('label', {}, t('trainingAdmin.certificateOptional'), h('input', { type: 'file', name: 'certificate', accept: '.pdf,.png,.jpg,.jpeg' })),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('trainingAdmin.record'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clear();
    const data = new FormData(form);
    if (!data.get('certificate')?.size) data.delete('certificate');
    const response = await api('/api/training/attendance', { method: 'POST', body: data });
    if (!response.ok) return fail(response);
    await refresh(t('trainingAdmin.recorded', members.find(m => m.objectId === data.get('memberObjectId'))?.displayName ?? ''));
  });
  return form;
}
