import rule from '../../rules/no-http-origin';
import { runRuleTests } from '../helpers/rule-tester';

const ORIGINS = '/Resources/Cdn/Properties/DistributionConfig/Origins';
const MATCH_VIEWER = "its OriginProtocolPolicy 'match-viewer' follows the viewer's HTTP";
const S3_REST = "S3 REST origins are reached with the viewer's protocol (HTTP)";

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: allow-all only to HTTPS origins; HTTPS-only behaviors and API Gateway are other rules\' cases',
      fixture: 'valid/https.yaml',
    },
    { name: 'CloudFormation JSON: allow-all to https-only, match-viewer behind redirect-to-https', fixture: 'valid/https.json' },
    { name: 'API JSON (bare DistributionConfig): allow-all to https-only and to a Lambda URL', fixture: 'valid/api-config.json' },
    { name: 'unresolved origin policy and viewer policy stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: match-viewer, S3 REST (!GetAtt RegionalDomainName) and http-only origins, one finding each',
      fixture: 'invalid/allow-all.yaml',
      errors: [
        {
          messageId: 'httpOrigin',
          data: {
            origin: "origin 'app'",
            domain: 'app.example.com',
            behaviors: "behavior '/api/*' and default behavior",
            s: '',
            reason: MATCH_VIEWER,
          },
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 49,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          severity: 'warning',
          message:
            "CloudFront fetches from origin 'app' (app.example.com) over HTTP for behavior '/api/*' and default behavior, which allow HTTP viewers: its OriginProtocolPolicy 'match-viewer' follows the viewer's HTTP.",
        },
        {
          messageId: 'httpOrigin',
          data: {
            origin: "origin 'assets'",
            domain: '${Assets}.s3.${AWS::Region}.amazonaws.com',
            behaviors: "behavior '/assets/*'",
            s: 's',
            reason: S3_REST,
          },
          line: 16,
          column: 25,
          endLine: 16,
          endColumn: 58,
          pointer: `${ORIGINS}/1/DomainName`,
        },
        {
          messageId: 'httpOrigin',
          data: { origin: "origin 'legacy'", behaviors: "behavior '/legacy/*'", s: 's', reason: "its OriginProtocolPolicy is 'http-only'" },
          line: 22,
          column: 37,
          endColumn: 46,
          pointer: `${ORIGINS}/2/CustomOriginConfig/OriginProtocolPolicy`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: S3 website endpoint (Fn::Sub, dot form) http-only behind allow-all',
      fixture: 'invalid/allow-all.json',
      errors: [
        {
          messageId: 'httpOrigin',
          data: {
            origin: "origin 'site'",
            domain: '${Site}.s3-website.${AWS::Region}.amazonaws.com',
            behaviors: 'default behavior',
            reason: 'S3 website endpoints accept only HTTP',
          },
          line: 16,
          column: 63,
          endLine: 16,
          endColumn: 74,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'API JSON (list-distributions): S3 REST origin without custom config is reported at its DomainName',
      fixture: 'invalid/api-list-distributions.json',
      errors: [
        {
          messageId: 'httpOrigin',
          data: {
            origin: "origin 'reports'",
            domain: 'reports-bucket.s3.amazonaws.com',
            behaviors: 'default behavior',
            s: 's',
            reason: S3_REST,
          },
          line: 33,
          column: 29,
          endLine: 33,
          endColumn: 62,
          pointer: '/DistributionList/Items/1/Origins/Items/0/DomainName',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): both match-viewer members of an origin group behind allow-all',
      fixture: 'invalid/api-origin-group.json',
      errors: [
        {
          messageId: 'httpOrigin',
          data: { origin: "origin 'east'", domain: 'east.example.com', behaviors: 'default behavior', s: 's', reason: MATCH_VIEWER },
          line: 11,
          column: 93,
          endLine: 11,
          endColumn: 107,
          pointer: '/DistributionConfig/Origins/Items/0/CustomOriginConfig/OriginProtocolPolicy',
        },
        {
          messageId: 'httpOrigin',
          data: { origin: "origin 'west'", domain: 'west.example.com', behaviors: 'default behavior' },
          line: 16,
          column: 93,
          pointer: '/DistributionConfig/Origins/Items/1/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: "parameter default and an Fn::If branch are alternatives that say which",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'httpOrigin',
          data: { origin: "origin 'app'", behaviors: 'default behavior' },
          line: 18,
          column: 37,
          endColumn: 46,
          pointer: `${ORIGINS}/0/CustomOriginConfig/OriginProtocolPolicy`,
          message: "its OriginProtocolPolicy is 'http-only', with parameter ViewerPolicy at its default 'allow-all'.",
        },
        {
          messageId: 'httpOrigin',
          data: { origin: "origin 'beta'", behaviors: "behavior '/beta/*'", reason: MATCH_VIEWER },
          line: 22,
          column: 62,
          endLine: 22,
          endColumn: 74,
          pointer: `${ORIGINS}/1/CustomOriginConfig/OriginProtocolPolicy/Fn::If/2`,
          message: "follows the viewer's HTTP, when condition IsProd is false.",
        },
      ],
    },
    {
      name: 'a command-line parameter value replaces the default',
      fixture: 'invalid/parameter-default.yaml',
      parameters: { ViewerPolicy: 'redirect-to-https' },
      errors: [{ messageId: 'httpOrigin', line: 22, column: 62, message: 'when condition IsProd is false.' }],
    },
  ],
});
