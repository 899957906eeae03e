import rule from '../../rules/no-aliases-with-default-certificate';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'an empty certificate parameter leaves no certificate at all: valid-viewer-certificate reports it', fixture: 'valid/domain-without-certificate.yaml' },
    { name: 'CloudFormation YAML: aliases covered by a Ref to the template ACM certificate', fixture: 'valid/acm-resource.yaml' },
    { name: 'CloudFormation JSON: alias with an IAM certificate', fixture: 'valid/iam.json' },
    { name: 'CloudFormation YAML: default certificate without aliases', fixture: 'valid/default-certificate.yaml' },
    {
      name: 'API JSON (get-distribution-config): default certificate as the API returns it (vip, TLSv1, CertificateSource cloudfront), Aliases Quantity 0',
      fixture: 'valid/api-default-certificate.json',
    },
    { name: 'API JSON: aliases with an ACM certificate', fixture: 'valid/api-acm.json' },
    {
      name: 'unresolved certificate stays silent: parameter without default, and a ViewerCertificate from !ImportValue',
      fixture: 'valid/unresolved-certificate.yaml',
    },
    { name: 'Fn::If: aliases and the ACM certificate are added under the same condition', fixture: 'valid/conditional-aliases.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: alias with CloudFrontDefaultCertificate: true',
      fixture: 'invalid/default-certificate.yaml',
      errors: [
        {
          messageId: 'defaultCertificate',
          data: { aliases: "'www.example.com'", why: '' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 16,
          pointer: `${CFN}/Aliases`,
          severity: 'error',
          message:
            "The distribution has alternate domain names ('www.example.com') but uses the default *.cloudfront.net certificate; attach an ACM certificate from us-east-1 that covers them.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: aliases and no ViewerCertificate at all',
      fixture: 'invalid/no-viewer-certificate.json',
      errors: [
        {
          messageId: 'defaultCertificate',
          data: { aliases: "'shop.example.com' and 'www.shop.example.com'", why: ' (there is no ViewerCertificate)' },
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 20,
          pointer: `${CFN}/Aliases`,
          message:
            "The distribution has alternate domain names ('shop.example.com' and 'www.shop.example.com') but uses the default *.cloudfront.net certificate (there is no ViewerCertificate); attach an ACM certificate from us-east-1 that covers them.",
        },
      ],
    },
    {
      name: 'API JSON (bare DistributionConfig for create-distribution): alias with the default certificate',
      fixture: 'invalid/api-default-certificate.json',
      errors: [
        {
          messageId: 'defaultCertificate',
          data: { aliases: "'www.example.com'", why: '' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 12,
          pointer: '/Aliases',
        },
      ],
    },
    {
      name: 'legacy CNAMEs: five names, the message lists three and "2 more"',
      fixture: 'invalid/legacy-cnames.yaml',
      errors: [
        {
          messageId: 'defaultCertificate',
          data: { aliases: "'a.example.com', 'b.example.com', 'c.example.com' and 2 more", why: ' (there is no ViewerCertificate)' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 15,
          pointer: `${CFN}/CNAMEs`,
        },
      ],
    },
    {
      name: 'parameter with AllowedValues: only Stage = dev pairs its alias with the default certificate',
      fixture: 'invalid/conditional-certificate.yaml',
      errors: [
        {
          messageId: 'defaultCertificate',
          data: { aliases: "'dev.example.com'", why: '' },
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 16,
          pointer: `${CFN}/Aliases`,
          message: /that covers them, with parameter Stage = 'dev'\.$/,
        },
      ],
    },
  ],
});
