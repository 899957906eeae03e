import fc from 'fast-check';
import {
  Budget,
  coverage,
  findPath,
  firstMatch,
  intersect,
  matches,
  matchesNormalised,
  mayIntersect,
  normalisePath,
  normalisePattern,
  takenPath,
} from '../../src/paths';
import { pathCost } from '../../src/paths/search';

// Brute force over a small world: paths over {a, b, /}, patterns over {a, /, *, ?}. `b` occurs in no
// pattern, so it plays the "any other character" class the algorithms abstract over.
const PATH_CHARS = ['a', 'b', '/'];
const MAX_WORD = 7;
const WORDS: string[] = [''];
for (let length = 1, layer = ['']; length <= MAX_WORD; length++) {
  layer = layer.flatMap((word) => PATH_CHARS.map((char) => word + char));
  WORDS.push(...layer);
}

/** Reference semantics: the glob as an anchored regular expression. */
function reference(pattern: string): RegExp {
  const body = [...pattern].map((char) => (char === '*' ? '[^]*' : char === '?' ? '[^]' : char.replace(/[/]/g, '\\/'))).join('');
  return new RegExp(`^${body}$`);
}
const refMatch = (pattern: string, word: string) => reference(pattern).test(word);

const pattern = (maxLength: number) =>
  fc.array(fc.constantFrom('a', '/', '*', '?'), { maxLength }).map((chars) => normalisePattern(chars.join('')));
const generous = () => new Budget(10_000_000);
const RUNS = { numRuns: 300 };

describe('matching', () => {
  it('agrees with the regular-expression reference on every short path', () => {
    fc.assert(
      fc.property(pattern(6), (p) => {
        const regex = reference(p);
        for (const word of WORDS) if (matchesNormalised(p, word) !== regex.test(word)) return false;
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('ignores one leading slash on patterns and paths, and the query string', () => {
    expect(matches('/images/*.jpg', '/images/a/b.jpg')).toBe(true);
    expect(matches('images/*.jpg', '/images/a/b.jpg')).toBe(true);
    expect(matches('/images/*', '/images')).toBe(false);
    expect(matches('/images*', '/images-old/x')).toBe(true);
    expect(matches('*.jpg', '/LOGO.JPG')).toBe(false);
    expect(matches('/test/', '/test/file1.jpg')).toBe(false);
    expect(matches('/a?c', '/abc?q=1')).toBe(true);
    expect(normalisePath('/x?y')).toBe('x');
    expect(normalisePattern('/a**b&amp;c')).toBe('a*b&c');
  });
});

describe('intersection', () => {
  it('finds a common path exactly when one exists, the most readable one', () => {
    fc.assert(
      fc.property(pattern(4), pattern(4), (a, b) => {
        const result = intersect(a, b, generous());
        const common = WORDS.find((word) => refMatch(a, word) && refMatch(b, word));
        if (result.kind === 'witness') {
          const cheapest = Math.min(...WORDS.filter((word) => refMatch(a, word) && refMatch(b, word)).map(pathCost));
          return refMatch(a, result.path) && refMatch(b, result.path) && pathCost(result.path) <= cheapest;
        }
        if (result.kind === 'disjoint') return common === undefined;
        return false;
      }),
      RUNS,
    );
  });

  it('is never ruled out by the cheap prefix and suffix filter when paths are shared', () => {
    fc.assert(
      fc.property(pattern(5), pattern(5), (a, b) => {
        const common = WORDS.some((word) => refMatch(a, word) && refMatch(b, word));
        return !common || mayIntersect(a, b);
      }),
      RUNS,
    );
  });

  it('prefers readable witnesses', () => {
    expect(intersect('api/*.json', 'api/admin/*', generous())).toEqual({ kind: 'witness', path: 'api/admin/x.json' });
    expect(intersect('*.jpg', 'images/*', generous())).toEqual({ kind: 'witness', path: 'images/x.jpg' });
    expect(intersect('img/?', '*g', generous())).toEqual({ kind: 'witness', path: 'img/g' });
    expect(intersect('api/*', 'static/*', generous())).toEqual({ kind: 'disjoint' });
  });
});

describe('search: matched by all of these, by none of those', () => {
  it('finds a most readable witness exactly when one exists', () => {
    fc.assert(
      fc.property(fc.array(pattern(4), { minLength: 1, maxLength: 2 }), fc.array(pattern(4), { maxLength: 3 }), (include, exclude) => {
        const inLanguage = (word: string) => include.every((p) => refMatch(p, word)) && !exclude.some((p) => refMatch(p, word));
        const cheapest = Math.min(...WORDS.filter(inLanguage).map(pathCost));
        const result = findPath(include, exclude, generous());
        if (result.kind === 'witness') return inLanguage(result.path) && pathCost(result.path) <= cheapest;
        return result.kind === 'none' && cheapest === Infinity;
      }),
      RUNS,
    );
  });

  it('stops at its budget on adversarial patterns instead of hanging', () => {
    // `*a` followed by n `?` needs 2^n subset states, and excluding it from itself leaves nothing.
    const nthFromLast = `*a${'?'.repeat(20)}`;
    const started = Date.now();
    const result = findPath([nthFromLast], [nthFromLast], new Budget(200_000));
    expect(result.kind).toBe('budget');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('coverage of a behavior by earlier ones', () => {
  const ordered = (patterns: string[]) => patterns.map((p, index) => ({ index, pattern: p }));

  it('is exact against brute force, and names covering patterns that really cover', () => {
    fc.assert(
      fc.property(pattern(4), fc.array(pattern(4), { maxLength: 4 }), (target, earlier) => {
        const result = coverage(target, ordered(earlier), generous());
        const escapes = WORDS.find((word) => refMatch(target, word) && !earlier.some((p) => refMatch(p, word)));
        if (result.kind === 'reachable') {
          return refMatch(target, result.witness) && !earlier.some((p) => refMatch(p, result.witness));
        }
        if (result.kind === 'covered') {
          const by = result.by.map((index) => earlier[index]!);
          return escapes === undefined && WORDS.every((word) => !refMatch(target, word) || by.some((p) => refMatch(p, word)));
        }
        return false;
      }),
      RUNS,
    );
  });

  it('finds a single cover and a union cover', () => {
    expect(coverage('api/v1/*', ordered(['static/*', 'api/*']), generous())).toEqual({ kind: 'covered', by: [1] });
    expect(coverage('docs*', ordered(['docs', 'docs?*', 'img/*']), generous())).toEqual({ kind: 'covered', by: [0, 1] });
    expect(coverage('images/*.jpg', ordered(['*.png', 'images/a*']), generous())).toEqual({ kind: 'reachable', witness: 'images/x.jpg' });
  });
});

describe('paths one behavior takes from a later one', () => {
  it('are matched by both and by nothing listed earlier, and found whenever they exist', () => {
    fc.assert(
      fc.property(pattern(4), pattern(4), fc.array(pattern(3), { maxLength: 3 }), (earlier, later, before) => {
        const result = takenPath(earlier, later, before, generous());
        const ok = (word: string) => refMatch(earlier, word) && refMatch(later, word) && !before.some((p) => refMatch(p, word));
        if (result.kind === 'witness') return ok(result.path);
        return result.kind === 'none' && !WORDS.some(ok);
      }),
      RUNS,
    );
  });

  it('looks past paths an even earlier behavior serves', () => {
    expect(takenPath('api/*', 'api/admin/*', ['api/admin/x*'], generous())).toEqual({ kind: 'witness', path: 'api/admin/z' });
  });
});

it('firstMatch returns the first matching behavior or undefined for the default', () => {
  const list = [
    { index: 0, pattern: 'api/*' },
    { index: 1, pattern: '*.json' },
  ];
  expect(firstMatch(list, 'api/x.json')?.index).toBe(0);
  expect(firstMatch(list, 'x.json')?.index).toBe(1);
  expect(firstMatch(list, 'index.html')).toBeUndefined();
});

describe('long patterns', () => {
  const long = fc
    .array(fc.constantFrom('a', 'b', '/', '.', '*', '?'), { minLength: 70, maxLength: 120 })
    .map((chars) => normalisePattern(chars.join('')));

  it('give witnesses that both patterns match (the shortcut for outer stars included)', () => {
    fc.assert(
      fc.property(long, long, (a, b) => {
        const result = intersect(a, b, generous());
        if (result.kind !== 'witness') return result.kind === 'disjoint' && !(a.endsWith('*') && b.startsWith('*'));
        return refMatch(a, result.path) && refMatch(b, result.path);
      }),
      { numRuns: 100 },
    );
  });
});
