import { behaviorLabel, capitalize, defineRule, domainLabel, listLabels, originLabel, routesTo } from '../src/rule-kit';

export default defineRule({
  id: 'no-https-to-s3-website',
  meta: {
    title: 'S3 website endpoints must be reached over HTTP with a custom origin configuration',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'S3 website endpoints speak HTTP on port 80 only and are custom origins: HTTPS to them fails, and CloudFront rejects S3OriginConfig on them.',
    messages: {
      s3OriginConfig:
        "{{origin}} uses S3OriginConfig with the S3 website endpoint {{domain}}: website endpoints are custom origins, so use CustomOriginConfig with OriginProtocolPolicy 'http-only' (or the bucket's REST endpoint with origin access control).",
      httpsOnly:
        "{{origin}} points at the S3 website endpoint {{domain}} with OriginProtocolPolicy 'https-only': website endpoints accept only HTTP on port 80, so every request fails.",
      matchViewer:
        "{{origin}} points at the S3 website endpoint {{domain}} with OriginProtocolPolicy 'match-viewer': HTTPS viewers of {{behaviors}} make CloudFront use HTTPS, which website endpoints do not accept.",
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      if (origin.kind !== 's3-website') continue;
      const data = { origin: capitalize(originLabel(origin)), domain: domainLabel(origin) };
      if (origin.s3OriginConfig) {
        context.report({ node: origin, field: 's3OriginConfig', messageId: 's3OriginConfig', data });
        continue;
      }
      const policy = origin.customOriginConfig?.originProtocolPolicy;
      if (policy === 'https-only') {
        context.report({ node: origin.customOriginConfig!, field: 'originProtocolPolicy', messageId: 'httpsOnly', data });
      } else if (policy === 'match-viewer') {
        const behaviors = routesTo(distribution, origin)
          .filter(({ behavior }) => behavior.viewerProtocols?.includes('https'))
          .map(({ behavior }) => behaviorLabel(behavior));
        if (behaviors.length === 0) continue;
        context.report({
          node: origin.customOriginConfig!,
          field: 'originProtocolPolicy',
          messageId: 'matchViewer',
          data: { ...data, behaviors: listLabels(behaviors) },
        });
      }
    }
  },
});

