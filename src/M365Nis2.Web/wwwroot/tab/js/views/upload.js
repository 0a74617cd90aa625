import { h, message } from '../dom.js';
import { t } from '../i18n.js';
import { api, problemText } from '../api.js';

/** Manual evidence upload (CISO): document + note + validity date → POST /api/controls/{id}/evidence. */
export function uploadForm(controlId, onStored) {
  const status = h('div', { 'data-testid': 'upload-status' });
  const nextYear = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
  const form = h('form', { class: 'stack card no-print', 'data-testid': 'upload-form' },
    h('h3', {}, t('upload.title')),
    h('label', {}, t('upload.document'), h('input', { type: 'file', name: 'document', required: true,
      accept: '.pdf,.png,.jpg,.jpeg,.txt,.md,.csv,.json,.docx,.xlsx,.pptx' }), h('span', { class: 'muted' }, t('upload.limits'))),
    h('label', {}, t('upload.note'), h('textarea', { name: 'note', required: true, maxlength: 2000 })),
    h('label', {}, t('upload.validUntil'), h('input', { type: 'date', name: 'validUntil', required: true, value: nextYear })),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('upload.submit'))),
    status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const response = await api(`/api/controls/${encodeURIComponent(controlId)}/evidence`, { method: 'POST', body: new FormData(form) });
    if (response.ok) {
      const stored = await response.json();
      await onStored();
      document.querySelector('[data-testid="upload-status"]')?.replaceChildren(message('success', t('upload.done', stored.manifestId)));
    } else {
      status.replaceChildren(message('error', t('upload.failed', await problemText(response))));
    }
  });
  return form;
}
