import { allBehaviors, defineRule, get, literalOf, mentions, type Distribution } from '../src/rule-kit';

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

/** A CloudWatch Logs delivery source of type ACCESS_LOGS for this distribution in the same template. */
function hasLogDelivery(distribution: Distribution): boolean {
  return (distribution.neighbours?.ofType('AWS::Logs::DeliverySource') ?? []).some((source) => {
    const type = literalOf(get(source.properties, 'LogType'));
    if (type !== 'ACCESS_LOGS' && type !== 'unknown') return false;
    const arn = get(source.properties, 'ResourceArn');
    if (arn?.t === 'unknown') {
      if (arn.value.ref) return arn.value.ref.logicalId === distribution.id;
      if (mentions(arn.value, distribution.id)) return true;
      // An ARN built from another resource of the template is that resource's; one from a parameter could be ours.
      const holes = (arn.value.parts ?? []).filter((part) => typeof part !== 'string').map((part) => (part as { display: string }).display);
      return !holes.some((hole) => /^\$\{([A-Za-z0-9]+)/.test(hole) && distribution.neighbours?.get(/^\$\{([A-Za-z0-9]+)/.exec(hole)![1]!));
    }
    return arn?.t === 'lit' && typeof arn.value === 'string' && distribution.arn !== undefined && arn.value === distribution.arn;
  });
}
