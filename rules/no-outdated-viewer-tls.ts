import { TLS_POLICIES, certificateSource, defineRule, isKnown } from '../src/rule-kit';

/** cloudfront-facts §4.3, weakest first. */
const BROKEN = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016'];
const DEFAULT_ALLOWED = ['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];

export default defineRule({
  id: 'no-outdated-viewer-tls',
  meta: {
    title: 'Viewers must be held to a current TLS policy',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.15',
      'AWS Config cloudfront-security-policy-check',
      'AWS Config cloudfront-ssl-policy-check',
      'Checkov CKV_AWS_174',
      'Trivy AWS-0013',
      'cdk-nag AwsSolutions-CFR4',
      'cfn_nag W70',
      'KICS dc17ee4b',
      'KICS 00e5e55e',
      'Prowler cloudfront_distributions_pqc_tls_enabled (via option)',
    ],
    rationale:
      "MinimumProtocolVersion is the oldest TLS version and cipher set viewers may use. Policies before TLSv1.2_2018 accept TLS 1.0/1.1 (and SSLv3 or 3DES); TLSv1.2_2018/2019 still offer CBC or SHA-1 era suites.",
    messages: {
      outdated: 'MinimumProtocolVersion {{value}} {{why}}; use {{suggestion}}.',
      omitted: 'MinimumProtocolVersion is omitted, so CloudFront applies its default {{value}} ({{why}}); set {{suggestion}}.',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { allowed: { type: 'array', items: { enum: TLS_POLICIES }, minItems: 1, uniqueItems: true } },
    },
  },
  check(distribution, context) {
    const certificate = distribution.viewerCertificate;
    // The default certificate always uses TLSv1 whatever is written: require-custom-certificate's finding.
    const source = certificateSource(distribution);
    if (!certificate || (source !== 'acm' && source !== 'iam')) return;
    // In API input an omitted value is valid-viewer-certificate's finding (the API requires it).
    const omitted = certificate.minimumProtocolVersion === undefined && !certificate.incomplete?.has('minimumProtocolVersion') && distribution.input.shape === 'cfn';
    const version = omitted ? 'TLSv1' : certificate.minimumProtocolVersion;
    if (version === undefined) return;
    if (!isKnown(version) || !TLS_POLICIES.includes(version)) return;
    const allowed = (context.options.allowed as string[] | undefined) ?? DEFAULT_ALLOWED;
    // Anything at least as strong as the weakest allowed policy passes.
    const floor = Math.min(...allowed.map((policy) => TLS_POLICIES.indexOf(policy)));
    if (TLS_POLICIES.indexOf(version) >= floor) return;
    const broken = BROKEN.includes(version);
    const why = broken
      ? version === 'SSLv3'
        ? 'accepts SSLv3 and TLS 1.0 and 1.1, which are deprecated'
        : version === 'TLSv1.1_2016'
          ? 'accepts TLS 1.1, which is deprecated'
          : 'accepts TLS 1.0 and 1.1, which are deprecated'
      : version === 'TLSv1.2_2018' || version === 'TLSv1.2_2019'
        ? 'offers older TLS 1.2 cipher suites (CBC or SHA-1)'
        : `is weaker than the policies this rule allows (${allowed.join(', ')})`;
    context.report({
      node: certificate,
      field: omitted ? (source === 'acm' ? 'acmCertificateArn' : 'iamCertificateId') : 'minimumProtocolVersion',
      messageId: omitted ? 'omitted' : 'outdated',
      severity: broken ? 'error' : 'warning',
      data: { value: `'${version}'`, why, suggestion: `'${TLS_POLICIES[floor]}' or newer` },
    });
  },
});
