import rule from '../../rules/require-tags';
import { runRuleTests } from '../helpers/rule-tester';

const REQUIRED = { requiredKeys: ['CostCenter', 'Owner', 'Environment'] };

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: any tag satisfies the rule without options', fixture: 'valid/tagged.yaml' },
    {
      name: 'CloudFormation JSON: every required key is present (an unresolved Value is fine)',
      fixture: 'valid/required-present.json',
      options: REQUIRED,
    },
    { name: 'API JSON: a DistributionConfig carries no tags, so API input stays silent', fixture: 'valid/api-config.json' },
    { name: 'API JSON stays silent with requiredKeys too', fixture: 'valid/api-config.json', options: REQUIRED },
    {
      name: 'an unresolved tag key (parameter without a default) may be the missing one',
      fixture: 'valid/unresolved-key.yaml',
      options: { requiredKeys: ['CostCenter', 'Owner'] },
    },
    { name: 'Tags from an AWS::Include snippet stay silent', fixture: 'valid/included-tags.yaml', options: REQUIRED },
  ],
  invalid: [
    {
      name: 'create-distribution-with-tags input: its Tags are read',
      fixture: 'invalid/config-with-tags.json',
      options: REQUIRED,
      errors: [{ messageId: 'missing', data: { s: 's', keys: "'CostCenter' and 'Environment'" }, line: 112, column: 5, endLine: 112, endColumn: 12, pointer: '/Tags/Items' }],
    },
    {
      name: 'CloudFormation YAML: no Tags (reported on the resource)',
      fixture: 'invalid/untagged.yaml',
      errors: [
        {
          messageId: 'untagged',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          severity: 'info',
          message: 'The distribution has no tags; add at least the tags your organisation uses for cost and ownership.',
        },
      ],
    },
    {
      name: 'an empty requiredKeys list behaves like no option',
      fixture: 'invalid/untagged.yaml',
      options: { requiredKeys: [] },
      errors: [{ messageId: 'untagged', line: 3, column: 3, endLine: 3, endColumn: 6, pointer: '/Resources/Cdn' }],
    },
    {
      name: 'CloudFormation JSON: an empty Tags list',
      fixture: 'invalid/untagged.json',
      errors: [{ messageId: 'untagged', line: 3, column: 5, endLine: 3, endColumn: 17, pointer: '/Resources/WebsiteCdn' }],
    },
    {
      name: 'requiredKeys: two keys missing, one differs only in case',
      fixture: 'invalid/missing-keys.yaml',
      options: REQUIRED,
      errors: [
        {
          messageId: 'missing',
          data: { s: 's', keys: "'CostCenter' and 'Environment'" },
          line: 19,
          column: 7,
          endLine: 19,
          endColumn: 11,
          pointer: '/Resources/Cdn/Properties/Tags',
          message: "The distribution lacks the required tags 'CostCenter' and 'Environment'.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: requiredKeys with one key missing (singular wording)',
      fixture: 'invalid/missing-key.json',
      options: REQUIRED,
      errors: [
        {
          messageId: 'missing',
          data: { s: '', keys: "'Owner'" },
          line: 21,
          column: 9,
          endLine: 21,
          endColumn: 15,
          pointer: '/Resources/Cdn/Properties/Tags',
          message: "The distribution lacks the required tag 'Owner'.",
        },
      ],
    },
    {
      name: 'requiredKeys on an untagged distribution lists six keys, then "and N more"',
      fixture: 'invalid/required-untagged.yaml',
      options: { requiredKeys: ['CostCenter', 'Owner', 'Environment', 'Application', 'DataClassification', 'Backup', 'Compliance'] },
      errors: [
        {
          messageId: 'missing',
          data: { s: 's', keys: "'CostCenter', 'Owner', 'Environment', 'Application', 'DataClassification', 'Backup' and 1 more" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 6,
          pointer: '/Resources/Cdn',
        },
      ],
    },
    {
      name: 'Fn::If removes the CostCenter tag (AWS::NoValue) when the condition is false',
      fixture: 'invalid/conditional-tags.yaml',
      options: { requiredKeys: ['CostCenter', 'Owner'] },
      errors: [
        {
          messageId: 'missing',
          data: { s: '', keys: "'CostCenter'" },
          line: 20,
          column: 7,
          endLine: 20,
          endColumn: 11,
          pointer: '/Resources/Cdn/Properties/Tags',
          message: "The distribution lacks the required tag 'CostCenter', when condition IsProduction is false.",
        },
      ],
    },
  ],
});
