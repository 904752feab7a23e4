// Building the page's elements. Every text goes in as a text node, never as markup: labels and
// label packs are data (a pack loaded from a file included).

type Child = Node | string | null | undefined | false;

/** An element with attributes (`class`, `id`, `aria-*`, `data-*`, …) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function svg(tag: string, attrs: Readonly<Record<string, string | number>> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** The element with this id (the page builds them all before it renders). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`playground: no element #${id}`);
  return node as T;
}

/** Replaces an element's children. */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** A heading and its lines as a section of a list. */
export function block(heading: string, lines: readonly string[], attrs: Readonly<Record<string, string>> = {}): HTMLElement {
  return el('section', { class: 'block', ...attrs }, el('h3', {}, heading), el('ul', {}, ...lines.map((l) => el('li', { class: /^\s+-/.test(l) ? 'sub' : '' }, l.replace(/^\s+-\s*/, '')))));
}
