import type { SourceDocument, SourceKind, Src } from '../load/source';
import type { V, VMap } from './values';

/** One piece of a partly known string: literal text, or a hole whose content is not known. */
export type Part = string | Hole;

export interface Hole {
  /** How the hole is shown to users, e.g. `${AWS::Region}` or `${MyBucket}`. */
  display: string;
  /**
   * What the hole can contain: `label` never holds a dot, slash or colon (a region, an account id,
   * a generated name); `host` may hold dots but no slash or colon (a bucket or host name); `any`
   * may hold anything.
   */
  charset: 'label' | 'host' | 'any';
  /** A representative value used only to classify the surrounding text (never shown). */
  standIn?: string;
}

export interface ResourceRef {
  logicalId: string;
  type: string;
  attribute?: string;
}

/** A value that cannot be known before deployment. Rules compare literals, so they stay silent on it. */
export class Unresolved {
  constructor(
    /** How the expression is shown in messages, e.g. `!Ref ViewerPolicy`. */
    readonly display: string,
    /** For partly known strings (Fn::Sub, Fn::Join, known GetAtt forms). */
    readonly parts?: Part[],
    /** For references to resources of the same template (OAC, response headers policy, bucket). */
    readonly ref?: ResourceRef,
    /** True when a literal was written but has the wrong type (e.g. `Enabled: maybe`). */
    readonly invalid = false,
  ) {}
}

export type Val<T> = T | Unresolved;

export function isKnown<T>(value: Val<T> | undefined): value is T {
  return value !== undefined && !(value instanceof Unresolved);
}

/** Where a model node came from: the source map of its own object and of each field. */
export interface NodeLoc {
  doc: SourceDocument;
  /** The source value of the node itself (the map it was read from). */
  self: Src | undefined;
  /** Source value of each field, by model field name (lists of scalars: `field[i]`). */
  fields: Record<string, Src | undefined>;
  /** The nearest located ancestor, for nodes that have no source of their own. */
  parent?: NodeLoc;
}

export interface ModelNode {
  $loc: NodeLoc;
  /** Stable model path used in fingerprints, e.g. `origins[web]`, `cacheBehaviors[/api/*]`. */
  path: string;
  /** List fields whose content is partly or wholly unresolved (an intrinsic or unknown item). */
  incomplete?: Set<string>;
}

export type ViewerProtocol = 'http' | 'https';

export type OriginKind =
  | 's3-rest'
  | 's3-website'
  | 'lambda-url'
  | 'api-gateway'
  | 'elb'
  | 'mediastore'
  | 'mediapackage'
  | 'vpc'
  | 'custom';

export interface Distribution extends ModelNode {
  /** CloudFormation logical id, Terraform address or distribution id. */
  id: string;
  source: SourceKind;
  cdkPath?: string;
  arn?: string;
  /** Fields a summary (list-distributions) does not carry; rules about them stay silent. */
  missingFields: Set<string>;
  /** Legacy CloudFormation S3Origin/CustomOrigin: how TargetOriginId binds to them is undocumented. */
  legacyOrigins: boolean;
  /**
   * The input as read, after evaluation (intrinsics resolved where possible, else unknown), with
   * its shape: for rules that check the input itself (valid-schema).
   */
  input: { shape: 'cfn' | 'api'; config: VMap; tags?: V };
  /** Other resources of the same template or plan (response headers policies, log deliveries, web ACLs). */
  neighbours?: Neighbours;

  callerReference?: Val<string>;
  aliases: Val<string>[];
  defaultRootObject?: Val<string>;
  comment?: Val<string>;
  enabled?: Val<boolean>;
  priceClass?: Val<string>;
  httpVersion?: Val<string>;
  isIpv6Enabled?: Val<boolean>;
  webAclId?: Val<string>;
  staging?: Val<boolean>;
  continuousDeploymentPolicyId?: Val<string>;
  origins: Origin[];
  originGroups: OriginGroup[];
  defaultCacheBehavior?: CacheBehavior;
  cacheBehaviors: CacheBehavior[];
  customErrorResponses: CustomErrorResponse[];
  viewerCertificate?: ViewerCertificate;
  geoRestriction?: GeoRestriction;
  logging?: Logging;
  tags: Tag[];
}

export interface Origin extends ModelNode {
  id: Val<string>;
  domainName: Val<string>;
  originPath?: Val<string>;
  connectionAttempts?: Val<number>;
  connectionTimeout?: Val<number>;
  originAccessControlId?: Val<string>;
  customHeaders: OriginCustomHeader[];
  s3OriginConfig?: S3OriginConfig;
  customOriginConfig?: CustomOriginConfig;
  vpcOriginConfig?: VpcOriginConfig;
  originShield?: OriginShield;
  /** Set for CloudFormation's deprecated single-origin forms (`S3Origin`, `CustomOrigin`). */
  legacyForm?: 'S3Origin' | 'CustomOrigin';
  /** Derived once by the model: what kind of endpoint this is (undefined when unknown). */
  kind?: OriginKind;
  /** Why the kind was chosen, for messages (e.g. "an S3 website endpoint"). */
  kindReason?: string;
}

export interface OriginCustomHeader extends ModelNode {
  name: Val<string>;
  /** Never printed: it may be a shared secret. */
  value: Val<string>;
}

export interface S3OriginConfig extends ModelNode {
  originAccessIdentity?: Val<string>;
  originReadTimeout?: Val<number>;
}

export interface CustomOriginConfig extends ModelNode {
  httpPort?: Val<number>;
  httpsPort?: Val<number>;
  originProtocolPolicy?: Val<string>;
  originSslProtocols?: Val<string>[];
  originReadTimeout?: Val<number>;
  originKeepaliveTimeout?: Val<number>;
  ipAddressType?: Val<string>;
}

export interface VpcOriginConfig extends ModelNode {
  vpcOriginId?: Val<string>;
  originReadTimeout?: Val<number>;
  originKeepaliveTimeout?: Val<number>;
}

export interface OriginShield extends ModelNode {
  enabled?: Val<boolean>;
  region?: Val<string>;
}

export interface OriginGroup extends ModelNode {
  id: Val<string>;
  failoverStatusCodes: Val<number>[];
  memberOriginIds: Val<string>[];
  selectionCriteria?: Val<string>;
}

export interface CacheBehavior extends ModelNode {
  isDefault: boolean;
  /** Position in CacheBehaviors (-1 for the default behavior). */
  index: number;
  pathPattern?: Val<string>;
  targetOriginId?: Val<string>;
  viewerProtocolPolicy?: Val<string>;
  allowedMethods?: Val<string>[];
  cachedMethods?: Val<string>[];
  compress?: Val<boolean>;
  smoothStreaming?: Val<boolean>;
  cachePolicyId?: Val<string>;
  originRequestPolicyId?: Val<string>;
  responseHeadersPolicyId?: Val<string>;
  fieldLevelEncryptionId?: Val<string>;
  realtimeLogConfigArn?: Val<string>;
  trustedSigners?: Val<string>[];
  trustedKeyGroups?: Val<string>[];
  forwardedValues?: ForwardedValues;
  minTtl?: Val<number>;
  defaultTtl?: Val<number>;
  maxTtl?: Val<number>;
  functionAssociations: EdgeAssociation[];
  lambdaFunctionAssociations: EdgeAssociation[];
  /** Derived: protocols a viewer can use on this behavior (undefined when the policy is unknown). */
  viewerProtocols?: ViewerProtocol[];
  /** Derived: every origin this behavior can reach and the protocol CloudFront uses to it. */
  routes: OriginRoute[];
}

export interface OriginRoute {
  origin: Origin;
  /** Set when the behavior targets an origin group and this origin is one of its members. */
  group?: OriginGroup;
  /** Protocol CloudFront uses to the origin for each viewer protocol the behavior admits. */
  protocolFor: Partial<Record<ViewerProtocol, OriginProtocol>>;
}

export interface OriginProtocol {
  /** undefined: cannot be decided (unresolved policy, VPC origin). */
  protocol?: ViewerProtocol;
  /** Why, for messages: "OriginProtocolPolicy is 'http-only'". */
  reason: string;
}

export interface ForwardedValues extends ModelNode {
  queryString?: Val<boolean>;
  cookiesForward?: Val<string>;
  cookiesWhitelistedNames: Val<string>[];
  headers: Val<string>[];
  queryStringCacheKeys: Val<string>[];
}

export interface EdgeAssociation extends ModelNode {
  arn?: Val<string>;
  eventType?: Val<string>;
  includeBody?: Val<boolean>;
}

export interface ViewerCertificate extends ModelNode {
  cloudFrontDefaultCertificate?: Val<boolean>;
  acmCertificateArn?: Val<string>;
  iamCertificateId?: Val<string>;
  minimumProtocolVersion?: Val<string>;
  sslSupportMethod?: Val<string>;
}

export interface CustomErrorResponse extends ModelNode {
  errorCode?: Val<number>;
  responseCode?: Val<number>;
  responsePagePath?: Val<string>;
  errorCachingMinTtl?: Val<number>;
}

export interface GeoRestriction extends ModelNode {
  restrictionType?: Val<string>;
  locations: Val<string>[];
}

export interface Logging extends ModelNode {
  enabled?: Val<boolean>;
  bucket?: Val<string>;
  prefix?: Val<string>;
  includeCookies?: Val<boolean>;
}

export interface Tag extends ModelNode {
  key: Val<string>;
  value: Val<string>;
}

/** A resource next to the distribution, with its properties evaluated under the same assumptions. */
export interface Neighbour {
  logicalId: string;
  type: string;
  /** Evaluated `Properties` (undefined when absent or removed). */
  properties: V | undefined;
}

export interface Neighbours {
  get(logicalId: string): Neighbour | undefined;
  ofType(type: string): Neighbour[];
}
