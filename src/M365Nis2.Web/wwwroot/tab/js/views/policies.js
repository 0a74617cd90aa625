import { h, mount, message, link } from '../dom.js';
import { t, formatDate, lang } from '../i18n.js';
import { api, getJson, problemText } from '../api.js';
import { shortLabel } from '../controls.js';
import { roles } from '../session.js';
import { policyState } from './approvals.js';
import { pages } from '../pages.js';

// The policy register (GET /api/policies) with the vendor guide's NIS2 document checklist beside it. The CISO uploads
// new versions here (POST /api/policies, the same multipart form the API documents) and starts from a template's text.

export async function renderPolicies(view, params, session) {
  const [policies, checklist, templates] = await Promise.all([getJson('/api/policies'), getJson('/api/policies/checklist'), getJson('/api/policies/templates')]);
  const list = policies.data ?? [];
  const status = h('div', { 'data-testid': 'approval-status', role: 'status' });
  const refresh = () => renderPolicies(view, params, session);
  mount(view, h('h1', {}, t('approvals.title')), h('p', { class: 'muted' }, t('approvals.intro')), status,
    h('div', { class: 'split' },
      h('section', { 'aria-labelledby': 'register-h' }, h('h2', { id: 'register-h' }, t('register.title')),
        !policies.ok ? message('info', t('notYet')) : list.length === 0 ? h('p', { class: 'muted' }, t('approvals.none')) : registerTable(list),
        roles.isCiso() ? uploadForm(list, templates.data ?? [], status, refresh) : null),
      checklist.ok ? checklistPanel(checklist.data, templates.data ?? []) : null));
}

function registerTable(list) {
  return h('table', { class: 'data', 'data-testid': 'policies' },
    h('thead', {}, h('tr', {}, [t('policy.col.title'), t('col.control'), t('col.status'), t('policy.owner'), t('policy.col.review')].map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, list.map(p => h('tr', { 'data-policy': p.policyId },
      h('td', {}, link(`/tab/policies/${encodeURIComponent(p.policyId)}/${p.latest?.version ?? 1}`, {}, p.title),
        p.latest ? h('div', { class: 'muted' }, `v${p.latest.version} · ${p.latest.fileName ?? ''}`) : null),
      h('td', {}, (p.controlIds ?? []).map(shortLabel).join(', ')),
      h('td', {}, policyState(p)),
      h('td', {}, p.owner ?? ''),
      h('td', {}, p.nextReviewDue ? formatDate(p.nextReviewDue, false) : '—')))));
}

const checkTones = { current: 'success', reviewDueSoon: 'warning', overdue: 'danger', notApproved: 'warning', missing: 'neutral' };
/** Register documents link to the page that keeps them, when that page is part of this build (pages.js). */
const registerPages = { risk_register: '/tab/risks', risk_assessment: '/tab/risks', risk_treatment_plan: '/tab/risks', supplier_register: '/tab/suppliers', asset_register: '/tab/scope', access_register: '/tab/evidence-sources', vulnerability_analysis: '/tab/risks' };

function checklistPanel(items, templates) {
  const done = items.filter(i => i.state === 'current').length;
  return h('aside', { class: 'card', 'aria-labelledby': 'checklist-h', 'data-testid': 'checklist' },
    h('h2', { id: 'checklist-h' }, t('checklist.title')),
    h('p', { class: 'muted' }, t('checklist.summary', done, items.length)),
    h('ul', { class: 'checklist' }, items.map(i => {
      const page = registerPages[i.documentId];
      const target = i.policyId ? `/tab/policies/${encodeURIComponent(i.policyId)}/${i.approvedVersion ?? 1}`
        : page && pages.some(p => p.path === page) ? page : null;
      const template = templates.find(x => x.policyKey === i.templateKey);
      const title = template && lang() === 'da' ? template.titleDa : i.title;
      return h('li', { 'data-document': i.documentId, 'data-state': i.state },
        h('span', { class: `badge badge-${checkTones[i.state] ?? 'neutral'}` }, t(`checklist.state.${i.state}`)), ' ',
        target ? link(target, {}, title) : h('span', {}, title),
        h('span', { class: 'muted' }, ` · ${i.measures.map(shortLabel).join(', ')}`),
        i.kind === 'register' ? h('span', { class: 'muted' }, ` · ${t('checklist.register')}`) : null);
    })));
}

/** CISO: a new version of an existing policy, a template, or a new policy; optionally the template's starting text as the file. */
function uploadForm(list, templates, status, refresh) {
  const choice = h('select', { name: 'policyKey', id: 'upload-policy', 'data-testid': 'upload-policy' },
    h('optgroup', { label: t('register.existing') }, list.map(p => h('option', { value: p.policyId }, p.title))),
    h('optgroup', { label: t('register.templates') }, templates.filter(x => !list.some(p => p.policyId === x.policyKey))
      .map(x => h('option', { value: `template:${x.policyKey}` }, lang() === 'da' ? x.titleDa : x.title))),
    h('option', { value: 'new' }, t('register.newPolicy')));
  const title = h('input', { name: 'title', id: 'upload-title', maxlength: 200 });
  const file = h('input', { type: 'file', name: 'file', id: 'upload-file', accept: '.pdf,.docx,.md,.markdown' });
  const useText = h('input', { type: 'checkbox', id: 'upload-use-text', 'data-testid': 'upload-use-text' });
  const textLang = h('select', { id: 'upload-text-lang' }, h('option', { value: 'en' }, 'English'), h('option', { value: 'da', selected: lang() === 'da' }, 'Dansk'));
  const controls = h('input', { name: 'controlIds', id: 'upload-controls', placeholder: 'art21.2.a, art21.2.d' });
  const owner = h('input', { name: 'owner', id: 'upload-owner', maxlength: 100 });
  const months = h('input', { name: 'reviewPeriodMonths', id: 'upload-months', type: 'number', min: 1, max: 60, value: 12 });
  const templateRow = h('div', { class: 'row' }, h('label', { for: 'upload-use-text' }, useText, ' ', t('register.useText')), textLang,
    h('a', { href: '#', 'data-testid': 'template-download', onclick: e => { e.preventDefault(); downloadText(); } }, t('register.downloadText')));
  const sync = () => {
    const key = choice.value;
    const template = templates.find(x => `template:${x.policyKey}` === key);
    const existing = list.find(p => p.policyId === key);
    title.value = template ? (lang() === 'da' ? template.titleDa : template.title) : existing?.title ?? '';
    controls.value = (template?.controlIds ?? existing?.controlIds ?? []).join(', ');
    owner.value = existing?.owner ?? '';
    templateRow.hidden = !template;
    if (!template) useText.checked = false;
  };
  const textOf = async () => {
    const key = choice.value.replace(/^template:/, '');
    const response = await api(`/api/policies/templates/${encodeURIComponent(key)}/text?lang=${textLang.value}`, { headers: { Accept: 'text/markdown' } });
    return response.ok ? { key, text: await response.text() } : null;
  };
  const downloadText = async () => {
    const got = await textOf();
    if (!got) return;
    const a = h('a', { href: URL.createObjectURL(new Blob([got.text], { type: 'text/markdown' })), download: `${got.key}.${textLang.value}.md` });
    document.body.append(a); a.click(); a.remove();
  };
  choice.addEventListener('change', sync);
  const form = h('form', { class: 'stack card', 'data-testid': 'upload-policy-form' },
    h('h2', {}, t('register.upload')),
    h('label', { for: 'upload-policy' }, t('register.policy')), choice,
    h('label', { for: 'upload-title' }, t('policy.col.title')), title,
    templateRow,
    h('label', { for: 'upload-file' }, t('register.file')), file, h('span', { class: 'muted' }, t('register.fileHint')),
    h('label', { for: 'upload-controls' }, t('col.control')), controls,
    h('label', { for: 'upload-owner' }, t('policy.owner')), owner,
    h('label', { for: 'upload-months' }, t('register.months')), months,
    h('div', {}, h('button', { class: 'button button-primary', type: 'submit' }, t('register.submit'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    status.replaceChildren(); // the last attempt's message must not read as this one's
    const body = new FormData();
    const template = choice.value.startsWith('template:');
    const key = choice.value === 'new' ? title.value : choice.value.replace(/^template:/, '');
    if (useText.checked && template) {
      const got = await textOf();
      if (got) body.append('file', new Blob([got.text], { type: 'text/markdown' }), `${got.key}.${textLang.value}.md`);
    } else if (file.files[0]) body.append('file', typed(file.files[0]), file.files[0].name);
    body.append('policyKey', key);
    for (const [name, input] of [['title', title], ['controlIds', controls], ['owner', owner], ['reviewPeriodMonths', months]]) if (input.value) body.append(name, input.value);
    const response = await api('/api/policies', { method: 'POST', body });
    if (!response.ok) return status.replaceChildren(message('error', t('actions.failed', await problemText(response))));
    const stored = await response.json();
    await refresh();
    document.querySelector('[data-testid="approval-status"]')?.replaceChildren(message('success', t('register.stored', stored.policy.title, stored.version.version)));
  });
  sync();
  return form;
}

/** Browsers often send no type (or octet-stream) for .md and sometimes .docx: name it from the extension; the server still checks the bytes. */
const extensionTypes = { md: 'text/markdown', markdown: 'text/markdown', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
function typed(file) {
  if (file.type && file.type !== 'application/octet-stream') return file;
  const type = extensionTypes[file.name.split('.').pop().toLowerCase()];
  return type ? new Blob([file], { type }) : file;
}
