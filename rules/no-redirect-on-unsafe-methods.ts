import { UNSAFE_METHODS, allBehaviors, behaviorLabel, capitalize, defineRule, listLabels } from '../src/rule-kit';

export default defineRule({
  id: 'no-redirect-on-unsafe-methods',
  meta: {
    title: "Behaviors that accept request bodies should use 'https-only', not 'redirect-to-https'",
    severity: 'warning',
    category: 'performance',
    preset: 'recommended',
    anchors: [],
    rationale:
      'An HTTP POST/PUT/PATCH/DELETE to a redirect-to-https behavior is answered with a 307 (403 below HTTP/1.1): the client sends the body twice, over HTTP first, and both requests are billed.',
    messages: {
      redirectWithBody:
        "{{behavior}} redirects HTTP to HTTPS but allows {{methods}}: HTTP clients get a 307 (403 below HTTP/1.1), send the body twice, the first time in clear text, and both requests are billed; use 'https-only'.",
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      if (behavior.viewerProtocolPolicy !== 'redirect-to-https') continue;
      const unsafe = UNSAFE_METHODS.filter((method) => behavior.allowedMethods?.includes(method));
      if (unsafe.length === 0) continue;
      context.report({
        node: behavior,
        field: 'viewerProtocolPolicy',
        messageId: 'redirectWithBody',
        data: { behavior: capitalize(behaviorLabel(behavior)), methods: listLabels(unsafe) },
      });
    }
  },
});
