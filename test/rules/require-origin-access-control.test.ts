import rule from '../../rules/require-origin-access-control';
import { runRuleTests } from '../helpers/rule-tester';

const ORIGINS = '/Resources/Cdn/Properties/DistributionConfig/Origins';
const API_ORIGINS = '/DistributionConfig/Origins/Items';
const WEBSITE_HINT =
  ' (website endpoints cannot be private; restrict them with a secret custom header, or use the REST endpoint with an OAC)';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: bucket (!GetAtt RegionalDomainName) and Lambda URL (!Select/!Split FunctionUrl) behind OACs of this template',
      fixture: 'valid/oac.yaml',
    },
    { name: 'CloudFormation JSON: legacy global S3 endpoint and a MediaStore container with OACs', fixture: 'valid/oac.json' },
    { name: 'API JSON: S3 and Lambda URL origins with OAC ids, API Gateway with an empty one', fixture: 'valid/api-config.json' },
    { name: 'imported custom domain, OAC ids from a parameter without default and an import stay silent', fixture: 'valid/unresolved.yaml' },
    { name: 'legacy S3Origin is not checked', fixture: 'valid/legacy-origin.yaml' },
    {
      name: 'S3 (Multi-Region Access Point) and Lambda URL origins without OAC, signed by an origin-request Lambda@Edge on every behavior',
      fixture: 'valid/signed-by-origin-request-edge.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: public bucket, legacy OAI, S3OriginConfig on an imported domain',
      fixture: 'invalid/s3.yaml',
      errors: [
        {
          messageId: 'public',
          data: { origin: "Origin 'assets'", domain: '${Assets}.s3.${AWS::Region}.amazonaws.com' },
          line: 14,
          column: 25,
          endLine: 14,
          endColumn: 58,
          pointer: `${ORIGINS}/0/DomainName`,
          severity: 'warning',
          message:
            "Origin 'assets' (${Assets}.s3.${AWS::Region}.amazonaws.com) is an S3 bucket without an origin access control or identity, so the bucket must be public; add an OAC (OriginAccessControlId) and allow only CloudFront in the bucket policy.",
        },
        {
          messageId: 'legacyOai',
          data: { origin: "Origin 'downloads'" },
          line: 20,
          column: 37,
          endLine: 20,
          endColumn: 85,
          pointer: `${ORIGINS}/1/S3OriginConfig/OriginAccessIdentity`,
          message:
            "Origin 'downloads' uses a legacy origin access identity; migrate to an origin access control (OAC), which also supports SSE-KMS, writes and every Region.",
        },
        {
          messageId: 'public',
          data: { origin: "Origin 'shared'", domain: '!ImportValue shared-assets-bucket-domain' },
          line: 22,
          column: 25,
          endLine: 22,
          endColumn: 65,
          pointer: `${ORIGINS}/2/DomainName`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: Lambda URL without OAC, literal OAC id on an S3 website endpoint',
      fixture: 'invalid/lambda-url.json',
      errors: [
        {
          messageId: 'lambda',
          data: { origin: "Origin 'render'", domain: 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws' },
          line: 14,
          column: 29,
          endLine: 14,
          endColumn: 91,
          pointer: `${ORIGINS}/0/DomainName`,
          message:
            "Origin 'render' (abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws) is a Lambda function URL without an origin access control, so the URL must allow unauthenticated calls; add an OAC of type lambda and use AWS_IAM auth.",
        },
        {
          messageId: 'misplaced',
          data: {
            origin: "Origin 'site'",
            domain: 'www.example.com.s3-website-eu-west-1.amazonaws.com',
            kind: 'an S3 website endpoint',
            hint: WEBSITE_HINT,
          },
          line: 20,
          column: 40,
          endLine: 20,
          endColumn: 56,
          pointer: `${ORIGINS}/1/OriginAccessControlId`,
        },
      ],
    },
    {
      name: 'API JSON: public bucket, legacy OAI, OAC on a custom origin and on a website endpoint',
      fixture: 'invalid/api.json',
      errors: [
        {
          messageId: 'public',
          data: { origin: "Origin 'site'", domain: 'site-bucket.s3.us-east-1.amazonaws.com' },
          line: 11,
          column: 25,
          endLine: 11,
          endColumn: 65,
          pointer: `${API_ORIGINS}/0/DomainName`,
        },
        {
          messageId: 'legacyOai',
          data: { origin: "Origin 'media'" },
          line: 24,
          column: 55,
          endLine: 24,
          endColumn: 105,
          pointer: `${API_ORIGINS}/1/S3OriginConfig/OriginAccessIdentity`,
        },
        {
          messageId: 'misplaced',
          data: { origin: "Origin 'app'", domain: 'app.example.com', kind: 'a custom origin', hint: '' },
          line: 44,
          column: 36,
          endLine: 44,
          endColumn: 52,
          pointer: `${API_ORIGINS}/2/OriginAccessControlId`,
          message: "Origin 'app' (app.example.com) is a custom origin, where an origin access control cannot sign requests; remove it.",
        },
        {
          messageId: 'misplaced',
          data: { origin: "Origin 'docs'", kind: 'an S3 website endpoint', hint: WEBSITE_HINT },
          line: 61,
          column: 36,
          endLine: 61,
          endColumn: 52,
          pointer: `${API_ORIGINS}/3/OriginAccessControlId`,
        },
      ],
    },
    {
      name: 'Fn::If removes the OAC (AWS::NoValue) when condition IsProd is false',
      fixture: 'invalid/conditional-oac.yaml',
      errors: [
        {
          messageId: 'public',
          data: { origin: "Origin 'site'", domain: '${Site}.s3.${AWS::Region}.amazonaws.com' },
          line: 24,
          column: 25,
          endLine: 24,
          endColumn: 56,
          pointer: `${ORIGINS}/0/DomainName`,
          message: /allow only CloudFront in the bucket policy, when condition IsProd is false\.$/,
        },
      ],
    },
    {
      name: 'partly known values count as set: OAI written with !Sub (legacyOai), OAC as !GetAtt on a website endpoint (misplaced)',
      fixture: 'invalid/sub-oai-and-getatt-oac-on-website.yaml',
      errors: [
        {
          messageId: 'legacyOai',
          data: { origin: "Origin 'media'", domain: '${Media}.s3.${AWS::Region}.amazonaws.com' },
          line: 30,
          column: 37,
          endLine: 30,
          endColumn: 87,
          pointer: `${ORIGINS}/0/S3OriginConfig/OriginAccessIdentity`,
          severity: 'warning',
          message:
            "Origin 'media' uses a legacy origin access identity; migrate to an origin access control (OAC), which also supports SSE-KMS, writes and every Region.",
        },
        {
          messageId: 'misplaced',
          data: {
            origin: "Origin 'site'",
            domain: 'www.example.com.s3-website-eu-west-1.amazonaws.com',
            kind: 'an S3 website endpoint',
            hint: WEBSITE_HINT,
          },
          line: 33,
          column: 36,
          endLine: 33,
          endColumn: 54,
          pointer: `${ORIGINS}/1/OriginAccessControlId`,
          severity: 'warning',
          message:
            "Origin 'site' (www.example.com.s3-website-eu-west-1.amazonaws.com) is an S3 website endpoint, where an origin access control cannot sign requests; remove it (website endpoints cannot be private; restrict them with a secret custom header, or use the REST endpoint with an OAC).",
        },
      ],
    },
  ],
});
