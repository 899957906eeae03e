import { Unresolved, capitalize, defineRule, domainLabel, originLabel, presence, routesTo } from '../src/rule-kit';

/** Origin kinds an OAC can sign requests for (cloudfront-facts §3.6: s3, mediastore, mediapackagev2, lambda). */
const OAC_KINDS = ['s3-rest', 'lambda-url', 'mediastore', 'mediapackage'];

export default defineRule({
  id: 'require-origin-access-control',
  meta: {
    title: 'S3 and Lambda URL origins should be reached through an origin access control',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [
      'Security Hub CloudFront.13',
      'Security Hub CloudFront.16',
      'Security Hub CloudFront.2 (retired)',
      'AWS Config cloudfront-s3-origin-access-control-enabled',
      'AWS Config cloudfront-origin-lambda-url-oac-enabled',
      'cdk-nag AwsSolutions-CFR6',
      'cdk-nag AwsSolutions-CFR7',
      'Checkov CKV2_AWS_46',
      'Prowler cloudfront_distributions_s3_origin_access_control',
    ],
    rationale:
      'Without an origin access control, an S3 bucket or Lambda function URL behind CloudFront must be open to everyone, so CloudFront (and its WAF, signed URLs and logging) can be bypassed. The legacy origin access identity does not support SSE-KMS, writes or newer Regions.',
    messages: {
      public: '{{origin}} ({{domain}}) is an S3 bucket without an origin access control or identity, so the bucket must be public; add an OAC (OriginAccessControlId) and allow only CloudFront in the bucket policy.',
      legacyOai: '{{origin}} uses a legacy origin access identity; migrate to an origin access control (OAC), which also supports SSE-KMS, writes and every Region.',
      lambda: '{{origin}} ({{domain}}) is a Lambda function URL without an origin access control, so the URL must allow unauthenticated calls; add an OAC of type lambda and use AWS_IAM auth.',
      misplaced: '{{origin}} ({{domain}}) is {{kind}}, where an origin access control cannot sign requests; remove it{{hint}}.',
    },
  },
  check(distribution, context) {
    for (const origin of distribution.origins) {
      const kind = origin.kind;
      if (!kind || origin.legacyForm) continue;
      const data = { origin: capitalize(originLabel(origin)), domain: domainLabel(origin) };
      // Lambda@Edge on origin-request can sign requests itself (e.g. SigV4A for Multi-Region Access Points).
      const routes = routesTo(distribution, origin);
      const signedByCode = routes.length > 0 && routes.every(({ behavior }) =>
        behavior.lambdaFunctionAssociations.some((association) => association.eventType === 'origin-request' || association.eventType instanceof Unresolved),
      );
      const oac = presence(origin.originAccessControlId);
      const oai = presence(origin.s3OriginConfig?.originAccessIdentity);
      const hasOac = oac !== 'no';
      const hasOai = oai !== 'no';
      if (kind === 's3-rest') {
        if (hasOac) continue;
        if (hasOai) {
          if (oai === 'yes') context.report({ node: origin.s3OriginConfig!, field: 'originAccessIdentity', messageId: 'legacyOai', data });
          continue;
        }
        // A list summary or an origin that cannot be read fully might carry it elsewhere.
        if (distribution.missingFields.has('Origins') || origin.incomplete?.size || signedByCode) continue;
        context.report({ node: origin, field: 'domainName', messageId: 'public', data });
      } else if (kind === 'lambda-url') {
        if (!hasOac && !signedByCode) context.report({ node: origin, field: 'domainName', messageId: 'lambda', data });
      } else if (oac === 'yes' && !OAC_KINDS.includes(kind)) {
        const hint = kind === 's3-website' ? ' (website endpoints cannot be private; restrict them with a secret custom header, or use the REST endpoint with an OAC)' : '';
        context.report({ node: origin, field: 'originAccessControlId', messageId: 'misplaced', data: { ...data, kind: kindText(kind), hint } });
      }
    }
  },
});

function kindText(kind: string): string {
  return kind === 's3-website' ? 'an S3 website endpoint' : kind === 'custom' ? 'a custom origin' : `an origin of kind ${kind}`;
}
