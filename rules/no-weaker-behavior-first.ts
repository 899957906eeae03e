import { Budget, CHECK_BUDGET, DISTRIBUTION_BUDGET, displayPath, takenPath } from '../src/paths';
import { Unresolved, VIEWER_POLICY_RANK, behaviorLabel, defineRule, listLabels, orderedPatterns, type CacheBehavior } from '../src/rule-kit';

/** Whether a behavior enforces something: 'yes', 'no', or undefined when it cannot be told. */
type Enforces = 'yes' | 'no' | undefined;

interface Aspect {
  /** What the later behavior enforces, e.g. "https-only". */
  later: (behavior: CacheBehavior) => string;
  /** What the earlier behavior does instead. */
  earlier: (behavior: CacheBehavior) => string;
  weaker: (earlier: CacheBehavior, later: CacheBehavior) => boolean;
}

function protocolRank(behavior: CacheBehavior): number | undefined {
  const policy = behavior.viewerProtocolPolicy;
  return typeof policy === 'string' ? VIEWER_POLICY_RANK[policy] : undefined;
}

function signedUrls(behavior: CacheBehavior): Enforces {
  const lists = [behavior.trustedKeyGroups ?? [], behavior.trustedSigners ?? []];
  if (lists.some((list) => list.length > 0)) return 'yes';
  if (behavior.incomplete?.has('trustedKeyGroups') || behavior.incomplete?.has('trustedSigners')) return undefined;
  return 'no';
}

function fieldLevelEncryption(behavior: CacheBehavior): Enforces {
  const id = behavior.fieldLevelEncryptionId;
  if (id === undefined || id === '') return 'no';
  if (typeof id === 'string') return 'yes';
  // A reference to a resource of the template is an id; a parameter could be empty.
  return id.ref && !id.invalid ? 'yes' : undefined;
}

function viewerRequestCode(behavior: CacheBehavior): Enforces {
  const associations = [...behavior.functionAssociations, ...behavior.lambdaFunctionAssociations];
  if (associations.some((association) => association.eventType === 'viewer-request')) return 'yes';
  const unknown =
    behavior.incomplete?.has('functionAssociations') ||
    behavior.incomplete?.has('lambdaFunctionAssociations') ||
    associations.some((association) => association.eventType instanceof Unresolved);
  return unknown ? undefined : 'no';
}

const enforced = (read: (behavior: CacheBehavior) => Enforces) => (earlier: CacheBehavior, later: CacheBehavior) =>
  read(earlier) === 'no' && read(later) === 'yes';

const ASPECTS: Aspect[] = [
  {
    later: (b) => String(b.viewerProtocolPolicy),
    earlier: (b) => String(b.viewerProtocolPolicy),
    weaker: (earlier, later) => {
      const [e, l] = [protocolRank(earlier), protocolRank(later)];
      return e !== undefined && l !== undefined && e < l;
    },
  },
  { later: () => 'signed URLs required', earlier: () => 'no signed URLs', weaker: enforced(signedUrls) },
  { later: () => 'field-level encryption', earlier: () => 'no field-level encryption', weaker: enforced(fieldLevelEncryption) },
  { later: () => 'a viewer-request function', earlier: () => 'no viewer-request function', weaker: enforced(viewerRequestCode) },
];

export default defineRule({
  id: 'no-weaker-behavior-first',
  meta: {
    title: 'A weaker behavior must not take requests meant for a stricter later one',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [],
    rationale:
      'CloudFront uses the first behavior whose path pattern matches. When an earlier, overlapping behavior is weaker (plain HTTP allowed, no signed URLs, no field-level encryption, no viewer-request function), requests meant for the stricter behavior get the weaker treatment.',
    messages: {
      weaker:
        'GET {{path}} is served by {{earlier}} ({{earlierTraits}}), not {{later}} ({{laterTraits}}); list {{later}} before it or narrow the earlier pattern.',
    },
  },
  check(distribution, context) {
    // A behavior that cannot be read could be listed before the earlier one and serve the path itself.
    if (distribution.incomplete?.has('cacheBehaviors')) return;
    const budget = new Budget(DISTRIBUTION_BUDGET);
    const entries = orderedPatterns(distribution);
    const undecided: string[] = [];
    entries.forEach((later, laterPosition) => {
      if (later.pattern === undefined) return;
      // A later copy of an earlier pattern is never used at all: no-duplicate-path-pattern's finding.
      if (entries.slice(0, laterPosition).some((entry) => entry.pattern === later.pattern)) return;
      for (let position = 0; position < laterPosition; position++) {
        const earlier = entries[position]!;
        if (earlier.pattern === undefined) continue;
        const aspects = ASPECTS.filter((aspect) => aspect.weaker(earlier.behavior, later.behavior));
        if (aspects.length === 0) continue;
        const before = entries.slice(0, position).map((entry) => entry.pattern);
        // An unresolved pattern listed before the earlier behavior could serve every shared path itself.
        if (before.some((pattern) => pattern === undefined)) return;
        const taken = takenPath(earlier.pattern, later.pattern, before as string[], budget.child(CHECK_BUDGET));
        if (taken.kind === 'budget') {
          undecided.push(`#${earlier.behavior.index + 1} before #${later.behavior.index + 1}`);
          continue;
        }
        if (taken.kind === 'none') continue;
        context.report({
          node: later.behavior,
          field: 'pathPattern',
          messageId: 'weaker',
          key: `after:${earlier.pattern}`,
          data: {
            path: displayPath(taken.path),
            earlier: behaviorLabel(earlier.behavior),
            later: behaviorLabel(later.behavior),
            earlierTraits: aspects.map((aspect) => aspect.earlier(earlier.behavior)).join(', '),
            laterTraits: aspects.map((aspect) => aspect.later(later.behavior)).join(', '),
          },
        });
      }
    });
    if (undecided.length > 0) {
      context.note(
        `behavior pair${undecided.length > 1 ? 's' : ''} ${listLabels(undecided, 3)} ${undecided.length > 1 ? 'were' : 'was'} not compared within the analysis budget; no finding is reported for ${undecided.length > 1 ? 'them' : 'it'}.`,
      );
    }
  },
});
