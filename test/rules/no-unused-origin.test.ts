import rule from '../../rules/no-unused-origin';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'an unresolved DefaultCacheBehavior (AWS::Include) could target any origin: silent', fixture: 'valid/included-default-behavior.yaml' },
    { name: 'CloudFormation YAML: one origin targeted directly, two through a targeted origin group', fixture: 'valid/used.yaml' },
    { name: 'CloudFormation JSON: S3 and custom origins, each targeted by a behavior', fixture: 'valid/used.json' },
    {
      name: 'API JSON: members of a targeted group are used even when they are also in an untargeted group',
      fixture: 'valid/api-group-members.json',
    },
    { name: 'unresolved TargetOriginId (parameter without default) stays silent', fixture: 'valid/unresolved-target.yaml' },
    { name: 'unresolved TargetOriginId (!ImportValue) on an ordered behavior stays silent', fixture: 'valid/import-value-target.yaml' },
    { name: "a partly known target '${Env}-web' may name every '*-web' origin", fixture: 'valid/partial-target.yaml' },
    { name: 'an origin group that cannot be evaluated (AWS::Include) stays silent', fixture: 'valid/included-origin-group.yaml' },
    { name: 'legacy S3Origin: target binding is undocumented, stays silent', fixture: 'valid/legacy-origin.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: an origin in no group, and the members of an origin group nothing targets',
      fixture: 'invalid/unused.yaml',
      errors: [
        {
          messageId: 'unused',
          data: { origin: "Origin 'old-api'", groups: ' and it is in no origin group' },
          line: 14,
          column: 17,
          endLine: 14,
          endColumn: 24,
          pointer: `${CFN}/Origins/1/Id`,
          severity: 'warning',
          message: "Origin 'old-api' is not used: no behavior targets it and it is in no origin group.",
        },
        {
          messageId: 'unused',
          data: { origin: "Origin 'img-a'", groups: " and it is only a member of origin group 'images', which no behavior targets" },
          line: 18,
          column: 17,
          endLine: 18,
          endColumn: 22,
          pointer: `${CFN}/Origins/2/Id`,
          message: "Origin 'img-a' is not used: no behavior targets it and it is only a member of origin group 'images', which no behavior targets.",
        },
        {
          messageId: 'unused',
          data: { origin: "Origin 'img-b'", groups: " and it is only a member of origin group 'images', which no behavior targets" },
          line: 22,
          column: 17,
          endLine: 22,
          endColumn: 22,
          pointer: `${CFN}/Origins/3/Id`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: a leftover custom origin next to the S3 origin',
      fixture: 'invalid/unused.json',
      errors: [
        {
          messageId: 'unused',
          data: { origin: "Origin 'legacy-app'", groups: ' and it is in no origin group' },
          line: 16,
          column: 21,
          endLine: 16,
          endColumn: 33,
          pointer: `${CFN}/Origins/1/Id`,
        },
      ],
    },
    {
      name: 'API JSON: origins that are only members of two origin groups that nothing targets',
      fixture: 'invalid/api-unused-group.json',
      errors: [
        {
          messageId: 'unused',
          data: {
            origin: "Origin 'media-us'",
            groups: " and it is only a member of origin groups 'media' and 'media-eu-first', which no behavior targets",
          },
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 27,
          pointer: '/DistributionConfig/Origins/Items/1/Id',
        },
        {
          messageId: 'unused',
          data: {
            origin: "Origin 'media-eu'",
            groups: " and it is only a member of origin groups 'media' and 'media-eu-first', which no behavior targets",
          },
          line: 10,
          column: 17,
          endLine: 10,
          endColumn: 27,
          pointer: '/DistributionConfig/Origins/Items/2/Id',
        },
      ],
    },
    {
      name: "a partly known target '${Env}-web' can never name 'assets'",
      fixture: 'invalid/partial-target.yaml',
      errors: [
        {
          messageId: 'unused',
          data: { origin: "Origin 'assets'", groups: ' and it is in no origin group' },
          line: 16,
          column: 17,
          endLine: 16,
          endColumn: 23,
          pointer: `${CFN}/Origins/1/Id`,
        },
      ],
    },
    {
      name: 'Fn::If removes the only behavior that uses the origin when the condition is false',
      fixture: 'invalid/conditional-behavior.yaml',
      errors: [
        {
          messageId: 'unused',
          data: { origin: "Origin 'api'", groups: ' and it is in no origin group' },
          line: 18,
          column: 17,
          endLine: 18,
          endColumn: 20,
          pointer: `${CFN}/Origins/1/Id`,
          message: "Origin 'api' is not used: no behavior targets it and it is in no origin group, when condition IsProd is false.",
        },
      ],
    },
    {
      name: "a parameter's AllowedValues pick one of two origins: each alternative leaves the other unused",
      fixture: 'invalid/blue-green.yaml',
      errors: [
        {
          messageId: 'unused',
          data: { origin: "Origin 'blue'" },
          line: 13,
          column: 17,
          endLine: 13,
          endColumn: 21,
          pointer: `${CFN}/Origins/0/Id`,
          message: "Origin 'blue' is not used: no behavior targets it and it is in no origin group, with parameter ActiveOrigin = 'green'.",
        },
        {
          messageId: 'unused',
          data: { origin: "Origin 'green'" },
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 22,
          pointer: `${CFN}/Origins/1/Id`,
          message: "with parameter ActiveOrigin = 'blue'.",
        },
      ],
    },
  ],
});
