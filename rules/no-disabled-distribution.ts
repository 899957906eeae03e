import { defineRule } from '../src/rule-kit';

export default defineRule({
  id: 'no-disabled-distribution',
  meta: {
    title: 'Flag disabled or empty distributions',
    severity: 'info',
    category: 'hygiene',
    preset: 'all',
    anchors: ['Checkov CKV_AWS_216', 'KICS e4f54ff4', 'KICS 1bc367f6'],
    rationale: 'A disabled distribution serves nothing, and one without origins cannot serve anything; both are usually leftovers that still hold aliases and certificates.',
    messages: {
      disabled: 'The distribution is disabled (Enabled: false): it serves no requests; delete it if it is no longer needed.',
      noOrigins: 'The distribution has no origins, so it cannot serve anything.',
    },
  },
  check(distribution, context) {
    if (distribution.enabled === false) context.report({ node: distribution, field: 'enabled', messageId: 'disabled' });
    if (distribution.origins.length === 0 && !distribution.incomplete?.has('origins') && !distribution.legacyOrigins && !distribution.missingFields.has('Origins')) {
      context.report({ node: distribution, field: 'origins', messageId: 'noOrigins' });
    }
  },
});
