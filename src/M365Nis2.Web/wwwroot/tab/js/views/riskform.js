import { h, message } from '../dom.js';
import { t } from '../i18n.js';
import { getJson } from '../api.js';
import { label } from './risks.js';

// The risk form for create and edit. onSave(body) returns an error text to show, or null; the API checks everything
// again and answers every problem at once, which is shown as is.

const list = text => text.split(/[\n,;]/).map(s => s.trim()).filter(Boolean);

export function riskForm(risk, onSave) {
  const form = h('form', { class: 'form', 'data-testid': 'risk-form' });
  const status = h('div', {});
  const field = (name, key, input) => h('label', {}, t(key), input);
  const text = (name, value, area) => h(area ? 'textarea' : 'input', { name, 'data-field': name, rows: area ? 2 : null, value: area ? null : value ?? '' }, area ? value ?? '' : null);
  const level = (name, levels, value, optional) => h('select', { name, 'data-field': name },
    optional ? h('option', { value: '' }, '—') : null,
    levels.map(l => h('option', { value: l.value, selected: l.value === value }, `${l.value} ${label(l)}`)));
  (async () => {
    const [method, assets] = await Promise.all([getJson('/api/risks/method'), getJson('/api/assets')]);
    const m = method.data?.current;
    if (!m) return form.replaceChildren(message('error', t('error.load', '/api/risks/method', method.status)));
    const assetSelect = h('select', { name: 'assetIds', 'data-field': 'assetIds', multiple: true, size: 4 },
      (assets.data ?? []).map(a => h('option', { value: a.id, selected: risk?.assetIds.includes(a.id) }, a.name)));
    const treatment = h('select', { name: 'treatment', 'data-field': 'treatment' },
      ['Mitigate', 'Accept', 'Transfer', 'Avoid'].map(v => h('option', { value: v, selected: risk?.treatment === v }, t(`treatment.${v}`))));
    form.replaceChildren(
      field('title', 'risks.col.title', text('title', risk?.title)),
      field('scenario', 'risk.scenario', text('scenario', risk?.scenario, true)),
      field('threat', 'risk.threat', text('threat', risk?.threat)),
      field('vulnerability', 'risk.vulnerability', text('vulnerability', risk?.vulnerability)),
      field('assetIds', 'risk.assets', assetSelect),
      h('fieldset', {}, h('legend', {}, t('risks.col.before')),
        field('likelihood', 'risk.likelihood', level('likelihood', m.likelihood, risk?.inherent.likelihood)),
        field('impact', 'risk.impact', level('impact', m.impact, risk?.inherent.impact))),
      h('fieldset', {}, h('legend', {}, t('risks.col.after')),
        field('residualLikelihood', 'risk.likelihood', level('residualLikelihood', m.likelihood, risk?.residual?.likelihood, true)),
        field('residualImpact', 'risk.impact', level('residualImpact', m.impact, risk?.residual?.impact, true))),
      field('treatment', 'risks.col.treatment', treatment),
      field('plannedMeasures', 'risk.planned', text('plannedMeasures', risk?.plannedMeasures.join('\n'), true)),
      field('owner', 'risk.ownerUpn', text('owner', risk?.owner.objectId)),
      field('measures', 'risk.measures', text('measures', risk?.measures.join(', '))),
      field('annexA', 'risk.annexA', text('annexA', risk?.annexA.join(', '))),
      field('reviewDate', 'risk.review', h('input', { type: 'date', name: 'reviewDate', 'data-field': 'reviewDate', value: risk?.reviewDate ?? '' })),
      status,
      h('button', { class: 'button', type: 'submit', 'data-testid': 'save-risk' }, t('risk.save')));
  })();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const v = name => form.querySelector(`[name=${name}]`)?.value ?? '';
    const num = name => (v(name) === '' ? null : Number(v(name)));
    const body = {
      title: v('title'), scenario: v('scenario'), threat: v('threat'), vulnerability: v('vulnerability'),
      assetIds: [...form.querySelector('[name=assetIds]').selectedOptions].map(o => o.value),
      likelihood: num('likelihood'), impact: num('impact'), residualLikelihood: num('residualLikelihood'), residualImpact: num('residualImpact'),
      treatment: v('treatment'), plannedMeasures: list(v('plannedMeasures')), owner: v('owner') || null,
      measures: list(v('measures')), annexA: list(v('annexA')), reviewDate: v('reviewDate') || null,
    };
    const error = await onSave(body);
    if (error) status.replaceChildren(message('error', error));
  });
  return form;
}
