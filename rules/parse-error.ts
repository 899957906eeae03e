import { defineRule } from '../src/rule-kit';

/** Reported by the loader, not by a check: listed so it has metadata, docs and can be configured. */
export default defineRule({
  id: 'parse-error',
  meta: {
    title: 'The file cannot be read or parsed',
    severity: 'error',
    category: 'correctness',
    preset: 'always',
    anchors: ['cfn-lint E0000'],
    rationale:
      'A template that cannot be parsed cannot be deployed or checked; the finding gives the position of the first problem (syntax, duplicate key, unknown tag, alias bomb, binary or oversized file).',
    messages: { parse: '{{message}}' },
  },
  check() {},
});
