import rule from '../../rules/no-https-to-s3-website';
import { runRuleTests } from '../helpers/rule-tester';

const ORIGINS = '/Resources/Cdn/Properties/DistributionConfig/Origins';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: !Sub website endpoint on http-only; REST endpoints with S3OriginConfig or match-viewer',
      fixture: 'valid/http-only.yaml',
    },
    { name: 'CloudFormation JSON: Fn::Select/Fn::Split/Fn::GetAtt WebsiteURL on http-only', fixture: 'valid/http-only.json' },
    { name: 'API JSON: dot-form website endpoint on http-only; regional and dash-regional REST endpoints', fixture: 'valid/api-http-only.json' },
    { name: 'unresolved domains, origin policy and viewer policy stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: S3OriginConfig on a !Sub website endpoint, https-only on a !Select/!Split/!GetAtt one',
      fixture: 'invalid/website-misconfigured.yaml',
      errors: [
        {
          messageId: 's3OriginConfig',
          data: { origin: "Origin 'site'", domain: '${Site}.s3-website-${AWS::Region}.amazonaws.com' },
          line: 21,
          column: 13,
          endLine: 21,
          endColumn: 27,
          pointer: `${ORIGINS}/0/S3OriginConfig`,
          severity: 'error',
        },
        {
          messageId: 'httpsOnly',
          data: { origin: "Origin 'docs'", domain: '${Docs}.s3-website-${AWS::Region}.amazonaws.com' },
          line: 27,
          column: 37,
          endLine: 27,
          endColumn: 47,
          pointer: `${ORIGINS}/1/CustomOriginConfig/OriginProtocolPolicy`,
          message:
            "Origin 'docs' points at the S3 website endpoint ${Docs}.s3-website-${AWS::Region}.amazonaws.com with OriginProtocolPolicy 'https-only': website endpoints accept only HTTP on port 80, so every request fails.",
        },
      ],
    },
    {
      name: 'CloudFormation YAML: match-viewer reached by HTTPS viewers, directly and through an origin group',
      fixture: 'invalid/match-viewer.yaml',
      errors: [
        {
          messageId: 'matchViewer',
          data: {
            origin: "Origin 'site'",
            domain: 'site-bucket.s3-website-us-east-1.amazonaws.com',
            behaviors: "behavior '/old/*' and default behavior",
          },
          line: 12,
          column: 37,
          endLine: 12,
          endColumn: 49,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
        },
        {
          messageId: 'matchViewer',
          data: { origin: "Origin 'eu-site'", domain: 'eu-site-bucket.s3-website.eu-west-1.amazonaws.com', behaviors: "behavior '/eu/*'" },
          line: 16,
          column: 37,
          pointer: `${ORIGINS}/1/CustomOriginConfig/OriginProtocolPolicy`,
          message: "HTTPS viewers of behavior '/eu/*' make CloudFront use HTTPS, which website endpoints do not accept.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: https-only to a dot-form website endpoint; S3OriginConfig on a Fn::Join one',
      fixture: 'invalid/website-misconfigured.json',
      errors: [
        {
          messageId: 'httpsOnly',
          data: { origin: "Origin 'media'", domain: 'media-bucket.s3-website.eu-west-1.amazonaws.com' },
          line: 16,
          column: 81,
          endLine: 16,
          endColumn: 93,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
        },
        {
          messageId: 's3OriginConfig',
          data: { origin: "Origin 'site'", domain: '${Site}.s3-website-${AWS::Region}.amazonaws.com' },
          line: 21,
          column: 15,
          endLine: 21,
          endColumn: 31,
          pointer: `${ORIGINS}/1/S3OriginConfig`,
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): match-viewer website endpoint behind https-only',
      fixture: 'invalid/api-match-viewer.json',
      errors: [
        {
          messageId: 'matchViewer',
          data: { origin: "Origin 'site'", domain: 'site-bucket.s3-website-ap-southeast-2.amazonaws.com', behaviors: "behavior '/site/*'" },
          line: 19,
          column: 37,
          endLine: 19,
          endColumn: 51,
          pointer: '/DistributionConfig/Origins/Items/1/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'API YAML (list-distributions): S3OriginConfig on a website endpoint in a summary',
      fixture: 'invalid/api-list-distributions.yaml',
      errors: [
        {
          messageId: 's3OriginConfig',
          data: { origin: "Origin 'site'", domain: 'www.example.com.s3-website-us-east-1.amazonaws.com' },
          line: 20,
          column: 13,
          endLine: 20,
          endColumn: 27,
          pointer: '/DistributionList/Items/0/Origins/Items/0/S3OriginConfig',
        },
      ],
    },
    {
      name: 'parameter default, Fn::If branch and AllowedValues are alternatives that say which',
      fixture: 'invalid/parameter-alternatives.yaml',
      errors: [
        {
          messageId: 'httpsOnly',
          data: { origin: "Origin 'site'", domain: 'site-bucket.s3-website-us-east-1.amazonaws.com' },
          line: 25,
          column: 37,
          endLine: 25,
          endColumn: 52,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          message: "so every request fails, with parameter SitePolicy at its default 'https-only'.",
        },
        {
          messageId: 's3OriginConfig',
          data: { origin: "Origin 'docs'", domain: '${Docs}.s3-website-${AWS::Region}.amazonaws.com' },
          line: 28,
          column: 13,
          endColumn: 27,
          pointer: `${ORIGINS}/1/S3OriginConfig`,
          message: 'with origin access control), when condition UseWebsite is true.',
        },
        {
          messageId: 'matchViewer',
          data: { origin: "Origin 'media'", domain: 'media-bucket.s3-website-eu-west-1.amazonaws.com', behaviors: 'default behavior' },
          line: 33,
          column: 37,
          endColumn: 49,
          pointer: `${ORIGINS}/2/CustomOriginConfig/OriginProtocolPolicy`,
          message: "do not accept, with parameter MediaEndpoint = 'media-bucket.s3-website-eu-west-1.amazonaws.com'.",
        },
      ],
    },
    {
      name: 'command-line parameter values replace the default and the allowed values',
      fixture: 'invalid/parameter-alternatives.yaml',
      parameters: { SitePolicy: 'http-only', MediaEndpoint: 'media-bucket.s3-website-eu-west-1.amazonaws.com' },
      errors: [
        { messageId: 's3OriginConfig', line: 28, message: 'when condition UseWebsite is true.' },
        { messageId: 'matchViewer', line: 33, message: /website endpoints do not accept\.$/ },
      ],
    },
  ],
});
