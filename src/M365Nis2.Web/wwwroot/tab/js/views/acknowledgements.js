import { h, mount, message, link } from '../dom.js';
import { t, localized, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';
import { documentViewer } from './document.js';

const enc = encodeURIComponent;
const versionPath = (id, version) => `/api/policies/${enc(id)}/versions/${enc(version)}`;

/** "My policies": approved policies the caller was asked to read and accept, open ones first. */
export async function renderMyPolicies(view) {
  const mine = await getJson('/api/acknowledgements/mine');
  if (!mine.ok) return mount(view, h('h1', {}, t('ack.mine.title')), message('error', t('error.load', t('ack.mine.title'), mine.status)));
  mount(view, h('h1', {}, t('ack.mine.title')), h('p', { class: 'muted' }, t('ack.mine.intro')),
    mine.data.length ? h('ul', { class: 'plain', 'data-testid': 'my-policies' }, mine.data.map(p => h('li', { 'data-policy': p.policyId, 'data-acknowledged': String(p.acknowledged) },
      link(`/tab/acknowledge/${enc(p.policyId)}/${p.version}`, {}, `${p.title} v${p.version}`), ' ',
      h('span', { class: p.acknowledged ? 'badge badge-good' : 'badge' },
        p.acknowledged ? t('ack.done', formatDate(p.acknowledgedAt, false)) : t('ack.dueBy', formatDate(p.dueAt, false))))))
      : h('p', { class: 'muted', 'data-testid': 'no-policies' }, t('ack.mine.none')));
}

/** One approved version to read and accept: the document here, the button under it (the same record as the card's). */
export async function renderAcknowledge(view, params) {
  const mine = await getJson('/api/acknowledgements/mine');
  const item = (mine.data ?? []).find(p => p.policyId === params.id && String(p.version) === String(params.version));
  if (!item) return mount(view, h('h1', {}, t('ack.mine.title')), message('info', t('ack.notForYou')));
  const status = h('div', { 'data-testid': 'ack-status', role: 'status' });
  const button = h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'acknowledge', onclick: acknowledge }, t('ack.accept'));
  async function acknowledge() {
    button.disabled = true;
    const response = await api(`${versionPath(item.policyId, item.version)}/acknowledgements`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ documentSha256: item.sha256 }) });
    if (!response.ok) {
      button.disabled = false;
      return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    }
    const outcome = await response.json();
    button.remove();
    status.replaceChildren(message('success', t(outcome.kind === 'Recorded' ? 'ack.recorded' : 'ack.already', formatDate(outcome.acknowledgedAt))));
  }
  mount(view, link('/tab/my-policies', {}, `← ${t('ack.mine.title')}`),
    h('h1', {}, `${item.title} v${item.version}`),
    h('p', {}, t('ack.intro', formatDate(item.approvedAt, false), formatDate(item.dueAt, false))),
    h('p', { class: 'mono muted' }, `SHA-256 ${item.sha256}`),
    await documentViewer(item, `${versionPath(item.policyId, item.version)}/document`),
    status,
    item.acknowledged ? message('success', t('ack.already', formatDate(item.acknowledgedAt))) : button);
}

/** Progress per approved version: totals for the board; the CISO also sees who is outstanding, signs snapshots, sets audiences. */
export async function renderAcknowledgements(view) {
  const list = await getJson('/api/acknowledgements');
  if (!list.ok) return mount(view, h('h1', {}, t('ack.title')), message('error', t('error.load', t('ack.title'), list.status)));
  mount(view, h('h1', {}, t('ack.title')), h('p', { class: 'muted' }, t('ack.intro.ciso')),
    list.data.length ? h('table', { class: 'data', 'data-testid': 'acknowledgements' },
      h('thead', {}, h('tr', {}, [t('ack.col.policy'), t('ack.col.acknowledged'), t('ack.col.outstanding'), t('ack.col.due'), t('ack.col.snapshot')]
        .map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, list.data.map(p => h('tr', { 'data-policy': p.policyId, 'data-version': String(p.version) },
        h('td', {}, `${p.title} v${p.version}`),
        h('td', { 'data-testid': 'acknowledged' }, `${p.acknowledged} / ${p.recipients} (${Math.round(p.rate * 100)} %)`),
        h('td', {}, p.overdue ? t('ack.overdue', p.outstanding) : String(p.outstanding)),
        h('td', {}, formatDate(p.dueAt, false)),
        h('td', {}, p.lastSnapshotId ? h('span', { class: 'mono', title: p.lastSnapshotId }, p.lastSnapshotId.slice(0, 12)) : '—')))))
      : h('p', { class: 'muted', 'data-testid': 'no-acknowledgements' }, t('ack.none')),
    roles.isCiso() ? await cisoSection(list.data, view) : null);
}

async function cisoSection(campaigns, view) {
  const section = h('section', { 'data-testid': 'ack-people' });
  for (const p of campaigns) {
    const detail = await getJson(`${versionPath(p.policyId, p.version)}/acknowledgements`);
    const outstanding = (detail.data?.people ?? []).filter(x => x.state !== 'Acknowledged');
    const sign = h('button', { class: 'button', type: 'button', 'data-testid': 'sign-snapshot', onclick: async () => {
      const response = await api(`${versionPath(p.policyId, p.version)}/acknowledgements/snapshot`, { method: 'POST' });
      if (!response.ok) return sign.replaceWith(message('error', t('actions.failed', await problemText(response))));
      await renderAcknowledgements(view);
    } }, t('ack.sign'));
    section.append(h('h2', {}, t('ack.outstandingIn', `${p.title} v${p.version}`)),
      outstanding.length ? h('ul', { class: 'plain', 'data-outstanding': p.policyId }, outstanding.map(x => h('li', {}, `${x.displayName} · ${t(`ack.state.${x.state}`)}`,
        x.failureReason ? h('span', { class: 'muted', 'data-testid': 'ack-reason' }, ` — ${localized(x, 'failureReason')}`) : null)))
        : h('p', { class: 'muted' }, t('ack.everyone')), sign);
  }
  const policies = await getJson('/api/policies');
  section.append(audienceForm(policies), putToStaffForm(policies));
  return section;
}

/** Versions approved before acknowledgements were on (or while the audience was "none") are put to staff by hand, once per version. */
function putToStaffForm(policies) {
  const status = h('div', { role: 'status', 'data-testid': 'put-to-staff-status' });
  const approved = (policies.data ?? []).filter(p => p.approvedVersion);
  const select = h('select', { id: 'ack-put-policy', name: 'policy' }, approved.map(p => h('option', { value: p.policyId }, `${p.title} v${p.approvedVersion}`)));
  return h('form', { 'data-testid': 'put-to-staff-form', onsubmit: async e => {
    e.preventDefault();
    const response = await api(`/api/policies/${enc(select.value)}/acknowledgement-campaign`, { method: 'POST' });
    status.replaceChildren(response.ok ? message('success', t('ack.putQueued', (await response.json()).version))
      : message('error', t('actions.failed', await problemText(response))));
  } }, h('h2', {}, t('ack.put')), h('p', { class: 'muted' }, t('ack.putHelp')),
    h('label', { for: 'ack-put-policy' }, t('ack.col.policy')), select,
    h('button', { class: 'button', type: 'submit', 'data-testid': 'put-to-staff' }, t('ack.putSubmit')), status);
}

function audienceForm(policies) {
  const status = h('div', { role: 'status', 'data-testid': 'audience-status' });
  const select = h('select', { id: 'ack-policy', name: 'policy' }, (policies.data ?? []).map(p => h('option', { value: p.policyId }, p.title)));
  const audience = h('input', { id: 'ack-audience', name: 'audience', value: 'all', required: true });
  return h('form', { 'data-testid': 'audience-form', onsubmit: async e => {
    e.preventDefault();
    const response = await api(`/api/policies/${enc(select.value)}/acknowledgement-audience`, { method: 'PUT',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ audience: audience.value }) });
    status.replaceChildren(response.ok ? message('success', t('ack.audienceSaved')) : message('error', t('actions.failed', await problemText(response))));
  } }, h('h2', {}, t('ack.audience')), h('p', { class: 'muted' }, t('ack.audienceHelp')),
    h('label', { for: 'ack-policy' }, t('ack.col.policy')), select,
    h('label', { for: 'ack-audience' }, t('ack.audienceLabel')), audience,
    h('button', { class: 'button', type: 'submit' }, t('ack.audienceSave')), status);
}
