import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';

/**
 * Where a rule or a number comes from: the act (or report) title, a link, and the article.
 * Citations point to the text; they never copy it.
 * @since 0.1.0
 */
export const citationSchema = z.strictObject(lazyShape(() => ({
  title: z.string().min(1).max(500),
  href: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  article: z.string().min(1).max(200).optional(),
})));
export type Citation = z.infer<typeof citationSchema>;
