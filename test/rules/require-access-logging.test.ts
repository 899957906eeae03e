import rule from '../../rules/require-access-logging';
import { runRuleTests } from '../helpers/rule-tester';

const REMEDY =
  '; configure standard logging (Logging.Bucket), a v2 log delivery (AWS::Logs::DeliverySource of type ACCESS_LOGS) or a real-time log configuration';
const API_NOTE = ' (v2 log deliveries are not part of a DistributionConfig; if one exists, suppress this finding)';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: standard logging (legacy) to a bucket', fixture: 'valid/legacy-bucket.yaml' },
    { name: 'CloudFormation JSON: the log bucket is Fn::GetAtt of a bucket of the template', fixture: 'valid/bucket-getatt.json' },
    { name: 'API JSON (get-distribution-config): Logging.Enabled true with a bucket', fixture: 'valid/api-logging-enabled.json' },
    { name: 'v2: an ACCESS_LOGS delivery source whose ResourceArn is !GetAtt Cdn.Arn', fixture: 'valid/delivery-getatt.yaml' },
    { name: 'v2 (CloudFormation JSON): an ACCESS_LOGS delivery source whose ResourceArn is Fn::Sub with ${Cdn}', fixture: 'valid/delivery-sub.json' },
    { name: 'a real-time log configuration on a behavior counts', fixture: 'valid/realtime-log.yaml' },
    { name: 'unresolved Logging.Bucket (parameter without default) stays silent', fixture: 'valid/unresolved.yaml' },
    { name: 'API JSON (list-distributions): a summary has no Logging, so the rule stays silent', fixture: 'valid/list-distributions.json' },
    {
      name: 'v2: a delivery source whose ResourceArn is Fn::Sub of a parameter without default could be this distribution',
      fixture: 'valid/delivery-arn-from-parameter.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: no Logging, no delivery source, no real-time logs',
      fixture: 'invalid/no-logging.yaml',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: 'there is no Logging configuration' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          severity: 'warning',
          message: `The distribution records no access logs: there is no Logging configuration${REMEDY}.`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: Logging without Bucket',
      fixture: 'invalid/no-bucket.json',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: 'Logging has no Bucket' },
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 20,
          pointer: '/Resources/Cdn/Properties/DistributionConfig/Logging',
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): Logging.Enabled false; the message says v2 deliveries cannot be seen',
      fixture: 'invalid/api-disabled.json',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: `Logging.Enabled is false${API_NOTE}` },
          line: 36,
          column: 29,
          endLine: 36,
          endColumn: 34,
          pointer: '/DistributionConfig/Logging/Enabled',
          message: `The distribution records no access logs: Logging.Enabled is false${API_NOTE}${REMEDY}.`,
        },
      ],
    },
    {
      name: 'API YAML (bare DistributionConfig) without Logging: the finding covers the document',
      fixture: 'invalid/bare-config.yaml',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: `there is no Logging configuration${API_NOTE}` },
          line: 2,
          column: 1,
          endLine: 19,
          endColumn: 1,
          pointer: '',
        },
      ],
    },
    {
      name: 'a delivery source for another distribution (or of another log type) does not count',
      fixture: 'invalid/other-distribution.yaml',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: 'there is no Logging configuration' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 7,
          pointer: '/Resources/Site',
        },
      ],
    },
    {
      name: 'alternatives: Logging only when the Stage parameter is prod',
      fixture: 'invalid/alternatives.yaml',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: 'there is no Logging configuration' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          message: `real-time log configuration, with parameter Stage = 'staging'.`,
        },
      ],
    },
    {
      name: 'a Fn::Sub delivery source naming ${Other} logs that distribution, not Cdn',
      fixture: 'invalid/delivery-sub-for-another-distribution.yaml',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: 'there is no Logging configuration' },
          line: 19,
          column: 3,
          endLine: 19,
          endColumn: 6,
          pointer: '/Resources/Cdn',
          severity: 'warning',
          message: `The distribution records no access logs: there is no Logging configuration${REMEDY}.`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: a Fn::Join delivery source built from a Ref to Assets logs that distribution, not Cdn',
      fixture: 'invalid/delivery-join-for-another-distribution.json',
      errors: [
        {
          messageId: 'noLogging',
          data: { why: 'there is no Logging configuration' },
          line: 25,
          column: 5,
          endLine: 25,
          endColumn: 10,
          pointer: '/Resources/Cdn',
          severity: 'warning',
          message: `The distribution records no access logs: there is no Logging configuration${REMEDY}.`,
        },
      ],
    },
  ],
});
