// Tiny DOM helpers: every text goes through textContent, so data from the API can never inject markup.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function mount(target, ...children) {
  target.replaceChildren();
  append(target, children);
}

export function message(kind, text) {
  return h('div', { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Links inside the app navigate without reloading (see app.js). */
export function link(href, attrs, ...children) {
  return h('a', { ...attrs, href, 'data-link': true }, ...children);
}
