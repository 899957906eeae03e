import rule from '../../rules/require-key-groups';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: a trusted key group, and an empty TrustedSigners list', fixture: 'valid/key-groups.yaml' },
    { name: 'CloudFormation JSON: the default behavior signs with a key group', fixture: 'valid/key-groups.json' },
    {
      name: 'API JSON (get-distribution-config): TrustedSigners {Enabled: false, Quantity: 0} next to an enabled key group',
      fixture: 'valid/api-key-groups.json',
    },
    { name: 'unresolved TrustedSigners (list parameter without a default) stays silent', fixture: 'valid/unresolved-signers.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: signers on the default behavior, and signers next to a key group',
      fixture: 'invalid/signers.yaml',
      errors: [
        {
          messageId: 'signers',
          data: { behavior: 'Default behavior' },
          line: 26,
          column: 11,
          endLine: 26,
          endColumn: 25,
          pointer: `${CFN}/DefaultCacheBehavior/TrustedSigners`,
          severity: 'warning',
        },
        {
          messageId: 'signers',
          data: { behavior: "Behavior '/reports/*'" },
          line: 38,
          column: 13,
          endLine: 38,
          endColumn: 27,
          pointer: `${CFN}/CacheBehaviors/1/TrustedSigners`,
        },
      ],
    },
    {
      name: "CloudFormation JSON: TrustedSigners ['self'] on the default behavior",
      fixture: 'invalid/signers.json',
      errors: [
        {
          messageId: 'signers',
          data: { behavior: 'Default behavior' },
          line: 20,
          column: 13,
          endLine: 20,
          endColumn: 29,
          pointer: `${CFN}/DefaultCacheBehavior/TrustedSigners`,
          message:
            'Default behavior verifies signed URLs with trusted signers (CloudFront key pairs of the root user); use TrustedKeyGroups with public keys instead.',
        },
      ],
    },
    {
      name: 'API JSON: TrustedSigners {Enabled, Quantity, Items} on an ordered behavior',
      fixture: 'invalid/api-signers.json',
      errors: [
        {
          messageId: 'signers',
          data: { behavior: "Behavior '/videos/*'" },
          line: 47,
          column: 11,
          endLine: 47,
          endColumn: 27,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/TrustedSigners',
        },
      ],
    },
    {
      name: 'Fn::If adds trusted signers when the condition is true',
      fixture: 'invalid/conditional-signers.yaml',
      errors: [
        {
          messageId: 'signers',
          data: { behavior: "Behavior '/downloads/*'" },
          line: 26,
          column: 52,
          endLine: 26,
          endColumn: 58,
          pointer: `${CFN}/CacheBehaviors/0/TrustedSigners/Fn::If/1`,
          message: /use TrustedKeyGroups with public keys instead, when condition UseLegacySigning is true\.$/,
        },
      ],
    },
  ],
});
