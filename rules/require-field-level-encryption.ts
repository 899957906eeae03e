import { allBehaviors, behaviorLabel, capitalize, defineRule, isKnown } from '../src/rule-kit';

export default defineRule({
  id: 'require-field-level-encryption',
  meta: {
    title: 'Consider field-level encryption for behaviors that accept uploads',
    severity: 'info',
    category: 'security',
    preset: 'all',
    anchors: ['Prowler cloudfront_distributions_field_level_encryption_enabled'],
    rationale:
      'Field-level encryption encrypts chosen form fields (card numbers, personal data) at the edge with your public key, so only the application holding the private key can read them, whatever the layers in between log.',
    messages: {
      none: '{{behavior}} accepts {{methods}} without field-level encryption; if the requests carry sensitive form fields, add a field-level encryption configuration.',
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      const writes = (behavior.allowedMethods ?? []).filter((method): method is string => isKnown(method) && (method === 'POST' || method === 'PUT'));
      if (writes.length === 0) continue;
      const id = behavior.fieldLevelEncryptionId;
      if (id !== undefined && id !== '') continue;
      context.report({ node: behavior, field: 'allowedMethods', messageId: 'none', data: { behavior: capitalize(behaviorLabel(behavior)), methods: writes.join(' and ') } });
    }
  },
});
