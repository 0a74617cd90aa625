import { h, mount, message, link } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { getJson } from '../api.js';
import { artefactTools } from './artefact-tools.js';
import { statusBadge, shortLabel } from '../controls.js';

// Evidence run history (GET /api/evidence/runs): each collection with its time and outcome; a run's page shows the
// result per measure with the signed artefact behind it (download, signature, verify: GET /api/artefacts/{id}/verify).

const runStatus = s => h('span', { class: `badge badge-${{ succeeded: 'success', failed: 'danger', abandoned: 'warning' }[s] ?? 'neutral'}`, 'data-run-status': s },
  t(`runs.status.${s}`));

export async function renderRuns(view) {
  const runs = await getJson('/api/evidence/runs?count=100');
  if (!runs.ok) return mount(view, message('error', t('error.load', 'runs', runs.status)));
  mount(view, h('h1', {}, t('runs.title')), h('p', { class: 'muted' }, t('runs.intro')),
    runs.data.length === 0 ? h('p', { class: 'muted', 'data-testid': 'no-runs' }, t('runs.none'))
      : h('table', { class: 'data', 'data-testid': 'runs' },
        h('thead', {}, h('tr', {}, [t('runs.started'), t('runs.trigger'), t('runs.status'), t('runs.overall'), t('runs.requests')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, runs.data.map(r => h('tr', { 'data-run': r.id },
          h('td', {}, link(`/tab/evidence-runs/${encodeURIComponent(r.id)}`, {}, formatDate(r.startedAt)), r.isDemo ? [' ', h('span', { class: 'badge badge-warning' }, t('demo'))] : null),
          h('td', {}, t(`runs.trigger.${r.trigger}`) === `runs.trigger.${r.trigger}` ? r.trigger : t(`runs.trigger.${r.trigger}`)),
          h('td', {}, runStatus(r.status)),
          h('td', {}, r.overall ? statusBadge(r.overall) : '—'),
          h('td', {}, String(r.requestsTotal)))))));
}

export async function renderRun(view, { id }) {
  const [run, sources, known] = await Promise.all([getJson(`/api/evidence/runs/${encodeURIComponent(id)}`),
    getJson(`/api/evidence/runs/${encodeURIComponent(id)}/sources`), getJson('/api/evidence/sources')]);
  const titles = Object.fromEntries((known.data ?? []).map(s => [s.key, s.title]));
  if (!run.ok) return mount(view, message('error', t('error.load', id, run.status)));
  const r = run.data;
  const rows = [];
  if (r.artefactId) rows.push({ measure: 'art21.2.j', source: t('runs.mfaSource'), outcome: r.overall, artefactId: r.artefactId });
  for (const s of sources.data ?? []) {
    const measures = Object.entries(s.measures ?? {});
    const source = titles[s.source] ?? s.source;
    if (measures.length === 0) rows.push({ measure: null, source, outcome: s.unavailable ? 'Unknown' : s.status, artefactId: s.artefactId, note: s.unavailable ?? s.error });
    for (const [measure, outcome] of measures) rows.push({ measure, source, outcome, artefactId: s.artefactId, note: s.unavailable });
  }
  rows.sort((a, b) => (a.measure ?? '~').localeCompare(b.measure ?? '~') || a.source.localeCompare(b.source));
  mount(view, link('/tab/evidence-runs', {}, `← ${t('runs.title')}`),
    h('h1', {}, t('runs.runTitle', formatDate(r.startedAt))),
    h('dl', { class: 'facts', 'data-testid': 'run-facts' },
      h('dt', {}, t('runs.status')), h('dd', {}, runStatus(r.status), r.isDemo ? [' ', h('span', { class: 'badge badge-warning' }, t('demo'))] : null),
      h('dt', {}, t('runs.trigger')), h('dd', {}, r.trigger),
      h('dt', {}, t('runs.finished')), h('dd', {}, r.finishedAt ? formatDate(r.finishedAt) : '—'),
      h('dt', {}, t('runs.requests')), h('dd', {}, t('runs.requestsText', r.requestsTotal, r.throttled)),
      r.error ? [h('dt', {}, t('runs.error')), h('dd', {}, r.error)] : null),
    h('h2', {}, t('runs.perMeasure')),
    rows.length === 0 ? h('p', { class: 'muted' }, t('runs.noResults'))
      : h('table', { class: 'data', 'data-testid': 'run-measures' },
        h('thead', {}, h('tr', {}, [t('col.control'), t('runs.source'), t('col.status'), t('runs.artefact')].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map(row => h('tr', { 'data-measure': row.measure ?? '', 'data-source': row.source },
          h('td', {}, row.measure ? link(`/tab/control/${encodeURIComponent(row.measure)}`, {}, shortLabel(row.measure)) : '—'),
          h('td', {}, row.source, row.note ? h('div', { class: 'muted' }, row.note) : null),
          h('td', {}, statusBadge(row.outcome)),
          h('td', {}, row.artefactId ? artefactTools(row.artefactId) : '—'))))));
}
