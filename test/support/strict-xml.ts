// A small, strict XML reader for the JUnit report's tests: elements, attributes, text, the five
// predefined entities and numeric references, an XML declaration. Anything else (a raw `&` or
// `<`, a mismatched or unclosed tag, a duplicate attribute, a character XML 1.0 forbids, text
// outside the root) throws. No DOCTYPE, comments, CDATA or processing instructions: the report
// writes none, so meeting one is an error too. A dependency (fast-xml-parser) would not be
// stricter about what matters here, and this keeps the lock file unchanged.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseStrictXml(source: string): XmlElement {
  if (FORBIDDEN.test(source)) throw new Error('a character XML 1.0 forbids');
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}`);
  };
  const decode = (raw: string): string => {
    if (/[<]/.test(raw)) fail('raw < in text or attribute');
    return raw.replace(/&([^;]*);|&/g, (m, name: string | undefined) => {
      if (name === undefined) return fail('raw &');
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? fail(`unknown entity &${name};`);
    });
  };
  const skipSpace = (): void => {
    while (/\s/.test(source[at] ?? '')) at += 1;
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('expected <');
    at += 1;
    const name = NAME.exec(source.slice(at))?.[0] ?? fail('expected a tag name');
    at += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      if (before === at) fail('expected a space before an attribute');
      const attr = NAME.exec(source.slice(at))?.[0] ?? fail('expected an attribute name');
      at += attr.length;
      if (source[at] !== '=' || source[at + 1] !== '"') fail('expected ="');
      const end = source.indexOf('"', at + 2);
      if (end < 0) fail('unclosed attribute');
      if (attr in attributes) fail(`duplicate attribute ${attr}`);
      attributes[attr] = decode(source.slice(at + 2, end));
      at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = source.indexOf('<', at);
      if (next < 0) fail(`unclosed <${name}>`);
      text += decode(source.slice(at, next));
      at = next;
      if (source.startsWith('</', at)) {
        const close = `</${name}>`;
        if (!source.startsWith(close, at)) fail(`expected ${close}`);
        at += close.length;
        return { name, attributes, children, text };
      }
      if (source.startsWith('<!', at) || source.startsWith('<?', at)) fail('markup the report never writes');
      children.push(element());
    }
  };
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(source);
  if (declaration) at = declaration[0].length;
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== source.length) fail('content after the root element');
  return root;
}
