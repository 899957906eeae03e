import { certificateSource, defineRule, isKnown } from '../src/rule-kit';

export default defineRule({
  id: 'require-sni',
  meta: {
    title: 'Serve custom certificates with SNI',
    severity: 'warning',
    category: 'cost',
    preset: 'recommended',
    anchors: ['Security Hub CloudFront.8', 'AWS Config cloudfront-sni-enabled', 'cdk-nag AwsSolutions-CFR4', 'Prowler cloudfront_distributions_https_sni_enabled'],
    rationale:
      "SslSupportMethod 'vip' gives the certificate dedicated IP addresses at every edge location for clients without SNI, at a large monthly charge; 'static-ip' is only for accounts AWS enabled. Every current client supports SNI.",
    messages: {
      dedicated: "SslSupportMethod {{value}} {{why}}; use 'sni-only'.",
    },
  },
  check(distribution, context) {
    const certificate = distribution.viewerCertificate;
    const method = certificate?.sslSupportMethod;
    if (!certificate || !isKnown(method) || (method !== 'vip' && method !== 'static-ip')) return;
    const source = certificateSource(distribution);
    // The API returns 'vip' for the default certificate; it means nothing there.
    if (source !== 'acm' && source !== 'iam') return;
    const why =
      method === 'vip'
        ? 'serves the certificate from dedicated IP addresses (an extra monthly charge, only needed by clients without SNI)'
        : 'is only for accounts CloudFront enabled for static IPs';
    context.report({ node: certificate, field: 'sslSupportMethod', messageId: 'dedicated', data: { value: `'${method}'`, why } });
  },
});
