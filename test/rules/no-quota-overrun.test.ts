import rule from '../../rules/no-quota-overrun';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: every list exactly at its default quota', fixture: 'valid/at-limits.yaml' },
    { name: 'API JSON (get-distribution-config): behaviors, origin groups, aliases and headers at their quotas', fixture: 'valid/api-at-limits.json' },
    { name: 'CloudFormation JSON: a small distribution', fixture: 'valid/small.json' },
    { name: 'origins default follows Service Quotas (100), so 26 origins pass', fixture: 'valid/origins-26.yaml' },
    {
      name: 'options: a raised cacheBehaviors quota accepts 80 behaviors',
      fixture: 'invalid/behaviors-80.yaml',
      options: { cacheBehaviors: 100 },
    },
    {
      name: 'unresolved list items (AWS::Include) and an unresolved alias list are not counted',
      fixture: 'valid/unresolved-items.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: 80 cache behaviors with the default quota of 75',
      fixture: 'invalid/behaviors-80.yaml',
      errors: [
        {
          messageId: 'overrun',
          data: { count: 80, what: 'cache behaviors (besides the default)', limit: 75, option: 'cacheBehaviors' },
          line: 29,
          column: 9,
          endLine: 29,
          endColumn: 23,
          pointer: `${CFN}/CacheBehaviors`,
          severity: 'warning',
          message:
            "The distribution has 80 cache behaviors (besides the default); the default quota is 75, so deploying fails unless the account quota was raised (then set this rule's `cacheBehaviors` option to the raised value).",
        },
      ],
    },
    {
      name: 'CloudFormation YAML: one over on custom headers, origin groups and cache behaviors',
      fixture: 'invalid/too-many.yaml',
      errors: [
        {
          messageId: 'headers',
          data: { origin: "Origin 'tenant-001'", count: 11, limit: 10 },
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 32,
          pointer: `${CFN}/Origins/0/OriginCustomHeaders`,
          severity: 'warning',
          message:
            "Origin 'tenant-001' has 11 custom headers; the default quota is 10 per origin, so deploying fails unless the account quota was raised (then set this rule's `customHeadersPerOrigin` option to the raised value).",
        },
        {
          messageId: 'overrun',
          data: { count: 11, what: 'origin groups', limit: 10, option: 'originGroups' },
          line: 120,
          column: 9,
          endLine: 120,
          endColumn: 21,
          pointer: `${CFN}/OriginGroups`,
        },
        {
          messageId: 'overrun',
          data: { count: 76, what: 'cache behaviors (besides the default)', limit: 75, option: 'cacheBehaviors' },
          line: 160,
          column: 9,
          endLine: 160,
          endColumn: 23,
          pointer: `${CFN}/CacheBehaviors`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: 101 alternate domain names and 101 origins',
      fixture: 'invalid/origins-101.json',
      errors: [
        {
          messageId: 'overrun',
          data: { count: 101, what: 'alternate domain names', limit: 100, option: 'aliases' },
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 20,
          pointer: `${CFN}/Aliases`,
        },
        {
          messageId: 'overrun',
          data: { count: 101, what: 'origins', limit: 100, option: 'origins' },
          line: 113,
          column: 11,
          endLine: 113,
          endColumn: 20,
          pointer: `${CFN}/Origins`,
          message:
            "The distribution has 101 origins; the default quota is 100, so deploying fails unless the account quota was raised (then set this rule's `origins` option to the raised value).",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): one over on aliases, custom headers, origin groups and cache behaviors',
      fixture: 'invalid/api-too-many.json',
      errors: [
        {
          messageId: 'overrun',
          data: { count: 101, what: 'alternate domain names', limit: 100, option: 'aliases' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 14,
          pointer: '/DistributionConfig/Aliases',
        },
        {
          messageId: 'headers',
          data: { origin: "Origin 'tenant-001'", count: 11, limit: 10 },
          line: 115,
          column: 96,
          endLine: 115,
          endColumn: 111,
          pointer: '/DistributionConfig/Origins/Items/0/CustomHeaders',
        },
        {
          messageId: 'overrun',
          data: { count: 11, what: 'origin groups', limit: 10, option: 'originGroups' },
          line: 139,
          column: 5,
          endLine: 139,
          endColumn: 19,
          pointer: '/DistributionConfig/OriginGroups',
        },
        {
          messageId: 'overrun',
          data: { count: 76, what: 'cache behaviors (besides the default)', limit: 75, option: 'cacheBehaviors' },
          line: 191,
          column: 5,
          endLine: 191,
          endColumn: 21,
          pointer: '/DistributionConfig/CacheBehaviors',
        },
      ],
    },
    {
      name: 'an alias written as an unresolved parameter still counts as one name',
      fixture: 'invalid/alias-parameter.yaml',
      errors: [
        {
          messageId: 'overrun',
          data: { count: 101, what: 'alternate domain names', limit: 100, option: 'aliases' },
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 16,
          pointer: `${CFN}/Aliases`,
        },
      ],
    },
    {
      name: "parameter AllowedValues: the conditional preview behavior makes 76 with Preview = 'enabled'",
      fixture: 'invalid/conditional-behavior.yaml',
      errors: [
        {
          messageId: 'overrun',
          data: { count: 76, limit: 75, option: 'cacheBehaviors' },
          line: 60,
          column: 9,
          endLine: 60,
          endColumn: 23,
          pointer: `${CFN}/CacheBehaviors`,
          message: /option to the raised value\), with parameter Preview = 'enabled'\.$/,
        },
      ],
    },
    {
      name: 'options: origins lowered to 25 (the older Developer Guide value) reports 26 origins',
      fixture: 'valid/origins-26.yaml',
      options: { origins: 25 },
      errors: [
        {
          messageId: 'overrun',
          data: { count: 26, what: 'origins', limit: 25, option: 'origins' },
          message: "The distribution has 26 origins; the quota set in this rule's `origins` option is 25, so deploying fails.",
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 16,
          pointer: `${CFN}/Origins`,
        },
      ],
    },
    {
      name: 'options: customHeadersPerOrigin lowered to 2 reports an origin with 3 headers',
      fixture: 'valid/small.json',
      options: { customHeadersPerOrigin: 2 },
      errors: [
        {
          messageId: 'headers',
          data: { origin: "Origin 'tenant-001'", count: 3, limit: 2 },
          message: "the quota set in this rule's `customHeadersPerOrigin` option is 2 per origin, so deploying fails.",
          line: 15,
          column: 82,
          endLine: 15,
          endColumn: 103,
          pointer: `${CFN}/Origins/0/OriginCustomHeaders`,
        },
      ],
    },
    {
      name: 'options: originGroups and aliases lowered by one make the at-limit template report both',
      fixture: 'valid/at-limits.yaml',
      options: { originGroups: 9, aliases: 99 },
      errors: [
        {
          messageId: 'overrun',
          data: { count: 100, what: 'alternate domain names', limit: 99, option: 'aliases' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 16,
          pointer: `${CFN}/Aliases`,
        },
        {
          messageId: 'overrun',
          data: { count: 10, what: 'origin groups', limit: 9, option: 'originGroups' },
          line: 532,
          column: 9,
          endLine: 532,
          endColumn: 21,
          pointer: `${CFN}/OriginGroups`,
        },
      ],
    },
  ],
});
