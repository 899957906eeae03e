import type { Finding } from '../engine/findings';
import type { LintRun } from '../lint';
import type { SourceDocument } from '../load/source';
import type { Reporter } from './types';

interface Paint {
  file(text: string): string;
  error(text: string): string;
  warning(text: string): string;
  info(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const PLAIN: Paint = { file: (t) => t, error: (t) => t, warning: (t) => t, info: (t) => t, dim: (t) => t, bold: (t) => t };

function paint(color: boolean): Paint {
  if (!color) return PLAIN;
  // chalk is loaded only when colours are on (not in pre-commit hooks or CI logs without a TTY).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const chalk = new (require('chalk') as typeof import('chalk')).Instance({ level: 1 });
  return {
    file: (t) => chalk.underline(t),
    error: (t) => chalk.red(t),
    warning: (t) => chalk.yellow(t),
    info: (t) => chalk.blue(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
  };
}

const FRAME_WIDTH = 100;

/** The offending line with a caret underline; long (minified) lines are windowed around the column. */
export function codeFrame(doc: SourceDocument, finding: Finding, p: Paint): string[] {
  const text = doc.redactedLineText(finding.line).replace(/\t/g, ' ');
  if (text.trim() === '') return [];
  const start = finding.column - 1;
  const end = finding.endLine === finding.line ? Math.max(finding.endColumn - 1, start + 1) : Math.max(text.length, start + 1);
  let from = 0;
  let shown = text;
  if (text.length > FRAME_WIDTH) {
    from = Math.max(0, Math.min(start - 20, text.length - FRAME_WIDTH));
    shown = (from > 0 ? '…' : '') + text.slice(from, from + FRAME_WIDTH) + (from + FRAME_WIDTH < text.length ? '…' : '');
    if (from > 0) from -= 1;
  }
  const gutter = String(finding.line);
  const caretStart = start - from;
  const caretLength = Math.max(1, Math.min(end, from + FRAME_WIDTH + 1) - start);
  return [
    `${p.dim(` ${gutter} |`)} ${shown}`,
    `${p.dim(` ${' '.repeat(gutter.length)} |`)} ${' '.repeat(Math.max(0, caretStart))}${p[finding.severity]('^'.repeat(caretLength))}`,
  ];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Grouped per file, with code frames and a summary that says why the exit code is what it is. */
export const stylish: Reporter = (run: LintRun, context) => {
  const p = paint(context.color);
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of run.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  for (const [file, findings] of byFile) {
    lines.push(p.file(file));
    const doc = run.documents.get(file);
    for (const finding of findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(8);
      const severity = p[finding.severity](finding.severity.padEnd(7));
      const resource = finding.cdkPath ? ` ${p.dim(`(${finding.cdkPath})`)}` : '';
      lines.push(`  ${p.dim(where)} ${severity} ${finding.message}  ${p.dim(finding.ruleId)}${resource}`);
      if (doc) lines.push(...codeFrame(doc, finding, p).map((line) => `    ${line}`));
    }
    lines.push('');
  }
  const { summary } = run.report;
  const scope = `${plural(summary.files, 'file')}, ${plural(summary.distributions, 'distribution')}`;
  const suppressed = summary.suppressed ? `; ${summary.suppressed} suppressed` : '';
  const total = summary.error + summary.warning + summary.info;
  if (total === 0) {
    lines.push(`${p.bold('✔')} No problems (${scope}${suppressed}).`);
  } else {
    const counts = `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
    const mark = summary.error ? p.error('✖') : p.warning('⚠');
    lines.push(`${mark} ${p.bold(`${plural(total, 'problem')}`)} (${counts}) in ${scope}${suppressed}.`);
  }
  lines.push(p.dim(`Exit code ${run.exitCode}: ${run.exitReason}.`));
  return `${lines.join('\n')}\n`;
};
