import { h, mount, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, getJson } from '../api.js';
import { roles } from '../session.js';

// The registration record (GET/PUT /api/registration, NIS 2-loven § 10): what the authority holds about the entity.
// Every change is a signed version and starts the 2-week duty to tell the authority (a task for whoever changed it);
// "mark submitted" signs that it was done. The CISO also compares the registered IP ranges with Conditional Access.

const lines = text => text.split(/[\n,;]/).map(s => s.trim()).filter(Boolean);

export async function renderRegistration(view, params, session) {
  const [current, catalogue, history, scope] = await Promise.all([getJson('/api/registration'), getJson('/api/scope/catalogue'),
    getJson('/api/registration/history'), getJson('/api/scope')]);
  if (!catalogue.ok) return mount(view, h('h1', {}, t('reg.title')), message('error', t('error.load', '/api/scope/catalogue', catalogue.status)));
  const data = current.status === 200 ? current.data : null;
  const edit = roles.isCiso();
  const status = h('div', { 'data-testid': 'registration-status' });
  const refresh = async text => {
    await renderRegistration(view, params, session);
    document.querySelector('[data-testid="registration-status"]')?.replaceChildren(message('success', text));
  };
  mount(view, h('h1', {}, t('reg.title')), h('p', { class: 'muted' }, t('reg.intro'), ' ', link('/tab/scope', {}, t('reg.toScope'))),
    status,
    data ? duty(data, edit, status, refresh) : h('div', { 'data-testid': 'registration-none' }, message('info', edit ? t('reg.noneCiso') : t('reg.none'))),
    edit || data ? form(data?.record ?? prefill(scope.status === 200 ? scope.data : null), catalogue.data, edit, status, refresh) : null,
    edit && data ? drift() : null,
    historyTable(history.ok ? history.data : []));
}

/** A first record starts from the scope answers: the activities and the authority the classification found. */
function prefill(scope) {
  return { contacts: [], publicIpRanges: [], memberStates: ['DK'], entityTypeIds: scope?.answers?.entityTypeIds ?? [],
    authority: scope?.result?.authorities?.[0]?.nameDa ?? '' };
}

function duty(data, edit, status, refresh) {
  const d = data.duty;
  const submit = async () => {
    const response = await api('/api/registration/submitted', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    if (!response.ok) return status.replaceChildren(message('error', t('reg.failed', response.status)));
    await refresh(t('reg.submittedSaved'));
  };
  if (!d) {
    return h('section', { class: 'card', 'data-testid': 'registration-duty' },
      h('p', { 'data-testid': 'registration-submitted' }, h('span', { class: 'badge badge-success' }, t('reg.upToDate')), ' ',
        t('reg.submittedText', data.version, formatDate(data.submittedAt))));
  }
  return h('section', { class: 'card', 'data-testid': 'registration-duty', 'aria-label': t('reg.duty') },
    h('div', { class: 'card-head' }, h('h2', {}, t('reg.duty')),
      h('span', { class: `badge badge-${d.overdue ? 'danger' : 'warning'}`, 'data-testid': 'duty-state' }, t(d.overdue ? 'reg.overdue' : 'reg.open'))),
    h('p', {}, t('reg.dutyText', formatDate(d.changedAt), formatDate(d.dueAt), d.changedFields.map(f => t(`reg.field.${f}`)).join(', '))),
    d.taskId ? h('p', {}, link(`/tab/tasks/${encodeURIComponent(d.taskId)}`, { 'data-testid': 'duty-task' }, t('reg.task'))) : null,
    edit ? h('button', { class: 'button button-primary', 'data-testid': 'mark-submitted', onclick: submit }, t('reg.markSubmitted', data.version)) : null);
}

function form(record, sectors, edit, status, refresh) {
  const f = h('form', { class: 'stack', 'data-testid': 'registration-form', 'aria-label': t('reg.form') });
  const input = (field, value, type = 'text') => h('label', {}, t(`reg.field.${field}`),
    h('input', { type, name: field, 'data-field': field, value: value ?? '', disabled: !edit }));
  const contacts = h('div', { 'data-testid': 'contacts' });
  const addContact = c => contacts.append(h('fieldset', { 'data-contact': true }, h('legend', {}, t('reg.contact')),
    ['name', 'role', 'email', 'phone'].map(k => h('label', {}, t(`reg.contact.${k}`),
      h('input', { name: `contact-${k}`, 'data-contact-field': k, value: c?.[k] ?? '', disabled: !edit })))));
  (record.contacts?.length ? record.contacts : [null]).forEach(addContact);
  const types = sectors.flatMap(s => s.subsectors.flatMap(sub => sub.types.map(x => ({ ...x, sector: lang() === 'da' ? s.nameDa : s.name }))));
  const chosen = new Set(record.entityTypeIds ?? []);
  const authorities = [...new Set(sectors.flatMap(s => [s.authorityDa]).concat(record.authority ? [record.authority] : []))].filter(Boolean);
  mount(f,
    input('legalName', record.legalName), input('cvr', record.cvr), input('address', record.address),
    input('email', record.email, 'email'), input('phone', record.phone, 'tel'),
    h('div', { class: 'field' }, h('span', {}, t('reg.field.contacts')), contacts,
      edit ? h('button', { class: 'button', type: 'button', 'data-testid': 'add-contact', onclick: () => addContact(null) }, t('reg.addContact')) : null),
    h('label', {}, t('reg.field.publicIpRanges'), h('span', { class: 'muted' }, t('reg.ipHelp')),
      h('textarea', { name: 'publicIpRanges', 'data-field': 'publicIpRanges', rows: 3, disabled: !edit }, (record.publicIpRanges ?? []).join('\n'))),
    h('label', {}, t('reg.field.entityTypeIds'), h('span', { class: 'muted' }, t('reg.typesHelp')),
      h('select', { name: 'entityTypeIds', 'data-field': 'entityTypeIds', multiple: true, size: 6, disabled: !edit },
        types.map(x => h('option', { value: x.id, selected: chosen.has(x.id) }, `${x.sector}: ${lang() === 'da' ? x.nameDa : x.name}`)))),
    h('label', {}, t('reg.field.memberStates'), h('span', { class: 'muted' }, t('reg.statesHelp')),
      h('input', { name: 'memberStates', 'data-field': 'memberStates', value: (record.memberStates ?? []).join(', '), disabled: !edit })),
    h('label', {}, t('reg.field.authority'),
      h('select', { name: 'authority', 'data-field': 'authority', disabled: !edit }, h('option', { value: '' }, '—'),
        authorities.map(a => h('option', { value: a, selected: a === record.authority }, a)))),
    edit ? h('button', { class: 'button button-primary', type: 'submit', 'data-testid': 'save-registration' }, t('reg.save')) : null);
  f.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren(); // a new attempt: the last one's message goes
    const v = n => f.querySelector(`[name=${n}]`).value.trim();
    const body = {
      legalName: v('legalName'), cvr: v('cvr'), address: v('address'), email: v('email'), phone: v('phone'),
      contacts: [...contacts.querySelectorAll('[data-contact]')].map(fs => Object.fromEntries(['name', 'role', 'email', 'phone']
        .map(k => [k, fs.querySelector(`[data-contact-field=${k}]`).value.trim()]))).filter(c => c.name || c.email || c.phone),
      publicIpRanges: lines(v('publicIpRanges')), entityTypeIds: [...f.querySelector('[name=entityTypeIds]').selectedOptions].map(o => o.value),
      memberStates: lines(v('memberStates')).map(s => s.toUpperCase()), authority: v('authority'),
    };
    const response = await api('/api/registration', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(await problems(response));
    await refresh(t('reg.saved'));
  });
  return f;
}

/** The 400's problems, each with the field it is about (so "Required." says which field). */
async function problems(response) {
  const body = await response.json().catch(() => ({}));
  const errors = Object.entries(body.errors ?? {});
  const label = key => { const [field, index] = key.split(/[[\].]+/); return t(`reg.field.${field}`) + (index ? ` ${Number(index) + 1}` : ''); };
  return h('div', { class: 'message message-error', role: 'alert', 'data-testid': 'registration-errors' },
    t('reg.notSaved'), errors.length ? h('ul', {}, errors.map(([k, v]) => h('li', { 'data-error': k }, `${label(k)}: ${v.join(' ')}`))) : ` HTTP ${response.status}`);
}

function drift() {
  const out = h('div', { 'data-testid': 'drift-result', 'aria-live': 'polite' });
  const run = async () => {
    out.replaceChildren(message('info', t('loading')));
    const d = await getJson('/api/registration/drift');
    if (!d.ok) return out.replaceChildren(message('error', t('reg.failed', d.status)));
    const r = d.data;
    out.replaceChildren(message(r.status === 'ok' ? 'success' : r.status === 'drift' ? 'error' : 'info', t(`reg.drift.${r.status}`, r.namedLocationsRead, r.reason ?? '')),
      r.registeredNotInTenant.length ? h('p', { 'data-testid': 'drift-registered' }, t('reg.drift.registeredOnly'), ' ', r.registeredNotInTenant.join(', ')) : null,
      r.tenantNotRegistered.length ? h('ul', { 'data-testid': 'drift-tenant' }, r.tenantNotRegistered.map(x => h('li', {}, t('reg.drift.tenantOnly', x.range, x.location)))) : null);
  };
  return h('section', { class: 'card', 'data-testid': 'drift', 'aria-label': t('reg.drift') }, h('h2', {}, t('reg.drift')), h('p', { class: 'muted' }, t('reg.drift.help')),
    h('button', { class: 'button', 'data-testid': 'check-drift', onclick: run }, t('reg.drift.check')), out);
}

function historyTable(versions) {
  if (!versions.length) return null;
  return h('section', {}, h('h2', {}, t('reg.history')),
    h('table', { class: 'data', 'data-testid': 'registration-history' },
      h('thead', {}, h('tr', {}, ['reg.col.version', 'reg.col.savedAt', 'reg.col.savedBy', 'reg.col.changed', 'reg.col.submitted'].map(k => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, versions.map(v => h('tr', { 'data-version': v.version },
        h('td', {}, v.version), h('td', {}, formatDate(v.savedAt)), h('td', {}, v.savedByName),
        h('td', {}, v.summary.split(',').filter(Boolean).map(f => t(`reg.field.${f}`)).join(', ')),
        h('td', {}, v.submittedAt ? formatDate(v.submittedAt) : '—'))))));
}
