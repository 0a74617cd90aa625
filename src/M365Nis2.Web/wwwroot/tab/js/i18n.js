// English and Danish strings from /tab/i18n/<lang>.json; the language comes from Teams (app.locale), else the browser.
let strings = {};
let language = 'en';

export function pickLanguage(teamsLocale) {
  const forced = new URLSearchParams(location.search).get('lang');
  const locale = (forced || teamsLocale || navigator.language || 'en').toLowerCase();
  return locale.startsWith('da') ? 'da' : 'en';
}

export async function loadStrings(lang) {
  language = lang;
  const response = await fetch(`/tab/i18n/${lang}.json`);
  strings = await response.json();
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

export function lang() { return language; }

/** t('key', a, b) fills {0}, {1}; an unknown key shows itself so a missing string is visible, not blank. */
export function t(key, ...args) {
  const text = strings[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

export function formatDate(value, withTime = true) {
  if (!value) return '';
  const date = new Date(value);
  const options = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', options).format(date);
}

/** obj[field] in the tab's language: a Danish reader gets obj[field + 'Da'] when the server sent one (e.g. messageDa). */
export function localized(obj, field) {
  return (language === 'da' ? obj?.[`${field}Da`] : null) || obj?.[field];
}

export function titleOf(control) {
  return language === 'da' ? (control.titleDa || control.title) : control.title;
}
