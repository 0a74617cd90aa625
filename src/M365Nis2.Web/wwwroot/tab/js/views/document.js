import { h, message } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';

/**
 * Shows a stored document (GET /api/artefacts/{sha256}, board and CISO): Markdown/text as text, PDF in the browser's
 * viewer, anything else (DOCX) as a download. Fetched with the caller's identity, shown from a blob URL.
 */
export async function documentViewer(version) {
  const response = await api(`/api/artefacts/${encodeURIComponent(version.sha256)}`, { headers: { Accept: '*/*' } });
  if (!response.ok) return message('info', t('document.unavailable', response.status));
  const blob = await response.blob();
  const type = version.contentType ?? blob.type;
  const url = URL.createObjectURL(new Blob([blob], { type }));
  const download = h('a', { class: 'button', href: url, download: version.fileName ?? `${version.sha256}` }, t('document.download'));
  if (type.startsWith('text/')) return h('div', { 'data-testid': 'document' }, h('pre', { class: 'document', tabindex: 0 }, await blob.text()), download);
  if (type === 'application/pdf') return h('div', { 'data-testid': 'document' }, h('iframe', { class: 'document', src: url, title: version.fileName ?? 'PDF' }), download);
  return h('div', { 'data-testid': 'document' }, h('p', { class: 'muted' }, t('document.noPreview')), download);
}
