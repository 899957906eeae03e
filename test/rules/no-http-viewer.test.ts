import rule from '../../rules/no-http-viewer';
import { runRuleTests } from '../helpers/rule-tester';

const DEFAULT = '/Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior/ViewerProtocolPolicy';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: every behavior requires HTTPS', fixture: 'valid/https.yaml' },
    { name: 'CloudFormation JSON: https-only', fixture: 'valid/https.json' },
    { name: 'API JSON: redirect-to-https', fixture: 'valid/api-https.json' },
    { name: 'unresolved parameter without default stays silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: default and ordered behavior',
      fixture: 'invalid/allow-all.yaml',
      errors: [
        { messageId: 'allowAll', data: { behavior: 'Default behavior' }, line: 15, column: 33, endLine: 15, endColumn: 42, pointer: DEFAULT },
        {
          messageId: 'allowAll',
          data: { behavior: "Behavior '/api/*'" },
          line: 20,
          column: 35,
          pointer: '/Resources/Cdn/Properties/DistributionConfig/CacheBehaviors/0/ViewerProtocolPolicy',
        },
      ],
    },
    {
      name: 'CloudFormation JSON: default behavior',
      fixture: 'invalid/allow-all.json',
      errors: [{ messageId: 'allowAll', line: 13, column: 37, endLine: 13, endColumn: 48, pointer: DEFAULT, severity: 'error' }],
    },
    {
      name: 'API JSON: ordered behavior',
      fixture: 'invalid/api-allow-all.json',
      errors: [
        {
          messageId: 'allowAll',
          data: { behavior: "Behavior '/legacy/*'" },
          line: 26,
          column: 35,
          pointer: '/DistributionConfig/CacheBehaviors/Items/0/ViewerProtocolPolicy',
        },
      ],
    },
    {
      name: "parameter default and an Fn::If branch are alternatives that say which",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        { messageId: 'allowAll', line: 21, column: 33, endColumn: 50, message: "with parameter ViewerPolicy at its default 'allow-all'." },
        {
          messageId: 'allowAll',
          line: 26,
          column: 60,
          pointer: '/Resources/Cdn/Properties/DistributionConfig/CacheBehaviors/0/ViewerProtocolPolicy/Fn::If/2',
          message: 'when condition IsProd is false.',
        },
      ],
    },
    {
      name: 'a command-line parameter value replaces the default',
      fixture: 'invalid/parameter-default.yaml',
      parameters: { ViewerPolicy: 'allow-all' },
      errors: [
        { messageId: 'allowAll', line: 21, message: /allow-all'\); use 'redirect-to-https' or 'https-only'\.$/ },
        { messageId: 'allowAll', line: 26, message: 'when condition IsProd is false.' },
      ],
    },
  ],
});
