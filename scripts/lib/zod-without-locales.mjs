// An esbuild plugin that copies zod without its 64 locales (used by tsup.config.ts for dist/ and by
// scripts/build-playground.mjs for the classroom page). zod's namespaces `z` and `z.core` re-export
// every locale, and esbuild keeps every member of a namespace that is handed out. The copy keeps
// the `en` locale zod registers by default; a caller who wants another sets it with their own zod
// (`z.config` is shared by the copies, on globalThis), from their own zod's locales.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The two namespace files that re-export the locales (`z.locales`, `z.core.locales`). */
const NAMESPACE_FILES = /[\\/]zod[\\/]v4[\\/](?:classic[\\/]external|core[\\/]index)\.js$/;

/** @type {import('esbuild').Plugin} */
export const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(build) {
    build.onLoad({ filter: NAMESPACE_FILES }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const lean = text.replace(/^export \* as locales from .*$/m, '');
      // A zod release that moves the line fails the build here rather than shipping every locale unseen.
      if (lean === text) throw new Error(`zod-without-locales: ${args.path} no longer has the locales line this plugin removes`);
      return { contents: lean, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};
