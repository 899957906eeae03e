import {
  TLS_POLICIES,
  VIEWER_POLICY_RANK,
  allBehaviors,
  behaviorLabel,
  capitalize,
  certificateSource,
  defineRule,
  isKnown,
  hasLogDelivery,
  originLabel,
  presence,
  protocolField,
  protocolsTo,
  sameBehavior,
  sameOrigin,
  show,
  type Distribution,
  type Origin,
  type Val,
} from '../src/rule-kit';

const WEAK_ORIGIN_PROTOCOLS = ['SSLv3', 'TLSv1'];

export default defineRule({
  id: 'no-security-downgrade',
  meta: {
    title: 'A change must not weaken security settings',
    severity: 'error',
    category: 'security',
    preset: 'recommended',
    anchors: [],
    needsBefore: true,
    rationale:
      'Compared with the earlier version, a viewer protocol policy, the minimum TLS policy, the protocol to an origin or its SSL protocols got weaker, or an origin access control, the web ACL or access logging was removed. Such changes are easy to miss in review.',
    messages: {
      viewerPolicy: '{{behavior}} was {{before}} and is now {{after}}: viewers lose the HTTPS guarantee they had.',
      tlsPolicy: 'The minimum viewer TLS policy went from {{before}} to {{after}}.',
      originHttp: '{{origin}} was reached only over HTTPS and is now reached over HTTP.',
      originSsl: '{{origin}} now allows {{added}} to the origin, which it did not before.',
      oacRemoved: '{{origin}} lost its origin access control.',
      wafRemoved: 'The web ACL {{before}} was removed from the distribution.',
      loggingRemoved: 'Access logging (bucket {{before}}) was turned off.',
    },
  },
  check(distribution, context) {
    const before = context.before;
    if (!before) return;
    for (const behavior of allBehaviors(distribution)) {
      const earlier = sameBehavior(before, behavior);
      const [was, now] = [earlier?.viewerProtocolPolicy, behavior.viewerProtocolPolicy];
      if (!isKnown(was) || !isKnown(now) || !(was in VIEWER_POLICY_RANK) || !(now in VIEWER_POLICY_RANK)) continue;
      if (VIEWER_POLICY_RANK[now]! < VIEWER_POLICY_RANK[was]!) {
        context.report({ node: behavior, field: 'viewerProtocolPolicy', messageId: 'viewerPolicy', data: { behavior: capitalize(behaviorLabel(behavior)), before: `'${was}'`, after: `'${now}'` } });
      }
    }
    const [wasTls, nowTls] = [effectiveTls(before), effectiveTls(distribution)];
    if (wasTls !== undefined && nowTls !== undefined && TLS_POLICIES.indexOf(nowTls) < TLS_POLICIES.indexOf(wasTls)) {
      context.report({
        node: distribution.viewerCertificate ?? distribution,
        field: distribution.viewerCertificate?.minimumProtocolVersion !== undefined ? 'minimumProtocolVersion' : undefined,
        messageId: 'tlsPolicy',
        data: { before: `'${wasTls}'`, after: `'${nowTls}'${certificateSource(distribution) === 'default' ? ' (the default certificate)' : ''}` },
      });
    }
    for (const origin of distribution.origins) {
      const earlier = sameOrigin(before, origin);
      if (!earlier) continue;
      const label = capitalize(originLabel(origin));
      const [was, now] = [protocolsTo(before, earlier), protocolsTo(distribution, origin)];
      if (was.size > 0 && [...was].every((protocol) => protocol === 'https') && now.has('http')) {
        context.report({ ...protocolField(origin), messageId: 'originHttp', data: { origin: label } });
      }
      const wasSsl = sslProtocols(before, earlier);
      const nowSsl = sslProtocols(distribution, origin);
      // An http-only origin never uses its SSL protocols.
      const usesTls = origin.customOriginConfig?.originProtocolPolicy !== 'http-only';
      if (usesTls && wasSsl && nowSsl && wasSsl.every(isKnown) && nowSsl.every(isKnown)) {
        const added = WEAK_ORIGIN_PROTOCOLS.filter((protocol) => nowSsl.includes(protocol) && !wasSsl.includes(protocol));
        if (added.length > 0) context.report({ node: origin.customOriginConfig!, field: 'originSslProtocols', messageId: 'originSsl', data: { origin: label, added: added.map((p) => `'${p}'`).join(' and ') } });
      }
      if (presence(earlier.originAccessControlId) === 'yes' && presence(origin.originAccessControlId) === 'no' && !origin.incomplete?.size) {
        context.report({ node: origin, field: 'id', messageId: 'oacRemoved', data: { origin: label } });
      }
    }
    if (presence(before.webAclId) === 'yes' && presence(distribution.webAclId) === 'no' && !distribution.incomplete?.has('webAclId') && !distribution.missingFields.has('WebACLId')) {
      context.report({ node: distribution, field: distribution.webAclId === '' ? 'webAclId' : undefined, messageId: 'wafRemoved', data: { before: show(before.webAclId) } });
    }
    if (loggingOn(before) === true && loggingOn(distribution) === false && !otherLogging(distribution)) {
      context.report({ node: distribution.logging ?? distribution, messageId: 'loggingRemoved', data: { before: show(before.logging?.bucket) } });
    }
  },
});

/** cloudfront-facts §3.4: what CloudFormation uses when OriginSSLProtocols is omitted. */
const CFN_DEFAULT_SSL = ['TLSv1', 'SSLv3'];

/** An origin's SSL protocols, with CloudFormation's default for an omitted list; undefined when not known. */
function sslProtocols(distribution: Distribution, origin: Origin): Val<string>[] | undefined {
  const config = origin.customOriginConfig;
  if (!config) return undefined;
  if (config.originSslProtocols !== undefined) return config.originSslProtocols;
  if (distribution.input.shape !== 'cfn' || config.incomplete?.has('originSslProtocols')) return undefined;
  return CFN_DEFAULT_SSL;
}

/** The TLS policy viewers get: the written one for a custom certificate, TLSv1 for the default one. */
function effectiveTls(distribution: Distribution): string | undefined {
  const source = certificateSource(distribution);
  if (source === 'default') return 'TLSv1';
  if (source === undefined) return undefined;
  const version = distribution.viewerCertificate?.minimumProtocolVersion;
  return isKnown(version) && TLS_POLICIES.includes(version) ? version : undefined;
}

/**
 * Whether the distribution has another way of recording requests, as require-access-logging
 * accepts: a real-time log configuration, or a v2 log delivery (AWS::Logs::DeliverySource) of the
 * same template that may be this distribution's.
 */
function otherLogging(distribution: Distribution): boolean {
  return allBehaviors(distribution).some((behavior) => presence(behavior.realtimeLogConfigArn) !== 'no') || hasLogDelivery(distribution);
}

/** Whether standard logging (Logging with a Bucket) is on; undefined when it cannot be told. */
function loggingOn(distribution: Distribution): boolean | undefined {
  if (distribution.missingFields.has('Logging') || distribution.incomplete?.has('logging')) return undefined;
  const logging = distribution.logging;
  if (!logging) return false;
  if (logging.enabled === false) return false;
  if (logging.enabled !== undefined && typeof logging.enabled !== 'boolean') return undefined;
  const bucket = presence(logging.bucket);
  return bucket === 'maybe' ? undefined : bucket === 'yes';
}

