import { Unresolved, capitalize, defineRule, isKnown, originLabel, presence, show, type Origin } from '../src/rule-kit';

/** cloudfront-facts §3.8: headers CloudFront refuses to add to origin requests. */
const REFUSED_HEADERS = [
  'cache-control', 'connection', 'content-length', 'cookie', 'host', 'if-match', 'if-modified-since', 'if-none-match',
  'if-range', 'if-unmodified-since', 'max-forwards', 'pragma', 'proxy-authorization', 'proxy-connection', 'range',
  'request-range', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'via', 'x-real-ip',
];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

type MessageId = 'domain' | 'originPath' | 'configs' | 'port' | 'portUse' | 'range' | 'accessBoth' | 'header';

export default defineRule({
  id: 'valid-origin',
  meta: {
    title: 'Origins must be configured the way CloudFront accepts them',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: ['cfn-lint schema checks (partial)'],
    rationale:
      'CloudFront refuses origins whose domain is an IP address or holds a scheme, port or path; an OriginPath that does not start with / or ends with /; more or fewer than one origin type block; ports, timeouts or connection attempts out of range; OAC together with OAI; and custom headers it manages itself.',
    messages: {
      domain: '{{origin}} has DomainName {{value}}: {{why}}; use a bare DNS name such as example.com.',
      originPath: "{{origin}} has OriginPath {{value}}; it must start with '/' and must not end with '/'.",
      configs: '{{origin}} has {{what}}; an origin needs exactly one of S3OriginConfig, CustomOriginConfig and VpcOriginConfig.',
      port: '{{origin}} has {{field}} {{value}}; CloudFront accepts 80, 443 and 1024-65535.',
      portUse: "{{origin}} has {{field}} {{value}} with OriginProtocolPolicy {{policy}}: {{why}}.",
      range: '{{origin}} has {{field}} {{value}}; CloudFront accepts {{low}}-{{high}}.',
      accessBoth: '{{origin}} sets both an origin access control and an origin access identity; CloudFront refuses that (IllegalOriginAccessConfiguration): keep the OAC and set OriginAccessIdentity to an empty string.',
      header: '{{origin}} sets custom header {{value}}, which CloudFront does not allow as an origin custom header.',
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      const label = capitalize(originLabel(origin));
      const report = (node: Parameters<typeof context.report>[0]['node'], field: string | undefined, messageId: MessageId, data: Record<string, string | number>) =>
        context.report({ node, field, messageId, key: `${messageId}:${field ?? ''}`, data: { origin: label, ...data } });
      checkDomain(origin, (why) => report(origin, 'domainName', 'domain', { value: show(origin.domainName), why }));
      const path = origin.originPath;
      if (isKnown(path) && path !== '' && (!path.startsWith('/') || path.endsWith('/'))) {
        report(origin, 'originPath', 'originPath', { value: show(path) });
      }
      if (!origin.legacyForm && !distribution.missingFields.has('Origins') && !origin.incomplete?.size) {
        const blocks = [origin.s3OriginConfig && 'S3OriginConfig', origin.customOriginConfig && 'CustomOriginConfig', origin.vpcOriginConfig && 'VpcOriginConfig'].filter(
          (name): name is string => typeof name === 'string',
        );
        if (blocks.length !== 1) report(origin, 'id', 'configs', { what: blocks.length === 0 ? 'none of them' : blocks.join(' and ') });
      }
      const custom = origin.customOriginConfig;
      if (custom) {
        const policy = custom.originProtocolPolicy;
        for (const [field, name] of [['httpPort', 'HTTPPort'], ['httpsPort', 'HTTPSPort']] as const) {
          const port = custom[field];
          if (!isKnown(port)) continue;
          if (!(port === 80 || port === 443 || (port >= 1024 && port <= 65535))) {
            report(custom, field, 'port', { field: name, value: port });
          } else if (isKnown(policy)) {
            const used = field === 'httpPort' ? policy !== 'https-only' : policy !== 'http-only';
            const wrong = field === 'httpPort' ? port === 443 : port === 80;
            if (used && wrong) {
              const why = field === 'httpPort' ? 'plain HTTP would be sent to the HTTPS port' : 'a TLS handshake would be sent to the plain HTTP port';
              report(custom, field, 'portUse', { field: name, value: port, policy: show(policy), why });
            }
          }
        }
        checkRange(custom.originReadTimeout, 1, 120, (value) => report(custom, 'originReadTimeout', 'range', { field: 'OriginReadTimeout', value, low: 1, high: 120 }));
        checkRange(custom.originKeepaliveTimeout, 1, 120, (value) => report(custom, 'originKeepaliveTimeout', 'range', { field: 'OriginKeepaliveTimeout', value, low: 1, high: 120 }));
      }
      const vpc = origin.vpcOriginConfig;
      if (vpc) {
        checkRange(vpc.originReadTimeout, 1, 120, (value) => report(vpc, 'originReadTimeout', 'range', { field: 'OriginReadTimeout', value, low: 1, high: 120 }));
        checkRange(vpc.originKeepaliveTimeout, 1, 120, (value) => report(vpc, 'originKeepaliveTimeout', 'range', { field: 'OriginKeepaliveTimeout', value, low: 1, high: 120 }));
      }
      const s3 = origin.s3OriginConfig;
      if (s3) checkRange(s3.originReadTimeout, 1, 120, (value) => report(s3, 'originReadTimeout', 'range', { field: 'OriginReadTimeout', value, low: 1, high: 120 }));
      checkRange(origin.connectionAttempts, 1, 3, (value) => report(origin, 'connectionAttempts', 'range', { field: 'ConnectionAttempts', value, low: 1, high: 3 }));
      checkRange(origin.connectionTimeout, 1, 10, (value) => report(origin, 'connectionTimeout', 'range', { field: 'ConnectionTimeout', value, low: 1, high: 10 }));
      if (presence(origin.s3OriginConfig?.originAccessIdentity) === 'yes' && presence(origin.originAccessControlId) === 'yes') {
        report(origin, 'originAccessControlId', 'accessBoth', {});
      }
      for (const [index, header] of origin.customHeaders.entries()) {
        if (!isKnown(header.name)) continue;
        const name = header.name.toLowerCase();
        if (REFUSED_HEADERS.includes(name) || name.startsWith('x-amz-') || name.startsWith('x-edge-')) {
          context.report({ node: header, field: 'name', messageId: 'header', key: `header:${index}`, data: { origin: label, value: show(header.name) } });
        }
      }
    }
  },
});

function checkDomain(origin: Origin, report: (why: string) => void): void {
  const domain = origin.domainName;
  if (domain instanceof Unresolved) {
    // A partly known domain (`!GetAtt Site.WebsiteURL`, `!GetAtt Fn.FunctionUrl`) is judged on its literal text.
    const literals = (domain.parts ?? []).filter((part): part is string => typeof part === 'string');
    if (literals.some((part) => part.includes('://'))) return report('it holds a URL scheme');
    if (literals.some((part) => part.includes('/'))) return report('it holds a path (put it in OriginPath)');
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(domain)) return report('it holds a URL scheme');
  if (domain.includes('/')) return report('it holds a path (put it in OriginPath)');
  if (domain.includes(':') && !domain.includes('[') && (domain.match(/:/g)?.length ?? 0) > 1) return report('it is an IPv6 address, and CloudFront needs a domain name');
  if (domain.includes(':')) return report('it holds a colon (a port belongs in HTTPPort/HTTPSPort)');
  if (IPV4.test(domain)) return report('it is an IP address, and CloudFront needs a domain name');
}

function checkRange(value: unknown, low: number, high: number, report: (value: number) => void): void {
  if (typeof value === 'number' && (value < low || value > high || !Number.isInteger(value))) report(value);
}
