/**
 * The last day to which this release knows the law: its release day (2026-12-01) plus a stated
 * margin of about seven months, to the end of the half-year. A case or act dated after it is still
 * judged under the newest rule sets, with the warning `LAW_NOT_KNOWN_AFTER`: a later change of the
 * law (or a mistyped year, 2204 for 2024) would otherwise pass unseen. Moved forward at each release
 * (docs/legal-timeline.md, "The horizon"); a test keeps it after every shipped rule set's date.
 * @since 0.1.0
 */
export const LAW_KNOWN_UNTIL = '2027-06-30';
