/** Programmatic API: `import { lint } from 'cloudfront-lint'`. */
export { lint, runLint, ConfigError, UsageError, type LintOptions, type LintReport, type JsonFinding, type LintRun } from './lint';
export { allRules, getRule } from './engine/registry';
export type { Rule, RuleMeta, Severity } from './engine/rule';
export type { Distribution } from './model/types';
