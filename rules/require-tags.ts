import { defineRule, isKnown, listLabels } from '../src/rule-kit';

export default defineRule({
  id: 'require-tags',
  meta: {
    title: 'Tag the distribution',
    severity: 'info',
    category: 'hygiene',
    preset: 'all',
    anchors: ['Security Hub CloudFront.14'],
    rationale: 'Tags attribute cost, ownership and environment; many organisations require some keys on every resource.',
    messages: {
      untagged: 'The distribution has no tags; add at least the tags your organisation uses for cost and ownership.',
      missing: 'The distribution lacks the required tag{{s}} {{keys}}.',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { requiredKeys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
    },
  },
  check(distribution, context) {
    // A DistributionConfig carries no tags: API input cannot tell.
    if (distribution.input.shape === 'api' && distribution.tags.length === 0) return;
    const raw = distribution.input.tags;
    if (raw && (raw.t !== 'seq' || raw.items.some((item) => item.t !== 'map'))) return;
    if (distribution.tags.some((tag) => !isKnown(tag.key))) return;
    const keys = new Set(distribution.tags.map((tag) => String(tag.key)));
    const required = (context.options.requiredKeys as string[] | undefined) ?? [];
    if (required.length === 0) {
      if (keys.size === 0) context.report({ node: distribution, messageId: 'untagged' });
      return;
    }
    const missing = required.filter((key) => !keys.has(key));
    if (missing.length === 0) return;
    context.report({ node: distribution, field: keys.size ? 'tags' : undefined, messageId: 'missing', data: { s: missing.length > 1 ? 's' : '', keys: listLabels(missing.map((key) => `'${key}'`), 6) } });
  },
});
