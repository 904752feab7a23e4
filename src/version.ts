import pkg from '../package.json';

/** The library's version, as published (recorded in results for audit). */
export const VERSION: string = pkg.version;
