import { Unresolved, allBehaviors, capitalize, couldEqual, defineRule, isKnown, listLabels, originLabel, show, type Val } from '../src/rule-kit';

export default defineRule({
  id: 'no-unused-origin',
  meta: {
    title: 'Every origin should be used by a behavior',
    severity: 'warning',
    category: 'hygiene',
    preset: 'recommended',
    anchors: [],
    rationale:
      'An origin that no behavior targets, directly or through a used origin group, receives no traffic: it is usually a leftover or a typo in a TargetOriginId, and it still counts toward the origins quota.',
    messages: {
      unused: '{{origin}} is not used: no behavior targets it{{groups}}.',
    },
  },
  check(distribution, context) {
    if (distribution.legacyOrigins) return;
    const behaviors = allBehaviors(distribution);
    // Any behavior that cannot be read (or a missing default behavior) could be the one that uses an origin.
    const unreadable = ['cacheBehaviors', 'defaultCacheBehavior', 'originGroups'].some((field) => distribution.incomplete?.has(field));
    if (unreadable || !distribution.defaultCacheBehavior) return;
    const targets = behaviors.map((behavior) => behavior.targetOriginId);
    // A behavior without a known target could use any origin.
    if (targets.some((target) => target === undefined || (target instanceof Unresolved && !target.parts))) return;
    const targeted = (id: Val<string>) => targets.some((target) => matchesId(target!, id));
    const usedGroups = distribution.originGroups.filter((group) => targeted(group.id));
    if (usedGroups.some((group) => group.incomplete?.has('memberOriginIds'))) return;
    const usedMembers = usedGroups.flatMap((group) => group.memberOriginIds);
    const unusedGroups = distribution.originGroups.filter((group) => !usedGroups.includes(group));

    for (const origin of distribution.origins) {
      if (!isKnown(origin.id)) continue;
      if (targeted(origin.id) || usedMembers.some((member) => matchesId(member, origin.id))) continue;
      const inUnused = unusedGroups.filter((group) => group.memberOriginIds.some((member) => matchesId(member, origin.id)));
      context.report({
        node: origin,
        field: 'id',
        messageId: 'unused',
        data: {
          origin: capitalize(originLabel(origin)),
          groups: inUnused.length
            ? ` and it is only a member of origin group${inUnused.length > 1 ? 's' : ''} ${listLabels(inUnused.map((group) => show(group.id)))}, which no behavior targets`
            : ' and it is in no origin group',
        },
      });
    }
  },
});

/** Whether a reference (target or group member) could name the origin or group `id`. */
function matchesId(reference: Val<string>, id: Val<string>): boolean {
  if (typeof id === 'string') return couldEqual(reference, id);
  if (typeof reference === 'string') return couldEqual(id, reference);
  return true;
}
