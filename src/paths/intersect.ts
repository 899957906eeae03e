import { ANY, ONE } from './pattern';
import type { Budget } from './budget';

/** The letter used where both patterns accept any character. */
export const FILLER = 'x';
/** Extra cost of a witness that ends in `/` or is empty. */
export const END_SLASH = 2;

export type IntersectResult = { kind: 'witness'; path: string } | { kind: 'disjoint' } | { kind: 'budget' };

/**
 * Whether two normalised patterns share a path, and the most readable shortest one they share.
 *
 * Search graph: node (i, j, s) says the witness so far is matched by the first i tokens of `a` and
 * the first j tokens of `b`; s records whether the witness is empty or ends in `/`. Edges: a `*`
 * may match nothing (cost 0); a `*` may take the character the other pattern's literal or `?`
 * needs; two literals or `?`s advance together; two `*`s may share a filler letter. Every common
 * path has a matching walk, so reaching (|a|, |b|) decides the question exactly.
 *
 * Cost is the witness length, plus 2 for a `/` or `.` right after a `/` (so `/api/admin/x.json`
 * wins over `/api/admin/.json`) and 2 for ending in `/` (so `/api/admin/x` wins over `/api/admin/`). A bucket queue over small integer costs keeps it Dijkstra in
 * O(|a| * |b|) time and memory.
 */
export function intersect(a: string, b: string, budget: Budget, filler = FILLER): IntersectResult {
  if ((a.length + 1) * (b.length + 1) > LARGE_PRODUCT) {
    const quick = joinedWitness(a, b, filler) ?? joinedWitness(b, a, filler);
    if (quick !== undefined) return { kind: 'witness', path: quick };
  }
  const width = b.length + 1;
  const nodes = (a.length + 1) * width * 2;
  const distance = new Int32Array(nodes).fill(-1);
  const done = new Uint8Array(nodes);
  const parent = new Int32Array(nodes).fill(-1);
  const emitted = new Int32Array(nodes).fill(-1);
  const buckets: number[][] = [[]];
  const encode = (i: number, j: number, slash: number) => (i * width + j) * 2 + slash;
  const start = encode(0, 0, 1);
  distance[start] = 0;
  buckets[0]!.push(start);

  const relax = (from: number, cost: number, i: number, j: number, char: string | undefined, fromSlash: number) => {
    const slash = char === undefined ? fromSlash : char === '/' ? 1 : 0;
    const penalty = char !== undefined && fromSlash === 1 && (char === '/' || char === '.') ? 2 : 0;
    const node = encode(i, j, slash);
    const total = distance[from]! + cost + penalty;
    if (done[node] || (distance[node]! >= 0 && distance[node]! <= total)) return;
    distance[node] = total;
    parent[node] = from;
    emitted[node] = char === undefined ? -1 : char.charCodeAt(0);
    (buckets[total] ??= []).push(node);
  };

  // A witness ending in `/` (a directory index) costs END_SLASH more, so it must wait its turn.
  let endingInSlash: { node: number; cost: number } | undefined;
  for (let cost = 0; cost < buckets.length || endingInSlash; cost++) {
    if (endingInSlash && endingInSlash.cost <= cost) return { kind: 'witness', path: rebuild(endingInSlash.node, parent, emitted) };
    const bucket = buckets[cost];
    if (!bucket) continue;
    for (let k = 0; k < bucket.length; k++) {
      const node = bucket[k]!;
      if (done[node] || distance[node] !== cost) continue;
      done[node] = 1;
      if (!budget.spend(1)) return { kind: 'budget' };
      const slash = node & 1;
      const cell = node >> 1;
      const i = Math.floor(cell / width);
      const j = cell % width;
      if (i === a.length && j === b.length) {
        if (!slash) return { kind: 'witness', path: rebuild(node, parent, emitted) };
        if (!endingInSlash || cost + END_SLASH < endingInSlash.cost) endingInSlash = { node, cost: cost + END_SLASH };
      }
      const x = a[i];
      const y = b[j];
      if (x === ANY) relax(node, 0, i + 1, j, undefined, slash);
      if (y === ANY) relax(node, 0, i, j + 1, undefined, slash);
      if (x === ANY && y === ANY) relax(node, 1, i, j, filler, slash);
      if (x === ANY && y !== undefined && y !== ANY) relax(node, 1, i, j + 1, y === ONE ? filler : y, slash);
      if (y === ANY && x !== undefined && x !== ANY) relax(node, 1, i + 1, j, x === ONE ? filler : x, slash);
      if (x !== undefined && y !== undefined && x !== ANY && y !== ANY && (x === y || x === ONE || y === ONE)) {
        relax(node, 1, i + 1, j + 1, x !== ONE ? x : y !== ONE ? y : filler, slash);
      }
    }
    buckets[cost] = [];
  }
  return { kind: 'disjoint' };
}

/** Above this many position pairs, a witness that needs no search is taken when there is one. */
const LARGE_PRODUCT = 4096;

/**
 * When `first` ends in `*` and `second` starts with `*`, a path of `first` followed by a path of
 * `second` matches both: each pattern's outer `*` takes the other's part.
 */
function joinedWitness(first: string, second: string, filler: string): string | undefined {
  if (!first.endsWith(ANY) || !second.startsWith(ANY)) return undefined;
  return plainPath(first, filler) + plainPath(second, filler);
}

/** The path a pattern matches with every `*` empty and every `?` the filler (cached: rules ask often). */
export function plainPath(pattern: string, filler = FILLER): string {
  const key = `${filler}${pattern}`;
  let path = plainCache.get(key);
  if (path === undefined) {
    if (plainCache.size > 4096) plainCache.clear();
    path = pattern.replace(/\*/g, '').replace(/\?/g, filler);
    plainCache.set(key, path);
  }
  return path;
}
const plainCache = new Map<string, string>();

function rebuild(node: number, parent: Int32Array, emitted: Int32Array): string {
  const codes: number[] = [];
  for (let at = node; at >= 0; at = parent[at]!) if (emitted[at]! >= 0) codes.push(emitted[at]!);
  return String.fromCharCode(...codes.reverse());
}
