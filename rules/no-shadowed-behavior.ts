import {
  Budget,
  CHECK_BUDGET,
  DISTRIBUTION_BUDGET,
  coverage,
  type OrderedPattern,
} from '../src/paths';
import { behaviorLabel, capitalize, defineRule, listLabels, orderedPatterns, positionedLabel } from '../src/rule-kit';

export default defineRule({
  id: 'no-shadowed-behavior',
  meta: {
    title: 'Every ordered behavior must be reachable',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'CloudFront uses the first behavior whose path pattern matches, so a behavior whose every path is matched by earlier behaviors is never selected, and whatever it enforces (HTTPS, signed URLs, functions) never applies.',
    messages: {
      shadowed: '{{behavior}} can never be selected: every path it matches is matched first by {{cover}}.',
    },
  },
  check(distribution, context) {
    const budget = new Budget(DISTRIBUTION_BUDGET);
    const earlier: OrderedPattern[] = [];
    const entries = orderedPatterns(distribution);
    const undecided: string[] = [];
    for (const entry of entries) {
      const { behavior, pattern } = entry;
      // An unresolved earlier pattern can only add cover, so known patterns that cover are enough.
      if (pattern === undefined) continue;
      // An identical earlier pattern is no-duplicate-path-pattern's finding.
      const duplicate = earlier.some((other) => other.pattern === pattern);
      if (!duplicate && earlier.length > 0) {
        const result = coverage(pattern, earlier, budget.child(CHECK_BUDGET));
        if (result.kind === 'covered') {
          const covering = result.by.map((index) => distribution.cacheBehaviors.find((other) => other.index === index)!);
          const cover =
            covering.length === 1
              ? positionedLabel(covering[0]!)
              : `${listLabels(covering.map(positionedLabel), covering.length)} together`;
          context.report({ node: behavior, field: 'pathPattern', messageId: 'shadowed', data: { behavior: capitalize(behaviorLabel(behavior)), cover } });
        } else if (result.kind === 'budget') {
          undecided.push(`#${behavior.index + 1}`);
        }
      }
      earlier.push({ index: behavior.index, pattern });
    }
    if (undecided.length > 0) {
      context.note(
        `whether behavior${undecided.length > 1 ? 's' : ''} ${listLabels(undecided, 5)} can ever be selected was not decided within the analysis budget; no finding is reported for ${undecided.length > 1 ? 'them' : 'it'}.`,
      );
    }
  },
});
