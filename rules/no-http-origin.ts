import {
  HTTPS_ONLY_KINDS,
  behaviorLabel,
  defineRule,
  domainLabel,
  listLabels,
  originLabel,
  protocolField,
  routesTo,
} from '../src/rule-kit';

export default defineRule({
  id: 'no-http-origin',
  meta: {
    title: 'Origins should not be reached over HTTP',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.9',
      'AWS Config cloudfront-traffic-to-origin-encrypted',
      'cdk-nag AwsSolutions-CFR5',
      'Checkov CKV2_AWS_72',
      'Prowler cloudfront_distributions_origin_traffic_encrypted',
    ],
    rationale:
      'Requests and responses between CloudFront and the origin cross the internet; over HTTP they can be read and altered.',
    messages: {
      httpOrigin:
        'CloudFront fetches from {{origin}} ({{domain}}) over HTTP for {{behaviors}}, which allow{{s}} HTTP viewers: {{reason}}.',
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      // HTTPS-only endpoints fail instead (no-http-to-https-only-origin).
      if (origin.kind && HTTPS_ONLY_KINDS.includes(origin.kind)) continue;
      // Behaviors that require HTTPS are the headline rule's case (no-http-origin-behind-https-viewer).
      const cases = routesTo(distribution, origin).filter(
        ({ behavior, route }) => behavior.viewerProtocols?.includes('http') && route.protocolFor.http?.protocol === 'http',
      );
      if (cases.length === 0) continue;
      context.report({
        ...protocolField(origin),
        messageId: 'httpOrigin',
        data: {
          origin: originLabel(origin),
          domain: domainLabel(origin),
          behaviors: listLabels(cases.map(({ behavior }) => behaviorLabel(behavior))),
          s: cases.length === 1 ? 's' : '',
          reason: origin.kind === 's3-website' ? 'S3 website endpoints accept only HTTP' : cases[0].route.protocolFor.http!.reason,
        },
      });
    }
  },
});
