import { ANY, ONE } from '../src/paths';
import { behaviorLabel, capitalize, defineRule, orderedPatterns, positionedLabel } from '../src/rule-kit';

const MAX_LENGTH = 255;
/** cloudfront-facts §1: letters, digits, `_ - . * $ / ~ " ' @ : +`, `?` and `&` (returned as `&amp;`). */
const ALLOWED = /[A-Za-z0-9_\-.*$/~"'@:+?&]/;

export default defineRule({
  id: 'valid-path-pattern',
  meta: {
    title: 'Path patterns must be valid and mean what they look like',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'CloudFront path patterns have a length limit, a small character set and whole-path glob semantics: a `*` behavior swallows every later one, a pattern ending in `/` without a wildcard matches a single path, and patterns are case-sensitive.',
    messages: {
      tooLong: '{{behavior}} has a path pattern of {{length}} characters; CloudFront allows at most 255.',
      badCharacters:
        "{{behavior}} uses {{characters}} in its path pattern, outside the characters CloudFront documents (letters, digits, _ - . * $ / ~ \" ' @ : + ? &).",
      catchAll:
        "{{behavior}} has the pattern '{{pattern}}', which matches every path: every later behavior is unreachable; put these settings on the default behavior instead.",
      trailingSlash:
        "{{behavior}} has no wildcard and ends in '/', so it matches the single path '{{path}}' and nothing below it; use '{{suggestion}}' to match the directory's contents.",
      caseVariant:
        '{{behavior}} differs from {{other}} only in letter case; path patterns are case-sensitive, so check that both spellings are meant.',
    },
  },
  check(distribution, context) {
    const entries = orderedPatterns(distribution);
    const seenFolded = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const { behavior, pattern } = entry;
      const written = behavior.pathPattern;
      if (pattern === undefined || typeof written !== 'string') continue;
      const label = capitalize(behaviorLabel(behavior));
      const report = (messageId: 'tooLong' | 'badCharacters' | 'catchAll' | 'trailingSlash' | 'caseVariant', data: Record<string, string | number>, severity?: 'warning') =>
        context.report({ node: behavior, field: 'pathPattern', messageId, data: { behavior: label, ...data }, severity, key: messageId });

      // CloudFront returns `&` as `&amp;`; the limit applies to the pattern itself.
      const decoded = written.replace(/&amp;/g, '&');
      if (decoded.length > MAX_LENGTH) report('tooLong', { length: decoded.length });
      const bad = [...new Set([...decoded].filter((char) => !ALLOWED.test(char)))];
      if (bad.length > 0) report('badCharacters', { characters: bad.map(describeCharacter).join(', ') });
      if (pattern === ANY) report('catchAll', { pattern: written });
      else if (pattern.endsWith('/') && !pattern.includes(ANY) && !pattern.includes(ONE)) {
        report('trailingSlash', { path: `/${pattern}`, suggestion: `/${pattern}*` }, 'warning');
      }

      const folded = pattern.toLowerCase();
      const other = seenFolded.get(folded);
      if (other && other.pattern !== pattern) report('caseVariant', { other: positionedLabel(other.behavior) }, 'warning');
      else if (!other) seenFolded.set(folded, entry);
    }
  },
});

function describeCharacter(char: string): string {
  if (char === ' ') return 'a space';
  const code = char.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${char}'`;
}
