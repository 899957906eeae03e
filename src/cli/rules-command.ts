import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, getRule } from '../engine/registry';
import { docsPath, type Rule } from '../engine/rule';
import { UsageError } from './inputs';

/** The package root (docs/ ships with the package). */
const PACKAGE_ROOT = join(__dirname, '..', '..', '..');

export interface RuleDescription {
  id: string;
  title: string;
  severity: string;
  category: string;
  preset: string;
  anchors: string[];
  docs: string;
}

export function describeRule(rule: Rule): RuleDescription {
  const { title, severity, category, preset, anchors } = rule.meta;
  return { id: rule.id, title, severity, category, preset, anchors, docs: docsPath(rule.id) };
}

export function listRules(format: 'text' | 'json'): string {
  const rules = allRules().map(describeRule);
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.preset.padEnd(11)}  ${rule.title}`);
  return `${'id'.padEnd(width)}  severity preset       title\n${lines.join('\n')}\n\nRun 'cloudfront-lint rules <id>' for the rationale, examples and fix.\n`;
}

export function explainRule(id: string, format: 'text' | 'json'): string {
  const rule = getRule(id);
  if (!rule) throw new UsageError(`Unknown rule '${id}' (see 'cloudfront-lint rules').`);
  const description = describeRule(rule);
  if (format === 'json') return `${JSON.stringify({ ...description, rationale: rule.meta.rationale }, null, 2)}\n`;
  const docFile = join(PACKAGE_ROOT, description.docs);
  const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : undefined;
  const header = [
    `${rule.id}: ${rule.meta.title}`,
    `severity ${rule.meta.severity} · preset ${rule.meta.preset} · category ${rule.meta.category}`,
    '',
    rule.meta.rationale,
    '',
    `Equivalent checks: ${rule.meta.anchors.length ? rule.meta.anchors.join(', ') : 'none known'}`,
  ].join('\n');
  return doc ? `${header}\n\n${doc.trimEnd()}\n` : `${header}\n`;
}
