import { h, mount, link, message } from '../dom.js';
import { t, titleOf, formatDate, localized } from '../i18n.js';
import { loadControls, statusBadge, shortLabel, isoChips, automatedLine } from '../controls.js';
import { art23Candidates } from './candidates.js';
import { cisoActions } from '../actions.js';
import { roles } from '../session.js';

export async function renderOverview(view, params, session) {
  const controls = await loadControls();
  const card = c => link(`/tab/control/${encodeURIComponent(c.id)}`, { class: 'card', 'data-control': c.id },
    h('div', { class: 'card-head' }, h('span', { class: 'letter' }, shortLabel(c.id)), statusBadge(c.status)),
    h('h3', {}, titleOf(c)),
    h('div', { class: 'muted' }, `${t('control.lastEvidence')}: `, c.lastEvidenceAt ? formatDate(c.lastEvidenceAt) : t('control.never')),
    c.summary ? h('div', { 'data-testid': 'summary' }, localized(c, 'summary')) : null,
    automatedLine(c, formatDate),
    isoChips(c.iso27001));
  const section = (key, kind) => [h('h2', {}, t(key)),
    h('div', { class: 'grid', 'data-section': kind }, controls.filter(c => c.kind === kind).map(card))];
  mount(view,
    h('h1', {}, t('overview.title')),
    h('p', { class: 'muted' }, t('overview.intro')),
    session.me?.isDemoData || controls.some(c => c.isDemo) ? message('info', t('demo')) : null,
    roles.isCiso() ? cisoActions(() => renderOverview(view, params, session)) : null,
    roles.isCiso() ? await art23Candidates() : null,
    section('overview.measures', 'Measure'),
    section('overview.management', 'Management'),
    section('overview.reporting', 'Reporting'));
}
