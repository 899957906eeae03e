import type { SourceDocument, SourceKind, Src } from '../load/source';
import {
  Unresolved,
  type CacheBehavior,
  type CustomErrorResponse,
  type Distribution,
  type EdgeAssociation,
  type ModelNode,
  type Neighbours,
  type NodeLoc,
  type Origin,
  type OriginGroup,
  type Val,
} from './types';
import { displayParts, type V, type VMap } from './values';
import { deriveDistribution } from './derive';

/**
 * Field names differ between CloudFormation and the API only in spelling and list wrappers
 * (cloudfront-facts §7). Each read names the accepted keys in preference order; lists accept both
 * a plain array and the API's `{Quantity, Items}` wrapper.
 */
export type Shape = 'cfn' | 'api';

interface Context {
  doc: SourceDocument;
  shape: Shape;
}

class Fields<T extends ModelNode> {
  readonly loc: NodeLoc;
  readonly node: T;

  constructor(
    ctx: Context,
    private readonly map: VMap | undefined,
    path: string,
    parent: NodeLoc | undefined,
    self?: Src,
  ) {
    this.loc = { doc: ctx.doc, self: self ?? map?.src, fields: {}, parent };
    this.node = { $loc: this.loc, path } as T;
  }

  raw(field: string, ...keys: string[]): V | undefined {
    for (const key of keys) {
      const value = this.map?.entries.get(key);
      if (value) {
        this.loc.fields[field] = value.src;
        return value;
      }
    }
    return undefined;
  }

  markIncomplete(field: string): void {
    (this.node.incomplete ??= new Set()).add(field);
  }

  string(field: string, ...keys: string[]): Val<string> | undefined {
    return toString(this.raw(field, ...(keys.length ? keys : [pascal(field)])));
  }

  number(field: string, ...keys: string[]): Val<number> | undefined {
    return toNumber(this.raw(field, ...(keys.length ? keys : [pascal(field)])));
  }

  bool(field: string, ...keys: string[]): Val<boolean> | undefined {
    return toBool(this.raw(field, ...(keys.length ? keys : [pascal(field)])));
  }

  /** Items of a list field (plain array or `{Items}`); unknown lists or items mark the field incomplete. */
  items(field: string, ...keys: string[]): V[] {
    const value = this.raw(field, ...keys);
    const items = listItems(value);
    if (items === undefined) {
      if (value) this.markIncomplete(field);
      return [];
    }
    if (items.some((item) => item.t === 'unknown') || (value && value.t === 'unknown')) this.markIncomplete(field);
    return items;
  }

  stringList(field: string, ...keys: string[]): Val<string>[] {
    const items = this.items(field, ...keys);
    items.forEach((item, i) => (this.loc.fields[`${field}[${i}]`] = item.src));
    return items.map((item) => toString(item) ?? new Unresolved('null', undefined, undefined, true));
  }

  numberList(field: string, ...keys: string[]): Val<number>[] {
    const items = this.items(field, ...keys);
    items.forEach((item, i) => (this.loc.fields[`${field}[${i}]`] = item.src));
    return items.map((item) => toNumber(item) ?? new Unresolved('null', undefined, undefined, true));
  }

  /** A nested object; an unresolved object marks the field incomplete and yields undefined. */
  child(field: string, ...keys: string[]): VMap | undefined {
    const value = this.raw(field, ...keys);
    if (value?.t === 'map') return value;
    if (value) this.markIncomplete(field);
    return undefined;
  }
}

function pascal(field: string): string {
  return field[0].toUpperCase() + field.slice(1);
}

function listItems(value: V | undefined): V[] | undefined {
  if (!value) return [];
  if (value.t === 'seq') return value.items;
  if (value.t === 'map') {
    const items = value.entries.get('Items');
    if (!items) return [];
    return items.t === 'seq' ? items.items : undefined;
  }
  return undefined;
}

function invalid(value: V): Unresolved {
  return new Unresolved(value.t === 'lit' ? JSON.stringify(value.value) : '(object)', undefined, undefined, true);
}

export function toString(value: V | undefined): Val<string> | undefined {
  if (!value) return undefined;
  if (value.t === 'unknown') return value.value;
  if (value.t !== 'lit') return invalid(value);
  if (value.value === null) return undefined;
  return typeof value.value === 'string' || typeof value.value === 'number' ? String(value.value) : invalid(value);
}

export function toNumber(value: V | undefined): Val<number> | undefined {
  if (!value) return undefined;
  if (value.t === 'unknown') return value.value;
  if (value.t !== 'lit' || value.value === null) return value.t === 'lit' ? undefined : invalid(value);
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim())) return Number(value.value);
  return invalid(value);
}

export function toBool(value: V | undefined): Val<boolean> | undefined {
  if (!value) return undefined;
  if (value.t === 'unknown') return value.value;
  if (value.t !== 'lit' || value.value === null) return value.t === 'lit' ? undefined : invalid(value);
  if (typeof value.value === 'boolean') return value.value;
  if (typeof value.value === 'string' && /^(true|false)$/i.test(value.value)) return value.value.toLowerCase() === 'true';
  return invalid(value);
}

function key(value: Val<string> | undefined, index: number): string {
  if (typeof value === 'string') return value;
  if (value instanceof Unresolved) return value.parts ? displayParts(value.parts) : value.display;
  return `#${index}`;
}

export interface NormaliseInput {
  doc: SourceDocument;
  shape: Shape;
  source: SourceKind;
  id: string;
  config: VMap;
  /** Where the distribution itself is (the resource, the summary item); defaults to the config. */
  self?: Src;
  tags?: V;
  cdkPath?: string;
  arn?: string;
  missingFields?: string[];
  neighbours?: Neighbours;
}

export function normaliseDistribution(input: NormaliseInput): Distribution {
  const ctx: Context = { doc: input.doc, shape: input.shape };
  const api = input.shape === 'api';
  const f = new Fields<Distribution>(ctx, input.config, '', undefined, input.self);
  const d = f.node;
  d.id = input.id;
  d.source = input.source;
  d.cdkPath = input.cdkPath;
  d.arn = input.arn;
  d.missingFields = new Set(input.missingFields ?? []);
  d.input = { shape: input.shape, config: input.config, tags: input.tags };
  d.neighbours = input.neighbours;
  d.callerReference = f.string('callerReference');
  d.aliases = f.stringList('aliases', 'Aliases', 'CNAMEs');
  d.defaultRootObject = f.string('defaultRootObject');
  d.comment = f.string('comment');
  d.enabled = f.bool('enabled');
  d.priceClass = f.string('priceClass');
  d.httpVersion = f.string('httpVersion');
  d.isIpv6Enabled = f.bool('isIpv6Enabled', api ? 'IsIPV6Enabled' : 'IPV6Enabled', api ? 'IPV6Enabled' : 'IsIPV6Enabled');
  d.webAclId = f.string('webAclId', 'WebACLId');
  d.staging = f.bool('staging');
  d.continuousDeploymentPolicyId = f.string('continuousDeploymentPolicyId');

  d.origins = f.items('origins', 'Origins').flatMap((item, i) =>
    item.t === 'map' ? [readOrigin(ctx, item, i, f.loc)] : [],
  );
  d.legacyOrigins = false;
  if (!api) {
    const legacyS3 = f.child('legacyS3Origin', 'S3Origin');
    const legacyCustom = f.child('legacyCustomOrigin', 'CustomOrigin');
    if (legacyS3) d.origins.push(readLegacyOrigin(ctx, legacyS3, 'S3Origin', f.loc));
    if (legacyCustom) d.origins.push(readLegacyOrigin(ctx, legacyCustom, 'CustomOrigin', f.loc));
    d.legacyOrigins = Boolean(legacyS3 || legacyCustom);
  }
  d.originGroups = f.items('originGroups', 'OriginGroups').flatMap((item, i) =>
    item.t === 'map' ? [readOriginGroup(ctx, item, i, f.loc)] : [],
  );
  const defaultBehavior = f.child('defaultCacheBehavior', 'DefaultCacheBehavior');
  d.defaultCacheBehavior = defaultBehavior ? readBehavior(ctx, defaultBehavior, -1, f.loc) : undefined;
  d.cacheBehaviors = f.items('cacheBehaviors', 'CacheBehaviors').flatMap((item, i) =>
    item.t === 'map' ? [readBehavior(ctx, item, i, f.loc)] : [],
  );
  d.customErrorResponses = f.items('customErrorResponses', 'CustomErrorResponses').flatMap((item, i) =>
    item.t === 'map' ? [readErrorResponse(ctx, item, i, f.loc)] : [],
  );

  const cert = f.child('viewerCertificate', 'ViewerCertificate');
  if (cert) {
    const c = new Fields<NonNullable<Distribution['viewerCertificate']>>(ctx, cert, 'viewerCertificate', f.loc);
    c.node.cloudFrontDefaultCertificate = c.bool('cloudFrontDefaultCertificate', 'CloudFrontDefaultCertificate');
    c.node.acmCertificateArn = c.string('acmCertificateArn', api ? 'ACMCertificateArn' : 'AcmCertificateArn', api ? 'AcmCertificateArn' : 'ACMCertificateArn');
    c.node.iamCertificateId = c.string('iamCertificateId', api ? 'IAMCertificateId' : 'IamCertificateId', api ? 'IamCertificateId' : 'IAMCertificateId');
    c.node.sslSupportMethod = c.string('sslSupportMethod', api ? 'SSLSupportMethod' : 'SslSupportMethod', api ? 'SslSupportMethod' : 'SSLSupportMethod');
    c.node.minimumProtocolVersion = c.string('minimumProtocolVersion');
    d.viewerCertificate = c.node;
  }

  const restrictions = f.child('restrictions', 'Restrictions');
  const geo = restrictions?.entries.get('GeoRestriction');
  if (geo?.t === 'map') {
    const g = new Fields<NonNullable<Distribution['geoRestriction']>>(ctx, geo, 'geoRestriction', f.loc);
    g.node.restrictionType = g.string('restrictionType');
    g.node.locations = g.stringList('locations', api ? 'Items' : 'Locations', api ? 'Locations' : 'Items');
    d.geoRestriction = g.node;
  } else if (geo) {
    f.markIncomplete('geoRestriction');
  }

  const logging = f.child('logging', 'Logging');
  if (logging) {
    const l = new Fields<NonNullable<Distribution['logging']>>(ctx, logging, 'logging', f.loc);
    l.node.enabled = l.bool('enabled');
    l.node.bucket = l.string('bucket');
    l.node.prefix = l.string('prefix');
    l.node.includeCookies = l.bool('includeCookies');
    d.logging = l.node;
  }

  const tags = input.tags;
  d.tags = [];
  if (tags) f.loc.fields.tags = tags.src;
  if (tags?.t === 'seq') {
    tags.items.forEach((item, i) => {
      if (item.t !== 'map') return;
      const t = new Fields<Distribution['tags'][number]>(ctx, item, `tags[${i}]`, f.loc);
      t.node.key = t.string('key') ?? '';
      t.node.value = t.string('value') ?? '';
      d.tags.push(t.node);
    });
  }
  deriveDistribution(d);
  return d;
}

function readOrigin(ctx: Context, map: VMap, index: number, parent: NodeLoc): Origin {
  const api = ctx.shape === 'api';
  const f = new Fields<Origin>(ctx, map, '', parent);
  const o = f.node;
  o.id = f.string('id') ?? new Unresolved('(missing Id)', undefined, undefined, true);
  o.path = `origins[${key(o.id, index)}]`;
  o.domainName = f.string('domainName') ?? new Unresolved('(missing DomainName)', undefined, undefined, true);
  o.originPath = f.string('originPath');
  o.connectionAttempts = f.number('connectionAttempts');
  o.connectionTimeout = f.number('connectionTimeout');
  o.originAccessControlId = f.string('originAccessControlId');
  o.customHeaders = f
    .items('customHeaders', api ? 'CustomHeaders' : 'OriginCustomHeaders', api ? 'OriginCustomHeaders' : 'CustomHeaders')
    .flatMap((item, i) => {
      if (item.t !== 'map') return [];
      const h = new Fields<Origin['customHeaders'][number]>(ctx, item, `${o.path}.customHeaders[${i}]`, f.loc);
      h.node.name = h.string('name', 'HeaderName') ?? '';
      h.node.value = h.string('value', 'HeaderValue') ?? '';
      return [h.node];
    });
  const s3 = f.child('s3OriginConfig', 'S3OriginConfig');
  if (s3) {
    const s = new Fields<NonNullable<Origin['s3OriginConfig']>>(ctx, s3, `${o.path}.s3OriginConfig`, f.loc);
    s.node.originAccessIdentity = s.string('originAccessIdentity');
    s.node.originReadTimeout = s.number('originReadTimeout');
    o.s3OriginConfig = s.node;
  }
  const custom = f.child('customOriginConfig', 'CustomOriginConfig');
  if (custom) o.customOriginConfig = readCustomOriginConfig(ctx, custom, `${o.path}.customOriginConfig`, f.loc);
  const vpc = f.child('vpcOriginConfig', 'VpcOriginConfig');
  if (vpc) {
    const v = new Fields<NonNullable<Origin['vpcOriginConfig']>>(ctx, vpc, `${o.path}.vpcOriginConfig`, f.loc);
    v.node.vpcOriginId = v.string('vpcOriginId');
    v.node.originReadTimeout = v.number('originReadTimeout');
    v.node.originKeepaliveTimeout = v.number('originKeepaliveTimeout');
    o.vpcOriginConfig = v.node;
  }
  const shield = f.child('originShield', 'OriginShield');
  if (shield) {
    const s = new Fields<NonNullable<Origin['originShield']>>(ctx, shield, `${o.path}.originShield`, f.loc);
    s.node.enabled = s.bool('enabled');
    s.node.region = s.string('region', 'OriginShieldRegion');
    o.originShield = s.node;
  }
  return o;
}

function readCustomOriginConfig(ctx: Context, map: VMap, path: string, parent: NodeLoc): NonNullable<Origin['customOriginConfig']> {
  const api = ctx.shape === 'api';
  const c = new Fields<NonNullable<Origin['customOriginConfig']>>(ctx, map, path, parent);
  c.node.httpPort = c.number('httpPort', 'HTTPPort');
  c.node.httpsPort = c.number('httpsPort', 'HTTPSPort');
  c.node.originProtocolPolicy = c.string('originProtocolPolicy');
  c.node.originSslProtocols = c.raw('originSslProtocols', 'OriginSSLProtocols', 'OriginSslProtocols')
    ? c.stringList('originSslProtocols', api ? 'OriginSslProtocols' : 'OriginSSLProtocols', api ? 'OriginSSLProtocols' : 'OriginSslProtocols')
    : undefined;
  c.node.originReadTimeout = c.number('originReadTimeout');
  c.node.originKeepaliveTimeout = c.number('originKeepaliveTimeout');
  c.node.ipAddressType = c.string('ipAddressType');
  return c.node;
}

/** CloudFormation's deprecated single-origin forms become one synthetic origin (cloudfront-facts §7.4). */
function readLegacyOrigin(ctx: Context, map: VMap, keyName: 'S3Origin' | 'CustomOrigin', parent: NodeLoc): Origin {
  const f = new Fields<Origin>(ctx, map, `origins[${keyName}]`, parent);
  const o = f.node;
  o.id = new Unresolved(`legacy ${keyName}`);
  o.legacyForm = keyName;
  o.domainName = f.string('domainName', 'DNSName') ?? new Unresolved('(missing DNSName)', undefined, undefined, true);
  o.customHeaders = [];
  if (keyName === 'S3Origin') {
    o.s3OriginConfig = { $loc: f.loc, path: `${o.path}.s3OriginConfig`, originAccessIdentity: f.string('originAccessIdentity') };
  } else {
    o.customOriginConfig = readCustomOriginConfig(ctx, map, `${o.path}.customOriginConfig`, parent);
  }
  return o;
}

function readOriginGroup(ctx: Context, map: VMap, index: number, parent: NodeLoc): OriginGroup {
  const f = new Fields<OriginGroup>(ctx, map, '', parent);
  const g = f.node;
  g.id = f.string('id') ?? new Unresolved('(missing Id)', undefined, undefined, true);
  g.path = `originGroups[${key(g.id, index)}]`;
  const criteria = f.child('failoverCriteria', 'FailoverCriteria');
  const codes = criteria?.entries.get('StatusCodes');
  const codesFields = new Fields<OriginGroup>(ctx, criteria, g.path, f.loc);
  g.failoverStatusCodes = codes ? codesFields.numberList('failoverStatusCodes', 'StatusCodes') : [];
  for (const [name, src] of Object.entries(codesFields.loc.fields)) f.loc.fields[name] = src;
  if (codes) f.loc.fields.failoverStatusCodes = codes.src;
  for (const [name, src] of Object.entries(codesFields.loc.fields)) if (name.startsWith('failoverStatusCodes[')) f.loc.fields[name] = src;
  if (codesFields.node.incomplete) f.markIncomplete('failoverStatusCodes');
  const members = f.items('memberOriginIds', 'Members');
  g.memberOriginIds = members.map((member, i) => {
    const originId = member.t === 'map' ? member.entries.get('OriginId') : undefined;
    f.loc.fields[`memberOriginIds[${i}]`] = originId?.src ?? member.src;
    return toString(originId) ?? new Unresolved('(missing OriginId)', undefined, undefined, true);
  });
  g.selectionCriteria = f.string('selectionCriteria');
  return g;
}

function readBehavior(ctx: Context, map: VMap, index: number, parent: NodeLoc): CacheBehavior {
  const api = ctx.shape === 'api';
  const f = new Fields<CacheBehavior>(ctx, map, '', parent);
  const b = f.node;
  b.isDefault = index < 0;
  b.index = index;
  b.pathPattern = b.isDefault ? undefined : f.string('pathPattern');
  b.path = b.isDefault ? 'defaultCacheBehavior' : `cacheBehaviors[${key(b.pathPattern, index)}]`;
  b.targetOriginId = f.string('targetOriginId');
  b.viewerProtocolPolicy = f.string('viewerProtocolPolicy');
  const allowed = f.raw('allowedMethods', 'AllowedMethods');
  if (allowed) b.allowedMethods = f.stringList('allowedMethods', 'AllowedMethods');
  const cachedInside = api && allowed?.t === 'map' ? allowed.entries.get('CachedMethods') : undefined;
  if (cachedInside?.t === 'map') {
    const c = new Fields<CacheBehavior>(ctx, allowed as VMap, b.path, f.loc);
    b.cachedMethods = c.stringList('cachedMethods', 'CachedMethods');
    for (const [name, src] of Object.entries(c.loc.fields)) f.loc.fields[name] = src;
  } else if (f.raw('cachedMethods', 'CachedMethods')) {
    b.cachedMethods = f.stringList('cachedMethods', 'CachedMethods');
  }
  b.compress = f.bool('compress');
  b.smoothStreaming = f.bool('smoothStreaming');
  b.cachePolicyId = f.string('cachePolicyId');
  b.originRequestPolicyId = f.string('originRequestPolicyId');
  b.responseHeadersPolicyId = f.string('responseHeadersPolicyId');
  b.fieldLevelEncryptionId = f.string('fieldLevelEncryptionId');
  b.realtimeLogConfigArn = f.string('realtimeLogConfigArn');
  if (f.raw('trustedSigners', 'TrustedSigners')) b.trustedSigners = f.stringList('trustedSigners', 'TrustedSigners');
  if (f.raw('trustedKeyGroups', 'TrustedKeyGroups')) b.trustedKeyGroups = f.stringList('trustedKeyGroups', 'TrustedKeyGroups');
  b.minTtl = f.number('minTtl', 'MinTTL');
  b.defaultTtl = f.number('defaultTtl', 'DefaultTTL');
  b.maxTtl = f.number('maxTtl', 'MaxTTL');
  const forwarded = f.child('forwardedValues', 'ForwardedValues');
  if (forwarded) {
    const fv = new Fields<NonNullable<CacheBehavior['forwardedValues']>>(ctx, forwarded, `${b.path}.forwardedValues`, f.loc);
    fv.node.queryString = fv.bool('queryString');
    const cookies = fv.child('cookies', 'Cookies');
    const cf = new Fields<NonNullable<CacheBehavior['forwardedValues']>>(ctx, cookies, fv.node.path, fv.loc);
    fv.node.cookiesForward = cf.string('cookiesForward', 'Forward');
    fv.node.cookiesWhitelistedNames = cf.stringList('cookiesWhitelistedNames', 'WhitelistedNames');
    for (const [name, src] of Object.entries(cf.loc.fields)) fv.loc.fields[name] = src;
    fv.node.headers = fv.stringList('headers');
    fv.node.queryStringCacheKeys = fv.stringList('queryStringCacheKeys');
    b.forwardedValues = fv.node;
  }
  b.functionAssociations = readAssociations(ctx, f, 'functionAssociations', 'FunctionAssociations', 'FunctionARN', b.path);
  b.lambdaFunctionAssociations = readAssociations(ctx, f, 'lambdaFunctionAssociations', 'LambdaFunctionAssociations', 'LambdaFunctionARN', b.path);
  b.routes = [];
  return b;
}

function readAssociations(
  ctx: Context,
  f: Fields<CacheBehavior>,
  field: string,
  keyName: string,
  arnKey: string,
  path: string,
): EdgeAssociation[] {
  return f.items(field, keyName).flatMap((item, i) => {
    if (item.t !== 'map') return [];
    const a = new Fields<EdgeAssociation>(ctx, item, `${path}.${field}[${i}]`, f.loc);
    a.node.arn = a.string('arn', arnKey);
    a.node.eventType = a.string('eventType');
    a.node.includeBody = a.bool('includeBody');
    return [a.node];
  });
}

function readErrorResponse(ctx: Context, map: VMap, index: number, parent: NodeLoc): CustomErrorResponse {
  const f = new Fields<CustomErrorResponse>(ctx, map, `customErrorResponses[${index}]`, parent);
  const e = f.node;
  e.errorCode = f.number('errorCode');
  e.responseCode = f.number('responseCode');
  e.responsePagePath = f.string('responsePagePath');
  e.errorCachingMinTtl = f.number('errorCachingMinTtl', 'ErrorCachingMinTTL');
  return e;
}
