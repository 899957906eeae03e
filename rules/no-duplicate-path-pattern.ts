import { defineRule, orderedPatterns, positionedLabel, capitalize } from '../src/rule-kit';

export default defineRule({
  id: 'no-duplicate-path-pattern',
  meta: {
    title: 'Two behaviors must not have the same path pattern',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'CloudFront picks the first behavior whose pattern matches, so a second behavior with the same pattern (a leading / does not count) is never used, and its settings silently do nothing.',
    messages: {
      duplicate: '{{behavior}} has the same path pattern as {{first}}{{how}}; CloudFront always picks the first, so this behavior is never used.',
    },
  },
  check(distribution, context) {
    const firstByPattern = new Map<string, ReturnType<typeof orderedPatterns>[number]>();
    for (const entry of orderedPatterns(distribution)) {
      if (entry.pattern === undefined) continue;
      const first = firstByPattern.get(entry.pattern);
      if (!first) {
        firstByPattern.set(entry.pattern, entry);
        continue;
      }
      context.report({
        node: entry.behavior,
        field: 'pathPattern',
        messageId: 'duplicate',
        data: {
          behavior: capitalize(positionedLabel(entry.behavior)),
          first: positionedLabel(first.behavior),
          how: howTheSame(String(first.behavior.pathPattern), String(entry.behavior.pathPattern)),
        },
      });
    }
  },
});

/** Why two differently written patterns are the same one (empty when they are written alike). */
function howTheSame(a: string, b: string): string {
  const reasons: string[] = [];
  if (a.startsWith('/') !== b.startsWith('/')) reasons.push('a leading / makes no difference');
  if (/\*\*/.test(a + b)) reasons.push('** means the same as *');
  if (/&amp;/.test(a + b)) reasons.push('&amp; is how CloudFront writes &');
  return reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
}
