import type { Distribution } from '../model/types';
import type { Assumption } from './cfn/variants';
import type { SourceDocument, SourceKind, Src } from './source';

export type { Assumption };

/** A suppression written in the input itself (CloudFormation Metadata or a YAML comment). */
export interface InlineSuppression {
  rule: string;
  reason?: string;
  /** Character range the suppression covers; undefined: the whole distribution. */
  span?: [number, number];
  /** Where the suppression was written, for warnings. */
  offset: number;
}

/** One assignment of parameters/conditions and the distribution it produces. */
export interface DistributionVariant {
  assumptions: Assumption[];
  model: Distribution;
}

export interface LoadedDistribution {
  id: string;
  /** The resource or object the distribution was read from (fallback position). */
  self: Src;
  variants: DistributionVariant[];
  suppressions: InlineSuppression[];
  /**
   * The same distribution as it was before the change under review, when the input itself says:
   * a Terraform plan's `resource_changes[].change.before` (else its `prior_state`), read exactly like
   * `variants` (same id, shape and source; positions point into that part of the plan; neighbours
   * from the before values). Undefined when the plan creates the distribution, or the input holds
   * one version only (then `--before`/`--base` pairing applies). Change rules compare against it.
   */
  before?: DistributionVariant[];
}

export interface LoadedDocument {
  doc: SourceDocument;
  kind?: SourceKind;
  distributions: LoadedDistribution[];
  /** Why the file could not be read or parsed (then it has no distributions), or non-fatal parse problems. */
  problems: Array<{ message: string; offset: number; endOffset: number }>;
  /** Suppression comments found in the text (YAML `# cloudfront-lint-disable-next-line`). */
  commentSuppressions: InlineSuppression[];
  /** Notices about the file that are not findings (a `.tf` file that cannot be read here). */
  notices?: string[];
}

export interface LoadOptions {
  /** CloudFormation parameter values from `--parameter key=value`. */
  parameters: Map<string, string>;
}
