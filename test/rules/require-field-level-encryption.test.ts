import rule from '../../rules/require-field-level-encryption';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: POST behavior with a FieldLevelEncryptionConfig of the template; GET/HEAD(/OPTIONS) elsewhere',
      fixture: 'valid/fle.yaml',
    },
    { name: 'CloudFormation JSON: all seven methods with a literal field-level encryption id', fixture: 'valid/fle.json' },
    {
      name: "API JSON (get-distribution-config): FieldLevelEncryptionId '' only on GET/HEAD behaviors",
      fixture: 'valid/api-fle.json',
    },
    {
      name: 'unresolved AllowedMethods (parameter without a default) and an imported FieldLevelEncryptionId stay silent',
      fixture: 'valid/unresolved.yaml',
    },
  ],
  invalid: [
    {
      name: "CloudFormation YAML: default behavior without FieldLevelEncryptionId, and one with ''",
      fixture: 'invalid/uploads.yaml',
      errors: [
        {
          messageId: 'none',
          data: { behavior: 'Default behavior', methods: 'PUT and POST' },
          line: 19,
          column: 11,
          endLine: 19,
          endColumn: 25,
          pointer: `${CFN}/DefaultCacheBehavior/AllowedMethods`,
          severity: 'info',
          message:
            'Default behavior accepts PUT and POST without field-level encryption; if the requests carry sensitive form fields, add a field-level encryption configuration.',
        },
        {
          messageId: 'none',
          data: { behavior: "Behavior '/account/*'", methods: 'POST and PUT' },
          line: 30,
          column: 13,
          endLine: 30,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/1/AllowedMethods`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: an ordered behavior accepts uploads without field-level encryption',
      fixture: 'invalid/uploads.json',
      errors: [
        {
          messageId: 'none',
          data: { behavior: "Behavior '/apply'", methods: 'PUT and POST' },
          line: 26,
          column: 15,
          endLine: 26,
          endColumn: 31,
          pointer: `${CFN}/CacheBehaviors/0/AllowedMethods`,
        },
      ],
    },
    {
      name: "API JSON (get-distribution-config): seven methods with FieldLevelEncryptionId ''",
      fixture: 'invalid/api-uploads.json',
      errors: [
        {
          messageId: 'none',
          data: { behavior: "Behavior '/pay/*'", methods: 'POST and PUT' },
          line: 57,
          column: 11,
          endLine: 57,
          endColumn: 27,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/AllowedMethods',
        },
      ],
    },
    {
      name: 'Fn::If removes FieldLevelEncryptionId when the condition (from a parameter) is false',
      fixture: 'invalid/conditional-fle.yaml',
      errors: [
        {
          messageId: 'none',
          data: { behavior: "Behavior '/pay/*'", methods: 'PUT and POST' },
          line: 30,
          column: 13,
          endLine: 30,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/0/AllowedMethods`,
          message: /add a field-level encryption configuration, with parameter Stage = 'test'\.$/,
        },
      ],
    },
  ],
});
