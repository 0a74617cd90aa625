// Where the tab runs: inside Teams (teams-js: SSO token, theme, locale) or a plain browser (prefers-color-scheme).
const teams = () => window.microsoftTeams;

function framed() {
  // Teams always hosts tabs in an iframe (or a native webview that sets window.opener); ?inTeams lets a test host say so.
  return window.parent !== window || !!window.opener || new URLSearchParams(location.search).has('inTeams');
}

export async function detectHost() {
  const sdk = teams();
  if (!sdk || !framed()) return { inTeams: false };
  try {
    // Outside a real host teams-js may wait forever for its parent, hence the race.
    await Promise.race([sdk.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('no Teams host')), 4000))]);
    const context = await sdk.app.getContext();
    return { inTeams: true, sdk, context };
  } catch (error) {
    return { inTeams: false, error };
  }
}

export function applyTheme(name) {
  const theme = name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : 'default';
  document.documentElement.dataset.theme = theme;
}

export function followTheme(host) {
  if (host.inTeams) {
    applyTheme(host.context?.app?.theme);
    host.sdk.app.registerOnThemeChangeHandler?.(applyTheme);
    return;
  }
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const contrast = matchMedia('(forced-colors: active)');
  const update = () => applyTheme(contrast.matches ? 'contrast' : dark.matches ? 'dark' : 'default');
  dark.addEventListener('change', update);
  contrast.addEventListener('change', update);
  update();
}

/** A Teams SSO token for our API (audience api://host/clientId); teams-js caches and renews it. */
export function teamsToken(host) {
  return () => host.sdk.authentication.getAuthToken();
}
