import rule from '../../rules/require-default-root-object';
import { runRuleTests } from '../helpers/rule-tester';

const REST_BUCKET = '${SiteBucket}.s3.${AWS::Region}.amazonaws.com';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: S3 REST origin with DefaultRootObject index.html', fixture: 'valid/root-object.yaml' },
    { name: 'CloudFormation JSON: an S3 website endpoint serves its own index document, so the rule stays silent', fixture: 'valid/website-endpoint.json' },
    { name: 'the default behavior serves a custom origin; S3 only behind /assets/*', fixture: 'valid/custom-default.yaml' },
    { name: 'API JSON (get-distribution-config): S3 REST origin with DefaultRootObject', fixture: 'valid/api-root-object.json' },
    { name: 'API JSON (list-distributions): a summary has no DefaultRootObject, so the rule stays silent', fixture: 'valid/list-distributions.json' },
    { name: 'unresolved DefaultRootObject or default TargetOriginId (parameters without default) stay silent', fixture: 'valid/unresolved.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: S3 REST origin (Fn::GetAtt RegionalDomainName) without DefaultRootObject',
      fixture: 'invalid/s3-rest.yaml',
      errors: [
        {
          messageId: 'missing',
          data: { origin: "origin 'site'", domain: REST_BUCKET },
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          severity: 'warning',
          message: `The default behavior serves origin 'site' (${REST_BUCKET}), an S3 bucket REST endpoint, and DefaultRootObject is not set, so a request for / goes to the bucket root; set DefaultRootObject (e.g. 'index.html').`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: an empty DefaultRootObject',
      fixture: 'invalid/empty-root.json',
      errors: [
        {
          messageId: 'missing',
          data: { origin: "origin 'S3-example-docs'", domain: 'example-docs.s3.amazonaws.com' },
          line: 10,
          column: 32,
          endLine: 10,
          endColumn: 34,
          pointer: '/Resources/Cdn/Properties/DistributionConfig/DefaultRootObject',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): an empty DefaultRootObject with a regional S3 REST origin',
      fixture: 'invalid/api-get-distribution-config.json',
      errors: [
        {
          messageId: 'missing',
          data: { origin: "origin 'downloads'", domain: 'example-downloads.s3.eu-central-1.amazonaws.com' },
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 28,
          pointer: '/DistributionConfig/DefaultRootObject',
        },
      ],
    },
    {
      name: "an origin group: its primary member is an S3 REST bucket",
      fixture: 'invalid/origin-group.yaml',
      errors: [
        {
          messageId: 'missing',
          data: { origin: "origin 'primary'", domain: 'example-site-primary.s3.us-east-1.amazonaws.com' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
          pointer: '/Resources/Cdn',
        },
      ],
    },
    {
      name: 'a bucket REST endpoint configured with CustomOriginConfig is still S3 REST',
      fixture: 'invalid/custom-origin-config.yaml',
      errors: [
        {
          messageId: 'missing',
          data: { origin: "origin 'reports'", domain: 'example-reports.s3.eu-west-1.amazonaws.com' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 6,
          pointer: '/Resources/Cdn',
        },
      ],
    },
    {
      name: 'alternatives: the default behavior targets the bucket only for one allowed parameter value',
      fixture: 'invalid/alternatives.yaml',
      errors: [
        {
          messageId: 'missing',
          data: { origin: "origin 'site'", domain: REST_BUCKET },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          message: "set DefaultRootObject (e.g. 'index.html'), with parameter SiteKind = 'static'.",
        },
      ],
    },
  ],
});
