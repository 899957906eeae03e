import rule from '../../rules/valid-target-origin';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: targets an origin group and an origin', fixture: 'valid/targets.yaml' },
    { name: 'CloudFormation JSON: targets S3 and custom origins', fixture: 'valid/targets.json' },
    { name: 'API JSON: default behavior targets an origin group', fixture: 'valid/api-targets.json' },
    { name: 'API JSON (get-distribution): empty OriginGroups and CacheBehaviors wrappers', fixture: 'valid/get-distribution.json' },
    { name: 'unresolved TargetOriginId (parameter without default) stays silent', fixture: 'valid/unresolved-target.yaml' },
    { name: 'an unresolved origin id makes every literal target possible', fixture: 'valid/unresolved-origin-id.yaml' },
    { name: 'an origin list item that cannot be evaluated (AWS::Include) stays silent', fixture: 'valid/included-origin.yaml' },
    { name: 'legacy CustomOrigin: target binding is undocumented, stays silent', fixture: 'valid/legacy-origin.yaml' },
  ],
  invalid: [
    {
      name: 'a literal target that no value of a partly known origin id can equal',
      fixture: 'invalid/partial-origin-id.yaml',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: "Behavior '/checkout/*'", target: "'static'", known: "${Env}-web and 'assets'" },
          line: 26,
          column: 29,
          endLine: 26,
          endColumn: 35,
          pointer: '/Resources/Cdn/Properties/DistributionConfig/CacheBehaviors/0/TargetOriginId',
        },
      ],
    },
    {
      name: 'CloudFormation YAML: misspelt origin group and a missing origin',
      fixture: 'invalid/typo.yaml',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: "Behavior '/api/*'", target: "'api-failvoer'", known: "'web', 'api', 'api-dr' and 'api-failover'" },
          line: 40,
          column: 29,
          endLine: 40,
          endColumn: 41,
          pointer: `${CFN}/CacheBehaviors/0/TargetOriginId`,
          severity: 'error',
        },
        {
          messageId: 'unknownTarget',
          data: { behavior: "Behavior '/images/*'", target: "'images'" },
          line: 44,
          column: 29,
          endColumn: 35,
          pointer: `${CFN}/CacheBehaviors/1/TargetOriginId`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: default behavior targets a misspelt S3 origin id',
      fixture: 'invalid/typo.json',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: 'Default behavior', target: "'S3-mysite-bucket'", known: "'S3-my-site-bucket'" },
          line: 18,
          column: 31,
          endLine: 18,
          endColumn: 49,
          pointer: `${CFN}/DefaultCacheBehavior/TargetOriginId`,
        },
      ],
    },
    {
      name: 'API JSON: typo among seven ids (the list of known ids is capped at six)',
      fixture: 'invalid/api-typo.json',
      errors: [
        {
          messageId: 'unknownTarget',
          data: {
            behavior: "Behavior '/search/*'",
            target: "'serach'",
            known: "'web-a', 'web-b', 'api', 'search', 'media', 'auth' and 1 more",
          },
          line: 42,
          column: 29,
          endLine: 42,
          endColumn: 37,
          pointer: '/DistributionConfig/CacheBehaviors/Items/1/TargetOriginId',
        },
      ],
    },
    {
      name: 'API JSON (list-distributions): only the summary with the bad target is reported',
      fixture: 'invalid/list-distributions.json',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: "Behavior '/v1/*'", target: "'docs-v1'", known: "'docs'" },
          line: 31,
          column: 57,
          endLine: 31,
          endColumn: 66,
          pointer: '/DistributionList/Items/1/CacheBehaviors/Items/0/TargetOriginId',
        },
      ],
    },
    {
      name: 'API YAML: a distribution without origins',
      fixture: 'invalid/no-origins.yaml',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: 'Default behavior', target: "'app'", known: 'no origins' },
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 22,
          pointer: '/DefaultCacheBehavior/TargetOriginId',
          message: "Default behavior targets 'app', which is neither an origin nor an origin group of this distribution (it has no origins).",
        },
      ],
    },
    {
      name: 'Fn::If removes the target origin (AWS::NoValue) when the condition is false',
      fixture: 'invalid/conditional-origin.yaml',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: "Behavior '/legacy/*'", target: "'legacy'", known: "'web'" },
          line: 28,
          column: 29,
          pointer: `${CFN}/CacheBehaviors/0/TargetOriginId`,
          message: /\(it has 'web'\), when condition IsPrimaryRegion is false\.$/,
        },
      ],
    },
    {
      name: "a parameter's default names no origin",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'unknownTarget',
          data: { behavior: 'Default behavior', target: "'website'", known: "'web' and 'maintenance'" },
          line: 22,
          column: 27,
          endLine: 22,
          endColumn: 45,
          pointer: `${CFN}/DefaultCacheBehavior/TargetOriginId`,
          message: "with parameter DefaultTarget at its default 'website'.",
        },
      ],
    },
  ],
});
