import { execFileSync } from 'node:child_process';
import rule from '../../rules/valid-schema';
import { ROOT, runRuleTests } from '../helpers/rule-tester';

const CFN = '/Resources/Cdn/Properties/DistributionConfig';
const API = '/DistributionConfig';

runRuleTests(rule, {
  valid: [
    { name: 'CloudFormation YAML: most properties, booleans and numbers written as strings', fixture: 'valid/complete.yaml' },
    { name: 'CloudFormation JSON: newer properties (mTLS, cache tags, connection functions, tenants)', fixture: 'valid/complete.json' },
    { name: 'CloudFormation YAML: legacy S3Origin, CustomOrigin and CNAMEs', fixture: 'valid/legacy.yaml' },
    { name: 'unresolved values (scalars, whole objects, whole lists, list items) stay silent', fixture: 'valid/intrinsics.yaml' },
    { name: 'API JSON: get-distribution-config output with every field the CLI prints', fixture: 'valid/get-distribution-config.json' },
    { name: 'API JSON: list-distributions summaries with their read-only fields (and HttpVersion HTTP2, as the API prints it)', fixture: 'valid/list-distributions.json' },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: misspelt properties get the closest valid name, unknown ones none',
      fixture: 'invalid/misspelt-property.yaml',
      errors: [
        {
          messageId: 'misspeltProperty',
          data: { property: 'HttpVersions', parent: 'DistributionConfig', suggestion: 'HttpVersion' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 21,
          pointer: `${CFN}/HttpVersions`,
          severity: 'error',
        },
        {
          // The missing OriginProtocolPolicy is the same mistake: it is not reported again.
          messageId: 'misspeltProperty',
          data: { property: 'OriginProtocolPolicyy', parent: 'Origins[0].CustomOriginConfig', suggestion: 'OriginProtocolPolicy' },
          line: 14,
          column: 15,
          endLine: 14,
          endColumn: 36,
          pointer: `${CFN}/Origins/0/CustomOriginConfig/OriginProtocolPolicyy`,
          message: "Unknown property 'OriginProtocolPolicyy' in Origins[0].CustomOriginConfig; did you mean 'OriginProtocolPolicy'?",
        },
        {
          messageId: 'unknownProperty',
          data: { property: 'EdgeLambda', parent: 'DefaultCacheBehavior' },
          line: 20,
          column: 11,
          endLine: 20,
          endColumn: 21,
          pointer: `${CFN}/DefaultCacheBehavior/EdgeLambda`,
          message: "Unknown property 'EdgeLambda' in DefaultCacheBehavior.",
        },
      ],
    },
    {
      name: "CloudFormation JSON: wrong types (but '3', '443' and 'true' are accepted as CloudFormation does)",
      fixture: 'invalid/wrong-type.json',
      errors: [
        {
          messageId: 'wrongType',
          data: { path: 'Enabled', expected: 'a boolean', value: "'yes'" },
          line: 8,
          column: 22,
          endLine: 8,
          endColumn: 27,
          pointer: `${CFN}/Enabled`,
        },
        {
          messageId: 'wrongType',
          data: { path: 'Aliases', expected: 'a list', value: "'www.example.com'" },
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 39,
          pointer: `${CFN}/Aliases`,
        },
        {
          messageId: 'wrongType',
          data: { path: 'Origins[0].CustomOriginConfig.HTTPPort', expected: 'an integer', value: "'eighty'" },
          line: 15,
          column: 51,
          endLine: 15,
          endColumn: 59,
          pointer: `${CFN}/Origins/0/CustomOriginConfig/HTTPPort`,
          message: "Origins[0].CustomOriginConfig.HTTPPort must be an integer; got 'eighty'.",
        },
        {
          messageId: 'wrongType',
          data: { path: 'DefaultCacheBehavior.ForwardedValues.QueryString', expected: 'a boolean', value: 'null' },
          line: 22,
          column: 49,
          endLine: 22,
          endColumn: 53,
          pointer: `${CFN}/DefaultCacheBehavior/ForwardedValues/QueryString`,
        },
      ],
    },
    {
      name: 'CloudFormation YAML: values outside an enumeration list the valid values',
      fixture: 'invalid/enum.yaml',
      errors: [
        {
          messageId: 'notInEnum',
          data: { path: 'PriceClass', allowed: 'PriceClass_100, PriceClass_200, PriceClass_All, None', value: "'PriceClass_300'" },
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 35,
          pointer: `${CFN}/PriceClass`,
        },
        {
          messageId: 'notInEnum',
          data: { path: 'Origins[0].CustomOriginConfig.OriginSSLProtocols[0]', allowed: 'SSLv3, TLSv1, TLSv1.1, TLSv1.2', value: "'TLSv1.3'" },
          line: 15,
          column: 36,
          endLine: 15,
          endColumn: 43,
          pointer: `${CFN}/Origins/0/CustomOriginConfig/OriginSSLProtocols/0`,
        },
        {
          messageId: 'notInEnum',
          data: { path: 'DefaultCacheBehavior.ViewerProtocolPolicy', allowed: 'allow-all, redirect-to-https, https-only', value: "'allow-al'" },
          line: 18,
          column: 33,
          endLine: 18,
          endColumn: 41,
          pointer: `${CFN}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          message: "DefaultCacheBehavior.ViewerProtocolPolicy must be one of allow-all, redirect-to-https, https-only; got 'allow-al'.",
        },
        {
          messageId: 'countryCode',
          data: { path: 'Restrictions.GeoRestriction.Locations[1]', value: "'UK'" },
          line: 23,
          column: 29,
          endLine: 23,
          endColumn: 31,
          pointer: `${CFN}/Restrictions/GeoRestriction/Locations/1`,
        },
        {
          messageId: 'notInEnum',
          data: { path: 'ViewerCertificate.MinimumProtocolVersion', value: "'TLSv1.2_2020'" },
          line: 27,
          column: 35,
          endLine: 27,
          endColumn: 47,
          pointer: `${CFN}/ViewerCertificate/MinimumProtocolVersion`,
        },
      ],
    },
    {
      name: "a parameter's default outside the enumeration is reported with the parameter named",
      fixture: 'invalid/parameter-default.yaml',
      errors: [
        {
          messageId: 'notInEnum',
          data: { path: 'DefaultCacheBehavior.ViewerProtocolPolicy', value: "'allow-al'" },
          line: 19,
          column: 33,
          endLine: 19,
          endColumn: 50,
          pointer: `${CFN}/DefaultCacheBehavior/ViewerProtocolPolicy`,
          message:
            "DefaultCacheBehavior.ViewerProtocolPolicy must be one of allow-all, redirect-to-https, https-only; got 'allow-al', with parameter ViewerPolicy at its default 'allow-al'.",
        },
      ],
    },
    {
      name: 'Fn::If: only the branch that is wrong is reported, naming the parameter behind the condition',
      fixture: 'invalid/conditional.yaml',
      errors: [
        {
          messageId: 'tooLong',
          data: { path: 'Comment', length: 133, limit: 128 },
          line: 18,
          column: 13,
          endLine: 18,
          endColumn: 146,
          pointer: `${CFN}/Comment/Fn::If/2`,
          message: "Comment is 133 characters long; CloudFront allows at most 128, with parameter Env = 'dev'.",
        },
        {
          messageId: 'wrongType',
          data: { path: 'Origins[0].CustomOriginConfig.HTTPSPort', expected: 'an integer', value: "'8443x'" },
          line: 24,
          column: 44,
          endLine: 24,
          endColumn: 51,
          pointer: `${CFN}/Origins/0/CustomOriginConfig/HTTPSPort/Fn::If/2`,
          message: /, with parameter Env = 'dev'\.$/,
        },
      ],
    },
    {
      name: 'CloudFormation YAML: missing required properties, one finding per object, also in Tags',
      fixture: 'invalid/missing-required.yaml',
      errors: [
        {
          messageId: 'missingProperty',
          data: { parent: 'Tags[0]', property: 'Value' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 14,
          pointer: '/Resources/Cdn/Properties/Tags/0',
        },
        {
          messageId: 'missingProperty',
          data: { parent: 'DistributionConfig', property: 'Enabled' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 25,
          pointer: CFN,
          message: "DistributionConfig is missing required property 'Enabled'.",
        },
        {
          messageId: 'missingProperty',
          data: { parent: 'Origins[0]', property: 'DomainName' },
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 15,
          pointer: `${CFN}/Origins/0`,
        },
        {
          messageId: 'missingProperty',
          data: { parent: 'Origins[0].CustomOriginConfig', property: 'OriginProtocolPolicy' },
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 31,
          pointer: `${CFN}/Origins/0/CustomOriginConfig`,
        },
        {
          messageId: 'missingProperties',
          data: { parent: 'Origins[1]', properties: "'DomainName' and 'Id'" },
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 27,
          pointer: `${CFN}/Origins/1`,
          message: "Origins[1] is missing required properties 'DomainName' and 'Id'.",
        },
        {
          messageId: 'missingProperty',
          data: { parent: 'DefaultCacheBehavior', property: 'ViewerProtocolPolicy' },
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 29,
          pointer: `${CFN}/DefaultCacheBehavior`,
        },
        {
          messageId: 'missingProperty',
          data: { parent: 'CacheBehaviors[0].ForwardedValues', property: 'QueryString' },
          line: 21,
          column: 13,
          endLine: 21,
          endColumn: 28,
          pointer: `${CFN}/CacheBehaviors/0/ForwardedValues`,
        },
      ],
    },
    {
      name: 'CloudFormation JSON: a response code without a page, an error code CloudFront cannot customise',
      fixture: 'invalid/dependency.json',
      errors: [
        {
          messageId: 'missingDependency',
          data: { parent: 'CustomErrorResponses[0]', property: 'ResponseCode', missing: 'ResponsePagePath' },
          line: 16,
          column: 33,
          endLine: 16,
          endColumn: 47,
          pointer: `${CFN}/CustomErrorResponses/0/ResponseCode`,
        },
        {
          messageId: 'notInEnum',
          data: { path: 'CustomErrorResponses[1].ErrorCode', allowed: '400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504', value: "'418'" },
          line: 17,
          column: 28,
          endLine: 17,
          endColumn: 33,
          pointer: `${CFN}/CustomErrorResponses/1/ErrorCode`,
        },
      ],
    },
    {
      name: 'API JSON: Quantity different from the number of Items (absent Items count as none)',
      fixture: 'invalid/api-quantity.json',
      errors: [
        {
          messageId: 'quantityMismatch',
          data: { path: 'Aliases', quantity: '1', items: 'no entries' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 31,
          pointer: `${API}/Aliases/Quantity`,
        },
        {
          messageId: 'quantityMismatch',
          data: { path: 'Origins', quantity: '3', items: '2 entries' },
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 20,
          pointer: `${API}/Origins/Quantity`,
          message: 'Origins.Quantity is 3 but Items has 2 entries.',
        },
        {
          messageId: 'quantityMismatch',
          data: { path: 'DefaultCacheBehavior.AllowedMethods.CachedMethods', quantity: '3', items: '2 entries' },
          line: 34,
          column: 40,
          endLine: 34,
          endColumn: 41,
          pointer: `${API}/DefaultCacheBehavior/AllowedMethods/CachedMethods/Quantity`,
        },
      ],
    },
    {
      name: 'API JSON: strict JSON types, the CloudFormation spelling of a property, enums, secrets stay hidden',
      fixture: 'invalid/api-types.json',
      errors: [
        {
          messageId: 'misspeltProperty',
          data: { property: 'OriginCustomHeaders', parent: 'Origins.Items[0]', suggestion: 'CustomHeaders' },
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 32,
          pointer: `${API}/Origins/Items/0/OriginCustomHeaders`,
        },
        {
          messageId: 'wrongType',
          data: { path: 'Origins.Items[0].CustomHeaders.Items[0].HeaderValue', expected: 'a string', value: 'a number' },
          line: 12,
          column: 105,
          endLine: 12,
          endColumn: 112,
          pointer: `${API}/Origins/Items/0/CustomHeaders/Items/0/HeaderValue`,
          message: 'Origins.Items[0].CustomHeaders.Items[0].HeaderValue must be a string; got a number.',
        },
        {
          messageId: 'wrongType',
          data: { path: 'Origins.Items[0].CustomOriginConfig.HTTPPort', expected: 'an integer', value: "'80'" },
          line: 13,
          column: 47,
          endLine: 13,
          endColumn: 51,
          pointer: `${API}/Origins/Items/0/CustomOriginConfig/HTTPPort`,
        },
        {
          messageId: 'notInEnum',
          data: { path: 'CustomErrorResponses.Items[0].ErrorCode', value: '418' },
          line: 24,
          column: 32,
          endLine: 24,
          endColumn: 35,
          pointer: `${API}/CustomErrorResponses/Items/0/ErrorCode`,
        },
        {
          // 200 is an allowed value, as a string: the type is what is wrong.
          messageId: 'wrongType',
          data: { path: 'CustomErrorResponses.Items[0].ResponseCode', expected: 'a string', value: '200' },
          line: 24,
          column: 89,
          endLine: 24,
          endColumn: 92,
          pointer: `${API}/CustomErrorResponses/Items/0/ResponseCode`,
        },
        {
          messageId: 'wrongType',
          data: { path: 'Enabled', expected: 'a boolean', value: "'true'" },
          line: 27,
          column: 16,
          endLine: 27,
          endColumn: 22,
          pointer: `${API}/Enabled`,
        },
        {
          messageId: 'notInEnum',
          data: { path: 'ViewerCertificate.SSLSupportMethod', allowed: 'sni-only, vip, static-ip', value: "'sni'" },
          line: 29,
          column: 86,
          endLine: 29,
          endColumn: 91,
          pointer: `${API}/ViewerCertificate/SSLSupportMethod`,
        },
      ],
    },
    {
      name: 'API YAML (list-distributions): the summary with a misspelt field is reported',
      fixture: 'invalid/api-summary.yaml',
      errors: [
        {
          messageId: 'misspeltProperty',
          data: { property: 'IsIpv6Enabled', parent: 'DistributionSummary', suggestion: 'IsIPV6Enabled' },
          line: 37,
          column: 7,
          endLine: 37,
          endColumn: 20,
          pointer: '/DistributionList/Items/1/IsIpv6Enabled',
        },
      ],
    },
  ],
});

describe('valid-schema loading', () => {
  it('loads its compiled validator only when a distribution is checked, and no part of ajv', () => {
    // The built package (npm test builds it first), as the CLI runs it.
    const script = `
      const { relative } = require('node:path');
      const validators = () => Object.keys(require.cache).filter((k) => /distribution-validator/.test(k)).map((k) => relative(process.cwd(), k).split('\\\\').join('/'));
      require('./dist/rules');
      const atStart = validators();
      require('./dist/src/lint').runLint(['fixtures/rules/valid-schema/invalid/enum.yaml'], { config: false, cwd: process.cwd() });
      const ajv = Object.values(require.cache).filter((m) => /node_modules[\\\\/]ajv[\\\\/]/.test(m.id));
      console.log(JSON.stringify({
        atStart,
        afterLint: validators(),
        ajvCompiler: ajv.some((m) => /[\\\\/]dist[\\\\/](ajv|core)\\.js$/.test(m.id)),
        ajvForValidators: ajv.filter((m) => /distribution-validator/.test(m.parent?.id ?? '')).map((m) => m.id),
      }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out).toEqual({
      atStart: [],
      afterLint: ['dist/src/engine/generated/cfn-distribution-validator.js'],
      ajvCompiler: false,
      ajvForValidators: [],
    });
  });
});
