import { ANY, ONE } from './pattern';
import { END_SLASH, FILLER } from './intersect';
import type { Budget } from './budget';

export type SearchResult = { kind: 'witness'; path: string } | { kind: 'none' } | { kind: 'budget' };

/**
 * Finds a path matched by every pattern of `include` and by none of `exclude` (all
 * normalised), or proves there is none.
 *
 * Each pattern is a small NFA whose states are token positions (a `*` loops on itself). The search
 * runs the subset construction of all of them at once, cheapest first (`charCost`): a state is one set of
 * positions per included pattern and one per excluded pattern. Only characters that
 * occur as literals in some pattern can steer an NFA, so the alphabet is those literals plus one
 * letter that occurs in none of them. A state dies when an included set is empty or an excluded
 * pattern sits before a final `*` (it then matches every continuation).
 *
 * Cost: in the worst case exponential in the number of `?` (the subset construction of `*a???`),
 * which is why every expansion is charged to the budget: O(alphabet * positions) work per state.
 * Star-and-literal patterns, the usual ones, reach only polynomially many states.
 */
export function findPath(include: string[], exclude: string[], budget: Budget): SearchResult {
  const patterns = [...include, ...exclude];
  const alphabet = alphabetOf(patterns);
  // Position sets stay sorted: each step maps a position to itself or the next one, and closing
  // over a `*` adds a contiguous run, so duplicates can only repeat the last entry.
  const closeOf = (pattern: string, positions: number[]): number[] => {
    const closed: number[] = [];
    for (let position of positions) {
      if (closed.length > 0 && position <= closed[closed.length - 1]!) continue;
      closed.push(position);
      while (pattern[position] === ANY) closed.push(++position);
    }
    return closed;
  };
  const universal = (pattern: string, position: number) => position === pattern.length - 1 && pattern[position] === ANY;
  const accepts = (pattern: string, set: number[]) => set.includes(pattern.length);
  const step = (pattern: string, set: number[], char: string): number[] => {
    const next: number[] = [];
    for (const position of set) {
      const token = pattern[position];
      if (token === ANY) next.push(position);
      else if (token === ONE || token === char) next.push(position + 1);
    }
    return closeOf(pattern, next);
  };

  const alive = (included: number[][], excluded: number[][]) =>
    included.every((set) => set.length > 0) && excluded.every((set, k) => !set.some((position) => universal(exclude[k]!, position)));
  const keyOf = (afterSlash: boolean, included: number[][], excluded: number[][]) =>
    `${afterSlash ? '/' : ''}${[...included, ...excluded].map((set) => set.join(',')).join('|')}`;
  const initialIncluded = include.map((pattern) => closeOf(pattern, [0]));
  const initialExcluded = exclude.map((pattern) => closeOf(pattern, [0]));
  const initial: State = {
    included: initialIncluded,
    excluded: initialExcluded,
    afterSlash: true,
    key: keyOf(true, initialIncluded, initialExcluded),
    parent: undefined,
    char: '',
  };
  const accepting = (state: State) =>
    state.included.every((set, k) => accepts(include[k]!, set)) && !state.excluded.some((set, k) => accepts(exclude[k]!, set));

  if (!alive(initial.included, initial.excluded)) return { kind: 'none' };
  const best = new Map<string, number>([[initial.key, 0]]);
  const buckets: State[][] = [[initial]];
  let endingInSlash: { state: State; cost: number } | undefined;
  for (let cost = 0; cost < buckets.length || endingInSlash; cost++) {
    if (endingInSlash && endingInSlash.cost <= cost) return { kind: 'witness', path: rebuild(endingInSlash.state) };
    for (const state of buckets[cost] ?? []) {
      if (best.get(state.key) !== cost) continue; // reached again more cheaply
      const size = [...state.included, ...state.excluded].reduce((sum, set) => sum + set.length, 1);
      if (!budget.spend(size * alphabet.length)) return { kind: 'budget' };
      if (accepting(state)) {
        if (!state.afterSlash) return { kind: 'witness', path: rebuild(state) };
        if (!endingInSlash || cost + END_SLASH < endingInSlash.cost) endingInSlash = { state, cost: cost + END_SLASH };
      }
      for (const char of alphabet) {
        const included = state.included.map((set, k) => step(include[k]!, set, char));
        const excluded = state.excluded.map((set, k) => step(exclude[k]!, set, char));
        if (!alive(included, excluded)) continue;
        const afterSlash = char === '/';
        const key = keyOf(afterSlash, included, excluded);
        const total = cost + charCost(state.afterSlash, char);
        if ((best.get(key) ?? Infinity) <= total) continue;
        best.set(key, total);
        (buckets[total] ??= []).push({ included, excluded, afterSlash, key, parent: state, char });
      }
    }
    buckets[cost] = [];
  }
  return { kind: 'none' };
}

/** The letter standing for "any character no pattern names" comes first, so witnesses read as words. */
function alphabetOf(patterns: string[]): string[] {
  const literals = new Set<string>();
  for (const pattern of patterns) for (const char of literalsOf(pattern)) literals.add(char);
  let other = [FILLER, ...'abcdefghijklmnopqrstuvwyz0123456789'].find((char) => !literals.has(char));
  for (let code = 0xc0; other === undefined; code++) if (!literals.has(String.fromCharCode(code))) other = String.fromCharCode(code);
  const readable = (char: string) => (/[a-z0-9]/i.test(char) ? 0 : char === '/' || char === '.' ? 1 : 2);
  return [other, ...[...literals].sort((x, y) => readable(x) - readable(y) || (x < y ? -1 : 1))];
}

const literalCache = new Map<string, string[]>();

/** The distinct literal characters of a pattern (cached: the same patterns are searched many times). */
function literalsOf(pattern: string): string[] {
  let literals = literalCache.get(pattern);
  if (!literals) {
    if (literalCache.size > 4096) literalCache.clear();
    literals = [...new Set(pattern.replace(/[*?]/g, ''))];
    literalCache.set(pattern, literals);
  }
  return literals;
}

function rebuild(state: State | undefined): string {
  const chars: string[] = [];
  for (let at = state; at?.parent; at = at.parent) chars.push(at.char);
  return chars.reverse().join('');
}

interface State {
  /** Closed position sets, one per included pattern. */
  included: number[][];
  /** Closed position sets, one per excluded pattern. */
  excluded: number[][];
  /** Whether the path so far is empty or ends in `/` (for readability costs). */
  afterSlash: boolean;
  key: string;
  parent: State | undefined;
  char: string;
}

/**
 * What a character adds to a witness's cost: 1, or 3 for a `/` or `.` right after a `/`, so the
 * search prefers `/images/x.jpg` to `/images/.jpg` (the same preference as `intersect`).
 */
export function charCost(afterSlash: boolean, char: string): number {
  return afterSlash && (char === '/' || char === '.') ? 3 : 1;
}

/** The readability cost of a whole normalised path (what both searches minimise). */
export function pathCost(path: string): number {
  let cost = path === '' || path.endsWith('/') ? END_SLASH : 0;
  for (let i = 0; i < path.length; i++) cost += charCost(i === 0 || path[i - 1] === '/', path[i]!);
  return cost;
}
