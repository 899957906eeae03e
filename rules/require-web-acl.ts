import { defineRule, get, isKnown, show, type V } from '../src/rule-kit';

const WAF_CLASSIC_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default defineRule({
  id: 'require-web-acl',
  meta: {
    title: 'Protect the distribution with AWS WAF',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.6',
      'AWS Config cloudfront-associated-with-waf',
      'Checkov CKV_AWS_68',
      'Checkov CKV2_AWS_47 (option)',
      'cdk-nag AwsSolutions-CFR2',
      'Trivy AWS-0011',
      'KICS 0f139403',
      'KICS 1419b4c6',
      'Prowler cloudfront_distributions_using_waf',
    ],
    rationale:
      'A web ACL at the edge blocks common exploits, bad bots and floods before they reach the origin; WAF Classic is retired in favour of WAFv2.',
    messages: {
      noWebAcl: 'The distribution has no web ACL (WebACLId); associate an AWS WAFv2 web ACL (scope CLOUDFRONT).',
      classic: 'WebACLId {{value}} is a WAF Classic web ACL id; migrate to an AWS WAFv2 web ACL (its ARN).',
      missingGroups: 'Web ACL {{acl}} does not include the managed rule group{{s}} {{groups}} that this rule requires.',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { requiredManagedRuleGroups: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
    },
  },
  check(distribution, context) {
    const id = distribution.webAclId;
    if (distribution.missingFields.has('WebACLId')) return;
    if (id === undefined || id === '') {
      if (!distribution.incomplete?.has('webAclId')) context.report({ node: distribution, field: id === '' ? 'webAclId' : undefined, messageId: 'noWebAcl' });
      return;
    }
    if (isKnown(id)) {
      if (WAF_CLASSIC_ID.test(id)) context.report({ node: distribution, field: 'webAclId', messageId: 'classic', severity: 'info', data: { value: show(id) } });
      return;
    }
    const logicalId = id.ref?.logicalId;
    const acl = logicalId ? distribution.neighbours?.get(logicalId) : undefined;
    if (acl?.type === 'AWS::WAF::WebACL') {
      context.report({ node: distribution, field: 'webAclId', messageId: 'classic', severity: 'info', data: { value: `!Ref ${logicalId}` } });
      return;
    }
    const required = (context.options.requiredManagedRuleGroups as string[] | undefined) ?? [];
    if (required.length === 0 || !acl || acl.type !== 'AWS::WAFv2::WebACL' || !acl.properties) return;
    const rules = get(acl.properties, 'Rules');
    if (rules && rules.t !== 'seq') return;
    const names = new Set<string>();
    for (const rule of rules?.items ?? []) {
      const name = managedGroupName(get(rule, 'Statement'));
      if (name === 'unknown') return;
      if (name) names.add(name);
    }
    const missing = required.filter((group) => !names.has(group));
    if (missing.length === 0) return;
    context.report({ node: distribution, field: 'webAclId', messageId: 'missingGroups', data: { acl: `'${logicalId}'`, s: missing.length > 1 ? 's' : '', groups: missing.map((g) => `'${g}'`).join(', ') } });
  },
});

/** The managed rule group a WAFv2 rule statement uses (also inside a rate-based scope-down it does not). */
function managedGroupName(statement: V | undefined): string | 'unknown' | undefined {
  if (!statement) return undefined;
  if (statement.t === 'unknown') return 'unknown';
  const managed = get(statement, 'ManagedRuleGroupStatement');
  if (!managed) return undefined;
  const name = get(managed, 'Name');
  if (name?.t === 'unknown') return 'unknown';
  return name?.t === 'lit' ? String(name.value) : undefined;
}
