import { Unresolved, defineRule, show } from '../src/rule-kit';

const ACM_ARN = /^arn:(aws[a-z-]*):acm:([a-z0-9-]*):/;

export default defineRule({
  id: 'valid-acm-certificate-region',
  meta: {
    title: 'The ACM certificate must be in us-east-1',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale: 'CloudFront only uses ACM certificates requested or imported in US East (N. Virginia), us-east-1; any other Region is refused.',
    messages: {
      region: "AcmCertificateArn {{value}} is in {{region}}; CloudFront only accepts ACM certificates from us-east-1 (request or import the certificate there).",
      notAcm: 'AcmCertificateArn {{value}} is not an ACM certificate ARN (arn:aws:acm:us-east-1:<account>:certificate/<id>).',
    },
  },
  check(distribution, context) {
    const certificate = distribution.viewerCertificate;
    const arn = certificate?.acmCertificateArn;
    if (!certificate || arn === undefined || arn === '') return;
    // A partly known ARN is judged on its literal start (`arn:aws:acm:eu-west-1:${AWS::AccountId}:…`).
    const text = arn instanceof Unresolved ? leadingLiteral(arn) : arn;
    if (text === undefined) return;
    const match = ACM_ARN.exec(text);
    if (!match) {
      // Only a complete literal can be called "not an ACM ARN".
      if (typeof arn === 'string') context.report({ node: certificate, field: 'acmCertificateArn', messageId: 'notAcm', data: { value: show(arn) } });
      return;
    }
    const [, partition, region] = match;
    // China and GovCloud partitions have their own rules; only the commercial partition is judged.
    if (partition !== 'aws' || region === 'us-east-1') return;
    context.report({ node: certificate, field: 'acmCertificateArn', messageId: 'region', data: { value: show(arn), region: `'${region}'` } });
  },
});

function leadingLiteral(value: Unresolved): string | undefined {
  const first = value.parts?.[0];
  return typeof first === 'string' ? first : undefined;
}
