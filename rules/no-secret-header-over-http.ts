import { Unresolved, capitalize, defineRule, isKnown, listLabels, originLabel, protocolsTo, type Val } from '../src/rule-kit';

/** Header names that announce a credential (X-Origin-Verify, X-Api-Key, Authorization, …). */
const SECRET_NAME = /secret|token|auth|verify|passw|api-?key|signature|credential/i;

export default defineRule({
  id: 'no-secret-header-over-http',
  meta: {
    title: 'Secret origin headers must not travel over HTTP',
    severity: 'error',
    category: 'security',
    preset: 'recommended',
    anchors: [],
    rationale:
      'Origin custom headers often carry a shared secret that proves a request came through CloudFront (X-Origin-Verify and the like). When CloudFront reaches that origin over HTTP the secret crosses the internet in clear text, and anyone who reads it can bypass CloudFront.',
    messages: {
      clearText: '{{origin}} is reached over HTTP but sends {{headers}}, which look{{s}} like {{what}}; {{fix}}.',
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      if (!protocolsTo(distribution, origin).has('http')) continue;
      const secret = origin.customHeaders.filter((header) => isKnown(header.name) && looksSecret(header.name, header.value));
      if (secret.length === 0) continue;
      context.report({
        node: secret[0]!,
        field: 'name',
        messageId: 'clearText',
        data: {
          origin: capitalize(originLabel(origin)),
          headers: listLabels(secret.map((header) => `'${String(header.name)}'`), 3),
          s: secret.length === 1 ? 's' : '',
          what: secret.length === 1 ? 'a secret' : 'secrets',
          fix:
            origin.kind === 's3-website'
              ? 'an S3 website endpoint only speaks HTTP, so use the bucket REST endpoint with an origin access control instead'
              : origin.customOriginConfig
                ? 'reach the origin over HTTPS (OriginProtocolPolicy https-only)'
                : 'require HTTPS from viewers (redirect-to-https or https-only) on the behaviors that use it, so CloudFront reaches it over HTTPS',
        },
      });
    }
  },
});

/** A secret-sounding name, a value from a secret store, or a long random-looking value (never printed). */
function looksSecret(name: Val<string>, value: Val<string>): boolean {
  if (typeof name === 'string' && SECRET_NAME.test(name)) return true;
  const text = value instanceof Unresolved ? value.display : value;
  if (/\{\{resolve:(secretsmanager|ssm-secure):/i.test(text)) return true;
  if (value instanceof Unresolved) return false;
  // Random-looking: long, one token, and digits with mixed-case letters (or a long hex string).
  if (/^[0-9a-f]{32,}$/i.test(value)) return true;
  return value.length >= 20 && /^[A-Za-z0-9+/=_-]+$/.test(value) && /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}
