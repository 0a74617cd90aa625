// Defender XDR high-severity incidents offered to the CISO as Art. 23 candidates. "Open as incident" registers a
// suspected incident linked to the Defender incident (its id and portal link in the description); the Idempotency-Key
// makes a second click return the same register entry instead of a second one.
import { api, getJson, problemText } from '../api.js';
import { h, message } from '../dom.js';
import { t, formatDate } from '../i18n.js';

export async function art23Candidates() {
  const result = await getJson('/api/evidence/art23-candidates');
  if (!result.ok || !result.data?.items?.length) return null;
  return h('section', { 'data-testid': 'art23-candidates' },
    h('h2', {}, t('candidates.title')),
    h('p', { class: 'muted' }, t('candidates.intro'), result.data.collectedAt ? ` ${t('automated.collected', formatDate(result.data.collectedAt))}` : ''),
    h('ul', { class: 'plain' }, result.data.items.map(candidate)));
}

function candidate(c) {
  const status = h('span', { 'data-testid': 'candidate-status' });
  const open = h('button', { class: 'button button-primary', 'data-testid': 'open-incident', onclick: async () => {
    open.disabled = true;
    const response = await api('/api/incidents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `defender-incident-${c.incidentId}` },
      body: JSON.stringify({
        whatHappened: t('candidates.description', c.incidentId, c.title, c.webUrl ?? ''),
        awareAt: c.createdAt,
        suspectedCause: 'malicious',
      }),
    });
    if (response.ok) {
      const incident = await response.json();
      status.replaceChildren(message('success', t('candidates.opened', incident.id ?? incident.incident?.id ?? '')));
    } else {
      open.disabled = false;
      status.replaceChildren(message('error', await problemText(response)));
    }
  } }, t('candidates.open'));
  return h('li', { class: 'card', 'data-candidate': c.incidentId },
    h('div', { class: 'card-head' }, h('strong', {}, `#${c.incidentId} ${c.title}`),
      h('span', { class: 'badge badge-danger' }, c.severity)),
    h('div', { class: 'muted' }, formatDate(c.createdAt), ' · ', c.status, ' · ', c.reason),
    h('div', { class: 'toolbar' }, open,
      c.webUrl ? h('a', { href: c.webUrl, target: '_blank', rel: 'noopener' }, t('candidates.defender')) : null),
    status);
}
