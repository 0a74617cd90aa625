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
  // The edit lock: every save names the version this editor opened (If-Match); a save over someone else's newer text
  // is refused with 409 and this form keeps what was typed.
  let etag = detail?.eTag ?? null;
  const send = async (path, method, body, headers = {}) => {
    status.replaceChildren();
    const response = await api(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    if (response.ok) return response.status === 204 ? {} : response.json();
    const problem = await response.clone().json().catch(() => null);
    form.showProblems(problemsOf(problem));
    status.replaceChildren(message('error', t('actions.failed', await problemText(response))),
      response.status === 409 ? message('info', t('modules.conflictKept')) : null);
    return null;
  };
  let current = isNew ? null : id; // a new module has an id once its first save succeeded
  const save = async () => {
    const saved = current === null ? await send('/api/awareness/modules', 'POST', form.value())
      : await send(`/api/awareness/modules/${encodeURIComponent(current)}/draft`, 'PUT', form.value(), etag ? { 'If-Match': etag } : {});
    if (saved) { current = saved.module.id; etag = saved.eTag ?? etag; }
    return saved;
  };
  const discard = h('div', { class: 'toolbar', 'data-testid': 'discard-confirm', hidden: true },
    h('span', {}, t('modules.discardConfirm', detail?.version)),
    h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'discard-yes', onclick: async () => {
      const left = await send(`/api/awareness/modules/${encodeURIComponent(id)}/draft`, 'DELETE', {}, etag ? { 'If-Match': etag } : {});
      if (!left) return;
      if (left.module) await done(`/tab/modules/${encodeURIComponent(id)}`, t('modules.discarded', detail.version));
      else {
        await navigate('/tab/modules');
        document.querySelector('[data-testid="modules-status"]')?.replaceChildren(message('success', t('modules.discardedAll')));
      }
    } }, t('modules.discard')),
    h('button', { class: 'button', type: 'button', onclick: () => { discard.hidden = true; } }, t('modules.keep')));
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
    detail?.module?.retired ? message('info', t('modules.retiredNote')) : null,
    status, form.element,
    h('div', { class: 'toolbar' },
      h('button', { class: 'button', type: 'button', 'data-testid': 'save-module', onclick: onSave }, t('modules.save')),
      h('button', { class: 'button', type: 'button', 'data-testid': 'preview-module', onclick: onPreview }, t('modules.previewButton')),
      h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'publish-module', onclick: onPublish }, t('modules.publish')),
      detail && !published ? h('button', { class: 'button', type: 'button', 'data-testid': 'discard-module', onclick: () => { discard.hidden = false; } },
        t('modules.discard')) : null),
    detail && !published ? discard : null,
    preview, detail ? versions(detail.module) : null);
  if (detail?.problems?.length) form.showProblems(problemsOf(detail));
}

function showPreview(target, shown, form) {
  form.showProblems(problemsOf(shown));
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
