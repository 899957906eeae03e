import rule from '../../rules/no-secret-header-over-http';
import { lintFixture, runRuleTests } from '../helpers/rule-tester';

const ORIGINS = '/Resources/Cdn/Properties/DistributionConfig/Origins';
const FIX = 'reach the origin over HTTPS (OriginProtocolPolicy https-only)';
const S3_REST_FIX = 'require HTTPS from viewers (redirect-to-https or https-only) on the behaviors that use it, so CloudFront reaches it over HTTPS';
const WEBSITE_FIX = 'an S3 website endpoint only speaks HTTP, so use the bucket REST endpoint with an origin access control instead';

runRuleTests(rule, {
  valid: [
    {
      name: 'CloudFormation YAML: secrets only over HTTPS (https-only, match-viewer behind redirect-to-https); plain headers over HTTP',
      fixture: 'valid/https.yaml',
    },
    { name: 'CloudFormation JSON: S3 origin with a secret behind https-only viewers; an unused http-only origin', fixture: 'valid/https.json' },
    { name: 'API JSON: random verify value over HTTPS, short non-secret values over HTTP', fixture: 'valid/api-config.json' },
    { name: 'unresolved protocol policy, header value and header name stay silent', fixture: 'valid/unresolved.yaml' },
    {
      name: "website endpoint over HTTP: 'X-Origin-Region' (name) and 'storefront-frontend-v2' (lower-case value with a digit) are no secrets",
      fixture: 'valid/innocent-names-and-values-over-http.yaml',
    },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: secret-looking names over http-only and match-viewer; header list capped at three',
      fixture: 'invalid/http.yaml',
      errors: [
        {
          messageId: 'clearText',
          data: { origin: "Origin 'app'", headers: "'X-Origin-Verify'", s: 's', what: 'a secret', fix: FIX },
          line: 18,
          column: 29,
          endLine: 18,
          endColumn: 44,
          pointer: `${ORIGINS}/0/OriginCustomHeaders/1/HeaderName`,
          severity: 'error',
          message: `Origin 'app' is reached over HTTP but sends 'X-Origin-Verify', which looks like a secret; ${FIX}.`,
        },
        {
          messageId: 'clearText',
          data: { origin: "Origin 'docs'", headers: "'Authorization'", s: 's', what: 'a secret', fix: FIX },
          line: 26,
          column: 29,
          endLine: 26,
          endColumn: 42,
          pointer: `${ORIGINS}/1/OriginCustomHeaders/0/HeaderName`,
          message: `Origin 'docs' is reached over HTTP but sends 'Authorization', which looks like a secret; ${FIX}.`,
        },
        {
          messageId: 'clearText',
          data: { origin: "Origin 'partner'", headers: "'X-Api-Key', 'X-Client-Secret', 'X-Signature' and 1 more", s: '', what: 'secrets', fix: FIX },
          line: 33,
          column: 29,
          endLine: 33,
          endColumn: 38,
          pointer: `${ORIGINS}/2/OriginCustomHeaders/0/HeaderName`,
          message: `Origin 'partner' is reached over HTTP but sends 'X-Api-Key', 'X-Client-Secret', 'X-Signature' and 1 more, which look like secrets; ${FIX}.`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: a Secrets Manager reference (Fn::Sub) and a long random value under innocent names',
      fixture: 'invalid/secret-values.json',
      errors: [
        {
          messageId: 'clearText',
          data: { origin: "Origin 'shop'", headers: "'X-Tenant'", s: 's', what: 'a secret', fix: FIX },
          line: 19,
          column: 33,
          endLine: 19,
          endColumn: 43,
          pointer: `${ORIGINS}/0/OriginCustomHeaders/0/HeaderName`,
          message: `Origin 'shop' is reached over HTTP but sends 'X-Tenant', which looks like a secret; ${FIX}.`,
        },
        {
          // S3 REST origin behind allow-all: it has no OriginProtocolPolicy, so the fix is on the viewer side.
          messageId: 'clearText',
          data: { origin: "Origin 'media'", headers: "'X-Request-Source'", s: 's', what: 'a secret', fix: S3_REST_FIX },
          line: 28,
          column: 33,
          endLine: 28,
          endColumn: 51,
          pointer: `${ORIGINS}/1/OriginCustomHeaders/0/HeaderName`,
          message: `Origin 'media' is reached over HTTP but sends 'X-Request-Source', which looks like a secret; ${S3_REST_FIX}.`,
        },
      ],
    },
    {
      name: 'API JSON: the http-only secondary of an origin group gets the API key',
      fixture: 'invalid/api.json',
      errors: [
        {
          messageId: 'clearText',
          data: { origin: "Origin 'api-standby'", headers: "'X-Api-Key'", s: 's', what: 'a secret', fix: FIX },
          line: 27,
          column: 39,
          endLine: 27,
          endColumn: 50,
          pointer: '/DistributionConfig/Origins/Items/1/CustomHeaders/Items/0/HeaderName',
          message: `Origin 'api-standby' is reached over HTTP but sends 'X-Api-Key', which looks like a secret; ${FIX}.`,
        },
      ],
    },
    {
      name: "AllowedValues: OriginProtocol = 'http-only' sends the verify header in clear text",
      fixture: 'invalid/parameter-alternatives.yaml',
      errors: [
        {
          messageId: 'clearText',
          data: { origin: "Origin 'app'", headers: "'X-Origin-Verify'", s: 's', what: 'a secret', fix: FIX },
          line: 20,
          column: 29,
          endLine: 20,
          endColumn: 44,
          pointer: `${ORIGINS}/0/OriginCustomHeaders/0/HeaderName`,
          message: `Origin 'app' is reached over HTTP but sends 'X-Origin-Verify', which looks like a secret; ${FIX}, with parameter OriginProtocol = 'http-only'.`,
        },
      ],
    },
    {
      name: "S3 website endpoint: a 32-character hex Referer value is a secret, 'X-Origin-Region' is not; the fix is the REST endpoint",
      fixture: 'invalid/website-referer-hex.yaml',
      errors: [
        {
          messageId: 'clearText',
          data: { origin: "Origin 'site'", headers: "'Referer'", s: 's', what: 'a secret', fix: WEBSITE_FIX },
          line: 17,
          column: 29,
          endLine: 17,
          endColumn: 36,
          pointer: `${ORIGINS}/0/OriginCustomHeaders/1/HeaderName`,
          severity: 'error',
          message: `Origin 'site' is reached over HTTP but sends 'Referer', which looks like a secret; ${WEBSITE_FIX}.`,
        },
      ],
    },
  ],
});

describe('no-secret-header-over-http: header values never leave the input', () => {
  // Every HeaderValue of the reported fixtures, and a distinctive piece of each.
  const values: Record<string, string[]> = {
    'invalid/http.yaml': [
      '{{resolve:secretsmanager:cdn/origin-verify:SecretString:value}}',
      'cdn/origin-verify',
      'Basic ZG9jczpodW50ZXIy',
      'ZG9jczpodW50ZXIy',
      'pk_live_example',
      'cs_example',
      'sig_example',
      'hunter2',
      'www.example.com',
    ],
    'invalid/secret-values.json': ['{{resolve:secretsmanager:', '/cdn:SecretString:tenant', 'f3Q9xK2mP7vL1sT8wR4yZ6bN0cJ5hD'],
    'invalid/api.json': ['ak-9f8e7d6c5b4a'],
    'invalid/parameter-alternatives.yaml': ['{{resolve:ssm-secure:/cdn/origin-verify}}', 'ssm-secure'],
    'invalid/website-referer-hex.yaml': ['9a0c6f0e4b2d4c8e8f1a3b5c7d9e0f12', 'eu-west-1'],
  };
  it.each(Object.entries(values))('%s: no finding carries a header value', (fixture, secrets) => {
    const findings = lintFixture(rule, { name: fixture, fixture });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const text = JSON.stringify(finding);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});
