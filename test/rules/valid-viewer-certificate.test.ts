import rule from '../../rules/valid-viewer-certificate';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const NONE_GIVEN = 'none of CloudFrontDefaultCertificate, AcmCertificateArn and IamCertificateId is given';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: ACM certificate with SslSupportMethod and MinimumProtocolVersion', fixture: 'valid/acm.yaml' },
    { name: 'CloudFormation JSON: IAM certificate id with CloudFrontDefaultCertificate: false', fixture: 'valid/iam.json' },
    {
      name: 'API JSON (get-distribution-config): default certificate as the API returns it (vip, TLSv1, CertificateSource cloudfront)',
      fixture: 'valid/api-default-certificate.json',
    },
    { name: 'API JSON (get-distribution): ACM certificate with the deprecated Certificate/CertificateSource fields', fixture: 'valid/api-acm.json' },
    { name: 'a Ref to an AWS::CertificateManager::Certificate of the template counts as a certificate', fixture: 'valid/certificate-resource.yaml' },
    { name: 'an unresolved AcmCertificateArn (parameter without default) is not counted as a second certificate', fixture: 'valid/unresolved-certificate.yaml' },
    { name: 'Fn::If on a condition: each branch picks one complete certificate choice', fixture: 'valid/conditional-certificate.yaml' },
    {
      name: 'a !Sub of only a parameter without default (no literal text) may be empty: not a second certificate',
      fixture: 'valid/sub-without-literal-text.yaml',
    },
    {
      name: 'CloudFormation YAML: an ACM certificate may omit MinimumProtocolVersion (asked for only in API input)',
      fixture: 'valid/cfn-omitted-minimum-protocol-version.yaml',
    },
    {
      name: 'API YAML (bare DistributionConfig): no ViewerCertificate at all is the default certificate, not a missing source',
      fixture: 'valid/api-no-viewer-certificate.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: CloudFrontDefaultCertificate: true next to a Ref to the template certificate',
      fixture: 'invalid/two-sources.yaml',
      errors: [
        {
          messageId: 'sources',
          data: { sources: 'CloudFrontDefaultCertificate: true and AcmCertificateArn' },
          line: 24,
          column: 9,
          endLine: 24,
          endColumn: 26,
          pointer: `${CFN}/ViewerCertificate`,
          severity: 'error',
          message:
            'ViewerCertificate sets CloudFrontDefaultCertificate: true and AcmCertificateArn; set exactly one of CloudFrontDefaultCertificate: true, AcmCertificateArn or IamCertificateId.',
        },
      ],
    },
    {
      name: 'CloudFormation JSON: CloudFrontDefaultCertificate: false and no custom certificate',
      fixture: 'invalid/no-source.json',
      errors: [
        {
          messageId: 'noSource',
          line: 17,
          column: 45,
          endLine: 17,
          endColumn: 50,
          pointer: `${CFN}/ViewerCertificate/CloudFrontDefaultCertificate`,
          severity: 'error',
          data: { why: 'CloudFrontDefaultCertificate is false and there is no AcmCertificateArn or IamCertificateId' },
          message:
            'ViewerCertificate sets no certificate (CloudFrontDefaultCertificate is false and there is no AcmCertificateArn or IamCertificateId); set CloudFrontDefaultCertificate: true, AcmCertificateArn or IamCertificateId.',
        },
      ],
    },
    {
      name: 'CloudFormation YAML: only SslSupportMethod and MinimumProtocolVersion, none of the three certificate sources',
      fixture: 'invalid/no-certificate-fields.yaml',
      errors: [
        {
          messageId: 'noSource',
          data: { why: NONE_GIVEN },
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 26,
          pointer: `${CFN}/ViewerCertificate`,
          severity: 'error',
          message:
            'ViewerCertificate sets no certificate (none of CloudFrontDefaultCertificate, AcmCertificateArn and IamCertificateId is given); set CloudFrontDefaultCertificate: true, AcmCertificateArn or IamCertificateId.',
        },
      ],
    },
    {
      name: 'API JSON (bare DistributionConfig): only SSLSupportMethod and MinimumProtocolVersion, none of the three certificate sources',
      fixture: 'invalid/api-no-certificate-fields.json',
      errors: [
        {
          messageId: 'noSource',
          data: { why: NONE_GIVEN },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 22,
          pointer: '/ViewerCertificate',
          severity: 'error',
        },
      ],
    },
    {
      name: 'CloudFormation YAML: CloudFrontDefaultCertificate: true next to a partly known !Sub ACM ARN (its literal text means it is set)',
      fixture: 'invalid/default-and-sub-arn.yaml',
      errors: [
        {
          messageId: 'sources',
          data: { sources: 'CloudFrontDefaultCertificate: true and AcmCertificateArn' },
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 26,
          pointer: `${CFN}/ViewerCertificate`,
          severity: 'error',
          message:
            'ViewerCertificate sets CloudFrontDefaultCertificate: true and AcmCertificateArn; set exactly one of CloudFrontDefaultCertificate: true, AcmCertificateArn or IamCertificateId.',
        },
      ],
    },
    {
      name: 'CloudFormation JSON: IamCertificateId holds the server certificate ARN',
      fixture: 'invalid/iam-arn.json',
      errors: [
        {
          messageId: 'iamArn',
          data: { value: "'arn:aws:iam::123456789012:server-certificate/cloudfront/shop-2024'" },
          line: 18,
          column: 33,
          endLine: 18,
          endColumn: 100,
          pointer: `${CFN}/ViewerCertificate/IamCertificateId`,
          severity: 'error',
        },
      ],
    },
    {
      name: 'CloudFormation YAML: ACM certificate without SslSupportMethod (the rule asks for MinimumProtocolVersion only in API input)',
      fixture: 'invalid/missing-ssl-support-method.yaml',
      errors: [
        {
          messageId: 'missing',
          data: { source: 'ACM', field: 'SslSupportMethod' },
          line: 20,
          column: 30,
          endLine: 20,
          endColumn: 113,
          pointer: `${CFN}/ViewerCertificate/AcmCertificateArn`,
          severity: 'error',
          message: 'The ACM certificate needs SslSupportMethod; CloudFront refuses a custom certificate without it.',
        },
      ],
    },
    {
      name: 'API JSON (bare DistributionConfig): ACM certificate without SSLSupportMethod and MinimumProtocolVersion',
      fixture: 'invalid/api-missing.json',
      errors: [
        {
          messageId: 'missing',
          data: { source: 'ACM', field: 'MinimumProtocolVersion' },
          line: 14,
          column: 26,
          endLine: 14,
          endColumn: 111,
          pointer: '/ViewerCertificate/ACMCertificateArn',
        },
        {
          messageId: 'missing',
          data: { source: 'ACM', field: 'SslSupportMethod' },
          line: 14,
          column: 26,
          endLine: 14,
          endColumn: 111,
          pointer: '/ViewerCertificate/ACMCertificateArn',
        },
      ],
    },
    {
      name: 'default certificate with MinimumProtocolVersion TLSv1.2_2021: warning, it is ignored',
      fixture: 'invalid/default-with-tls.yaml',
      errors: [
        {
          messageId: 'ignored',
          data: { field: 'MinimumProtocolVersion', value: "'TLSv1.2_2021'" },
          line: 19,
          column: 35,
          endLine: 19,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message:
            "With the default *.cloudfront.net certificate, MinimumProtocolVersion 'TLSv1.2_2021' is ignored: CloudFront always uses TLSv1 for it; remove it, or use a custom certificate.",
        },
      ],
    },
    {
      name: 'default certificate with SslSupportMethod in CloudFormation: warning, it does not apply',
      fixture: 'invalid/default-with-ssl-method.yaml',
      errors: [
        {
          messageId: 'ignoredMethod',
          data: { value: "'sni-only'" },
          line: 20,
          column: 29,
          endLine: 20,
          endColumn: 37,
          pointer: `${CFN}/ViewerCertificate/SslSupportMethod`,
          severity: 'warning',
          message:
            "With the default *.cloudfront.net certificate, SslSupportMethod 'sni-only' does not apply (it only chooses how a custom certificate is served); remove it.",
        },
      ],
    },
    {
      name: 'parameter with AllowedValues: the default certificate is switched on only for Env = dev',
      fixture: 'invalid/conditional-default.yaml',
      errors: [
        {
          messageId: 'sources',
          data: { sources: 'CloudFrontDefaultCertificate: true and AcmCertificateArn' },
          line: 23,
          column: 9,
          endLine: 23,
          endColumn: 26,
          pointer: `${CFN}/ViewerCertificate`,
          message: /or IamCertificateId, with parameter Env = 'dev'\.$/,
        },
      ],
    },
  ],
});
