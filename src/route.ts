/**
 * What CloudFront does with one request (design §1 `route`): the behavior the path selects
 * (cloudfront-facts §1), the status the viewer protocol policy gives (§2), and the origin and
 * protocol CloudFront connects with (§3, through the model's derived routes).
 */
import { isKnown, type Unresolved, type CacheBehavior, type Distribution, type OriginRoute, type ViewerProtocol } from './model/types';
import { originProtocol } from './model/derive';
import { effectiveAllowedMethods, show } from './rule-kit';
import { displayParts } from './model/values';
import { matchesNormalised, normalisePath, normalisePattern } from './paths/pattern';

export type HttpVersion = '1.0' | '1.1' | '2';
export const METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

export interface RouteRequest {
  path: string;
  method: string;
  protocol: ViewerProtocol;
  httpVersion: HttpVersion;
}

export interface RouteResult {
  distribution: string;
  behavior: { index: number; pathPattern: string };
  /** 301/307/403 when the viewer protocol policy (or a method that is not allowed) answers; 200 otherwise. */
  status: number | null;
  /** Why that status, in words. */
  reason: string;
  location?: string;
  origin: {
    id: string | null;
    kind: string | null;
    /** Protocol CloudFront uses to the origin; null when the request is not forwarded or it is unknown. */
    protocol: ViewerProtocol | null;
    /** Set when the behavior targets an origin group: its id (the origin is the group's primary). */
    group?: string;
  };
  /** What could change the answer: unresolved patterns, policies or ids. */
  notes: string[];
}

export function route(distribution: Distribution, request: RouteRequest): RouteResult {
  const notes: string[] = [];
  const path = normalisePath(request.path);
  const behavior = selectBehavior(distribution, path, notes);
  const decision = decide(behavior, request, notes);
  const target = behavior ? primaryRoute(behavior, notes) : undefined;
  const connection = decision.status === 200 && target ? originProtocol(target.origin, request.protocol) : undefined;
  const protocol = connection?.protocol;
  if (connection && !protocol) notes.push(`The protocol to origin ${show(target!.origin.id)} cannot be decided: ${connection.reason}.`);
  const result: RouteResult = {
    distribution: distribution.id,
    behavior: {
      index: behavior ? behavior.index : -1,
      pathPattern: behavior?.isDefault === false ? text(behavior.pathPattern) : '*',
    },
    status: decision.status,
    reason: decision.reason,
    origin: {
      id: target ? plain(target.origin.id) : behavior ? plain(behavior.targetOriginId) : null,
      kind: target?.origin.kind ?? null,
      protocol: protocol ?? null,
    },
    notes,
  };
  if (target?.group) result.origin.group = plain(target.group.id) ?? show(target.group.id);
  if (decision.status === 301 || decision.status === 307) {
    const host = distribution.aliases.find((alias): alias is string => typeof alias === 'string');
    if (host) result.location = `https://${host}/${path}${queryOf(request.path)}`;
  }
  return result;
}

/** The first ordered behavior whose pattern matches, else the default behavior. */
function selectBehavior(distribution: Distribution, path: string, notes: string[]): CacheBehavior | undefined {
  if (distribution.incomplete?.has('cacheBehaviors')) {
    notes.push('Some CacheBehaviors entries are unresolved; one of them may match first.');
  }
  for (const behavior of distribution.cacheBehaviors) {
    const pattern = behavior.pathPattern;
    if (pattern === undefined) continue;
    if (!isKnown(pattern)) {
      notes.push(`Behavior #${behavior.index + 1} has an unresolved path pattern (${text(pattern)}); if it matches, it is selected instead.`);
      continue;
    }
    if (matchesNormalised(normalisePattern(pattern), path)) return behavior;
  }
  return distribution.defaultCacheBehavior;
}

function decide(behavior: CacheBehavior | undefined, request: RouteRequest, notes: string[]): { status: number | null; reason: string } {
  if (!behavior) return { status: null, reason: 'the distribution has no default behavior' };
  const policy = behavior.viewerProtocolPolicy;
  if (!isKnown(policy)) {
    notes.push(`ViewerProtocolPolicy is unresolved (${text(policy)}).`);
    if (request.protocol === 'http') return { status: null, reason: 'the viewer protocol policy is unresolved' };
  } else if (request.protocol === 'http') {
    if (policy === 'https-only') return { status: 403, reason: "ViewerProtocolPolicy 'https-only' refuses HTTP" };
    if (policy === 'redirect-to-https') {
      if (request.method === 'GET' || request.method === 'HEAD') {
        return { status: 301, reason: `ViewerProtocolPolicy 'redirect-to-https' redirects ${request.method} permanently` };
      }
      if (request.httpVersion === '1.0') {
        return { status: 403, reason: `ViewerProtocolPolicy 'redirect-to-https' refuses ${request.method} over HTTP/1.0` };
      }
      return { status: 307, reason: `ViewerProtocolPolicy 'redirect-to-https' redirects ${request.method} temporarily, keeping method and body` };
    }
  }
  const allowed = effectiveAllowedMethods(behavior);
  if (allowed && !allowed.includes(request.method)) {
    return { status: 403, reason: `${request.method} is not in AllowedMethods (${allowed.join(', ')})` };
  }
  if (!allowed) notes.push('AllowedMethods is unresolved.');
  return { status: 200, reason: 'forwarded to the origin or served from the cache' };
}

/** The route CloudFront uses first: the target origin, or the primary (first) member of the target group. */
function primaryRoute(behavior: CacheBehavior, notes: string[]): OriginRoute | undefined {
  const target = behavior.routes[0];
  if (!target) notes.push(`TargetOriginId ${text(behavior.targetOriginId)} names no known origin or origin group.`);
  return target;
}

function plain(value: string | Unresolved | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function text(value: string | Unresolved | undefined): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return value.parts ? displayParts(value.parts) : value.display;
}

function queryOf(path: string): string {
  const at = path.indexOf('?');
  return at >= 0 ? path.slice(at) : '';
}
