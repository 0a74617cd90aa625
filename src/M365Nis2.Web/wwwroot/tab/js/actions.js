// CISO actions. Rendered only for the CISO; the endpoints refuse everyone else (403) regardless.
import { api } from './api.js';
import { h, link, message } from './dom.js';
import { t } from './i18n.js';

export function cisoActions(onCollected) {
  const status = h('div', { 'data-testid': 'action-status' });
  const collect = h('button', { class: 'button button-primary', 'data-testid': 'action-collect', onclick: async () => {
    collect.disabled = true;
    collect.textContent = t('actions.collecting');
    const response = await api('/api/evidence/collect', { method: 'POST' });
    collect.disabled = false;
    collect.textContent = t('actions.collect');
    status.replaceChildren(response.ok ? message('success', t('actions.collected'))
      : response.status === 404 ? message('info', t('actions.unavailable')) : message('error', t('actions.failed', response.status)));
    if (response.ok) onCollected?.();
  } }, t('actions.collect'));
  const pack = h('button', { class: 'button', 'data-testid': 'action-audit-pack', onclick: () => downloadAuditPack(status) }, t('actions.auditPack'));
  return h('section', { class: 'no-print', 'data-testid': 'ciso-actions', 'aria-label': t('actions.title') },
    h('div', { class: 'toolbar' }, collect,
      link('/tab/approvals', { class: 'button', 'data-testid': 'action-approval' }, t('actions.approval')),
      link('/tab/training', { class: 'button', 'data-testid': 'action-campaign' }, t('actions.campaign')),
      pack),
    status);
}

async function downloadAuditPack(status) {
  const response = await api('/api/audit-pack', { headers: { Accept: 'application/zip' } });
  if (!response.ok) {
    status.replaceChildren(message('error', t('actions.failed', response.status)));
    return;
  }
  const name = /filename="?([^";]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'm365nis2-audit-pack.zip';
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
