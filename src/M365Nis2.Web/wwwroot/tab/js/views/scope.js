import { h, mount, message, link } from '../dom.js';
import { t, lang, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';
import { resultCard, approvalPanel } from './scoperesult.js';

// "Are we covered?" (GET/PUT /api/scope): a guided form in three steps — what the entity does (Annex I/II activities),
// how large it is (EU SME definition), the cases that do not depend on size — then the result with its reasons, the
// board's approval and the version history. The CISO answers; the board reads (and votes on the card or My approvals).

const name = o => (lang() === 'da' ? o.nameDa : o.name);
const FLAGS = ['providesServicesInEu', 'isCriticalEntityUnderCer', 'soleProviderOfEssentialService', 'disruptionAffectsPublicSafetyOrHealth',
  'disruptionInducesSystemicRisk', 'nationalOrRegionalImportance'];

export async function renderScope(view, params, session) {
  const [current, catalogue, history] = await Promise.all([getJson('/api/scope'), getJson('/api/scope/catalogue'), getJson('/api/scope/history')]);
  if (!catalogue.ok) return mount(view, h('h1', {}, t('scope.title')), message('error', t('error.load', '/api/scope/catalogue', catalogue.status)));
  const data = current.status === 200 ? current.data : null;
  const edit = roles.isCiso();
  const status = h('div', { 'data-testid': 'scope-status' });
  const refresh = async text => {
    await renderScope(view, params, session);
    document.querySelector('[data-testid="scope-status"]')?.replaceChildren(message('success', text));
  };
  mount(view, h('h1', {}, t('scope.title')),
    h('p', { class: 'muted' }, t('scope.intro'), ' ', link('/tab/registration', {}, t('scope.toRegistration'))),
    status,
    data ? resultCard(data) : h('div', { 'data-testid': 'scope-none' }, message('info', edit ? t('scope.noneCiso') : t('scope.none'))),
    data ? approvalPanel(data, edit, status, refresh) : null,
    edit || data ? form(catalogue.data, data?.answers, edit, status, refresh) : null,
    historyTable(history.ok ? history.data : []));
}

function form(sectors, answers, edit, status, refresh) {
  const a = answers ?? { entityTypeIds: [], providesServicesInEu: true };
  const chosen = new Set(a.entityTypeIds ?? []);
  const f = h('form', { class: 'form', 'data-testid': 'scope-form', 'aria-label': t('scope.form') });
  const number = (field, value) => h('label', { class: 'field' }, t(`scope.${field}`),
    h('span', { class: 'muted' }, t(`scope.${field}.help`)),
    h('input', { type: 'number', min: 0, step: field === 'staff' ? 1 : 'any', name: field, 'data-field': field, value: value ?? '', disabled: !edit, required: true }));
  const check = (field, checked) => h('label', { class: 'row' },
    h('input', { type: 'checkbox', name: field, 'data-field': field, checked: !!checked, disabled: !edit }),
    h('span', {}, t(`scope.${field}`), ' ', h('span', { class: 'muted' }, t(`scope.${field}.help`))));
  mount(f,
    h('fieldset', { 'data-step': 'activities' }, h('legend', {}, t('scope.step1')),
      h('p', { class: 'muted' }, t('scope.step1.help')),
      sectors.map(s => h('details', { 'data-sector': s.id, open: s.subsectors.some(sub => sub.types.some(x => chosen.has(x.id))) },
        h('summary', {}, `${name(s)} — ${t('scope.annex', s.annex)} · ${lang() === 'da' ? s.authorityDa : s.authority}`),
        s.subsectors.map(sub => h('div', { class: 'field' }, h('span', {}, name(sub)),
          sub.types.map(x => h('label', { class: 'row' },
            h('input', { type: 'checkbox', name: 'entityTypeIds', value: x.id, 'data-type': x.id, checked: chosen.has(x.id), disabled: !edit }),
            h('span', {}, name(x), x.rule !== 'none' ? h('span', { class: 'muted' }, ` — ${t(`scope.rule.${x.rule}`)}`) : null)))))))),
    h('fieldset', { 'data-step': 'size' }, h('legend', {}, t('scope.step2')),
      h('p', { class: 'muted' }, t('scope.step2.help')),
      number('staff', a.staff), number('annualTurnoverEur', a.annualTurnoverEur), number('balanceSheetTotalEur', a.balanceSheetTotalEur),
      check('hasPartnerOrLinkedEnterprises', a.hasPartnerOrLinkedEnterprises), check('partnerOrLinkedIncluded', a.partnerOrLinkedIncluded)),
    h('fieldset', { 'data-step': 'independent' }, h('legend', {}, t('scope.step3')),
      h('p', { class: 'muted' }, t('scope.step3.help')),
      FLAGS.map(field => check(field, a[field])),
      h('label', { class: 'field' }, t('scope.designation'), h('span', { class: 'muted' }, t('scope.designation.help')),
        h('select', { name: 'designation', 'data-field': 'designation', disabled: !edit },
          ['none', 'essential', 'important'].map(v => h('option', { value: v, selected: (a.designation || 'none') === v }, t(`scope.designation.${v}`)))))),
    edit ? h('button', { class: 'button button-primary', type: 'submit', 'data-testid': 'save-scope' }, t('scope.save')) : null);
  f.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren(); // a new attempt: the last one's message goes
    const value = field => f.querySelector(`[name=${field}]`).value;
    const num = field => (value(field) === '' ? null : Number(value(field)));
    const body = {
      entityTypeIds: [...f.querySelectorAll('[name=entityTypeIds]:checked')].map(c => c.value),
      staff: num('staff'), annualTurnoverEur: num('annualTurnoverEur'), balanceSheetTotalEur: num('balanceSheetTotalEur'),
      designation: value('designation'),
      ...Object.fromEntries(['hasPartnerOrLinkedEnterprises', 'partnerOrLinkedIncluded', ...FLAGS].map(k => [k, f.querySelector(`[name=${k}]`).checked])),
    };
    const response = await api('/api/scope', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(message('error', t('scope.failed', await problemText(response))));
    await refresh(t('scope.saved'));
  });
  f.noValidate = true; // the server names every problem at once (and the same rules hold for any client)
  return f;
}

function historyTable(versions) {
  if (!versions.length) return null;
  return h('section', {}, h('h2', {}, t('scope.history')),
    h('table', { class: 'data', 'data-testid': 'scope-history' },
      h('thead', {}, h('tr', {}, ['scope.col.version', 'scope.col.savedAt', 'scope.col.savedBy', 'scope.col.category', 'scope.col.artefact']
        .map(k => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, versions.map(v => h('tr', { 'data-version': v.version },
        h('td', {}, v.version), h('td', {}, formatDate(v.savedAt)), h('td', {}, v.savedByName),
        h('td', {}, t(`scope.category.${v.summary.charAt(0).toLowerCase()}${v.summary.slice(1)}`)),
        h('td', {}, h('code', {}, v.artefactId.slice(0, 12))))))));
}
