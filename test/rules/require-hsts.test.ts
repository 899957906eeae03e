import rule from '../../rules/require-hsts';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const API = '/DistributionConfig';
const SIMPLE_CORS = "'SimpleCORS'";
const CORS_PREFLIGHT = "'CORS-With-Preflight'";

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: the three managed policies that set Strict-Transport-Security', fixture: 'valid/managed-policies.yaml' },
    { name: 'CloudFormation JSON: a policy of the template, by Ref and by Fn::GetAtt Id', fixture: 'valid/template-policy.json' },
    {
      name: 'options: a two-year max-age with IncludeSubdomains meets minMaxAge 63072000 and requireIncludeSubdomains',
      fixture: 'valid/template-policy.json',
      options: { minMaxAge: 63072000, requireIncludeSubdomains: true },
    },
    { name: 'API JSON (get-distribution-config): managed SecurityHeadersPolicy and CORS-and-SecurityHeadersPolicy', fixture: 'valid/api-managed.json' },
    { name: 'API JSON (bare DistributionConfig): a literal id of an account policy this input does not show stays silent', fixture: 'valid/account-policy.json' },
    {
      name: 'unresolved policy ids (parameter without default, ImportValue), viewer policy and max-age stay silent',
      fixture: 'valid/unresolved.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: no policy on the default and on an allow-all behavior, managed SimpleCORS on another',
      fixture: 'invalid/no-policy.yaml',
      errors: [
        {
          messageId: 'noPolicy',
          data: { behavior: 'Default behavior' },
          line: 17,
          column: 33,
          endLine: 17,
          endColumn: 50,
          pointer: `${CFN}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          severity: 'warning',
          message:
            'Default behavior serves HTTPS viewers without a response headers policy, so CloudFront adds no Strict-Transport-Security header; attach the managed SecurityHeadersPolicy or a policy with StrictTransportSecurity.',
        },
        {
          messageId: 'managedWithout',
          data: { behavior: "Behavior '/assets/*'", policy: SIMPLE_CORS },
          line: 24,
          column: 38,
          endLine: 24,
          endColumn: 74,
          pointer: `${CFN}/CacheBehaviors/0/ResponseHeadersPolicyId`,
        },
        {
          messageId: 'noPolicy',
          data: { behavior: "Behavior '/legacy/*'" },
          line: 27,
          column: 35,
          endLine: 27,
          endColumn: 44,
          pointer: `${CFN}/CacheBehaviors/1/ViewerProtocolPolicy`,
        },
      ],
    },
    {
      name: 'CloudFormation YAML: template policies without StrictTransportSecurity and with a one-day max-age',
      fixture: 'invalid/template-policies.yaml',
      errors: [
        {
          messageId: 'policyWithout',
          data: { behavior: 'Default behavior', policy: "'CorsOnly'" },
          line: 49,
          column: 36,
          endLine: 49,
          endColumn: 49,
          pointer: `${CFN}/DefaultCacheBehavior/ResponseHeadersPolicyId`,
        },
        {
          messageId: 'shortMaxAge',
          data: { behavior: "Behavior '/checkout/*'", policy: "'OneDay'", age: 86400, min: 31536000 },
          line: 55,
          column: 38,
          endLine: 55,
          endColumn: 55,
          pointer: `${CFN}/CacheBehaviors/0/ResponseHeadersPolicyId`,
          message: "Behavior '/checkout/*' uses response headers policy 'OneDay' with Strict-Transport-Security max-age 86400; use at least 31536000 seconds.",
        },
      ],
    },
    {
      name: 'option requireIncludeSubdomains (with minMaxAge lowered to one day): policies without IncludeSubdomains',
      fixture: 'invalid/template-policies.yaml',
      options: { minMaxAge: 86400, requireIncludeSubdomains: true },
      errors: [
        {
          messageId: 'policyWithout',
          data: { behavior: 'Default behavior', policy: "'CorsOnly'" },
          line: 49,
          column: 36,
          endLine: 49,
          endColumn: 49,
          pointer: `${CFN}/DefaultCacheBehavior/ResponseHeadersPolicyId`,
        },
        {
          messageId: 'noSubdomains',
          data: { behavior: "Behavior '/blog/*'", policy: "'OneYear'" },
          line: 60,
          column: 38,
          endLine: 60,
          endColumn: 50,
          pointer: `${CFN}/CacheBehaviors/1/ResponseHeadersPolicyId`,
          message:
            "Behavior '/blog/*' uses response headers policy 'OneYear' whose Strict-Transport-Security does not include subdomains (IncludeSubdomains); this rule requires it.",
        },
      ],
    },
    {
      name: 'option minMaxAge 63072000: a one-year max-age is too short as well',
      fixture: 'invalid/template-policies.yaml',
      options: { minMaxAge: 63072000 },
      errors: [
        {
          messageId: 'policyWithout',
          data: { behavior: 'Default behavior', policy: "'CorsOnly'" },
          line: 49,
          column: 36,
          endLine: 49,
          endColumn: 49,
          pointer: `${CFN}/DefaultCacheBehavior/ResponseHeadersPolicyId`,
        },
        {
          messageId: 'shortMaxAge',
          data: { behavior: "Behavior '/checkout/*'", policy: "'OneDay'", age: 86400, min: 63072000 },
          line: 55,
          column: 38,
          endLine: 55,
          endColumn: 55,
          pointer: `${CFN}/CacheBehaviors/0/ResponseHeadersPolicyId`,
        },
        {
          messageId: 'shortMaxAge',
          data: { behavior: "Behavior '/blog/*'", policy: "'OneYear'", age: 31536000, min: 63072000 },
          line: 60,
          column: 38,
          endLine: 60,
          endColumn: 50,
          pointer: `${CFN}/CacheBehaviors/1/ResponseHeadersPolicyId`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: managed CORS-With-Preflight and a template policy with only CorsConfig',
      fixture: 'invalid/cors-policies.json',
      errors: [
        {
          messageId: 'managedWithout',
          data: { behavior: 'Default behavior', policy: CORS_PREFLIGHT },
          line: 35,
          column: 40,
          endLine: 35,
          endColumn: 78,
          pointer: `${CFN}/DefaultCacheBehavior/ResponseHeadersPolicyId`,
          message:
            "Default behavior uses the managed response headers policy 'CORS-With-Preflight', which does not set Strict-Transport-Security; use SecurityHeadersPolicy or a CORS-and-SecurityHeaders variant.",
        },
        {
          messageId: 'policyWithout',
          data: { behavior: "Behavior '/api/*'", policy: "'ApiCors'" },
          line: 44,
          column: 42,
          endLine: 44,
          endColumn: 62,
          pointer: `${CFN}/CacheBehaviors/0/ResponseHeadersPolicyId`,
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): empty policy id and CORS-With-Preflight; an account policy id stays silent',
      fixture: 'invalid/api-get-distribution-config.json',
      errors: [
        {
          messageId: 'noPolicy',
          data: { behavior: 'Default behavior' },
          line: 43,
          column: 34,
          endLine: 43,
          endColumn: 36,
          pointer: `${API}/DefaultCacheBehavior/ResponseHeadersPolicyId`,
        },
        {
          messageId: 'managedWithout',
          data: { behavior: "Behavior '/api/*'", policy: CORS_PREFLIGHT },
          line: 65,
          column: 38,
          endLine: 65,
          endColumn: 76,
          pointer: `${API}/CacheBehaviors/Items/0/ResponseHeadersPolicyId`,
        },
      ],
    },
    {
      name: 'alternatives: Fn::If on an undecidable condition and a parameter with AllowedValues',
      fixture: 'invalid/alternatives.yaml',
      errors: [
        {
          messageId: 'noPolicy',
          data: { behavior: 'Default behavior' },
          line: 36,
          column: 33,
          endLine: 36,
          endColumn: 50,
          pointer: `${CFN}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          message: /StrictTransportSecurity, when condition InUsEast1 is false\.$/,
        },
        {
          messageId: 'managedWithout',
          data: { behavior: "Behavior '/api/*'", policy: SIMPLE_CORS },
          line: 44,
          column: 38,
          endLine: 44,
          endColumn: 61,
          pointer: `${CFN}/CacheBehaviors/0/ResponseHeadersPolicyId`,
          message: "variant, with parameter ApiHeadersPolicyId = '60669652-455b-4ae9-85a4-c4c02393f86c'.",
        },
      ],
    },
  ],
});
