/**
 * Values of HCL expressions in Terraform source, as far as they are known without Terraform:
 * literals, tuples and objects of them, templates, `var.x` taken at its default (when the variant
 * says so), `local.x` built from those, and attribute or index access into such values. Everything
 * else (resource attributes, function calls, conditionals, `for`, splats, template directives) is
 * unknown and keeps its source text, the resource it names, and the known parts of a template.
 */
import type { Part } from '../../model/types';
import type { Scalar } from '../source';
import { normaliseParts } from '../../model/values';
import type { HclNode } from './hcl-parser';

export type Range = [number, number];

/** An evaluated expression, located in the file being linted. */
export type Ir =
  | { k: 'lit'; value: Scalar; range: Range }
  | { k: 'seq'; items: Ir[]; range: Range }
  | { k: 'map'; entries: Map<string, { value: Ir; keyRange: Range }>; range: Range }
  | { k: 'unknown'; display: string; parts?: Part[]; reference?: string[]; range: Range };

/** An HCL node together with the text of the file it is in (variables may be declared in another file). */
export interface Located {
  node: HclNode;
  text: string;
}

export interface ModuleDeclarations {
  /** `variable "x" {}` blocks: the `default` expression when there is one (null: declared without). */
  variables: Map<string, Located | null>;
  /** `locals { x = … }` attributes. */
  locals: Map<string, Located>;
}

/** How one variant evaluates: which variables stand at their default (all others are unknown). */
export interface Scope {
  module: ModuleDeclarations;
  atDefault: ReadonlySet<string>;
}

const MAX_DEPTH = 64;

export function children(node: HclNode, type?: string): HclNode[] {
  return type ? node.children.filter((child) => child.type === type) : node.children;
}

export function child(node: HclNode, type: string): HclNode | undefined {
  return node.children.find((c) => c.type === type);
}

export function textOf(node: HclNode, text: string): string {
  return text.slice(node.start, node.end);
}

/** The value of a string literal's content: HCL escapes (`\n`, `\"`, `\u00e9`, …) and `$${`/`%%{`. */
export function unescapeLiteral(raw: string, quoted: boolean): string {
  let out = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (!quoted) return out;
  out = out.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g, (_, u4: string | undefined, u8: string | undefined, char: string | undefined) => {
    if (u4 || u8) return String.fromCodePoint(parseInt((u4 ?? u8)!, 16));
    switch (char) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return char ?? '';
    }
  });
  return out;
}

/** A string literal (`"…"`, without interpolation): a block label or an object key. */
export function stringLiteral(node: HclNode, text: string): string | undefined {
  if (node.type === 'identifier') return textOf(node, text);
  if (node.type !== 'string_lit') return undefined;
  const open = child(node, 'quoted_template_start');
  const close = child(node, 'quoted_template_end');
  // The text between the quotes: template_literal tokens leave out whitespace at their edges.
  return open && close ? unescapeLiteral(text.slice(open.end, close.start), true) : undefined;
}

function rangeOf(node: HclNode): Range {
  return [node.start, node.end];
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

export class Evaluator {
  private readonly evaluating = new Set<string>();
  /** Variables this evaluation read (at their default or not), in order of first use. */
  readonly variablesUsed: string[] = [];

  constructor(private readonly scope: Scope) {}

  /** Evaluates an expression of `text`; `at` (when given) is where the result is said to be. */
  evaluate(node: HclNode, text: string, depth = 0): Ir {
    if (depth > MAX_DEPTH) return this.unknown(node, text);
    switch (node.type) {
      case 'expression':
        return this.expression(node, text, depth);
      case 'literal_value':
        return this.literal(node, text);
      case 'collection_value':
        return this.evaluate(node.children[0] ?? node, text, depth + 1);
      case 'tuple':
        return { k: 'seq', items: children(node, 'expression').map((item) => this.evaluate(item, text, depth + 1)), range: rangeOf(node) };
      case 'object':
        return this.object(node, text, depth);
      case 'template_expr':
        return this.template(node.children[0] ?? node, text, depth);
      default:
        return this.unknown(node, text);
    }
  }

  private unknown(node: HclNode, text: string, reference?: string[]): Ir {
    return { k: 'unknown', display: shorten(textOf(node, text)), reference, range: rangeOf(node) };
  }

  private literal(node: HclNode, text: string): Ir {
    const inner = node.children[0];
    const range = rangeOf(node);
    if (!inner) return this.unknown(node, text);
    const raw = textOf(inner, text);
    switch (inner.type) {
      case 'numeric_lit': {
        const value = Number(raw);
        return Number.isFinite(value) ? { k: 'lit', value, range } : this.unknown(node, text);
      }
      case 'bool_lit':
        return { k: 'lit', value: raw === 'true', range };
      case 'null_lit':
        return { k: 'lit', value: null, range };
      case 'string_lit':
        return { k: 'lit', value: stringLiteral(inner, text) ?? '', range };
      default:
        return this.unknown(node, text);
    }
  }

  private object(node: HclNode, text: string, depth: number): Ir {
    const entries = new Map<string, { value: Ir; keyRange: Range }>();
    for (const element of children(node, 'object_elem')) {
      const keyNode = element.children.find((c) => c.field === 'key');
      const valueNode = element.children.find((c) => c.field === 'val');
      if (!keyNode || !valueNode) return this.unknown(node, text);
      const key = this.objectKey(keyNode, text, depth);
      if (key === undefined) return this.unknown(node, text);
      entries.set(key, { value: this.evaluate(valueNode, text, depth + 1), keyRange: rangeOf(keyNode) });
    }
    return { k: 'map', entries, range: rangeOf(node) };
  }

  /** A bare identifier key is its own name (`{ Name = "x" }`); any other key is evaluated. */
  private objectKey(node: HclNode, text: string, depth: number): string | undefined {
    const [first, ...rest] = node.children;
    if (first?.type === 'variable_expr' && rest.length === 0) return textOf(first, text);
    const value = this.evaluate(node, text, depth + 1);
    return value.k === 'lit' && value.value !== null && typeof value.value !== 'boolean' ? String(value.value) : undefined;
  }

  private expression(node: HclNode, text: string, depth: number): Ir {
    const [first, ...accessors] = node.children;
    if (!first) return this.unknown(node, text);
    if (accessors.length === 0 && first.type !== 'variable_expr') return this.evaluate(first, text, depth + 1);
    let base: Ir;
    let rest = accessors;
    if (first.type === 'variable_expr') {
      const root = this.root(node, first, accessors, text, depth);
      if (!root) return this.unknownTraversal(node, first, accessors, text);
      base = root.value;
      rest = accessors.slice(root.consumed);
    } else {
      base = this.evaluate(first, text, depth + 1);
    }
    for (const accessor of rest) {
      base = this.access(base, accessor, text, depth);
      if (base.k === 'unknown') return this.unknown(node, text);
    }
    return relocate(base, rangeOf(node));
  }

  /** The value `var.x` or `local.x` stands for (and how many accessors that took), when known. */
  private root(node: HclNode, first: HclNode, accessors: HclNode[], text: string, depth: number): { value: Ir; consumed: number } | undefined {
    const name = textOf(first, text);
    const attribute = accessors[0]?.type === 'get_attr' ? accessors[0].children[0] : undefined;
    if (!attribute || (name !== 'var' && name !== 'local')) return undefined;
    const member = textOf(attribute, text);
    const key = `${name}.${member}`;
    if (name === 'var') {
      if (!this.variablesUsed.includes(member)) this.variablesUsed.push(member);
      const declared = this.scope.module.variables.get(member);
      if (!declared || !this.scope.atDefault.has(member)) return undefined;
      return { value: this.guarded(key, declared, depth) ?? this.unknown(node, text), consumed: 1 };
    }
    const local = this.scope.module.locals.get(member);
    if (!local) return undefined;
    return { value: this.guarded(key, local, depth) ?? this.unknown(node, text), consumed: 1 };
  }

  private guarded(key: string, declared: Located, depth: number): Ir | undefined {
    if (this.evaluating.has(key)) return undefined;
    this.evaluating.add(key);
    try {
      return this.evaluate(declared.node, declared.text, depth + 1);
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** An unknown reference; a reference to a resource's attribute names it (as a plan's `references` do). */
  private unknownTraversal(node: HclNode, first: HclNode, accessors: HclNode[], text: string): Ir {
    const names = [textOf(first, text)];
    for (const accessor of accessors) {
      if (accessor.type === 'get_attr' && accessor.children[0]) {
        names.push(`.${textOf(accessor.children[0], text)}`);
        continue;
      }
      const index = accessor.type === 'index' ? this.literalIndex(accessor, text) : undefined;
      if (index === undefined) break;
      names.push(typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`);
    }
    const full = names.join('');
    const isResource = /^(data\.)?[A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9_-]*\.[A-Za-z_]/.test(full);
    if (!isResource) return this.unknown(node, text);
    const base = names.slice(0, names[0] === 'data' ? 3 : 2).join('');
    return this.unknown(node, text, full === base ? [full] : [full, base]);
  }

  private literalIndex(accessor: HclNode, text: string): string | number | undefined {
    const inner = accessor.children[0];
    if (!inner) return undefined;
    if (inner.type === 'legacy_index') {
      const value = Number(textOf(inner, text).replace(/^\./, ''));
      return Number.isInteger(value) ? value : undefined;
    }
    const expression = inner.children[0];
    if (!expression) return undefined;
    const value = new Evaluator({ module: { variables: new Map(), locals: new Map() }, atDefault: new Set() }).evaluate(expression, text);
    return value.k === 'lit' && (typeof value.value === 'string' || typeof value.value === 'number') ? value.value : undefined;
  }

  private access(base: Ir, accessor: HclNode, text: string, depth: number): Ir {
    const unknown: Ir = { k: 'unknown', display: '', range: base.range };
    if (base.k === 'unknown') return unknown;
    if (accessor.type === 'get_attr') {
      const name = accessor.children[0] ? textOf(accessor.children[0], text) : '';
      return base.k === 'map' ? (base.entries.get(name)?.value ?? unknown) : unknown;
    }
    if (accessor.type !== 'index') return unknown;
    let key: string | number | undefined;
    const inner = accessor.children[0];
    if (inner?.type === 'legacy_index') {
      key = Number(textOf(inner, text).replace(/^\./, ''));
    } else if (inner?.children[0]) {
      const value = this.evaluate(inner.children[0], text, depth + 1);
      key = value.k === 'lit' && (typeof value.value === 'string' || typeof value.value === 'number') ? value.value : undefined;
    }
    if (key === undefined) return unknown;
    if (base.k === 'seq') return typeof key === 'number' && Number.isInteger(key) ? (base.items[key] ?? unknown) : unknown;
    if (base.k === 'map') return base.entries.get(String(key))?.value ?? unknown;
    return unknown;
  }

  /** A quoted or heredoc template: a string when every part is known, else known text around holes. */
  private template(node: HclNode, text: string, depth: number): Ir {
    const range = rangeOf(node);
    if (node.type === 'heredoc_template') return this.heredoc(node, text);
    if (node.type !== 'quoted_template') return this.unknown(node, text);
    const open = child(node, 'quoted_template_start');
    const close = child(node, 'quoted_template_end');
    if (!open || !close) return this.unknown(node, text);
    const parts: Part[] = [];
    // Literal text is what lies between the quotes and the interpolations (template_literal tokens
    // leave out whitespace at their edges).
    let at = open.end;
    for (const piece of node.children) {
      if (piece.type === 'quoted_template_start' || piece.type === 'quoted_template_end' || piece.type === 'template_literal') continue;
      if (piece.type !== 'template_interpolation' || piece.children.some((c) => c.type === 'strip_marker')) {
        return this.unknown(node, text);
      }
      parts.push(unescapeLiteral(text.slice(at, piece.start), true));
      at = piece.end;
      const inner = child(piece, 'expression');
      const value = inner ? this.evaluate(inner, text, depth + 1) : undefined;
      if (value?.k === 'lit' && value.value !== null) {
        parts.push(String(value.value));
      } else if (value?.k === 'unknown') {
        parts.push(...(value.parts ?? [{ display: textOf(piece, text), charset: 'any' as const }]));
      } else {
        return this.unknown(node, text);
      }
    }
    parts.push(unescapeLiteral(text.slice(at, close.start), true));
    const joined = normaliseParts(parts);
    if (joined.every((part) => typeof part === 'string')) return { k: 'lit', value: joined.join(''), range };
    return { k: 'unknown', display: shorten(textOf(node, text)), parts: joined, range };
  }

  /** `<<EOT` / `<<-EOT` (indentation removed) without interpolation: its lines, each with its line break. */
  private heredoc(node: HclNode, text: string): Ir {
    const markers = children(node, 'heredoc_identifier');
    const opening = markers[0];
    const closing = markers[markers.length - 1];
    const dynamic = node.children.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
    if (!opening || !closing || opening === closing || dynamic) return this.unknown(node, text);
    const contentStart = text.indexOf('\n', opening.end) + 1;
    const contentEnd = text.lastIndexOf('\n', closing.start) + 1;
    if (contentStart <= 0 || contentEnd < contentStart) return this.unknown(node, text);
    let content = text.slice(contentStart, contentEnd);
    const start = child(node, 'heredoc_start');
    if (start && textOf(start, text).startsWith('<<-')) {
      const lines = content.split('\n');
      const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
      const strip = indents.length ? Math.min(...indents) : 0;
      content = lines.map((line) => line.slice(Math.min(strip, /^[ \t]*/.exec(line)![0].length))).join('\n');
    }
    return { k: 'lit', value: unescapeLiteral(content.replace(/\r\n/g, '\n'), false), range: rangeOf(node) };
  }
}

/** The same value said to be at `range` (a variable's value is reported where the variable is used). */
export function relocate(value: Ir, range: Range): Ir {
  switch (value.k) {
    case 'lit':
      return { ...value, range };
    case 'unknown':
      return { ...value, range };
    case 'seq':
      return { k: 'seq', items: value.items.map((item) => relocate(item, range)), range };
    case 'map': {
      const entries = new Map<string, { value: Ir; keyRange: Range }>();
      for (const [key, entry] of value.entries) entries.set(key, { value: relocate(entry.value, range), keyRange: range });
      return { k: 'map', entries, range };
    }
  }
}
