import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';
import { countdown } from './countdown.js';

// Incidents (Art. 23). Everyone reports here as well as in the bot and sees their own reports; the CISO sees every
// incident with filters. GET /api/incidents already answers with what the caller may see.

const statusTones = { suspected: 'warning', significant: 'danger', not_significant: 'neutral', closed: 'success' };

export function incidentStatus(status) {
  return h('span', { class: `badge badge-${statusTones[status] ?? 'neutral'}`, 'data-incident-status': status }, t(`incident.status.${status}`));
}

export async function renderIncidents(view, params, session) {
  const incidents = await getJson('/api/incidents');
  const list = incidents.data ?? [];
  const body = h('div', {});
  const filters = roles.isCiso() ? filterBar(list, body) : null;
  mount(view, h('h1', {}, roles.isCiso() ? t('incidents.title') : t('incidents.mine')),
    h('p', { class: 'muted' }, roles.isCiso() ? t('incidents.introCiso') : t('incidents.intro')),
    reportForm(() => renderIncidents(view, params, session)),
    h('h2', {}, roles.isCiso() ? t('incidents.all') : t('incidents.mine')),
    !incidents.ok ? message('error', t('error.load', '/api/incidents', incidents.status)) : [filters, body]);
  if (incidents.ok) body.replaceChildren(table(list));
  filters?.dispatchEvent(new Event('input'));
}

function filterBar(list, body) {
  const status = h('select', { id: 'filter-status', 'data-testid': 'filter-status' }, h('option', { value: '' }, t('incidents.any')),
    ['suspected', 'significant', 'not_significant', 'closed'].map(s => h('option', { value: s }, t(`incident.status.${s}`))));
  const open = h('input', { type: 'checkbox', id: 'filter-open', 'data-testid': 'filter-open' });
  const text = h('input', { type: 'search', id: 'filter-text', 'data-testid': 'filter-text' });
  const bar = h('div', { class: 'filters no-print' },
    h('div', {}, h('label', { for: 'filter-status' }, t('col.status')), h('br'), status),
    h('div', {}, h('label', { for: 'filter-text' }, t('incidents.search')), h('br'), text),
    h('div', {}, h('label', { for: 'filter-open' }, open, ' ', t('incidents.deadlineOpen'))));
  bar.addEventListener('input', () => {
    const q = text.value.trim().toLowerCase();
    body.replaceChildren(table(list.filter(i => (!status.value || i.status === status.value) && (!open.checked || i.nextDue)
      && (!q || `${i.reference} ${i.summary} ${i.reporterName}`.toLowerCase().includes(q)))));
  });
  return bar;
}

function table(list) {
  if (!list.length) return h('p', { class: 'muted', 'data-testid': 'incidents-empty' }, t('incidents.none'));
  return h('table', { class: 'data', 'data-testid': 'incidents' },
    h('thead', {}, h('tr', {}, [t('incident.reference'), t('incident.summary'), t('col.status'), t('incident.aware'), t('incident.next')].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, list.map(i => h('tr', { 'data-incident': i.id },
      h('td', {}, link(`/tab/incidents/${encodeURIComponent(i.id)}`, {}, i.reference)),
      h('td', {}, i.summary, h('div', { class: 'muted' }, i.reporterName)),
      h('td', {}, incidentStatus(i.status), i.overdue ? [' ', h('span', { class: 'badge badge-danger' }, t('incident.overdue'))] : null),
      h('td', {}, formatDate(i.awareAt)),
      h('td', {}, i.nextDue ? [t(`stage.${i.nextStage}`), ' ', countdown(i.nextDue)] : '—')))));
}

/** The same report as the bot's form: POST /api/incidents with an idempotency key, so a double click files one incident. */
function reportForm(refresh) {
  const key = crypto.randomUUID();
  const what = h('textarea', { id: 'report-what', required: true, maxlength: 4000, rows: 4, 'data-testid': 'report-what' });
  const aware = h('input', { type: 'datetime-local', id: 'report-aware', 'data-testid': 'report-aware' });
  const services = h('input', { id: 'report-services', maxlength: 1000 });
  const users = h('input', { id: 'report-users', type: 'number', min: 0 });
  const cause = h('select', { id: 'report-cause' }, ['unknown', 'malicious', 'unlawful', 'error', 'other'].map(c => h('option', { value: c }, t(`cause.${c}`))));
  const border = h('select', { id: 'report-border' }, ['unknown', 'yes', 'no'].map(c => h('option', { value: c }, t(`answer.${c}`))));
  const status = h('div', { 'data-testid': 'report-status', role: 'status' });
  const form = h('form', { class: 'stack card', 'data-testid': 'report-form' },
    h('h2', {}, t('incidents.report')), h('p', { class: 'muted' }, t('incidents.reportHint')),
    h('label', { for: 'report-what' }, t('incident.what')), what,
    h('label', { for: 'report-aware' }, t('incident.awareInput')), aware,
    h('label', { for: 'report-services' }, t('incident.services')), services,
    h('label', { for: 'report-users' }, t('incident.users')), users,
    h('label', { for: 'report-cause' }, t('incident.cause')), cause,
    h('label', { for: 'report-border' }, t('incident.crossBorder')), border,
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('incidents.submit'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { whatHappened: what.value, servicesAffected: services.value || null, suspectedCause: cause.value, crossBorder: border.value,
      usersAffected: users.value === '' ? null : Number(users.value), awareAt: aware.value ? new Date(aware.value).toISOString() : null };
    const response = await api('/api/incidents', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    const created = await response.json();
    await refresh();
    document.querySelector('[data-testid="report-status"]')?.replaceChildren(message('success', t('incidents.reported', created.reference)));
  });
  return form;
}
