import rule from '../../rules/no-http-to-https-only-origin';
import { runRuleTests } from '../helpers/rule-tester';

const CFN_ORIGINS = '/Resources/Cdn/Properties/DistributionConfig/Origins';
const POLICY = 'CustomOriginConfig/OriginProtocolPolicy';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: https-only REST API, match-viewer function URL behind redirect-to-https, http-only custom origin',
      fixture: 'valid/https-only.yaml',
    },
    { name: 'CloudFormation JSON: GetAtt HTTP API and function URL reached over HTTPS only', fixture: 'valid/https-only.json' },
    { name: 'API JSON: match-viewer API Gateway origin whose behaviors all require HTTPS', fixture: 'valid/api-match-viewer.json' },
    { name: 'unresolved domains and protocol policy stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: Sub REST API domain http-only, Select/Split function URL match-viewer behind allow-all',
      fixture: 'invalid/http-only.yaml',
      errors: [
        {
          messageId: 'httpOnly',
          data: {
            origin: "Origin 'api'",
            domain: '${Api}.execute-api.${AWS::Region}.amazonaws.com',
            kind: 'an API Gateway endpoint',
          },
          line: 22,
          column: 37,
          endLine: 22,
          endColumn: 46,
          pointer: `${CFN_ORIGINS}/0/${POLICY}`,
          severity: 'error',
        },
        {
          messageId: 'matchViewer',
          data: {
            origin: "Origin 'render'",
            domain: '${RenderUrl}.lambda-url.${AWS::Region}.on.aws',
            kind: 'a Lambda function URL',
            behaviors: "behavior '/render/*' and default behavior",
          },
          line: 26,
          column: 37,
          endLine: 26,
          endColumn: 49,
          pointer: `${CFN_ORIGINS}/1/${POLICY}`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: HTTP API endpoint (GetAtt ApiEndpoint through Select/Split) set to http-only',
      fixture: 'invalid/http-only.json',
      errors: [
        {
          messageId: 'httpOnly',
          data: { origin: "Origin 'orders'", domain: '${HttpApi}.execute-api.${AWS::Region}.amazonaws.com' },
          line: 16,
          column: 79,
          endLine: 16,
          endColumn: 90,
          pointer: `${CFN_ORIGINS}/0/${POLICY}`,
          message:
            "Origin 'orders' (${HttpApi}.execute-api.${AWS::Region}.amazonaws.com) is an API Gateway endpoint, which accepts only HTTPS, but its OriginProtocolPolicy is 'http-only': every request through it fails with 502.",
        },
      ],
    },
    {
      name: 'API JSON: match-viewer origins reached by allow-all behaviors, directly and as an origin-group member',
      fixture: 'invalid/api-match-viewer.json',
      errors: [
        {
          messageId: 'matchViewer',
          data: {
            origin: "Origin 'api-use1'",
            domain: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
            kind: 'an API Gateway endpoint',
            behaviors: "behavior '/api/*'",
          },
          line: 12,
          column: 93,
          endLine: 12,
          endColumn: 107,
          pointer: '/DistributionConfig/Origins/Items/0/CustomOriginConfig/OriginProtocolPolicy',
        },
        {
          messageId: 'matchViewer',
          data: {
            origin: "Origin 'render'",
            domain: 'abcdefghij1234567890abcdefghij12.lambda-url.us-east-1.on.aws',
            kind: 'a Lambda function URL',
            behaviors: "behavior '/legacy/*'",
          },
          line: 23,
          column: 93,
          pointer: '/DistributionConfig/Origins/Items/2/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'API YAML (get-distribution): function URL origin set to http-only',
      fixture: 'invalid/get-distribution.yaml',
      errors: [
        {
          messageId: 'httpOnly',
          data: { origin: "Origin 'render'", kind: 'a Lambda function URL' },
          line: 19,
          column: 35,
          endLine: 19,
          endColumn: 44,
          pointer: '/Distribution/DistributionConfig/Origins/Items/0/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'an AllowedValues alternative and an Fn::If branch say which one breaks the origin',
      fixture: 'invalid/alternatives.yaml',
      errors: [
        {
          messageId: 'httpOnly',
          data: { origin: "Origin 'orders'", domain: '${HttpApi}.execute-api.${AWS::Region}.amazonaws.com' },
          line: 23,
          column: 37,
          endLine: 23,
          endColumn: 54,
          pointer: `${CFN_ORIGINS}/0/${POLICY}`,
          message: /fails with 502, with parameter OriginPolicy = 'http-only'\.$/,
        },
        {
          messageId: 'matchViewer',
          data: { origin: "Origin 'reports'", behaviors: "behavior '/reports/*'" },
          line: 27,
          column: 37,
          pointer: `${CFN_ORIGINS}/1/${POLICY}`,
          message: /and get 502, when condition IsProd is false\.$/,
        },
      ],
    },
    {
      name: 'a command-line parameter value applies to every variant (no qualifier)',
      fixture: 'invalid/alternatives.yaml',
      parameters: { OriginPolicy: 'http-only' },
      errors: [
        { messageId: 'httpOnly', line: 23, column: 37, message: /every request through it fails with 502\.$/ },
        { messageId: 'matchViewer', line: 27, column: 37, message: 'when condition IsProd is false.' },
      ],
    },
  ],
});
