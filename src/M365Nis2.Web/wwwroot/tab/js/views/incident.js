import { h, mount, message, link } from '../dom.js';
import { t, formatDate, lang } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';
import { countdown } from './countdown.js';
import { incidentStatus } from './incidents.js';

const stageTones = { upcoming: 'neutral', due_soon: 'warning', overdue: 'danger', submitted_on_time: 'success', submitted_late: 'warning' };

/** One incident: report, timeline with live countdowns; for the CISO the Art. 23(3) form, drafts edited in place, export, submitted. */
export async function renderIncident(view, { id }, session) {
  const got = await getJson(`/api/incidents/${encodeURIComponent(id)}`);
  if (!got.ok) return mount(view, link('/tab/incidents', {}, `← ${t('incidents.title')}`), message('error', t('error.load', id, got.status)));
  const i = got.data;
  const status = h('div', { 'data-testid': 'incident-status', role: 'status' });
  const refresh = async note => {
    await renderIncident(view, { id }, session);
    if (note) document.querySelector('[data-testid="incident-status"]')?.replaceChildren(message('success', note));
  };
  const fail = async response => status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
  mount(view, link('/tab/incidents', {}, `← ${roles.isCiso() ? t('incidents.title') : t('incidents.mine')}`),
    h('h1', {}, `${i.reference} `, incidentStatus(i.status)),
    status,
    h('dl', { class: 'facts', 'data-testid': 'incident-facts' },
      h('dt', {}, t('incident.what')), h('dd', {}, i.whatHappened),
      h('dt', {}, t('incident.aware')), h('dd', {}, formatDate(i.awareAt)),
      h('dt', {}, t('incident.reported')), h('dd', {}, `${formatDate(i.reportedAt)} · ${i.reporterName}`),
      h('dt', {}, t('incident.services')), h('dd', {}, i.servicesAffected || '—'),
      h('dt', {}, t('incident.users')), h('dd', {}, i.usersAffected ?? '—'),
      h('dt', {}, t('incident.cause')), h('dd', {}, t(`cause.${i.suspectedCause}`)),
      h('dt', {}, t('incident.crossBorder')), h('dd', {}, t(`answer.${i.crossBorder}`))),
    i.classification?.decision ? h('p', { 'data-testid': 'classification' }, t('incident.classifiedAs', t(`incident.status.${i.classification.decision}`),
      i.classification.decidedBy ?? '', formatDate(i.classification.decidedAt)), i.classification.reason ? ` — ${i.classification.reason}` : '') : null,
    i.timeline.length ? [h('h2', {}, t('incident.timeline')), h('ol', { class: 'timeline', 'data-testid': 'timeline' }, i.timeline.map(s => h('li', { 'data-stage': s.stage, 'data-stage-status': s.status },
      h('strong', {}, t(`stage.${s.stage}`)), ' ', h('span', { class: `badge badge-${stageTones[s.status] ?? 'neutral'}` }, t(`stageStatus.${s.status}`)), ' ',
      s.due ? `${t('incident.due')} ${formatDate(s.due)} ` : t('incident.onRequest'), s.due && !s.submittedAt ? countdown(s.due) : null,
      s.submittedAt ? ` · ${t('incident.submittedAt', formatDate(s.submittedAt))}` : '',
      s.artefactId ? [' · ', h('span', { class: 'mono', title: s.artefactId }, `${t('incident.signed')} ${s.artefactId.slice(0, 12)}…`)] : null)))] : null,
    roles.isCiso() ? classifyForm(i, refresh, fail) : null,
    roles.isCiso() ? i.drafts.map(d => draftEditor(i, d, refresh, fail)) : null);
}

function classifyForm(i, refresh, fail) {
  const c = i.classification;
  const answer = (name, value) => h('select', { id: `classify-${name}`, 'data-testid': `classify-${name}` },
    ['unknown', 'yes', 'no'].map(a => h('option', { value: a, selected: a === (value ?? 'unknown') }, t(`answer.${a}`))));
  const first = answer('first', c?.operationalOrFinancial);
  const second = answer('second', c?.harmToOthers);
  const decision = h('select', { id: 'classify-decision', 'data-testid': 'classify-decision' },
    ['significant', 'not_significant'].map(d => h('option', { value: d, selected: d === c?.decision }, t(`incident.status.${d}`))));
  const reason = h('textarea', { id: 'classify-reason', 'data-testid': 'classify-reason', rows: 3, required: true }, c?.reason ?? '');
  const form = h('form', { class: 'stack card', 'data-testid': 'classify-form' },
    h('h2', {}, t('classify.title')), h('p', { class: 'muted' }, t('classify.intro')),
    h('label', { for: 'classify-first' }, t('classify.first')), first,
    h('label', { for: 'classify-second' }, t('classify.second')), second,
    h('label', { for: 'classify-decision' }, t('classify.decision')), decision,
    h('label', { for: 'classify-reason' }, t('classify.reason')), reason,
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('classify.save'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api(`/api/incidents/${encodeURIComponent(i.id)}/classify`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ operationalOrFinancial: first.value, harmToOthers: second.value, decision: decision.value, reason: reason.value }) });
    if (!response.ok) return fail(response);
    await refresh(t('classify.saved'));
  });
  return form;
}

/** A stage's report draft: each field edited in place (PUT), exported as text or JSON, then marked submitted (signed). */
function draftEditor(i, d, refresh, fail) {
  const stage = i.timeline.find(s => s.stage === d.stage);
  const inputs = d.fields.map(f => ({ f, input: h('textarea', { class: 'draft', id: `draft-${d.stage}-${f.id}`, 'data-field': f.id, rows: 2 }, f.value ?? '') }));
  const save = async () => {
    const fields = Object.fromEntries(inputs.map(({ f, input }) => [f.id, input.value || null]));
    return api(`/api/incidents/${encodeURIComponent(i.id)}/stages/${d.stage}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fields) });
  };
  const exportLink = format => h('button', { type: 'button', class: 'button', 'data-testid': `export-${format}`, onclick: async () => {
    const saved = await save();
    if (!saved.ok) return fail(saved);
    const response = await api(`/api/incidents/${encodeURIComponent(i.id)}/stages/${d.stage}/export?format=${format}&lang=${lang()}`, { headers: { Accept: '*/*' } });
    if (!response.ok) return fail(response);
    const a = h('a', { href: URL.createObjectURL(await response.blob()), download: `${i.reference}-${d.stage}.${format === 'json' ? 'json' : 'txt'}` });
    document.body.append(a); a.click(); a.remove();
  } }, t(`export.${format}`));
  const submitted = !!stage?.submittedAt;
  const form = h('form', { class: 'stack card', 'data-testid': `draft-${d.stage}`, 'data-complete': String(d.complete) },
    h('h2', {}, t('draft.title', t(`stage.${d.stage}`))),
    d.missing.length ? message('info', t('draft.missing', d.missing.length)) : null,
    inputs.map(({ f, input }) => [h('label', { for: input.id }, f.label, f.required ? ' *' : ''), input]),
    h('div', { class: 'toolbar' },
      h('button', { class: 'button button-primary', type: 'submit', 'data-testid': 'draft-save' }, t('draft.save')),
      exportLink('text'), exportLink('json'),
      submitted ? null : h('button', { type: 'button', class: 'button', 'data-testid': 'mark-submitted', onclick: async () => {
        const saved = await save();
        if (!saved.ok) return fail(saved);
        const response = await api(`/api/incidents/${encodeURIComponent(i.id)}/stages/${d.stage}/submitted`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        if (!response.ok) return fail(response);
        await refresh(t('draft.submitted', t(`stage.${d.stage}`)));
      } }, t('draft.markSubmitted'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await save();
    if (!response.ok) return fail(response);
    await refresh(t('draft.saved'));
  });
  return form;
}
