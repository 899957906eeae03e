import { allBehaviors, defineRule, hasLogDelivery } from '../src/rule-kit';

export default defineRule({
  id: 'require-access-logging',
  meta: {
    title: 'Record access logs',
    severity: 'warning',
    category: 'hygiene',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.5',
      'AWS Config cloudfront-accesslogs-enabled',
      'Checkov CKV_AWS_86',
      'cdk-nag AwsSolutions-CFR3',
      'Trivy AWS-0010',
      'KICS de77cd9f',
      'KICS 94690d79',
      'cfn_nag W10',
      'Prowler cloudfront_distributions_logging_enabled',
    ],
    rationale:
      'Access logs are the record of who requested what; without standard logging, a v2 log delivery or a real-time log configuration, incidents and abuse cannot be investigated.',
    messages: {
      noLogging: 'The distribution records no access logs: {{why}}; configure standard logging (Logging.Bucket), a v2 log delivery (AWS::Logs::DeliverySource of type ACCESS_LOGS) or a real-time log configuration.',
    },
  },
  check(distribution, context) {
    if (distribution.missingFields.has('Logging')) return;
    const logging = distribution.logging;
    const bucket = logging?.bucket !== undefined && logging.bucket !== '';
    // CloudFormation has no Enabled flag (a bucket turns logging on); the API has both.
    if ((bucket && logging?.enabled !== false) || logging?.enabled === true) return;
    // An unresolved Enabled or Bucket could turn logging on.
    if (distribution.incomplete?.has('logging') || (logging?.enabled !== undefined && typeof logging.enabled !== 'boolean')) return;
    if (allBehaviors(distribution).some((behavior) => behavior.realtimeLogConfigArn !== undefined && behavior.realtimeLogConfigArn !== '')) return;
    if (hasLogDelivery(distribution)) return;
    const why = !logging ? 'there is no Logging configuration' : logging.enabled === false ? 'Logging.Enabled is false' : 'Logging has no Bucket';
    const api = distribution.input.shape === 'api' ? ' (v2 log deliveries are not part of a DistributionConfig; if one exists, suppress this finding)' : '';
    context.report({ node: logging ?? distribution, field: logging ? (logging.enabled === false ? 'enabled' : undefined) : undefined, messageId: 'noLogging', data: { why: why + api } });
  },
});

