import type { Severity } from './rule';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
  distribution?: string;
  fingerprint: string;
  /** CDK construct path (`aws:cdk:path` metadata) when the template was synthesised by CDK. */
  cdkPath?: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** Character offsets, for suppression spans and code frames (not part of the JSON contract). */
  offset: number;
  endOffset: number;
}

export interface SuppressedFinding extends Finding {
  suppression: { kind: 'metadata' | 'comment' | 'config'; reason: string };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function severityRank(severity: Severity | 'none'): number {
  return severity === 'none' ? Infinity : SEVERITY_RANK[severity];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
