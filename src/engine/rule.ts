import type { SourceKind, Src } from '../load/source';
import type { Distribution, ModelNode } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Category = 'security' | 'correctness' | 'resilience' | 'performance' | 'cost' | 'hygiene';
export type Preset = 'recommended' | 'all' | 'always';

export interface RuleMeta<M extends string = string> {
  title: string;
  severity: Severity;
  category: Category;
  /** `recommended`: on by default; `all`: only with `--preset all`; `always`: cannot be turned off by presets. */
  preset: Preset;
  /** Equivalent checks of other tools (Security Hub, AWS Config, Checkov, cdk-nag, ...). */
  anchors: string[];
  /** One-sentence rationale shown by `rules <id>`; the long form lives in docs/rules/<id>.md. */
  rationale: string;
  /** Message templates by messageId, with `{{name}}` placeholders. */
  messages: Record<M, string>;
  /** JSON Schema of the rule's options (validated with ajv when options are given). */
  optionsSchema?: object;
  /** Source kinds the rule applies to; default: all. */
  appliesTo?: SourceKind[];
  /** A change rule: it runs only when an earlier version of the distribution is known (`context.before`). */
  needsBefore?: boolean;
}

export interface ReportDescriptor<M extends string = string> {
  node: ModelNode;
  /**
   * Point at this source value instead of `node.field` (rules that walk the input itself, such as
   * valid-schema). The node still names the finding in fingerprints.
   */
  at?: Src;
  /** Model field name on `node`; the finding points at that value (or at the node when absent). */
  field?: string;
  messageId: M;
  data?: Record<string, string | number>;
  /** A lower or higher severity for this finding than the rule's default (e.g. SSLv3 vs TLSv1). */
  severity?: Severity;
  /** Distinguishes several findings on the same field in fingerprints (e.g. the behavior involved). */
  key?: string;
}

export interface RuleContext<M extends string = string> {
  options: Record<string, unknown>;
  /** The earlier version of this distribution (`--before`, `--base`, a plan's prior state), when known. */
  before?: Distribution;
  report(descriptor: ReportDescriptor<M>): void;
  /**
   * Tells the user something that is not a finding, e.g. that an analysis gave up within its work
   * budget and stayed silent. Shown on stderr and in the JSON report's `notes`.
   */
  note(message: string): void;
}

export interface Rule<M extends string = string> {
  id: string;
  meta: RuleMeta<M>;
  check(distribution: Distribution, context: RuleContext<M>): void;
}

/** Identity helper that keeps messageIds typed. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
