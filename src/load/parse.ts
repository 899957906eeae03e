import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { childPointer, type Src, type SrcMap } from './source';

/** A problem that makes a file unusable, with the offset it was found at. */
export class ParseProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly endOffset: number = offset,
  ) {
    super(message);
  }
}

export interface ParsedText {
  root: Src;
  /** Line starts of the text the offsets refer to (differs from the input only after a repair). */
  lineStarts: number[];
  /** Problems that do not stop reading (duplicate keys: the last value wins, as in CloudFormation). */
  problems: ParseProblem[];
}

/** CloudFormation short-form tags and the long-form key each one stands for. */
const CFN_TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!GetParam': 'Fn::GetParam',
};

const YAML_CORE_TAG = 'tag:yaml.org,2002:';
/** More expanded alias content than this is treated as an alias bomb. */
const MAX_ALIAS_EXPANSION = 100_000;
const MAX_DEPTH = 400;

/**
 * Parses JSON or YAML (JSON is YAML 1.2) into a located source tree. CloudFormation short-form
 * tags become their long form (`!GetAtt A.B` becomes `{"Fn::GetAtt": ["A", "B"]}`) with the
 * position of the tagged node, so JSON and YAML templates look the same to every later stage.
 */
export function parseText(text: string): ParsedText {
  let source = text;
  for (let repairs = 0; ; repairs++) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      keepSourceTokens: false,
      version: '1.2',
    });
    const firstError = doc.errors[0];
    if (firstError) {
      const repaired = repairs < MAX_REPAIRS ? reindentQuotedScalar(source, firstError) : undefined;
      if (repaired !== undefined) {
        source = repaired;
        continue;
      }
      throw new ParseProblem(describeYamlError(firstError.code, firstError.message), firstError.pos[0], firstError.pos[1]);
    }
    if (!doc.contents) throw new ParseProblem('The file is empty.', 0);
    const converter = new Converter(source);
    const root = converter.convert(doc.contents as YamlNode, '', 0);
    return { root, lineStarts: lineCounter.lineStarts, problems: converter.problems };
  }
}

const MAX_REPAIRS = 20;

/**
 * PyYAML, and so CloudFormation and cfn-lint, accept a multi-line quoted scalar whose continuation
 * lines are not indented past their key; YAML 1.2 (and the yaml package) does not. Indent those
 * continuation lines one step further and parse again: line numbers stay the same, and columns
 * change only inside the string.
 */
function reindentQuotedScalar(source: string, error: { code: string; message: string; pos: [number, number] }): string | undefined {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return undefined;
  const lineStart = source.lastIndexOf('\n', error.pos[0] - 1) + 1;
  const lineEnd = source.indexOf('\n', lineStart);
  const firstLine = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const quote = firstLine.includes('"') ? '"' : "'";
  const keyIndent = /^ */.exec(firstLine)![0].length;
  const lines = source.slice(lineStart).split('\n');
  let changed = false;
  for (let i = 1; i < lines.length && i < 200; i++) {
    const indent = /^ */.exec(lines[i])![0].length;
    if (lines[i].trim() !== '' && indent <= keyIndent) {
      lines[i] = ' '.repeat(keyIndent + 1 - indent) + lines[i];
      changed = true;
    }
    if (lines[i].includes(quote)) break;
  }
  return changed ? source.slice(0, lineStart) + lines.join('\n') : undefined;
}

function describeYamlError(code: string, message: string): string {
  if (/call stack/i.test(message)) return 'The file is nested too deeply to parse.';
  const first = message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '').trim();
  if (code === 'DUPLICATE_KEY') return `Duplicate key: ${first.replace(/^Map keys must be unique;?\s*/i, '') || 'map keys must be unique'}.`;
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

class Converter {
  private aliasBudget = MAX_ALIAS_EXPANSION;
  private readonly sizes = new Map<YamlNode, number>();
  readonly problems: ParseProblem[] = [];
  /** Anchors seen so far in document order: an alias refers to the latest one before it. */
  private readonly anchors = new Map<string, YamlNode>();

  constructor(private readonly text: string) {}

  convert(node: YamlNode, pointer: string, depth: number, keyRange?: [number, number]): Src {
    if (depth > MAX_DEPTH) throw new ParseProblem(`Nesting deeper than ${MAX_DEPTH} levels.`, node.range?.[0] ?? 0);
    if (isAlias(node)) return this.convertAlias(node, pointer, depth, keyRange);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, node);
    const range: [number, number] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    const tag = node.tag;
    if (tag && !tag.startsWith(YAML_CORE_TAG)) {
      const longForm = CFN_TAGS[tag];
      if (!longForm) {
        throw new ParseProblem(`Unknown tag ${tag}: not a CloudFormation intrinsic function.`, this.tagStart(tag, range[0]), range[1]);
      }
      return this.convertTagged(node, longForm, pointer, depth, [this.tagStart(tag, range[0]), range[1]], keyRange);
    }
    return this.convertPlain(node, pointer, depth, range, keyRange);
  }

  private convertPlain(node: YamlNode, pointer: string, depth: number, range: [number, number], keyRange?: [number, number]): Src {
    if (isMap(node)) {
      const entries = new Map<string, Src>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        if (keyNode && !isScalar(keyNode)) {
          throw new ParseProblem('A mapping key must be a plain value, not a list or a mapping.', keyNode.range?.[0] ?? range[0]);
        }
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : '';
        const childKeyRange: [number, number] = [keyNode?.range?.[0] ?? range[0], keyNode?.range?.[1] ?? range[0]];
        if (entries.has(key)) {
          this.problems.push(new ParseProblem(`Duplicate key '${key}': the last value is used.`, childKeyRange[0], childKeyRange[1]));
        }
        const valueNode = pair.value as YamlNode | null;
        const childPtr = childPointer(pointer, key);
        entries.set(
          key,
          valueNode
            ? this.convert(valueNode, childPtr, depth + 1, childKeyRange)
            : { type: 'scalar', value: null, pointer: childPtr, range: [childKeyRange[1], childKeyRange[1]], keyRange: childKeyRange },
        );
      }
      return { type: 'map', entries, pointer, range, keyRange };
    }
    if (isSeq(node)) {
      const items = node.items.map((item, index) => {
        const childPtr = childPointer(pointer, index);
        return item
          ? this.convert(item as YamlNode, childPtr, depth + 1)
          : ({ type: 'scalar', value: null, pointer: childPtr, range } as Src);
      });
      return { type: 'seq', items, pointer, range, keyRange };
    }
    if (isScalar(node)) {
      const value = node.value;
      const scalar =
        value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : String(value);
      return { type: 'scalar', value: scalar, pointer, range, keyRange };
    }
    throw new ParseProblem('Unsupported YAML node.', range[0]);
  }

  /** The tag precedes the value's range; include it so a finding underlines `!Ref Name`, not `Name`. */
  private tagStart(tag: string, valueStart: number): number {
    const before = this.text.slice(Math.max(0, valueStart - tag.length - 8), valueStart);
    const at = before.lastIndexOf(tag);
    return at >= 0 && /^\s*$/.test(before.slice(at + tag.length)) ? valueStart - before.length + at : valueStart;
  }

  /** `!Tag value` becomes `{ "Fn::Tag": value }`; the inner value keeps the JSON-form pointer. */
  private convertTagged(
    node: YamlNode,
    longForm: string,
    pointer: string,
    depth: number,
    range: [number, number],
    keyRange?: [number, number],
  ): SrcMap {
    const innerPointer = childPointer(pointer, longForm);
    let inner: Src;
    if (longForm === 'Fn::GetAtt' && isScalar(node) && typeof node.value === 'string') {
      // `!GetAtt Resource.Attribute.Part` splits at the first dot only.
      const dot = node.value.indexOf('.');
      const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)];
      inner = {
        type: 'seq',
        pointer: innerPointer,
        range,
        items: parts.map((part, i) => ({ type: 'scalar', value: part, pointer: childPointer(innerPointer, i), range })),
      };
    } else {
      inner = this.convertPlain(node, innerPointer, depth + 1, range);
    }
    return { type: 'map', entries: new Map([[longForm, inner]]), pointer, range, keyRange };
  }

  private convertAlias(node: YamlNode, pointer: string, depth: number, keyRange?: [number, number]): Src {
    if (!isAlias(node)) throw new Error('not an alias');
    const target = this.anchors.get(node.source);
    const start = node.range?.[0] ?? 0;
    if (!target) throw new ParseProblem(`Unresolved alias *${node.source}.`, start);
    this.aliasBudget -= this.size(target);
    if (this.aliasBudget < 0) {
      throw new ParseProblem(
        `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?); refusing to expand them.`,
        start,
        node.range?.[1] ?? start,
      );
    }
    return this.convert(target, pointer, depth + 1, keyRange);
  }

  /** Number of nodes a subtree expands to, aliases included; memoised so bombs are cheap to detect. */
  private size(node: YamlNode, depth = 0): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return Infinity;
    this.sizes.set(node, Infinity); // a cycle counts as infinite
    let total = 1;
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      total += target ? this.size(target, depth + 1) : 0;
    } else if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair) && pair.value) total += this.size(pair.value as YamlNode, depth + 1);
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) total += this.size(item as YamlNode, depth + 1);
    }
    this.sizes.set(node, total);
    return total;
  }
}
