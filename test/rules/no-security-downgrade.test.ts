import rule from '../../rules/no-security-downgrade';
import { runRuleTests } from '../helpers/rule-tester';

// Each case lints the fixture (the version under review) against `before` (the earlier version);
// distributions pair by CloudFormation logical id or, for API JSON, distribution id / CallerReference.
const PORTAL = '/Resources/Portal/Properties/DistributionConfig';
const WEB_ACL = "'arn:aws:wafv2:us-east-1:123456789012:global/webacl/portal/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111'";

runRuleTests(rule, {
  valid: [
    { name: 'no earlier version: the rule does not run', fixture: 'invalid/viewer-policies.yaml' },
    {
      name: 'a new parameter adds alternatives: each is compared with the earlier alternative of the same parameter values',
      fixture: 'valid/new-parameter-alternatives.yaml',
      before: 'before/new-parameter-alternatives.yaml',
    },
    { name: 'unchanged security settings (comment and price class changed)', fixture: 'valid/portal-unchanged.yaml', before: 'before/portal.yaml' },
    {
      name: 'CloudFormation JSON: upgrades only (viewer policy, TLS policy, origin protocol and SSL protocols, OAC, WAF and logging added)',
      fixture: 'valid/upgrades.json',
      before: 'before/shop-weak.json',
    },
    {
      name: 'API JSON: another web ACL, another log bucket, fewer origin SSL protocols',
      fixture: 'valid/get-distribution-config.json',
      before: 'before/get-distribution-config.json',
    },
    { name: 'renamed behaviors and origins cannot be paired and are not compared', fixture: 'valid/renamed.yaml', before: 'before/portal.yaml' },
    { name: 'unresolved new values (parameters without defaults, !ImportValue) stay silent', fixture: 'valid/unresolved.yaml', before: 'before/portal.yaml' },
    { name: 'standard logging replaced by a v2 log delivery of the same template', fixture: 'valid/v2-logging.yaml', before: 'before/portal.yaml' },
    {
      name: 'default certificate before and after: the effective policy stays TLSv1',
      fixture: 'valid/default-certificate-both.yaml',
      before: 'before/portal-default-certificate.yaml',
    },
    { name: 'SSL protocols of an http-only origin are never used', fixture: 'valid/http-only-origin-ssl.yaml', before: 'before/portal-http-origin.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: viewer policies weakened (and the S3 origin now gets HTTP requests)',
      fixture: 'invalid/viewer-policies.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'originHttp',
          data: { origin: "Origin 'site'" },
          line: 30,
          column: 25,
          endLine: 30,
          endColumn: 64,
          pointer: `${PORTAL}/Origins/0/DomainName`,
          message: "Origin 'site' was reached only over HTTPS and is now reached over HTTP.",
        },
        {
          messageId: 'viewerPolicy',
          data: { behavior: 'Default behavior', before: "'redirect-to-https'", after: "'allow-all'" },
          line: 41,
          column: 33,
          endLine: 41,
          endColumn: 42,
          pointer: `${PORTAL}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          severity: 'error',
          message: "Default behavior was 'redirect-to-https' and is now 'allow-all': viewers lose the HTTPS guarantee they had.",
        },
        {
          messageId: 'viewerPolicy',
          data: { behavior: "Behavior '/admin/*'", before: "'https-only'", after: "'redirect-to-https'" },
          line: 46,
          column: 35,
          endLine: 46,
          endColumn: 52,
          pointer: `${PORTAL}/CacheBehaviors/0/ViewerProtocolPolicy`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: MinimumProtocolVersion lowered',
      fixture: 'invalid/tls-policy.json',
      before: 'before/shop.json',
      errors: [
        {
          messageId: 'tlsPolicy',
          data: { before: "'TLSv1.2_2021'", after: "'TLSv1.1_2016'" },
          line: 55,
          column: 39,
          endLine: 55,
          endColumn: 53,
          pointer: '/Resources/Shop/Properties/DistributionConfig/ViewerCertificate/MinimumProtocolVersion',
          message: "The minimum viewer TLS policy went from 'TLSv1.2_2021' to 'TLSv1.1_2016'.",
        },
      ],
    },
    {
      name: 'custom certificate replaced by the default certificate (pinned to TLSv1)',
      fixture: 'invalid/default-certificate.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'tlsPolicy',
          data: { before: "'TLSv1.2_2021'", after: "'TLSv1' (the default certificate)" },
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 26,
          pointer: `${PORTAL}/ViewerCertificate`,
        },
      ],
    },
    {
      name: 'origin moved from https-only to http-only',
      fixture: 'invalid/origin-http.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'originHttp',
          data: { origin: "Origin 'api'" },
          line: 36,
          column: 37,
          endLine: 36,
          endColumn: 46,
          pointer: `${PORTAL}/Origins/1/CustomOriginConfig/OriginProtocolPolicy`,
        },
      ],
    },
    {
      name: "OriginSSLProtocols removed in CloudFormation: its default adds 'SSLv3' and 'TLSv1'",
      fixture: 'invalid/origin-ssl-omitted.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'originSsl',
          data: { origin: "Origin 'api'", added: "'SSLv3' and 'TLSv1'" },
          line: 35,
          column: 13,
          endLine: 35,
          endColumn: 31,
          pointer: `${PORTAL}/Origins/1/CustomOriginConfig`,
          message: "Origin 'api' now allows 'SSLv3' and 'TLSv1' to the origin, which it did not before.",
        },
      ],
    },
    {
      name: 'origin access control removed from the S3 origin',
      fixture: 'invalid/oac-removed.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'oacRemoved',
          data: { origin: "Origin 'site'" },
          line: 28,
          column: 17,
          endLine: 28,
          endColumn: 21,
          pointer: `${PORTAL}/Origins/0/Id`,
          message: "Origin 'site' lost its origin access control.",
        },
      ],
    },
    {
      name: 'WebACLId deleted',
      fixture: 'invalid/waf-removed.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'wafRemoved',
          data: { before: WEB_ACL },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 9,
          pointer: '/Resources/Portal',
          message: `The web ACL ${WEB_ACL} was removed from the distribution.`,
        },
      ],
    },
    {
      name: 'standard logging removed with nothing in its place',
      fixture: 'invalid/logging-removed.yaml',
      before: 'before/portal.yaml',
      errors: [
        {
          messageId: 'loggingRemoved',
          data: { before: "'example-logs.s3.amazonaws.com'" },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 9,
          pointer: '/Resources/Portal',
          message: "Access logging (bucket 'example-logs.s3.amazonaws.com') was turned off.",
        },
      ],
    },
    {
      name: 'API JSON (get-distribution-config): TLSv1 added to the origin, logging disabled, WebACLId emptied',
      fixture: 'invalid/get-distribution-config.json',
      before: 'before/get-distribution-config.json',
      errors: [
        {
          messageId: 'originSsl',
          data: { origin: "Origin 'media'", added: "'TLSv1'" },
          line: 26,
          column: 13,
          endLine: 26,
          endColumn: 33,
          pointer: '/DistributionConfig/Origins/Items/0/CustomOriginConfig/OriginSslProtocols',
        },
        {
          messageId: 'loggingRemoved',
          data: { before: "'example-logs.s3.amazonaws.com'" },
          line: 66,
          column: 5,
          endLine: 66,
          endColumn: 14,
          pointer: '/DistributionConfig/Logging',
        },
        {
          messageId: 'wafRemoved',
          data: { before: "'arn:aws:wafv2:us-east-1:123456789012:global/webacl/media/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111'" },
          line: 81,
          column: 17,
          endLine: 81,
          endColumn: 19,
          pointer: '/DistributionConfig/WebACLId',
        },
      ],
    },
    {
      name: 'Fn::If on a condition of a parameter: the downgrade holds only for the staging value',
      fixture: 'invalid/conditional-viewer.yaml',
      before: 'before/portal-api.yaml',
      errors: [
        {
          messageId: 'viewerPolicy',
          data: { behavior: 'Default behavior', before: "'redirect-to-https'", after: "'allow-all'" },
          line: 22,
          column: 71,
          endLine: 22,
          endColumn: 80,
          pointer: `${PORTAL}/DefaultCacheBehavior/ViewerProtocolPolicy/Fn::If/2`,
          message: "viewers lose the HTTPS guarantee they had, with parameter Stage = 'staging'.",
        },
      ],
    },
  ],
});
