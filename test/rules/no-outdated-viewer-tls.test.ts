import rule from '../../rules/no-outdated-viewer-tls';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const DEFAULT_SUGGESTION = "'TLSv1.2_2021' or newer";
const CBC_WHY = 'offers older TLS 1.2 cipher suites (CBC or SHA-1)';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: ACM certificate with TLSv1.2_2021', fixture: 'valid/acm-tls12-2021.yaml' },
    { name: 'CloudFormation JSON: IAM certificate with TLSv1.3_2025', fixture: 'valid/iam-tls13.json' },
    { name: 'API JSON (get-distribution-config): ACM certificate with TLSv1.2_2025', fixture: 'valid/api-tls12-2025.json' },
    { name: 'API JSON (bare DistributionConfig): the default certificate reads back as TLSv1 and is left alone', fixture: 'valid/api-default-certificate.json' },
    { name: 'default certificate with TLSv1, and no ViewerCertificate at all, stay silent', fixture: 'valid/default-certificate.yaml' },
    { name: 'unresolved MinimumProtocolVersion (parameter without default) stays silent', fixture: 'valid/unresolved-version.yaml' },
    { name: 'an imported certificate ARN (may be empty) leaves the certificate source unknown', fixture: 'valid/imported-certificate.yaml' },
    { name: 'ACM certificate resource of the same template with TLSv1.2_2021', fixture: 'valid/certificate-resource.yaml' },
    {
      name: 'API JSON: an omitted MinimumProtocolVersion is left to valid-viewer-certificate (the API requires it; no TLSv1 default)',
      fixture: 'valid/api-omitted.json',
    },
    {
      name: 'option allowed: TLSv1.2_2019 is accepted when listed',
      fixture: 'valid/allowed-2019.yaml',
      options: { allowed: ['TLSv1.2_2019', 'TLSv1.2_2021'] },
    },
    {
      name: 'option allowed is a floor: TLSv1.3_2025 passes with allowed [TLSv1.2_2021]',
      fixture: 'valid/iam-tls13.json',
      options: { allowed: ['TLSv1.2_2021'] },
    },
    {
      name: 'option allowed is a floor: TLSv1.2_2025 passes with allowed [TLSv1.2_2021] (API JSON)',
      fixture: 'valid/api-tls12-2025.json',
      options: { allowed: ['TLSv1.2_2021'] },
    },
    {
      name: 'option allowed is a floor: TLSv1.2_2021 passes with allowed [TLSv1.2_2018]',
      fixture: 'valid/acm-tls12-2021.yaml',
      options: { allowed: ['TLSv1.2_2018'] },
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: TLSv1.2_2019 is a warning',
      fixture: 'invalid/tls12-2019.yaml',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1.2_2019'", why: CBC_WHY, suggestion: DEFAULT_SUGGESTION },
          line: 22,
          column: 35,
          endLine: 22,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message: "MinimumProtocolVersion 'TLSv1.2_2019' offers older TLS 1.2 cipher suites (CBC or SHA-1); use 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: TLSv1_2016 with an IAM certificate is an error',
      fixture: 'invalid/tlsv1-2016.json',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1_2016'", why: 'accepts TLS 1.0 and 1.1, which are deprecated', suggestion: DEFAULT_SUGGESTION },
          line: 24,
          column: 39,
          endLine: 24,
          endColumn: 51,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'error',
          message: "MinimumProtocolVersion 'TLSv1_2016' accepts TLS 1.0 and 1.1, which are deprecated; use 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): TLSv1.1_2016 is an error',
      fixture: 'invalid/api-tls11.json',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1.1_2016'", why: 'accepts TLS 1.1, which is deprecated', suggestion: DEFAULT_SUGGESTION },
          line: 32,
          column: 33,
          endLine: 32,
          endColumn: 47,
          pointer: '/DistributionConfig/ViewerCertificate/MinimumProtocolVersion',
          severity: 'error',
          message: "MinimumProtocolVersion 'TLSv1.1_2016' accepts TLS 1.1, which is deprecated; use 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: 'API JSON: SSLv3 with a dedicated-IP (vip) IAM certificate is an error',
      fixture: 'invalid/api-sslv3-vip.json',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'SSLv3'", why: 'accepts SSLv3 and TLS 1.0 and 1.1, which are deprecated', suggestion: DEFAULT_SUGGESTION },
          line: 32,
          column: 33,
          endLine: 32,
          endColumn: 40,
          pointer: '/DistributionConfig/ViewerCertificate/MinimumProtocolVersion',
          severity: 'error',
          message: "MinimumProtocolVersion 'SSLv3' accepts SSLv3 and TLS 1.0 and 1.1, which are deprecated; use 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: 'CloudFormation YAML: omitted MinimumProtocolVersion with an ACM certificate is judged as TLSv1',
      fixture: 'invalid/omitted.yaml',
      errors: [
        {
          messageId: 'omitted',
          data: { value: "'TLSv1'", why: 'accepts TLS 1.0 and 1.1, which are deprecated', suggestion: DEFAULT_SUGGESTION },
          line: 20,
          column: 30,
          endLine: 20,
          endColumn: 113,
          pointer: `${CFN}/ViewerCertificate/AcmCertificateArn`,
          severity: 'error',
          message:
            "MinimumProtocolVersion is omitted, so CloudFront applies its default 'TLSv1' (accepts TLS 1.0 and 1.1, which are deprecated); set 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: omitted MinimumProtocolVersion with an IAM certificate points at IamCertificateId',
      fixture: 'invalid/iam-omitted.json',
      errors: [
        {
          messageId: 'omitted',
          data: { value: "'TLSv1'", why: 'accepts TLS 1.0 and 1.1, which are deprecated', suggestion: DEFAULT_SUGGESTION },
          line: 22,
          column: 33,
          endLine: 22,
          endColumn: 56,
          pointer: `${CFN}/ViewerCertificate/IamCertificateId`,
          severity: 'error',
          message:
            "MinimumProtocolVersion is omitted, so CloudFront applies its default 'TLSv1' (accepts TLS 1.0 and 1.1, which are deprecated); set 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: "a parameter's AllowedValues include TLSv1.2_2018",
      fixture: 'invalid/parameter-allowed-values.yaml',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1.2_2018'", why: CBC_WHY, suggestion: DEFAULT_SUGGESTION },
          line: 26,
          column: 35,
          endLine: 26,
          endColumn: 49,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message:
            "MinimumProtocolVersion 'TLSv1.2_2018' offers older TLS 1.2 cipher suites (CBC or SHA-1); use 'TLSv1.2_2021' or newer, with parameter TlsPolicy = 'TLSv1.2_2018'.",
        },
      ],
    },
    {
      name: 'Fn::If picks TLSv1 when a condition is true',
      fixture: 'invalid/conditional-policy.yaml',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1'", why: 'accepts TLS 1.0 and 1.1, which are deprecated', suggestion: DEFAULT_SUGGESTION },
          line: 24,
          column: 62,
          endLine: 24,
          endColumn: 67,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion/Fn::If/1`,
          severity: 'error',
          message:
            "MinimumProtocolVersion 'TLSv1' accepts TLS 1.0 and 1.1, which are deprecated; use 'TLSv1.2_2021' or newer, when condition SupportLegacyClients is true.",
        },
      ],
    },
    {
      name: 'ACM certificate resource of the same template with TLSv1.2_2018',
      fixture: 'invalid/certificate-resource.yaml',
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1.2_2018'", why: CBC_WHY, suggestion: DEFAULT_SUGGESTION },
          line: 27,
          column: 35,
          endLine: 27,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message: "MinimumProtocolVersion 'TLSv1.2_2018' offers older TLS 1.2 cipher suites (CBC or SHA-1); use 'TLSv1.2_2021' or newer.",
        },
      ],
    },
    {
      name: 'option allowed: TLSv1.2_2021 is below the floor when only the 2025 policies are allowed',
      fixture: 'invalid/tls12-2021.yaml',
      options: { allowed: ['TLSv1.2_2025', 'TLSv1.3_2025'] },
      errors: [
        {
          messageId: 'outdated',
          data: {
            value: "'TLSv1.2_2021'",
            why: 'is weaker than the policies this rule allows (TLSv1.2_2025, TLSv1.3_2025)',
            suggestion: "'TLSv1.2_2025' or newer",
          },
          line: 22,
          column: 35,
          endLine: 22,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message:
            "MinimumProtocolVersion 'TLSv1.2_2021' is weaker than the policies this rule allows (TLSv1.2_2025, TLSv1.3_2025); use 'TLSv1.2_2025' or newer.",
        },
      ],
    },
    {
      name: 'option allowed: the floor is the weakest listed policy, whatever the order; the reason lists them as written',
      fixture: 'invalid/tls12-2021.yaml',
      options: { allowed: ['TLSv1.3_2025', 'TLSv1.2_2025'] },
      errors: [
        {
          messageId: 'outdated',
          data: {
            value: "'TLSv1.2_2021'",
            why: 'is weaker than the policies this rule allows (TLSv1.3_2025, TLSv1.2_2025)',
            suggestion: "'TLSv1.2_2025' or newer",
          },
          line: 22,
          column: 35,
          endLine: 22,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message:
            "MinimumProtocolVersion 'TLSv1.2_2021' is weaker than the policies this rule allows (TLSv1.3_2025, TLSv1.2_2025); use 'TLSv1.2_2025' or newer.",
        },
      ],
    },
    {
      name: 'option allowed does not change what counts as broken: TLSv1.2_2019 is still only a warning',
      fixture: 'invalid/tls12-2019.yaml',
      options: { allowed: ['TLSv1.3_2025'] },
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'TLSv1.2_2019'", why: CBC_WHY, suggestion: "'TLSv1.3_2025' or newer" },
          line: 22,
          column: 35,
          endLine: 22,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
          severity: 'warning',
          message: "MinimumProtocolVersion 'TLSv1.2_2019' offers older TLS 1.2 cipher suites (CBC or SHA-1); use 'TLSv1.3_2025' or newer.",
        },
      ],
    },
    {
      name: 'option allowed does not change what counts as broken: SSLv3 below an allowed TLSv1 is still an error',
      fixture: 'invalid/api-sslv3-vip.json',
      options: { allowed: ['TLSv1'] },
      errors: [
        {
          messageId: 'outdated',
          data: { value: "'SSLv3'", why: 'accepts SSLv3 and TLS 1.0 and 1.1, which are deprecated', suggestion: "'TLSv1' or newer" },
          line: 32,
          column: 33,
          endLine: 32,
          endColumn: 40,
          pointer: '/DistributionConfig/ViewerCertificate/MinimumProtocolVersion',
          severity: 'error',
          message: "MinimumProtocolVersion 'SSLv3' accepts SSLv3 and TLS 1.0 and 1.1, which are deprecated; use 'TLSv1' or newer.",
        },
      ],
    },
  ],
});
