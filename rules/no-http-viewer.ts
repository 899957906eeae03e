import { allBehaviors, behaviorLabel, capitalize, defineRule } from '../src/rule-kit';

export default defineRule({
  id: 'no-http-viewer',
  meta: {
    title: 'Viewers must not be allowed to use plain HTTP',
    severity: 'error',
    category: 'security',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.3',
      'AWS Config cloudfront-viewer-policy-https',
      'Checkov CKV_AWS_34',
      'Trivy AWS-0012',
      'KICS 31733ee2-fef0-4e87-9778-65da22a8ecf1',
      'KICS 55af1353-2f62-4fa0-a8e1-a210ca2708f5',
      'Prowler cloudfront_distributions_https_enabled',
    ],
    rationale:
      "With ViewerProtocolPolicy 'allow-all' a behavior serves content over plain HTTP, so requests, cookies and responses can be read and altered on the way.",
    messages: {
      allowAll: "{{behavior}} accepts plain HTTP from viewers (ViewerProtocolPolicy 'allow-all'); use 'redirect-to-https' or 'https-only'.",
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      if (behavior.viewerProtocolPolicy !== 'allow-all') continue;
      context.report({
        node: behavior,
        field: 'viewerProtocolPolicy',
        messageId: 'allowAll',
        data: { behavior: capitalize(behaviorLabel(behavior)) },
      });
    }
  },
});
