import { detectHost, followTheme, teamsToken } from './host.js';
import { pickLanguage, loadStrings, t } from './i18n.js';
import { getJson, useDevUser, useTeamsAuth } from './api.js';
import { h, mount, message, link } from './dom.js';
import { renderOverview } from './views/overview.js';
import { renderControl } from './views/control.js';
import { renderConfigure } from './views/configure.js';
import { renderBoardSummary } from './views/board.js';
import { renderTraining } from './views/simple.js';
import { renderApprovals, renderPolicy } from './views/approvals.js';
import { renderRisks } from './views/risks.js';
import { renderRisk } from './views/risk.js';
import { renderAssets } from './views/assets.js';
import { renderSoa } from './views/soa.js';
import { renderSuppliers } from './views/suppliers.js';
import { renderSupplier } from './views/supplier.js';
import { renderDiscovery } from './views/supplier-discovery.js';

const DEV_USER_KEY = 'm365nis2.devUser';
const view = document.getElementById('view');
const session = { host: null, me: null, devUsers: null };

export const roles = {
  isCiso: () => session.me?.roles?.includes('CISO') ?? false,
  isBoard: () => session.me?.roles?.includes('Board') ?? false,
  canSeeEvidence: () => roles.isCiso() || roles.isBoard(),
};

const routes = [
  { pattern: /^\/tab\/configure\/?$/, render: () => renderConfigure(view, session.host), public: true },
  { pattern: /^\/tab\/control\/([^/]+)\/?$/, render: m => renderControl(view, decodeURIComponent(m[1]), session), evidence: true },
  { pattern: /^\/tab\/board-summary\/?$/, render: () => renderBoardSummary(view, session), evidence: true },
  { pattern: /^\/tab\/approvals\/?$/, render: () => renderApprovals(view, session) },
  { pattern: /^\/tab\/training\/?$/, render: () => renderTraining(view, session) },
  { pattern: /^\/tab\/policies\/([^/]+)\/([^/]+)\/?$/, render: m => renderPolicy(view, m[1], m[2], session) },
  { pattern: /^\/tab\/risks\/?$/, render: () => renderRisks(view, session), evidence: true },
  { pattern: /^\/tab\/risks\/([^/]+)\/?$/, render: m => renderRisk(view, decodeURIComponent(m[1]), session), evidence: true },
  { pattern: /^\/tab\/assets\/?$/, render: () => renderAssets(view, session), evidence: true },
  { pattern: /^\/tab\/soa\/?$/, render: () => renderSoa(view, session), evidence: true },
  { pattern: /^\/tab\/suppliers\/?$/, render: () => renderSuppliers(view, {}, session) },
  { pattern: /^\/tab\/suppliers\/discovered\/?$/, render: () => renderDiscovery(view, {}, session), evidence: true },
  { pattern: /^\/tab\/suppliers\/([^/]+)\/?$/, render: m => renderSupplier(view, { id: m[1] }, session) },
  { pattern: /^\/tab\/?$/, render: () => renderOverview(view, session), evidence: true },
];

async function start() {
  session.host = await detectHost();
  await loadStrings(pickLanguage(session.host.context?.app?.locale));
  followTheme(session.host);
  document.addEventListener('click', onLinkClick);
  window.addEventListener('popstate', route);

  if (session.host.inTeams) {
    useTeamsAuth(teamsToken(session.host));
  } else {
    await setUpDevPicker();
  }
  if (!isPublic(location.pathname)) {
    await signIn();
  }
  await route();
}

function isPublic(path) {
  return routes.some(r => r.public && r.pattern.test(path));
}

async function setUpDevPicker() {
  const users = await getJson('/api/dev/users');
  if (!users.ok) return; // not Development, or not loopback: no picker, no header
  session.devUsers = users.data;
  const chosen = localStorage.getItem(DEV_USER_KEY);
  useDevUser(chosen);
  const select = document.getElementById('dev-user');
  mount(select, h('option', { value: '' }, t('dev.choose')),
    users.data.map(u => h('option', { value: u.upn, selected: u.upn === chosen }, `${u.displayName} (${u.kind})`)));
  select.title = t('dev.hint');
  select.addEventListener('change', () => {
    localStorage.setItem(DEV_USER_KEY, select.value);
    location.reload();
  });
  document.getElementById('dev-picker').hidden = false;
}

async function signIn() {
  const me = await getJson('/api/me');
  if (me.ok) {
    session.me = me.data;
    document.getElementById('user-name').textContent = me.data.displayName;
    document.getElementById('demo-badge').hidden = !me.data.isDemoData;
  }
  session.meStatus = me.status;
  renderNav();
}

function renderNav() {
  const items = [];
  if (roles.canSeeEvidence()) items.push(['/tab/', 'nav.overview'], ['/tab/board-summary', 'nav.board'], ['/tab/approvals', 'nav.approvals'],
    ['/tab/risks', 'nav.risks'], ['/tab/assets', 'nav.assets'], ['/tab/soa', 'nav.soa']);
  if (session.me) items.push(['/tab/training', 'nav.training']);
  // Everyone signed in: an employee sees the suppliers they are the internal owner of (and uploads their reports).
  if (session.me) items.push(['/tab/suppliers', 'nav.suppliers']);
  mount(document.getElementById('nav'), items.map(([href, key]) => link(href, { 'data-nav': href }, t(key))));
}

async function route() {
  const path = location.pathname;
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.toggleAttribute('aria-current', false);
    if (a.dataset.nav.replace(/\/$/, '') === path.replace(/\/$/, '')) a.setAttribute('aria-current', 'page');
  }
  const match = routes.map(r => ({ r, m: path.match(r.pattern) })).find(x => x.m);
  if (!match) return mount(view, message('error', `404 ${path}`));
  if (!match.r.public && !session.me) return mount(view, signInMessage());
  if (match.r.evidence && !roles.canSeeEvidence()) {
    // Employees see their own training only; the API refuses them the rest anyway (403).
    if (path.replace(/\/$/, '') === '/tab') return navigate('/tab/training', true);
    return mount(view, message('error', t('auth.forbidden')));
  }
  mount(view, h('p', { class: 'muted' }, t('loading')));
  try {
    await match.r.render(match.m);
  } catch (error) {
    mount(view, message('error', String(error?.message ?? error)));
  }
}

function signInMessage() {
  if (session.devUsers) return h('div', {}, h('h1', {}, t('auth.signin')), message('info', t('dev.hint')));
  if (session.host.inTeams) return message('error', t('auth.failed', `HTTP ${session.meStatus}`));
  const failed = new URLSearchParams(location.search).get('signin') === 'failed';
  const returnUrl = encodeURIComponent(location.pathname + location.search.replace(/[?&]signin=failed/, ''));
  return h('div', {}, h('h1', {}, t('auth.signin')),
    failed ? message('error', t('auth.signinFailed')) : null,
    message('info', t('auth.outsideTeams')),
    h('p', {}, h('a', { class: 'button', href: `/signin?returnUrl=${returnUrl}`, id: 'browser-signin' }, t('auth.signinEntra'))));
}

export function navigate(path, replace = false) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  return route();
}

function onLinkClick(event) {
  const a = event.target.closest?.('a[data-link]');
  if (!a || event.ctrlKey || event.metaKey || event.shiftKey || a.target) return;
  event.preventDefault();
  navigate(a.getAttribute('href'));
}

start();
