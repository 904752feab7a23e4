/** What `answersSchema` accepts as a key (`^q[1-9][0-9]?$`): q1 … q99. */
function isItemId(key: string): boolean {
  const n = key.length;
  if ((n !== 2 && n !== 3) || key.charCodeAt(0) !== 0x71) return false;
  const d1 = key.charCodeAt(1);
  if (d1 < 0x31 || d1 > 0x39) return false;
  if (n === 2) return true;
  const d2 = key.charCodeAt(2);
  return d2 >= 0x30 && d2 <= 0x39;
}

/**
 * A copy of a case's answers, as `answersSchema` gives them (the same keys in the same order, the
 * same values), or undefined when a key is not an item id or a value not an answer (the full
 * validation then decides, with its paths). The copy has V8's fast properties: an object built key
 * by key goes to a slower dictionary form past about 16 keys (the 2018 form has 21 items), which
 * made every later read of it slower. It is a clone of a template object of the same keys, kept per
 * list of keys (a batch repeats one or a few), and then its values are set.
 *
 * @param answers - the answers object (plain, without symbol keys: the caller checked)
 * @param keys - its own enumerable keys, `Object.keys(answers)`
 * @returns the copy, or undefined
 * @example
 * copyAnswers({ q1: 'yes', q2: 'no' }, ['q1', 'q2']) //=> { q1: 'yes', q2: 'no' }
 * copyAnswers({ q1: 'maybe' }, ['q1']) //=> undefined
 * @since 0.1.0
 */
export function copyAnswers(answers: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, string> | undefined {
  for (const key of keys) if (!isItemId(key)) return undefined;
  const out: Record<string, string> = { ...templateFor(keys) };
  // Each value is read once and written into this call's own copy as it is checked: a getter
  // cannot show one value to the check and another to the copy, nor reach another call's copy.
  for (const key of keys) {
    const v = answers[key];
    if (v !== 'yes' && v !== 'no' && v !== 'unknown') return undefined;
    out[key] = v;
  }
  return out;
}

const templates: Array<{ keys: readonly string[]; object: Readonly<Record<string, string>> }> = [];

/** An object of these keys in this order, with fast properties (made by JSON.parse, which builds them so); the last few lists are kept. */
function templateFor(keys: readonly string[]): Readonly<Record<string, string>> {
  search: for (const t of templates) {
    if (t.keys.length !== keys.length) continue;
    for (let i = 0; i < keys.length; i++) if (t.keys[i] !== keys[i]) continue search;
    return t.object;
  }
  const object = JSON.parse(`{${keys.map((k) => `"${k}":0`).join(',')}}`) as Record<string, string>;
  if (templates.length >= 8) templates.shift();
  templates.push({ keys: keys.slice(), object });
  return object;
}
