import { Unresolved, type OriginKind, type Part, type Val } from './types';

export type DomainKind = Exclude<OriginKind, 'vpc'>;

/** Endpoint forms from cloudfront-facts §3.3; website patterns first (the dash-regional REST form would swallow them). */
const PATTERNS: Array<{ kind: DomainKind; pattern: RegExp }> = [
  { kind: 's3-website', pattern: /^.+\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { kind: 's3-rest', pattern: /^.+\.s3(-fips)?(\.dualstack)?(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/ },
  { kind: 's3-rest', pattern: /^.+\.s3-(?!website|accelerate|accesspoint|fips)[a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { kind: 's3-rest', pattern: /^.+\.(accesspoint\.s3-global|s3-accesspoint(\.dualstack)?\.[a-z0-9-]+)\.amazonaws\.com(\.cn)?$/ },
  { kind: 'lambda-url', pattern: /^.+\.lambda-url\.[a-z0-9-]+\.on\.aws$/ },
  { kind: 'api-gateway', pattern: /^.+\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { kind: 'elb', pattern: /^.+\.elb\.amazonaws\.com(\.cn)?$/ },
  { kind: 'elb', pattern: /^.+\.elb\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { kind: 'mediastore', pattern: /^.+\.data\.mediastore\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { kind: 'mediapackage', pattern: /^.+\.mediapackage(v2)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  // AWS-hosted names that are ordinary custom origins.
  { kind: 'custom', pattern: /^.+\.compute(-1)?\.amazonaws\.com(\.cn)?$/ },
  { kind: 'custom', pattern: /^.+\.(elasticbeanstalk\.com|amplifyapp\.com|cloudfront\.net|awsapprunner\.com)$/ },
];

/** Suffixes under which an unknown prefix could still name any AWS endpoint kind. */
const AWS_SUFFIX = /(^|\.)(amazonaws\.com(\.cn)?|on\.aws|api\.aws)$/;

export const KIND_DESCRIPTIONS: Record<OriginKind, string> = {
  's3-rest': 'an S3 bucket REST endpoint',
  's3-website': 'an S3 website endpoint',
  'lambda-url': 'a Lambda function URL',
  'api-gateway': 'an API Gateway endpoint',
  elb: 'an Elastic Load Balancing endpoint',
  mediastore: 'a MediaStore container',
  mediapackage: 'a MediaPackage endpoint',
  vpc: 'a VPC origin',
  custom: 'a custom origin',
};

/** Lower-case host of a domain-ish string: no scheme, no path, no trailing dot. */
function hostOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}

function classifyHost(host: string): DomainKind {
  return PATTERNS.find(({ pattern }) => pattern.test(host))?.kind ?? 'custom';
}

/**
 * The endpoint kind of an origin domain, or undefined when it cannot be known. A partly known
 * domain is classified by the known text after its last opaque hole: `${Bucket}.s3.amazonaws.com`
 * is S3 whatever the bucket, but `${Name}.amazonaws.com` could be anything under AWS.
 */
export function classifyDomain(domain: Val<string> | undefined): DomainKind | undefined {
  if (domain === undefined) return undefined;
  if (typeof domain === 'string') return classifyHost(hostOf(domain));
  if (!(domain instanceof Unresolved) || !domain.parts || domain.invalid) return undefined;
  return classifyParts(domain.parts);
}

function classifyParts(parts: Part[]): DomainKind | undefined {
  let lastOpaque = -1;
  parts.forEach((part, i) => {
    if (typeof part !== 'string' && part.standIn === undefined) lastOpaque = i;
  });
  const text = (from: number) =>
    parts
      .slice(from)
      .map((part) => (typeof part === 'string' ? part : part.standIn))
      .join('');
  if (lastOpaque < 0) return classifyHost(hostOf(text(0)));
  // Text before the hole cannot change the tail-anchored patterns, except a scheme that hostOf removes.
  const tail = text(lastOpaque + 1).replace(/[/?#].*$/, '');
  const dot = tail.indexOf('.');
  if (dot < 0) return undefined;
  const candidate = hostOf(`x${tail.slice(dot)}`);
  const kind = classifyHost(candidate);
  if (kind === 'custom' && AWS_SUFFIX.test(candidate) && !PATTERNS.some((p) => p.kind === 'custom' && p.pattern.test(candidate))) {
    return undefined;
  }
  return kind;
}
