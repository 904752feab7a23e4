/**
 * Where JSON text stops being JSON: the offset (in UTF-16 units) of the first character no JSON
 * text could have there, or the text's length when it ends too soon. V8's `JSON.parse` names the
 * position for some faults only ("Unexpected number in JSON at position 7") and not for others
 * (`{"a": x}`, `[1,,2]`, `garbage`), and a person needs the place. Called only after `JSON.parse`
 * refused the text: one linear pass with a stack of open containers (no recursion, so a million
 * brackets are no deeper for it than one).
 *
 * @param text - the text JSON.parse refused, without a byte-order mark
 * @returns the offset of the fault, or undefined when the text is valid JSON after all
 * @example
 * jsonSyntaxOffset('{"a": x}') //=> 6
 * jsonSyntaxOffset('[1,,2]') //=> 3
 * jsonSyntaxOffset('{"a": 1') //=> 7 (the end)
 * @since 0.1.0
 */
export function jsonSyntaxOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  // 0x7b: in an object, 0x5b: in an array.
  const open: number[] = [];
  const space = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      i++;
    }
  };
  /** Reads a string at i; false at its fault (i there). */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!/[0-9a-fA-F]/.test(text.charAt(i + k))) {
              i += k;
              return false;
            }
          }
          i += 6;
          continue;
        }
        if ('"\\/bfnrt'.includes(text.charAt(i + 1)) && i + 1 < n) {
          i += 2;
          continue;
        }
        i++;
        return false;
      }
      i++;
    }
    return false;
  };
  /** Reads a scalar or opens a container at i; false at its fault. */
  const value = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      open.push(c);
      i++;
      return true;
    }
    if (c === 0x22) return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    if (m.exec(text) === null) return false;
    i = m.lastIndex;
    return true;
  };

  space();
  if (i >= n || !value()) return i;
  // After a value (or an opened container): what may follow, until the text is whole.
  let justOpened = open.length > 0;
  for (;;) {
    space();
    const top = open[open.length - 1];
    if (top === undefined) return i < n ? i : undefined;
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    const close = top === 0x7b ? 0x7d : 0x5d;
    // After a value or an opening bracket, its closing bracket (a comma before it is refused below, where a value is expected).
    if (c === close) {
      open.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (c !== 0x2c) return i;
      i++;
      space();
      if (i >= n) return n;
    }
    if (top === 0x7b) {
      if (text.charCodeAt(i) !== 0x22 || !string()) return i;
      space();
      if (i >= n) return n;
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      space();
      if (i >= n) return n;
    }
    const depth = open.length;
    if (!value()) return i;
    justOpened = open.length > depth;
  }
}

