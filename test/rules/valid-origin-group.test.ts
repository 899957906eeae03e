import rule from '../../rules/valid-origin-group';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const GROUPS = `${CFN}/OriginGroups/Items`;

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: two members, 5xx codes, GET/HEAD on the group; the write behavior targets an origin',
      fixture: 'valid/groups.yaml',
    },
    { name: 'CloudFormation JSON: S3 primary and replica, 403/404, GET/HEAD/OPTIONS', fixture: 'valid/groups.json' },
    { name: 'API JSON: every accepted status code, AllowedMethods wrapper with OPTIONS', fixture: 'valid/api-config.json' },
    {
      name: 'member id, status codes and AllowedMethods from parameters without default, a partly known origin id stay silent',
      fixture: 'valid/unresolved.yaml',
    },
    { name: 'an origin added by AWS::Include could be the member: member ids are not checked', fixture: 'valid/included-origin.yaml' },
    {
      name: 'FailoverCriteria from Fn::FindInMap on a parameter without default: the codes are unknown, not missing',
      fixture: 'valid/failover-criteria-from-unresolved-mapping.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: one, three and zero members; a misspelt member id',
      fixture: 'invalid/members.yaml',
      errors: [
        {
          messageId: 'members',
          data: { group: "'solo'", count: 1, s: '' },
          line: 29,
          column: 15,
          endLine: 29,
          endColumn: 22,
          pointer: `${GROUPS}/0/Members`,
          severity: 'error',
          message: "Origin group 'solo' has 1 member; it needs exactly two (primary and secondary).",
        },
        {
          messageId: 'members',
          data: { group: "'trio'", count: 3, s: 's' },
          line: 38,
          column: 15,
          endLine: 38,
          endColumn: 22,
          pointer: `${GROUPS}/1/Members`,
        },
        {
          messageId: 'members',
          data: { group: "'empty'", count: 0, s: 's' },
          line: 44,
          column: 19,
          endLine: 44,
          endColumn: 24,
          pointer: `${GROUPS}/2/Id`,
        },
        {
          messageId: 'unknownMember',
          data: { group: "'typo'", member: "'web-usa'" },
          line: 61,
          column: 31,
          endLine: 61,
          endColumn: 38,
          pointer: `${GROUPS}/3/Members/Items/1/OriginId`,
          message: "Origin group 'typo' names member 'web-usa', which is not an origin of this distribution.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: an empty StatusCodes list, codes 501 and 429',
      fixture: 'invalid/codes.json',
      errors: [
        {
          messageId: 'noCodes',
          data: { group: "'no-codes'" },
          line: 18,
          column: 23,
          endLine: 18,
          endColumn: 33,
          pointer: `${GROUPS}/0/Id`,
          message: "Origin group 'no-codes' has no failover status codes; list at least one of 400, 403, 404, 416, 500, 502, 503, 504.",
        },
        {
          messageId: 'badCode',
          data: { group: "'wrong-codes'", code: 501 },
          line: 24,
          column: 86,
          endLine: 24,
          endColumn: 89,
          pointer: `${GROUPS}/1/FailoverCriteria/StatusCodes/Items/1`,
        },
        {
          messageId: 'badCode',
          data: { group: "'wrong-codes'", code: 429 },
          line: 24,
          column: 91,
          endLine: 24,
          endColumn: 94,
          pointer: `${GROUPS}/1/FailoverCriteria/StatusCodes/Items/2`,
        },
      ],
    },
    {
      name: 'API JSON: status 200 and a behavior with all seven methods targeting the group',
      fixture: 'invalid/api.json',
      errors: [
        {
          messageId: 'badCode',
          data: { group: "'api'", code: 200 },
          line: 35,
          column: 80,
          endLine: 35,
          endColumn: 83,
          pointer: '/DistributionConfig/OriginGroups/Items/0/FailoverCriteria/StatusCodes/Items/1',
          message: "Origin group 'api' fails over on status 200; CloudFront accepts only 400, 403, 404, 416, 500, 502, 503 and 504.",
        },
        {
          messageId: 'unsafeMethods',
          data: { behavior: "Behavior '/api/*'", group: "'api'", methods: 'DELETE, POST, PUT, PATCH' },
          line: 53,
          column: 11,
          endLine: 53,
          endColumn: 27,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/AllowedMethods',
          message:
            "Behavior '/api/*' targets origin group 'api' but allows DELETE, POST, PUT, PATCH; CloudFront refuses POST, PUT, PATCH and DELETE on a behavior that uses an origin group.",
        },
      ],
    },
    {
      name: 'Fn::If on AllowedMethods: the group is targeted with write methods when EnableWrites is true',
      fixture: 'invalid/conditional-methods.yaml',
      errors: [
        {
          messageId: 'unsafeMethods',
          data: { behavior: 'Default behavior', group: "'app'", methods: 'PUT, PATCH, POST, DELETE' },
          line: 42,
          column: 15,
          endLine: 42,
          endColumn: 61,
          pointer: `${CFN}/DefaultCacheBehavior/AllowedMethods/Fn::If/1`,
          message: "on a behavior that uses an origin group, with parameter EnableWrites = 'true'.",
        },
      ],
    },
  ],
});
