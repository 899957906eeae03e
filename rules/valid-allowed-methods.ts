import { effectiveAllowedMethods, allBehaviors, behaviorLabel, capitalize, defineRule, isKnown, type CacheBehavior, type Val } from '../src/rule-kit';

/** cloudfront-facts §9: AllowedMethods is exactly one of these sets, CachedMethods one of the first two. */
const ALLOWED_SETS = [
  ['GET', 'HEAD'],
  ['GET', 'HEAD', 'OPTIONS'],
  ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
];
const CACHED_SETS = ALLOWED_SETS.slice(0, 2);

export default defineRule({
  id: 'valid-allowed-methods',
  meta: {
    title: 'AllowedMethods and CachedMethods must be sets CloudFront accepts',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'CloudFront accepts only three AllowedMethods sets (GET+HEAD, plus OPTIONS, or all seven) and two CachedMethods sets; other sets fail to deploy, and caching a method the behavior does not allow cannot work.',
    messages: {
      allowed:
        '{{behavior}} allows {{methods}}, which is not a set CloudFront accepts: use GET, HEAD; GET, HEAD, OPTIONS; or all seven (GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE).',
      cached: '{{behavior}} caches {{methods}}, which is not a set CloudFront accepts: use GET, HEAD or GET, HEAD, OPTIONS.',
      notSubset: '{{behavior}} caches {{extra}}, which it does not allow (AllowedMethods is {{allowed}}{{defaulted}}); cached methods must be allowed.',
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      const label = capitalize(behaviorLabel(behavior));
      const allowed = knownSet(behavior, 'allowedMethods');
      const cached = knownSet(behavior, 'cachedMethods');
      if (allowed && !isOneOf(allowed, ALLOWED_SETS)) {
        context.report({ node: behavior, field: 'allowedMethods', messageId: 'allowed', data: { behavior: label, methods: describe(allowed) } });
      }
      if (!cached) continue;
      if (!isOneOf(cached, CACHED_SETS)) {
        context.report({ node: behavior, field: 'cachedMethods', messageId: 'cached', data: { behavior: label, methods: describe(cached) } });
        continue;
      }
      // Without AllowedMethods CloudFront allows GET and HEAD; an unresolved list cannot be judged.
      const effective = effectiveAllowedMethods(behavior);
      if (!effective || !isOneOf(effective, ALLOWED_SETS)) continue;
      const extra = cached.filter((method) => !effective.includes(method));
      if (extra.length === 0) continue;
      context.report({
        node: behavior,
        field: 'cachedMethods',
        messageId: 'notSubset',
        key: 'subset',
        data: {
          behavior: label,
          extra: extra.join(', '),
          allowed: effective.join(', '),
          defaulted: allowed ? '' : ' by default',
        },
      });
    }
  },
});

/** The list's methods when every item is a known literal (duplicates kept, for the message). */
function knownSet(behavior: CacheBehavior, field: 'allowedMethods' | 'cachedMethods'): string[] | undefined {
  const list: Val<string>[] | undefined = behavior[field];
  if (!list || behavior.incomplete?.has(field) || !list.every(isKnown)) return undefined;
  return list as string[];
}

function isOneOf(methods: string[], sets: string[][]): boolean {
  return sets.some((set) => set.length === methods.length && set.every((method) => methods.includes(method)));
}

function describe(methods: string[]): string {
  return methods.length ? methods.join(', ') : 'no methods';
}
