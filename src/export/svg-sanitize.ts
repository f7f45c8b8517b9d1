/**
 * Make a cloned SVG subtree inert before it becomes a standalone file: a .svg opened in a browser
 * runs script (reliability §3.2). Removes script/foreignObject elements, on* handler attributes,
 * and javascript:/data: links.
 */

const BANNED_ELEMENTS = ['script', 'foreignObject', 'iframe', 'object', 'embed'];
const LINK_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction'];

/** True for a URL a standalone SVG must not follow (ignores case, whitespace and control chars). */
export function isUnsafeUrl(value: string): boolean {
  const squashed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return squashed.startsWith('javascript:') || squashed.startsWith('data:') || squashed.startsWith('vbscript:');
}

/** Sanitise `root` and its descendants in place. */
export function sanitizeSvgTree(root: Element): void {
  for (const name of BANNED_ELEMENTS) {
    for (const el of Array.from(root.getElementsByTagName(name))) el.remove();
  }
  const all = [root, ...Array.from(root.getElementsByTagName('*'))];
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (LINK_ATTRIBUTES.includes(name) && isUnsafeUrl(attr.value)) el.removeAttribute(attr.name);
    }
  }
}
