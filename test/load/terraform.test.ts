import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile, loadText } from '../../src/load';
import type { LoadedDocument } from '../../src/load/types';
import { lintDocument, type EnabledRule } from '../../src/engine/run';
import { getRule, isKnownRuleId, presetRules } from '../../src/engine/registry';
import { defineRule } from '../../src/engine/rule';
import type { Finding } from '../../src/engine/findings';
import { Unresolved, type Distribution, type Val } from '../../src/model/types';
import { displayParts } from '../../src/model/values';

const ROOT = join(__dirname, '..', '..');
const MODULE_PLAN = 'fixtures/terraform/module-plan.json';
const STATE = 'fixtures/terraform/state.json';
const UPDATE_PLAN = 'fixtures/terraform/update-plan.json';
const SITE = 'module.cdn.aws_cloudfront_distribution.site';
const EDGE = 'module.platform.module.edge["www"].aws_cloudfront_distribution.this';
/** Values the fixtures hold that must never be shown: header values (plain or sensitive), sensitive attributes. */
const SECRETS = ['Xk9rT2vQ7mZ4pL8sW1nB5cY3', 'tf-Origin-Verify-5e1f0c7a9b2d', 'acme-edge-logs-7f3a', 'b6f1c0d2e9a84f37c5d1', 'pager 555-0100'];

function load(file: string): LoadedDocument {
  const loaded = loadFile(join(ROOT, file), file, { parameters: new Map() });
  expect(loaded.problems).toEqual([]);
  return loaded;
}

function loadJson(value: unknown, file = 'plan.json'): LoadedDocument {
  const loaded = loadText(JSON.stringify(value, null, 2), file, { parameters: new Map() });
  expect(loaded.problems).toEqual([]);
  return loaded;
}

function lint(loaded: LoadedDocument, options: Record<string, Record<string, unknown>> = {}, extra: EnabledRule[] = []): Finding[] {
  const enabled = presetRules('all').map((rule) => ({ rule, severity: rule.meta.severity, options: options[rule.id] ?? {} }));
  return lintDocument(loaded, { enabled: [...enabled, ...extra], ignores: [], isKnownRule: isKnownRuleId }).findings;
}

function model(loaded: LoadedDocument, id: string): Distribution {
  const distribution = loaded.distributions.find((d) => d.id === id);
  expect(distribution).toBeDefined();
  return distribution!.variants[0]!.model;
}

const shown = (value: Val<string | number | boolean> | undefined) =>
  value instanceof Unresolved ? (value.parts ? displayParts(value.parts) : value.display) : value;

/** The text a finding underlines. */
function underlined(loaded: LoadedDocument, finding: Finding): string {
  return loaded.doc.text.slice(finding.offset, finding.endOffset);
}

/** A minimal `terraform show -json` plan that creates one distribution. */
function plan(values: Record<string, unknown>, change: Record<string, unknown> = {}, expressions: Record<string, unknown> = {}, others: unknown[] = []) {
  const address = 'aws_cloudfront_distribution.cdn';
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: { resources: [{ address, mode: 'managed', type: 'aws_cloudfront_distribution', name: 'cdn', values }, ...others] } },
    resource_changes: [{ address, mode: 'managed', type: 'aws_cloudfront_distribution', name: 'cdn', change: { actions: ['create'], before: null, after: values, ...change } }],
    configuration: { root_module: { resources: [{ address, mode: 'managed', type: 'aws_cloudfront_distribution', name: 'cdn', expressions }] } },
  };
}

const BASE = {
  enabled: true,
  origin: [
    {
      origin_id: 'app',
      domain_name: 'app.example.com',
      custom_origin_config: [{ http_port: 80, https_port: 443, origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] }],
      custom_header: [],
      s3_origin_config: [],
    },
  ],
  default_cache_behavior: [
    { target_origin_id: 'app', viewer_protocol_policy: 'https-only', allowed_methods: ['GET', 'HEAD'], cached_methods: ['GET', 'HEAD'], cache_policy_id: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
  ],
  restrictions: [{ geo_restriction: [{ restriction_type: 'none' }] }],
  viewer_certificate: [{ cloudfront_default_certificate: true, minimum_protocol_version: 'TLSv1' }],
};

describe('Terraform plan and state JSON', () => {
  it('reads every aws_cloudfront_distribution at any module depth, named by its address', () => {
    const loaded = load(MODULE_PLAN);
    expect(loaded.kind).toBe('terraform-plan');
    // module.cdn.aws_cloudfront_distribution.legacy is being deleted: not linted.
    expect(loaded.distributions.map((d) => d.id)).toEqual([SITE, EDGE]);
    const findings = lint(loaded);
    expect(new Set(findings.map((f) => f.distribution))).toEqual(new Set([SITE, EDGE]));
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'no-http-viewer', distribution: EDGE }));
  });

  it('points findings at the values in the plan (file, line, column and JSON pointer)', () => {
    const loaded = load(MODULE_PLAN);
    const findings = lint(loaded);
    const viewer = findings.find((f) => f.ruleId === 'no-http-viewer' && f.distribution === EDGE)!;
    expect(viewer.file).toBe(MODULE_PLAN);
    expect(viewer.pointer).toBe('/planned_values/root_module/child_modules/1/child_modules/0/resources/0/values/default_cache_behavior/0/viewer_protocol_policy');
    expect(underlined(loaded, viewer)).toBe('"allow-all"');
    expect(loaded.doc.lineText(viewer.line)).toContain('"viewer_protocol_policy": "allow-all"');
    const http = findings.find((f) => f.ruleId === 'no-http-origin-behind-https-viewer' && f.distribution === SITE)!;
    expect(http.pointer).toMatch(/^\/planned_values\/root_module\/child_modules\/0\/resources\/1\/values\/origin\/0\/custom_origin_config\/0\/origin_protocol_policy$/);
    expect(underlined(loaded, http)).toBe('"http-only"');
    // A finding about the whole distribution underlines its address.
    const waf = findings.find((f) => f.ruleId === 'require-web-acl' && f.distribution === EDGE)!;
    expect(underlined(loaded, waf)).toBe(`"${EDGE.replace(/"/g, '\\"')}"`);
    for (const finding of findings) expect(finding.pointer).toMatch(/^\/planned_values\//);
  });

  it('maps Terraform attributes to the model as the provider sends them', () => {
    const site = model(load(MODULE_PLAN), SITE);
    expect(site.source).toBe('terraform-plan');
    expect(site.input.shape).toBe('cfn');
    expect(site.aliases).toEqual(['www.example.com']);
    expect(site.isIpv6Enabled).toBe(true);
    expect(site.origins.map((o) => o.id)).toEqual(['api', 'assets']);
    expect(site.cacheBehaviors.map((b) => b.pathPattern)).toEqual(['/api/*']);
    expect(site.cacheBehaviors[0]!.allowedMethods).toHaveLength(7);
    // With a cache policy the provider sends no TTLs.
    expect(site.defaultCacheBehavior!.minTtl).toBeUndefined();
    // An ACM certificate: cloudfront_default_certificate false is not sent.
    expect(site.viewerCertificate!.cloudFrontDefaultCertificate).toBeUndefined();
    expect(site.viewerCertificate!.minimumProtocolVersion).toBe('TLSv1.2_2021');
    expect(site.tags.map((t) => [t.key, t.value])).toEqual([
      ['Environment', 'prod'],
      ['Project', 'acme'],
    ]);
    const api = site.origins[0]!;
    expect(api.customOriginConfig!.originSslProtocols).toEqual(['TLSv1.2']);
    expect(api.customHeaders.map((h) => h.name)).toEqual(['X-Origin-Verify']);
  });

  it('keeps values known only after apply unresolved, with the reference they come from', () => {
    const site = model(load(MODULE_PLAN), SITE);
    const assets = site.origins[1]!;
    // bucket_regional_domain_name of a bucket the plan creates: S3 whatever the region.
    expect(shown(assets.domainName)).toBe('acme-assets-prod.s3.${region}.amazonaws.com');
    expect(assets.kind).toBe('s3-rest');
    expect(assets.originAccessControlId).toBeInstanceOf(Unresolved);
    expect((assets.originAccessControlId as Unresolved).display).toBe('aws_cloudfront_origin_access_control.assets.id (known after apply)');
    expect((assets.originAccessControlId as Unresolved).ref).toEqual({
      logicalId: 'module.cdn.aws_cloudfront_origin_access_control.assets',
      type: 'AWS::CloudFront::OriginAccessControl',
      attribute: 'id',
    });
    expect((site.viewerCertificate!.acmCertificateArn as Unresolved).ref?.logicalId).toBe('module.cdn.aws_acm_certificate.site');
    expect((site.webAclId as Unresolved).ref).toEqual({ logicalId: 'module.cdn.aws_wafv2_web_acl.edge', type: 'AWS::WAFv2::WebACL', attribute: 'arn' });
    const edge = model(load(MODULE_PLAN), EDGE);
    expect(edge.cacheBehaviors[0]!.viewerProtocolPolicy).toEqual(new Unresolved('terraform_data.policy.output (known after apply)', undefined, expect.anything()));
  });

  it('never judges unknown values', () => {
    const findings = lint(load(MODULE_PLAN));
    // '/app/*' has an unknown ViewerProtocolPolicy: nothing about its viewers; the default behavior is judged.
    expect(findings.filter((f) => f.distribution === EDGE && /app/.test(f.message) && f.ruleId !== 'require-field-level-encryption')).toEqual([]);
    // The assets origin has an OAC (unknown id, but a reference): not public.
    expect(findings.filter((f) => f.ruleId === 'require-origin-access-control')).toEqual([]);
    // A value Terraform omitted without flagging it: a required attribute is unknown, an optional one unset.
    const values = { ...BASE } as Record<string, unknown>;
    delete values.viewer_certificate;
    const loaded = loadJson(plan(values));
    const distribution = model(loaded, 'aws_cloudfront_distribution.cdn');
    expect(distribution.incomplete?.has('viewerCertificate')).toBe(true);
    expect(lint(loaded).map((f) => f.ruleId)).not.toContain('require-custom-certificate');
  });

  it('follows related resources of the plan: response headers policy, WAF web ACL, log delivery source', () => {
    const loaded = load(MODULE_PLAN);
    const findings = lint(loaded, { 'require-web-acl': { requiredManagedRuleGroups: ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] } });
    const site = findings.filter((f) => f.distribution === SITE);
    expect(site.filter((f) => f.ruleId === 'require-hsts').map((f) => f.message)).toEqual([
      "Default behavior uses response headers policy 'module.cdn.aws_cloudfront_response_headers_policy.security' with Strict-Transport-Security max-age 3600; use at least 31536000 seconds.",
      "Behavior '/api/*' uses response headers policy 'module.cdn.aws_cloudfront_response_headers_policy.security' with Strict-Transport-Security max-age 3600; use at least 31536000 seconds.",
    ]);
    expect(site.filter((f) => f.ruleId === 'require-web-acl').map((f) => f.message)).toEqual([
      "Web ACL 'module.cdn.aws_wafv2_web_acl.edge' does not include the managed rule group 'AWSManagedRulesKnownBadInputsRuleSet' that this rule requires.",
    ]);
    // A v2 log delivery source whose resource_arn is this distribution's ARN (known after apply).
    expect(site.filter((f) => f.ruleId === 'require-access-logging')).toEqual([]);
    const neighbours = model(loaded, SITE).neighbours!;
    expect(neighbours.ofType('AWS::Logs::DeliverySource').map((n) => n.logicalId)).toEqual(['module.cdn.aws_cloudwatch_log_delivery_source.cdn']);
    expect(neighbours.get('module.cdn.aws_cloudfront_origin_access_control.assets')?.type).toBe('AWS::CloudFront::OriginAccessControl');

    // Without the delivery source the distribution records no access logs.
    const json = JSON.parse(readFileSync(join(ROOT, MODULE_PLAN), 'utf8'));
    const cdn = json.planned_values.root_module.child_modules[0];
    const other = (r: { type: string }) => r.type !== 'aws_cloudwatch_log_delivery_source';
    cdn.resources = cdn.resources.filter(other);
    json.resource_changes = json.resource_changes.filter(other);
    expect(lint(loadJson(json)).filter((f) => f.ruleId === 'require-access-logging').map((f) => f.distribution)).toEqual([SITE]);
  });

  it('follows known ids of related resources in a state file (no configuration there)', () => {
    const loaded = load(STATE);
    expect(loaded.kind).toBe('terraform-plan');
    expect(loaded.distributions.map((d) => [d.id, d.before])).toEqual([['aws_cloudfront_distribution.web', undefined]]);
    const findings = lint(loaded, { 'require-web-acl': { requiredManagedRuleGroups: ['AWSManagedRulesAmazonIpReputationList'] } });
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => f.message);
    expect(byRule('require-hsts')).toEqual([
      "Default behavior uses response headers policy 'aws_cloudfront_response_headers_policy.frame', which does not set StrictTransportSecurity; add SecurityHeadersConfig.StrictTransportSecurity.",
    ]);
    expect(byRule('require-web-acl')).toEqual([
      "Web ACL 'aws_wafv2_web_acl.main' does not include the managed rule group 'AWSManagedRulesAmazonIpReputationList' that this rule requires.",
    ]);
    // The delivery source names the distribution's ARN.
    expect(byRule('require-access-logging')).toEqual([]);
    expect(model(loaded, 'aws_cloudfront_distribution.web').arn).toBe('arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE');
  });

  it('never shows sensitive values or origin header values, in messages or in any line a code frame shows', () => {
    for (const file of [MODULE_PLAN, STATE, UPDATE_PLAN]) {
      const loaded = load(file);
      const findings = lint(loaded);
      const messages = findings.map((f) => f.message).join('\n');
      for (const secret of SECRETS) expect(messages).not.toContain(secret);
      const lines = loaded.doc.text.split('\n').length;
      for (let line = 1; line <= lines; line++) {
        const text = loaded.doc.redactedLineText(line);
        for (const secret of SECRETS) expect(text).not.toContain(secret);
      }
    }
    const edge = model(load(MODULE_PLAN), EDGE);
    // A sensitive value inside the origin set makes Terraform mark the whole set sensitive.
    expect(edge.origins).toEqual([]);
    expect(edge.incomplete?.has('origins')).toBe(true);
    expect(edge.logging!.bucket).toEqual(new Unresolved('(sensitive value)'));
    expect(model(load(STATE), 'aws_cloudfront_distribution.web').comment).toEqual(new Unresolved('(sensitive value)'));
  });

  it("keeps a plan's before values for the change rules", () => {
    const loaded = load(UPDATE_PLAN);
    const [main] = loaded.distributions;
    expect(main!.id).toBe('aws_cloudfront_distribution.main');
    expect(main!.variants[0]!.model.defaultCacheBehavior!.viewerProtocolPolicy).toBe('allow-all');
    expect(main!.before).toHaveLength(1);
    const before = main!.before![0]!.model;
    expect(before.id).toBe('aws_cloudfront_distribution.main');
    expect(before.source).toBe('terraform-plan');
    expect(before.defaultCacheBehavior!.viewerProtocolPolicy).toBe('https-only');
    expect(before.defaultCacheBehavior!.$loc.fields.viewerProtocolPolicy!.pointer).toBe('/resource_changes/0/change/before/default_cache_behavior/0/viewer_protocol_policy');
    expect(before.arn).toBe('arn:aws:cloudfront::123456789012:distribution/E3UPDATEEXAMPLE');

    // The engine hands it to change rules.
    const seen: string[] = [];
    const probe = defineRule({
      id: 'probe',
      meta: { title: 'probe', severity: 'info', category: 'hygiene', preset: 'all', anchors: [], rationale: 'probe', messages: { m: 'm' }, needsBefore: true },
      check(distribution, context) {
        seen.push(`${distribution.id}: ${String(context.before?.defaultCacheBehavior?.viewerProtocolPolicy)} -> ${String(distribution.defaultCacheBehavior?.viewerProtocolPolicy)}`);
      },
    });
    lintDocument(loaded, { enabled: [{ rule: probe, severity: 'info', options: {} }], ignores: [], isKnownRule: isKnownRuleId });
    expect(seen).toEqual(['aws_cloudfront_distribution.main: https-only -> allow-all']);
    // A created distribution has no before.
    expect(load(MODULE_PLAN).distributions.map((d) => d.before)).toEqual([undefined, undefined]);
  });

  it('falls back to prior_state for before values, and to resource_changes when planned_values is absent', () => {
    const json = JSON.parse(readFileSync(join(ROOT, UPDATE_PLAN), 'utf8'));
    const withoutChanges = { ...json, resource_changes: [] };
    const fromPrior = loadJson(withoutChanges).distributions[0]!;
    expect(fromPrior.before![0]!.model.defaultCacheBehavior!.$loc.fields.viewerProtocolPolicy!.pointer).toBe(
      '/prior_state/values/root_module/resources/0/values/default_cache_behavior/0/viewer_protocol_policy',
    );
    const withoutPlanned = { ...json, planned_values: undefined };
    const fromChanges = loadJson(withoutPlanned).distributions[0]!;
    expect(fromChanges.variants[0]!.model.defaultCacheBehavior!.$loc.fields.viewerProtocolPolicy!.pointer).toBe(
      '/resource_changes/0/change/after/default_cache_behavior/0/viewer_protocol_policy',
    );
  });

  it('applies what the provider does: empty strings unset, an origin without config is S3, one certificate source', () => {
    const values = {
      ...BASE,
      web_acl_id: '',
      default_root_object: '',
      origin: [{ origin_id: 'bucket', domain_name: 'assets.s3.eu-west-1.amazonaws.com', origin_access_control_id: '', custom_origin_config: [], s3_origin_config: [], vpc_origin_config: [] }],
      default_cache_behavior: [{ ...BASE.default_cache_behavior[0], target_origin_id: 'bucket', cache_policy_id: '', min_ttl: 10, default_ttl: 5, max_ttl: 60 }],
      custom_error_response: [{ error_code: 404, response_code: 0, response_page_path: '', error_caching_min_ttl: 0 }],
      viewer_certificate: [{ acm_certificate_arn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', cloudfront_default_certificate: true, minimum_protocol_version: 'TLSv1.2_2021', ssl_support_method: 'sni-only', iam_certificate_id: '' }],
    };
    const loaded = loadJson(plan(values));
    const d = model(loaded, 'aws_cloudfront_distribution.cdn');
    expect(d.webAclId).toBeUndefined();
    expect(d.defaultRootObject).toBeUndefined();
    expect(d.origins[0]!.s3OriginConfig).toBeDefined();
    expect(d.origins[0]!.kind).toBe('s3-rest');
    expect(d.origins[0]!.originAccessControlId).toBeUndefined();
    expect(d.customErrorResponses[0]).toEqual(expect.objectContaining({ errorCode: 404, responseCode: undefined, errorCachingMinTtl: 0 }));
    expect(d.viewerCertificate!.cloudFrontDefaultCertificate).toBeUndefined();
    // Without a cache policy the TTLs are sent: valid-cache-settings judges their order.
    const ruleIds = lint(loaded).map((f) => f.ruleId);
    expect(ruleIds).toContain('valid-cache-settings');
    expect(ruleIds).toContain('require-origin-access-control');
    expect(ruleIds).not.toContain('valid-viewer-certificate');

    // The default certificate: ssl_support_method is not sent, so it is not "ignored".
    const defaultCert = loadJson(plan({ ...BASE, viewer_certificate: [{ cloudfront_default_certificate: true, minimum_protocol_version: 'TLSv1', ssl_support_method: 'sni-only' }] }));
    expect(model(defaultCert, 'aws_cloudfront_distribution.cdn').viewerCertificate!.sslSupportMethod).toBeUndefined();
    expect(lint(defaultCert).map((f) => f.ruleId)).not.toContain('valid-viewer-certificate');
  });

  it('reports a cache policy with legacy forwarded values as the API error the provider gets', () => {
    const values = { ...BASE, default_cache_behavior: [{ ...BASE.default_cache_behavior[0], forwarded_values: [{ query_string: false, cookies: [{ forward: 'none' }] }] }] };
    const rule = getRule('valid-cache-settings')!;
    const { findings } = lintDocument(loadJson(plan(values)), { enabled: [{ rule, severity: rule.meta.severity, options: {} }], ignores: [], isKnownRule: isKnownRuleId });
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['rejectedForwardedValues', 'error']]);
  });

  it('pairs configuration blocks of sets by their identifying attribute', () => {
    const values = {
      ...BASE,
      origin: [
        { origin_id: 'a', domain_name: 'a.example.com', custom_origin_config: [{ http_port: 80, https_port: 443, origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'] }] },
        { origin_id: 'b', s3_origin_config: [] },
      ],
    };
    const oac = { address: 'aws_cloudfront_origin_access_control.b', mode: 'managed', type: 'aws_cloudfront_origin_access_control', name: 'b', values: { name: 'b' } };
    const json = plan(
      values,
      { after_unknown: { origin: [{}, { domain_name: true, origin_access_control_id: true }] } },
      {
        origin: [
          { origin_id: { constant_value: 'b' }, domain_name: { references: ['aws_s3_bucket.b.bucket_regional_domain_name', 'aws_s3_bucket.b'] }, origin_access_control_id: { references: ['aws_cloudfront_origin_access_control.b.id', 'aws_cloudfront_origin_access_control.b'] } },
          { origin_id: { constant_value: 'a' }, domain_name: { constant_value: 'a.example.com' } },
        ],
      },
      [oac],
    );
    const d = model(loadJson(json), 'aws_cloudfront_distribution.cdn');
    const b = d.origins.find((o) => o.id === 'b')!;
    // The bucket is not in the plan: the hole is named after the reference.
    expect(shown(b.domainName)).toBe('${aws_s3_bucket.b.bucket}.s3.${region}.amazonaws.com');
    expect((b.originAccessControlId as Unresolved).ref?.logicalId).toBe('aws_cloudfront_origin_access_control.b');
    // A reference through a variable or to several resources is not followed.
    const viaVariable = plan(values, { after_unknown: { origin: [{}, { domain_name: true }] } }, { origin: [{ origin_id: { constant_value: 'b' }, domain_name: { references: ['var.domain', 'aws_s3_bucket.b.bucket_regional_domain_name', 'aws_s3_bucket.b'] } }] });
    const opaque = model(loadJson(viaVariable), 'aws_cloudfront_distribution.cdn').origins.find((o) => o.id === 'b')!;
    expect(opaque.domainName).toEqual(new Unresolved('(known after apply)'));
  });

  it('resolves references of count instances, skips deposed objects, and lets a mark cover what is inside', () => {
    const policy = (index: number, age: number) => ({
      address: `aws_cloudfront_response_headers_policy.p[${index}]`,
      mode: 'managed',
      type: 'aws_cloudfront_response_headers_policy',
      name: 'p',
      index,
      values: { name: `p${index}`, security_headers_config: [{ strict_transport_security: [{ access_control_max_age_sec: age, include_subdomains: true, override: true }] }] },
    });
    const distribution = (index: number) => ({
      address: `aws_cloudfront_distribution.cdn[${index}]`,
      mode: 'managed',
      type: 'aws_cloudfront_distribution',
      name: 'cdn',
      index,
      values: { ...BASE, default_cache_behavior: [{ ...BASE.default_cache_behavior[0] }] },
    });
    const unknownPolicy = { default_cache_behavior: [{ response_headers_policy_id: true }] };
    const json = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [distribution(0), distribution(1), policy(0, 60), policy(1, 63072000)] } },
      resource_changes: [0, 1].flatMap((index) => [
        { address: `aws_cloudfront_distribution.cdn[${index}]`, mode: 'managed', type: 'aws_cloudfront_distribution', name: 'cdn', index, change: { actions: ['create'], before: null, after: {}, after_unknown: unknownPolicy, after_sensitive: index === 1 ? { comment: true, restrictions: true } : {} } },
        // A deposed object of the same address, being destroyed.
        { address: `aws_cloudfront_distribution.cdn[${index}]`, mode: 'managed', type: 'aws_cloudfront_distribution', name: 'cdn', index, deposed: '00000001', change: { actions: ['delete'], before: {}, after: null } },
      ]),
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_cloudfront_distribution.cdn',
              mode: 'managed',
              type: 'aws_cloudfront_distribution',
              name: 'cdn',
              expressions: { default_cache_behavior: [{ response_headers_policy_id: { references: ['aws_cloudfront_response_headers_policy.p', 'count.index'] } }] },
            },
          ],
        },
      },
    };
    const loaded = loadJson(json);
    expect(loaded.distributions.map((d) => d.id)).toEqual(['aws_cloudfront_distribution.cdn[0]', 'aws_cloudfront_distribution.cdn[1]']);
    const hsts = lint(loaded).filter((f) => f.ruleId === 'require-hsts');
    expect(hsts.map((f) => [f.distribution, f.message])).toEqual([
      ['aws_cloudfront_distribution.cdn[0]', expect.stringContaining("policy 'aws_cloudfront_response_headers_policy.p[0]' with Strict-Transport-Security max-age 60")],
    ]);
    // `restrictions: true` in after_sensitive hides the geo restriction inside it too.
    const second = model(loaded, 'aws_cloudfront_distribution.cdn[1]');
    expect(second.incomplete?.has('restrictions')).toBe(true);
    expect(second.geoRestriction).toBeUndefined();
  });

  it('reads WAFv2 rules given as rule_json', () => {
    const arn = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/j/1';
    const acl = {
      address: 'aws_wafv2_web_acl.j',
      mode: 'managed',
      type: 'aws_wafv2_web_acl',
      name: 'j',
      values: { arn, name: 'j', scope: 'CLOUDFRONT', rule: [], rule_json: JSON.stringify([{ Name: 'c', Priority: 0, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } } }]) },
    };
    const loaded = loadJson(plan({ ...BASE, web_acl_id: arn }, {}, {}, [acl]));
    const required = (groups: string[]) => lint(loaded, { 'require-web-acl': { requiredManagedRuleGroups: groups } }).filter((f) => f.ruleId === 'require-web-acl');
    expect(required(['AWSManagedRulesCommonRuleSet'])).toEqual([]);
    expect(required(['AWSManagedRulesSQLiRuleSet']).map((f) => f.message)).toEqual([
      "Web ACL 'aws_wafv2_web_acl.j' does not include the managed rule group 'AWSManagedRulesSQLiRuleSet' that this rule requires.",
    ]);
  });

  it('is not fooled by Terraform JSON that is not plan or state output', () => {
    // CDKTF / `.tf.json` configuration: resources by type, no format_version.
    const config = { resource: { aws_cloudfront_distribution: { cdn: { enabled: true, origin: [{ domain_name: 'a.example.com', origin_id: 'a' }] } } } };
    const loaded = loadJson(config, 'main.tf.json');
    expect(loaded.kind).toBeUndefined();
    expect(loaded.distributions).toEqual([]);
    // Odd shapes in a plan are read as far as they go, never thrown on.
    const odd = plan({ ...BASE, origin: 'x', default_cache_behavior: [null], viewer_certificate: {}, tags: ['a'] }, { after_unknown: 'yes', after_sensitive: [true] });
    expect(() => lint(loadJson(odd))).not.toThrow();
    const empty = { format_version: '1.2', planned_values: {}, resource_changes: [{ address: 'x', change: null }] };
    expect(loadJson(empty).distributions).toEqual([]);
  });
});
