import { Budget, CHECK_BUDGET, DISTRIBUTION_BUDGET, ANY, displayPath, findPath } from '../src/paths';
import { behaviorLabel, defineRule, orderedPatterns, type CacheBehavior, type Distribution } from '../src/rule-kit';

/** At most this many changed routes are reported per distribution (each with its own witness). */
const MAX_FINDINGS = 5;

interface Served {
  behavior: CacheBehavior | undefined;
  /** Normalised pattern (`*` for the default behavior). */
  pattern: string;
  /** Patterns listed before it. */
  earlier: string[];
}

export default defineRule({
  id: 'no-routing-change',
  meta: {
    title: 'Show requests that a change sends to another behavior',
    severity: 'info',
    category: 'correctness',
    preset: 'all',
    anchors: [],
    needsBefore: true,
    rationale:
      'Reordering, adding or editing path patterns changes which behavior serves some requests, and with it their protocol policy, origin, cache and functions. A concrete example request makes the change reviewable.',
    messages: {
      moved: 'GET {{path}} was served by {{before}} and is now served by {{after}}.',
    },
  },
  check(distribution, context) {
    const before = context.before;
    if (!before) return;
    const [was, now] = [servedList(before), servedList(distribution)];
    if (!was || !now) return;
    const budget = new Budget(DISTRIBUTION_BUDGET);
    let reported = 0;
    let undecided = 0;
    for (const after of now) {
      for (const earlier of was) {
        if (reported >= MAX_FINDINGS) break;
        // The same pattern before and after is the same behavior: no route change between them.
        if (earlier.pattern === after.pattern) continue;
        const result = findPath([earlier.pattern, after.pattern], [...earlier.earlier, ...after.earlier], budget.child(CHECK_BUDGET));
        if (result.kind === 'budget') {
          undecided++;
          continue;
        }
        if (result.kind === 'none') continue;
        reported++;
        context.report({
          node: after.behavior ?? distribution,
          field: after.behavior && !after.behavior.isDefault ? 'pathPattern' : undefined,
          key: `from:${earlier.pattern}`,
          messageId: 'moved',
          data: { path: displayPath(result.path), before: label(earlier), after: label(after) },
        });
      }
    }
    if (undecided > 0) context.note(`${undecided} pair${undecided > 1 ? 's' : ''} of old and new behaviors were not compared within the analysis budget; no finding is reported for them.`);
  },
});

/** Every behavior with the patterns listed before it; undefined when a pattern is unresolved. */
function servedList(distribution: Distribution): Served[] | undefined {
  const entries = orderedPatterns(distribution);
  if (entries.some((entry) => entry.pattern === undefined) || distribution.incomplete?.has('cacheBehaviors')) return undefined;
  const patterns = entries.map((entry) => entry.pattern!);
  const served: Served[] = entries.map((entry, index) => ({ behavior: entry.behavior, pattern: entry.pattern!, earlier: patterns.slice(0, index) }));
  served.push({ behavior: distribution.defaultCacheBehavior, pattern: ANY, earlier: patterns });
  return served;
}

function label(served: Served): string {
  return served.behavior && !served.behavior.isDefault ? behaviorLabel(served.behavior) : 'the default behavior';
}
