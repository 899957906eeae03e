import { defineRule, isKnown } from '../src/rule-kit';

export default defineRule({
  id: 'require-geo-restriction',
  meta: {
    title: 'Consider a geographic restriction',
    severity: 'info',
    category: 'security',
    preset: 'all',
    anchors: ['cdk-nag AwsSolutions-CFR1', 'Checkov CKV_AWS_374', 'KICS 7f8843f0', 'Prowler cloudfront_distributions_geo_restrictions_enabled'],
    rationale: 'When content may only be served in some countries (licensing, sanctions, a regional audience), a geo restriction makes CloudFront refuse the others at the edge.',
    messages: {
      none: 'The distribution has no geographic restriction{{why}}; if the content is only for some countries, add an allow list (or a block list).',
    },
  },
  check(distribution, context) {
    if (distribution.missingFields.has('Restrictions') || distribution.incomplete?.has('geoRestriction') || distribution.incomplete?.has('restrictions')) return;
    const geo = distribution.geoRestriction;
    const type = geo?.restrictionType;
    if (geo && (type === undefined || !isKnown(type) || type !== 'none')) return;
    context.report({ node: geo ?? distribution, field: geo ? 'restrictionType' : undefined, messageId: 'none', data: { why: geo ? " (RestrictionType 'none')" : '' } });
  },
});
