import { h, message } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText, openArtefact } from '../api.js';

// Art. 20(2) self-reports: a board member reports a course with its certificate (POST /api/training/claims); the
// CISO confirms or rejects it on the board training page. Shared here: the claims table both pages show.

const BADGE = { Pending: 'warning', Confirmed: 'success', Rejected: 'danger' };

/** The claims as a table; withMember adds the member's name (CISO), actions(claim) adds a cell of buttons. */
export function claimsTable(claims, { withMember = false, actions = null, testid = 'claims' } = {}) {
  const cols = [withMember && t('claims.member'), t('claims.course'), t('claims.date'), t('claims.hours'), t('claims.certificate'), t('claims.state'), t('claims.note'), actions && t('claims.decide')].filter(Boolean);
  return h('table', { class: 'data', 'data-testid': testid },
    h('thead', {}, h('tr', {}, cols.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, claims.map(c => h('tr', { 'data-claim': c.id, 'data-state': c.state },
      withMember && h('td', {}, c.memberName),
      h('td', {}, `${c.title} (${c.provider})`),
      h('td', {}, formatDate(c.date, false)),
      h('td', {}, String(c.hours)),
      h('td', {}, h('button', { class: 'button', type: 'button', 'data-testid': 'view-certificate', onclick: () => openArtefact(c.certificateArtefactId) }, t('claims.view'))),
      h('td', {}, h('span', { class: `badge badge-${BADGE[c.state] ?? 'neutral'}`, 'data-testid': 'claim-state' }, t(`claims.state.${c.state}`)),
        c.decidedAt ? h('div', { class: 'muted' }, formatDate(c.decidedAt)) : ''),
      h('td', {}, c.note ?? ''),
      actions && h('td', {}, c.state === 'Pending' ? actions(c) : '')))));
}

/** Course choices: the known courses, and "another course" (value "") whose facts the member types in. */
export function courseSelect(courses, id, attrs = {}) {
  return h('select', { id, name: 'courseId', ...attrs },
    attrs.required ? null : h('option', { value: '' }, t('claims.otherCourse')),
    courses.map(c => h('option', { value: c.id }, `${c.title} — ${c.provider}, ${formatDate(c.date, false)}`)));
}

/** A board member's own reports and the form to report a course with its certificate. */
export async function selfReportSection(onChanged) {
  const [courses, claims] = await Promise.all([getJson('/api/training/courses'), getJson('/api/training/claims')]);
  const status = h('div', { 'data-testid': 'report-status', role: 'status' });
  const field = (name, label, attrs) => h('label', {}, label, h('input', { name, ...attrs }));
  const form = h('form', { class: 'stack card', 'data-testid': 'self-report-form' },
    h('h3', {}, t('claims.reportTitle')),
    h('p', { class: 'muted' }, t('claims.reportIntro')),
    h('label', { for: 'report-course' }, t('claims.course')), courseSelect(courses.data ?? [], 'report-course'),
    h('fieldset', {}, h('legend', {}, t('claims.otherCourse')),
      field('title', t('course.title'), { maxlength: 200 }), field('provider', t('course.provider'), { maxlength: 200 }),
      field('date', t('course.date'), { type: 'date' }), field('hours', t('course.hours'), { type: 'number', min: '0.5', max: '1000', step: '0.5' })),
    field('certificate', t('claims.certificate'), { type: 'file', required: true, accept: '.pdf,.png,.jpg,.jpeg' }),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('claims.submit'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren();
    const response = await api('/api/training/claims', { method: 'POST', body: new FormData(form) });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    await onChanged(t('claims.submitted'));
  });
  const mine = claims.data ?? [];
  return [h('h2', {}, t('claims.mine')),
    mine.length ? claimsTable(mine, { testid: 'my-claims' }) : h('p', { class: 'muted' }, t('claims.noneMine')), form];
}
