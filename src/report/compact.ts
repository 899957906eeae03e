import type { Reporter } from './types';

/** `file:line:col: severity message [rule]`: one line per finding, for editors and problem matchers. */
export const compact: Reporter = (run) =>
  run.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]\n`).join('');
