import rule, { minimalPaths } from '../../rules/require-invalidation-after-protocol-change';
import { runRuleTests } from '../helpers/rule-tester';

// Each case lints the fixture (the version under review) against `before` (the earlier version);
// distributions pair by CloudFormation logical id or CloudFront distribution id.
const CACHE_WARNING = 'objects cached the old way keep being served until they expire';

runRuleTests(rule, {
  valid: [
    { name: 'no earlier version: the rule does not run', fixture: 'invalid/site-https.yaml' },
    { name: 'unchanged origin protocol and domain (only the comment changed)', fixture: 'valid/site-unchanged.yaml', before: 'before/site.yaml' },
    { name: 'a distribution the earlier version does not have pairs with nothing', fixture: 'valid/other-distribution.yaml', before: 'before/site.yaml' },
    { name: 'unresolved new OriginProtocolPolicy (parameter without default) stays silent', fixture: 'valid/unresolved-protocol.yaml', before: 'before/site.yaml' },
    { name: 'unresolved new origin domain (!ImportValue) stays silent', fixture: 'valid/unresolved-domain.yaml', before: 'before/site.yaml' },
    { name: 'legacy TTLs of 0 without a cache policy: nothing cached now', fixture: 'valid/site-legacy-ttl-zero.yaml', before: 'before/site.yaml' },
    {
      name: 'the earlier behavior had Managed-CachingDisabled: nothing was cached the old way',
      fixture: 'valid/site-caching-enabled.yaml',
      before: 'before/site-uncached.yaml',
    },
    { name: 'Managed-CachingDisabled behaviors are silent', fixture: 'valid/media-caching-disabled.yaml', before: 'before/media.yaml' },
    { name: 'origin domain differs only in case', fixture: 'valid/app-domain-case.yaml', before: 'before/app.yaml' },
    {
      name: "CDK BucketDeployment of the same template invalidates '/*' (DistributionPaths)",
      fixture: 'valid/cdk-deployment-all-paths.json',
      before: 'before/cdk-site.json',
    },
    {
      name: "CDK BucketDeployment without DistributionPaths invalidates '/*'",
      fixture: 'valid/cdk-deployment-default-paths.yaml',
      before: 'before/cdk-site.json',
    },
    {
      name: 'API JSON (get-distribution): only SSL protocols and timeouts changed',
      fixture: 'valid/get-distribution-timeouts.json',
      before: 'before/get-distribution-tls.json',
    },
  ],
  invalid: [
    {
      name: 'a behavior retargeted to an origin on another domain',
      fixture: 'invalid/retarget.yaml',
      before: 'before/retarget.yaml',
      errors: [
        {
          messageId: 'invalidate',
          line: 17,
          column: 27,
          endLine: 17,
          endColumn: 30,
          pointer: '/Resources/Cdn/Properties/DistributionConfig/DefaultCacheBehavior/TargetOriginId',
          message:
            "Default behavior now fetches from origin 'new' (new-origin.example.com) instead of 'old' (old-origin.example.com); objects cached the old way keep being served until they expire: invalidate '/*' for the default behavior.",
        },
      ],
    },
    {
      name: "CloudFormation YAML: http-only to https-only for the default behavior: '/*'",
      fixture: 'invalid/site-https.yaml',
      before: 'before/site.yaml',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'web' over HTTPS instead of HTTP",
            paths: "'/*'",
            command: ' for the default behavior',
          },
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 47,
          pointer: '/Resources/Site/Properties/DistributionConfig/Origins/0/CustomOriginConfig/OriginProtocolPolicy',
          severity: 'warning',
          message: `CloudFront now reaches origin 'web' over HTTPS instead of HTTP; ${CACHE_WARNING}: invalidate '/*' for the default behavior.`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: two ordered behaviors on the changed origin, one path each',
      fixture: 'invalid/shop-https.json',
      before: 'before/shop.json',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'backend' over HTTPS instead of HTTP",
            paths: "'/api/*' and '/images/*'",
            command: " for behavior '/images/*' and behavior '/api/*'",
          },
          line: 47,
          column: 41,
          endLine: 47,
          endColumn: 53,
          pointer: '/Resources/Shop/Properties/DistributionConfig/Origins/1/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: "minimal paths: '/img/a*' is covered by '/img/*', and '/api/*.json' becomes '/api/*'",
      fixture: 'invalid/media-patterns.yaml',
      before: 'before/media.yaml',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'media' over HTTPS instead of HTTP",
            paths: "'/api/*' and '/img/*'",
            command: " for behavior '/img/a*', behavior '/img/*' and behavior '/api/*.json'",
          },
          line: 18,
          column: 37,
          endLine: 18,
          endColumn: 47,
          pointer: '/Resources/Media/Properties/DistributionConfig/Origins/1/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'origin domain change: only the caching behavior needs invalidating',
      fixture: 'invalid/app-domain.yaml',
      before: 'before/app.yaml',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "Origin 'app' moved from domain app-blue.example.com to app-green.example.com",
            paths: "'/static/*'",
            command: " for behavior '/static/*'",
          },
          line: 11,
          column: 25,
          endLine: 11,
          endColumn: 46,
          pointer: '/Resources/App/Properties/DistributionConfig/Origins/0/DomainName',
        },
      ],
    },
    {
      name: 'match-viewer origin whose viewers became HTTPS-only; a logical id that looks like a distribution id gives no command',
      fixture: 'invalid/storefront-https-only.yaml',
      before: 'before/storefront.yaml',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'store' over HTTPS instead of HTTP and HTTPS",
            paths: "'/*'",
            command: ' for the default behavior',
          },
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 49,
          pointer: '/Resources/ESTOREFRONT/Properties/DistributionConfig/Origins/0/CustomOriginConfig/OriginProtocolPolicy',
        },
      ],
    },
    {
      name: 'S3 REST origin (follows the viewer) behind a behavior that now redirects HTTP viewers',
      fixture: 'invalid/downloads-redirect.yaml',
      before: 'before/downloads.yaml',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'files' over HTTPS instead of HTTP and HTTPS",
            paths: "'/downloads/*'",
            command: " for behavior '/downloads/*'",
          },
          line: 26,
          column: 25,
          endLine: 26,
          endColumn: 58,
          pointer: '/Resources/Downloads/Properties/DistributionConfig/Origins/1/DomainName',
        },
      ],
    },
    {
      name: 'Fn::If on a condition of a parameter: the finding says under which value it holds',
      fixture: 'invalid/site-conditional.yaml',
      before: 'before/site.yaml',
      errors: [
        {
          messageId: 'invalidate',
          data: { paths: "'/*'" },
          line: 19,
          column: 56,
          endLine: 19,
          endColumn: 66,
          pointer: '/Resources/Site/Properties/DistributionConfig/Origins/0/CustomOriginConfig/OriginProtocolPolicy/Fn::If/1',
          message: "invalidate '/*' for the default behavior, with parameter Stage = 'production'.",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution with an Id): a ready create-invalidation command',
      fixture: 'invalid/get-distribution.json',
      before: 'before/get-distribution.json',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'api' over HTTPS instead of HTTP",
            paths: "'/api/v1/*' and '/api/v2/*'",
            command: " (aws cloudfront create-invalidation --distribution-id EDFDVBD6EXAMPLE --paths '/api/v1/*' '/api/v2/*')",
          },
          line: 52,
          column: 39,
          endLine: 52,
          endColumn: 51,
          pointer: '/Distribution/DistributionConfig/Origins/Items/1/CustomOriginConfig/OriginProtocolPolicy',
          message:
            "CloudFront now reaches origin 'api' over HTTPS instead of HTTP; objects cached the old way keep being served until they expire: invalidate '/api/v1/*' and '/api/v2/*' (aws cloudfront create-invalidation --distribution-id EDFDVBD6EXAMPLE --paths '/api/v1/*' '/api/v2/*').",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config, paired by CallerReference, no Id): origin domain change, no command',
      fixture: 'invalid/get-distribution-config.json',
      before: 'before/get-distribution-config.json',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "Origin 'api' moved from domain api-origin.example.com to api-origin.eu-west-1.example.com",
            paths: "'/api/v1/*' and '/api/v2/*'",
            command: " for behavior '/api/v1/*' and behavior '/api/v2/*'",
          },
          line: 37,
          column: 25,
          endLine: 37,
          endColumn: 59,
          pointer: '/DistributionConfig/Origins/Items/1/DomainName',
        },
      ],
    },
    {
      name: "CDK BucketDeployment whose DistributionPaths do not cover '/*'",
      fixture: 'invalid/cdk-deployment-some-paths.json',
      before: 'before/cdk-site.json',
      errors: [
        {
          messageId: 'invalidate',
          data: {
            changes: "CloudFront now reaches origin 'SiteStackSiteDistributionOrigin1D5A2C5B4' over HTTPS instead of HTTP and HTTPS",
            paths: "'/*'",
            command: ' for the default behavior',
          },
          line: 35,
          column: 29,
          endLine: 40,
          endColumn: 16,
          pointer: '/Resources/SiteDistribution3FF9535D/Properties/DistributionConfig/Origins/0/DomainName',
        },
      ],
    },
  ],
});

describe('minimalPaths: the fewest invalidation paths covering the behaviors', () => {
  const behavior = (pathPattern?: string) => ({ isDefault: pathPattern === undefined, pathPattern }) as never;

  it.each([
    [['/images/*', '/api/*'], ['/api/*', '/images/*']],
    [['/img/a*', '/img/*'], ['/img/*']],
    [['/api/*.json'], ['/api/*']],
    [['/img/?.png', 'docs/*'], ['/docs/*', '/img/*']],
    [['/index.html', '/assets/*'], ['/assets/*', '/index.html']],
    [['/img*', '/img/*', '/img/a/*'], ['/img*']],
    [['*.jpg', '/images/*'], ['/*']],
    [['/images/*', undefined], ['/*']],
  ])('%j -> %j', (patterns, paths) => {
    expect(minimalPaths((patterns as Array<string | undefined>).map(behavior))).toEqual(paths);
  });
});
