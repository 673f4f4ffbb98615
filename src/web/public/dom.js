// Building DOM from data with textContent only: nothing from the API is ever parsed as HTML.

/** h('button', { class: 'x', onclick }, 'text', child...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

export const button = (label, onclick, attrs = {}) => h('button', { type: 'button', onclick, ...attrs }, label);

/** Replaces the children of `el` and moves focus to its first heading, so keyboard and screen-reader users follow. */
export function show(el, ...children) {
  el.replaceChildren(...children.filter((c) => c !== null && c !== undefined));
  const heading = el.querySelector('h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }
}
