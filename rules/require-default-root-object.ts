import { defineRule, domainLabel, originLabel } from '../src/rule-kit';

export default defineRule({
  id: 'require-default-root-object',
  meta: {
    title: 'Set a default root object for S3 origins',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: ['Security Hub CloudFront.1', 'AWS Config cloudfront-default-root-object-configured', 'Checkov CKV_AWS_305', 'Prowler cloudfront_distributions_default_root_object'],
    rationale:
      "A request for the distribution's root (/) is passed to the origin as is; an S3 REST endpoint then answers with an error or, for a bucket that allows listing, the list of its objects. DefaultRootObject (e.g. index.html) serves a page instead.",
    messages: {
      missing: "The default behavior serves {{origin}} ({{domain}}), an S3 bucket REST endpoint, and DefaultRootObject is not set, so a request for / goes to the bucket root; set DefaultRootObject (e.g. 'index.html').",
    },
  },
  check(distribution, context) {
    if (distribution.missingFields.has('DefaultRootObject') || distribution.incomplete?.has('defaultRootObject')) return;
    const root = distribution.defaultRootObject;
    if (root !== undefined && root !== '') return;
    // S3 website endpoints serve their own index document; only REST endpoints need this.
    const route = distribution.defaultCacheBehavior?.routes[0];
    if (!route || route.origin.kind !== 's3-rest') return;
    context.report({
      node: distribution,
      field: root === undefined ? undefined : 'defaultRootObject',
      messageId: 'missing',
      data: { origin: originLabel(route.origin), domain: domainLabel(route.origin) },
    });
  },
});
