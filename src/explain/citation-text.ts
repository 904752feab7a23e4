import type { Citation } from '../schema/citation.js';

/**
 * A citation as one line of text: title, article and link.
 *
 * @param c - the citation
 * @returns the text
 * @example
 * citationText({ title: 'Law 26/2024', article: 'art. 1(1)' }) //=> 'Law 26/2024, art. 1(1)'
 * @since 0.1.0
 */
export function citationText(c: Citation): string {
  return [c.title, c.article, c.href].filter((x) => x !== undefined && x !== '').join(', ');
}
