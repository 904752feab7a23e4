import type { Language } from '../../index.js';

/**
 * A scenario's free text written in both languages, "English / Română" (one " / " between them, the
 * shipped scenarios' habit for an officer's reason, which the case holds as one string), in the
 * session's language only; any other text as it is.
 *
 * @param text - the text, from a scenario's case
 * @param lang - the session's language
 * @returns the part in that language, or the text unchanged
 * @example
 * inSessionLanguage('The victim seemed calm / Victima părea calmă', 'ro') //=> 'Victima părea calmă'
 * @since 0.1.0
 */
export function inSessionLanguage(text: string, lang: Language): string {
  const parts = text.split(' / ');
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return text;
  return (lang === 'en' ? parts[0] : parts[1])!.trim();
}
