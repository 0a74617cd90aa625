import { detectHost, followTheme, teamsToken } from './host.js';
import { pickLanguage, loadStrings, t, formatDate } from './i18n.js';
import { getJson, useDevUser, useTeamsAuth } from './api.js';
import { h, mount, message, link } from './dom.js';
import { pages } from './pages.js';
import { session, roles, audience } from './session.js';

export { roles };

const DEV_USER_KEY = 'm365nis2.devUser';
const view = document.getElementById('view');

/** pages.js entries compiled once: '/tab/policies/:id/:version' → a pattern with named groups. */
const routes = pages.map(p => ({ ...p, pattern: new RegExp('^' + p.path.replace(/\/$/, '').replace(/:(\w+)/g, '(?<$1>[^/]+)') + '/?$') }));
const allowed = r => (audience[r.who] ?? audience.ciso)();

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
  openDeepLinkedPage(session.host.context?.page?.subPageId);
  if (!isPublic(location.pathname)) {
    await signIn();
  }
  await route();
}

/** A bot card's deep link names a tab page as subPageId (Platform/TabLinks.cs): open it instead of the start page. */
function openDeepLinkedPage(subPageId) {
  if (typeof subPageId !== 'string' || !/^\/tab\/[\w.%-]+(\/[\w.%-]+)*$/.test(subPageId)) return;
  // "/tab/../api/me" passes the pattern but the browser resolves it outside the tab: only a path that stays as given opens.
  if (new URL(subPageId, location.origin).pathname !== subPageId) return;
  if (location.pathname.replace(/\/$/, '') === '/tab') history.replaceState(null, '', subPageId);
}

function isPublic(path) {
  return routes.some(r => r.who === 'public' && r.pattern.test(path));
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
    showDemoStory();
  }
  session.meStatus = me.status;
  renderNav();
}

/** The seeded demo story is labelled on every page (GET /api/demo/story); nothing shows when there is none. */
async function showDemoStory() {
  const story = await getJson('/api/demo/story');
  const banner = document.getElementById('demo-story');
  const text = { seeded: () => t('demoStory.seeded', formatDate(story.data.seededAt, false)), seeding: () => t('demoStory.seeding'),
    failed: () => t('demoStory.failed', story.data.note ?? '') }[story.data?.state];
  banner.hidden = !text;
  if (text) banner.textContent = text();
}

function renderNav() {
  const items = session.me ? routes.filter(r => r.nav && allowed(r)) : [];
  mount(document.getElementById('nav'), items.map(r => link(r.path, { 'data-nav': r.path }, t(r.nav))));
}

async function route() {
  const path = location.pathname;
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.toggleAttribute('aria-current', false);
    if (a.dataset.nav.replace(/\/$/, '') === path.replace(/\/$/, '')) a.setAttribute('aria-current', 'page');
  }
  const match = routes.map(r => ({ r, m: path.match(r.pattern) })).find(x => x.m);
  if (!match) return mount(view, message('error', t('error.notFound', path)));
  if (match.r.who !== 'public' && !session.me) return mount(view, signInMessage());
  if (!allowed(match.r)) {
    // The start page goes to the first page this role may use; anything else says no (the API refuses it anyway).
    const home = routes.find(r => r.nav && allowed(r));
    if (path.replace(/\/$/, '') === '/tab' && home) return navigate(home.path, true);
    return mount(view, message('error', t('auth.forbidden')));
  }
  // Each navigation renders into its own element: a slower render of the page the user just left then lands in a
  // detached element instead of replacing the page they opened.
  const page = h('div', { 'data-page': match.r.path });
  mount(view, page);
  mount(page, h('p', { class: 'muted' }, t('loading')));
  try {
    const module = await import(match.r.module);
    const params = Object.fromEntries(Object.entries(match.m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
    await module[match.r.render](page, params, session);
  } catch (error) {
    mount(page, message('error', String(error?.message ?? error)));
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
