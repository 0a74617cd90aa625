import { h, mount, message, link } from '../dom.js';
import { t, formatDate, localized } from '../i18n.js';
import { api, getJson } from '../api.js';
import { badge, tierBadge, tierReasons, assessmentCell, certificateList, isCiso, seesAll, field } from './supplier-common.js';
import { problem } from './suppliers.js';
import { editForm } from './supplier-edit.js';

// One supplier: what it does and touches, its assessments (sent to the internal owner as a card in Teams), findings,
// certificates, apps found in the tenant and the change history. The CISO sends assessments, edits and closes findings;
// the CISO and the internal owner upload the supplier's report or certificate; the board reads.

export async function renderSupplier(view, params, session) {
  const id = params.id;
  const response = await getJson(`/api/suppliers/${encodeURIComponent(id)}`);
  if (!response.ok) return mount(view, backLink(), message('error', t('error.load', `/api/suppliers/${id}`, response.status)));
  const s = response.data;
  const sum = s.summary;
  const refresh = () => renderSupplier(view, params, session);
  const ciso = isCiso(session);
  const uploads = ciso || sum.owner?.objectId === session.me?.objectId;
  mount(view, backLink(),
    h('div', { class: 'card-head' }, h('h1', { 'data-testid': 'supplier-name' }, sum.name, ' ', tierBadge(sum.tier)),
      ciso ? h('button', { class: 'button button-primary no-print', 'data-testid': 'send-assessment', onclick: () => send(view, id, refresh) },
        t('suppliers.sendAssessment')) : null),
    sum.tierDecided ? null : message('info', t('suppliers.tierSuggestion', sum.suggestedTier, tierReasons(s.suggestionReasons))),
    facts(s),
    h('section', {}, h('h2', {}, t('suppliers.assessments')), h('p', {}, assessmentCell(sum.assessment), ' ', h('span', { class: 'muted' }, localized(sum.assessment, 'reason'))),
      s.assessments.length ? assessmentTable(id, s.assessments, uploads, refresh) : h('p', { class: 'muted' }, t('suppliers.noAssessments'))),
    h('section', {}, h('h2', {}, t('suppliers.findings')), findingTable(id, s.findings, ciso, refresh)),
    h('section', {}, h('h2', {}, t('suppliers.certificates')), h('p', { 'data-testid': 'certificates' }, certificateList(sum.certificates))),
    h('section', {}, h('h2', {}, t('suppliers.apps')), appList(s.apps)),
    seesAll(session) && s.history.length ? h('section', {}, h('h2', {}, t('suppliers.history')), h('ul', { 'data-testid': 'supplier-history' },
      s.history.map(c => h('li', {}, formatDate(c.at), ' · ', c.by, ': ', localized(c, 'what'))))) : null,
    ciso ? editForm(s, refresh) : null);
}

function backLink() {
  return h('p', {}, link('/tab/suppliers', {}, t('suppliers.back')));
}

function facts(s) {
  const sum = s.summary;
  const row = (label, value) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));
  return h('table', { class: 'data', 'data-testid': 'supplier-facts' }, h('tbody', {},
    row(t('suppliers.field.owner'), sum.owner ? `${sum.owner.name} (${sum.owner.upn})` : h('span', { class: 'muted' }, t('suppliers.noOwner'))),
    row(t('suppliers.field.country'), [sum.country, sum.vatNumber ? ` · ${sum.vatNumber}` : '']),
    row(t('suppliers.field.services'), s.services.map(k => t(`suppliers.service.${k}`)).join(', ') || '—'),
    row(t('suppliers.field.data'), s.data.map(k => t(`suppliers.data.${k}`)).join(', ') || '—'),
    row(t('suppliers.field.access'), [t(`suppliers.access.${s.access}`), s.soleProvider ? ` · ${t('suppliers.field.sole')}` : '']),
    row(t('suppliers.contract'), [s.contractStart ? formatDate(s.contractStart, false) : '…', ' – ', s.contractEnd ? formatDate(s.contractEnd, false) : '…']),
    s.links ? row(t('suppliers.field.assets'), linkedList('assets', s.links.assets)) : null,
    s.links ? row(t('suppliers.field.risks'), linkedList('risks', s.links.risks)) : null,
    row(t('suppliers.missingClauses'), s.missingClauses.length
      ? h('span', { 'data-testid': 'missing-clauses' }, s.missingClauses.map(c => t(`suppliers.clause.${c}`)).join(', '))
      : h('span', { class: 'badge badge-success' }, t('suppliers.clausesComplete')))));
}

/** Linked register entries by name; the risk links open the risk's page. */
function linkedList(kind, entries) {
  if (!entries.length) return '—';
  return h('span', { 'data-testid': `linked-${kind}` }, entries.map((e, i) => [i ? ', ' : '',
    kind === 'risks' && e.name ? link(`/tab/risks/${encodeURIComponent(e.id)}`, {}, e.name) : e.name ?? t('suppliers.links.gone', e.id)]));
}

async function send(view, id, refresh) {
  const response = await api(`/api/suppliers/${encodeURIComponent(id)}/assessments`, { method: 'POST' });
  if (!response.ok) return view.querySelector('h1')?.after(await problem(response, 'suppliers.sendFailed'));
  const sent = await response.json();
  await refresh();
  view.querySelector('h1')?.after(sent.status === 'not-delivered'
    ? message('error', t('suppliers.notDelivered', localized(sent, 'deliveryProblem') ?? ''))
    : message('success', t('suppliers.sent', formatDate(sent.dueOn, false))));
}

function assessmentTable(id, assessments, uploads, refresh) {
  return h('table', { class: 'data', 'data-testid': 'assessments' },
    h('thead', {}, h('tr', {}, [t('suppliers.col.sent'), t('col.status'), t('suppliers.col.answerBy'), t('suppliers.col.completed'),
      t('suppliers.col.findings'), t('suppliers.col.reports')].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, assessments.map(a => h('tr', { 'data-assessment-id': a.id },
      h('td', {}, formatDate(a.sentAt, false), ' ', h('span', { class: 'muted' }, t('suppliers.tierN', a.tier))),
      h('td', {}, badge('status', a.status), a.deliveryProblem ? h('div', { class: 'muted' }, localized(a, 'deliveryProblem')) : null),
      h('td', {}, formatDate(a.dueOn, false)),
      h('td', {}, a.completedAt ? [formatDate(a.completedAt), a.completedBy ? h('div', { class: 'muted' }, a.completedBy) : null] : '—'),
      h('td', {}, a.status === 'completed' ? String(a.findings) : '—'),
      h('td', {}, t('suppliers.reportCount', a.reports.length), uploads ? reportForm(id, a.id, refresh) : null)))));
}

/** The supplier's report or certificate: signed into the vault and linked to this assessment. */
function reportForm(id, assessmentId, refresh) {
  const file = h('input', { type: 'file', name: 'file', required: true, 'data-testid': 'report-file', 'aria-label': t('suppliers.uploadReport') });
  const status = h('div', { role: 'status' });
  const form = h('form', { class: 'inline no-print', 'data-testid': 'report-form' }, file,
    h('button', { class: 'button', type: 'submit' }, t('suppliers.uploadReport')), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api(`/api/suppliers/${encodeURIComponent(id)}/assessments/${encodeURIComponent(assessmentId)}/report`,
      { method: 'POST', body: new FormData(form) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.uploadFailed'));
    await refresh();
  });
  return form;
}

function findingTable(id, findings, ciso, refresh) {
  if (!findings.length) return h('p', { class: 'muted', 'data-testid': 'no-findings' }, t('suppliers.noFindings'));
  return h('table', { class: 'data', 'data-testid': 'findings' },
    h('thead', {}, h('tr', {}, [t('suppliers.col.severity'), t('suppliers.col.finding'), t('col.status'), t('suppliers.col.followUp')]
      .map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, findings.map(f => h('tr', { 'data-finding-id': f.id },
      h('td', {}, badge('severity', f.severity)),
      h('td', {}, localized(f, 'text'), h('div', { class: 'muted' }, t('suppliers.openedOn', formatDate(f.openedOn, false)))),
      h('td', {}, badge('finding', f.state)),
      h('td', {}, f.state === 'open' ? t('suppliers.dueOn', formatDate(f.followUpDueOn, false)) : '—',
        ciso && f.state === 'open' ? findingForm(id, f, refresh) : null)))));
}

/** Close a finding (resolved) or accept the risk; the note is required and goes into the supplier's history. */
function findingForm(id, f, refresh) {
  const note = h('input', { required: true, maxlength: 1000, 'data-testid': 'finding-note' });
  const state = h('select', { 'data-testid': 'finding-state' }, ['resolved', 'risk-accepted'].map(s => h('option', { value: s }, t(`suppliers.finding.${s}`))));
  const status = h('div', { role: 'status' });
  const form = h('form', { class: 'stack no-print', 'data-testid': 'finding-form' }, field(`state-${f.id}`, t('suppliers.finding.change'), state),
    field(`note-${f.id}`, t('suppliers.finding.note'), note), h('div', {}, h('button', { class: 'button', type: 'submit' }, t('suppliers.save'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api(`/api/suppliers/${encodeURIComponent(id)}/findings/${encodeURIComponent(f.id)}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state: state.value, note: note.value }) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.saveFailed'));
    await refresh();
  });
  return form;
}

function appList(apps) {
  if (!apps.length) return h('p', { class: 'muted' }, t('suppliers.noApps'));
  return h('ul', { 'data-testid': 'supplier-apps' }, apps.map(a => h('li', {}, h('strong', {}, a.name), ' ', badge('level', a.level), ' ',
    h('span', { class: 'muted' }, a.permissions.map(p => p.name).join(', ')))));
}
