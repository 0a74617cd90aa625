import { h, mount, message } from '../dom.js';
import { t } from '../i18n.js';
import { api, getJson } from '../api.js';

// A signed artefact's tools, shared by the run history and the supplier register's snapshot: download it and its
// signature, or have the server verify both (GET /api/artefacts/{id}/verify). Board and CISO only, as the API.

/** Download the artefact and its signature, or have the server check both (hash = id, signature by the signing certificate). */
export function artefactTools(id) {
  const result = h('span', { role: 'status', 'data-testid': 'verify-result' });
  const verify = async () => {
    mount(result, t('loading'));
    const check = await getJson(`/api/artefacts/${encodeURIComponent(id)}/verify`);
    mount(result, !check.ok ? message('error', t('error.load', id, check.status))
      : check.data.ok ? h('span', { class: 'badge badge-success', 'data-verified': 'true' }, t('runs.verified', check.data.ledgerSequence))
        : h('span', { class: 'badge badge-danger', 'data-verified': 'false' }, `${check.data.problem}: ${check.data.detail}`));
  };
  return h('span', { class: 'artefact-tools' },
    h('span', { class: 'mono', title: id }, id.slice(0, 12) + '…'), ' ',
    h('button', { type: 'button', class: 'button', onclick: () => download(`/api/artefacts/${id}`, `${id}.json`) }, t('runs.download')), ' ',
    h('button', { type: 'button', class: 'button', onclick: () => download(`/api/artefacts/${id}/signature`, `${id}.p7s`) }, t('runs.signature')), ' ',
    h('button', { type: 'button', class: 'button', 'data-testid': 'verify', onclick: verify }, t('runs.verify')), ' ', result);
}

async function download(path, name) {
  const response = await api(path, { headers: { Accept: '*/*' } });
  if (!response.ok) return;
  const a = h('a', { href: URL.createObjectURL(await response.blob()), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}
