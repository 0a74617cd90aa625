// Control list for the overview, control page and board summary: catalogue + vault from /api/tab/controls, overlaid
// with the status every feature reports through /api/controls.
import { getJson } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export async function loadControls() {
  // Approvals, training and incidents report through /api/controls as status providers, like the (j) evidence; the
  // sources beyond (j) say per measure what they found, from which source and when (/api/evidence/automated).
  const [own, engine, automated] = await Promise.all([getJson('/api/tab/controls'), getJson('/api/controls'), getJson('/api/evidence/automated')]);
  if (!own.ok) throw new Error(t('error.load', '/api/tab/controls', own.status));
  const byId = Object.fromEntries((Array.isArray(engine.data) ? engine.data : []).map(e => [e.id, e]));
  const autoById = Object.fromEntries((Array.isArray(automated.data) ? automated.data : []).map(a => [a.controlId, a]));
  return own.data.map(c => withAutomated(mergeEngine(c, byId[c.id]), autoById[c.id]));
}

/**
 * Adds the sources' automated evidence. Where no feature reports a status, the automated outcome is the status;
 * where one does (e.g. (j) from the MFA checks), that status stands and the sources are shown beside it.
 */
export function withAutomated(control, automated) {
  if (!automated) return control;
  const engineless = !control.engine;
  return {
    ...control,
    automated,
    status: engineless && automated.outcome ? automated.outcome : control.status,
    isDemo: control.isDemo || automated.sources.some(s => s.isDemo),
    lastEvidenceAt: [control.lastEvidenceAt, automated.lastCollectedAt].filter(Boolean).sort().at(-1) ?? null,
  };
}

/** "Automated · Microsoft Intune, Microsoft Secure Score · collected 30 Nov 2026 01:50". */
export function automatedLine(control, formatDate) {
  const a = control.automated;
  if (!a) return null;
  return h('div', { class: 'muted', 'data-testid': 'automated' },
    h('span', { class: 'badge badge-info' }, t('automated.badge')), ' ',
    a.sources.map(s => s.title).join(', '), ' · ',
    a.lastCollectedAt ? t('automated.collected', formatDate(a.lastCollectedAt)) : t('control.never'));
}

/** The evidence engine's status wins, except where it has no automated evidence: then the vault's status stands. */
export function mergeEngine(control, engine) {
  if (!engine || engine.status === 'NoAutomatedEvidence') return { ...control, isDemo: engine?.isDemo ?? false };
  const times = [control.lastEvidenceAt, engine.lastEvidenceAt ?? engine.lastCollectedAt ?? engine.collectedAt].filter(Boolean);
  return {
    ...control,
    status: engine.status ?? engine.outcome ?? control.status,
    summary: engine.summary ?? engine.detail ?? null,
    summaryDa: engine.summaryDa ?? null,
    isDemo: engine.isDemo ?? false,
    lastEvidenceAt: times.sort().at(-1) ?? null,
    engine,
  };
}

export function normaliseStatus(status) {
  const s = String(status ?? 'unknown');
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const tones = { met: 'success', partiallyMet: 'warning', notMet: 'danger', unknown: 'neutral', evidenced: 'info', expired: 'warning', noEvidence: 'neutral',
  noEvidenceYet: 'neutral', noAutomatedEvidence: 'neutral', overdue: 'danger',
  ok: 'success', attention: 'warning', missing: 'danger' };

export function statusBadge(status) {
  const s = normaliseStatus(status);
  return h('span', { class: `badge badge-${tones[s] ?? 'neutral'}`, 'data-status': s }, tones[s] ? t(`status.${s}`) : String(status));
}

/** "(a)" for Art. 21(2)(a), "Art. 20(1)", "Art. 23". */
export function shortLabel(id) {
  const measure = id.match(/^art21\.2\.([a-j])$/);
  if (measure) return `(${measure[1]})`;
  const art20 = id.match(/^art20\.(\d)$/);
  if (art20) return `Art. 20(${art20[1]})`;
  return id === 'art23' ? 'Art. 23' : id;
}

export function isoChips(iso) {
  return h('div', { class: 'chips', title: t('control.iso') }, (iso ?? []).map(c => h('span', { class: 'chip' }, c)));
}
