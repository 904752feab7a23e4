import type { Citation } from '../schema/citation.js';
import type { Translator } from './create-translator.js';

/**
 * A citation in the reader's language: the act's title from the label
 * `ui.citation.title.<key>` and the article from `ui.citation.article.<key>`, where the key is the
 * English text as the rule set writes it, in lower case with every run of other characters a
 * hyphen (`citationKey`). Rule-set files are never edited to change their meaning, so the key is
 * stable; a link would not do, since several citations have none and one link serves two titles
 * (the order and its annex). A citation no pack knows, such as one of an agency's own rule sets,
 * is kept as written; an agency's pack may add `ui.citation.*` labels for its own.
 *
 * @param c - the citation as the rule set writes it (English)
 * @param tr - the translator of the output
 * @returns the citation with its title and article in the translator's language
 * @example
 * localCitation({ title: 'Law 26/2024 on the protection order (MO 172/04.03.2024)', article: 'art. 1(1)' }, createTranslator('ro')).title
 * //=> 'Legea nr. 26/2024 privind ordinul de protecție (M. Of. nr. 172/04.03.2024)'
 * @since 0.1.0
 */
export function localCitation(c: Citation, tr: Pick<Translator, 't'>): Citation {
  const article = c.article === undefined ? undefined : tr.t(`ui.citation.article.${citationKey(c.article)}`, {}, c.article);
  return {
    title: tr.t(`ui.citation.title.${citationKey(c.title)}`, {}, c.title),
    ...(c.href === undefined ? {} : { href: c.href }),
    ...(article === undefined ? {} : { article }),
  };
}

/**
 * The label key of a citation's title or article: lower case, every run of characters other than
 * letters and digits one hyphen, at most 150 characters.
 *
 * @param text - the title or article as the rule set writes it
 * @returns the key
 * @example
 * citationKey('Law 240/2023 amending Law 217/2003') //=> 'law-240-2023-amending-law-217-2003'
 * @since 0.1.0
 */
export function citationKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 150).replace(/-$/, '');
}
