import type { Rule } from '../src/engine/rule';
import internalError from './internal-error';
import noDuplicatePathPattern from './no-duplicate-path-pattern';
import noHttpOrigin from './no-http-origin';
import noHttpOriginBehindHttpsViewer from './no-http-origin-behind-https-viewer';
import noHttpToHttpsOnlyOrigin from './no-http-to-https-only-origin';
import noHttpViewer from './no-http-viewer';
import noHttpsToS3Website from './no-https-to-s3-website';
import noQuotaOverrun from './no-quota-overrun';
import noRedirectOnUnsafeMethods from './no-redirect-on-unsafe-methods';
import noShadowedBehavior from './no-shadowed-behavior';
import noUnusedOrigin from './no-unused-origin';
import noWeakerBehaviorFirst from './no-weaker-behavior-first';
import parseError from './parse-error';
import validAllowedMethods from './valid-allowed-methods';
import validCacheSettings from './valid-cache-settings';
import validPathPattern from './valid-path-pattern';
import validTargetOrigin from './valid-target-origin';

/** Every rule, in id order. Explicit (no directory scan) so start-up reads only what it needs. */
export const RULES: readonly Rule[] = [
  internalError,
  noDuplicatePathPattern,
  noHttpOrigin,
  noHttpOriginBehindHttpsViewer,
  noHttpToHttpsOnlyOrigin,
  noHttpViewer,
  noHttpsToS3Website,
  noQuotaOverrun,
  noRedirectOnUnsafeMethods,
  noShadowedBehavior,
  noUnusedOrigin,
  noWeakerBehaviorFirst,
  parseError,
  validAllowedMethods,
  validCacheSettings,
  validPathPattern,
  validTargetOrigin,
] as Rule[];
