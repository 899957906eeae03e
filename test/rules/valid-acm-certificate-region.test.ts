import rule from '../../rules/valid-acm-certificate-region';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: literal us-east-1 ARN', fixture: 'valid/us-east-1.yaml' },
    { name: 'CloudFormation JSON: Fn::Sub with a literal us-east-1 and ${AWS::AccountId}', fixture: 'valid/sub-account.json' },
    { name: 'API JSON: us-east-1 ARN', fixture: 'valid/api-acm.json' },
    {
      name: 'API JSON (get-distribution-config): default certificate as the API returns it (vip, TLSv1, CertificateSource cloudfront)',
      fixture: 'valid/api-default-certificate.json',
    },
    { name: 'a Ref to an AWS::CertificateManager::Certificate of the template is not judged', fixture: 'valid/certificate-resource.yaml' },
    {
      name: 'unresolved region stays silent: !ImportValue, a parameter without default, ${AWS::Region} in the ARN',
      fixture: 'valid/unresolved.yaml',
    },
    { name: 'an ARN in another partition (aws-cn) is not judged', fixture: 'valid/china-partition.json' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: certificate in eu-west-1',
      fixture: 'invalid/eu-west-1.yaml',
      errors: [
        {
          messageId: 'region',
          data: { value: "'arn:aws:acm:eu-west-1:123456789012:certificate/0d2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b'", region: "'eu-west-1'" },
          line: 20,
          column: 30,
          endLine: 20,
          endColumn: 113,
          pointer: `${CFN}/ViewerCertificate/AcmCertificateArn`,
          severity: 'error',
          message:
            "AcmCertificateArn 'arn:aws:acm:eu-west-1:123456789012:certificate/0d2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' is in 'eu-west-1'; CloudFront only accepts ACM certificates from us-east-1 (request or import the certificate there).",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: partly known Fn::Sub ARN judged on its literal start',
      fixture: 'invalid/sub-region.json',
      errors: [
        {
          messageId: 'region',
          data: { value: 'arn:aws:acm:eu-central-1:${AWS::AccountId}:certificate/0d2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b', region: "'eu-central-1'" },
          line: 18,
          column: 34,
          endLine: 18,
          endColumn: 142,
          pointer: `${CFN}/ViewerCertificate/AcmCertificateArn`,
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): certificate in ap-southeast-2',
      fixture: 'invalid/api-region.json',
      errors: [
        {
          messageId: 'region',
          data: { region: "'ap-southeast-2'" },
          line: 17,
          column: 28,
          endLine: 17,
          endColumn: 118,
          pointer: '/DistributionConfig/ViewerCertificate/ACMCertificateArn',
        },
      ],
    },
    {
      name: 'an IAM server certificate ARN and a bare certificate id are not ACM ARNs',
      fixture: 'invalid/not-acm.yaml',
      errors: [
        {
          messageId: 'notAcm',
          data: { value: "'arn:aws:iam::123456789012:server-certificate/cloudfront/shop-2024'" },
          line: 20,
          column: 30,
          endLine: 20,
          endColumn: 95,
          pointer: '/Resources/IamArn/Properties/DistributionConfig/ViewerCertificate/AcmCertificateArn',
          severity: 'error',
          message:
            "AcmCertificateArn 'arn:aws:iam::123456789012:server-certificate/cloudfront/shop-2024' is not an ACM certificate ARN (arn:aws:acm:us-east-1:<account>:certificate/<id>).",
        },
        {
          messageId: 'notAcm',
          data: { value: "'0d2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b'" },
          line: 40,
          column: 30,
          endLine: 40,
          endColumn: 66,
          pointer: '/Resources/BareId/Properties/DistributionConfig/ViewerCertificate/AcmCertificateArn',
        },
      ],
    },
    {
      name: 'parameter with AllowedValues: only CertificateRegion = eu-west-1 is reported',
      fixture: 'invalid/parameter-region.yaml',
      errors: [
        {
          messageId: 'region',
          data: { value: 'arn:aws:acm:eu-west-1:${AWS::AccountId}:certificate/${CertificateId}', region: "'eu-west-1'" },
          line: 26,
          column: 30,
          endLine: 26,
          endColumn: 114,
          pointer: `${CFN}/ViewerCertificate/AcmCertificateArn`,
          message: /\(request or import the certificate there\), with parameter CertificateRegion = 'eu-west-1'\.$/,
        },
      ],
    },
  ],
});
