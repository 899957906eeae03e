import {
  allBehaviors,
  capitalize,
  behaviorLabel,
  defineRule,
  get,
  isKnown,
  listLabels,
  mentions,
  originProtocol,
  protocolField,
  sameBehavior,
  sameOrigin,
  type CacheBehavior,
  type Distribution,
  type Origin,
} from '../src/rule-kit';

/** Managed-CachingDisabled: nothing is cached, so nothing needs invalidating. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const DISTRIBUTION_ID = /^E[A-Z0-9]{6,}$/;

export default defineRule({
  id: 'require-invalidation-after-protocol-change',
  meta: {
    title: 'Invalidate cached objects after changing how CloudFront reaches an origin',
    severity: 'warning',
    category: 'security',
    preset: 'recommended',
    anchors: [],
    needsBefore: true,
    rationale:
      'CloudFront caches objects whatever protocol fetched them and serves them to every viewer (cloudfront-facts §5). After moving an origin from HTTP to HTTPS, or to another domain, objects fetched the old way are served until they expire unless the paths are invalidated.',
    messages: {
      invalidate: '{{changes}}; objects cached the old way keep being served until they expire: invalidate {{paths}}{{command}}.',
    },
  },
  check(distribution, context) {
    const before = context.before;
    if (!before) return;
    const changes: string[] = [];
    const affected: CacheBehavior[] = [];
    let at: { node: Origin | NonNullable<Origin['customOriginConfig']> | CacheBehavior; field: string } | undefined;
    for (const behavior of allBehaviors(distribution)) {
      if (!cached(behavior)) continue;
      const earlierBehavior = sameBehavior(before, behavior);
      // Nothing is in the cache from before when the earlier behavior did not cache either.
      if (!earlierBehavior || !cached(earlierBehavior)) continue;
      // A behavior pointed at another origin (another domain) keeps serving what the old one returned.
      const [was, now] = [earlierBehavior.routes[0]?.origin, behavior.routes[0]?.origin];
      if (was && now && was.id !== now.id && isKnown(was.domainName) && isKnown(now.domainName) && was.domainName.toLowerCase() !== now.domainName.toLowerCase()) {
        const text = `${behaviorLabel(behavior)} now fetches from origin '${String(now.id)}' (${now.domainName}) instead of '${String(was.id)}' (${was.domainName})`;
        if (!changes.includes(text)) changes.push(text);
        if (!affected.includes(behavior)) affected.push(behavior);
        at ??= { node: behavior, field: 'targetOriginId' };
        continue;
      }
      for (const route of behavior.routes) {
        const earlier = sameOrigin(before, route.origin);
        if (!earlier) continue;
        const change = describeChange(earlier, route.origin, earlierBehavior, behavior);
        if (!change) continue;
        if (!changes.includes(change.text)) changes.push(change.text);
        if (!affected.includes(behavior)) affected.push(behavior);
        at ??= change.kind === 'protocol' ? protocolField(route.origin) : { node: route.origin, field: 'domainName' };
      }
    }
    if (affected.length === 0 || !at) return;
    const paths = minimalPaths(affected);
    if (invalidatedByDeployment(distribution, paths)) return;
    const id = distributionId(distribution);
    const quoted = paths.map((path) => `'${path}'`).join(' ');
    context.report({
      ...at,
      messageId: 'invalidate',
      data: {
        changes: capitalize(listLabels(changes, 3)),
        paths: listLabels(paths.map((path) => `'${path}'`), 6),
        command: id ? ` (aws cloudfront create-invalidation --distribution-id ${id} --paths ${quoted})` : ` for ${listLabels(affected.map((b) => (b.isDefault ? 'the default behavior' : behaviorLabel(b))), 4)}`,
      },
    });
  },
});

/** Behaviors whose responses can be cached (not Managed-CachingDisabled, not legacy TTLs of 0). */
function cached(behavior: CacheBehavior): boolean {
  if (behavior.cachePolicyId === CACHING_DISABLED) return false;
  return !(behavior.cachePolicyId === undefined && behavior.maxTtl === 0);
}

/** What changed in how CloudFront reaches an origin for a behavior, in words; undefined when nothing known did. */
function describeChange(
  earlier: Origin,
  origin: Origin,
  earlierBehavior: CacheBehavior,
  behavior: CacheBehavior,
): { kind: 'domain' | 'protocol'; text: string } | undefined {
  if (isKnown(earlier.domainName) && isKnown(origin.domainName) && earlier.domainName.toLowerCase() !== origin.domainName.toLowerCase()) {
    return { kind: 'domain', text: `origin '${String(origin.id)}' moved from domain ${earlier.domainName} to ${origin.domainName}` };
  }
  const used = (o: Origin, b: CacheBehavior) => {
    const protocols = new Set<string>();
    for (const viewer of b.viewerProtocols ?? []) {
      const protocol = originProtocol(o, viewer).protocol;
      if (!protocol) return undefined;
      protocols.add(protocol);
    }
    return b.viewerProtocols ? [...protocols].sort() : undefined;
  };
  const [was, now] = [used(earlier, earlierBehavior), used(origin, behavior)];
  if (!was || !now || was.join() === now.join()) return undefined;
  return {
    kind: 'protocol',
    text: `CloudFront now reaches origin '${String(origin.id)}' over ${now.map((p) => p.toUpperCase()).join(' and ')} instead of ${was.map((p) => p.toUpperCase()).join(' and ')}`,
  };
}

/**
 * The fewest invalidation paths that cover the behaviors: `/*` for the default behavior, else each
 * pattern cut at its first wildcard (invalidation paths allow `*` only at the end, cloudfront-facts §5).
 */
export function minimalPaths(behaviors: CacheBehavior[]): string[] {
  const paths = behaviors.map((behavior) => {
    if (behavior.isDefault || typeof behavior.pathPattern !== 'string') return '/*';
    const pattern = behavior.pathPattern.startsWith('/') ? behavior.pathPattern : `/${behavior.pathPattern}`;
    const wildcard = pattern.search(/[*?]/);
    return wildcard < 0 ? pattern : `${pattern.slice(0, wildcard)}*`;
  });
  const unique = [...new Set(paths)].sort();
  return unique.filter((path) => !unique.some((other) => other !== path && covers(other, path)));
}

function covers(wider: string, path: string): boolean {
  return wider.endsWith('*') && path.startsWith(wider.slice(0, -1));
}

/** A CDK BucketDeployment of the same template that invalidates these paths on every deployment. */
function invalidatedByDeployment(distribution: Distribution, paths: string[]): boolean {
  return (distribution.neighbours?.ofType('Custom::CDKBucketDeployment') ?? []).some((deployment) => {
    const id = get(deployment.properties, 'DistributionId');
    if (id?.t !== 'unknown' || !mentions(id.value, distribution.id)) return false;
    const listed = get(deployment.properties, 'DistributionPaths');
    if (listed === undefined) return covers('/*', paths[0] ?? '/*') && paths.every((path) => covers('/*', path));
    if (listed.t !== 'seq') return false;
    const invalidated = listed.items.map((item) => (item.t === 'lit' ? String(item.value) : undefined));
    return paths.every((path) => invalidated.some((entry) => entry !== undefined && (entry === path || covers(entry, path))));
  });
}

/**
 * The CloudFront distribution id: from the ARN, else the API's `Id`. A CloudFormation logical id,
 * a Terraform address or a CallerReference standing in for the id is not one, whatever it looks like.
 */
function distributionId(distribution: Distribution): string | undefined {
  const fromArn = distribution.arn?.split('/').pop();
  if (fromArn && DISTRIBUTION_ID.test(fromArn)) return fromArn;
  if (distribution.source !== 'cloudfront-api' && distribution.source !== 'aws-live') return undefined;
  if (distribution.callerReference === distribution.id) return undefined;
  return DISTRIBUTION_ID.test(distribution.id) ? distribution.id : undefined;
}
