/**
 * CloudFront path patterns as plain strings (cloudfront-facts §1): `*` is any run of characters
 * (including `/`), `?` exactly one character, everything else a literal compared case-sensitively,
 * and the whole path must match. A leading `/` is insignificant, so patterns and request paths are
 * compared without it. CloudFront has no escape for `*` and `?`, so a normalised pattern string is
 * its own token list.
 */

export const ANY = '*';
export const ONE = '?';

export function isWildcard(char: string): boolean {
  return char === ANY || char === ONE;
}

/**
 * The canonical form of a pattern: one leading `/` dropped, `&amp;` (how CloudFront returns `&`)
 * decoded, and runs of `*` collapsed (`**` means the same as `*`).
 */
export function normalisePattern(pattern: string): string {
  const withoutSlash = pattern.startsWith('/') ? pattern.slice(1) : pattern;
  return withoutSlash.replace(/&amp;/g, '&').replace(/\*{2,}/g, ANY);
}

/** A request path without its leading `/` and without any query string. */
export function normalisePath(path: string): string {
  const query = path.indexOf('?');
  const bare = query >= 0 ? path.slice(0, query) : path;
  return bare.startsWith('/') ? bare.slice(1) : bare;
}

/** Back to how users write a path: with its leading slash. */
export function displayPath(normalisedPath: string): string {
  return `/${normalisedPath}`;
}

/**
 * Whether a normalised pattern matches a normalised path. Greedy matching that remembers only the
 * last `*` is exact for globs and costs O(|pattern| * |path|) in the worst case.
 */
export function matchesNormalised(pattern: string, path: string, budget?: { spend(units: number): boolean }): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  let steps = 0;
  while (s < path.length) {
    steps++;
    const token = pattern[p];
    if (p < pattern.length && (token === ONE || (token !== ANY && token === path[s]))) {
      p++;
      s++;
    } else if (token === ANY) {
      star = p++;
      resume = s;
    } else if (star >= 0) {
      p = star + 1;
      s = ++resume;
    } else {
      budget?.spend(steps >> 3);
      return false;
    }
  }
  // Backtracking steps cost about an eighth of a search step.
  budget?.spend(steps >> 3);
  while (pattern[p] === ANY) p++;
  return p === pattern.length;
}

/** Whether a pattern as written matches a request path as written (leading `/` optional on both). */
export function matches(pattern: string, path: string): boolean {
  return matchesNormalised(normalisePattern(pattern), normalisePath(path));
}

/** Number of characters a pattern's matches have at least (its non-`*` tokens). */
export function minimumLength(pattern: string): number {
  let count = 0;
  for (const char of pattern) if (char !== ANY) count++;
  return count;
}

/**
 * A cheap necessary condition for two normalised patterns to share a path: their fixed prefixes
 * (before the first `*`) and fixed suffixes (after the last `*`) agree wherever both have a literal,
 * and two patterns without `*` have the same length. False means the patterns are certainly disjoint.
 */
export function mayIntersect(a: string, b: string): boolean {
  const aStar = a.includes(ANY);
  const bStar = b.includes(ANY);
  if (!aStar && minimumLength(b) > a.length) return false;
  if (!bStar && minimumLength(a) > b.length) return false;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === ANY || y === ANY) break;
    if (x !== ONE && y !== ONE && x !== y) return false;
  }
  for (let i = 1; i <= a.length && i <= b.length; i++) {
    const x = a[a.length - i];
    const y = b[b.length - i];
    if (x === ANY || y === ANY) break;
    if (x !== ONE && y !== ONE && x !== y) return false;
  }
  return true;
}
