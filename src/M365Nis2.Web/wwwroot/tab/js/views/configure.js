import { h, mount, message } from '../dom.js';
import { t, titleOf } from '../i18n.js';
import { getJson } from '../api.js';
import { shortLabel } from '../controls.js';

/**
 * Configuration page of the channel tab: pick one measure (a)–(j), Art. 20 or Art. 23; Teams saves it through
 * pages.config.setConfig and later opens contentUrl /tab/control/{id}. The catalogue is public, so no sign-in is needed here.
 */
export async function renderConfigure(view, params, { host }) {
  const catalogue = await getJson('/api/catalogue', { anonymous: true });
  if (!catalogue.ok) return mount(view, message('error', t('error.load', '/api/catalogue', catalogue.status)));
  const current = host.context?.page?.id?.replace(/^control-/, '') ?? '';
  const select = h('select', { id: 'control-choice', 'data-testid': 'control-choice', required: true },
    h('option', { value: '' }, '—'),
    catalogue.data.map(c => h('option', { value: c.id, selected: c.id === current }, `${shortLabel(c.id)} ${titleOf(c)}`)));
  mount(view, h('div', { class: 'prose' },
    h('h1', {}, t('configure.title')),
    h('p', {}, t('configure.intro')),
    h('label', { class: 'field' }, t('configure.choose'), select),
    host.inTeams ? null : message('info', t('configure.notInTeams'))));
  if (!host.inTeams) return;

  const config = host.sdk.pages.config;
  const validate = () => config.setValidityState(select.value !== '');
  select.addEventListener('change', validate);
  config.registerOnSaveHandler(async saveEvent => {
    try {
      const control = catalogue.data.find(c => c.id === select.value);
      const url = `${location.origin}/tab/control/${encodeURIComponent(control.id)}`;
      await config.setConfig({
        entityId: `control-${control.id}`,
        contentUrl: url,
        websiteUrl: url,
        suggestedDisplayName: `NIS2 ${shortLabel(control.id)}`,
      });
      saveEvent.notifySuccess();
    } catch (error) {
      saveEvent.notifyFailure(String(error?.message ?? error));
    }
  });
  validate();
}
