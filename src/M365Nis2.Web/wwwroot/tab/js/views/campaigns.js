import { h, mount, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';

// The CISO's awareness campaigns (Art. 21(2)(g)): launch, every campaign's progress, recurring campaigns. The people
// in one campaign are on /tab/campaigns/:id (campaign.js).

/** A campaign's module: its title, and for an authored module the version the campaign pinned. */
const moduleTitle = (modules, id, version) => {
  const m = modules.find(x => x.id === id);
  if (!m) return id;
  return `${lang() === 'da' ? m.titleDa : m.title}${m.builtIn || !version ? '' : ` (v${version})`}`;
};

export async function renderCampaigns(view, params, session) {
  const [modules, campaigns, schedules] = await Promise.all(['/api/tab/awareness-modules', '/api/awareness/campaigns', '/api/awareness/schedules'].map(p => getJson(p)));
  if (!modules.ok || !campaigns.ok || !schedules.ok) return mount(view, h('h1', {}, t('campaigns.title')), message('error', t('error.load', t('campaigns.title'), campaigns.status)));
  const status = h('div', { 'data-testid': 'campaign-status', role: 'status' });
  const refresh = async text => {
    await renderCampaigns(view, params, session);
    document.querySelector('[data-testid="campaign-status"]')?.replaceChildren(message('success', text));
  };
  const ui = { status, refresh, modules: modules.data };
  mount(view, h('h1', {}, t('campaigns.title')), h('p', { class: 'muted' }, t('campaigns.intro')), status,
    launchForm(ui),
    h('h2', {}, t('campaigns.list')),
    campaigns.data.length ? h('table', { class: 'data', 'data-testid': 'campaigns' },
      h('thead', {}, h('tr', {}, ['campaigns.module', 'campaigns.created', 'campaigns.recipients', 'campaigns.completed', 'campaigns.notReached', 'campaigns.optedOut']
        .map(c => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, campaigns.data.map(c => h('tr', { 'data-campaign': c.campaignId },
        h('td', {}, link(`/tab/campaigns/${encodeURIComponent(c.campaignId)}`, {}, moduleTitle(modules.data, c.moduleId, c.moduleVersion))),
        h('td', {}, formatDate(c.createdAt)), h('td', {}, String(c.recipients)),
        h('td', {}, `${c.completed} (${Math.round(c.completionRate * 100)} %)`),
        h('td', { 'data-testid': 'not-reached' }, String(c.failed + c.unknown)), h('td', {}, String(c.optedOut))))))
      : h('p', { class: 'muted' }, t('campaigns.none')),
    h('h2', {}, t('campaigns.recurring')),
    schedules.data.length ? h('table', { class: 'data', 'data-testid': 'schedules' },
      h('thead', {}, h('tr', {}, ['campaigns.module', 'campaigns.every', 'campaigns.next', 'campaigns.stop'].map(c => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, schedules.data.map(s => h('tr', { 'data-schedule': s.id },
        h('td', {}, moduleTitle(modules.data, s.moduleId)), h('td', {}, t(`campaigns.every.${s.everyMonths}`)), h('td', {}, formatDate(s.nextAt)),
        h('td', {}, h('button', { class: 'button', type: 'button', 'data-testid': 'stop-schedule', onclick: () => stop(s, ui) }, t('campaigns.stop')))))))
      : h('p', { class: 'muted' }, t('campaigns.noRecurring')),
    scheduleForm(ui));
}

function moduleSelect(modules, id) {
  // Authored modules show the version a campaign launched now will pin (their latest published one).
  return h('select', { id, name: 'moduleId' }, modules.map(m => h('option', { value: m.id, 'data-builtin': String(m.builtIn) },
    `${lang() === 'da' ? m.titleDa : m.title}${m.builtIn ? '' : ` (v${m.version})`}`)));
}

async function send(ui, path, method, body, done) {
  ui.status.replaceChildren();
  const response = await api(path, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) return ui.status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
  await ui.refresh(done(response.status === 204 ? null : await response.json()));
}

/** Launch now, to all staff; the bot delivers it, paced. */
function launchForm(ui) {
  const select = moduleSelect(ui.modules, 'launch-module');
  const form = h('form', { class: 'stack card', 'data-testid': 'campaign-form' }, h('h3', {}, t('actions.campaign')),
    h('label', { for: 'launch-module' }, t('campaign.module')), select, h('p', { class: 'muted' }, t('campaign.audience')),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('campaign.launch'))));
  form.addEventListener('submit', event => { event.preventDefault();
    send(ui, '/api/awareness/campaigns', 'POST', { moduleId: select.value, audienceGroupId: 'all' }, r => t('campaign.launched', r.recipients)); });
  return form;
}

function scheduleForm(ui) {
  const select = moduleSelect(ui.modules, 'schedule-module');
  const every = h('select', { id: 'schedule-every', name: 'everyMonths' }, [3, 1, 6, 12].map(m => h('option', { value: m }, t(`campaigns.every.${m}`))));
  const first = h('input', { id: 'schedule-first', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) });
  const form = h('form', { class: 'stack card', 'data-testid': 'schedule-form' }, h('h3', {}, t('campaigns.addRecurring')),
    h('label', { for: 'schedule-module' }, t('campaign.module')), select,
    h('label', { for: 'schedule-every' }, t('campaigns.every')), every,
    h('label', { for: 'schedule-first' }, t('campaigns.first')), first, h('p', { class: 'muted' }, t('campaigns.recurringAudience')),
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('campaigns.addRecurring'))));
  form.addEventListener('submit', event => { event.preventDefault();
    send(ui, '/api/awareness/schedules', 'POST', { moduleId: select.value, audienceGroupId: 'all', everyMonths: Number(every.value), firstOn: first.value },
      r => t('campaigns.recurringAdded', formatDate(r.nextAt))); });
  return form;
}

function stop(schedule, ui) {
  return send(ui, `/api/awareness/schedules/${encodeURIComponent(schedule.id)}`, 'DELETE', null, () => t('campaigns.stopped'));
}
