import { capitalize, defineRule, isKnown, listLabels, originLabel, protocolsTo, routesTo } from '../src/rule-kit';

/** cloudfront-facts §3.4: CloudFormation's default when OriginSSLProtocols is omitted. */
const CFN_DEFAULT = ['TLSv1', 'SSLv3'];
const WEAK = ['SSLv3', 'TLSv1', 'TLSv1.1'];

export default defineRule({
  id: 'no-outdated-origin-ssl-protocols',
  meta: {
    title: 'CloudFront must not reach origins with SSLv3 or TLS 1.0/1.1',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.10',
      'AWS Config cloudfront-no-deprecated-ssl-protocols',
      'Checkov CKV2_AWS_54',
      'cdk-nag AwsSolutions-CFR5',
      'Prowler cloudfront_distributions_using_deprecated_ssl_protocols',
    ],
    rationale:
      'OriginSslProtocols lists every protocol CloudFront may use to an HTTPS origin. SSLv3 is broken (POODLE) and TLS 1.0/1.1 are deprecated; CloudFormation even defaults to TLSv1 and SSLv3 when the list is omitted.',
    messages: {
      weak: '{{origin}} is reached over HTTPS and its {{field}} include {{protocols}}{{defaulted}}; allow only TLSv1.2.',
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      const config = origin.customOriginConfig;
      // An S3 website endpoint configured for HTTPS fails outright: no-https-to-s3-website's finding.
      if (!config || origin.kind === 's3-website') continue;
      const reached = routesTo(distribution, origin).length > 0;
      const https = protocolsTo(distribution, origin).has('https') || (reached && config.originProtocolPolicy === 'https-only');
      if (!https) continue;
      const written = config.originSslProtocols;
      // An empty list is left alone: what CloudFormation does with it is not documented.
      const omitted = written === undefined && !config.incomplete?.has('originSslProtocols');
      // The API requires the list; only CloudFormation fills in a weak default.
      if (omitted && distribution.input.shape !== 'cfn') continue;
      const protocols = omitted ? CFN_DEFAULT : (written ?? []).filter(isKnown);
      const weak = protocols.filter((protocol) => WEAK.includes(protocol));
      if (weak.length === 0) continue;
      context.report({
        node: config,
        field: omitted ? undefined : 'originSslProtocols',
        messageId: 'weak',
        severity: weak.includes('SSLv3') ? 'error' : 'warning',
        data: {
          origin: capitalize(originLabel(origin)),
          field: distribution.input.shape === 'cfn' ? 'OriginSSLProtocols' : 'OriginSslProtocols',
          protocols: listLabels(weak.map((protocol) => `'${protocol}'`), 3),
          defaulted: omitted ? ' (they are omitted, so CloudFormation uses TLSv1 and SSLv3)' : '',
        },
      });
    }
  },
});
