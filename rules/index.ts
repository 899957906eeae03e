import type { Rule } from '../src/engine/rule';
import internalError from './internal-error';
import noAliasesWithDefaultCertificate from './no-aliases-with-default-certificate';
import noDisabledDistribution from './no-disabled-distribution';
import noDuplicatePathPattern from './no-duplicate-path-pattern';
import noHttpOrigin from './no-http-origin';
import noHttpOriginBehindHttpsViewer from './no-http-origin-behind-https-viewer';
import noHttpToHttpsOnlyOrigin from './no-http-to-https-only-origin';
import noHttpViewer from './no-http-viewer';
import noHttpsToS3Website from './no-https-to-s3-website';
import noOutdatedOriginSslProtocols from './no-outdated-origin-ssl-protocols';
import noOutdatedViewerTls from './no-outdated-viewer-tls';
import noQuotaOverrun from './no-quota-overrun';
import noRedirectOnUnsafeMethods from './no-redirect-on-unsafe-methods';
import noRoutingChange from './no-routing-change';
import noSecretHeaderOverHttp from './no-secret-header-over-http';
import noSecurityDowngrade from './no-security-downgrade';
import noShadowedBehavior from './no-shadowed-behavior';
import noUnusedOrigin from './no-unused-origin';
import noWeakerBehaviorFirst from './no-weaker-behavior-first';
import parseError from './parse-error';
import requireAccessLogging from './require-access-logging';
import requireCustomCertificate from './require-custom-certificate';
import requireDefaultRootObject from './require-default-root-object';
import requireFieldLevelEncryption from './require-field-level-encryption';
import requireGeoRestriction from './require-geo-restriction';
import requireHsts from './require-hsts';
import requireInvalidationAfterProtocolChange from './require-invalidation-after-protocol-change';
import requireKeyGroups from './require-key-groups';
import requireOriginAccessControl from './require-origin-access-control';
import requireOriginFailover from './require-origin-failover';
import requireSni from './require-sni';
import requireTags from './require-tags';
import requireWebAcl from './require-web-acl';
import validAcmCertificateRegion from './valid-acm-certificate-region';
import validAliases from './valid-aliases';
import validAllowedMethods from './valid-allowed-methods';
import validCacheSettings from './valid-cache-settings';
import validOrigin from './valid-origin';
import validOriginGroup from './valid-origin-group';
import validPathPattern from './valid-path-pattern';
import validSchema from './valid-schema';
import validTargetOrigin from './valid-target-origin';
import validViewerCertificate from './valid-viewer-certificate';

/** Every rule, in id order. Explicit (no directory scan) so start-up reads only what it needs. */
export const RULES: readonly Rule[] = [
  internalError,
  noAliasesWithDefaultCertificate,
  noDisabledDistribution,
  noDuplicatePathPattern,
  noHttpOrigin,
  noHttpOriginBehindHttpsViewer,
  noHttpToHttpsOnlyOrigin,
  noHttpViewer,
  noHttpsToS3Website,
  noOutdatedOriginSslProtocols,
  noOutdatedViewerTls,
  noQuotaOverrun,
  noRedirectOnUnsafeMethods,
  noRoutingChange,
  noSecretHeaderOverHttp,
  noSecurityDowngrade,
  noShadowedBehavior,
  noUnusedOrigin,
  noWeakerBehaviorFirst,
  parseError,
  requireAccessLogging,
  requireCustomCertificate,
  requireDefaultRootObject,
  requireFieldLevelEncryption,
  requireGeoRestriction,
  requireHsts,
  requireInvalidationAfterProtocolChange,
  requireKeyGroups,
  requireOriginAccessControl,
  requireOriginFailover,
  requireSni,
  requireTags,
  requireWebAcl,
  validAcmCertificateRegion,
  validAliases,
  validAllowedMethods,
  validCacheSettings,
  validOrigin,
  validOriginGroup,
  validPathPattern,
  validSchema,
  validTargetOrigin,
  validViewerCertificate,
] as Rule[];
