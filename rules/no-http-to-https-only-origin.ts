import { HTTPS_ONLY_KINDS, KIND_DESCRIPTIONS, behaviorLabel, capitalize, defineRule, domainLabel, listLabels, originLabel, routesTo } from '../src/rule-kit';

export default defineRule({
  id: 'no-http-to-https-only-origin',
  meta: {
    title: 'Origins that accept only HTTPS must not be reached over HTTP',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'API Gateway endpoints and Lambda function URLs do not listen for HTTP; CloudFront answers requests it sends them over HTTP with 502 Bad Gateway.',
    messages: {
      httpOnly:
        "{{origin}} ({{domain}}) is {{kind}}, which accepts only HTTPS, but its OriginProtocolPolicy is 'http-only': every request through it fails with 502.",
      matchViewer:
        "{{origin}} ({{domain}}) is {{kind}}, which accepts only HTTPS, but its OriginProtocolPolicy is 'match-viewer': HTTP viewers of {{behaviors}} (ViewerProtocolPolicy 'allow-all') make CloudFront use HTTP and get 502.",
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      if (!origin.kind || !HTTPS_ONLY_KINDS.includes(origin.kind) || !origin.customOriginConfig) continue;
      const data = { origin: capitalize(originLabel(origin)), domain: domainLabel(origin), kind: KIND_DESCRIPTIONS[origin.kind] };
      const policy = origin.customOriginConfig.originProtocolPolicy;
      if (policy === 'http-only') {
        // "Reached": an origin no behavior targets is no-unused-origin's concern.
        if (routesTo(distribution, origin).length === 0) continue;
        context.report({ node: origin.customOriginConfig, field: 'originProtocolPolicy', messageId: 'httpOnly', data });
      } else if (policy === 'match-viewer') {
        const behaviors = routesTo(distribution, origin)
          .filter(({ behavior }) => behavior.viewerProtocols?.includes('http'))
          .map(({ behavior }) => behaviorLabel(behavior));
        if (behaviors.length === 0) continue;
        context.report({
          node: origin.customOriginConfig,
          field: 'originProtocolPolicy',
          messageId: 'matchViewer',
          data: { ...data, behaviors: listLabels(behaviors) },
        });
      }
    }
  },
});
