/**
 * Exact analysis of CloudFront behavior order (cloudfront-facts §1): which behavior a path reaches,
 * whether a behavior can ever be selected, and which paths an earlier behavior takes from a later one.
 *
 * Patterns are globs over all characters (`*`, `?`, literals), so their languages are regular and
 * inclusion and intersection are decidable. With n patterns of length at most m:
 * - matching a path of length k: greedy with one backtrack point, O(m * k) worst case, O(m + k) usually;
 * - intersection of two patterns (`intersect.ts`): cheapest-path search over pairs of token
 *   positions, O(m^2) time and memory, which also picks a readable witness (`/api/admin/x.json`);
 *   for long patterns where one ends and the other starts with `*`, the witness is their plain
 *   paths joined, O(m);
 * - "matched by these and by none of those" (`search.ts`): the subset construction of all patterns
 *   at once, cheapest first, over the literal characters plus one "other" letter. States are
 *   sets of positions, so the worst case is exponential (`*a???…` needs 2^k subsets); star-and-literal
 *   patterns reach polynomially many.
 * `coverage` (is a behavior reachable?) first drops earlier patterns that cannot intersect (fixed
 * prefix/suffix test, then `intersect`), tries a few plain paths of the target, then each earlier
 * pattern alone, then their union, then shrinks the cover greedily. `takenPath` (which path does
 * an earlier behavior take from a later one?) tries `intersect` witnesses first and searches only
 * when behaviors listed before both already serve those. For a distribution of n behaviors that is
 * O(n^2) pairwise steps plus one search per behavior (shadowing) or per weaker pair.
 *
 * Every step is charged to a `Budget` (one per check inside one per rule and distribution). A check
 * that runs out answers `budget`; rules treat that as "cannot tell", report nothing, and leave a
 * note. Witnesses found before the budget ran out are exact, so no finding is ever a guess.
 */
import type { Budget } from './budget';
import { FILLER, intersect, plainPath } from './intersect';
import { mayIntersect, matchesNormalised } from './pattern';
import { findPath } from './search';

export { Budget, CHECK_BUDGET, DISTRIBUTION_BUDGET } from './budget';
export { intersect } from './intersect';
export { findPath } from './search';
export { ANY, ONE, displayPath, isWildcard, matches, matchesNormalised, mayIntersect, normalisePath, normalisePattern } from './pattern';

/** A behavior's normalised pattern and its position in the behavior list. */
export interface OrderedPattern {
  index: number;
  pattern: string;
}

export type Coverage =
  | { kind: 'covered'; by: number[] }
  | { kind: 'reachable'; witness: string }
  | { kind: 'budget' };

/**
 * Whether every path `target` matches is matched by some pattern of `earlier` (so a behavior with
 * that pattern is never selected), naming a small set of earlier patterns that cover it.
 */
export function coverage(target: string, earlier: OrderedPattern[], budget: Budget): Coverage {
  const overlapping: OrderedPattern[] = [];
  for (const candidate of earlier) {
    if (!mayIntersect(target, candidate.pattern)) continue;
    const shared = intersect(target, candidate.pattern, budget);
    if (shared.kind === 'budget') return shared;
    if (shared.kind === 'witness') overlapping.push(candidate);
  }
  // Most reachable behaviors are shown reachable by one of their own plain paths.
  const escaping = samplePaths(target).find((path) => !overlapping.some((o) => matchesNormalised(o.pattern, path, budget)));
  if (escaping !== undefined) return { kind: 'reachable', witness: escaping };
  if (budget.exhausted) return { kind: 'budget' };
  for (const candidate of overlapping) {
    const alone = findPath([target], [candidate.pattern], budget);
    if (alone.kind === 'budget') return alone;
    if (alone.kind === 'none') return { kind: 'covered', by: [candidate.index] };
  }
  const together = findPath([target], overlapping.map((o) => o.pattern), budget);
  if (together.kind === 'budget') return together;
  if (together.kind === 'witness') return { kind: 'reachable', witness: together.path };
  return { kind: 'covered', by: minimalCover(target, overlapping, budget).map((o) => o.index) };
}

/** Drops covering patterns one at a time while the rest still cover (greedy, in list order). */
function minimalCover(target: string, cover: OrderedPattern[], budget: Budget): OrderedPattern[] {
  let kept = cover;
  for (const candidate of cover) {
    if (kept.length <= 2) break;
    const without = kept.filter((o) => o !== candidate);
    const result = findPath([target], without.map((o) => o.pattern), budget);
    if (result.kind === 'budget') break;
    if (result.kind === 'none') kept = without;
  }
  return kept;
}

export type Overlap = { kind: 'witness'; path: string } | { kind: 'none' } | { kind: 'budget' };

/**
 * A path that `earlier` takes from `later`: matched by both and by none of the patterns listed
 * before `earlier` (`before`), so CloudFront really serves it with the earlier behavior.
 */
export function takenPath(earlier: string, later: string, before: string[], budget: Budget): Overlap {
  if (!mayIntersect(earlier, later)) return { kind: 'none' };
  const shared = intersect(earlier, later, budget);
  if (shared.kind !== 'witness') return shared.kind === 'budget' ? shared : { kind: 'none' };
  const servedEarlier = (path: string) => before.some((pattern) => matchesNormalised(pattern, path, budget));
  if (!servedEarlier(shared.path)) return shared;
  for (const filler of ALTERNATE_FILLERS) {
    const other = intersect(earlier, later, budget, filler);
    if (other.kind === 'budget') return other;
    if (other.kind === 'witness' && !servedEarlier(other.path)) return other;
  }
  if (budget.exhausted) return { kind: 'budget' };
  const relevant = before.filter((pattern) => mayIntersect(pattern, earlier) && mayIntersect(pattern, later));
  return findPath([earlier, later], relevant, budget);
}

const ALTERNATE_FILLERS = ['z', '-', '0'];

/**
 * Plain paths a pattern matches: wildcards as one letter, as nothing, as another letter. Checking
 * them against other patterns settles most questions without a search.
 */
export function samplePaths(pattern: string): string[] {
  const paths = [
    pattern.replace(/\*/g, FILLER).replace(/\?/g, FILLER),
    plainPath(pattern),
    pattern.replace(/\*/g, 'z').replace(/\?/g, 'z'),
  ];
  return [...new Set(paths)];
}

/** The first pattern (in list order) that matches a normalised path, or undefined for the default. */
export function firstMatch(patterns: OrderedPattern[], path: string): OrderedPattern | undefined {
  return patterns.find((candidate) => matchesNormalised(candidate.pattern, path));
}
