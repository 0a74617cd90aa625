import { h, link } from '../dom.js';
import { t } from '../i18n.js';
import { assessmentCell, findingCounts, certificateList } from './supplier-common.js';

// The board's follow-up on critical suppliers (Art. 21(2)(d), Art. 20(1)): every tier-1 supplier with its assessment
// state, open findings and certificates, and one line for the management questions.

const critical = suppliers => (Array.isArray(suppliers) ? suppliers : []).filter(s => s.active && s.tier === 1);

export function criticalSuppliersSection(response) {
  if (!response.ok) return h('section', {}, h('h2', {}, t('board.suppliers')), h('p', { class: 'muted' }, t('board.noData')));
  const list = critical(response.data);
  return h('section', {}, h('h2', {}, t('board.suppliers')),
    list.length ? h('table', { class: 'data', 'data-testid': 'board-suppliers' },
      h('thead', {}, h('tr', {}, [t('suppliers.col.name'), t('suppliers.col.assessment'), t('suppliers.col.findings'), t('suppliers.col.certificates')]
        .map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, list.map(s => h('tr', { 'data-supplier': s.id },
        h('td', {}, link(`/tab/suppliers/${encodeURIComponent(s.id)}`, {}, s.name)),
        h('td', {}, assessmentCell(s.assessment)), h('td', {}, findingCounts(s.openFindings)), h('td', {}, certificateList(s.certificates))))))
      : h('p', { class: 'muted', 'data-testid': 'board-no-critical' }, t('board.noCriticalSuppliers')));
}

/** "3 of 4 critical suppliers assessed on time; 1 open high finding" — or null when the register is unavailable. */
export function supplierKpi(response) {
  if (!response.ok) return null;
  const list = critical(response.data);
  const onTime = list.filter(s => ['current', 'due-soon'].includes(s.assessment.state)).length;
  const high = list.reduce((n, s) => n + s.openFindings.high, 0);
  return h('span', { 'data-testid': 'kpi-suppliers' }, t('board.suppliersKpi', onTime, list.length, high));
}
