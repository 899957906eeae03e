import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError, expandInputs, type InputFile } from './cli/inputs';
import { ConfigError, emptyConfig, findConfig, globMatcher, loadConfig, type Config } from './engine/config';
import { severityRank, type Finding, type SuppressedFinding } from './engine/findings';
import { getRule, isKnownRuleId, isPresetName, presetRules } from './engine/registry';
import type { Severity, SeveritySetting } from './engine/rule';
import { beforeFromGit, beforeFromPath, combine } from './engine/pairing';
import { lintDocument, makeFinding, type EnabledRule } from './engine/run';
import { loadBuffer, loadFile } from './load';
import { SourceDocument } from './load/source';
import { VERSION } from './version';

export { ConfigError, UsageError };

export interface LintOptions {
  /** Working directory for relative paths and config discovery (default: process.cwd()). */
  cwd?: string;
  /** Config file path; `false` disables config files; undefined: nearest `.cloudfront-lint.*`. */
  config?: string | false;
  preset?: 'recommended' | 'all';
  /** Per-rule severity overrides (`--rule id=severity`). */
  rules?: Record<string, SeveritySetting>;
  failOn?: Severity | 'none';
  maxWarnings?: number;
  /** Report errors only. */
  quiet?: boolean;
  /** CloudFormation parameter values. */
  parameters?: Record<string, string>;
  /** Content for the path '-' and the name to report for it. */
  stdin?: { text: string | Buffer; filename?: string };
  /** An earlier version (file or directory, e.g. a saved live snapshot) for the change rules. */
  before?: string;
  /** A git ref whose version of each input the change rules compare against. */
  base?: string;
}

/** A finding as the JSON report prints it: the contract fields of design §3, plus `cdkPath`. */
export type JsonFinding = Pick<
  Finding,
  'ruleId' | 'severity' | 'message' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'pointer' | 'distribution' | 'fingerprint' | 'cdkPath'
>;

/** The JSON report (format `json`, version 1; design §3). */
export interface LintReport {
  version: 1;
  tool: { name: 'cloudfront-lint'; version: string };
  summary: { files: number; distributions: number; error: number; warning: number; info: number; suppressed: number };
  findings: JsonFinding[];
  /** Notices that are not findings (ignored settings, analyses that gave up within their budget). */
  notes: string[];
}

/** Everything a reporter or the CLI needs beyond the JSON report. */
export interface LintRun {
  report: LintReport;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  documents: Map<string, SourceDocument>;
  notices: string[];
  failOn: Severity | 'none';
  maxWarnings?: number;
  exitCode: 0 | 1 | 3;
  exitReason: string;
  configFile?: string;
}

export function toJsonFinding(finding: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    pointer: finding.pointer,
    distribution: finding.distribution,
    fingerprint: finding.fingerprint,
  };
  if (finding.distribution === undefined) delete out.distribution;
  if (finding.cdkPath) out.cdkPath = finding.cdkPath;
  return out;
}

function resolveConfig(options: LintOptions, cwd: string): Config {
  if (options.config === false) return emptyConfig(cwd);
  const file = options.config ? resolve(cwd, options.config) : findConfig(cwd);
  if (!file) return emptyConfig(cwd);
  return loadConfig(file, cwd);
}

function enabledRules(config: Config, options: LintOptions): EnabledRule[] {
  const preset = options.preset ?? config.preset ?? 'recommended';
  if (!isPresetName(preset)) throw new UsageError(`Unknown preset '${String(preset)}' (use recommended or all).`);
  const settings = new Map<string, { severity: SeveritySetting; options?: Record<string, unknown>; explicit: boolean }>();
  for (const rule of presetRules(preset)) settings.set(rule.id, { severity: rule.meta.severity, explicit: false });
  for (const [id, setting] of config.rules) settings.set(id, { ...setting, explicit: true });
  for (const [id, severity] of Object.entries(options.rules ?? {})) {
    if (!isKnownRuleId(id)) throw new UsageError(`Unknown rule '${id}' (see 'cloudfront-lint rules').`);
    if (getRule(id)?.meta.preset === 'always') {
      throw new UsageError(`Rule '${id}' is always on; suppress a file with a config 'ignore:' entry instead.`);
    }
    if (!getRule(id)) continue;
    settings.set(id, { ...settings.get(id), severity, explicit: true });
  }
  const enabled: EnabledRule[] = [];
  for (const [id, setting] of settings) {
    const rule = getRule(id)!;
    if (setting.severity === 'off') continue;
    enabled.push({ rule, severity: setting.severity, options: setting.options ?? {}, severityOverridden: setting.explicit });
  }
  return enabled.sort((a, b) => (a.rule.id < b.rule.id ? -1 : 1));
}

/** Lints paths (files, directories, globs, '-' for stdin) and returns findings plus the exit decision. */
export function runLint(paths: string[], options: LintOptions = {}): LintRun {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = resolveConfig(options, cwd);
  const enabled = enabledRules(config, options);
  const parameters = new Map(config.parameters);
  for (const [key, value] of Object.entries(options.parameters ?? {})) parameters.set(key, value);
  const excluders = config.exclude.map((glob) => globMatcher(glob, config.dir));
  const excluded = (display: string) => excluders.some((match) => match(resolve(cwd, display)));

  let inputs = paths;
  if (inputs.length === 0) {
    inputs = config.include.length > 0 ? config.include.map((glob) => resolveInclude(glob, config.dir, cwd)) : ['.'];
  }
  const useStdin = inputs.includes('-');
  const files: InputFile[] = expandInputs(inputs.filter((path) => path !== '-'), cwd, excluded);

  const loadOptions = { parameters };
  const beforeOf = combine(
    options.base !== undefined ? beforeFromGit(options.base, cwd, loadOptions) : undefined,
    options.before !== undefined ? beforeFromPath(options.before, cwd, loadOptions) : undefined,
  );
  const run = { enabled, ignores: config.ignore, isKnownRule: isKnownRuleId, beforeOf };
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const documents = new Map<string, SourceDocument>();
  const notices = [...config.notices];
  let distributions = 0;
  let documentsRead = 0;
  /** Inputs that may hold distributions this run cannot read (a `.tf` file without its parser). */
  let unreadable = 0;
  const lintOne = (load: () => ReturnType<typeof loadFile>, file: string) => {
    documentsRead++;
    let loaded: ReturnType<typeof loadFile>;
    try {
      loaded = load();
    } catch (error) {
      findings.push(readerCrash(file, error));
      return;
    }
    if (loaded.notices?.length) {
      notices.push(...loaded.notices);
      unreadable++;
    }
    const result = lintDocument(loaded, run);
    documents.set(loaded.doc.file, loaded.doc);
    findings.push(...result.findings);
    suppressed.push(...result.suppressed);
    notices.push(...result.notices);
    distributions += result.distributions;
  };
  if (useStdin) {
    const text = options.stdin?.text ?? readFileSync(0);
    const name = options.stdin?.filename ?? '<stdin>';
    lintOne(() => loadBuffer(Buffer.isBuffer(text) ? text : Buffer.from(text), name, loadOptions), name);
  }
  for (const file of files) lintOne(() => loadFile(file.abs, file.display, loadOptions), file.display);

  if (distributions === 0 && findings.length === 0 && unreadable === 0 && !useStdin && files.every((file) => !file.explicit)) {
    throw new UsageError(`No CloudFront distribution found in ${inputs.map((path) => `'${path}'`).join(', ')}.`);
  }

  const shown = options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
  const failOn = options.failOn ?? config.failOn ?? 'error';
  const maxWarnings = options.maxWarnings ?? config.maxWarnings;
  const count = (severity: Severity) => shown.filter((finding) => finding.severity === severity).length;
  const summary = {
    files: documentsRead,
    distributions,
    error: count('error'),
    warning: count('warning'),
    info: count('info'),
    suppressed: suppressed.length,
  };
  const failing = shown.filter((finding) => severityRank(finding.severity) >= severityRank(failOn)).length;
  let exitCode: 0 | 1 | 3 = 0;
  let exitReason = `no findings at or above --fail-on ${failOn}`;
  const internal = shown.filter((finding) => finding.ruleId === 'internal-error').length;
  if (internal > 0) {
    exitCode = 3;
    exitReason = `${internal} internal error${internal === 1 ? '' : 's'} (a bug in cloudfront-lint; the other checks ran)`;
  } else if (failing > 0) {
    exitCode = 1;
    exitReason = `${failing} finding${failing === 1 ? '' : 's'} at or above --fail-on ${failOn}`;
  } else if (maxWarnings !== undefined && summary.warning > maxWarnings) {
    exitCode = 1;
    exitReason = `${summary.warning} warnings exceed --max-warnings ${maxWarnings}`;
  }
  return {
    report: {
      version: 1,
      tool: { name: 'cloudfront-lint', version: VERSION },
      summary,
      findings: shown.map(toJsonFinding),
      notes: notices,
    },
    findings: shown,
    suppressed,
    documents,
    notices,
    failOn,
    maxWarnings,
    exitCode,
    exitReason,
    configFile: config.file,
  };
}

function readerCrash(file: string, error: unknown): Finding {
  const message = `Reading this file failed: ${error instanceof Error ? error.message : String(error)}. This is a bug in cloudfront-lint; please report it.`;
  return makeFinding(new SourceDocument(file, ''), 'internal-error', 'error', message, [0, 0], '', undefined, 'reader');
}

/** Config include globs are relative to the config file's directory; inputs are relative to cwd. */
function resolveInclude(glob: string, configDir: string, cwd: string): string {
  return relative(cwd, resolve(configDir, glob)).split(sep).join('/') || '.';
}

/** Programmatic API: the same object the `json` format prints. Throws UsageError/ConfigError for bad input. */
export function lint(paths: string[], options: LintOptions = {}): LintReport {
  return runLint(paths, options).report;
}
