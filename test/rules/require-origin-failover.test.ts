import rule from '../../rules/require-origin-failover';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const MESSAGE =
  'The distribution has no origin group with two origins, so there is no failover when an origin fails; add an origin group (primary and secondary) for the behaviors that matter.';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: an origin group with a primary and a secondary bucket', fixture: 'valid/group.yaml' },
    { name: 'CloudFormation JSON: one group with two members is enough, even next to a one-member group', fixture: 'valid/group.json' },
    { name: 'API JSON (get-distribution): a two-member origin group', fixture: 'valid/get-distribution.json' },
    { name: 'OriginGroups from AWS::Include cannot be read and stay silent', fixture: 'valid/included-groups.yaml' },
    { name: 'a member list from Fn::FindInMap on a parameter without default stays silent', fixture: 'valid/unresolved-members.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: no OriginGroups at all (points at Origins)',
      fixture: 'invalid/no-groups.yaml',
      errors: [
        {
          messageId: 'noGroup',
          data: {},
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 16,
          pointer: `${CFN}/Origins`,
          severity: 'info',
          message: MESSAGE,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: the only group has one member (points at OriginGroups)',
      fixture: 'invalid/one-member.json',
      errors: [
        {
          messageId: 'noGroup',
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 25,
          pointer: `${CFN}/OriginGroups`,
          severity: 'info',
        },
      ],
    },
    {
      name: 'API JSON (list-distributions): only the summary with an empty OriginGroups wrapper is reported',
      fixture: 'invalid/list-distributions.json',
      errors: [
        {
          messageId: 'noGroup',
          line: 42,
          column: 9,
          endLine: 42,
          endColumn: 18,
          pointer: '/DistributionList/Items/1/Origins',
          severity: 'info',
        },
      ],
    },
    {
      name: 'Fn::If removes the origin group (AWS::NoValue) when condition IsProd is false',
      fixture: 'invalid/conditional-groups.yaml',
      errors: [
        {
          messageId: 'noGroup',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 16,
          pointer: `${CFN}/Origins`,
          message: 'for the behaviors that matter, when condition IsProd is false.',
        },
      ],
    },
  ],
});
