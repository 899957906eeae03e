import rule from '../../rules/no-duplicate-path-pattern';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: overlapping but different patterns', fixture: 'valid/distinct.yaml' },
    { name: 'CloudFormation JSON: patterns that differ only after a wildcard', fixture: 'valid/distinct.json' },
    { name: 'API JSON: /Docs/* and /docs/* differ in case, so they are not duplicates', fixture: 'valid/api-case-different.json' },
    { name: 'unresolved patterns (parameter without default, !ImportValue) stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: the same pattern written twice',
      fixture: 'invalid/exact.yaml',
      errors: [
        {
          messageId: 'duplicate',
          data: { behavior: "Behavior '/api/*' (#3)", first: "behavior '/api/*' (#1)", how: '' },
          line: 30,
          column: 26,
          endLine: 30,
          endColumn: 32,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
          severity: 'error',
          message:
            "Behavior '/api/*' (#3) has the same path pattern as behavior '/api/*' (#1); CloudFront always picks the first, so this behavior is never used.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: equal only after dropping the leading / and collapsing **',
      fixture: 'invalid/normalised.json',
      errors: [
        {
          messageId: 'duplicate',
          data: { behavior: "Behavior '/images/**' (#2)", first: "behavior 'images/*' (#1)", how: ' (a leading / makes no difference; ** means the same as *)' },
          line: 25,
          column: 30,
          endLine: 25,
          endColumn: 42,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          message:
            "Behavior '/images/**' (#2) has the same path pattern as behavior 'images/*' (#1) (a leading / makes no difference; ** means the same as *); CloudFront always picks the first, so this behavior is never used.",
        },
      ],
    },
    {
      name: 'API JSON: three copies give two findings, each naming the first',
      fixture: 'invalid/api-three-copies.json',
      errors: [
        {
          messageId: 'duplicate',
          data: { behavior: "Behavior '/checkout/*' (#2)", first: "behavior '/checkout/*' (#1)", how: '' },
          line: 27,
          column: 26,
          endLine: 27,
          endColumn: 39,
          pointer: '/DistributionConfig/CacheBehaviors/Items/1/PathPattern',
        },
        {
          messageId: 'duplicate',
          data: { behavior: "Behavior '/checkout/*' (#3)", first: "behavior '/checkout/*' (#1)", how: '' },
          line: 33,
          column: 26,
          endLine: 33,
          endColumn: 39,
          pointer: '/DistributionConfig/CacheBehaviors/Items/2/PathPattern',
        },
      ],
    },
    {
      name: "a parameter's AllowedValues: a duplicate only with one of them",
      fixture: 'invalid/parameter.yaml',
      errors: [
        {
          messageId: 'duplicate',
          data: { behavior: "Behavior '/api/*' (#2)", first: "behavior '/api/*' (#1)", how: '' },
          line: 33,
          column: 26,
          endLine: 33,
          endColumn: 45,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          message: "so this behavior is never used, with parameter ReportsPattern = '/api/*'.",
        },
      ],
    },
    {
      name: 'API JSON: & and &amp; are the same pattern, and the message says why',
      fixture: 'invalid/api-amp-entity.json',
      errors: [
        {
          messageId: 'duplicate',
          data: {
            behavior: "Behavior '/terms&amp;conditions/*' (#2)",
            first: "behavior '/terms&conditions/*' (#1)",
            how: ' (&amp; is how CloudFront writes &)',
          },
          line: 26,
          column: 26,
          endLine: 26,
          endColumn: 51,
          pointer: '/DistributionConfig/CacheBehaviors/Items/1/PathPattern',
        },
      ],
    },
  ],
});
