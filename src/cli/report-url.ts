import pkg from '../../package.json';

/**
 * Where a bug in dv-rules is reported: the package's `bugs.url`.
 *
 * @example
 * REPORT_URL //=> 'https://github.com/dv-rules-ro/dv-rules-ro/issues'
 * @since 0.1.0
 */
export const REPORT_URL: string = pkg.bugs.url;
