import rule from '../../rules/no-weaker-behavior-first';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const API = '/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: stricter behaviors first, later ones weaker or equal', fixture: 'valid/stricter-first.yaml' },
    { name: 'CloudFormation JSON: overlapping nothing, an allow-all behavior is harmless', fixture: 'valid/disjoint.json' },
    { name: 'API JSON: key groups, field-level encryption and function on the first behavior', fixture: 'valid/api-stricter-first.json' },
    { name: 'every shared path is taken by an even earlier, equally strict behavior', fixture: 'valid/all-taken.yaml' },
    { name: 'the default behavior is never the later behavior, however strict', fixture: 'valid/default-stricter.yaml' },
    { name: 'identical patterns after normalisation are left to no-duplicate-path-pattern', fixture: 'valid/identical-patterns.yaml' },
    { name: 'unresolved ViewerProtocolPolicy (parameter without default) stays silent', fixture: 'valid/unresolved-policy.yaml' },
    { name: 'unresolved earlier pattern (!ImportValue) stays silent', fixture: 'valid/unresolved-pattern.yaml' },
    {
      name: 'unknown key groups, FLE id or event type on the earlier behavior, and an origin-request Lambda, stay silent',
      fixture: 'valid/unknown-enforcement.yaml',
    },
    { name: 'a command-line parameter value that is not weaker', fixture: 'invalid/parameter.yaml', parameters: { FeedProtocol: 'https-only' } },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: allow-all and redirect-to-https before https-only',
      fixture: 'invalid/protocol.yaml',
      errors: [
        {
          messageId: 'weaker',
          data: {
            path: '/api/admin/x.json',
            earlier: "behavior '/api/*.json'",
            later: "behavior '/api/admin/*'",
            earlierTraits: 'allow-all',
            laterTraits: 'https-only',
          },
          line: 23,
          column: 26,
          endLine: 23,
          endColumn: 38,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          severity: 'warning',
          message:
            "GET /api/admin/x.json is served by behavior '/api/*.json' (allow-all), not behavior '/api/admin/*' (https-only); list behavior '/api/admin/*' before it or narrow the earlier pattern.",
        },
        {
          messageId: 'weaker',
          data: {
            path: '/downloads/private/x.zip',
            earlier: "behavior '/downloads/*.zip'",
            later: "behavior '/downloads/private/*'",
            earlierTraits: 'redirect-to-https',
            laterTraits: 'https-only',
          },
          line: 31,
          column: 26,
          endLine: 31,
          endColumn: 46,
          pointer: `${CFN}/CacheBehaviors/3/PathPattern`,
        },
      ],
    },
    {
      name: 'two weaker earlier behaviors: one finding each, with a witness the first one does not take',
      fixture: 'invalid/two-earlier.yaml',
      errors: [
        {
          messageId: 'weaker',
          data: { path: '/api/admin/x', earlier: "behavior '/api/*'", later: "behavior '/api/admin/*'" },
          line: 27,
          column: 26,
          endLine: 27,
          endColumn: 38,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
        },
        {
          messageId: 'weaker',
          data: { path: '/api/admin/x.json', earlier: "behavior '/api/*.json'", later: "behavior '/api/admin/*'" },
          line: 27,
          column: 26,
          endLine: 27,
          endColumn: 38,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: TrustedKeyGroups only on the later behavior',
      fixture: 'invalid/signed-urls.json',
      errors: [
        {
          messageId: 'weaker',
          data: {
            path: '/videos/premium/x',
            earlier: "behavior '/videos/*'",
            later: "behavior '/videos/premium/*'",
            earlierTraits: 'no signed URLs',
            laterTraits: 'signed URLs required',
          },
          line: 44,
          column: 30,
          endLine: 44,
          endColumn: 49,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
        },
      ],
    },
    {
      name: 'API JSON: protocol, key groups, field-level encryption and a viewer-request function in one message',
      fixture: 'invalid/api-several-aspects.json',
      errors: [
        {
          messageId: 'weaker',
          data: {
            path: '/account/billing/x',
            earlier: "behavior '/account/*'",
            later: "behavior '/account/billing/*'",
            earlierTraits: 'allow-all, no signed URLs, no field-level encryption, no viewer-request function',
            laterTraits: 'https-only, signed URLs required, field-level encryption, a viewer-request function',
          },
          line: 58,
          column: 26,
          endLine: 58,
          endColumn: 46,
          pointer: `${API}/CacheBehaviors/Items/1/PathPattern`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'API JSON: TrustedSigners and a viewer-request Lambda@Edge (the earlier one runs on origin-response)',
      fixture: 'invalid/api-signers-lambda.json',
      errors: [
        {
          messageId: 'weaker',
          data: {
            path: '/reports/confidential/x.pdf',
            earlier: "behavior '*.pdf'",
            later: "behavior '/reports/confidential/*'",
            earlierTraits: 'no signed URLs, no viewer-request function',
            laterTraits: 'signed URLs required, a viewer-request function',
          },
          line: 38,
          column: 26,
          endLine: 38,
          endColumn: 51,
          pointer: `${API}/CacheBehaviors/Items/1/PathPattern`,
        },
      ],
    },
    {
      name: 'the obvious shared path goes to an even earlier behavior, so the witness is another path',
      fixture: 'invalid/witness-detour.yaml',
      errors: [
        {
          messageId: 'weaker',
          data: {
            path: '/docs/a/index.html',
            earlier: "behavior '/docs/*'",
            later: "behavior '*/index.html'",
            earlierTraits: 'allow-all, no viewer-request function',
            laterTraits: 'https-only, a viewer-request function',
          },
          line: 40,
          column: 26,
          endLine: 40,
          endColumn: 40,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
        },
      ],
    },
    {
      name: "a parameter's AllowedValues: only 'allow-all' is weaker",
      fixture: 'invalid/parameter.yaml',
      errors: [
        {
          messageId: 'weaker',
          data: { path: '/feeds/private/x', earlier: "behavior '/feeds/*'", earlierTraits: 'allow-all', laterTraits: 'https-only' },
          line: 28,
          column: 26,
          endLine: 28,
          endColumn: 42,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          message:
            "GET /feeds/private/x is served by behavior '/feeds/*' (allow-all), not behavior '/feeds/private/*' (https-only); list behavior '/feeds/private/*' before it or narrow the earlier pattern, with parameter FeedProtocol = 'allow-all'.",
        },
      ],
    },
    {
      name: 'Fn::If adds the viewer-request function only when the condition is true',
      fixture: 'invalid/condition.yaml',
      errors: [
        {
          messageId: 'weaker',
          data: { path: '/members/x.jpg', earlierTraits: 'no viewer-request function', laterTraits: 'a viewer-request function' },
          line: 35,
          column: 26,
          endLine: 35,
          endColumn: 36,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          message: /narrow the earlier pattern, when condition IsProduction is true\.$/,
        },
      ],
    },
  ],
});
