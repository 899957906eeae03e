import {
  HTTPS_ONLY_KINDS,
  allBehaviors,
  behaviorLabel,
  capitalize,
  defineRule,
  domainLabel,
  protocolField,
  routeOriginLabel,
  show,
} from '../src/rule-kit';

export default defineRule({
  id: 'no-http-origin-behind-https-viewer',
  meta: {
    title: 'A behavior that requires HTTPS from viewers must not fetch from its origins over HTTP',
    severity: 'error',
    category: 'security',
    preset: 'recommended',
    anchors: ['Security Hub CloudFront.9 (origin-level, not per behavior)'],
    rationale:
      'Viewers see a padlock, but CloudFront forwards their requests and receives the responses in clear text on the hop to the origin, across the public internet.',
    messages: {
      httpToOrigin:
        '{{behavior}} requires HTTPS from viewers (ViewerProtocolPolicy {{policy}}) but CloudFront fetches from {{origin}} ({{domain}}) over HTTP: {{reason}}.',
    },
  },
  check(distribution, context) {
    for (const behavior of allBehaviors(distribution)) {
      if (behavior.viewerProtocols?.join() !== 'https') continue;
      for (const route of behavior.routes) {
        const toOrigin = route.protocolFor.https;
        if (toOrigin?.protocol !== 'http') continue;
        // An HTTPS-only endpoint is never reached in clear text: the request fails (no-http-to-https-only-origin).
        if (route.origin.kind && HTTPS_ONLY_KINDS.includes(route.origin.kind)) continue;
        const reason =
          route.origin.kind === 's3-website' ? 'S3 website endpoints accept only HTTP' : toOrigin.reason;
        context.report({
          ...protocolField(route.origin),
          messageId: 'httpToOrigin',
          key: behavior.path,
          data: {
            behavior: capitalize(behaviorLabel(behavior)),
            policy: show(behavior.viewerProtocolPolicy),
            origin: routeOriginLabel(route),
            domain: domainLabel(route.origin),
            reason,
          },
        });
      }
    }
  },
});
