/**
 * The one table between Terraform and CloudFormation shapes (cloudfront-facts §7.3): how each
 * attribute of `aws_cloudfront_distribution`, and of the related resources rules follow, becomes a
 * CloudFormation property. The converter (convert.ts) walks these specs; nothing else in the loader
 * knows a Terraform attribute name.
 *
 * Besides renaming, a spec records what the AWS provider does on the way to the API, so that no
 * CloudFormation default is assumed and no provider behaviour is missed: `""` and unset values are
 * the same thing to the provider (they are dropped), nested blocks are lists of one, an origin
 * without any origin config block is sent with an empty S3OriginConfig, TTLs are not sent with a
 * cache policy, and only one certificate source of `viewer_certificate` is sent.
 */
import type { V } from '../../model/values';
import { childPointer, type Src } from '../source';

/** A related resource a value may name, and the attribute of it the value holds. */
export interface RefTarget {
  /** Terraform resource type. */
  type: string;
  /** Attribute of the target whose value the field holds (used to match known values). */
  attribute: string;
  /**
   * Present a known value as a reference too (rules follow references, not literal ids). Only for
   * fields whose rules look at the target (a response headers policy, a WAFv2 web ACL).
   */
  follow?: boolean;
}

export interface ValueProp {
  kind: 'value';
  cfn: string;
  tf: string;
  /**
   * Required by the provider schema: absent or null in values means unknown (Terraform omits
   * unknown values, or writes null), never unset.
   */
  required?: boolean;
  /** The provider sends nothing when the attribute is 0 (custom_error_response.response_code). */
  zeroIsUnset?: boolean;
  /** Resources of the plan this value may refer to. */
  refs?: RefTarget[];
}

/** A nested block (a list of at most one in Terraform JSON) that becomes one object. */
export interface BlockProp {
  kind: 'block';
  cfn: string;
  tf: string;
  spec: Spec;
  required?: boolean;
}

/** A repeated block that becomes a list of objects. */
export interface BlocksProp {
  kind: 'blocks';
  cfn: string;
  tf: string;
  spec: Spec;
  required?: boolean;
  /**
   * Attribute that identifies an item, to pair it with its `configuration` block: sets (origin,
   * custom_header, …) are sorted by hash in values but written in source order in configuration.
   */
  match?: string;
  /** A Terraform list (ordered_cache_behavior): configuration blocks pair with items by position. */
  ordered?: boolean;
}

/** An object of CloudFormation built from attributes of the same Terraform object. */
export interface GroupProp {
  kind: 'group';
  cfn: string;
  spec: Spec;
}

/** A Terraform map of tags that becomes CloudFormation `[{Key, Value}]`; the first attribute present wins. */
export interface TagsProp {
  kind: 'tags';
  cfn: string;
  tf: string[];
}

/** WAFv2 rules: `rule` blocks, or the same rules as a JSON string in `rule_json`. */
export interface WafRulesProp {
  kind: 'waf-rules';
  cfn: string;
}

export type Prop = ValueProp | BlockProp | BlocksProp | GroupProp | TagsProp | WafRulesProp;

export interface Spec {
  props: Prop[];
  /** What the provider does to the object on its way to the API, applied to the converted entries. */
  finish?: (entries: Map<string, V>, self: Src) => void;
}

const value = (cfn: string, tf: string, extra: Partial<ValueProp> = {}): ValueProp => ({ kind: 'value', cfn, tf, ...extra });
const block = (cfn: string, tf: string, props: Prop[], finish?: Spec['finish']): BlockProp => ({ kind: 'block', cfn, tf, spec: { props, finish } });
const blocks = (cfn: string, tf: string, props: Prop[], options: { match?: string; ordered?: boolean; finish?: Spec['finish']; required?: boolean } = {}): BlocksProp => ({
  kind: 'blocks',
  cfn,
  tf,
  spec: { props, finish: options.finish },
  match: options.match,
  ordered: options.ordered,
  required: options.required,
});
/** Required by the provider schema (see ValueProp.required). */
const required = <P extends ValueProp | BlockProp | BlocksProp>(prop: P): P => ({ ...prop, required: true });
const req = (cfn: string, tf: string, extra: Partial<ValueProp> = {}): ValueProp => value(cfn, tf, { ...extra, required: true });
const group = (cfn: string, props: Prop[], finish?: Spec['finish']): GroupProp => ({ kind: 'group', cfn, spec: { props, finish } });

/** The provider sends MinTTL/DefaultTTL/MaxTTL only when `cache_policy_id` is empty. */
function behaviorFinish(entries: Map<string, V>): void {
  if (entries.has('CachePolicyId')) for (const ttl of ['MinTTL', 'DefaultTTL', 'MaxTTL']) entries.delete(ttl);
}

/** With no custom, S3 or VPC origin config block the provider sends an empty S3OriginConfig. */
function originFinish(entries: Map<string, V>, self: Src): void {
  if (entries.has('CustomOriginConfig') || entries.has('S3OriginConfig') || entries.has('VpcOriginConfig')) return;
  const src: Src = { type: 'map', entries: new Map(), pointer: childPointer(self.pointer, 's3_origin_config'), range: self.range };
  entries.set('S3OriginConfig', { t: 'map', entries: new Map(), src });
}

/**
 * The provider sends one certificate source: the IAM id when set, else the ACM ARN, else
 * CloudFrontDefaultCertificate; SSLSupportMethod only with a custom certificate.
 */
function certificateFinish(entries: Map<string, V>): void {
  if (entries.has('IamCertificateId')) {
    entries.delete('AcmCertificateArn');
    entries.delete('CloudFrontDefaultCertificate');
  } else if (entries.has('AcmCertificateArn')) {
    entries.delete('CloudFrontDefaultCertificate');
  } else {
    entries.delete('SslSupportMethod');
  }
}

const BEHAVIOR: Prop[] = [
  req('TargetOriginId', 'target_origin_id'),
  req('ViewerProtocolPolicy', 'viewer_protocol_policy'),
  req('AllowedMethods', 'allowed_methods'),
  req('CachedMethods', 'cached_methods'),
  value('Compress', 'compress'),
  value('SmoothStreaming', 'smooth_streaming'),
  value('CachePolicyId', 'cache_policy_id'),
  value('OriginRequestPolicyId', 'origin_request_policy_id'),
  value('ResponseHeadersPolicyId', 'response_headers_policy_id', {
    refs: [{ type: 'aws_cloudfront_response_headers_policy', attribute: 'id', follow: true }],
  }),
  value('FieldLevelEncryptionId', 'field_level_encryption_id', {
    refs: [{ type: 'aws_cloudfront_field_level_encryption_config', attribute: 'id' }],
  }),
  value('RealtimeLogConfigArn', 'realtime_log_config_arn'),
  value('TrustedSigners', 'trusted_signers'),
  value('TrustedKeyGroups', 'trusted_key_groups'),
  value('MinTTL', 'min_ttl'),
  value('DefaultTTL', 'default_ttl'),
  value('MaxTTL', 'max_ttl'),
  block('ForwardedValues', 'forwarded_values', [
    req('QueryString', 'query_string'),
    required(block('Cookies', 'cookies', [req('Forward', 'forward'), value('WhitelistedNames', 'whitelisted_names')])),
    value('Headers', 'headers'),
    value('QueryStringCacheKeys', 'query_string_cache_keys'),
  ]),
  blocks(
    'LambdaFunctionAssociations',
    'lambda_function_association',
    [req('EventType', 'event_type'), req('LambdaFunctionARN', 'lambda_arn'), value('IncludeBody', 'include_body')],
    { match: 'event_type' },
  ),
  blocks('FunctionAssociations', 'function_association', [req('EventType', 'event_type'), req('FunctionARN', 'function_arn')], { match: 'event_type' }),
  block('GrpcConfig', 'grpc_config', [value('Enabled', 'enabled')]),
];

const ORIGIN: Prop[] = [
  req('Id', 'origin_id'),
  req('DomainName', 'domain_name'),
  value('OriginPath', 'origin_path'),
  value('ConnectionAttempts', 'connection_attempts'),
  value('ConnectionTimeout', 'connection_timeout'),
  value('ResponseCompletionTimeout', 'response_completion_timeout'),
  value('OriginAccessControlId', 'origin_access_control_id', {
    refs: [{ type: 'aws_cloudfront_origin_access_control', attribute: 'id' }],
  }),
  blocks('OriginCustomHeaders', 'custom_header', [req('HeaderName', 'name'), req('HeaderValue', 'value')], { match: 'name' }),
  block('S3OriginConfig', 's3_origin_config', [
    req('OriginAccessIdentity', 'origin_access_identity', {
      refs: [{ type: 'aws_cloudfront_origin_access_identity', attribute: 'cloudfront_access_identity_path' }],
    }),
  ]),
  block('CustomOriginConfig', 'custom_origin_config', [
    req('HTTPPort', 'http_port'),
    req('HTTPSPort', 'https_port'),
    req('OriginProtocolPolicy', 'origin_protocol_policy'),
    req('OriginSSLProtocols', 'origin_ssl_protocols'),
    value('OriginReadTimeout', 'origin_read_timeout'),
    value('OriginKeepaliveTimeout', 'origin_keepalive_timeout'),
    value('IpAddressType', 'ip_address_type'),
  ]),
  block('VpcOriginConfig', 'vpc_origin_config', [
    req('VpcOriginId', 'vpc_origin_id'),
    value('OriginReadTimeout', 'origin_read_timeout'),
    value('OriginKeepaliveTimeout', 'origin_keepalive_timeout'),
    value('OwnerAccountId', 'owner_account_id'),
  ]),
  block('OriginShield', 'origin_shield', [value('Enabled', 'enabled'), value('OriginShieldRegion', 'origin_shield_region')]),
];

/** `aws_cloudfront_distribution` → `DistributionConfig` (origin groups and members as plain lists). */
export const DISTRIBUTION_CONFIG: Prop[] = [
  value('CallerReference', 'caller_reference'),
  value('Aliases', 'aliases'),
  value('Comment', 'comment'),
  value('DefaultRootObject', 'default_root_object'),
  req('Enabled', 'enabled'),
  value('HttpVersion', 'http_version'),
  value('IPV6Enabled', 'is_ipv6_enabled'),
  value('PriceClass', 'price_class'),
  value('WebACLId', 'web_acl_id', {
    refs: [
      { type: 'aws_wafv2_web_acl', attribute: 'arn', follow: true },
      { type: 'aws_waf_web_acl', attribute: 'id' },
    ],
  }),
  value('Staging', 'staging'),
  value('ContinuousDeploymentPolicyId', 'continuous_deployment_policy_id'),
  value('AnycastIpListId', 'anycast_ip_list_id'),
  blocks('Origins', 'origin', ORIGIN, { match: 'origin_id', finish: originFinish, required: true }),
  blocks(
    'OriginGroups',
    'origin_group',
    [
      req('Id', 'origin_id'),
      required(block('FailoverCriteria', 'failover_criteria', [req('StatusCodes', 'status_codes')])),
      blocks('Members', 'member', [req('OriginId', 'origin_id')], { ordered: true, required: true }),
      value('SelectionCriteria', 'selection_criteria'),
    ],
    { match: 'origin_id' },
  ),
  required(block('DefaultCacheBehavior', 'default_cache_behavior', BEHAVIOR, behaviorFinish)),
  blocks('CacheBehaviors', 'ordered_cache_behavior', [req('PathPattern', 'path_pattern'), ...BEHAVIOR], {
    ordered: true,
    match: 'path_pattern',
    finish: behaviorFinish,
  }),
  blocks(
    'CustomErrorResponses',
    'custom_error_response',
    [
      req('ErrorCode', 'error_code'),
      value('ResponseCode', 'response_code', { zeroIsUnset: true }),
      value('ResponsePagePath', 'response_page_path'),
      value('ErrorCachingMinTTL', 'error_caching_min_ttl'),
    ],
    { match: 'error_code' },
  ),
  block('Logging', 'logging_config', [value('Bucket', 'bucket'), value('IncludeCookies', 'include_cookies'), value('Prefix', 'prefix')]),
  required(block(
    'ViewerCertificate',
    'viewer_certificate',
    [
      value('CloudFrontDefaultCertificate', 'cloudfront_default_certificate'),
      value('AcmCertificateArn', 'acm_certificate_arn'),
      value('IamCertificateId', 'iam_certificate_id'),
      value('MinimumProtocolVersion', 'minimum_protocol_version'),
      value('SslSupportMethod', 'ssl_support_method'),
    ],
    certificateFinish,
  )),
  required(block('Restrictions', 'restrictions', [
    required(block('GeoRestriction', 'geo_restriction', [req('RestrictionType', 'restriction_type'), value('Locations', 'locations')])),
  ])),
];

/** `tags_all` (tags plus the provider's default_tags) is what the distribution gets; else `tags`. */
export const DISTRIBUTION_TAGS: TagsProp = { kind: 'tags', cfn: 'Tags', tf: ['tags_all', 'tags'] };

export const DISTRIBUTION_TYPE = 'aws_cloudfront_distribution';

/**
 * Resources presented to rules as neighbours, by Terraform type: the CloudFormation type they stand
 * for and their `Properties` in CloudFormation shape (only what rules read, plus names).
 */
export const RELATED: Record<string, { cfnType: string; properties: Prop[] }> = {
  aws_cloudfront_distribution: {
    cfnType: 'AWS::CloudFront::Distribution',
    properties: [group('DistributionConfig', DISTRIBUTION_CONFIG), DISTRIBUTION_TAGS],
  },
  aws_cloudfront_response_headers_policy: {
    cfnType: 'AWS::CloudFront::ResponseHeadersPolicy',
    properties: [
      group('ResponseHeadersPolicyConfig', [
        value('Name', 'name'),
        value('Comment', 'comment'),
        block('SecurityHeadersConfig', 'security_headers_config', [
          block('StrictTransportSecurity', 'strict_transport_security', [
            value('AccessControlMaxAgeSec', 'access_control_max_age_sec'),
            value('IncludeSubdomains', 'include_subdomains'),
            value('Preload', 'preload'),
            value('Override', 'override'),
          ]),
          block('ContentSecurityPolicy', 'content_security_policy', [value('ContentSecurityPolicy', 'content_security_policy'), value('Override', 'override')]),
          block('ContentTypeOptions', 'content_type_options', [value('Override', 'override')]),
          block('FrameOptions', 'frame_options', [value('FrameOption', 'frame_option'), value('Override', 'override')]),
          block('ReferrerPolicy', 'referrer_policy', [value('ReferrerPolicy', 'referrer_policy'), value('Override', 'override')]),
          block('XSSProtection', 'xss_protection', [
            value('Protection', 'protection'),
            value('ModeBlock', 'mode_block'),
            value('ReportUri', 'report_uri'),
            value('Override', 'override'),
          ]),
        ]),
        block('CustomHeadersConfig', 'custom_headers_config', [
          blocks('Items', 'items', [value('Header', 'header'), value('Value', 'value'), value('Override', 'override')], { match: 'header' }),
        ]),
        block('RemoveHeadersConfig', 'remove_headers_config', [blocks('Items', 'items', [value('Header', 'header')], { match: 'header' })]),
      ]),
    ],
  },
  aws_cloudfront_origin_access_control: {
    cfnType: 'AWS::CloudFront::OriginAccessControl',
    properties: [
      group('OriginAccessControlConfig', [
        value('Name', 'name'),
        value('Description', 'description'),
        value('OriginAccessControlOriginType', 'origin_access_control_origin_type'),
        value('SigningBehavior', 'signing_behavior'),
        value('SigningProtocol', 'signing_protocol'),
      ]),
    ],
  },
  aws_cloudfront_origin_access_identity: {
    cfnType: 'AWS::CloudFront::CloudFrontOriginAccessIdentity',
    properties: [group('CloudFrontOriginAccessIdentityConfig', [value('Comment', 'comment')])],
  },
  aws_cloudfront_field_level_encryption_config: {
    cfnType: 'AWS::CloudFront::FieldLevelEncryptionConfig',
    properties: [group('FieldLevelEncryptionConfig', [value('Comment', 'comment')])],
  },
  aws_wafv2_web_acl: {
    cfnType: 'AWS::WAFv2::WebACL',
    properties: [value('Name', 'name'), value('Scope', 'scope'), value('Description', 'description'), { kind: 'waf-rules', cfn: 'Rules' }],
  },
  aws_waf_web_acl: {
    cfnType: 'AWS::WAF::WebACL',
    properties: [value('Name', 'name'), value('MetricName', 'metric_name')],
  },
  aws_cloudwatch_log_delivery_source: {
    cfnType: 'AWS::Logs::DeliverySource',
    properties: [
      value('Name', 'name'),
      value('LogType', 'log_type'),
      value('ResourceArn', 'resource_arn', { refs: [{ type: 'aws_cloudfront_distribution', attribute: 'arn' }] }),
    ],
  },
};

/**
 * A piece of a partly known attribute value: literal text, the region (the resource's `region`
 * when known), or a hole named after the resource, filled with one of its attributes when known.
 */
export type FormPart = string | 'region' | { hole: string; charset: 'label' | 'host'; attribute?: string };

const BUCKET: FormPart = { hole: 'bucket', charset: 'host', attribute: 'bucket' };

/**
 * Known forms of attributes that origins are built from (cloudfront-facts §3.3), so that an origin
 * whose domain is only known after apply is still recognised as S3, a Lambda URL, and so on.
 */
export const ATTRIBUTE_FORMS: Record<string, FormPart[]> = {
  'aws_s3_bucket.bucket_regional_domain_name': [BUCKET, '.s3.', 'region', '.amazonaws.com'],
  'aws_s3_bucket.bucket_domain_name': [BUCKET, '.s3.amazonaws.com'],
  'aws_s3_bucket.website_endpoint': [BUCKET, '.s3-website-', 'region', '.amazonaws.com'],
  'aws_s3_bucket_website_configuration.website_endpoint': [BUCKET, '.s3-website-', 'region', '.amazonaws.com'],
  'aws_lambda_function_url.function_url': ['https://', { hole: 'url_id', charset: 'label', attribute: 'url_id' }, '.lambda-url.', 'region', '.on.aws/'],
  'aws_lb.dns_name': [{ hole: 'dns_name', charset: 'label' }, '.', 'region', '.elb.amazonaws.com'],
  'aws_alb.dns_name': [{ hole: 'dns_name', charset: 'label' }, '.', 'region', '.elb.amazonaws.com'],
  'aws_apigatewayv2_api.api_endpoint': ['https://', { hole: 'id', charset: 'label', attribute: 'id' }, '.execute-api.', 'region', '.amazonaws.com'],
};
