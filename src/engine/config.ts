import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { ParseProblem, parseText } from '../load/parse';
import { SourceDocument, isMap, type Src } from '../load/source';
import validateSchema from './generated/config-validator';
import { getRule, isKnownRuleId } from './registry';
import type { Severity, SeveritySetting } from './rule';
import type { ConfigIgnore } from './run';

export const CONFIG_NAMES = ['.cloudfront-lint.yaml', '.cloudfront-lint.yml', '.cloudfront-lint.json'];

/** A configuration problem: exit code 2, with the file and position of the offending key. */
export class ConfigError extends Error {}

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface Config {
  /** The config file, when one was used. */
  file?: string;
  /** Directory that relative globs in the config are resolved against. */
  dir: string;
  preset?: 'recommended' | 'all';
  rules: Map<string, RuleSetting>;
  include: string[];
  exclude: string[];
  failOn?: Severity | 'none';
  maxWarnings?: number;
  parameters: Map<string, string>;
  ignore: ConfigIgnore[];
  /** Config entries naming catalogue rules this version does not implement (reported on stderr). */
  notices: string[];
}

export function emptyConfig(dir: string): Config {
  return { dir, rules: new Map(), include: [], exclude: [], parameters: new Map(), ignore: [], notices: [] };
}

/** The nearest `.cloudfront-lint.{yaml,yml,json}` from `start` upwards. */
export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

interface RawConfig {
  preset?: 'recommended' | 'all';
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>;
  include?: string[];
  exclude?: string[];
  failOn?: Severity | 'none';
  maxWarnings?: number;
  parameters?: Record<string, string | number | boolean>;
  ignore?: Array<{ rule: string; reason: string; files?: string; distribution?: string }>;
}

export function loadConfig(file: string, cwd: string): Config {
  const display = relative(cwd, file).split(sep).join('/') || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${display}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const doc = new SourceDocument(display, text);
  let root: Src;
  try {
    root = parseText(text).root;
  } catch (error) {
    if (!(error instanceof ParseProblem)) throw error;
    const at = doc.position(error.offset);
    throw new ConfigError(`${display}:${at.line}:${at.column}: ${error.message}`);
  }
  const raw = plain(root) as RawConfig;
  const where = (pointer: string, preferKey = true) => {
    const src = find(root, pointer);
    const offset = src ? (preferKey && src.keyRange ? src.keyRange[0] : src.range[0]) : 0;
    const at = doc.position(offset);
    return `${display}:${at.line}:${at.column}`;
  };
  if (!validateSchema(raw)) {
    const error = validateSchema.errors![0];
    const path = error.instancePath;
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      const pointer = `${path}/${key}`;
      throw new ConfigError(`${where(pointer)}: unknown key '${displayPath(pointer)}'${suggest(key, path)}.`);
    }
    if (error.keyword === 'required') {
      throw new ConfigError(`${where(path)}: '${displayPath(path) || '(root)'}' needs key '${String(error.params.missingProperty)}'.`);
    }
    const allowed = error.keyword === 'enum' ? ` (one of: ${(error.params.allowedValues as unknown[]).join(', ')})` : '';
    throw new ConfigError(`${where(path, false)}: '${displayPath(path) || '(root)'}' ${error.message ?? 'is invalid'}${allowed}.`);
  }
  const dir = dirname(file);
  const config = emptyConfig(dir);
  config.file = display;
  config.preset = raw.preset;
  config.include = raw.include ?? [];
  config.exclude = raw.exclude ?? [];
  config.failOn = raw.failOn;
  config.maxWarnings = raw.maxWarnings;
  for (const [key, value] of Object.entries(raw.parameters ?? {})) config.parameters.set(key, String(value));
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    const pointer = `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!isKnownRuleId(id)) throw new ConfigError(`${where(pointer)}: unknown rule '${id}' in 'rules'.`);
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const rule = getRule(id);
    if (rule?.meta.preset === 'always') {
      throw new ConfigError(`${where(pointer)}: rule '${id}' is always on; suppress a file with an 'ignore:' entry instead.`);
    }
    if (!rule) {
      config.notices.push(`${where(pointer)}: rule '${id}' is not available in this version; the setting is ignored.`);
      continue;
    }
    if (options !== undefined) validateRuleOptions(id, rule.meta.optionsSchema, options, where(`${pointer}/1`, false));
    config.rules.set(id, { severity, options });
  }
  (raw.ignore ?? []).forEach((entry, i) => {
    if (entry.rule !== '*' && !isKnownRuleId(entry.rule)) {
      throw new ConfigError(`${where(`/ignore/${i}/rule`, false)}: unknown rule '${entry.rule}' in 'ignore'.`);
    }
    config.ignore.push({
      rule: entry.rule,
      reason: entry.reason,
      files: entry.files ? globMatcher(entry.files, dir) : undefined,
      distribution: entry.distribution ? picomatch(entry.distribution) : undefined,
    });
  });
  return config;
}

/** A matcher for paths reported relative to the working directory, against a glob relative to `base`. */
export function globMatcher(glob: string, base: string): (file: string) => boolean {
  const match = picomatch(glob, { dot: true });
  return (file: string) => {
    const rel = relative(base, resolve(file)).split(sep).join('/');
    return match(rel) || match(file);
  };
}

/** Rule options are rare, so ajv is loaded only when some are given. */
function validateRuleOptions(id: string, schema: object | undefined, options: unknown, where: string): void {
  if (!schema) throw new ConfigError(`${where}: rule '${id}' takes no options.`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const validate = new Ajv({ allErrors: false, strict: true }).compile(schema);
  if (!validate(options)) {
    const error = validate.errors![0];
    throw new ConfigError(`${where}: options of '${id}'${error.instancePath ? ` at '${error.instancePath}'` : ''} ${error.message ?? 'are invalid'}.`);
  }
}

const TOP_LEVEL_KEYS = ['preset', 'rules', 'include', 'exclude', 'failOn', 'maxWarnings', 'parameters', 'ignore'];

function suggest(key: string, parentPath: string): string {
  const candidates = parentPath === '' ? TOP_LEVEL_KEYS : parentPath.startsWith('/ignore/') ? ['rule', 'reason', 'files', 'distribution'] : [];
  const best = candidates
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= 3 ? ` (did you mean '${best.candidate}'?)` : '';
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function displayPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function find(root: Src, pointer: string): Src | undefined {
  let node: Src | undefined = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node) return undefined;
    node = isMap(node) ? node.entries.get(key) : node.type === 'seq' ? node.items[Number(key)] : undefined;
  }
  return node;
}

function plain(src: Src): unknown {
  if (src.type === 'map') return Object.fromEntries([...src.entries].map(([key, value]) => [key, plain(value)]));
  if (src.type === 'seq') return src.items.map(plain);
  return src.value;
}
