import { h } from '../dom.js';
import { t } from '../i18n.js';

// Live countdowns: one timer for the page updates every element made here; it stops once none is left in the document.
const live = new Set();
let timer = null;

function format(ms) {
  const overdue = ms < 0;
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400); s -= d * 86400;
  const hh = Math.floor(s / 3600); s -= hh * 3600;
  const mm = Math.floor(s / 60); s -= mm * 60;
  const text = `${d ? `${d}d ` : ''}${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return overdue ? t('countdown.overdue', text) : t('countdown.left', text);
}

function tick() {
  for (const el of live) {
    if (!el.isConnected) { live.delete(el); continue; }
    const ms = Date.parse(el.dataset.due) - Date.now();
    el.textContent = format(ms);
    el.classList.toggle('badge-danger', ms < 0);
  }
  if (!live.size) { clearInterval(timer); timer = null; }
}

/** A countdown to <paramref name="due"/> (ISO time), ticking every second. */
export function countdown(due) {
  const el = h('span', { class: 'countdown badge badge-info', 'data-due': due, 'data-testid': 'countdown', role: 'timer', 'aria-live': 'off' }, format(Date.parse(due) - Date.now()));
  live.add(el);
  if (!timer) timer = setInterval(tick, 1000);
  return el;
}
