import type * as Validators from '../src/engine/generated/cfn-distribution-validator';
import type { ValidationError, Validator } from '../src/engine/generated/cfn-distribution-validator';
import { defineRule, listLabels, printable, type V } from '../src/rule-kit';

type Src = V['src'];
type Module = typeof Validators & { summary?: Validator };
type MessageId =
  | 'unknownProperty'
  | 'misspeltProperty'
  | 'missingProperty'
  | 'missingProperties'
  | 'wrongType'
  | 'notInEnum'
  | 'countryCode'
  | 'tooLong'
  | 'missingDependency'
  | 'quantityMismatch';

/** Stands for a value that is not known before deployment: accepted anywhere, errors at or under it dropped. */
const UNKNOWN = Object.freeze({ '\u0000unknown': true });

/**
 * The compiled validators (scripts/generate-distribution-validators.js), loaded on first use so
 * that runs without CloudFront input, and start-up of every other rule, never pay for them.
 */
const loaded: Partial<Record<'cfn' | 'api', Module>> = {};
function validators(shape: 'cfn' | 'api'): Module {
  /* eslint-disable @typescript-eslint/no-require-imports */
  loaded[shape] ??=
    shape === 'cfn'
      ? (require('../src/engine/generated/cfn-distribution-validator') as Module)
      : (require('../src/engine/generated/api-distribution-validator') as Module);
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loaded[shape]!;
}

/**
 * The other spelling of a property in the other shape (API <-> CloudFormation) when edit distance
 * does not find it; case-only differences (ACMCertificateArn/AcmCertificateArn) are found anyway.
 */
const OTHER_SPELLING: Record<string, string[]> = {
  CustomHeaders: ['OriginCustomHeaders'],
  OriginCustomHeaders: ['CustomHeaders'],
  Items: ['Locations'],
  Locations: ['Items'],
  CNAMEs: ['Aliases'],
};

/** What a leaf definition of the CloudFormation schema stands for (it also accepts strings). */
const LEAF_TYPES: Record<string, string> = { String: 'string', Integer: 'integer', Number: 'number', Boolean: 'boolean' };
const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'a list',
  null: 'null',
};
/** Values that may be secrets: a message names their type, never the value. */
const SECRET_KEYS = new Set(['HeaderValue']);

export default defineRule<MessageId>({
  id: 'valid-schema',
  meta: {
    title: "The distribution must fit CloudFront's schema for its format",
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: [
      'cfn-lint E3002 (unknown property)',
      'cfn-lint E3012 (type)',
      'cfn-lint E3030 (allowed values)',
      'cfn-lint E3003 (required)',
      'cfn-lint E3021 (dependent required)',
      'cfn-lint E3033 (string length)',
    ],
    rationale:
      'CloudFormation and the CloudFront API refuse a DistributionConfig with an unknown or misspelt property, a value of the wrong type or outside its allowed values, a missing required field, or a Quantity that does not match its Items.',
    messages: {
      unknownProperty: "Unknown property '{{property}}' in {{parent}}.",
      misspeltProperty: "Unknown property '{{property}}' in {{parent}}; did you mean '{{suggestion}}'?",
      missingProperty: "{{parent}} is missing required property '{{property}}'.",
      missingProperties: '{{parent}} is missing required properties {{properties}}.',
      wrongType: '{{path}} must be {{expected}}; got {{value}}.',
      notInEnum: '{{path}} must be one of {{allowed}}; got {{value}}.',
      countryCode: '{{path}} must be an upper-case ISO 3166-1 alpha-2 country code such as GB or US; got {{value}}.',
      tooLong: '{{path}} is {{length}} characters long; CloudFront allows at most {{limit}}.',
      missingDependency: "{{parent}} sets '{{property}}' but not '{{missing}}'; CloudFront needs both.",
      quantityMismatch: '{{path}}.Quantity is {{quantity}} but Items has {{items}}.',
    },
  },
  check(distribution, context) {
    // Terraform's provider validates its own schema; the input here is CloudFormation or API shaped.
    if (distribution.source === 'terraform-plan') return;
    const { shape, config, tags } = distribution.input;
    const module = validators(shape);
    // list-distributions gives summaries, which lack some fields and carry read-only ones.
    const summary = shape === 'api' && distribution.missingFields.size > 0;
    const targets: Target[] = [
      summary
        ? { value: config, validate: module.summary!, root: 'DistributionSummary', spec: 'DistributionSummary', label: [] }
        : { value: config, validate: module.config, root: 'DistributionConfig', spec: 'DistributionConfig', label: [] },
    ];
    if (shape === 'cfn' && tags) targets.push({ value: tags, validate: module.tags, root: 'Tags', spec: 'Tags', label: ['Tags'] });
    const seen = new Set<string>();
    for (const target of targets) {
      for (const problem of problems(target, module.shapes, distribution.$loc.doc.text, shape)) {
        const where = `${problem.at.range[0]}:${problem.at.range[1]}`;
        if (seen.has(where)) continue;
        seen.add(where);
        context.report({ node: distribution, at: problem.at, key: problem.key, messageId: problem.messageId, data: problem.data });
      }
    }
  },
});

interface Target {
  value: V;
  validate: Validator;
  /** How the root is named in messages. */
  root: string;
  /** The schema definition of the root. */
  spec: string;
  /** Path of the root in messages (empty: properties are named from the root down). */
  label: string[];
}

interface Problem {
  at: Src;
  key: string;
  messageId: MessageId;
  data: Record<string, string | number>;
  /** Lower wins when two problems share a place. */
  rank: number;
  /** Pointer of a subtree not to check further (an unknown property, a value of the wrong type). */
  covers?: string;
}

type Shapes = typeof Validators.shapes;

/**
 * Plain JSON of an evaluated value, with every node's value by JSON pointer. An object with a
 * `Fn::Transform` (AWS::Include) or `Fn::ForEach::` key among its properties gets content only at
 * deploy time: it is as unknown as an unresolved value.
 */
function toJson(value: V, pointer: string, context: Conversion): unknown {
  context.nodes.set(pointer, value);
  const expanded = value.t === 'map' && [...value.entries.keys()].some((key) => key.startsWith('Fn::'));
  if (value.t === 'unknown' || expanded) {
    context.unknowns.push(pointer);
    return UNKNOWN;
  }
  switch (value.t) {
    case 'lit':
      return context.yamlBooleans && isYaml11Boolean(value, context.text) ? /^(yes|on)$/i.test(String(value.value)) : value.value;
    case 'seq':
      return value.items.map((item, i) => toJson(item, `${pointer}/${i}`, context));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of value.entries) out[key] = toJson(item, `${pointer}/${escapeToken(key)}`, context);
      return out;
    }
  }
}

interface Conversion {
  nodes: Map<string, V>;
  unknowns: string[];
  /** The source text, to tell plain YAML scalars from quoted ones. */
  text: string;
  /** CloudFormation reads YAML 1.1, where a plain yes, no, on or off is a boolean. */
  yamlBooleans: boolean;
}

/** A plain (unquoted) YAML `yes`, `no`, `on` or `off`, which YAML 1.2 parsers read as a string. */
function isYaml11Boolean(value: V & { t: 'lit' }, text: string): boolean {
  if (typeof value.value !== 'string' || !/^(yes|no|on|off)$/i.test(value.value)) return false;
  return text.slice(value.src.range[0], value.src.range[1]) === value.value;
}

function problems(target: Target, shapes: Shapes, text: string, shape: 'cfn' | 'api'): Problem[] {
  const nodes = new Map<string, V>();
  const unknowns: string[] = [];
  const json = toJson(target.value, '', { nodes, unknowns, text, yamlBooleans: shape === 'cfn' });
  const underUnknown = (pointer: string) => unknowns.some((u) => pointer === u || pointer.startsWith(`${u}/`));
  const out: Problem[] = [];
  const missing = new Map<string, string[]>();
  if (!target.validate(json)) {
    for (const error of target.validate.errors ?? []) {
      if (underUnknown(error.instancePath)) continue;
      if (error.keyword === 'required') {
        const list = missing.get(error.instancePath) ?? [];
        list.push(String(error.params.missingProperty));
        missing.set(error.instancePath, list);
        continue;
      }
      const problem = fromError(error, target, shapes, nodes);
      if (problem) out.push(problem);
    }
  }
  // A misspelt property that suggests a missing one is one mistake: report the misspelling only.
  const suggested = new Set(
    out.flatMap((problem) => (problem.data.suggestion ? [`${problem.covers!.replace(/\/[^/]*$/, '')}/${escapeToken(String(problem.data.suggestion))}`] : [])),
  );
  for (const [pointer, all] of missing) {
    const properties = all.filter((property) => !suggested.has(`${pointer}/${escapeToken(property)}`));
    if (properties.length === 0) continue;
    const parent = nodes.get(pointer)!;
    const parentLabel = label(target, pointer);
    out.push({
      at: headOf(parent.src),
      key: `${findingKey(target, pointer)}#required`,
      ...(properties.length === 1
        ? { messageId: 'missingProperty', data: { parent: parentLabel, property: properties[0] } }
        : { messageId: 'missingProperties', data: { parent: parentLabel, properties: listLabels(properties.map((p) => `'${p}'`), 10) } }),
      rank: 1,
    });
  }
  const covered = out.flatMap((problem) => (problem.covers === undefined ? [] : [problem.covers]));
  for (const problem of quantities(target, nodes, unknowns)) {
    // A wrapper inside something already reported (an unknown property, a wrong type) is not checked.
    if (covered.some((c) => problem.covers === c || problem.covers!.startsWith(`${c}/`))) continue;
    out.push({ ...problem, covers: undefined });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

function fromError(error: ValidationError, target: Target, shapes: Shapes, nodes: Map<string, V>): Problem | undefined {
  const pointer = error.instancePath;
  const node = nodes.get(pointer);
  if (!node || leftAlone(node, pointer, nodes)) return undefined;
  const path = label(target, pointer);
  const key = findingKey(target, pointer);
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      const child = node.t === 'map' ? node.entries.get(property) : undefined;
      if (!child) return undefined;
      const childPointer = `${pointer}/${escapeToken(property)}`;
      const spec = resolve(shapes, target.spec, segments(pointer));
      const known = spec && typeof shapes[spec] === 'object' && shapes[spec] ? Object.keys(shapes[spec] as object) : [];
      const suggestion = closest(property, known);
      return {
        at: keySrc(child.src),
        key: findingKey(target, childPointer),
        messageId: suggestion ? 'misspeltProperty' : 'unknownProperty',
        data: { property: printable(property), parent: path, ...(suggestion ? { suggestion } : {}) },
        rank: 0,
        covers: childPointer,
      };
    }
    case 'enum': {
      const spec = resolve(shapes, target.spec, segments(pointer));
      const value = shown(node, pointer);
      if (spec === 'CountryCode') return { at: node.src, key, messageId: 'countryCode', data: { path, value }, rank: 2 };
      const values = error.params.allowedValues as unknown[];
      const allowed = [...new Set(values.filter((v) => v !== '').map(String))];
      // `200` where the API wants the string '200': the type is what is wrong (the type error says so).
      if (node.t === 'lit' && allowed.includes(String(node.value))) return undefined;
      const list = `${allowed.join(', ')}${values.includes('') ? ', or empty' : ''}`;
      return { at: node.src, key, messageId: 'notInEnum', data: { path, allowed: list, value }, rank: 2 };
    }
    case 'type':
    case 'pattern': {
      const spec = resolve(shapes, target.spec, segments(pointer));
      const declared = error.keyword === 'type' ? ([] as string[]).concat(error.params.type as string | string[])[0] : undefined;
      const type = (spec && LEAF_TYPES[spec]) ?? declared ?? 'string';
      const data = { path, expected: TYPE_WORDS[type] ?? type, value: shown(node, pointer) };
      return { at: node.src, key, messageId: 'wrongType', data, rank: 3, covers: pointer };
    }
    case 'maxLength': {
      const length = node.t === 'lit' ? [...String(node.value)].length : 0;
      const limit = Number(error.params.limit);
      return { at: node.src, key, messageId: 'tooLong', data: { path, length, limit }, rank: 4 };
    }
    case 'dependencies': {
      const property = String(error.params.property);
      const trigger = node.t === 'map' ? node.entries.get(property) : undefined;
      return {
        at: trigger ? keySrc(trigger.src) : headOf(node.src),
        key: `${findingKey(target, `${pointer}/${escapeToken(property)}`)}#dependency`,
        messageId: 'missingDependency',
        data: { parent: path, property, missing: String(error.params.missingProperty) },
        rank: 1,
      };
    }
    default:
      return undefined;
  }
}

/** valid-origin reports non-integer timeouts and connection attempts as out of its range. */
const RANGE_CHECKED = /\/(ConnectionAttempts|ConnectionTimeout|(CustomOriginConfig|S3OriginConfig)\/(OriginReadTimeout|OriginKeepaliveTimeout))$/;

/** Values whose problems are left to another rule, or whose meaning CloudFormation does not document. */
function leftAlone(node: V, pointer: string, nodes: Map<string, V>): boolean {
  if (node.t !== 'lit') return false;
  // An item of a list parameter (CommaDelimitedList, List<...>) whose value is '' or ends in ',':
  // whether CloudFormation passes such an empty item on is not documented.
  const parent = nodes.get(pointer.replace(/\/[^/]*$/, ''));
  if (node.value === '' && parent?.t === 'seq' && parent.src === node.src) return true;
  const number = typeof node.value === 'string' && node.value.trim() !== '' ? Number(node.value) : node.value;
  return typeof number === 'number' && Number.isFinite(number) && !Number.isInteger(number) && RANGE_CHECKED.test(pointer.replace(/\/\d+(?=\/|$)/g, ''));
}

/** `{Quantity, Items}` wrappers whose Quantity is not the number of Items (API InconsistentQuantities). */
function quantities(target: Target, nodes: Map<string, V>, unknowns: string[]): Problem[] {
  const out: Problem[] = [];
  for (const [pointer, node] of nodes) {
    if (node.t !== 'map') continue;
    const quantity = node.entries.get('Quantity');
    const items = node.entries.get('Items');
    if (quantity?.t !== 'lit' || (items && items.t !== 'seq')) continue;
    if (unknowns.some((u) => pointer === u || pointer.startsWith(`${u}/`))) continue;
    const count = Number(typeof quantity.value === 'string' ? quantity.value.trim() : quantity.value);
    if (typeof quantity.value === 'boolean' || quantity.value === null || quantity.value === '' || !Number.isInteger(count)) continue;
    const actual = items?.t === 'seq' ? items.items.length : 0;
    if (count === actual) continue;
    out.push({
      at: quantity.src,
      key: findingKey(target, `${pointer}/Quantity`),
      covers: pointer,
      messageId: 'quantityMismatch',
      data: {
        path: label(target, pointer),
        quantity: String(quantity.value).trim(),
        items: actual === 0 ? 'no entries' : actual === 1 ? '1 entry' : `${actual} entries`,
      },
      rank: 5,
    });
  }
  return out;
}

/** The schema definition that applies at `path` below the definition `spec` (undefined: no such place). */
function resolve(shapes: Shapes, spec: string | null | undefined, path: string[]): string | undefined {
  let at: string | null | undefined = spec;
  for (const token of path) {
    if (!at) return undefined;
    const entry: Shapes[string] | undefined = shapes[at];
    if (typeof entry === 'string') at = entry;
    if (at.startsWith('[]')) {
      at = /^\d+$/.test(token) ? at.slice(2) || null : undefined;
      continue;
    }
    const properties = shapes[at];
    at = properties && typeof properties === 'object' ? properties[token] : undefined;
  }
  if (at && typeof shapes[at] === 'string') return shapes[at] as string;
  return at ?? undefined;
}

/** "Origins[0].CustomOriginConfig.HTTPPort" (API: "Origins.Items[0]..."); the root's name at the root. */
function label(target: Target, pointer: string): string {
  const parts = [...target.label];
  for (const token of segments(pointer)) {
    if (/^\d+$/.test(token) && parts.length > 0) parts[parts.length - 1] += `[${token}]`;
    else parts.push(printable(token));
  }
  return parts.length ? parts.join('.') : target.root;
}

function findingKey(target: Target, pointer: string): string {
  return `${target.label.length ? `/${target.label.join('/')}` : ''}${pointer}` || '/';
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A source location that underlines the key of `src` (its value when it has no key). */
function keySrc(src: Src): Src {
  return { type: 'scalar', value: null, pointer: src.pointer, range: src.keyRange ?? src.range };
}

/** Where a finding about a whole object points: its key, or for a list item its first line. */
function headOf(src: Src): Src {
  if (src.keyRange) return keySrc(src);
  if (src.type === 'map') {
    const first = [...src.entries.values()][0];
    if (first?.keyRange) return { type: 'scalar', value: null, pointer: src.pointer, range: [src.range[0], first.keyRange[1]] };
  }
  return { type: 'scalar', value: null, pointer: src.pointer, range: src.range };
}

/** A value for messages: strings quoted (shortened), other scalars as written, collections by kind. */
function shown(node: V, pointer: string): string {
  const secret = SECRET_KEYS.has(segments(pointer).pop() ?? '');
  if (node.t === 'map') return 'an object';
  if (node.t === 'seq') return 'a list';
  if (node.t !== 'lit') return 'an unresolved value';
  const value = node.value;
  if (value === null) return 'null';
  if (secret) return TYPE_WORDS[typeof value] ?? 'a value';
  if (typeof value !== 'string') return String(value);
  const text = printable(value);
  return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}

/**
 * The valid name `name` most likely misspells: the same letters in another case, the other shape's
 * spelling, the one name it abbreviates, or the nearest name within a small edit distance.
 */
function closest(name: string, known: string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const other = (OTHER_SPELLING[name] ?? []).find((k) => known.includes(k));
  if (other) return other;
  // A truncated name (CallerRef for CallerReference).
  const longer = lower.length >= 5 ? known.filter((k) => k.toLowerCase().startsWith(lower)) : [];
  if (longer.length === 1) return longer[0];
  const limit = name.length <= 4 ? 1 : name.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
