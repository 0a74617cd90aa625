import { h, mount, message } from '../dom.js';
import { t, localized } from '../i18n.js';
import { api, getJson } from '../api.js';
import { roles } from '../session.js';

// The asset register (GET /api/assets). The CISO imports a CSV: every bad row is listed with its line and nothing is
// stored until the whole file is good; or adds one asset.

export async function renderAssets(view, params, session) {
  const assets = await getJson('/api/assets');
  if (!assets.ok) return mount(view, message('error', t('error.load', '/api/assets', assets.status)));
  mount(view, h('h1', {}, t('assets.title')), h('p', { class: 'muted' }, t('assets.intro')),
    assets.data.length === 0 ? h('p', { class: 'muted', 'data-testid': 'no-assets' }, t('assets.none'))
      : h('table', { class: 'data', 'data-testid': 'assets' },
        h('thead', {}, h('tr', {}, ['assets.col.name', 'assets.col.type', 'assets.col.owner', 'assets.col.criticality', 'assets.col.services'].map(k => h('th', {}, t(k))))),
        h('tbody', {}, assets.data.map(a => h('tr', { 'data-asset': a.name },
          h('td', {}, a.name), h('td', {}, t(`assetType.${a.type}`)), h('td', {}, a.owner.displayName),
          h('td', {}, t(`criticality.${a.criticality}`)), h('td', {}, a.services.join(', ')))))),
    roles.isCiso() ? importForm(() => renderAssets(view, params, session)) : null);
}

function importForm(refresh) {
  const status = h('div', { 'data-testid': 'import-status' });
  const file = h('input', { type: 'file', accept: '.csv,text/csv', 'data-testid': 'csv-file', 'aria-label': t('assets.import') });
  const submit = async event => {
    event.preventDefault();
    if (!file.files.length) return status.replaceChildren(message('error', t('assets.chooseFile')));
    const form = new FormData();
    form.append('file', file.files[0]);
    const response = await api('/api/assets', { method: 'POST', body: form });
    if (response.ok) {
      const created = await response.json();
      await refresh();
      return document.querySelector('[data-testid="import-status"]')?.replaceChildren(message('success', t('assets.imported', created.length)));
    }
    const problem = await response.json().catch(() => ({}));
    status.replaceChildren(message('error', t('assets.nothingImported')),
      h('ul', { 'data-testid': 'import-errors' }, (problem.rows?.length ? problem.rows.map(r => `${t('assets.line', r.line)}: ${localized(r, 'problems').join(' ')}`)
        : localized(problem, 'problems') ?? [localized(problem, 'detail') ?? `HTTP ${response.status}`]).map(p => h('li', {}, p))));
  };
  return h('section', {}, h('h2', {}, t('assets.import')), h('p', { class: 'muted' }, t('assets.importHint')),
    h('form', { onsubmit: submit }, file, ' ', h('button', { class: 'button', type: 'submit', 'data-testid': 'import-csv' }, t('assets.importButton'))),
    status);
}
