import rule from '../../rules/require-geo-restriction';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'Restrictions from an AWS::Include snippet cannot be read: silent', fixture: 'valid/included-restrictions.yaml' },
    { name: 'CloudFormation YAML: an allow list (whitelist)', fixture: 'valid/allow-list.yaml' },
    { name: 'CloudFormation JSON: a block list (blacklist)', fixture: 'valid/block-list.json' },
    { name: 'API JSON (get-distribution-config): whitelist with Quantity/Items', fixture: 'valid/api-allow-list.json' },
    { name: 'API JSON (list-distributions): a summary with a block list', fixture: 'valid/list-distributions.json' },
    { name: 'unresolved RestrictionType (parameter without a default) stays silent', fixture: 'valid/unresolved-type.yaml' },
  ],
  invalid: [
    {
      name: "CloudFormation YAML: RestrictionType 'none'",
      fixture: 'invalid/none.yaml',
      errors: [
        {
          messageId: 'none',
          data: { why: " (RestrictionType 'none')" },
          line: 20,
          column: 30,
          endLine: 20,
          endColumn: 34,
          pointer: `${CFN}/Restrictions/GeoRestriction/RestrictionType`,
          severity: 'info',
          message:
            "The distribution has no geographic restriction (RestrictionType 'none'); if the content is only for some countries, add an allow list (or a block list).",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: no Restrictions at all (reported on the resource)',
      fixture: 'invalid/absent.json',
      errors: [
        {
          messageId: 'none',
          data: { why: '' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 10,
          pointer: '/Resources/Cdn',
          message: 'The distribution has no geographic restriction; if the content is only for some countries, add an allow list (or a block list).',
        },
      ],
    },
    {
      name: "API JSON (get-distribution-config): RestrictionType 'none' with Quantity 0",
      fixture: 'invalid/api-none.json',
      errors: [
        {
          messageId: 'none',
          data: { why: " (RestrictionType 'none')" },
          line: 61,
          column: 46,
          endLine: 61,
          endColumn: 52,
          pointer: '/DistributionConfig/Restrictions/GeoRestriction/RestrictionType',
        },
      ],
    },
    {
      name: 'API JSON (bare DistributionConfig): no Restrictions (reported on the whole document)',
      fixture: 'invalid/api-absent.json',
      errors: [{ messageId: 'none', data: { why: '' }, line: 1, column: 1, endLine: 25, endColumn: 2, pointer: '' }],
    },
    {
      name: "a parameter's default 'none'",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'none',
          data: { why: " (RestrictionType 'none')" },
          line: 27,
          column: 30,
          endLine: 27,
          endColumn: 53,
          pointer: `${CFN}/Restrictions/GeoRestriction/RestrictionType`,
          message: /add an allow list \(or a block list\), with parameter GeoRestrictionType at its default 'none'\.$/,
        },
      ],
    },
    {
      name: 'Fn::If removes Restrictions (AWS::NoValue) when the condition is false',
      fixture: 'invalid/conditional-restriction.yaml',
      errors: [
        {
          messageId: 'none',
          data: { why: '' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          message: /\(or a block list\), when condition IsProduction is false\.$/,
        },
      ],
    },
  ],
});
