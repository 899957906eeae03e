import { certificateSource, defineRule } from '../src/rule-kit';

export default defineRule({
  id: 'require-custom-certificate',
  meta: {
    title: 'Use a custom certificate',
    severity: 'info',
    category: 'security',
    preset: 'all',
    anchors: ['Security Hub CloudFront.7', 'AWS Config cloudfront-custom-ssl-certificate', 'Checkov CKV2_AWS_42', 'Prowler cloudfront_distributions_custom_ssl_certificate'],
    rationale:
      'With the default *.cloudfront.net certificate CloudFront pins viewers to the TLSv1 security policy whatever MinimumProtocolVersion says, and the distribution cannot serve its own domain name.',
    messages: {
      defaultCertificate: 'The distribution uses the default *.cloudfront.net certificate, which pins viewers to the TLSv1 security policy; use an ACM certificate (us-east-1) with TLSv1.2_2021 or newer.',
    },
  },
  check(distribution, context) {
    if (certificateSource(distribution) !== 'default') return;
    context.report({ node: distribution.viewerCertificate ?? distribution, field: distribution.viewerCertificate ? 'cloudFrontDefaultCertificate' : undefined, messageId: 'defaultCertificate' });
  },
});
