// Control list for the overview, control page and board summary: catalogue + vault from /api/tab/controls, overlaid
// with the evidence engine's status from /api/controls when that endpoint exists (absent → the vault-based status).
import { getJson } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

export async function loadControls() {
  const [own, engine, training, incidents] = await Promise.all([getJson('/api/tab/controls'), getJson('/api/controls'),
    getJson('/api/training/controls'), getJson('/api/incidents/control-status')]);
  if (!own.ok) throw new Error(t('error.load', '/api/tab/controls', own.status));
  const asList = r => (Array.isArray(r.data) ? r.data : (r.data?.controls ?? []));
  const byId = Object.fromEntries(asList(engine).map(e => [e.id ?? e.controlId, e]));
  // Training and incidents report their controls on their own endpoints ({controlId, status: ok|attention|missing, …})
  // until they register as status providers of /api/controls; they fill in where the engine has nothing automated.
  for (const extra of [...asList(training), ...asList(incidents)]) {
    const id = extra.controlId ?? extra.id;
    if (!byId[id] || byId[id].status === 'NoAutomatedEvidence') byId[id] = { ...extra, isDemo: byId[id]?.isDemo ?? false };
  }
  return own.data.map(c => mergeEngine(c, byId[c.id]));
}

/** The evidence engine's status wins, except where it has no automated evidence: then the vault's status stands. */
export function mergeEngine(control, engine) {
  if (!engine || engine.status === 'NoAutomatedEvidence') return { ...control, isDemo: engine?.isDemo ?? false };
  const times = [control.lastEvidenceAt, engine.lastEvidenceAt ?? engine.lastCollectedAt ?? engine.collectedAt].filter(Boolean);
  return {
    ...control,
    status: engine.status ?? engine.outcome ?? control.status,
    summary: engine.summary ?? engine.detail ?? null,
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
