import type { Rule } from '../src/engine/rule';
import noHttpOrigin from './no-http-origin';
import noHttpOriginBehindHttpsViewer from './no-http-origin-behind-https-viewer';
import noHttpToHttpsOnlyOrigin from './no-http-to-https-only-origin';
import noHttpViewer from './no-http-viewer';
import noHttpsToS3Website from './no-https-to-s3-website';
import noRedirectOnUnsafeMethods from './no-redirect-on-unsafe-methods';
import parseError from './parse-error';
import internalError from './internal-error';
import validTargetOrigin from './valid-target-origin';

/** Every rule, in id order. Explicit (no directory scan) so start-up reads only what it needs. */
export const RULES: readonly Rule[] = [
  internalError,
  noHttpOrigin,
  noHttpOriginBehindHttpsViewer,
  noHttpToHttpsOnlyOrigin,
  noHttpViewer,
  noHttpsToS3Website,
  noRedirectOnUnsafeMethods,
  parseError,
  validTargetOrigin,
] as Rule[];
