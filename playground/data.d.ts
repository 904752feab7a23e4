// Bundled in by scripts/build-playground.mjs: the shipped scenarios' YAML text and the timeline
// entries of scripts/lib/rule-set-files.mjs.
declare module 'playground-data' {
  export const scenarios: ReadonlyArray<{ file: string; text: string }>;
  export const timeline: ReadonlyArray<TimelineEntry>;
  export interface TimelineEntry {
    id: string;
    series: string;
    kind: string;
    effectiveFrom: string;
    title: string;
    summary: string;
    status: string;
    statuses: Record<string, number>;
  }
}
