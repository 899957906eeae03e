import { loadText } from '../../src/load';
import { MAX_VARIANTS } from '../../src/load/cfn/variants';
import { displayParts } from '../../src/model/values';
import { Unresolved, type Distribution, type Val } from '../../src/model/types';

function load(body: string, parameters: Record<string, string> = {}) {
  const loaded = loadText(body, 't.yaml', { parameters: new Map(Object.entries(parameters)) });
  expect(loaded.problems).toEqual([]);
  expect(loaded.kind).toBe('cloudformation');
  return loaded.distributions[0];
}

const show = (value: Val<string> | undefined) =>
  value instanceof Unresolved ? (value.parts ? displayParts(value.parts) : value.display) : value;

function template(origin: string, extra = '', top = '') {
  return `${top}
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  NamedBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: my-named-bucket
  FnUrl:
    Type: AWS::Lambda::Url
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: o
            DomainName: ${origin}
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
${extra}        DefaultCacheBehavior:
          TargetOriginId: o
          ViewerProtocolPolicy: https-only
`;
}

function only(body: string, parameters?: Record<string, string>): Distribution {
  const loaded = load(body, parameters);
  expect(loaded.variants).toHaveLength(1);
  return loaded.variants[0].model;
}

describe('CloudFormation values', () => {
  it.each([
    ['!GetAtt Bucket.RegionalDomainName', '${Bucket}.s3.${AWS::Region}.amazonaws.com', 's3-rest'],
    ['!GetAtt NamedBucket.DomainName', 'my-named-bucket.s3.amazonaws.com', 's3-rest'],
    ["!Select [2, !Split ['/', !GetAtt Bucket.WebsiteURL]]", '${Bucket}.s3-website-${AWS::Region}.amazonaws.com', 's3-website'],
    ["!Select [2, !Split ['/', !GetAtt FnUrl.FunctionUrl]]", '${FnUrl}.lambda-url.${AWS::Region}.on.aws', 'lambda-url'],
    ["!Sub '${Bucket}.s3-website.${AWS::Region}.amazonaws.com'", '${Bucket}.s3-website.${AWS::Region}.amazonaws.com', 's3-website'],
    ["!Join ['', [!Ref NamedBucket, '.s3.amazonaws.com']]", 'my-named-bucket.s3.amazonaws.com', 's3-rest'],
    ["!Sub ['${Name}.example.com', {Name: www}]", 'www.example.com', 'custom'],
    ["!Sub '${!Literal}.example.com'", '${Literal}.example.com', 'custom'],
    ['!ImportValue shared-domain', '!ImportValue shared-domain', undefined],
  ])('%s', (expression, shown, kind) => {
    const origin = only(template(expression)).origins[0];
    expect(show(origin.domainName)).toBe(shown);
    expect(origin.kind).toBe(kind);
  });

  it('Fn::FindInMap on literal keys reads the mapping', () => {
    const body = template('!FindInMap [Domains, prod, origin]', '', 'Mappings:\n  Domains:\n    prod:\n      origin: api.example.com');
    expect(only(body).origins[0].domainName).toBe('api.example.com');
  });

  it('AWS::NoValue removes a property and an Fn::If item', () => {
    const extra = `          - !If [HasSecond, {Id: second, DomainName: b.example.com, CustomOriginConfig: {OriginProtocolPolicy: http-only}}, !Ref AWS::NoValue]\n`;
    const body = template('a.example.com', '', 'Parameters:\n  Env:\n    Type: String\n    AllowedValues: [dev, prod]\nConditions:\n  HasSecond: !Equals [!Ref Env, prod]')
      .replace('        DefaultCacheBehavior:', `${extra}        DefaultCacheBehavior:`);
    const variants = load(body).variants;
    expect(variants.map((v) => [v.assumptions.map((a) => a.text).join(), v.model.origins.map((o) => o.id)])).toEqual([
      ["with parameter Env = 'dev'", ['o']],
      ["with parameter Env = 'prod'", ['o', 'second']],
    ]);
  });

  it('a parameter default is one alternative and "any other value" another', () => {
    const body = template('!Ref Domain', '', 'Parameters:\n  Domain:\n    Type: String\n    Default: site.s3-website-us-east-1.amazonaws.com');
    const variants = load(body).variants;
    expect(variants.map((v) => v.model.origins[0].kind)).toEqual(['s3-website', undefined]);
    expect(variants[0].assumptions[0].text).toBe("with parameter Domain at its default 'site.s3-website-us-east-1.amazonaws.com'");
    expect(only(body, { Domain: 'x.example.com' }).origins[0].kind).toBe('custom');
  });

  it('SSM parameter defaults are parameter names, never values', () => {
    const body = template('!Ref Domain', '', 'Parameters:\n  Domain:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /site/domain');
    expect(only(body).origins[0].domainName).toBeInstanceOf(Unresolved);
  });

  it('conditions that parameters cannot decide become both alternatives; decided ones do not', () => {
    const top = 'Parameters:\n  Env:\n    Type: String\n    Default: prod\n    AllowedValues: [prod]\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n  InUs: !Equals [!Ref AWS::Region, us-east-1]';
    const body = template("!If [IsProd, !If [InUs, a.example.com, b.example.com], c.example.com]", '', top);
    const variants = load(body).variants;
    expect(variants.map((v) => [v.assumptions.map((a) => a.text).join(' and '), v.model.origins[0].domainName])).toEqual([
      ["with parameter Env = 'prod' and when condition InUs is true", 'a.example.com'],
      ["with parameter Env = 'prod' and when condition InUs is false", 'b.example.com'],
    ]);
  });

  it('a resource Condition drops variants where the distribution does not exist', () => {
    const top = 'Parameters:\n  Env:\n    Type: String\n    AllowedValues: [dev, prod]\nConditions:\n  IsProd: !Equals [!Ref Env, prod]';
    const body = template('a.example.com', '', top).replace('    Type: AWS::CloudFront::Distribution\n', '    Type: AWS::CloudFront::Distribution\n    Condition: IsProd\n');
    expect(load(body).variants.map((v) => v.assumptions.map((a) => a.text))).toEqual([["with parameter Env = 'prod'"]]);
  });

  it(`never produces more than ${MAX_VARIANTS} variants; the rest stay unknown`, () => {
    const params = Array.from({ length: 10 }, (_, i) => `  P${i}:\n    Type: String\n    AllowedValues: [a, b]`).join('\n');
    const domain = `!Join ['.', [${Array.from({ length: 10 }, (_, i) => `!Ref P${i}`).join(', ')}, example, com]]`;
    const variants = load(template(domain, '', `Parameters:\n${params}`)).variants;
    expect(variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(variants.length).toBeGreaterThan(1);
    expect(variants.every((v) => v.model.origins[0].domainName instanceof Unresolved)).toBe(true);
  });

  it('reads legacy S3Origin/CustomOrigin and CNAMEs', () => {
    const body = `Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        CNAMEs: [www.example.com]
        CustomOrigin:
          DNSName: origin.example.com
          OriginProtocolPolicy: http-only
          OriginSSLProtocols: [TLSv1.2]
        DefaultCacheBehavior:
          TargetOriginId: whatever
          ViewerProtocolPolicy: https-only
`;
    const model = only(body);
    expect(model.legacyOrigins).toBe(true);
    expect(model.aliases).toEqual(['www.example.com']);
    expect(model.origins[0].customOriginConfig?.originProtocolPolicy).toBe('http-only');
  });

  it('coerces CloudFormation strings for booleans and numbers, and marks wrong literals invalid', () => {
    const model = only(template('a.example.com').replace('Enabled: true', "Enabled: 'true'").replace('OriginProtocolPolicy: https-only', "OriginProtocolPolicy: https-only\n              HTTPPort: '8080'\n              HTTPSPort: many"));
    expect(model.enabled).toBe(true);
    expect(model.origins[0].customOriginConfig?.httpPort).toBe(8080);
    const invalid = model.origins[0].customOriginConfig?.httpsPort;
    expect(invalid instanceof Unresolved && invalid.invalid).toBe(true);
  });

  it('carries the CDK construct path', () => {
    const body = template('a.example.com').replace('    Type: AWS::CloudFront::Distribution\n', '    Type: AWS::CloudFront::Distribution\n    Metadata:\n      aws:cdk:path: Stack/Cdn/Resource\n');
    expect(only(body).cdkPath).toBe('Stack/Cdn/Resource');
  });
});
