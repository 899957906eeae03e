import { isMap, isSeq, type SourceDocument, type Src } from './source';
import type { InlineSuppression } from './types';

const DIRECTIVE = /#\s*cloudfront-lint-disable-next-line\b(.*)$/;

/**
 * `# cloudfront-lint-disable-next-line <rule>[, <rule>] -- <reason>` suppresses those rules in the
 * YAML node that starts on the next content line: a whole resource, an origin, or one property.
 */
export function findCommentSuppressions(doc: SourceDocument, root: Src): InlineSuppression[] {
  if (!doc.text.includes('cloudfront-lint-disable')) return [];
  const out: InlineSuppression[] = [];
  const lines = doc.text.split('\n');
  let offset = 0;
  const lineOffsets = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    return start;
  });
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const [rulePart, ...reasonParts] = match[1].split(/\s--(?:\s|$)/);
    const rules = rulePart.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(' -- ').trim() || undefined;
    let next = index + 1;
    while (next < lines.length && /^\s*(#.*)?\r?$/.test(lines[next])) next++;
    const lineStart = lineOffsets[next] ?? doc.text.length;
    const lineEnd = lineStart + (lines[next]?.length ?? 0);
    const span = outermostNodeStartingIn(root, lineStart, lineEnd) ?? [lineStart, lineEnd];
    const at = lineOffsets[index] + line.indexOf('#');
    if (rules.length === 0) out.push({ rule: '', reason, span, offset: at });
    for (const rule of rules) out.push({ rule, reason, span, offset: at });
  });
  return out;
}

/** The widest node (with its key) whose text starts on the given line. */
function outermostNodeStartingIn(src: Src, lineStart: number, lineEnd: number): [number, number] | undefined {
  const start = src.keyRange?.[0] ?? src.range[0];
  if (start >= lineStart && start < lineEnd) return [start, Math.max(src.range[1], start)];
  if (src.range[1] < lineStart || (src.range[0] > lineEnd && (src.keyRange?.[0] ?? src.range[0]) > lineEnd)) return undefined;
  const children = isMap(src) ? [...src.entries.values()] : isSeq(src) ? src.items : [];
  for (const child of children) {
    const found = outermostNodeStartingIn(child, lineStart, lineEnd);
    if (found) return found;
  }
  return undefined;
}
