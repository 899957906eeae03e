import { classifyDomain } from '../../src/model/origin-kind';
import { Unresolved, type Part } from '../../src/model/types';

const REGION = { display: '${AWS::Region}', charset: 'label' as const, standIn: 'us-east-1' };
const hole = (name: string, charset: 'label' | 'host' | 'any' = 'any') => ({ display: `\${${name}}`, charset });
const partial = (...parts: Part[]) => new Unresolved('(expr)', parts);

describe('classifyDomain (cloudfront-facts §3.3)', () => {
  it.each([
    ['my-bucket.s3-website-us-east-1.amazonaws.com', 's3-website'],
    ['my.bucket.s3-website.eu-central-1.amazonaws.com', 's3-website'],
    ['MY-BUCKET.S3-WEBSITE-US-EAST-1.AMAZONAWS.COM.', 's3-website'],
    ['b.s3-website.cn-north-1.amazonaws.com.cn', 's3-website'],
    ['my-bucket.s3.amazonaws.com', 's3-rest'],
    ['my-bucket.s3.eu-west-1.amazonaws.com', 's3-rest'],
    ['my-bucket.s3-eu-west-1.amazonaws.com', 's3-rest'],
    ['my-bucket.s3.dualstack.eu-west-1.amazonaws.com', 's3-rest'],
    ['my-bucket.s3-fips.us-gov-west-1.amazonaws.com', 's3-rest'],
    ['my-bucket.s3-external-1.amazonaws.com', 's3-rest'],
    ['mrap.accesspoint.s3-global.amazonaws.com', 's3-rest'],
    ['abc.lambda-url.eu-west-1.on.aws', 'lambda-url'],
    ['abc123.execute-api.us-east-1.amazonaws.com', 'api-gateway'],
    ['my-alb-123.eu-west-1.elb.amazonaws.com', 'elb'],
    ['internal-x.elb.amazonaws.com', 'elb'],
    ['c.data.mediastore.us-east-1.amazonaws.com', 'mediastore'],
    ['x.mediapackage.us-east-1.amazonaws.com', 'mediapackage'],
    ['ec2-1-2-3-4.compute-1.amazonaws.com', 'custom'],
    ['www.example.com', 'custom'],
    ['http://b.s3-website-us-east-1.amazonaws.com/', 's3-website'],
  ])('%s is %s', (domain, kind) => {
    expect(classifyDomain(domain)).toBe(kind);
  });

  it('classifies partly known strings by the known text after the last unknown part', () => {
    expect(classifyDomain(partial(hole('Bucket', 'host'), '.s3-website-', REGION, '.amazonaws.com'))).toBe('s3-website');
    expect(classifyDomain(partial(hole('Bucket', 'label'), '.s3.', REGION, '.amazonaws.com'))).toBe('s3-rest');
    expect(classifyDomain(partial('http://', hole('Bucket'), '.s3-website-', REGION, '.amazonaws.com'))).toBe('s3-website');
    expect(classifyDomain(partial(hole('Api', 'label'), '.execute-api.', REGION, '.amazonaws.com'))).toBe('api-gateway');
    expect(classifyDomain(partial(hole('Host'), '.example.com'))).toBe('custom');
    expect(classifyDomain(partial(hole('Stage'), '-api.example.com'))).toBe('custom');
  });

  it('stays unknown when the unknown part decides the kind', () => {
    expect(classifyDomain(partial(hole('Name'), '.amazonaws.com'))).toBeUndefined();
    expect(classifyDomain(partial(hole('Domain')))).toBeUndefined();
    expect(classifyDomain(partial('www.', hole('Zone')))).toBeUndefined();
    expect(classifyDomain(new Unresolved('!ImportValue x'))).toBeUndefined();
    expect(classifyDomain(undefined)).toBeUndefined();
  });
});
