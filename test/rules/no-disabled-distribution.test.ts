import rule from '../../rules/no-disabled-distribution';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: enabled, with an origin', fixture: 'valid/enabled.yaml' },
    { name: "CloudFormation JSON: Enabled 'true' as a string", fixture: 'valid/enabled.json' },
    { name: 'API JSON (get-distribution-config): enabled', fixture: 'valid/api-enabled.json' },
    {
      name: 'unresolved Enabled (parameter without a default) and origins from AWS::Include stay silent',
      fixture: 'valid/unresolved.yaml',
    },
    { name: 'legacy CustomOrigin instead of Origins is an origin', fixture: 'valid/legacy-origin.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: Enabled false',
      fixture: 'invalid/disabled.yaml',
      errors: [
        {
          messageId: 'disabled',
          line: 8,
          column: 18,
          endLine: 8,
          endColumn: 23,
          pointer: '/Resources/OldCdn/Properties/DistributionConfig/Enabled',
          severity: 'info',
          message: 'The distribution is disabled (Enabled: false): it serves no requests; delete it if it is no longer needed.',
        },
      ],
    },
    {
      name: "CloudFormation JSON: Enabled 'false' and an empty Origins list (two findings)",
      fixture: 'invalid/disabled-no-origins.json',
      errors: [
        { messageId: 'disabled', line: 7, column: 22, endLine: 7, endColumn: 29, pointer: `${CFN}/Enabled` },
        {
          messageId: 'noOrigins',
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 20,
          pointer: `${CFN}/Origins`,
          message: 'The distribution has no origins, so it cannot serve anything.',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): Enabled false',
      fixture: 'invalid/api-disabled.json',
      errors: [{ messageId: 'disabled', line: 53, column: 16, endLine: 53, endColumn: 21, pointer: '/DistributionConfig/Enabled' }],
    },
    {
      name: 'API JSON (bare DistributionConfig): Origins {Quantity: 0}',
      fixture: 'invalid/api-no-origins.json',
      errors: [{ messageId: 'noOrigins', line: 5, column: 3, endLine: 5, endColumn: 12, pointer: '/Origins' }],
    },
    {
      name: 'API JSON (list-distributions): only the disabled summary is reported',
      fixture: 'invalid/list-distributions.json',
      errors: [{ messageId: 'disabled', line: 41, column: 20, endLine: 41, endColumn: 25, pointer: '/DistributionList/Items/1/Enabled' }],
    },
    {
      name: "a parameter whose AllowedValues include 'false'",
      fixture: 'invalid/parameter-enabled.yaml',
      errors: [
        {
          messageId: 'disabled',
          line: 11,
          column: 18,
          endLine: 11,
          endColumn: 42,
          pointer: `${CFN}/Enabled`,
          message: /delete it if it is no longer needed, with parameter DistributionEnabled = 'false'\.$/,
        },
      ],
    },
    {
      name: 'Fn::If removes the only origin (AWS::NoValue) when the condition is false',
      fixture: 'invalid/conditional-origin.yaml',
      errors: [
        {
          messageId: 'noOrigins',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 16,
          pointer: `${CFN}/Origins`,
          message: 'The distribution has no origins, so it cannot serve anything, when condition HasBackend is false.',
        },
      ],
    },
  ],
});
