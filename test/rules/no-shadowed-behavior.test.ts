import rule from '../../rules/no-shadowed-behavior';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: specific behaviors listed before the broader ones', fixture: 'valid/specific-first.yaml' },
    { name: 'CloudFormation JSON: /api/*.json overlaps /api/admin/* but does not cover it', fixture: 'valid/overlap-reachable.json' },
    { name: 'API JSON: /Docs/* does not shadow /docs/* (patterns are case-sensitive)', fixture: 'valid/api-case-sensitive.json' },
    { name: 'an unresolved earlier pattern (!ImportValue) that would be needed for the cover stays silent', fixture: 'valid/unresolved-cover.yaml' },
    { name: 'a later pattern that is unresolved (parameter without default) stays silent', fixture: 'valid/unresolved-target.yaml' },
    { name: 'exact duplicates are left to no-duplicate-path-pattern', fixture: 'valid/duplicate-pattern.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: /api/* before /api/v1/*',
      fixture: 'invalid/broad-first.yaml',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/api/v1/*'", cover: "behavior '/api/*' (#1)" },
          line: 26,
          column: 26,
          endLine: 26,
          endColumn: 35,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          severity: 'error',
          message: "Behavior '/api/v1/*' can never be selected: every path it matches is matched first by behavior '/api/*' (#1).",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: *.jpg before images/*.jpg (* crosses /)',
      fixture: 'invalid/extension-first.json',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior 'images/*.jpg'", cover: "behavior '*.jpg' (#1)" },
          line: 25,
          column: 30,
          endLine: 25,
          endColumn: 44,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
        },
      ],
    },
    {
      name: 'API JSON: /docs* is covered only by /docs and /docs?* together (/docs/* overlaps but is not needed)',
      fixture: 'invalid/api-union.json',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/docs*'", cover: "behavior '/docs' (#1) and behavior '/docs?*' (#3) together" },
          line: 39,
          column: 26,
          endLine: 39,
          endColumn: 34,
          pointer: '/DistributionConfig/CacheBehaviors/Items/3/PathPattern',
          message:
            "Behavior '/docs*' can never be selected: every path it matches is matched first by behavior '/docs' (#1) and behavior '/docs?*' (#3) together.",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution): an ordered /* behavior makes every later behavior unreachable',
      fixture: 'invalid/api-catch-all.json',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/account/*'", cover: "behavior '/*' (#1)" },
          line: 32,
          column: 28,
          endLine: 32,
          endColumn: 40,
          pointer: '/Distribution/DistributionConfig/CacheBehaviors/Items/1/PathPattern',
        },
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/favicon.ico'", cover: "behavior '/*' (#1)" },
          line: 38,
          column: 28,
          endLine: 38,
          endColumn: 42,
          pointer: '/Distribution/DistributionConfig/CacheBehaviors/Items/2/PathPattern',
        },
      ],
    },
    {
      name: 'a leading / is insignificant: images/* shadows /images/thumbnails/*',
      fixture: 'invalid/leading-slash.yaml',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/images/thumbnails/*'", cover: "behavior 'images/*' (#1)" },
          line: 26,
          column: 26,
          endLine: 26,
          endColumn: 46,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
        },
      ],
    },
    {
      name: 'an unresolved earlier pattern that the cover does not need does not hide the finding',
      fixture: 'invalid/unresolved-not-needed.yaml',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/api/v1/*'", cover: "behavior '/api/*' (#1)" },
          line: 29,
          column: 26,
          endLine: 29,
          endColumn: 35,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
        },
      ],
    },
    {
      name: 'Fn::If on PathPattern: shadowed only when the condition is true',
      fixture: 'invalid/conditional-pattern.yaml',
      errors: [
        {
          messageId: 'shadowed',
          data: { behavior: "Behavior '/api/internal/*'", cover: "behavior '/api/*' (#1)" },
          line: 28,
          column: 48,
          endLine: 28,
          endColumn: 63,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern/Fn::If/1`,
          message:
            "Behavior '/api/internal/*' can never be selected: every path it matches is matched first by behavior '/api/*' (#1), when condition IsPrimaryRegion is true.",
        },
      ],
    },
  ],
});
