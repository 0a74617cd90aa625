// Every API call carries the caller's identity: the Teams SSO token as a bearer, in local development the demo user
// chosen in the dev user picker as X-Dev-User, or (outside Teams) the browser session cookie. X-Requested-With is
// always sent: the server refuses unsafe requests under the session cookie without it (cross-site request forgery).
import { lang } from './i18n.js';

let auth = { mode: 'none' };

export function useTeamsAuth(getToken) { auth = { mode: 'teams', getToken }; }
export function useDevUser(upn) { auth = { mode: 'dev', upn }; }
export function authMode() { return auth.mode; }

export async function api(path, options = {}) {
  const headers = new Headers(options.headers ?? {});
  if (options.anonymous) { /* public data: no identity sent */ }
  else if (auth.mode === 'teams') headers.set('Authorization', `Bearer ${await auth.getToken()}`);
  else if (auth.mode === 'dev' && auth.upn) headers.set('X-Dev-User', auth.upn);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('X-Requested-With', 'M365Nis2');
  return fetch(path, { ...options, headers });
}

/** { ok, status, data } — never throws for HTTP errors, so views can degrade when an endpoint is absent (404). */
export async function getJson(path, options = {}) {
  try {
    const response = await api(path, options);
    const data = response.ok && (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : null;
    return { ok: response.ok, status: response.status, data };
  } catch (error) {
    return { ok: false, status: 0, data: null, error };
  }
}

/** The problem's words for the user: a coded refusal in the tab's language (detailDa), else title, detail and field errors. */
export async function problemText(response) {
  try {
    const body = await response.json();
    if (lang() === 'da' && body.detailDa) return body.detailDa;
    const details = body.errors ? Object.values(body.errors).flat().join(' ') : '';
    return [body.title, body.detail, details].filter(Boolean).join(': ');
  } catch {
    return `HTTP ${response.status}`;
  }
}

/** Opens a stored artefact (GET /api/artefacts/{id}, board and CISO) in a new window; the request carries the caller's identity. */
export async function openArtefact(id) {
  const response = await api(`/api/artefacts/${encodeURIComponent(id)}`, { headers: { Accept: '*/*' } });
  if (!response.ok) return;
  window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
}
