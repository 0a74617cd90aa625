// CISO actions. Rendered only for the CISO; the endpoints refuse everyone else (403) regardless.
import { api } from './api.js';
import { h, link, message } from './dom.js';
import { t } from './i18n.js';

export function cisoActions(onCollected) {
  const status = h('div', { 'data-testid': 'action-status' });
  const collect = h('button', { class: 'button button-primary', 'data-testid': 'action-collect', onclick: async () => {
    collect.disabled = true;
    collect.textContent = t('actions.collecting');
    const outcome = await runCollection(status);
    collect.disabled = false;
    collect.textContent = t('actions.collect');
    if (outcome.dataset.ok === 'true') await onCollected?.();
    // The view may have been re-rendered with fresh statuses: report in whichever status area is on the page now.
    (document.querySelector('[data-testid="action-status"]') ?? status).replaceChildren(outcome);
  } }, t('actions.collect'));
  const pack = h('button', { class: 'button', 'data-testid': 'action-audit-pack', onclick: () => downloadAuditPack(status) }, t('actions.auditPack'));
  return h('section', { class: 'no-print', 'data-testid': 'ciso-actions', 'aria-label': t('actions.title') },
    h('div', { class: 'toolbar' }, collect,
      link('/tab/approvals', { class: 'button', 'data-testid': 'action-approval' }, t('actions.approval')),
      link('/tab/campaigns', { class: 'button', 'data-testid': 'action-campaign' }, t('actions.campaign')),
      pack),
    status);
}

/** POST /api/evidence/collect answers 202 with the run's location; the run goes on in the background, so poll it. */
async function runCollection(status) {
  const response = await api('/api/evidence/collect', { method: 'POST' });
  if (response.status === 404) return message('info', t('actions.unavailable'));
  if (response.status === 409) return message('info', t('actions.alreadyRunning'));
  if (!response.ok) return message('error', t('actions.failed', response.status));
  const started = await response.json().catch(() => ({}));
  const location = started.location ?? response.headers.get('location');
  status.replaceChildren(message('info', t('actions.running')));
  for (let i = 0; location && i < 600; i++) {
    const run = await api(location);
    const body = run.ok ? await run.json() : null;
    if (body && body.status !== 'running') {
      if (body.status !== 'succeeded') return message('error', t('actions.runFailed', body.error ?? body.status));
      break;
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
  const done = message('success', t('actions.collected'));
  done.dataset.ok = 'true';
  return done;
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
