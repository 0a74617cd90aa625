import { h, mount, message } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';

// The Statement of Applicability (GET /api/soa): every Annex A control, applicable or not, why, how far implemented,
// linked measures and risks. The CISO edits and saves a version (signed) and puts it to the board.

const states = ['NotImplemented', 'Planned', 'PartiallyImplemented', 'Implemented'];

export async function renderSoa(view, params, session) {
  const soa = await getJson('/api/soa');
  if (!soa.ok) return mount(view, message('error', t('error.load', '/api/soa', soa.status)));
  const data = soa.data;
  const edit = roles.isCiso();
  const status = h('div', { 'data-testid': 'soa-status' });
  const s = data.summary;
  const rows = data.rows.map(r => row(r, edit));
  mount(view, h('h1', {}, t('soa.title')),
    h('p', { 'data-testid': 'soa-version' }, data.version === 0 ? t('soa.draft') : t('soa.version', data.version, t(`decision.${data.decision}`)),
      data.decidedAt ? ` · ${formatDate(data.decidedAt)}` : ''),
    h('p', { class: 'muted' }, t('soa.summary', s.applicable, s.controls, s.implemented, s.partial, s.planned, s.excluded)),
    status,
    edit ? h('p', {},
      h('button', { class: 'button', 'data-testid': 'save-soa', onclick: () => save(rows, status, () => renderSoa(view, params, session)) }, t('soa.save')), ' ',
      data.version > 0 && !['Pending', 'Approved'].includes(data.decision)
        ? h('button', { class: 'button', 'data-testid': 'soa-approval', onclick: () => requestApproval(status, () => renderSoa(view, params, session)) }, t('soa.requestApproval'))
        : null) : null,
    h('table', { class: 'data', 'data-testid': 'soa' },
      h('thead', {}, h('tr', {}, ['soa.col.control', 'soa.col.applicable', 'soa.col.justification', 'soa.col.state', 'soa.col.links'].map(k => h('th', {}, t(k))))),
      h('tbody', {}, rows.map(r => r.tr))));
}

function row(r, edit) {
  const e = r.entry;
  const applicable = h('input', { type: 'checkbox', checked: e.applicable, disabled: !edit, 'data-field': 'applicable', 'aria-label': `${r.controlId} ${t('soa.col.applicable')}` });
  const justification = h('textarea', { rows: 1, disabled: !edit, 'data-field': 'justification', 'aria-label': `${r.controlId} ${t('soa.col.justification')}` }, e.justification);
  const state = h('select', { disabled: !edit, 'data-field': 'implementation', 'aria-label': `${r.controlId} ${t('soa.col.state')}` },
    states.map(v => h('option', { value: v, selected: e.implementation === v }, t(`impl.${v}`))));
  const tr = h('tr', { 'data-control': r.controlId },
    h('td', {}, h('strong', {}, r.controlId), ' ', lang() === 'da' ? r.titleDa : r.title),
    h('td', {}, applicable), h('td', {}, justification), h('td', {}, state),
    h('td', { class: 'muted' }, [...e.measures, ...e.riskIds].join(', ')));
  const value = () => ({ ...e, applicable: applicable.checked, justification: justification.value,
    implementation: applicable.checked ? state.value : 'NotImplemented' });
  return { tr, value };
}

async function save(rows, status, refresh) {
  const response = await api('/api/soa', { method: 'PUT', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ entries: rows.map(r => r.value()) }) });
  if (!response.ok) return status.replaceChildren(message('error', t('risks.failed', await problemText(response))));
  await refresh();
  document.querySelector('[data-testid="soa-status"]')?.replaceChildren(message('success', t('soa.saved')));
}

async function requestApproval(status, refresh) {
  const response = await api('/api/soa/approval', { method: 'POST' });
  if (!response.ok) return status.replaceChildren(message('error', t('risks.failed', await problemText(response))));
  await refresh();
  document.querySelector('[data-testid="soa-status"]')?.replaceChildren(message('success', t('soa.approvalSent')));
}
