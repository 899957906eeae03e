import { createHash } from 'node:crypto';
import type { DistributionVariant, LoadedDistribution, LoadedDocument, InlineSuppression } from '../load/types';
import type { Distribution } from '../model/types';
import type { SourceDocument } from '../load/source';
import { compareFindings, type Finding, type SuppressedFinding } from './findings';
import { locate, underline } from './locate';
import { interpolate, type ReportDescriptor, type Rule, type Severity } from './rule';

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
  /** True when the user set the severity explicitly; it then wins over a rule's per-finding severity. */
  severityOverridden?: boolean;
}

export interface ConfigIgnore {
  rule: string;
  reason: string;
  files?: (file: string) => boolean;
  distribution?: (id: string) => boolean;
}

export interface DocumentResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  distributions: number;
  /** Things the user should know that are not findings (ignored suppressions); printed on stderr. */
  notices: string[];
}

export interface RunContext {
  /** The earlier version of a distribution of this document (pairing by id), when known. */
  beforeOf?: (loaded: LoadedDocument, distribution: LoadedDistribution) => DistributionVariant[] | undefined;
  enabled: EnabledRule[];
  ignores: ConfigIgnore[];
  /** Every rule id the user may name (implemented or reserved by the catalogue). */
  isKnownRule: (id: string) => boolean;
}

export function fingerprint(...parts: Array<string | undefined>): string {
  return createHash('sha256').update(parts.map((part) => part ?? '').join('\u0000')).digest('hex').slice(0, 32);
}

export function makeFinding(
  doc: SourceDocument,
  ruleId: string,
  severity: Severity,
  message: string,
  range: [number, number],
  pointer: string,
  distribution: string | undefined,
  modelPath: string,
): Finding {
  const start = doc.position(range[0]);
  const end = doc.position(Math.max(range[1], range[0]));
  return {
    ruleId,
    severity,
    message,
    file: doc.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    pointer,
    distribution,
    fingerprint: fingerprint(ruleId, doc.file, distribution, modelPath),
    offset: range[0],
    endOffset: range[1],
  };
}

export function lintDocument(loaded: LoadedDocument, run: RunContext): DocumentResult {
  const result: DocumentResult = { findings: [], suppressed: [], distributions: loaded.distributions.length, notices: [] };
  for (const { message, offset, endOffset } of loaded.problems) {
    result.findings.push(makeFinding(loaded.doc, 'parse-error', 'error', message, [offset, endOffset], '', undefined, `parse:${message}`));
  }
  const notes = new Set<string>();
  for (const distribution of loaded.distributions) markSecrets(loaded, distribution);
  for (const distribution of loaded.distributions) {
    result.findings.push(...lintDistribution(loaded, distribution, run, notes));
  }
  result.notices.push(...notes);
  applySuppressions(loaded, run, result);
  result.findings.sort(compareFindings);
  result.suppressed.sort(compareFindings);
  return result;
}

/**
 * The earlier variant that agrees with this one on every parameter and condition both depend on
 * (the one sharing most assumptions); none when they disagree on all, so no change is invented
 * between different choices of a parameter.
 */
/** What an assumption is about: `param:Env=prod` and `param:Env?` are both about `param:Env`. */
function subject(key: string): string {
  return key.replace(/(=.*|\?)$/, '');
}

function matchingVariant(before: DistributionVariant[], variant: DistributionVariant): Distribution | undefined {
  let best: { model: Distribution; shared: number } | undefined;
  for (const candidate of before) {
    let shared = 0;
    let compatible = true;
    for (const assumption of variant.assumptions) {
      const other = candidate.assumptions.find((earlier) => subject(earlier.key) === subject(assumption.key));
      if (!other) continue;
      if (other.key !== assumption.key) compatible = false;
      else shared++;
    }
    if (compatible && (!best || shared > best.shared)) best = { model: candidate.model, shared };
  }
  return best?.model;
}

/** Origin custom header values may be shared secrets: reports must never show them (catalogue). */
function markSecrets(loaded: LoadedDocument, distribution: LoadedDistribution): void {
  for (const { model } of distribution.variants) {
    for (const origin of model.origins) {
      for (const header of origin.customHeaders) {
        const src = header.$loc.fields.value;
        if (src) loaded.doc.addSecret(src.range);
      }
    }
  }
}

function lintDistribution(loaded: LoadedDocument, distribution: LoadedDistribution, run: RunContext, notes: Set<string>): Finding[] {
  // Variants that report the same thing at the same place merge into one finding. Alternatives
  // that word it differently (another reason, other behaviors) stay separate findings, each saying
  // under which assumptions it holds.
  const seen = new Map<string, Map<string, { finding: Finding; variants: Set<number> }>>();
  const add = (finding: Finding, variant: number) => {
    const key = `${finding.ruleId}\u0000${finding.pointer}\u0000${finding.fingerprint}`;
    const wordings = seen.get(key) ?? new Map<string, { finding: Finding; variants: Set<number> }>();
    const wording = wordings.get(finding.message) ?? { finding, variants: new Set<number>() };
    wording.variants.add(variant);
    wordings.set(finding.message, wording);
    seen.set(key, wordings);
  };
  const beforeVariants = distribution.before ?? run.beforeOf?.(loaded, distribution);
  distribution.variants.forEach((variant, index) => {
    const before = beforeVariants && matchingVariant(beforeVariants, variant);
    for (const enabled of run.enabled) {
      const { rule } = enabled;
      if (rule.meta.appliesTo && loaded.kind && !rule.meta.appliesTo.includes(loaded.kind)) continue;
      if (rule.meta.needsBefore && !before) continue;
      const report = (descriptor: ReportDescriptor) => {
        const located = descriptor.at ? { src: descriptor.at, range: underline(descriptor.at) } : locate(descriptor.node, descriptor.field);
        const src = located?.src ?? distribution.self;
        const template = rule.meta.messages[descriptor.messageId];
        if (template === undefined) throw new Error(`unknown messageId '${descriptor.messageId}'`);
        const severity = enabled.severityOverridden ? enabled.severity : (descriptor.severity ?? enabled.severity);
        const modelPath = [descriptor.node.path, descriptor.field, descriptor.key].filter(Boolean).join('.');
        const finding = makeFinding(
          loaded.doc,
          rule.id,
          severity,
          interpolate(template, descriptor.data),
          located?.range ?? src.range,
          src.pointer,
          distribution.id,
          modelPath,
        );
        finding.messageId = descriptor.messageId;
        finding.data = descriptor.data;
        if (variant.model.cdkPath) finding.cdkPath = variant.model.cdkPath;
        add(finding, index);
      };
      try {
        const note = (message: string) => notes.add(`${loaded.doc.file}: distribution ${distribution.id}: ${rule.id}: ${message}`);
        rule.check(variant.model, { options: enabled.options, report, note, before });
      } catch (error) {
        const message = `Rule ${rule.id} failed on distribution ${distribution.id}: ${(error as Error).message}. This is a bug in cloudfront-lint; please report it.`;
        const finding = makeFinding(loaded.doc, 'internal-error', 'error', message, distribution.self.keyRange ?? distribution.self.range, distribution.self.pointer, distribution.id, `internal:${rule.id}`);
        add(finding, index);
      }
    }
  });
  return [...seen.values()].flatMap((wordings) =>
    [...wordings.values()].map(({ finding, variants }) => {
      const qualifier = qualifierFor(variants, distribution);
      const qualified = qualifier ? { ...finding, message: `${finding.message.replace(/\.$/, '')}, ${qualifier}.` } : finding;
      // Several wordings at one place need distinct fingerprints; the qualifier is as stable as the id.
      if (wordings.size > 1) qualified.fingerprint = fingerprint(finding.fingerprint, qualifier);
      return qualified;
    }),
  );
}

/**
 * For a finding that only some variants produce, the assumptions it holds under:
 * "with parameter ViewerPolicy at its default 'allow-all'" / "when condition IsProd is false".
 */
function qualifierFor(variants: Set<number>, distribution: LoadedDistribution): string | undefined {
  const all = distribution.variants;
  if (variants.size === all.length) return undefined;
  const sets = [...variants].map((i) => all[i].assumptions);
  const common = sets[0].filter((assumption) => sets.every((set) => set.some((other) => other.key === assumption.key)));
  if (common.length > 0) return common.map((a) => a.text).join(' and ');
  const options = sets.slice(0, 2).map((set) => set.map((a) => a.text).join(' and ')).filter(Boolean);
  return options.length ? options.join(', or ') + (sets.length > 2 ? ', among others' : '') : undefined;
}

function applySuppressions(loaded: LoadedDocument, run: RunContext, result: DocumentResult): void {
  const usable = (suppression: InlineSuppression, where: string): boolean => {
    const position = loaded.doc.position(suppression.offset);
    const at = `${loaded.doc.file}:${position.line}:${position.column}`;
    if (!suppression.rule) {
      result.notices.push(`${at}: ${where} names no rule; it is ignored.`);
      return false;
    }
    if (!run.isKnownRule(suppression.rule)) {
      result.notices.push(`${at}: ${where} names unknown rule '${suppression.rule}'; it is ignored.`);
      return false;
    }
    if (!suppression.reason) {
      result.notices.push(`${at}: ${where} for ${suppression.rule} has no reason (write '-- <reason>' or a reason key); it is ignored.`);
      return false;
    }
    return true;
  };
  const comments = loaded.commentSuppressions.filter((s) => usable(s, 'suppression comment'));
  const metadata = new Map(
    loaded.distributions.map((d) => [d.id, d.suppressions.filter((s) => usable(s, 'Metadata suppression'))]),
  );
  const kept: Finding[] = [];
  for (const finding of result.findings) {
    const byMetadata = finding.distribution
      ? metadata.get(finding.distribution)?.find((s) => s.rule === finding.ruleId)
      : undefined;
    const byComment = comments.find(
      (s) => s.rule === finding.ruleId && s.span && finding.offset >= s.span[0] && finding.offset <= s.span[1],
    );
    const byConfig = run.ignores.find(
      (ignore) =>
        (ignore.rule === '*' || ignore.rule === finding.ruleId) &&
        (!ignore.files || ignore.files(finding.file)) &&
        (!ignore.distribution || (finding.distribution !== undefined && ignore.distribution(finding.distribution))),
    );
    if (byMetadata) result.suppressed.push({ ...finding, suppression: { kind: 'metadata', reason: byMetadata.reason! } });
    else if (byComment) result.suppressed.push({ ...finding, suppression: { kind: 'comment', reason: byComment.reason! } });
    else if (byConfig) result.suppressed.push({ ...finding, suppression: { kind: 'config', reason: byConfig.reason } });
    else kept.push(finding);
  }
  result.findings = kept;
}
