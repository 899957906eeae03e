import { defineRule } from '../src/rule-kit';

/** Reported by the engine when a rule throws: the run goes on and names the rule. */
export default defineRule({
  id: 'internal-error',
  meta: {
    title: 'A rule failed unexpectedly on this input',
    severity: 'error',
    category: 'correctness',
    preset: 'always',
    anchors: [],
    rationale: 'Never expected: each one is a bug in cloudfront-lint. The other rules still ran; please report the input that caused it.',
    messages: { crash: '{{message}}' },
  },
  check() {},
});
