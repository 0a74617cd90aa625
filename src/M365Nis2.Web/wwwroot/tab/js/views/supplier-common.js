import { h } from '../dom.js';
import { t, formatDate, localized } from '../i18n.js';

// Shared pieces of the supplier pages (Art. 21(2)(d)): badges for the API's state keys, and the vocabulary the register
// form offers. Keys are the API's kebab-case values; every label comes from i18n (suppliers.*), English and Danish.

export const SERVICES = ['managed-it', 'managed-security', 'cloud-hosting', 'saas', 'software-development', 'network', 'payment',
  'hardware', 'consulting', 'facilities', 'other'];
export const DATA = ['none', 'internal', 'confidential', 'personal', 'sensitive-personal', 'credentials'];
export const ACCESS = ['none', 'user', 'privileged'];
export const CLAUSES = ['confidentiality', 'incident-notification', 'data-processing', 'security-requirements', 'subcontractors',
  'audit-right', 'service-levels', 'exit'];
export const CERTIFICATES = ['iso27001', 'soc2-type2', 'soc2-type1', 'isae3402', 'iso27701', 'iso22301', 'other'];

export const isCiso = session => session?.me?.roles?.includes('CISO') ?? false;
export const seesAll = session => isCiso(session) || (session?.me?.roles?.includes('Board') ?? false);

const tones = {
  assessment: { current: 'success', 'due-soon': 'warning', overdue: 'danger', 'never-assessed': 'danger' },
  certificate: { valid: 'success', 'expiring-soon': 'warning', expired: 'danger' },
  severity: { high: 'danger', medium: 'warning', low: 'neutral' },
  finding: { open: 'warning', resolved: 'success', 'risk-accepted': 'neutral' },
  level: { critical: 'danger', high: 'danger', medium: 'warning', low: 'neutral' },
  decision: { pending: 'warning', registered: 'success', dismissed: 'neutral' },
  status: { sent: 'info', 'not-delivered': 'danger', completed: 'success' },
};

/** A badge for one of the API's state keys: badge('assessment', 'overdue'). */
export function badge(kind, key) {
  return h('span', { class: `badge badge-${tones[kind]?.[key] ?? 'neutral'}`, [`data-${kind}`]: key }, t(`suppliers.${kind}.${key}`));
}

export function tierBadge(tier) {
  return h('span', { class: `badge badge-${tier === 1 ? 'danger' : tier === 2 ? 'warning' : 'neutral'}`, 'data-tier': tier }, t('suppliers.tierN', tier));
}

/** Why a tier is suggested: TierRules' reason codes in the reader's language. */
export function tierReasons(codes) {
  return codes.map(code => t(`suppliers.reason.${code}`)).join(', ');
}

export function assessmentCell(a) {
  return [badge('assessment', a.state), ' ', h('span', { class: 'muted' }, t('suppliers.dueOn', formatDate(a.dueOn, false)))];
}

export function findingCounts(f) {
  const parts = [];
  if (f.high) parts.push(h('span', { class: 'badge badge-danger', 'data-open-high': f.high }, t('suppliers.openHigh', f.high)));
  if (f.medium) parts.push(h('span', { class: 'badge badge-warning' }, t('suppliers.openMedium', f.medium)));
  if (f.low) parts.push(h('span', { class: 'badge badge-neutral' }, t('suppliers.openLow', f.low)));
  return parts.length ? parts.flatMap((p, i) => (i ? [' ', p] : [p])) : h('span', { class: 'muted' }, t('suppliers.noOpenFindings'));
}

export function certificateList(certificates) {
  if (!certificates?.length) return h('span', { class: 'muted' }, '—');
  return certificates.map((c, i) => [i ? ', ' : '', c.name || t(`suppliers.cert.${c.kind}`), ' ', badge('certificate', c.state)]);
}

/** A field's label and control, the way the other tab forms lay them out. */
export function field(id, label, control, hint = null) {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('span', { class: 'muted' }, hint) : null);
}

/** A group of checkboxes named `name` for the vocabulary `keys`, with `checked` ticked. */
export function checkboxes(name, keys, prefix, checked = []) {
  return h('fieldset', { class: 'checks', 'data-testid': `supplier-${name}` }, h('legend', {}, t(`suppliers.field.${name}`)),
    keys.map(k => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: k, checked: checked.includes(k) }), ' ', t(`${prefix}.${k}`))));
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(i => i.value);
}

/** Turns the API's 400 body ({ errors: [{ field | line, column, message, messageDa }] }) into readable lines, Danish for a Danish reader. */
export async function problemLines(response) {
  try {
    const body = await response.json();
    const lines = (Array.isArray(body.errors) ? body.errors : []).map(e => {
      const text = localized(e, 'message');
      return e.line ? t('suppliers.import.rowError', e.line, e.column ?? '', text) : `${e.field ? e.field + ': ' : ''}${text}`;
    });
    return { title: [localized(body, 'title'), localized(body, 'detail')].filter(Boolean).join(': ') || `HTTP ${response.status}`, lines };
  } catch {
    return { title: `HTTP ${response.status}`, lines: [] };
  }
}
