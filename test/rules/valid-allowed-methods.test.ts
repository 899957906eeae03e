import rule from '../../rules/valid-allowed-methods';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const ALLOWED_HINT = 'use GET, HEAD; GET, HEAD, OPTIONS; or all seven (GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE).';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: the three accepted sets in shuffled order, cached subsets, omitted AllowedMethods',
      fixture: 'valid/methods.yaml',
    },
    { name: 'CloudFormation JSON: GET, HEAD, OPTIONS cached in full; all seven without CachedMethods', fixture: 'valid/methods.json' },
    { name: 'API JSON: CachedMethods nested inside AllowedMethods', fixture: 'valid/api-methods.json' },
    {
      name: 'unresolved lists (parameter without default, !ImportValue) and an unresolved item stay silent',
      fixture: 'valid/unresolved.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: extra POST, lowercase names, a duplicate, and GET alone as CachedMethods',
      fixture: 'invalid/bad-sets.yaml',
      errors: [
        {
          messageId: 'allowed',
          data: { behavior: 'Default behavior', methods: 'GET, HEAD, POST' },
          line: 18,
          column: 11,
          endLine: 18,
          endColumn: 25,
          pointer: `${CFN}/DefaultCacheBehavior/AllowedMethods`,
          severity: 'error',
          message: `Default behavior allows GET, HEAD, POST, which is not a set CloudFront accepts: ${ALLOWED_HINT}`,
        },
        {
          messageId: 'allowed',
          data: { behavior: "Behavior '/assets/*'", methods: 'get, head' },
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/0/AllowedMethods`,
        },
        {
          messageId: 'allowed',
          data: { behavior: "Behavior '/fonts/*'", methods: 'GET, HEAD, GET' },
          line: 30,
          column: 13,
          endLine: 30,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/1/AllowedMethods`,
        },
        {
          messageId: 'cached',
          data: { behavior: "Behavior '/search/*'", methods: 'GET' },
          line: 39,
          column: 13,
          endLine: 39,
          endColumn: 26,
          pointer: `${CFN}/CacheBehaviors/2/CachedMethods`,
          message: "Behavior '/search/*' caches GET, which is not a set CloudFront accepts: use GET, HEAD or GET, HEAD, OPTIONS.",
        },
      ],
    },
    {
      name: 'CloudFormation YAML: caches OPTIONS without allowing it, explicitly and by default',
      fixture: 'invalid/not-subset.yaml',
      errors: [
        {
          messageId: 'notSubset',
          data: { behavior: 'Default behavior', extra: 'OPTIONS', allowed: 'GET, HEAD', defaulted: ' by default' },
          line: 18,
          column: 11,
          endLine: 18,
          endColumn: 24,
          pointer: `${CFN}/DefaultCacheBehavior/CachedMethods`,
          message:
            'Default behavior caches OPTIONS, which it does not allow (AllowedMethods is GET, HEAD by default); cached methods must be allowed.',
        },
        {
          messageId: 'notSubset',
          data: { behavior: "Behavior '/cors/*'", extra: 'OPTIONS', allowed: 'GET, HEAD', defaulted: '' },
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 26,
          pointer: `${CFN}/CacheBehaviors/0/CachedMethods`,
          message: "Behavior '/cors/*' caches OPTIONS, which it does not allow (AllowedMethods is GET, HEAD); cached methods must be allowed.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: CachedMethods outside AllowedMethods, and six methods without PATCH',
      fixture: 'invalid/bad-sets.json',
      errors: [
        {
          messageId: 'notSubset',
          data: { behavior: 'Default behavior', extra: 'OPTIONS', allowed: 'GET, HEAD', defaulted: '' },
          line: 16,
          column: 13,
          endLine: 16,
          endColumn: 28,
          pointer: `${CFN}/DefaultCacheBehavior/CachedMethods`,
        },
        {
          messageId: 'allowed',
          data: { behavior: "Behavior '/api/*'", methods: 'GET, HEAD, OPTIONS, PUT, POST, DELETE' },
          line: 24,
          column: 15,
          endLine: 24,
          endColumn: 31,
          pointer: `${CFN}/CacheBehaviors/0/AllowedMethods`,
        },
      ],
    },
    {
      name: 'API JSON: nested CachedMethods not allowed, an invalid AllowedMethods set and an invalid CachedMethods set',
      fixture: 'invalid/api-nested.json',
      errors: [
        {
          messageId: 'notSubset',
          data: { behavior: 'Default behavior', extra: 'OPTIONS', allowed: 'GET, HEAD', defaulted: '' },
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 24,
          pointer: '/DistributionConfig/DefaultCacheBehavior/AllowedMethods/CachedMethods',
        },
        {
          messageId: 'allowed',
          data: { behavior: "Behavior '/api/*'", methods: 'GET, HEAD, OPTIONS, POST' },
          line: 29,
          column: 11,
          endLine: 29,
          endColumn: 27,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/AllowedMethods',
        },
        {
          messageId: 'cached',
          data: { behavior: "Behavior '/api/*'", methods: 'GET, HEAD, POST' },
          line: 32,
          column: 13,
          endLine: 32,
          endColumn: 28,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/AllowedMethods/CachedMethods',
        },
      ],
    },
    {
      name: "a CommaDelimitedList parameter's default allows less than the behavior caches",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'notSubset',
          data: { behavior: 'Default behavior', extra: 'OPTIONS', allowed: 'GET, HEAD', defaulted: '' },
          line: 22,
          column: 11,
          endLine: 22,
          endColumn: 24,
          pointer: `${CFN}/DefaultCacheBehavior/CachedMethods`,
          message:
            "Default behavior caches OPTIONS, which it does not allow (AllowedMethods is GET, HEAD); cached methods must be allowed, with parameter AllowedMethodList at its default 'GET,HEAD'.",
        },
      ],
    },
    {
      name: 'Fn::If on a condition decided by a parameter: the finding names the parameter value',
      fixture: 'invalid/conditional.yaml',
      errors: [
        {
          messageId: 'notSubset',
          data: { behavior: 'Default behavior', extra: 'OPTIONS', allowed: 'GET, HEAD' },
          line: 25,
          column: 45,
          endLine: 25,
          endColumn: 65,
          pointer: `${CFN}/DefaultCacheBehavior/CachedMethods/Fn::If/1`,
          message: "cached methods must be allowed, with parameter CorsPreflight = 'enabled'.",
        },
      ],
    },
    {
      name: 'Fn::If on an undecidable condition: the invalid branch is reported with the condition',
      fixture: 'invalid/conditional-region.yaml',
      errors: [
        {
          messageId: 'allowed',
          data: { behavior: "Behavior '/api/*'", methods: 'GET, HEAD, POST' },
          line: 27,
          column: 17,
          endLine: 27,
          endColumn: 34,
          pointer: `${CFN}/CacheBehaviors/0/AllowedMethods/Fn::If/2`,
          message: /DELETE\), when condition IsPrimaryRegion is false\.$/,
        },
      ],
    },
  ],
});
