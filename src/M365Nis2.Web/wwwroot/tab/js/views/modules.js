import { h, mount, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { navigate } from '../app.js';

// The CISO's awareness module library: their own modules (draft and published versions) beside the built-in three.
// A module is written and previewed on /tab/modules/:id (moduleedit.js); campaigns use its latest published version.
// Any module can be copied as the start of a new one; a published one can be retired (no longer offered to new
// campaigns; those already sent keep their version) and offered again.

export async function renderModules(view, params, session, note) {
  const modules = await getJson('/api/awareness/modules');
  if (!modules.ok) return mount(view, h('h1', {}, t('modules.pageTitle')), message('error', t('error.load', t('modules.pageTitle'), modules.status)));
  const status = h('div', { 'data-testid': 'modules-status', role: 'status' }, note ?? null);
  const title = m => (lang() === 'da' ? m.titleDa : m.title) || t('modules.untitled');
  const state = m => m.builtIn ? h('span', { class: 'badge badge-neutral' }, t('modules.builtIn'))
    : [m.publishedVersion ? h('span', { class: 'badge badge-success' }, t('modules.publishedV', m.publishedVersion)) : null,
      m.draftVersion ? h('span', { class: 'badge badge-warning' }, t('modules.draftV', m.draftVersion)) : null,
      m.retired ? h('span', { class: 'badge badge-neutral', 'data-testid': 'module-retired' }, t('modules.retiredBadge')) : null];
  const post = async (path, done) => {
    status.replaceChildren();
    const response = await api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    await done(await response.json());
  };
  const copy = m => post(`/api/awareness/modules/${encodeURIComponent(m.id)}/copy`, async created => {
    await navigate(`/tab/modules/${encodeURIComponent(created.module.id)}`);
    document.querySelector('[data-testid="module-status"]')?.replaceChildren(message('success', t('modules.copied')));
  });
  const retire = (m, on) => post(`/api/awareness/modules/${encodeURIComponent(m.id)}/${on ? 'retire' : 'restore'}`,
    () => renderModules(view, params, session, message('success', t(on ? 'modules.retiredNow' : 'modules.restoredNow', title(m)))));
  const actions = m => h('td', { class: 'toolbar' },
    // The accessible name starts with the visible text and names the module (each row has the same buttons).
    h('button', { class: 'button', type: 'button', 'data-testid': 'copy-module', 'aria-label': `${t('modules.copy')}: ${title(m)}`, onclick: () => copy(m) },
      t('modules.copy')),
    !m.builtIn && m.publishedVersion ? h('button', { class: 'button', type: 'button', 'data-testid': m.retired ? 'restore-module' : 'retire-module',
      'aria-label': `${t(m.retired ? 'modules.restore' : 'modules.retire')}: ${title(m)}`, onclick: () => retire(m, !m.retired) },
    t(m.retired ? 'modules.restore' : 'modules.retire')) : null);
  mount(view, h('h1', {}, t('modules.pageTitle')), h('p', { class: 'muted' }, t('modules.intro')), status,
    h('div', { class: 'toolbar' }, link('/tab/modules/new', { class: 'button button-primary', 'data-testid': 'new-module' }, t('modules.new'))),
    h('table', { class: 'data', 'data-testid': 'modules' },
      h('thead', {}, h('tr', {}, ['modules.col.title', 'modules.col.state', 'modules.col.changed', 'modules.col.actions'].map(c => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, modules.data.map(m => h('tr', { 'data-module': m.id, 'data-builtin': String(m.builtIn), 'data-retired': String(!!m.retired) },
        h('td', {}, m.builtIn ? title(m) : link(`/tab/modules/${encodeURIComponent(m.id)}`, {}, title(m))),
        h('td', {}, h('span', { class: 'chips' }, state(m))),
        h('td', {}, m.versions.length ? formatDate(m.versions[0].editedAt) : ''),
        actions(m))))));
}
