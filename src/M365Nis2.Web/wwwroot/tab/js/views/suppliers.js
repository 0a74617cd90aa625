import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson } from '../api.js';
import { artefactTools } from './artefact-tools.js';
import { SERVICES, DATA, ACCESS, isCiso, seesAll, tierBadge, assessmentCell, findingCounts, certificateList, field, checkboxes,
  checkedValues, problemLines } from './supplier-common.js';

// The supplier register (Art. 21(2)(d)). GET /api/suppliers already answers with what the caller may see: everything
// for the CISO and the board, only the suppliers they own for an employee. The CISO adds suppliers and imports a CSV.

export async function renderSuppliers(view, params, session) {
  const suppliers = await getJson('/api/suppliers');
  const list = suppliers.data ?? [];
  const refresh = () => renderSuppliers(view, params, session);
  mount(view, h('div', { class: 'card-head' }, h('h1', {}, seesAll(session) ? t('suppliers.title') : t('suppliers.mine')),
    seesAll(session) ? link('/tab/suppliers/discovered', { class: 'button', 'data-testid': 'to-discovery' }, t('suppliers.discovery.title')) : null),
    h('p', { class: 'muted' }, seesAll(session) ? t('suppliers.intro') : t('suppliers.introOwner')),
    !suppliers.ok ? message('error', t('error.load', '/api/suppliers', suppliers.status))
      : list.length ? table(list) : h('p', { class: 'muted', 'data-testid': 'suppliers-empty' }, t('suppliers.none')),
    seesAll(session) ? await snapshotPanel(session, refresh) : null,
    isCiso(session) ? [supplierForm({}, refresh), importForm(refresh)] : null);
}

/** The signed copy of the whole register an auditor asks for: the latest one (the daily job signs each change) and, for the CISO, "sign now". */
async function snapshotPanel(session, refresh) {
  const latest = await getJson('/api/suppliers/register-snapshot');
  const snapshot = latest.ok ? latest.data.latest : null;
  const status = h('div', { role: 'status', 'data-testid': 'register-snapshot-status' });
  const sign = async () => {
    const response = await api('/api/suppliers/register-snapshot', { method: 'POST' });
    if (!response.ok) return status.replaceChildren(message('error', t('suppliers.snapshot.failed', response.status)));
    await refresh();
  };
  return h('section', { class: 'card stack', 'data-testid': 'register-snapshot' },
    h('h2', {}, t('suppliers.snapshot.title')), h('p', { class: 'muted' }, t('suppliers.snapshot.intro')),
    !latest.ok ? message('error', t('error.load', '/api/suppliers/register-snapshot', latest.status))
      : snapshot ? h('p', { 'data-testid': 'register-snapshot-latest' }, t('suppliers.snapshot.latest', formatDate(snapshot.at), snapshot.suppliers), ' ',
        artefactTools(snapshot.artefactId))
        : h('p', { class: 'muted' }, t('suppliers.snapshot.none')),
    isCiso(session) ? h('div', {}, h('button', { type: 'button', class: 'button', 'data-testid': 'register-snapshot-sign', onclick: sign },
      t('suppliers.snapshot.sign'))) : null, status);
}

function table(list) {
  const sorted = [...list].sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
  return h('table', { class: 'data', 'data-testid': 'suppliers' },
    h('thead', {}, h('tr', {}, [t('suppliers.col.name'), t('suppliers.col.tier'), t('suppliers.col.owner'), t('suppliers.col.assessment'),
      t('suppliers.col.findings'), t('suppliers.col.certificates')].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, sorted.map(s => h('tr', { 'data-supplier': s.id },
      h('td', {}, link(`/tab/suppliers/${encodeURIComponent(s.id)}`, {}, s.name), s.active ? null : [' ', h('span', { class: 'badge badge-neutral' }, t('suppliers.ended'))]),
      h('td', {}, tierBadge(s.tier), s.tierDecided ? null : h('div', { class: 'muted' }, t('suppliers.tierSuggested'))),
      h('td', {}, s.owner?.name ?? h('span', { class: 'muted' }, t('suppliers.noOwner'))),
      h('td', {}, assessmentCell(s.assessment)),
      h('td', {}, findingCounts(s.openFindings)),
      h('td', {}, certificateList(s.certificates))))));
}

/**
 * Add a supplier (POST /api/suppliers), or register one from the discovery queue with `preset` = { name, appIds }.
 * Tier left empty means "take the suggestion"; the CISO can decide it later on the supplier page.
 */
export function supplierForm(preset, onSaved, testId = 'supplier-form') {
  const name = h('input', { required: true, maxlength: 200, value: preset.name ?? '' });
  const vat = h('input', { maxlength: 20, placeholder: 'DK12345678' });
  const country = h('input', { required: true, maxlength: 2, value: preset.country ?? 'DK', size: 3 });
  const access = h('select', {}, ACCESS.map(a => h('option', { value: a, selected: a === (preset.access ?? 'none') }, t(`suppliers.access.${a}`))));
  const tier = h('select', {}, h('option', { value: '' }, t('suppliers.tierAuto')), [1, 2, 3].map(n => h('option', { value: n }, t('suppliers.tierN', n))));
  const owner = h('input', { type: 'email', maxlength: 200, placeholder: 'name@contoso.com' });
  const sole = h('input', { type: 'checkbox' });
  const status = h('div', { role: 'status', 'data-testid': `${testId}-status` });
  const form = h('form', { class: 'stack card no-print', 'data-testid': testId },
    h('h2', {}, preset.appIds ? t('suppliers.registerApp', preset.name) : t('suppliers.add')),
    field(`${testId}-name`, t('suppliers.field.name'), name), field(`${testId}-vat`, t('suppliers.field.vat'), vat, t('suppliers.field.vatHint')),
    field(`${testId}-country`, t('suppliers.field.country'), country),
    checkboxes('services', SERVICES, 'suppliers.service', preset.services ?? []), checkboxes('data', DATA, 'suppliers.data', preset.data ?? []),
    field(`${testId}-access`, t('suppliers.field.access'), access), h('label', { class: 'check' }, sole, ' ', t('suppliers.field.sole')),
    field(`${testId}-tier`, t('suppliers.field.tier'), tier), field(`${testId}-owner`, t('suppliers.field.owner'), owner, t('suppliers.field.ownerHint')),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, preset.appIds ? t('suppliers.register') : t('suppliers.save'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { name: name.value, vatNumber: vat.value || null, country: country.value, services: checkedValues(form, 'services'),
      data: checkedValues(form, 'data'), access: access.value, soleProvider: sole.checked, tier: tier.value ? Number(tier.value) : null,
      owner: owner.value || null, appIds: preset.appIds ?? [] };
    const response = await api('/api/suppliers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.saveFailed'));
    const created = await response.json();
    await onSaved(created);
  });
  return form;
}

/** CSV import: all or nothing; every bad row is listed with its line and column, and nothing is stored. */
function importForm(onImported) {
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,text/csv', required: true, 'data-testid': 'import-file' });
  const status = h('div', { role: 'status', 'data-testid': 'import-status' });
  const form = h('form', { class: 'stack card no-print', 'data-testid': 'import-form' },
    h('h2', {}, t('suppliers.import.title')), h('p', { class: 'muted' }, t('suppliers.import.hint')),
    field('import-file', t('suppliers.import.file'), file),
    h('div', {}, h('button', { class: 'button', type: 'submit' }, t('suppliers.import.submit'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api('/api/suppliers/import', { method: 'POST', body: new FormData(form) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.import.failed'));
    const result = await response.json();
    await onImported();
    document.querySelector('[data-testid="import-status"]')?.replaceChildren(message('success', t('suppliers.import.done', result.imported)));
  });
  return form;
}

/** A failed save: the title, then one line per field or row error (role=alert). */
export async function problem(response, key) {
  const { title, lines } = await problemLines(response);
  return h('div', { class: 'message message-error', role: 'alert', 'data-testid': 'problem' }, t(key, title),
    lines.length ? h('ul', {}, lines.map(l => h('li', {}, l))) : null);
}
