import rule from '../../rules/no-routing-change';
import { runRuleTests } from '../helpers/rule-tester';

// Each case lints the fixture (the version under review) against `before` (the earlier version);
// distributions pair by CloudFormation logical id or, for API JSON, CallerReference.
const APP = '/Resources/App/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'no earlier version: the rule does not run', fixture: 'invalid/reordered.yaml' },
    { name: 'same patterns in the same order (settings inside a behavior changed)', fixture: 'valid/identical.yaml', before: 'before/app.yaml' },
    {
      name: 'a shadowed behavior added and a pattern written without its leading slash',
      fixture: 'valid/shadowed-addition.yaml',
      before: 'before/app.yaml',
    },
    { name: 'unresolved path pattern (parameter without default) stays silent', fixture: 'valid/unresolved-pattern.yaml', before: 'before/app.yaml' },
    { name: 'CloudFormation JSON: the same patterns spelt with and without the leading slash', fixture: 'valid/reformatted.json', before: 'before/site.json' },
    { name: 'API JSON: identical routing (only the comment changed)', fixture: 'valid/get-distribution-config.json', before: 'before/get-distribution-config.json' },
  ],
  invalid: [
    {
      name: "CloudFormation YAML: '/api/*' moved before '/api/admin/*'",
      fixture: 'invalid/reordered.yaml',
      before: 'before/app.yaml',
      errors: [
        {
          messageId: 'moved',
          data: { path: '/api/admin/x', before: "behavior '/api/admin/*'", after: "behavior '/api/*'" },
          line: 29,
          column: 26,
          endLine: 29,
          endColumn: 32,
          pointer: `${APP}/CacheBehaviors/0/PathPattern`,
          severity: 'info',
          message: "GET /api/admin/x was served by behavior '/api/admin/*' and is now served by behavior '/api/*'.",
        },
      ],
    },
    {
      name: 'an edited pattern: its old paths fall to the default behavior, its new ones leave it',
      fixture: 'invalid/edited-pattern.yaml',
      before: 'before/app.yaml',
      errors: [
        {
          messageId: 'moved',
          data: { path: '/img/x', before: "behavior '/img/*'", after: 'the default behavior' },
          line: 25,
          column: 9,
          endLine: 25,
          endColumn: 29,
          pointer: `${APP}/DefaultCacheBehavior`,
          message: "GET /img/x was served by behavior '/img/*' and is now served by the default behavior.",
        },
        {
          messageId: 'moved',
          data: { path: '/images/x', before: 'the default behavior', after: "behavior '/images/*'" },
          line: 39,
          column: 26,
          endLine: 39,
          endColumn: 35,
          pointer: `${APP}/CacheBehaviors/2/PathPattern`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: a removed behavior; its paths go to the default behavior and to a later pattern',
      fixture: 'invalid/removed.json',
      before: 'before/site.json',
      errors: [
        {
          messageId: 'moved',
          data: { path: '/video/x', before: "behavior '/video/*'", after: 'the default behavior' },
          line: 31,
          column: 11,
          endLine: 31,
          endColumn: 33,
          pointer: '/Resources/Site/Properties/DistributionConfig/DefaultCacheBehavior',
        },
        {
          messageId: 'moved',
          data: { path: '/video/x.mp4', before: "behavior '/video/*'", after: "behavior '*.mp4'" },
          line: 38,
          column: 30,
          endLine: 38,
          endColumn: 37,
          pointer: '/Resources/Site/Properties/DistributionConfig/CacheBehaviors/0/PathPattern',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): an added behavior takes paths from the default behavior',
      fixture: 'invalid/get-distribution-config.json',
      before: 'before/get-distribution-config.json',
      errors: [
        {
          messageId: 'moved',
          data: { path: '/docs/x', before: 'the default behavior', after: "behavior '/docs/*'" },
          line: 84,
          column: 26,
          endLine: 84,
          endColumn: 35,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/PathPattern',
          message: "GET /docs/x was served by the default behavior and is now served by behavior '/docs/*'.",
        },
      ],
    },
    {
      name: 'Fn::If on a condition of a parameter: both moves hold only for that value',
      fixture: 'invalid/conditional-pattern.yaml',
      before: 'before/api.yaml',
      errors: [
        {
          messageId: 'moved',
          data: { path: '/v1/x', before: "behavior '/v1/*'", after: 'the default behavior' },
          line: 26,
          column: 9,
          pointer: '/Resources/Api/Properties/DistributionConfig/DefaultCacheBehavior',
          message: "GET /v1/x was served by behavior '/v1/*' and is now served by the default behavior, with parameter ApiVersion = 'v2'.",
        },
        {
          messageId: 'moved',
          data: { path: '/v2/x', before: 'the default behavior', after: "behavior '/v2/*'" },
          line: 31,
          column: 38,
          endLine: 31,
          endColumn: 43,
          pointer: '/Resources/Api/Properties/DistributionConfig/CacheBehaviors/0/PathPattern/Fn::If/1',
          message: /, with parameter ApiVersion = 'v2'\.$/,
        },
      ],
    },
    {
      name: 'six behaviors removed: at most five moves are reported per distribution',
      fixture: 'invalid/all-removed.yaml',
      before: 'before/files.yaml',
      errors: ['audio', 'docs', 'fonts', 'images', 'scripts'].map((dir) => ({
        messageId: 'moved',
        data: { path: `/${dir}/x`, before: `behavior '/${dir}/*'`, after: 'the default behavior' },
        line: 14,
        column: 9,
        endLine: 14,
        endColumn: 29,
        pointer: '/Resources/Files/Properties/DistributionConfig/DefaultCacheBehavior',
      })),
    },
  ],
});
