/** The one module rules import from: the rule contract, model types and shared wording helpers. */
export { defineRule, type Rule, type RuleContext } from './engine/rule';
export { isKnown, Unresolved } from './model/types';
export type { CacheBehavior, Distribution, Neighbour, Origin, OriginGroup, OriginRoute, Val, ViewerProtocol } from './model/types';
export type { V, VMap } from './model/values';
export { allBehaviors, originProtocol } from './model/derive';
export { KIND_DESCRIPTIONS } from './model/origin-kind';
import { HOLE_CLASS, displayParts, type V } from './model/values';
import { allBehaviors } from './model/derive';
import { normalisePattern } from './paths/pattern';
import { Unresolved, isKnown, type CacheBehavior, type Distribution, type ModelNode, type Origin, type OriginRoute, type Val } from './model/types';

/** How a value is shown in a message: literals quoted, unresolved expressions as written. */
export function show(value: Val<string | number | boolean> | undefined): string {
  if (value === undefined) return '(none)';
  if (value instanceof Unresolved) return value.parts ? displayParts(value.parts) : value.display;
  return `'${String(value)}'`;
}

/** "default behavior", "behavior '/api/*'" (or "behavior #2" when its pattern is unresolved). */
export function behaviorLabel(behavior: CacheBehavior): string {
  if (behavior.isDefault) return 'default behavior';
  return typeof behavior.pathPattern === 'string' ? `behavior '${printable(behavior.pathPattern)}'` : `behavior #${behavior.index + 1}`;
}

/** Control characters written as `\u0009` so one finding stays on one line. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function originLabel(origin: Origin): string {
  if (origin.legacyForm) return `the legacy ${origin.legacyForm} origin`;
  return `origin ${show(origin.id)}`;
}

/** The origin's domain for messages, without quotes: `my-bucket.s3-website-us-east-1.amazonaws.com`. */
export function domainLabel(origin: Origin): string {
  const domain = origin.domainName;
  if (typeof domain === 'string') return domain;
  return domain.parts ? displayParts(domain.parts) : domain.display;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c" (at most `max` items, then "and N more"). */
export function listLabels(items: string[], max = 4): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : items;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Whether a possibly partly known string could equal `text` (a wholly unknown value always could). */
export function couldEqual(value: Val<string>, text: string): boolean {
  if (!(value instanceof Unresolved)) return value === text;
  if (!value.parts || value.invalid) return !value.invalid;
  const pattern = value.parts
    .map((part) => (typeof part === 'string' ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `${HOLE_CLASS[part.charset]}*`))
    .join('');
  return new RegExp(`^${pattern}$`).test(text);
}

export const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** ViewerProtocolPolicy values from weakest to strictest (cloudfront-facts §2). */
export const VIEWER_POLICY_RANK: Readonly<Record<string, number>> = { 'allow-all': 0, 'redirect-to-https': 1, 'https-only': 2 };

/** MinimumProtocolVersion values, weakest first (cloudfront-facts §4.3). */
export const TLS_POLICIES: readonly string[] = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019', 'TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];

/**
 * The methods a behavior allows: its AllowedMethods, GET and HEAD when it has none, undefined
 * when the list or an item is unresolved.
 */
export function effectiveAllowedMethods(behavior: CacheBehavior): string[] | undefined {
  const list = behavior.allowedMethods;
  if (list === undefined) return ['GET', 'HEAD'];
  if (behavior.incomplete?.has('allowedMethods') || !list.every(isKnown)) return undefined;
  return list as string[];
}

/** Kinds of origin that accept only HTTPS (cloudfront-facts §3.2/§3.3). */
export const HTTPS_ONLY_KINDS: ReadonlyArray<string> = ['api-gateway', 'lambda-url'];

/** Every behavior that can reach `origin`, with the route (direct or through an origin group). */
export function routesTo(
  distribution: Distribution,
  origin: Origin,
): Array<{ behavior: CacheBehavior; route: OriginRoute }> {
  return allBehaviors(distribution).flatMap((behavior) =>
    behavior.routes.filter((route) => route.origin === origin).map((route) => ({ behavior, route })),
  );
}

/** "origin 'b' of origin group 'g'" or "origin 'b'". */
export function routeOriginLabel(route: OriginRoute): string {
  return route.group ? `${originLabel(route.origin)} of origin group ${show(route.group.id)}` : originLabel(route.origin);
}

/** Where a finding about an origin's protocol points: its OriginProtocolPolicy, else its domain. */
export function protocolField(origin: Origin): { node: ModelNode; field: string } {
  return origin.customOriginConfig
    ? { node: origin.customOriginConfig, field: 'originProtocolPolicy' }
    : { node: origin, field: 'domainName' };
}

/** An ordered behavior with its normalised path pattern (undefined while the pattern is unresolved). */
export interface PatternEntry {
  behavior: CacheBehavior;
  pattern: string | undefined;
}

/** The ordered behaviors (not the default) in list order, each with its normalised pattern. */
export function orderedPatterns(distribution: Distribution): PatternEntry[] {
  return distribution.cacheBehaviors.map((behavior) => ({
    behavior,
    pattern: typeof behavior.pathPattern === 'string' ? normalisePattern(behavior.pathPattern) : undefined,
  }));
}

/** "behavior '/api/*' (#2)": the label with the behavior's 1-based position in CacheBehaviors. */
export function positionedLabel(behavior: CacheBehavior): string {
  return behavior.isDefault ? 'the default behavior' : `${behaviorLabel(behavior)} (#${behavior.index + 1})`;
}

/** Protocols CloudFront uses to reach `origin` over all behaviors (undefined in the set: unknown). */
export function protocolsTo(distribution: Distribution, origin: Origin): Set<'http' | 'https' | undefined> {
  const protocols = new Set<'http' | 'https' | undefined>();
  for (const { route } of routesTo(distribution, origin)) {
    for (const connection of Object.values(route.protocolFor)) protocols.add(connection?.protocol);
  }
  return protocols;
}

export type CertificateSource = 'default' | 'acm' | 'iam';

/**
 * Which certificate viewers get: the default `*.cloudfront.net` one (also when ViewerCertificate is
 * absent), an ACM or an IAM certificate; undefined when it cannot be told or more than one is set.
 */
export function certificateSource(distribution: Distribution): CertificateSource | undefined {
  const certificate = distribution.viewerCertificate;
  if (!certificate) return distribution.incomplete?.has('viewerCertificate') ? undefined : 'default';
  const acm = presence(certificate.acmCertificateArn);
  const iam = presence(certificate.iamCertificateId);
  const byDefault = certificate.cloudFrontDefaultCertificate;
  if (acm === 'maybe' || iam === 'maybe' || (byDefault !== undefined && typeof byDefault !== 'boolean')) return undefined;
  // A ViewerCertificate that names no certificate at all is valid-viewer-certificate's finding.
  if (acm === 'no' && iam === 'no') return byDefault === true ? 'default' : undefined;
  if (acm === 'yes' && iam === 'no' && byDefault !== true) return 'acm';
  if (iam === 'yes' && acm === 'no' && byDefault !== true) return 'iam';
  return undefined;
}

/**
 * Whether an optional setting is really set: a literal or a reference to a resource is; an
 * unresolved parameter or `Fn::If` may be empty or `AWS::NoValue`.
 */
export function presence(value: Val<string> | undefined): 'yes' | 'no' | 'maybe' {
  if (value === undefined || value === '') return 'no';
  if (typeof value === 'string') return 'yes';
  if (value.invalid) return 'maybe';
  // A resource reference, or a partly known string with literal text (`arn:aws:acm:…:${Id}`), is never empty.
  const literalText = (value.parts ?? []).some((part) => typeof part === 'string' && part !== '');
  return value.ref || literalText ? 'yes' : 'maybe';
}

/** Whether a possibly unresolved value mentions a resource of the template (Ref, GetAtt or Sub). */
export function mentions(value: Val<string> | undefined, logicalId: string): boolean {
  if (!(value instanceof Unresolved)) return false;
  if (value.ref?.logicalId === logicalId) return true;
  const pattern = new RegExp(`(^|[^A-Za-z0-9])${logicalId}([^A-Za-z0-9]|$)`);
  return pattern.test(value.display) || (value.parts ?? []).some((part) => typeof part !== 'string' && pattern.test(part.display));
}

/** A nested entry of an evaluated value (`get(props, 'A', 'B')`); undefined when absent or not a map. */
export function get(value: V | undefined, ...keys: string[]): V | undefined {
  let at = value;
  for (const key of keys) {
    if (at?.t !== 'map') return undefined;
    at = at.entries.get(key);
  }
  return at;
}

/** A literal of an evaluated value; `unknown` for an unresolved one, undefined when absent. */
export function literalOf(value: V | undefined): string | number | boolean | null | 'unknown' | undefined {
  if (!value) return undefined;
  if (value.t === 'unknown') return 'unknown';
  return value.t === 'lit' ? value.value : undefined;
}

/** The behavior of an earlier version with the same path pattern (the default matches the default). */
export function sameBehavior(before: Distribution, behavior: CacheBehavior): CacheBehavior | undefined {
  if (behavior.isDefault) return before.defaultCacheBehavior;
  const pattern = behavior.pathPattern;
  if (typeof pattern !== 'string') return undefined;
  return before.cacheBehaviors.find((candidate) => typeof candidate.pathPattern === 'string' && normalisePattern(candidate.pathPattern) === normalisePattern(pattern));
}

/** The origin of an earlier version with the same id. */
export function sameOrigin(before: Distribution, origin: Origin): Origin | undefined {
  return typeof origin.id === 'string' ? before.origins.find((candidate) => candidate.id === origin.id) : undefined;
}

/**
 * A CloudWatch Logs delivery source of type ACCESS_LOGS in the same template or plan whose
 * ResourceArn is (or may be) this distribution's: v2 access logging.
 */
export function hasLogDelivery(distribution: Distribution): boolean {
  return (distribution.neighbours?.ofType('AWS::Logs::DeliverySource') ?? []).some((source) => {
    const type = literalOf(get(source.properties, 'LogType'));
    if (type !== 'ACCESS_LOGS' && type !== 'unknown') return false;
    const arn = get(source.properties, 'ResourceArn');
    if (arn?.t === 'unknown') {
      if (arn.value.ref) return arn.value.ref.logicalId === distribution.id;
      if (mentions(arn.value, distribution.id)) return true;
      // An ARN built from another resource of the template is that resource's; one from a parameter could be ours.
      const names = (arn.value.parts ?? []).flatMap((part) => (typeof part === 'string' ? [] : [/^\$\{([A-Za-z0-9]+)/.exec(part.display)?.[1]]));
      return !names.some((name) => name !== undefined && distribution.neighbours?.get(name));
    }
    return arn?.t === 'lit' && typeof arn.value === 'string' && distribution.arn !== undefined && arn.value === distribution.arn;
  });
}
