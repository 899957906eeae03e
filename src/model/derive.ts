import { classifyDomain } from './origin-kind';
import {
  isKnown,
  type CacheBehavior,
  type Distribution,
  type Origin,
  type OriginProtocol,
  type OriginRoute,
  type ViewerProtocol,
} from './types';

/** Derived facts every rule shares, computed once per distribution (catalogue "Shared semantics"). */
export function deriveDistribution(d: Distribution): void {
  for (const origin of d.origins) classifyOrigin(origin);
  for (const behavior of allBehaviors(d)) {
    behavior.viewerProtocols = viewerProtocols(behavior.viewerProtocolPolicy);
    behavior.routes = routesOf(d, behavior);
  }
}

export function allBehaviors(d: Distribution): CacheBehavior[] {
  return d.defaultCacheBehavior ? [...d.cacheBehaviors, d.defaultCacheBehavior] : [...d.cacheBehaviors];
}

function classifyOrigin(origin: Origin): void {
  if (origin.vpcOriginConfig) {
    origin.kind = 'vpc';
    return;
  }
  const domainKind = classifyDomain(origin.domainName);
  // S3OriginConfig only works with a REST endpoint; anything else it names is still treated as S3.
  origin.kind = origin.s3OriginConfig && domainKind !== 's3-website' ? 's3-rest' : domainKind;
}

function viewerProtocols(policy: CacheBehavior['viewerProtocolPolicy']): ViewerProtocol[] | undefined {
  if (!isKnown(policy)) return undefined;
  if (policy === 'allow-all') return ['http', 'https'];
  if (policy === 'redirect-to-https' || policy === 'https-only') return ['https'];
  return undefined;
}

/**
 * The protocol CloudFront uses to an origin when the viewer used `viewer` (cloudfront-facts §3.2):
 * a custom origin follows its OriginProtocolPolicy; an S3 REST origin always follows the viewer.
 * An S3 website endpoint configured for HTTPS is not reported as HTTPS-capable here: that mistake
 * has its own rule (no-https-to-s3-website).
 */
export function originProtocol(origin: Origin, viewer: ViewerProtocol): OriginProtocol {
  if (origin.vpcOriginConfig) return { reason: 'the protocol of a VPC origin is set on the VPC origin resource' };
  const custom = origin.customOriginConfig;
  if (custom) {
    const policy = custom.originProtocolPolicy;
    if (policy === 'http-only') return { protocol: 'http', reason: "its OriginProtocolPolicy is 'http-only'" };
    if (policy === 'https-only') return { protocol: 'https', reason: "its OriginProtocolPolicy is 'https-only'" };
    if (policy === 'match-viewer') {
      return { protocol: viewer, reason: `its OriginProtocolPolicy 'match-viewer' follows the viewer's ${viewer.toUpperCase()}` };
    }
    return { reason: 'its OriginProtocolPolicy is not known' };
  }
  if (origin.s3OriginConfig && origin.kind !== 's3-website') {
    return { protocol: viewer, reason: `S3 REST origins are reached with the viewer's protocol (${viewer.toUpperCase()})` };
  }
  return { reason: 'it has no usable origin configuration' };
}

function routesOf(d: Distribution, behavior: CacheBehavior): OriginRoute[] {
  const target = behavior.targetOriginId;
  if (!isKnown(target)) return [];
  const protocols = behavior.viewerProtocols ?? [];
  const route = (origin: Origin, group?: OriginRoute['group']): OriginRoute => ({
    origin,
    group,
    protocolFor: Object.fromEntries(protocols.map((p) => [p, originProtocol(origin, p)])),
  });
  const origin = d.origins.find((o) => o.id === target);
  if (origin) return [route(origin)];
  const group = d.originGroups.find((g) => g.id === target);
  if (!group) return [];
  return group.memberOriginIds.flatMap((memberId) => {
    const member = d.origins.find((o) => isKnown(memberId) && o.id === memberId);
    return member ? [route(member, group)] : [];
  });
}
