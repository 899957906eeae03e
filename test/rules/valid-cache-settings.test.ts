import rule from '../../rules/valid-cache-settings';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: "CachePolicyId '' (CloudFormation's 'no policy') keeps the legacy ForwardedValues in effect", fixture: 'valid/empty-cache-policy-id.yaml' },
    { name: 'CloudFormation YAML: policy behavior without ForwardedValues, legacy behaviors in order (equal TTLs allowed)', fixture: 'valid/policies.yaml' },
    { name: 'CloudFormation JSON: legacy behaviors, TTLs written as numbers and as strings', fixture: 'valid/legacy.json' },
    { name: 'API JSON (get-distribution-config): legacy default behavior and a cache-policy behavior', fixture: 'valid/api-legacy.json' },
    { name: 'omitted TTLs are not compared with CloudFront defaults', fixture: 'valid/omitted-ttls.yaml' },
    { name: 'unresolved Cookies.Forward, DefaultTTL, MaxTTL and CachePolicyId stay silent', fixture: 'valid/unresolved.yaml' },
    { name: 'every AllowedValues entry of the cookie parameter is a valid mode', fixture: 'valid/cookie-parameter.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: ignored ForwardedValues, unknown cookie mode and MinTTL above DefaultTTL',
      fixture: 'invalid/mixed.yaml',
      errors: [
        {
          messageId: 'ignoredForwardedValues',
          data: { behavior: 'Default behavior' },
          line: 18,
          column: 11,
          endLine: 18,
          endColumn: 26,
          pointer: `${CFN}/DefaultCacheBehavior/ForwardedValues`,
          severity: 'warning',
          message:
            'Default behavior has both CachePolicyId and legacy ForwardedValues; the cache policy decides, so ForwardedValues is ignored: remove it (or move its settings into the cache and origin request policies).',
        },
        {
          messageId: 'cookieForward',
          data: { behavior: "Behavior '/legacy/*'", value: "'allowlist'" },
          line: 29,
          column: 26,
          endLine: 29,
          endColumn: 35,
          pointer: `${CFN}/CacheBehaviors/0/ForwardedValues/Cookies/Forward`,
          severity: 'error',
          message: "Behavior '/legacy/*' sets Cookies.Forward to 'allowlist'; CloudFront accepts only 'none', 'whitelist' or 'all'.",
        },
        {
          messageId: 'ttlOrder',
          data: { behavior: "Behavior '/media/*'", lower: 'MinTTL', lowerValue: 3600, higher: 'DefaultTTL', higherValue: 60 },
          line: 37,
          column: 25,
          endLine: 37,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/1/DefaultTTL`,
          severity: 'error',
          message:
            "Behavior '/media/*' has MinTTL 3600 greater than DefaultTTL 60; CloudFront requires MinTTL <= DefaultTTL <= MaxTTL and rejects this with InvalidTTLOrder.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: DefaultTTL above MaxTTL, and a cookie mode with the wrong case',
      fixture: 'invalid/legacy.json',
      errors: [
        {
          messageId: 'ttlOrder',
          data: { behavior: 'Default behavior', lower: 'DefaultTTL', lowerValue: 86400, higher: 'MaxTTL', higherValue: 3600 },
          line: 26,
          column: 23,
          endLine: 26,
          endColumn: 27,
          pointer: `${CFN}/DefaultCacheBehavior/MaxTTL`,
          severity: 'error',
        },
        {
          messageId: 'cookieForward',
          data: { behavior: "Behavior '/search'", value: "'None'" },
          line: 35,
          column: 41,
          endLine: 35,
          endColumn: 47,
          pointer: `${CFN}/CacheBehaviors/0/ForwardedValues/Cookies/Forward`,
          severity: 'error',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): MinTTL above DefaultTTL, and an unknown cookie mode',
      fixture: 'invalid/api-legacy.json',
      errors: [
        {
          messageId: 'ttlOrder',
          data: { behavior: 'Default behavior', lower: 'MinTTL', lowerValue: 86400, higher: 'DefaultTTL', higherValue: 3600 },
          line: 49,
          column: 21,
          endLine: 49,
          endColumn: 25,
          pointer: '/DistributionConfig/DefaultCacheBehavior/DefaultTTL',
          severity: 'error',
        },
        {
          messageId: 'cookieForward',
          data: { behavior: "Behavior '/account/*'", value: "'whitelisted'" },
          line: 74,
          column: 26,
          endLine: 74,
          endColumn: 39,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/ForwardedValues/Cookies/Forward',
          severity: 'error',
        },
      ],
    },
    {
      // The API refuses this combination (InvalidArgument "The parameter ForwardedValues cannot be used
      // when a cache policy is associated to the cache behavior"): an error for API input.
      name: 'API JSON (bare DistributionConfig): CachePolicyId together with ForwardedValues is rejected',
      fixture: 'invalid/api-policy-and-forwarded.json',
      errors: [
        {
          messageId: 'rejectedForwardedValues',
          data: { behavior: 'Default behavior' },
          line: 19,
          column: 5,
          endLine: 19,
          endColumn: 22,
          pointer: '/DefaultCacheBehavior/ForwardedValues',
          severity: 'error',
        },
      ],
    },
    {
      name: 'with a cache policy, a bad Cookies.Forward and broken TTLs give only the ignored-ForwardedValues warning',
      fixture: 'invalid/forward-with-policy.yaml',
      errors: [
        {
          messageId: 'ignoredForwardedValues',
          data: { behavior: 'Default behavior' },
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 26,
          pointer: `${CFN}/DefaultCacheBehavior/ForwardedValues`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'TTLs compared across an omitted or unresolved DefaultTTL; only the first broken pair is reported',
      fixture: 'invalid/ttl-gaps.yaml',
      errors: [
        {
          messageId: 'ttlOrder',
          data: { behavior: 'Default behavior', lower: 'MinTTL', lowerValue: 600, higher: 'MaxTTL', higherValue: 300 },
          line: 22,
          column: 19,
          endLine: 22,
          endColumn: 22,
          pointer: `${CFN}/DefaultCacheBehavior/MaxTTL`,
          severity: 'error',
        },
        {
          messageId: 'ttlOrder',
          data: { behavior: "Behavior '/reports/*'", lower: 'MinTTL', lowerValue: 7200, higher: 'MaxTTL', higherValue: 3600 },
          line: 31,
          column: 21,
          endLine: 31,
          endColumn: 25,
          pointer: `${CFN}/CacheBehaviors/0/MaxTTL`,
          severity: 'error',
        },
        {
          messageId: 'ttlOrder',
          data: { behavior: "Behavior '/tiles/*'", lower: 'MinTTL', lowerValue: 100, higher: 'DefaultTTL', higherValue: 50 },
          line: 38,
          column: 25,
          endLine: 38,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/1/DefaultTTL`,
          severity: 'error',
        },
      ],
    },
    {
      name: "parameter AllowedValues: MinTTL = '86400' exceeds DefaultTTL",
      fixture: 'invalid/ttl-parameter.yaml',
      errors: [
        {
          messageId: 'ttlOrder',
          data: { behavior: 'Default behavior', lower: 'MinTTL', lowerValue: 86400, higher: 'DefaultTTL', higherValue: 3600 },
          line: 24,
          column: 23,
          endLine: 24,
          endColumn: 27,
          pointer: `${CFN}/DefaultCacheBehavior/DefaultTTL`,
          severity: 'error',
          message: "rejects this with InvalidTTLOrder, with parameter MinTtl = '86400'.",
        },
      ],
    },
    {
      name: 'Fn::If adds the cache policy only when a condition is true',
      fixture: 'invalid/conditional-policy.yaml',
      errors: [
        {
          messageId: 'ignoredForwardedValues',
          data: { behavior: 'Default behavior' },
          line: 20,
          column: 11,
          endLine: 20,
          endColumn: 26,
          pointer: `${CFN}/DefaultCacheBehavior/ForwardedValues`,
          message: /origin request policies\), when condition IsPrimaryRegion is true\.$/,
        },
      ],
    },
  ],
});
