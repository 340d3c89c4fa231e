// Elements made with the DOM, never from HTML strings: whatever an agreement's text says is shown
// as text (textContent), so no value from the record can become markup or script.

const SVG = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An HTML element: h('a', {href: '/console', class: 'nav'}, 'Portfolio'). */
export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element. */
export function s(tag, attributes, ...children) {
  return build(document.createElementNS(SVG, tag), attributes, children);
}

export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

/** Appends children as h() does: arrays flattened, null, undefined and false left out. */
export function add(element, ...children) {
  return build(element, {}, children);
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  return add(clear(element), ...children);
}

/** A definition list from [label, value] pairs, leaving out pairs without a value. */
export function facts(pairs) {
  const list = h('dl', {class: 'facts'});
  for (const [label, value] of pairs) {
    if (value === undefined || value === null || value === '') continue;
    list.append(h('dt', {}, label), h('dd', {}, value));
  }
  return list;
}

/** A table with a caption; rows are arrays of cells (text or nodes). */
export function table(caption, headers, rows, attributes = {}) {
  return h('table', attributes,
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map(header => h('th', {scope: 'col'}, header)))),
    h('tbody', {}, rows.map(row => h('tr', row.attributes || {}, (row.cells || row).map(cell => h('td', {}, cell))))));
}

/** "heldOn" → "Held on", "relatedAgreementId" → "Related agreement id". */
export function humanize(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** IN_FORCE → "In force". */
export function label(constant) {
  return constant ? humanize(constant.toLowerCase()) : '';
}
