import { allBehaviors, behaviorLabel, capitalize, defineRule, isKnown, type CacheBehavior } from '../src/rule-kit';

const COOKIE_FORWARD = ['none', 'whitelist', 'all'];
const TTLS = [
  ['minTtl', 'MinTTL'],
  ['defaultTtl', 'DefaultTTL'],
  ['maxTtl', 'MaxTTL'],
] as const;

export default defineRule({
  id: 'valid-cache-settings',
  meta: {
    title: 'Legacy cache settings must be consistent',
    severity: 'warning',
    category: 'correctness',
    preset: 'recommended',
    anchors: ['cfn-lint W3704', 'cfn-lint E3722'],
    rationale:
      'A behavior with a cache policy ignores its legacy ForwardedValues; without one, Cookies.Forward must be none, whitelist or all, and MinTTL <= DefaultTTL <= MaxTTL (CloudFront rejects other orders with InvalidTTLOrder).',
    messages: {
      ignoredForwardedValues:
        '{{behavior}} has both CachePolicyId and legacy ForwardedValues; the cache policy decides, so ForwardedValues is ignored: remove it (or move its settings into the cache and origin request policies).',
      rejectedForwardedValues:
        '{{behavior}} has both CachePolicyId and legacy ForwardedValues; the CloudFront API rejects this (InvalidArgument: ForwardedValues cannot be used with a cache policy): remove ForwardedValues.',
      cookieForward: "{{behavior}} sets Cookies.Forward to {{value}}; CloudFront accepts only 'none', 'whitelist' or 'all'.",
      ttlOrder: '{{behavior}} has {{lower}} {{lowerValue}} greater than {{higher}} {{higherValue}}; CloudFront requires MinTTL <= DefaultTTL <= MaxTTL and rejects this with InvalidTTLOrder.',
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      const label = capitalize(behaviorLabel(behavior));
      const forwarded = behavior.forwardedValues;
      // Any CachePolicyId but '' (CloudFormation's "none"), even an unresolved one, means the behavior
      // uses the cache policy model.
      if (behavior.cachePolicyId !== undefined && behavior.cachePolicyId !== '') {
        if (!forwarded) continue;
        // CloudFormation is reported to drop ForwardedValues (cfn-lint W3704); the API refuses the pair,
        // and the Terraform provider sends both to the API.
        const api = distribution.source === 'cloudfront-api' || distribution.source === 'terraform-plan';
        context.report({
          node: forwarded,
          messageId: api ? 'rejectedForwardedValues' : 'ignoredForwardedValues',
          data: { behavior: label },
          severity: api ? 'error' : undefined,
        });
        continue;
      }
      const cookies = forwarded?.cookiesForward;
      if (forwarded && typeof cookies === 'string' && !COOKIE_FORWARD.includes(cookies)) {
        context.report({ node: forwarded, field: 'cookiesForward', messageId: 'cookieForward', data: { behavior: label, value: `'${cookies}'` }, severity: 'error' });
      }
      reportTtlOrder(behavior, label, context.report);
    }
  },
});

/** Compares only TTLs that are written: CloudFront's defaults differ between API and CloudFormation. */
function reportTtlOrder(
  behavior: CacheBehavior,
  label: string,
  report: (descriptor: { node: CacheBehavior; field: string; messageId: 'ttlOrder'; data: Record<string, string | number>; severity: 'error' }) => void,
): void {
  const written = TTLS.flatMap(([field, name]) => {
    const value = behavior[field];
    return isKnown(value) ? [{ field, name, value }] : [];
  });
  for (let i = 0; i < written.length - 1; i++) {
    const lower = written[i]!;
    const higher = written[i + 1]!;
    if (lower.value <= higher.value) continue;
    report({
      node: behavior,
      field: higher.field,
      messageId: 'ttlOrder',
      severity: 'error',
      data: { behavior: label, lower: lower.name, lowerValue: lower.value, higher: higher.name, higherValue: higher.value },
    });
    return;
  }
}
