import rule from '../../rules/no-http-origin-behind-https-viewer';
import { runRuleTests } from '../helpers/rule-tester';

const ORIGINS = '/Resources/Cdn/Properties/DistributionConfig/Origins';
const HTTP_ONLY = "its OriginProtocolPolicy is 'http-only'";

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: https-only, match-viewer and S3 REST origins behind HTTPS behaviors', fixture: 'valid/https-origins.yaml' },
    { name: 'CloudFormation JSON: both members of an origin group are reached over HTTPS', fixture: 'valid/https-origins.json' },
    { name: 'API JSON: match-viewer and S3 REST origins behind redirect-to-https/https-only', fixture: 'valid/api-https.json' },
    {
      name: 'HTTPS-only endpoints (API Gateway, Lambda URL) and an S3 website endpoint on match-viewer are other rules\' cases',
      fixture: 'valid/other-rules-cases.yaml',
    },
    { name: 'unresolved origin policy, viewer policy and target stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: one finding per HTTPS behavior reaching an http-only origin',
      fixture: 'invalid/http-only.yaml',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: { behavior: "Behavior '/api/*'", policy: "'https-only'", origin: "origin 'app'", domain: 'app.example.com', reason: HTTP_ONLY },
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 46,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          severity: 'error',
        },
        {
          messageId: 'httpToOrigin',
          data: { behavior: 'Default behavior', policy: "'redirect-to-https'", origin: "origin 'app'", reason: HTTP_ONLY },
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 46,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          message:
            "Default behavior requires HTTPS from viewers (ViewerProtocolPolicy 'redirect-to-https') but CloudFront fetches from origin 'app' (app.example.com) over HTTP: its OriginProtocolPolicy is 'http-only'.",
        },
      ],
    },
    {
      name: 'CloudFormation YAML: S3 website endpoints named by !Sub and by !Select/!Split/!GetAtt WebsiteURL',
      fixture: 'invalid/s3-website.yaml',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: {
            behavior: 'Default behavior',
            policy: "'redirect-to-https'",
            origin: "origin 'site'",
            domain: '${Site}.s3-website-${AWS::Region}.amazonaws.com',
            reason: 'S3 website endpoints accept only HTTP',
          },
          line: 23,
          column: 37,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
        },
        {
          messageId: 'httpToOrigin',
          data: {
            behavior: "Behavior '/docs/*'",
            policy: "'https-only'",
            origin: "origin 'docs'",
            domain: 'docs-site-bucket.s3-website-${AWS::Region}.amazonaws.com',
            reason: 'S3 website endpoints accept only HTTP',
          },
          line: 27,
          column: 37,
          endLine: 27,
          endColumn: 46,
          pointer: `${ORIGINS}/1/CustomOriginConfig/OriginProtocolPolicy`,
        },
      ],
    },
    {
      name: 'CloudFormation YAML: an origin-group member reached over HTTP',
      fixture: 'invalid/origin-group.yaml',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: {
            behavior: 'Default behavior',
            origin: "origin 'backup' of origin group 'failover'",
            domain: 'backup.example.net',
            reason: HTTP_ONLY,
          },
          line: 16,
          column: 37,
          endLine: 16,
          endColumn: 46,
          pointer: `${ORIGINS}/1/CustomOriginConfig/OriginProtocolPolicy`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: https-only default behavior to an http-only origin',
      fixture: 'invalid/http-only.json',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: { behavior: 'Default behavior', policy: "'https-only'", origin: "origin 'app'", domain: 'app.example.com' },
          line: 12,
          column: 79,
          endLine: 12,
          endColumn: 90,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): ordered behavior to an http-only load balancer',
      fixture: 'invalid/api-http-only.json',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: {
            behavior: "Behavior '/reports/*'",
            policy: "'https-only'",
            origin: "origin 'reports'",
            domain: 'reports-1234567890.us-east-1.elb.amazonaws.com',
            reason: HTTP_ONLY,
          },
          line: 19,
          column: 37,
          endLine: 19,
          endColumn: 48,
          pointer: '/DistributionConfig/Origins/Items/1/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'API YAML (get-distribution): both members of an origin group, one finding each',
      fixture: 'invalid/api-get-distribution.yaml',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: { behavior: "Behavior '/media/*'", origin: "origin 'media-a' of origin group 'media'", domain: 'media-a.example.com' },
          line: 18,
          column: 84,
          endLine: 18,
          endColumn: 93,
          pointer: '/Distribution/DistributionConfig/Origins/Items/1/CustomOriginConfig/OriginProtocolPolicy',
        },
        {
          messageId: 'httpToOrigin',
          data: { behavior: "Behavior '/media/*'", origin: "origin 'media-b' of origin group 'media'", domain: 'media-b.example.com' },
          line: 24,
          column: 35,
          endColumn: 44,
          pointer: '/Distribution/DistributionConfig/Origins/Items/2/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'AllowedValues and an Fn::If branch are alternatives that say which',
      fixture: 'invalid/parameter-alternatives.yaml',
      errors: [
        {
          messageId: 'httpToOrigin',
          data: { behavior: 'Default behavior', origin: "origin 'app'" },
          line: 18,
          column: 37,
          endLine: 18,
          endColumn: 54,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          message: "its OriginProtocolPolicy is 'http-only', with parameter OriginPolicy = 'http-only'.",
        },
        {
          messageId: 'httpToOrigin',
          data: { behavior: "Behavior '/legacy/*'", origin: "origin 'legacy'", reason: HTTP_ONLY },
          line: 22,
          column: 62,
          endColumn: 71,
          pointer: `${ORIGINS}/1/CustomOriginConfig/OriginProtocolPolicy/Fn::If/2`,
          message: 'when condition IsProd is false.',
        },
      ],
    },
    {
      name: 'a command-line parameter value replaces the allowed values (no qualifier)',
      fixture: 'invalid/parameter-alternatives.yaml',
      parameters: { OriginPolicy: 'http-only' },
      errors: [
        { messageId: 'httpToOrigin', line: 18, column: 37, message: /over HTTP: its OriginProtocolPolicy is 'http-only'\.$/ },
        { messageId: 'httpToOrigin', line: 22, column: 62, message: 'when condition IsProd is false.' },
      ],
    },
  ],
});
