import rule from '../../rules/no-outdated-origin-ssl-protocols';
import { runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const DEFAULTED = ' (they are omitted, so CloudFormation uses TLSv1 and SSLv3)';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: TLSv1.2 to HTTPS origins; HTTP-only, S3 website and S3 REST origins are out of scope', fixture: 'valid/tls12.yaml' },
    { name: 'CloudFormation JSON: match-viewer load balancer allowing only TLSv1.2', fixture: 'valid/tls12.json' },
    { name: 'API JSON: TLSv1.2 only, and an omitted list (the API requires it; no CloudFormation default) stays silent', fixture: 'valid/api-tls12.json' },
    { name: 'unresolved lists (list parameter without default, imported item) stay silent', fixture: 'valid/unresolved.yaml' },
    { name: 'an origin no behavior reaches is never connected to', fixture: 'valid/unused-origin.yaml' },
    { name: 'legacy CustomOrigin: binding to TargetOriginId is undocumented, stays silent', fixture: 'valid/legacy-custom-origin.yaml' },
    { name: 'an explicitly empty OriginSSLProtocols is not treated as omitted (no CloudFormation default assumed)', fixture: 'valid/empty-list.yaml' },
    { name: 'an https-only S3 website endpoint with the list omitted is left to no-https-to-s3-website', fixture: 'valid/s3-website-https.yaml' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: omitted OriginSSLProtocols (CloudFormation default) and TLSv1.1 behind match-viewer',
      fixture: 'invalid/omitted.yaml',
      errors: [
        {
          messageId: 'weak',
          data: { origin: "Origin 'app'", field: 'OriginSSLProtocols', protocols: "'TLSv1' and 'SSLv3'", defaulted: DEFAULTED },
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 31,
          pointer: `${CFN}/Origins/0/CustomOriginConfig`,
          severity: 'error',
          message:
            "Origin 'app' is reached over HTTPS and its OriginSSLProtocols include 'TLSv1' and 'SSLv3' (they are omitted, so CloudFormation uses TLSv1 and SSLv3); allow only TLSv1.2.",
        },
        {
          messageId: 'weak',
          data: { origin: "Origin 'api'", field: 'OriginSSLProtocols', protocols: "'TLSv1.1'", defaulted: '' },
          line: 18,
          column: 15,
          endLine: 18,
          endColumn: 33,
          pointer: `${CFN}/Origins/1/CustomOriginConfig/OriginSSLProtocols`,
          severity: 'warning',
          message: "Origin 'api' is reached over HTTPS and its OriginSSLProtocols include 'TLSv1.1'; allow only TLSv1.2.",
        },
      ],
    },
    {
      name: 'CloudFormation JSON: SSLv3, TLSv1 and TLSv1.1 to a load balancer that HTTPS viewers reach through match-viewer',
      fixture: 'invalid/weak.json',
      errors: [
        {
          messageId: 'weak',
          data: { origin: "Origin 'alb'", field: 'OriginSSLProtocols', protocols: "'SSLv3', 'TLSv1' and 'TLSv1.1'", defaulted: '' },
          line: 18,
          column: 17,
          endLine: 18,
          endColumn: 37,
          pointer: `${CFN}/Origins/0/CustomOriginConfig/OriginSSLProtocols`,
          severity: 'error',
          message: "Origin 'alb' is reached over HTTPS and its OriginSSLProtocols include 'SSLv3', 'TLSv1' and 'TLSv1.1'; allow only TLSv1.2.",
        },
      ],
    },
    {
      name: 'API JSON: the secondary member of an origin group allows TLSv1 and TLSv1.1',
      fixture: 'invalid/api-origin-group.json',
      errors: [
        {
          messageId: 'weak',
          data: { origin: "Origin 'web-secondary'", field: 'OriginSslProtocols', protocols: "'TLSv1' and 'TLSv1.1'", defaulted: '' },
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 33,
          pointer: '/DistributionConfig/Origins/Items/1/CustomOriginConfig/OriginSslProtocols',
          severity: 'warning',
          message: "Origin 'web-secondary' is reached over HTTPS and its OriginSslProtocols include 'TLSv1' and 'TLSv1.1'; allow only TLSv1.2.",
        },
      ],
    },
    {
      name: 'Fn::If removes the list (AWS::NoValue) when a condition is false',
      fixture: 'invalid/conditional.yaml',
      errors: [
        {
          messageId: 'weak',
          data: { origin: "Origin 'app'", field: 'OriginSSLProtocols', protocols: "'TLSv1' and 'SSLv3'", defaulted: DEFAULTED },
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 31,
          pointer: `${CFN}/Origins/0/CustomOriginConfig`,
          severity: 'error',
          message:
            "Origin 'app' is reached over HTTPS and its OriginSSLProtocols include 'TLSv1' and 'SSLv3' (they are omitted, so CloudFormation uses TLSv1 and SSLv3); allow only TLSv1.2, when condition PinOriginTls is false.",
        },
      ],
    },
    {
      name: "a parameter's default adds TLSv1.1",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'weak',
          data: { origin: "Origin 'app'", field: 'OriginSSLProtocols', protocols: "'TLSv1.1'", defaulted: '' },
          line: 17,
          column: 15,
          endLine: 17,
          endColumn: 33,
          pointer: `${CFN}/Origins/0/CustomOriginConfig/OriginSSLProtocols`,
          severity: 'warning',
          message:
            "Origin 'app' is reached over HTTPS and its OriginSSLProtocols include 'TLSv1.1'; allow only TLSv1.2, with parameter ExtraOriginProtocol at its default 'TLSv1.1'.",
        },
      ],
    },
    {
      name: "an https-only origin is judged even when the behavior's ViewerProtocolPolicy is unresolved; a match-viewer one is not",
      fixture: 'invalid/unresolved-viewer-policy.yaml',
      errors: [
        {
          messageId: 'weak',
          data: { origin: "Origin 'api'", field: 'OriginSSLProtocols', protocols: "'SSLv3'", defaulted: '' },
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 33,
          pointer: `${CFN}/Origins/1/CustomOriginConfig/OriginSSLProtocols`,
          severity: 'error',
          message: "Origin 'api' is reached over HTTPS and its OriginSSLProtocols include 'SSLv3'; allow only TLSv1.2.",
        },
      ],
    },
  ],
});
