import rule from '../../rules/no-redirect-on-unsafe-methods';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const ALL_UNSAFE = 'POST, PUT, PATCH and DELETE';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: https-only API behavior, read-only redirecting behaviors (AllowedMethods omitted on one)',
      fixture: 'valid/https-only.yaml',
    },
    { name: 'CloudFormation JSON: https-only behavior with all methods, redirect with GET/HEAD', fixture: 'valid/https-only.json' },
    { name: 'API JSON: AllowedMethods wrappers with nested CachedMethods', fixture: 'valid/api-https-only.json' },
    { name: 'API JSON (list-distributions): summary with an https-only write behavior', fixture: 'valid/list-distributions.json' },
    { name: 'unresolved viewer policy and AllowedMethods parameters without defaults stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: default behavior and an ordered behavior (block-style method list)',
      fixture: 'invalid/redirect.yaml',
      errors: [
        {
          messageId: 'redirectWithBody',
          data: { behavior: 'Default behavior', methods: ALL_UNSAFE },
          line: 15,
          column: 33,
          endLine: 15,
          endColumn: 50,
          pointer: `${CFN}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          severity: 'warning',
        },
        {
          messageId: 'redirectWithBody',
          data: { behavior: "Behavior '/api/*'", methods: ALL_UNSAFE },
          line: 27,
          column: 35,
          endLine: 27,
          endColumn: 52,
          pointer: `${CFN}/CacheBehaviors/1/ViewerProtocolPolicy`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: methods in any order are listed in a fixed order',
      fixture: 'invalid/redirect.json',
      errors: [
        {
          messageId: 'redirectWithBody',
          data: { behavior: "Behavior '/upload/*'", methods: ALL_UNSAFE },
          line: 19,
          column: 39,
          endLine: 19,
          endColumn: 58,
          pointer: `${CFN}/CacheBehaviors/0/ViewerProtocolPolicy`,
          message:
            "Behavior '/upload/*' redirects HTTP to HTTPS but allows POST, PUT, PATCH and DELETE: HTTP clients get a 307 (403 below HTTP/1.1), send the body twice, the first time in clear text, and both requests are billed; use 'https-only'.",
        },
      ],
    },
    {
      name: 'API JSON: AllowedMethods {Quantity, Items, CachedMethods} on an ordered behavior',
      fixture: 'invalid/api-redirect.json',
      errors: [
        {
          messageId: 'redirectWithBody',
          data: { behavior: "Behavior '/checkout/*'", methods: ALL_UNSAFE },
          line: 18,
          column: 35,
          endColumn: 54,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/ViewerProtocolPolicy',
        },
      ],
    },
    {
      name: 'API YAML: bare DistributionConfig',
      fixture: 'invalid/bare-config.yaml',
      errors: [
        {
          messageId: 'redirectWithBody',
          data: { behavior: 'Default behavior', methods: ALL_UNSAFE },
          line: 14,
          column: 25,
          endLine: 14,
          endColumn: 42,
          pointer: '/DefaultCacheBehavior/ViewerProtocolPolicy',
        },
      ],
    },
    {
      name: 'parameter default and an Fn::If branch (the other branch removes AllowedMethods) say which',
      fixture: 'invalid/alternatives.yaml',
      errors: [
        {
          messageId: 'redirectWithBody',
          data: { behavior: 'Default behavior' },
          line: 21,
          column: 33,
          endLine: 21,
          endColumn: 50,
          pointer: `${CFN}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          message: /use 'https-only', with parameter ViewerPolicy at its default 'redirect-to-https'\.$/,
        },
        {
          messageId: 'redirectWithBody',
          data: { behavior: "Behavior '/forms/*'", methods: ALL_UNSAFE },
          line: 27,
          column: 35,
          pointer: `${CFN}/CacheBehaviors/0/ViewerProtocolPolicy`,
          message: /use 'https-only', when condition IsPrimaryRegion is true\.$/,
        },
      ],
    },
    {
      name: 'a command-line parameter value replaces the default',
      fixture: 'invalid/alternatives.yaml',
      parameters: { ViewerPolicy: 'https-only' },
      errors: [{ messageId: 'redirectWithBody', line: 27, column: 35, message: 'when condition IsPrimaryRegion is true.' }],
    },
  ],
});
