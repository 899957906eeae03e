import { Unresolved, capitalize, defineRule, isKnown, listLabels, originLabel, protocolsTo, type Val } from '../src/rule-kit';

/** Header names that announce a credential (X-Origin-Verify, X-Api-Key, Authorization, …). */
const SECRET_NAME = /secret|token|auth|verify|passw|api-?key|signature|credential|shared|x-origin/i;

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
      clearText: '{{origin}} is reached over HTTP but sends {{headers}}, which look{{s}} like a secret; reach the origin over HTTPS (OriginProtocolPolicy https-only).',
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
  return value.length >= 20 && /^[A-Za-z0-9+/=_-]+$/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}
