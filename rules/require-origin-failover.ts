import { defineRule } from '../src/rule-kit';

export default defineRule({
  id: 'require-origin-failover',
  meta: {
    title: 'Configure origin failover',
    severity: 'info',
    category: 'resilience',
    preset: 'all',
    anchors: ['Security Hub CloudFront.4', 'AWS Config cloudfront-origin-failover-enabled', 'Checkov CKV_AWS_310', 'Prowler cloudfront_distributions_multiple_origin_failover_configured'],
    rationale: 'An origin group with a primary and a secondary origin lets CloudFront retry GET, HEAD and OPTIONS requests on the secondary when the primary fails or times out.',
    messages: {
      noGroup: 'The distribution has no origin group with two origins, so there is no failover when an origin fails; add an origin group (primary and secondary) for the behaviors that matter.',
    },
  },
  check(distribution, context) {
    if (distribution.incomplete?.has('originGroups') || distribution.missingFields.has('OriginGroups')) return;
    if (distribution.originGroups.some((group) => group.memberOriginIds.length === 2 || group.incomplete?.has('memberOriginIds'))) return;
    context.report({ node: distribution, field: distribution.originGroups.length ? 'originGroups' : 'origins', messageId: 'noGroup' });
  },
});
