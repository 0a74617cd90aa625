import { h } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { CLAUSES, CERTIFICATES, field, checkboxes, checkedValues, tierReasons } from './supplier-common.js';
import { problem } from './suppliers.js';

// The CISO's edit of a supplier: the tier decision, the internal owner, the contract (dates, security clauses) and the
// certificates. PUT /api/suppliers/{id} replaces the whole record, so the body starts from what the page loaded.

export function editForm(s, onSaved) {
  const sum = s.summary;
  const tier = h('select', { 'data-testid': 'edit-tier' }, [1, 2, 3].map(n => h('option', { value: n, selected: n === sum.tier }, t('suppliers.tierN', n))));
  const owner = h('input', { type: 'email', maxlength: 200, value: sum.owner?.upn ?? '', 'data-testid': 'edit-owner' });
  const start = h('input', { type: 'date', value: s.contractStart ?? '' });
  const end = h('input', { type: 'date', value: s.contractEnd ?? '' });
  const active = h('input', { type: 'checkbox', checked: sum.active });
  const certificates = h('div', { class: 'stack', 'data-testid': 'edit-certificates' }, sum.certificates.map(certificateRow));
  const options = s.links?.options ?? { assets: [], risks: [] };
  const status = h('div', { role: 'status', 'data-testid': 'edit-status' });
  const form = h('form', { class: 'stack card no-print', 'data-testid': 'edit-form' },
    h('h2', {}, t('suppliers.edit')),
    field('edit-tier', t('suppliers.field.tier'), tier, t('suppliers.tierSuggestion', sum.suggestedTier, tierReasons(s.suggestionReasons))),
    field('edit-owner', t('suppliers.field.owner'), owner, t('suppliers.field.ownerHint')),
    field('edit-start', t('suppliers.field.contractStart'), start), field('edit-end', t('suppliers.field.contractEnd'), end),
    checkboxes('clauses', CLAUSES, 'suppliers.clause', s.clauses),
    linkPicker('assets', options.assets, s.links?.assets ?? []), linkPicker('risks', options.risks, s.links?.risks ?? []),
    h('fieldset', {}, h('legend', {}, t('suppliers.certificates')), certificates,
      h('button', { class: 'button', type: 'button', 'data-testid': 'add-certificate', onclick: () => certificates.append(certificateRow({})) }, t('suppliers.addCertificate'))),
    h('label', { class: 'check' }, active, ' ', t('suppliers.field.active')),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('suppliers.save'))), status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {
      name: sum.name, vatNumber: sum.vatNumber, country: sum.country, services: s.services, data: s.data, access: s.access, soleProvider: s.soleProvider,
      tier: Number(tier.value), owner: owner.value || null, contractStart: start.value || null, contractEnd: end.value || null,
      clauses: checkedValues(form, 'clauses'), systems: s.systems,
      assetIds: checkedValues(form, 'link-assets'), riskIds: checkedValues(form, 'link-risks'), appIds: s.apps.map(a => a.id),
      active: active.checked, certificates: [...certificates.querySelectorAll('[data-certificate]')].map(readCertificate).filter(c => c.kind),
    };
    const response = await api(`/api/suppliers/${encodeURIComponent(sum.id)}`,
      { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(await problem(response, 'suppliers.saveFailed'));
    await onSaved();
  });
  return form;
}

/**
 * Linked assets or risks, picked from the register (Features/Risks) rather than typed: one checkbox per entry. An id the
 * supplier links that has left the register stays listed (and ticked) so saving does not drop it silently.
 */
function linkPicker(kind, entries, linked) {
  const linkedIds = new Set(linked.map(l => l.id));
  const gone = linked.filter(l => !entries.some(e => e.id === l.id));
  const boxes = [...entries, ...gone].map(e => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: `link-${kind}`, value: e.id, checked: linkedIds.has(e.id) }), ' ',
    e.name ? `${e.name} (${e.id})` : t('suppliers.links.gone', e.id)));
  return h('fieldset', { class: 'checks', 'data-testid': `link-${kind}` }, h('legend', {}, t(`suppliers.field.${kind}`)),
    boxes.length ? boxes : h('span', { class: 'muted' }, t(`suppliers.links.empty.${kind}`)));
}

function certificateRow(c) {
  return h('div', { class: 'inline', 'data-certificate': true },
    h('select', { 'aria-label': t('suppliers.cert.kind'), name: 'kind' }, h('option', { value: '' }, t('suppliers.cert.remove')),
      CERTIFICATES.map(k => h('option', { value: k, selected: k === c.kind }, t(`suppliers.cert.${k}`)))),
    h('input', { 'aria-label': t('suppliers.cert.name'), name: 'name', maxlength: 200, value: c.name ?? '', placeholder: t('suppliers.cert.name') }),
    h('input', { 'aria-label': t('suppliers.cert.validUntil'), name: 'validUntil', type: 'date', value: c.validUntil ?? '' }),
    h('input', { 'aria-label': t('suppliers.cert.scope'), name: 'scope', maxlength: 500, value: c.scope ?? '', placeholder: t('suppliers.cert.scope') }));
}

function readCertificate(row) {
  const value = name => row.querySelector(`[name="${name}"]`).value || null;
  return { kind: value('kind'), name: value('name'), validUntil: value('validUntil'), scope: value('scope') };
}
