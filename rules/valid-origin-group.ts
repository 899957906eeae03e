import { UNSAFE_METHODS, allBehaviors, behaviorLabel, capitalize, couldEqual, defineRule, isKnown, show } from '../src/rule-kit';

/** cloudfront-facts §3.7. */
const FAILOVER_CODES = [400, 403, 404, 416, 500, 502, 503, 504];

export default defineRule({
  id: 'valid-origin-group',
  meta: {
    title: 'Origin groups must have two origins, valid failover codes and cacheable methods',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [],
    rationale:
      'An origin group has exactly two members (primary and secondary) that are origins of the distribution, fails over on at least one of 400, 403, 404, 416, 500, 502, 503 and 504, and can only serve behaviors limited to GET, HEAD and OPTIONS.',
    messages: {
      members: 'Origin group {{group}} has {{count}} member{{s}}; it needs exactly two (primary and secondary).',
      unknownMember: 'Origin group {{group}} names member {{member}}, which is not an origin of this distribution.',
      noCodes: 'Origin group {{group}} has no failover status codes; list at least one of 400, 403, 404, 416, 500, 502, 503, 504.',
      badCode: 'Origin group {{group}} fails over on status {{code}}; CloudFront accepts only 400, 403, 404, 416, 500, 502, 503 and 504.',
      unsafeMethods: '{{behavior}} targets origin group {{group}} but allows {{methods}}; CloudFront refuses POST, PUT, PATCH and DELETE on a behavior that uses an origin group.',
    },
  },
  check(distribution, context) {
    const originIds = distribution.origins.map((origin) => origin.id);
    const originsKnown = !distribution.incomplete?.has('origins') && !distribution.legacyOrigins && originIds.every((id) => isKnown(id) || id.parts);
    for (const group of distribution.originGroups) {
      const name = show(group.id);
      if (!group.incomplete?.has('memberOriginIds')) {
        const count = group.memberOriginIds.length;
        if (count !== 2) context.report({ node: group, field: count ? 'memberOriginIds' : 'id', messageId: 'members', data: { group: name, count, s: count === 1 ? '' : 's' } });
      }
      if (originsKnown) {
        group.memberOriginIds.forEach((member, index) => {
          if (!isKnown(member) || originIds.some((id) => couldEqual(id, member))) return;
          context.report({ node: group, field: `memberOriginIds[${index}]`, messageId: 'unknownMember', key: `member:${index}`, data: { group: name, member: show(member) } });
        });
      }
      if (!group.incomplete?.has('failoverStatusCodes') && !group.incomplete?.has('failoverCriteria')) {
        if (group.failoverStatusCodes.length === 0) context.report({ node: group, field: 'id', messageId: 'noCodes', key: 'codes', data: { group: name } });
        group.failoverStatusCodes.forEach((code, index) => {
          if (!isKnown(code) || FAILOVER_CODES.includes(code)) return;
          context.report({ node: group, field: `failoverStatusCodes[${index}]`, messageId: 'badCode', key: `code:${index}`, data: { group: name, code } });
        });
      }
    }
    for (const behavior of allBehaviors(distribution)) {
      const target = behavior.targetOriginId;
      if (!isKnown(target)) continue;
      const group = distribution.originGroups.find((candidate) => candidate.id === target);
      if (!group) continue;
      const unsafe = (behavior.allowedMethods ?? []).filter((method): method is string => isKnown(method) && UNSAFE_METHODS.includes(method));
      if (unsafe.length === 0) continue;
      context.report({ node: behavior, field: 'allowedMethods', messageId: 'unsafeMethods', data: { behavior: capitalize(behaviorLabel(behavior)), group: show(group.id), methods: unsafe.join(', ') } });
    }
  },
});
