import type { Reporter } from './types';

/** Design §3: deterministic, two-space indented, one trailing newline. */
export const json: Reporter = (run) => `${JSON.stringify(run.report, null, 2)}\n`;
