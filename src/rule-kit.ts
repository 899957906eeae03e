/** The one module rules import from: the rule contract, model types and shared wording helpers. */
export { defineRule, type Rule, type RuleContext } from './engine/rule';
export { isKnown, Unresolved } from './model/types';
export type { CacheBehavior, Distribution, Origin, OriginGroup, OriginRoute, Val, ViewerProtocol } from './model/types';
export { allBehaviors } from './model/derive';
export { KIND_DESCRIPTIONS } from './model/origin-kind';
import { HOLE_CLASS, displayParts } from './model/values';
import { allBehaviors } from './model/derive';
import { normalisePattern } from './paths/pattern';
import { Unresolved, type CacheBehavior, type Distribution, type ModelNode, type Origin, type OriginRoute, type Val } from './model/types';

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
