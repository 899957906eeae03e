import { allBehaviors, behaviorLabel, capitalize, defineRule } from '../src/rule-kit';

export default defineRule({
  id: 'require-key-groups',
  meta: {
    title: 'Sign URLs with key groups, not trusted signers',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: ['Security Hub CloudFront.17', 'AWS Config cloudfront-distribution-key-group-enabled'],
    rationale:
      'Trusted signers use CloudFront key pairs of an AWS account, which only the root user can manage and which IAM cannot control; trusted key groups use public keys managed with IAM permissions and can be rotated without root.',
    messages: {
      signers: '{{behavior}} verifies signed URLs with trusted signers (CloudFront key pairs of the root user); use TrustedKeyGroups with public keys instead.',
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      if ((behavior.trustedSigners?.length ?? 0) === 0) continue;
      context.report({ node: behavior, field: 'trustedSigners', messageId: 'signers', data: { behavior: capitalize(behaviorLabel(behavior)) } });
    }
  },
});
