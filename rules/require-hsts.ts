import { allBehaviors, behaviorLabel, capitalize, defineRule, get, literalOf, type CacheBehavior, type Distribution } from '../src/rule-kit';

/** cloudfront-facts §2: managed response headers policies that set Strict-Transport-Security, and two that do not. */
const MANAGED_WITH_HSTS: Record<string, string> = {
  '67f7725c-6f97-4210-82d7-5512b31e9d03': 'SecurityHeadersPolicy',
  'e61eb60c-9c35-4d20-a928-2b84e02af89c': 'CORS-and-SecurityHeadersPolicy',
  'eaab4381-ed33-4a86-88ca-d9558dc6cd63': 'CORS-with-preflight-and-SecurityHeadersPolicy',
};
const MANAGED_WITHOUT_HSTS: Record<string, string> = {
  '60669652-455b-4ae9-85a4-c4c02393f86c': 'SimpleCORS',
  '5cc3b908-e619-4b99-88e5-2cf7f45965bd': 'CORS-With-Preflight',
};
const POLICY_TYPE = 'AWS::CloudFront::ResponseHeadersPolicy';
const DEFAULT_MIN_AGE = 31536000;

type Verdict = { ok: true } | { ok: false; messageId: 'noPolicy' | 'managedWithout' | 'policyWithout' | 'shortMaxAge' | 'noSubdomains'; data: Record<string, string | number> } | undefined;

export default defineRule({
  id: 'require-hsts',
  meta: {
    title: 'HTTPS responses should carry Strict-Transport-Security',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: ['Checkov CKV2_AWS_32', 'Checkov CKV_AWS_259'],
    rationale:
      'HSTS tells browsers to use HTTPS for the site from then on, so a first plain-HTTP request (and the SSL-stripping it allows) does not happen again. CloudFront adds it through a response headers policy.',
    messages: {
      noPolicy: '{{behavior}} serves HTTPS viewers without a response headers policy, so CloudFront adds no Strict-Transport-Security header; attach the managed SecurityHeadersPolicy or a policy with StrictTransportSecurity.',
      managedWithout: '{{behavior}} uses the managed response headers policy {{policy}}, which does not set Strict-Transport-Security; use SecurityHeadersPolicy or a CORS-and-SecurityHeaders variant.',
      policyWithout: '{{behavior}} uses response headers policy {{policy}}, which does not set StrictTransportSecurity; add SecurityHeadersConfig.StrictTransportSecurity.',
      shortMaxAge: '{{behavior}} uses response headers policy {{policy}} with Strict-Transport-Security max-age {{age}}; use at least {{min}} seconds.',
      noSubdomains: '{{behavior}} uses response headers policy {{policy}} whose Strict-Transport-Security does not include subdomains (IncludeSubdomains); this rule requires it.',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { minMaxAge: { type: 'integer', minimum: 0 }, requireIncludeSubdomains: { type: 'boolean' } },
    },
  },
  check(distribution, context) {
    const options = { minMaxAge: DEFAULT_MIN_AGE, requireIncludeSubdomains: false, ...(context.options as object) };
    for (const behavior of allBehaviors(distribution)) {
      if (!behavior.viewerProtocols?.includes('https')) continue;
      const verdict = judge(distribution, behavior, options);
      if (!verdict || verdict.ok) continue;
      context.report({
        node: behavior,
        field: behavior.responseHeadersPolicyId === undefined ? 'viewerProtocolPolicy' : 'responseHeadersPolicyId',
        messageId: verdict.messageId,
        data: { behavior: capitalize(behaviorLabel(behavior)), ...verdict.data },
      });
    }
  },
});

function judge(distribution: Distribution, behavior: CacheBehavior, options: { minMaxAge: number; requireIncludeSubdomains: boolean }): Verdict {
  const id = behavior.responseHeadersPolicyId;
  if (id === undefined || id === '') return behavior.incomplete?.has('responseHeadersPolicyId') ? undefined : { ok: false, messageId: 'noPolicy', data: {} };
  if (typeof id === 'string') {
    if (MANAGED_WITH_HSTS[id]) return { ok: true };
    if (MANAGED_WITHOUT_HSTS[id]) return { ok: false, messageId: 'managedWithout', data: { policy: `'${MANAGED_WITHOUT_HSTS[id]}'` } };
    return undefined; // A policy of the account that this input does not show.
  }
  const logicalId = id.ref?.logicalId;
  const policy = logicalId ? distribution.neighbours?.get(logicalId) : undefined;
  if (!policy || policy.type !== POLICY_TYPE || !policy.properties) return undefined;
  const name = `'${logicalId}'`;
  const config = get(policy.properties, 'ResponseHeadersPolicyConfig');
  const security = get(config, 'SecurityHeadersConfig');
  if (config?.t === 'unknown' || security?.t === 'unknown') return undefined;
  const hsts = get(security, 'StrictTransportSecurity');
  if (!hsts) return { ok: false, messageId: 'policyWithout', data: { policy: name } };
  if (hsts.t !== 'map') return undefined;
  const age = Number(literalOf(get(hsts, 'AccessControlMaxAgeSec')));
  if (Number.isFinite(age) && age < options.minMaxAge) return { ok: false, messageId: 'shortMaxAge', data: { policy: name, age, min: options.minMaxAge } };
  const subdomains = literalOf(get(hsts, 'IncludeSubdomains'));
  if (options.requireIncludeSubdomains && subdomains !== 'unknown' && subdomains !== true && subdomains !== 'true') {
    return { ok: false, messageId: 'noSubdomains', data: { policy: name } };
  }
  return { ok: true };
}

