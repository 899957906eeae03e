import type { LintRun } from '../lint';

export interface ReportContext {
  /** Colours on (stylish only). */
  color: boolean;
}

export type Reporter = (run: LintRun, context: ReportContext) => string;
