import { Unresolved, allBehaviors, behaviorLabel, capitalize, couldEqual, defineRule, isKnown, listLabels, show } from '../src/rule-kit';

export default defineRule({
  id: 'valid-target-origin',
  meta: {
    title: 'Every behavior must target an origin or origin group of the distribution',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: ['cfn-lint E3057 (default behavior only)'],
    rationale: 'CloudFront rejects a distribution whose TargetOriginId names no origin or origin group (NoSuchOrigin).',
    messages: {
      unknownTarget: "{{behavior}} targets {{target}}, which is neither an origin nor an origin group of this distribution (it has {{known}}).",
    },
  },
  check(distribution, context) {
    // Legacy S3Origin/CustomOrigin binding is undocumented; unknown list items could be the target.
    if (distribution.legacyOrigins) return;
    if (distribution.incomplete?.has('origins') || distribution.incomplete?.has('originGroups')) return;
    const ids = [...distribution.origins.map((o) => o.id), ...distribution.originGroups.map((g) => g.id)];
    // An id that is wholly unknown could be anything; a partly known one (`${Env}-web`) is a pattern.
    if (ids.some((id) => id instanceof Unresolved && !id.parts)) return;
    for (const behavior of allBehaviors(distribution)) {
      const target = behavior.targetOriginId;
      if (!isKnown(target) || ids.some((id) => couldEqual(id, target))) continue;
      context.report({
        node: behavior,
        field: 'targetOriginId',
        messageId: 'unknownTarget',
        data: {
          behavior: capitalize(behaviorLabel(behavior)),
          target: `'${target}'`,
          known: ids.length ? listLabels(ids.map((id) => show(id)), 6) : 'no origins',
        },
      });
    }
  },
});
