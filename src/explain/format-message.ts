import { messagesEn, type MessageCode } from './messages-en.js';

/**
 * Fills a message template with its parameters.
 *
 * @param code - a message code
 * @param params - values for the template's `{placeholders}`
 * @returns the message text
 * @example
 * formatMessage('risk-form.group-not-met', { yes: 1, group: 'questions 1-7', threshold: 2 })
 * //=> '1 YES among questions 1-7 against a threshold of 2: not met.'
 * @since 0.1.0
 */
export function formatMessage(code: MessageCode, params: Readonly<Record<string, string | number>>): string {
  return messagesEn[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
