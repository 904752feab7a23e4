/** Builds the playground into `out` (default dist/playground); see build-playground.mjs. */
export function buildPlayground(out?: string): Promise<{ out: string; bytes: Record<string, number> }>;
