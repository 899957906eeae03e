import rule from '../../rules/valid-path-pattern';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const API = '/DistributionConfig';
const DOCUMENTED = "outside the characters CloudFront documents (letters, digits, _ - . * $ / ~ \" ' @ : + ? &).";
const LONG =
  '/assets/build/5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e96b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4bd4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab354e07408562bedb8b60ce05c1decfe3ad16b72230967de01f/*';

runRuleTests(rule, {
  valid: [
    { name: "API JSON: '&amp;' is one character ('&') towards the 255 limit", fixture: 'valid/api-ampersand-length.json' },
    { name: "CloudFormation YAML: every documented character, a wildcard before the trailing '/', a leading-'/' duplicate", fixture: 'valid/patterns.yaml' },
    { name: 'CloudFormation JSON: a pattern of exactly 255 characters', fixture: 'valid/max-length.json' },
    { name: "API JSON: '&' returned as '&amp;' is allowed", fixture: 'valid/api-ampersand.json' },
    { name: "the bare '/' pattern (the root path) is not a trailing-slash mistake", fixture: 'valid/root.yaml' },
    { name: 'unresolved patterns (parameter without default, !ImportValue, !Sub) stay silent', fixture: 'valid/unresolved.yaml' },
    { name: 'a command-line parameter value with a wildcard', fixture: 'invalid/parameter.yaml', parameters: { LegacyPattern: '/legacy/*' } },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: 256 characters',
      fixture: 'invalid/too-long.yaml',
      errors: [
        {
          messageId: 'tooLong',
          data: { behavior: `Behavior '${LONG}'`, length: 256 },
          line: 18,
          column: 26,
          endLine: 18,
          endColumn: 282,
          pointer: `${CFN}/CacheBehaviors/0/PathPattern`,
          severity: 'error',
          message: /' has a path pattern of 256 characters; CloudFront allows at most 255\.$/,
        },
      ],
    },
    {
      name: 'CloudFormation YAML: a space, %, = and brackets',
      fixture: 'invalid/bad-characters.yaml',
      errors: [
        {
          messageId: 'badCharacters',
          data: { behavior: "Behavior '/user guide/*'", characters: 'a space' },
          line: 19,
          column: 26,
          endLine: 19,
          endColumn: 39,
          pointer: `${CFN}/CacheBehaviors/0/PathPattern`,
          severity: 'error',
          message: `Behavior '/user guide/*' uses a space in its path pattern, ${DOCUMENTED}`,
        },
        {
          messageId: 'badCharacters',
          data: { behavior: "Behavior '/files/report%202024*'", characters: "'%'" },
          line: 23,
          column: 26,
          endLine: 23,
          endColumn: 47,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
        },
        {
          messageId: 'badCharacters',
          data: { behavior: "Behavior '/search?lang=*'", characters: "'='" },
          line: 27,
          column: 26,
          endLine: 27,
          endColumn: 40,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
        },
        {
          messageId: 'badCharacters',
          data: { behavior: "Behavior '/img/[0-9]*.png'", characters: "'[', ']'" },
          line: 31,
          column: 26,
          endLine: 31,
          endColumn: 41,
          pointer: `${CFN}/CacheBehaviors/3/PathPattern`,
        },
      ],
    },
    {
      name: "CloudFormation YAML: '*' as an ordered behavior",
      fixture: 'invalid/catch-all.yaml',
      errors: [
        {
          messageId: 'catchAll',
          data: { behavior: "Behavior '*'", pattern: '*' },
          line: 19,
          column: 26,
          endLine: 19,
          endColumn: 29,
          pointer: `${CFN}/CacheBehaviors/0/PathPattern`,
          severity: 'error',
          message:
            "Behavior '*' has the pattern '*', which matches every path: every later behavior is unreachable; put these settings on the default behavior instead.",
        },
      ],
    },
    {
      name: "CloudFormation JSON: '/*' as an ordered behavior",
      fixture: 'invalid/catch-all.json',
      errors: [
        {
          messageId: 'catchAll',
          data: { behavior: "Behavior '/*'", pattern: '/*' },
          line: 28,
          column: 30,
          endLine: 28,
          endColumn: 34,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          severity: 'error',
        },
      ],
    },
    {
      name: "CloudFormation YAML: no wildcard and a trailing '/' (warning)",
      fixture: 'invalid/trailing-slash.yaml',
      errors: [
        {
          messageId: 'trailingSlash',
          data: { behavior: "Behavior '/api/'", path: '/api/', suggestion: '/api/*' },
          line: 19,
          column: 26,
          endLine: 19,
          endColumn: 31,
          pointer: `${CFN}/CacheBehaviors/0/PathPattern`,
          severity: 'warning',
          message:
            "Behavior '/api/' has no wildcard and ends in '/', so it matches the single path '/api/' and nothing below it; use '/api/*' to match the directory's contents.",
        },
        {
          messageId: 'trailingSlash',
          data: { behavior: "Behavior 'docs/v2/'", path: '/docs/v2/', suggestion: '/docs/v2/*' },
          line: 23,
          column: 26,
          endLine: 23,
          endColumn: 34,
          pointer: `${CFN}/CacheBehaviors/1/PathPattern`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'CloudFormation YAML: two patterns that differ only in letter case (warning on the later one)',
      fixture: 'invalid/case-variant.yaml',
      errors: [
        {
          messageId: 'caseVariant',
          data: { behavior: "Behavior '/docs/*'", other: "behavior '/Docs/*' (#1)" },
          line: 27,
          column: 26,
          endLine: 27,
          endColumn: 33,
          pointer: `${CFN}/CacheBehaviors/2/PathPattern`,
          severity: 'warning',
          message:
            "Behavior '/docs/*' differs from behavior '/Docs/*' (#1) only in letter case; path patterns are case-sensitive, so check that both spellings are meant.",
        },
      ],
    },
    {
      name: "API JSON: braces, a control character, '&amp;' with a trailing '/', and '/**'",
      fixture: 'invalid/api-patterns.json',
      errors: [
        {
          messageId: 'badCharacters',
          data: { behavior: "Behavior '/img/{width}x{height}/*'", characters: "'{', '}'" },
          line: 22,
          column: 26,
          endLine: 22,
          endColumn: 51,
          pointer: `${API}/CacheBehaviors/Items/0/PathPattern`,
          severity: 'error',
        },
        {
          messageId: 'badCharacters',
          data: { characters: 'control character U+0009' },
          line: 28,
          column: 26,
          endLine: 28,
          endColumn: 44,
          pointer: `${API}/CacheBehaviors/Items/1/PathPattern`,
        },
        {
          messageId: 'trailingSlash',
          data: { behavior: "Behavior '/news&amp;events/'", path: '/news&events/', suggestion: '/news&events/*' },
          line: 34,
          column: 26,
          endLine: 34,
          endColumn: 45,
          pointer: `${API}/CacheBehaviors/Items/2/PathPattern`,
          severity: 'warning',
        },
        {
          messageId: 'catchAll',
          data: { behavior: "Behavior '/**'", pattern: '/**' },
          line: 40,
          column: 26,
          endLine: 40,
          endColumn: 31,
          pointer: `${API}/CacheBehaviors/Items/3/PathPattern`,
          severity: 'error',
        },
      ],
    },
    {
      name: "a parameter's default ends in '/' without a wildcard",
      fixture: 'invalid/parameter.yaml',
      errors: [
        {
          messageId: 'trailingSlash',
          data: { behavior: "Behavior '/legacy/'", path: '/legacy/', suggestion: '/legacy/*' },
          line: 23,
          column: 26,
          endLine: 23,
          endColumn: 44,
          pointer: `${CFN}/CacheBehaviors/0/PathPattern`,
          severity: 'warning',
          message: "use '/legacy/*' to match the directory's contents, with parameter LegacyPattern at its default '/legacy/'.",
        },
      ],
    },
    {
      name: "an Fn::If branch is '/*' when the condition is true",
      fixture: 'invalid/condition.yaml',
      errors: [
        {
          messageId: 'catchAll',
          data: { behavior: "Behavior '/*'", pattern: '/*' },
          line: 20,
          column: 42,
          endLine: 20,
          endColumn: 44,
          pointer: `${CFN}/CacheBehaviors/0/PathPattern/Fn::If/1`,
          message: /put these settings on the default behavior instead, when condition IsPreview is true\.$/,
        },
      ],
    },
  ],
});
