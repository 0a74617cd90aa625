import { h, mount, message } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText, openArtefact } from '../api.js';
import { navigate } from '../app.js';
import { moduleForm, problemsOf } from './moduleform.js';
import { moduleView, cardView } from './modulepreview.js';

// One authored module: the editor (both languages and the quiz), the preview as employees will see it in the tab and
// in Teams, publishing, and the versions with their signed record. A published version never changes: saving after a
// publish starts the next version, and campaigns already sent keep the version they pinned.

export async function renderModuleEditor(view, { id }) {
  const isNew = id === 'new';
  const loaded = isNew ? null : await getJson(`/api/awareness/modules/${encodeURIComponent(id)}`);
  if (loaded && !loaded.ok) return mount(view, message('error', t('error.load', id, loaded.status)));
  const detail = loaded?.data ?? null;
  const form = moduleForm(detail?.content);
  const status = h('div', { 'data-testid': 'module-status', role: 'status' });
  const preview = h('section', { 'data-testid': 'module-preview', 'aria-label': t('modules.preview') });
  const done = async (path, text) => {
    await navigate(path, location.pathname === path);
    document.querySelector('[data-testid="module-status"]')?.replaceChildren(message('success', text));
  };
  const send = async (path, method, body) => {
    status.replaceChildren();
    const response = await api(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (response.ok) return response.json();
    const problem = await response.clone().json().catch(() => null);
    form.showProblems(problemsOf(problem));
    status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    return null;
  };
  let current = isNew ? null : id; // a new module has an id once its first save succeeded
  const save = async () => {
    const saved = current === null ? await send('/api/awareness/modules', 'POST', form.value())
      : await send(`/api/awareness/modules/${encodeURIComponent(current)}/draft`, 'PUT', form.value());
    if (saved) current = saved.module.id;
    return saved;
  };
  const onSave = async () => {
    const saved = await save();
    if (saved?.state === 'Published') status.replaceChildren(message('info', t('modules.unchanged', saved.version)));
    else if (saved) await done(`/tab/modules/${encodeURIComponent(saved.module.id)}`, t('modules.saved', saved.version));
  };
  const onPreview = async () => {
    const shown = await send('/api/awareness/modules/preview', 'POST', form.value());
    if (shown) showPreview(preview, shown, form);
  };
  const onPublish = async () => {
    const saved = await save();
    if (!saved) return;
    if (saved.state === 'Published') return status.replaceChildren(message('info', t('modules.unchanged', saved.version)));
    const published = await send(`/api/awareness/modules/${encodeURIComponent(saved.module.id)}/publish`, 'POST', { version: saved.version });
    if (published) await done(`/tab/modules/${encodeURIComponent(published.module.id)}`, t('modules.publishedNow', published.version));
  };
  const published = detail?.state === 'Published';
  mount(view, h('h1', {}, isNew ? t('modules.new') : t('modules.editTitle', detail.content.en.title || t('modules.untitled'))),
    detail ? h('p', {}, h('span', { class: `badge badge-${published ? 'success' : 'warning'}`, 'data-testid': 'module-state' },
      t(published ? 'modules.publishedV' : 'modules.draftV', detail.version))) : null,
    published ? message('info', t('modules.publishedNote', detail.version, detail.version + 1)) : null,
    status, form.element,
    h('div', { class: 'toolbar' },
      h('button', { class: 'button', type: 'button', 'data-testid': 'save-module', onclick: onSave }, t('modules.save')),
      h('button', { class: 'button', type: 'button', 'data-testid': 'preview-module', onclick: onPreview }, t('modules.previewButton')),
      h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'publish-module', onclick: onPublish }, t('modules.publish'))),
    preview, detail ? versions(detail.module) : null);
  if (detail?.problems?.length) form.showProblems(detail.problems);
}

function showPreview(target, shown, form) {
  form.showProblems(shown.problems);
  mount(target, h('h2', {}, t('modules.preview')),
    shown.problems.length ? message('warning', t('modules.notReady', shown.problems.length)) : message('success', t('modules.ready')),
    h('div', { class: 'side-by-side' }, shown.languages.map(l => h('div', { 'data-testid': `preview-${l.language}` },
      h('h3', {}, t(`modules.lang.${l.language}`)),
      h('h4', {}, t('modules.previewTab')), moduleView(l.module, { idPrefix: 'preview', level: 5 }),
      h('h4', {}, t('modules.previewCard')), cardView(l.card, l.language)))));
  target.scrollIntoView?.();
}

function versions(module) {
  return [h('h2', {}, t('modules.versions')), h('table', { class: 'data', 'data-testid': 'module-versions' },
    h('thead', {}, h('tr', {}, ['modules.col.version', 'modules.col.state', 'modules.col.changed', 'modules.col.record'].map(c => h('th', { scope: 'col' }, t(c))))),
    h('tbody', {}, module.versions.map(v => h('tr', { 'data-version': v.version, 'data-state': v.state },
      h('td', {}, `v${v.version}`), h('td', {}, t(`modules.state.${v.state}`)),
      h('td', {}, formatDate(v.publishedAt ?? v.editedAt)),
      h('td', {}, v.artefactId ? h('button', { class: 'button', type: 'button', onclick: () => openArtefact(v.artefactId) }, t('modules.signedRecord')) : '')))))];
}
