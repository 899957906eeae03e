import { capitalize, defineRule, originLabel, type Distribution } from '../src/rule-kit';

/** cloudfront-facts §6 defaults; every one is adjustable per account, hence an option. */
const DEFAULTS = {
  cacheBehaviors: 75,
  origins: 100,
  originGroups: 10,
  aliases: 100,
  customHeadersPerOrigin: 10,
};
type Quota = keyof typeof DEFAULTS;

const LISTS: Array<{ quota: Exclude<Quota, 'customHeadersPerOrigin'>; field: keyof Distribution; what: string }> = [
  { quota: 'cacheBehaviors', field: 'cacheBehaviors', what: 'cache behaviors (besides the default)' },
  { quota: 'origins', field: 'origins', what: 'origins' },
  { quota: 'originGroups', field: 'originGroups', what: 'origin groups' },
  { quota: 'aliases', field: 'aliases', what: 'alternate domain names' },
];

export default defineRule({
  id: 'no-quota-overrun',
  meta: {
    title: 'Lists must fit the default CloudFront quotas',
    severity: 'warning',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'CloudFront rejects a distribution with more cache behaviors, origins, origin groups, alternate domain names or custom headers per origin than the account quota allows; the defaults apply unless a quota increase was granted.',
    messages: {
      overrun: 'The distribution has {{count}} {{what}}; {{quota}}',
      headers: '{{origin}} has {{count}} custom headers; {{quota}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.keys(DEFAULTS).map((name) => [name, { type: 'integer', minimum: 0 }])),
    },
  },
  check(distribution, context) {
    const options = context.options as Partial<typeof DEFAULTS>;
    const limits = { ...DEFAULTS, ...options };
    const explain = (quota: Quota, limit: number, unit: string) =>
      options[quota] === undefined
        ? `the default quota is ${limit}${unit}, so deploying fails unless the account quota was raised (then set this rule's \`${quota}\` option to the raised value).`
        : `the quota set in this rule's \`${quota}\` option is ${limit}${unit}, so deploying fails.`;
    for (const { quota, field, what } of LISTS) {
      // Items that cannot be read (an intrinsic in place of an entry) are not counted: a lower bound.
      const count = (distribution[field] as unknown[]).length;
      if (count <= limits[quota]) continue;
      context.report({ node: distribution, field, messageId: 'overrun', key: quota, data: { count, what, limit: limits[quota], option: quota, quota: explain(quota, limits[quota], '') } });
    }
    for (const origin of distribution.origins) {
      const count = origin.customHeaders.length;
      if (count <= limits.customHeadersPerOrigin) continue;
      context.report({
        node: origin,
        field: 'customHeaders',
        messageId: 'headers',
        data: {
          origin: capitalize(originLabel(origin)),
          count,
          limit: limits.customHeadersPerOrigin,
          option: 'customHeadersPerOrigin',
          quota: explain('customHeadersPerOrigin', limits.customHeadersPerOrigin, ' per origin'),
        },
      });
    }
  },
});
