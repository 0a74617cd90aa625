import { h, mount, message, link } from '../dom.js';
import { t, formatDate, localized } from '../i18n.js';
import { api, getJson } from '../api.js';
import { badge, isCiso, field } from './supplier-common.js';
import { supplierForm, problem } from './suppliers.js';

// Suppliers already in the tenant: third-party apps holding application permissions or tenant-wide consent, ranked by
// what they hold. The CISO registers each as a supplier (new, or linked to one in the register) or dismisses it with a
// reason; the board reads the queue. A refused or never-run discovery shows as Unknown with the reason, never as empty.

export async function renderDiscovery(view, params, session) {
  const [discovered, suppliers] = await Promise.all([getJson('/api/suppliers/discovered'), isCiso(session) ? getJson('/api/suppliers') : null]);
  const refresh = () => renderDiscovery(view, params, session);
  if (!discovered.ok) return mount(view, h('h1', {}, t('suppliers.discovery.title')), message('error', t('error.load', '/api/suppliers/discovered', discovered.status)));
  const { latestRun, apps } = discovered.data;
  const pending = apps.filter(a => a.present && a.decision === 'pending');
  const decided = apps.filter(a => !a.present || a.decision !== 'pending');
  const context = { ciso: isCiso(session), suppliers: suppliers?.data ?? [], refresh };
  mount(view, h('p', {}, link('/tab/suppliers', {}, t('suppliers.back'))),
    h('div', { class: 'card-head' }, h('h1', {}, t('suppliers.discovery.title')),
      context.ciso ? h('button', { class: 'button no-print', 'data-testid': 'run-discovery', onclick: () => run(view, refresh) }, t('suppliers.discovery.run')) : null),
    h('p', { class: 'muted' }, t('suppliers.discovery.intro')),
    runStatus(latestRun),
    h('h2', {}, t('suppliers.discovery.pending', pending.length)),
    pending.length ? appTable(pending, context, 'discovered-pending') : h('p', { class: 'muted', 'data-testid': 'nothing-pending' }, t('suppliers.discovery.nonePending')),
    decided.length ? [h('h2', {}, t('suppliers.discovery.decided')), appTable(decided, { ...context, ciso: false }, 'discovered-decided')] : null);
}

async function run(view, refresh) {
  const response = await api('/api/suppliers/discovered/run', { method: 'POST' });
  if (!response.ok) return view.prepend(await problem(response, 'suppliers.discovery.runFailed'));
  await refresh();
}

function runStatus(run) {
  if (!run) return message('info', t('suppliers.discovery.neverRun'));
  if (run.status !== 'Ok') {
    return h('div', { class: 'message message-error', role: 'alert', 'data-testid': 'discovery-unknown' },
      t('suppliers.discovery.unknown', formatDate(run.at)), ' ', localized(run, 'reason') ?? run.detail ?? run.status);
  }
  return h('p', { 'data-testid': 'discovery-run' }, t('suppliers.discovery.lastRun', formatDate(run.at), run.apps, run.highPrivilege));
}

function appTable(apps, context, testId) {
  return h('table', { class: 'data', 'data-testid': testId },
    h('thead', {}, h('tr', {}, [t('suppliers.col.app'), t('suppliers.col.level'), t('suppliers.col.permissions'), t('suppliers.col.decision')]
      .map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, apps.map(a => h('tr', { 'data-app': a.id },
      h('td', {}, h('strong', {}, a.name), h('div', { class: 'muted' }, a.publisher ?? t('suppliers.discovery.unknownPublisher'),
        a.verifiedPublisher ? [' ', h('span', { class: 'badge badge-info' }, t('suppliers.discovery.verified'))] : null),
        a.present ? null : h('div', { class: 'muted' }, t('suppliers.discovery.gone', formatDate(a.lastSeen, false)))),
      h('td', {}, badge('level', a.level)),
      h('td', {}, h('ul', { class: 'plain' }, a.permissions.map(p => h('li', {}, p.name, ' ',
        h('span', { class: 'muted' }, t(`suppliers.permission.${p.kind}`)))))),
      h('td', {}, decisionCell(a, context))))));
}

function decisionCell(a, context) {
  const decided = [badge('decision', a.decision),
    a.supplierId ? [' ', link(`/tab/suppliers/${encodeURIComponent(a.supplierId)}`, {}, t('suppliers.discovery.openSupplier'))] : null,
    a.reason ? h('div', { class: 'muted', 'data-testid': 'dismiss-reason' }, a.reason) : null];
  if (!context.ciso || a.decision !== 'pending') return decided;
  const panel = h('div', {});
  const show = form => panel.replaceChildren(form);
  return [h('div', { class: 'actions no-print' },
    h('button', { class: 'button button-primary', 'data-testid': 'register-app', onclick: () => show(supplierForm(
      { name: a.publisher ?? a.name, appIds: [a.id], access: a.level === 'critical' || a.level === 'high' ? 'privileged' : 'user' },
      async () => context.refresh(), 'register-form')) }, t('suppliers.register')),
    context.suppliers.length ? h('button', { class: 'button', 'data-testid': 'link-app', onclick: () => show(linkForm(a, context)) }, t('suppliers.discovery.link')) : null,
    h('button', { class: 'button', 'data-testid': 'dismiss-app', onclick: () => show(dismissForm(a, context)) }, t('suppliers.discovery.dismiss'))), panel];
}

/** Dismiss needs a reason (5–500 characters): the browser says so first, the API refuses a short one with a 400 anyway. */
function dismissForm(a, context) {
  const reason = h('textarea', { required: true, minlength: 5, maxlength: 500, rows: 3, 'data-testid': 'dismiss-reason-input' });
  const status = h('div', { role: 'status' });
  const form = h('form', { class: 'stack', 'data-testid': 'dismiss-form', novalidate: true },
    field(`dismiss-${a.id}`, t('suppliers.discovery.reason'), reason, t('suppliers.discovery.reasonHint')),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('suppliers.discovery.confirmDismiss'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api(`/api/suppliers/discovered/${encodeURIComponent(a.id)}/dismiss`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reason: reason.value }) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.discovery.dismissFailed'));
    await context.refresh();
  });
  return form;
}

function linkForm(a, context) {
  const choice = h('select', { 'data-testid': 'link-choice' }, context.suppliers.map(s => h('option', { value: s.id }, s.name)));
  const status = h('div', { role: 'status' });
  const form = h('form', { class: 'stack', 'data-testid': 'link-form' }, field(`link-${a.id}`, t('suppliers.discovery.linkTo'), choice),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('suppliers.discovery.link'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api(`/api/suppliers/discovered/${encodeURIComponent(a.id)}/register`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ supplierId: choice.value }) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.discovery.linkFailed'));
    await context.refresh();
  });
  return form;
}
