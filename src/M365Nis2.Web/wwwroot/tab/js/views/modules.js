import { h, mount, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { getJson } from '../api.js';

// The CISO's awareness module library: their own modules (draft and published versions) beside the built-in three.
// A module is written and previewed on /tab/modules/:id (moduleedit.js); campaigns use its latest published version.

export async function renderModules(view) {
  const modules = await getJson('/api/awareness/modules');
  if (!modules.ok) return mount(view, h('h1', {}, t('modules.pageTitle')), message('error', t('error.load', t('modules.pageTitle'), modules.status)));
  const title = m => (lang() === 'da' ? m.titleDa : m.title) || t('modules.untitled');
  const state = m => m.builtIn ? h('span', { class: 'badge badge-neutral' }, t('modules.builtIn'))
    : [m.publishedVersion ? h('span', { class: 'badge badge-success' }, t('modules.publishedV', m.publishedVersion)) : null,
      m.draftVersion ? h('span', { class: 'badge badge-warning' }, t('modules.draftV', m.draftVersion)) : null];
  mount(view, h('h1', {}, t('modules.pageTitle')), h('p', { class: 'muted' }, t('modules.intro')),
    h('div', { class: 'toolbar' }, link('/tab/modules/new', { class: 'button button-primary', 'data-testid': 'new-module' }, t('modules.new'))),
    h('table', { class: 'data', 'data-testid': 'modules' },
      h('thead', {}, h('tr', {}, ['modules.col.title', 'modules.col.state', 'modules.col.changed'].map(c => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, modules.data.map(m => h('tr', { 'data-module': m.id, 'data-builtin': String(m.builtIn) },
        h('td', {}, m.builtIn ? title(m) : link(`/tab/modules/${encodeURIComponent(m.id)}`, {}, title(m))),
        h('td', {}, h('span', { class: 'chips' }, state(m))),
        h('td', {}, m.versions.length ? formatDate(m.versions[0].editedAt) : ''))))));
}
