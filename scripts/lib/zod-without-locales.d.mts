import type { Plugin } from 'esbuild';
/** An esbuild plugin that copies zod without its locales (see zod-without-locales.mjs). */
export declare const zodWithoutLocales: Plugin;
