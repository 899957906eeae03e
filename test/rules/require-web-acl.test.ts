import rule from '../../rules/require-web-acl';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const GROUPS = ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'];
const NO_WEB_ACL = 'The distribution has no web ACL (WebACLId); associate an AWS WAFv2 web ACL (scope CLOUDFRONT).';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: a WAFv2 web ACL ARN', fixture: 'valid/wafv2-arn.yaml' },
    {
      name: 'option requiredManagedRuleGroups: a literal ARN names a web ACL this input does not show, so it stays silent',
      fixture: 'valid/wafv2-arn.yaml',
      options: { requiredManagedRuleGroups: GROUPS },
    },
    { name: 'CloudFormation JSON: a web ACL of the template by Fn::GetAtt Arn', fixture: 'valid/template-acl.json' },
    {
      name: 'option requiredManagedRuleGroups: the web ACL of the template includes every required group',
      fixture: 'valid/template-acl.json',
      options: { requiredManagedRuleGroups: GROUPS },
    },
    { name: 'API JSON (get-distribution-config): a WAFv2 web ACL ARN', fixture: 'valid/api-wafv2.json' },
    {
      name: 'unresolved WebACLId (ImportValue, parameter without default) and a rule group name from a parameter stay silent',
      fixture: 'valid/unresolved.yaml',
      options: { requiredManagedRuleGroups: GROUPS },
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: no WebACLId',
      fixture: 'invalid/no-web-acl.yaml',
      errors: [
        {
          messageId: 'noWebAcl',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          severity: 'warning',
          message: NO_WEB_ACL,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: an empty WebACLId',
      fixture: 'invalid/empty-web-acl.json',
      errors: [{ messageId: 'noWebAcl', line: 10, column: 23, endLine: 10, endColumn: 25, pointer: `${CFN}/WebACLId`, severity: 'warning' }],
    },
    {
      name: 'API JSON (get-distribution-config): a WAF Classic web ACL id is reported as info',
      fixture: 'invalid/api-classic.json',
      errors: [
        {
          messageId: 'classic',
          data: { value: "'473e64fd-f30b-4765-81a0-62ad96dd167a'" },
          line: 39,
          column: 17,
          endLine: 39,
          endColumn: 55,
          pointer: '/DistributionConfig/WebACLId',
          severity: 'info',
          message: "WebACLId '473e64fd-f30b-4765-81a0-62ad96dd167a' is a WAF Classic web ACL id; migrate to an AWS WAFv2 web ACL (its ARN).",
        },
      ],
    },
    {
      name: 'API JSON (list-distributions): only the summary with an empty WebACLId is reported',
      fixture: 'invalid/list-distributions.json',
      errors: [
        { messageId: 'noWebAcl', line: 32, column: 21, endLine: 32, endColumn: 23, pointer: '/DistributionList/Items/1/WebACLId', severity: 'warning' },
      ],
    },
    {
      name: 'option requiredManagedRuleGroups: two of three groups missing from the web ACL of the template',
      fixture: 'invalid/missing-groups.yaml',
      options: { requiredManagedRuleGroups: ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesAnonymousIpList'] },
      errors: [
        {
          messageId: 'missingGroups',
          data: { acl: "'EdgeAcl'", s: 's', groups: "'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesAnonymousIpList'" },
          line: 39,
          column: 19,
          endLine: 39,
          endColumn: 38,
          pointer: `${CFN}/WebACLId`,
          severity: 'warning',
          message:
            "Web ACL 'EdgeAcl' does not include the managed rule groups 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesAnonymousIpList' that this rule requires.",
        },
      ],
    },
    {
      name: 'option requiredManagedRuleGroups: one missing group (singular wording)',
      fixture: 'invalid/missing-groups.yaml',
      options: { requiredManagedRuleGroups: ['AWSManagedRulesKnownBadInputsRuleSet'] },
      errors: [
        {
          messageId: 'missingGroups',
          data: { acl: "'EdgeAcl'", s: '', groups: "'AWSManagedRulesKnownBadInputsRuleSet'" },
          line: 39,
          column: 19,
          endLine: 39,
          endColumn: 38,
          pointer: `${CFN}/WebACLId`,
          message: "Web ACL 'EdgeAcl' does not include the managed rule group 'AWSManagedRulesKnownBadInputsRuleSet' that this rule requires.",
        },
      ],
    },
    {
      name: "alternatives: a parameter's empty default gives no web ACL",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'noWebAcl',
          line: 13,
          column: 19,
          endLine: 13,
          endColumn: 33,
          pointer: `${CFN}/WebACLId`,
          message: "associate an AWS WAFv2 web ACL (scope CLOUDFRONT), with parameter WebAclArn at its default ''.",
        },
      ],
    },
    {
      name: 'option requiredManagedRuleGroups: a web ACL of the template without Rules misses every required group',
      fixture: 'invalid/acl-without-rules.yaml',
      options: { requiredManagedRuleGroups: ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] },
      errors: [
        {
          messageId: 'missingGroups',
          data: { acl: "'EdgeAcl'", s: 's', groups: "'AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'" },
          line: 17,
          column: 19,
          endLine: 17,
          endColumn: 38,
          pointer: `${CFN}/WebACLId`,
          severity: 'warning',
          message:
            "Web ACL 'EdgeAcl' does not include the managed rule groups 'AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet' that this rule requires.",
        },
      ],
    },
    {
      name: 'CloudFormation YAML: !Ref of an AWS::WAF::WebACL (WAF Classic) is reported as info',
      fixture: 'invalid/classic-ref.yaml',
      errors: [
        {
          messageId: 'classic',
          data: { value: '!Ref ClassicAcl' },
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 34,
          pointer: `${CFN}/WebACLId`,
          severity: 'info',
          message: 'WebACLId !Ref ClassicAcl is a WAF Classic web ACL id; migrate to an AWS WAFv2 web ACL (its ARN).',
        },
      ],
    },
    {
      name: 'option requiredManagedRuleGroups: a WAF Classic web ACL by !Ref gets the classic finding only',
      fixture: 'invalid/classic-ref.yaml',
      options: { requiredManagedRuleGroups: GROUPS },
      errors: [
        {
          messageId: 'classic',
          data: { value: '!Ref ClassicAcl' },
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 34,
          pointer: `${CFN}/WebACLId`,
          severity: 'info',
        },
      ],
    },
  ],
});
