import rule from '../../rules/require-custom-certificate';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const MESSAGE =
  'The distribution uses the default *.cloudfront.net certificate, which pins viewers to the TLSv1 security policy; use an ACM certificate (us-east-1) with TLSv1.2_2021 or newer.';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: ACM certificate', fixture: 'valid/acm.yaml' },
    { name: 'CloudFormation JSON: IAM certificate (CloudFrontDefaultCertificate: false)', fixture: 'valid/iam.json' },
    { name: 'API JSON (get-distribution-config): ACM certificate', fixture: 'valid/api-acm.json' },
    { name: 'certificate ARN from a parameter without default (may be empty) stays silent', fixture: 'valid/unresolved-certificate.yaml' },
    { name: 'ACM certificate resource of the same template', fixture: 'valid/certificate-resource.yaml' },
    { name: 'default and ACM certificate both set: left to valid-viewer-certificate', fixture: 'valid/conflicting-sources.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: CloudFrontDefaultCertificate: true',
      fixture: 'invalid/default-certificate.yaml',
      errors: [
        {
          messageId: 'defaultCertificate',
          line: 19,
          column: 41,
          endLine: 19,
          endColumn: 45,
          pointer: `${CFN}/ViewerCertificate/CloudFrontDefaultCertificate`,
          severity: 'info',
          message: MESSAGE,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: no ViewerCertificate at all points at the resource',
      fixture: 'invalid/no-viewer-certificate.json',
      errors: [
        {
          messageId: 'defaultCertificate',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 10,
          pointer: '/Resources/Cdn',
          severity: 'info',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): default certificate as CloudFront returns it',
      fixture: 'invalid/api-default-certificate.json',
      errors: [
        {
          messageId: 'defaultCertificate',
          line: 33,
          column: 39,
          endLine: 33,
          endColumn: 43,
          pointer: '/DistributionConfig/ViewerCertificate/CloudFrontDefaultCertificate',
          message: MESSAGE,
        },
      ],
    },
    {
      name: 'API JSON (list-distributions): only the summary on the default certificate is reported',
      fixture: 'invalid/api-list-distributions.json',
      errors: [
        {
          messageId: 'defaultCertificate',
          line: 36,
          column: 64,
          endLine: 36,
          endColumn: 68,
          pointer: '/DistributionList/Items/1/ViewerCertificate/CloudFrontDefaultCertificate',
        },
      ],
    },
    {
      name: 'API YAML (bare DistributionConfig) without ViewerCertificate points at the document',
      fixture: 'invalid/api-bare-no-certificate.yaml',
      errors: [{ messageId: 'defaultCertificate', line: 2, column: 1, endLine: 14, endColumn: 1, pointer: '' }],
    },
    {
      name: 'Fn::If on a parameter with AllowedValues: only the dev environment uses the default certificate',
      fixture: 'invalid/parameter-environment.yaml',
      errors: [
        {
          messageId: 'defaultCertificate',
          line: 30,
          column: 43,
          endLine: 30,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/Fn::If/2/CloudFrontDefaultCertificate`,
          message: "or newer, with parameter Environment = 'dev'.",
        },
      ],
    },
  ],
});
