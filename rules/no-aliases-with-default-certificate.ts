import { certificateSource, defineRule, listLabels, show } from '../src/rule-kit';

export default defineRule({
  id: 'no-aliases-with-default-certificate',
  meta: {
    title: 'Alternate domain names need a custom certificate',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'The default *.cloudfront.net certificate cannot cover an alternate domain name: CloudFront refuses Aliases without a custom (ACM or IAM) certificate whose names cover them.',
    messages: {
      defaultCertificate:
        'The distribution has alternate domain names ({{aliases}}) but uses the default *.cloudfront.net certificate{{why}}; attach an ACM certificate from us-east-1 that covers them.',
    },
  },
  check(distribution, context) {
    if (distribution.aliases.length === 0 || certificateSource(distribution) !== 'default') return;
    context.report({
      node: distribution,
      field: 'aliases',
      messageId: 'defaultCertificate',
      data: {
        aliases: listLabels(distribution.aliases.map((alias) => show(alias)), 3),
        why: distribution.viewerCertificate ? '' : ' (there is no ViewerCertificate)',
      },
    });
  },
});
