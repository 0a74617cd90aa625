import { h, message } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { roles } from '../session.js';

// The risk method (GET/PUT /api/risks/method) on the register page: the version in force for everyone who reads the
// register; for the CISO a form for the next version (4 × 4 or 5 × 5, labels in English and Danish, appetite, review
// period, longest acceptance). The API checks the proposal and answers every problem at once.

export function methodSection(onSaved) {
  const section = h('details', { 'data-testid': 'method' }, h('summary', {}, t('method.title')));
  (async () => {
    const response = await getJson('/api/risks/method');
    if (!response.ok) return section.append(message('error', t('error.load', '/api/risks/method', response.status)));
    const { current, versions, presets } = response.data;
    const saved = versions.find(v => v.method.version === current.version);
    section.append(
      h('p', { 'data-testid': 'method-version' }, t('method.version', current.version, current.likelihood.length, current.impact.length,
        current.appetiteThreshold, current.reviewPeriodMonths, current.maxAcceptanceMonths),
        saved && saved.savedBy !== 'default' ? ` · ${formatDate(saved.savedAt)}` : ''),
      roles.isCiso() ? form(current, presets, onSaved) : null);
  })();
  return section;
}

function form(current, presets, onSaved) {
  const status = h('div', { 'data-testid': 'method-status' });
  const number = (name, value, min, max) => h('input', { type: 'number', name, 'data-field': name, value, min, max });
  const appetite = number('appetiteThreshold', current.appetiteThreshold, 1, 36);
  const review = number('reviewPeriodMonths', current.reviewPeriodMonths, 1, 36);
  const longest = number('maxAcceptanceMonths', current.maxAcceptanceMonths, 1, 36);
  const scales = h('div', {});
  let levels = { likelihood: current.likelihood, impact: current.impact };
  const drawScales = () => scales.replaceChildren(scale('likelihood', levels.likelihood), scale('impact', levels.impact));
  const size = h('select', { 'data-field': 'size', onchange: e => {
    const preset = e.target.value === '5' ? presets.fiveByFive : presets.fourByFour;
    levels = { likelihood: preset.likelihood, impact: preset.impact };
    drawScales();
  } }, ['4', '5'].map(n => h('option', { value: n, selected: current.likelihood.length === Number(n) }, t('method.size', n))));
  drawScales();
  const save = async () => {
    const read = axis => [...scales.querySelectorAll(`[data-axis=${axis}] tr[data-level]`)].map(tr => ({
      value: Number(tr.dataset.level), en: tr.querySelector('[data-lang=en]').value, da: tr.querySelector('[data-lang=da]').value,
    }));
    const body = { likelihood: read('likelihood'), impact: read('impact'), appetiteThreshold: Number(appetite.value),
      reviewPeriodMonths: Number(review.value), maxAcceptanceMonths: Number(longest.value) };
    const response = await api('/api/risks/method', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) return status.replaceChildren(message('error', t('risks.failed', await problemText(response))));
    await onSaved();
  };
  return h('div', { class: 'form' },
    h('label', {}, t('method.scale'), size), scales,
    h('label', {}, t('method.appetite'), appetite), h('label', {}, t('method.review'), review), h('label', {}, t('method.longest'), longest),
    status, h('button', { class: 'button', type: 'button', 'data-testid': 'save-method', onclick: save }, t('method.save')));
}

function scale(axis, levels) {
  const input = (lang, value) => h('input', { 'data-lang': lang, value, 'aria-label': `${t(`risk.${axis}`)} ${lang}` });
  return h('table', { class: 'data', 'data-axis': axis },
    h('caption', {}, t(`risk.${axis}`)),
    h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, t('method.en')), h('th', {}, t('method.da')))),
    h('tbody', {}, levels.map(l => h('tr', { 'data-level': l.value }, h('td', {}, String(l.value)), h('td', {}, input('en', l.en)), h('td', {}, input('da', l.da))))));
}
