/**
 * The only way the task pane builds DOM: elements from `createElement`, text from text nodes. Workbook
 * text (KPI names, sheet names, host messages) is therefore never parsed as HTML.
 */

/** Attribute values: a string sets it, `true` sets it empty, `false`/`undefined` leave it out. */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>;

/** A child: a node, or a string that becomes a text node. */
export type Child = Node | string;

/** Creates `tag` in `doc` with `attrs` and `children`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children.map((child) => (typeof child === 'string' ? doc.createTextNode(child) : child)));
  return element;
}
