import { h, mount, link, message } from '../dom.js';
import { t, localized, titleOf, formatDate } from '../i18n.js';
import { getJson } from '../api.js';
import { mergeEngine, withAutomated, automatedLine, statusBadge, shortLabel, isoChips } from '../controls.js';
import { percentChart, toSeries } from '../chart.js';
import { uploadForm } from './upload.js';
import { roles } from '../session.js';
import { policyState } from './approvals.js';

export async function renderControl(view, { id }, session) {
  const enc = encodeURIComponent(id);
  const [detail, engine, policies, automated] = await Promise.all([
    getJson(`/api/tab/controls/${enc}`), getJson(`/api/controls/${enc}`), getJson('/api/policies'), getJson(`/api/evidence/automated/${enc}`)]);
  if (!detail.ok) return mount(view, message('error', t('error.load', id, detail.status)));
  // GET /api/controls/{id} (evidence engine): { control: summary, detail: provider view with checks, advisories, history }.
  const engineDetail = engine.ok ? (engine.data?.detail ?? null) : null;
  const control = withAutomated(mergeEngine(detail.data.control, engine.ok ? (engine.data?.control ?? engine.data) : null),
    automated.ok ? automated.data.measure : null);
  const series = toSeries(engineDetail?.history?.length ? engineDetail.history : detail.data.history);
  mount(view,
    link('/tab/', { class: 'no-print' }, `← ${t('control.back')}`),
    h('h1', { 'data-testid': 'control-title' }, `${shortLabel(control.id)} ${titleOf(control)}`),
    h('div', { class: 'toolbar' }, statusBadge(control.status),
      h('span', { class: 'muted' }, `${t('control.lastEvidence')}: `, control.lastEvidenceAt ? formatDate(control.lastEvidenceAt) : t('control.never'))),
    isoChips(control.iso27001),
    session.me?.isDemoData || control.isDemo ? message('info', t('demo')) : null,
    h('h2', {}, t('control.checks')), checks(engineDetail),
    automated.ok ? automatedSection(automated.data) : null,
    h('h2', {}, t('control.history')),
    series.length ? percentChart(series, t('control.history'), v => formatDate(v, false)) : h('p', { class: 'muted' }, t('control.noHistory')),
    h('h2', {}, t('control.policies')), policyList(policies.ok ? (policies.data ?? []).filter(p => (p.controlIds ?? []).includes(id)) : null),
    h('h2', {}, t('control.manual')), manualList(detail.data.manualEvidence),
    roles.isCiso() ? uploadForm(control.id, () => renderControl(view, { id }, session)) : null,
    h('h2', {}, t('control.artefacts')), artefactTable(detail.data));
}

function checks(detail) {
  // Besides the evidence engine's list, features that judge a measure from a register (risks, exercises, policy
  // acknowledgements) give one check each under their own name: anything with an outcome and findings.
  const own = Object.values(detail ?? {}).filter(v => v && typeof v === 'object' && !Array.isArray(v) && v.outcome && Array.isArray(v.findings));
  const list = [...(detail?.checks ?? []), ...own];
  const advisories = detail?.advisories ?? [];
  const reasons = localized(detail, 'reasons') ?? [];
  if (!list.length && !advisories.length) return h('p', { class: 'muted', 'data-testid': 'no-checks' }, t('control.noChecks'));
  // Findings sit under the check that raised them; advisories (context, best practice) follow on their own.
  return h('div', { 'data-testid': 'checks' },
    h('ul', { class: 'plain' }, list.map(c => h('li', { class: 'card', 'data-check': c.check ?? c.id ?? c.name ?? '' },
      h('div', { class: 'card-head' }, h('h3', {}, checkTitle(c.check ?? c.title ?? c.name ?? c.id)), statusBadge(c.outcome ?? c.status)),
      findingList(c.findings ?? [])))),
    advisories.length ? [h('h3', {}, t('control.advisories')), findingList(advisories)] : null,
    reasons.length ? [h('h3', {}, t('control.reasons')), h('ul', { class: 'plain muted', 'data-testid': 'reasons' }, reasons.map(r => h('li', {}, r)))] : null);
}

/** The sources beyond (j): one card per source with its outcome here, when it was collected, and its checks. */
function automatedSection(data) {
  const bySource = data.checks.reduce((m, c) => ((m[c.source] ??= []).push(c), m), {});
  return h('section', { 'data-testid': 'automated-checks' },
    h('h2', {}, t('automated.title')),
    h('p', { class: 'muted' }, t('automated.rule'), ' ', localized(data.measure, 'rule')),
    h('ul', { class: 'plain' }, data.measure.sources.map(s => h('li', { class: 'card', 'data-source': s.source },
      h('div', { class: 'card-head' }, h('h3', {}, s.title), statusBadge(s.outcome)),
      h('div', { class: 'muted' }, s.collectedAt ? t('automated.collected', formatDate(s.collectedAt)) : t('control.never'),
        s.artefactId ? [' · ', h('span', { class: 'mono' }, s.artefactId.slice(0, 12))] : null),
      s.unavailable ? message('error', localized(s, 'unavailable')) : null,
      h('ul', { class: 'plain' }, (bySource[s.source] ?? []).map(c => h('li', { 'data-check': c.check },
        h('div', { class: 'card-head' }, h('strong', {}, checkTitle(c.check)), statusBadge(c.outcome)),
        findingList(c.findings))))))));
}

function findingList(findings) {
  if (!findings.length) return null;
  const tone = s => ({ high: 'danger', medium: 'warning', low: 'info' })[String(s).toLowerCase()] ?? 'neutral';
  return h('ul', { class: 'findings', 'data-testid': 'findings' }, findings.map(f => h('li', {},
    f.severity ? h('span', { class: `badge badge-${tone(f.severity)}` }, severityLabel(f.severity)) : null, ' ',
    findingText(f),
    subjectLine(localized(f, 'subjects') ?? []))));
}

/** The named subjects, the first ten; a finding that codes them (subjectsDa) has their words in Danish too. */
function subjectLine(subjects) {
  return subjects.length ? h('div', { class: 'muted' }, subjects.slice(0, 10).join(', '), subjects.length > 10 ? ` (+${subjects.length - 10})` : '') : null;
}

/** A coded finding carries its Danish text (messageDa); one stored before codes has only its English message. */
function findingText(f) {
  return localized(f, 'message') ?? f.title ?? f.text ?? JSON.stringify(f);
}

function severityLabel(severity) {
  const key = `finding.severity.${String(severity).toLowerCase()}`;
  const known = t(key);
  return known === key ? severity : known;
}

function checkTitle(key) {
  const known = t(`check.${key}`);
  return known === `check.${key}` ? key : known;
}

function policyList(list) {
  if (!list?.length) return h('p', { class: 'muted' }, t('control.noPolicies'));
  return h('ul', { class: 'plain', 'data-testid': 'policies' }, list.map(p => h('li', { 'data-policy': p.policyId },
    link(`/tab/policies/${encodeURIComponent(p.policyId)}/${p.latest?.version ?? p.approvedVersion ?? 1}`, {}, p.title), ' ', policyState(p))));
}

function manualList(items) {
  if (!items.length) return h('p', { class: 'muted', 'data-testid': 'no-manual' }, t('control.noManual'));
  return h('ul', { class: 'plain', 'data-testid': 'manual-evidence' }, items.map(m => h('li', { class: 'card', 'data-manifest': m.manifestId },
    h('div', { class: 'card-head' }, h('strong', {}, m.fileName),
      h('span', { class: `badge ${m.expired ? 'badge-warning' : 'badge-success'}` },
        t(m.expired ? 'control.expired' : 'control.validUntil', formatDate(m.validUntil, false)))),
    h('div', {}, m.note),
    h('div', { class: 'muted' }, t('control.uploadedBy', m.uploadedByName, formatDate(m.uploadedAt))),
    h('div', { class: 'mono muted' }, m.documentId))));
}

function artefactTable(detail) {
  if (!detail.artefacts.length) return h('p', { class: 'muted' }, t('control.noArtefacts'));
  const sigTone = s => s === 'valid' ? 'success' : 'danger';
  return h('div', {},
    detail.totalArtefacts > detail.artefacts.length ? h('p', { class: 'muted' }, t('control.showing', detail.artefacts.length, detail.totalArtefacts)) : null,
    h('table', { class: 'data', 'data-testid': 'artefacts' },
      h('thead', {}, h('tr', {}, ['#', t('col.kind'), t('col.recorded'), 'SHA-256', t('col.size'), t('col.signature')].map(c => h('th', {}, c)))),
      h('tbody', {}, detail.artefacts.map(a => h('tr', { 'data-artefact': a.id },
        h('td', {}, a.ledgerSequence), h('td', {}, a.kind, a.metadata?.fileName ? h('div', { class: 'muted' }, a.metadata.fileName) : null),
        h('td', {}, formatDate(a.createdAt)), h('td', { class: 'mono' }, a.id), h('td', {}, a.size),
        h('td', {}, h('span', { class: `badge badge-${sigTone(a.signature)}`, 'data-signature': a.signature }, t(`sig.${a.signature}`))))))));
}
