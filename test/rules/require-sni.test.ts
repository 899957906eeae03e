import rule from '../../rules/require-sni';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const VIP_WHY = 'serves the certificate from dedicated IP addresses (an extra monthly charge, only needed by clients without SNI)';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: ACM certificate with sni-only', fixture: 'valid/sni-only.yaml' },
    { name: 'CloudFormation JSON: IAM certificate with sni-only', fixture: 'valid/iam-sni-only.json' },
    {
      name: 'API JSON (get-distribution-config): default certificate as the API returns it (vip, TLSv1, CertificateSource cloudfront)',
      fixture: 'valid/api-default-certificate.json',
    },
    { name: 'API JSON: ACM certificate with sni-only', fixture: 'valid/api-sni-only.json' },
    { name: 'CloudFormation: vip with the default certificate is left to valid-viewer-certificate', fixture: 'valid/default-certificate-vip.yaml' },
    {
      name: 'unresolved stays silent: SslSupportMethod from a parameter without default; vip with a certificate parameter that may be empty',
      fixture: 'valid/unresolved.yaml',
    },
    {
      name: 'a !Sub or !Join of only a parameter without default (no literal text) may be empty: the certificate source is unknown',
      fixture: 'valid/sub-without-literal-text.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: vip with a Ref to the template ACM certificate',
      fixture: 'invalid/vip.yaml',
      errors: [
        {
          messageId: 'dedicated',
          data: { value: "'vip'", why: VIP_WHY },
          line: 26,
          column: 29,
          endLine: 26,
          endColumn: 32,
          pointer: `${CFN}/ViewerCertificate/SslSupportMethod`,
          severity: 'warning',
          message:
            "SslSupportMethod 'vip' serves the certificate from dedicated IP addresses (an extra monthly charge, only needed by clients without SNI); use 'sni-only'.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: static-ip with an IAM certificate',
      fixture: 'invalid/static-ip.json',
      errors: [
        {
          messageId: 'dedicated',
          data: { value: "'static-ip'", why: 'is only for accounts CloudFront enabled for static IPs' },
          line: 19,
          column: 33,
          endLine: 19,
          endColumn: 44,
          pointer: `${CFN}/ViewerCertificate/SslSupportMethod`,
          severity: 'warning',
          message: "SslSupportMethod 'static-ip' is only for accounts CloudFront enabled for static IPs; use 'sni-only'.",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): ACM certificate served with vip',
      fixture: 'invalid/api-vip.json',
      errors: [
        {
          messageId: 'dedicated',
          data: { value: "'vip'", why: VIP_WHY },
          line: 18,
          column: 27,
          endLine: 18,
          endColumn: 32,
          pointer: '/DistributionConfig/ViewerCertificate/SSLSupportMethod',
        },
      ],
    },
    {
      name: 'API JSON (list-distributions): only the IAM-certificate summary is reported, not the default-certificate vip',
      fixture: 'invalid/list-distributions.json',
      errors: [
        {
          messageId: 'dedicated',
          data: { value: "'vip'" },
          line: 30,
          column: 136,
          endLine: 30,
          endColumn: 141,
          pointer: '/DistributionList/Items/1/ViewerCertificate/SSLSupportMethod',
        },
      ],
    },
    {
      name: 'vip with a partly known !Sub ACM ARN: its literal text means it is set',
      fixture: 'invalid/sub-arn.yaml',
      errors: [
        {
          messageId: 'dedicated',
          data: { value: "'vip'", why: VIP_WHY },
          line: 22,
          column: 29,
          endLine: 22,
          endColumn: 32,
          pointer: `${CFN}/ViewerCertificate/SslSupportMethod`,
          severity: 'warning',
          message:
            "SslSupportMethod 'vip' serves the certificate from dedicated IP addresses (an extra monthly charge, only needed by clients without SNI); use 'sni-only'.",
        },
      ],
    },
    {
      name: "a parameter's default is vip",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'dedicated',
          data: { value: "'vip'", why: VIP_WHY },
          line: 25,
          column: 29,
          endLine: 25,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/SslSupportMethod`,
          message: "use 'sni-only', with parameter SupportMethod at its default 'vip'.",
        },
      ],
    },
  ],
});
