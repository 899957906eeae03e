/**
 * Terraform source (`.tf`), for pre-commit where no plan exists: every `aws_cloudfront_distribution`
 * resource block becomes the same model as a plan gives (the plan reader's Terraform→CloudFormation
 * table and converter, terraform/mapping.ts and terraform/convert.ts), with what Terraform would only
 * know later left unresolved. Literals are read as written; a variable with a default is one
 * alternative at its default and another unknown (findings that need the default say so, as they do
 * for CloudFormation parameters); locals are evaluated from those; resource attributes, function
 * calls, conditionals and `dynamic` blocks stay unknown. Findings point at the attribute in the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normaliseDistribution } from '../../model/normalise';
import { Unresolved, type Distribution } from '../../model/types';
import type { V } from '../../model/values';
import { findCommentSuppressions } from '../comment-suppressions';
import { SourceDocument, childPointer, type Src, type SrcMap } from '../source';
import { TfNode, convertObject, neighboursOf, type ConvertContext } from '../terraform/convert';
import { DISTRIBUTION_CONFIG, DISTRIBUTION_TAGS, DISTRIBUTION_TYPE } from '../terraform/mapping';
import { Snapshot, type Instance } from '../terraform/plan';
import type { Assumption, DistributionVariant, LoadedDistribution, LoadedDocument } from '../types';
import { Evaluator, child, children, stringLiteral, textOf, type Ir, type ModuleDeclarations, type Range } from './evaluate';
import { parseHcl, type HclNode } from './hcl-parser';

/** Terraform source files: `main.tf`, not `main.tf.json` (that is JSON configuration syntax). */
export function isTerraformSourceName(file: string): boolean {
  return /\.tf$/i.test(file);
}

/** Cheap pre-check: only files that declare a distribution are parsed (pre-commit passes every changed `.tf`). */
const DISTRIBUTION_BLOCK = /\bresource\s+"?aws_cloudfront_distribution\b/;

/** Variables (default or not) that each get two alternatives; any others stay unknown (as with CloudFormation's 64 variants). */
const MAX_VARYING = 6;

export const PLAN_HINT = 'terraform plan -out plan.out && terraform show -json plan.out > plan.json';

function empty(doc: SourceDocument): LoadedDocument {
  return { doc, distributions: [], problems: [], commentSuppressions: [] };
}

/**
 * Reads a `.tf` file. `dir`, when the file is on disk, is its module directory: variables and locals
 * declared in the other `.tf` files there count too.
 */
export function readTerraformSource(text: string, file: string, dir?: string): LoadedDocument {
  const doc = new SourceDocument(file, text);
  if (!DISTRIBUTION_BLOCK.test(text)) return empty(doc);
  const parsed = parseHcl(text);
  if (!parsed.ok) {
    return {
      ...empty(doc),
      notices: [
        `${file}: Terraform source is not linted here: ${parsed.reason}. Lint the plan instead: ${PLAN_HINT}, then cloudfront-lint plan.json.`,
      ],
    };
  }
  const result: LoadedDocument = { ...empty(doc), kind: 'terraform-plan' };
  const error = parsed.error;
  if (error) {
    // As with JSON and YAML, a file with a syntax error is that error only: Terraform refuses it too,
    // and values read around a recovered error could be misplaced.
    const what = error.missing ? `missing '${error.missing}'` : `unexpected '${shortText(text.slice(error.start, error.end))}'`;
    result.problems.push({ message: `HCL syntax error: ${what}.`, offset: error.start, endOffset: Math.max(error.end, error.start + 1) });
    return result;
  }
  const body = bodyOf(parsed.root);
  const blocks = body ? children(body, 'block') : [];
  const module = declarations(blocks, text);
  if (dir) addSiblingDeclarations(module, dir, file);

  const resources = blocks.flatMap((block) => {
    const resource = resourceOf(block, text);
    return resource ? [resource] : [];
  });
  for (const resource of resources) {
    if (resource.mode !== 'managed' || resource.type !== DISTRIBUTION_TYPE) continue;
    result.distributions.push(readDistribution(doc, text, module, resources, resource));
  }
  // Suppression comments work on the located body of every distribution block.
  const root: SrcMap = { type: 'map', entries: new Map(), pointer: '', range: [0, text.length] };
  for (const distribution of result.distributions) {
    const values = distribution.variants[0]?.model.input.config.src;
    if (values) root.entries.set(distribution.id, values);
  }
  result.commentSuppressions = findCommentSuppressions(doc, root);
  return result;
}

function shortText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}

function bodyOf(root: HclNode): HclNode | undefined {
  return child(root, 'body');
}

interface Resource {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  address: string;
  pointer: string;
  block: HclNode;
  /** The block's labels: distribution-level findings underline them. */
  labels: Range;
}

function labelsOf(block: HclNode, text: string): { type: string; labels: string[]; range: Range } | undefined {
  const [typeNode, ...rest] = block.children;
  if (typeNode?.type !== 'identifier') return undefined;
  const labelNodes = rest.filter((node) => node.type === 'string_lit' || node.type === 'identifier');
  const labels = labelNodes.map((node) => stringLiteral(node, text) ?? '');
  const last = labelNodes[labelNodes.length - 1];
  return { type: textOf(typeNode, text), labels, range: [labelNodes[0]?.start ?? typeNode.start, last?.end ?? typeNode.end] };
}

function resourceOf(block: HclNode, text: string): Resource | undefined {
  const head = labelsOf(block, text);
  if (!head || (head.type !== 'resource' && head.type !== 'data') || head.labels.length !== 2) return undefined;
  const [type, name] = head.labels as [string, string];
  const mode = head.type === 'data' ? 'data' : 'managed';
  const address = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const pointer = childPointer(childPointer(childPointer('', head.type), type), name);
  return { mode, type, name, address, pointer, block, labels: head.range };
}

function declarations(blocks: HclNode[], text: string): ModuleDeclarations {
  const module: ModuleDeclarations = { variables: new Map(), locals: new Map() };
  addDeclarations(module, blocks, text);
  return module;
}

function addDeclarations(module: ModuleDeclarations, blocks: HclNode[], text: string): void {
  for (const block of blocks) {
    const head = labelsOf(block, text);
    const body = child(block, 'body');
    if (head?.type === 'variable' && head.labels.length === 1) {
      const name = head.labels[0]!;
      if (module.variables.has(name)) continue;
      const attribute = body ? attributes(body, text).get('default') : undefined;
      module.variables.set(name, attribute ? { node: attribute.value, text } : null);
    } else if (head?.type === 'locals' && head.labels.length === 0 && body) {
      for (const [name, attribute] of attributes(body, text)) if (!module.locals.has(name)) module.locals.set(name, { node: attribute.value, text });
    }
  }
}

/** Declarations parsed from the module's other files, by absolute path and modification time. */
const siblingCache = new Map<string, { mtimeMs: number; blocks: HclNode[]; text: string }>();

/** Variables are usually declared in `variables.tf` and locals anywhere: read them from the module's other files. */
function addSiblingDeclarations(module: ModuleDeclarations, dir: string, file: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const own = basename(file);
  for (const name of names.sort()) {
    // Override files change declarations in ways not modelled here; they are left out.
    if (name === own || !isTerraformSourceName(name) || /(^|_)override\.tf$/i.test(name)) continue;
    const abs = join(dir, name);
    let entry = siblingCache.get(abs);
    try {
      const { mtimeMs, size, isFile } = statInfo(abs);
      if (!isFile || size > 5 * 1024 * 1024) continue;
      if (!entry || entry.mtimeMs !== mtimeMs) {
        const text = readFileSync(abs, 'utf8');
        let blocks: HclNode[] = [];
        if (/\b(variable|locals)\b/.test(text)) {
          const parsed = parseHcl(text);
          const body = parsed.ok && !parsed.error ? bodyOf(parsed.root) : undefined;
          blocks = body ? children(body, 'block') : [];
        }
        entry = { mtimeMs, blocks, text };
        siblingCache.set(abs, entry);
      }
    } catch {
      continue;
    }
    addDeclarations(module, entry.blocks, entry.text);
  }
}

function statInfo(abs: string): { mtimeMs: number; size: number; isFile: boolean } {
  const stats = statSync(abs);
  return { mtimeMs: stats.mtimeMs, size: stats.size, isFile: stats.isFile() };
}

interface Attribute {
  name: HclNode;
  value: HclNode;
}

function attributes(body: HclNode, text: string): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const attribute of children(body, 'attribute')) {
    const [name, value] = attribute.children;
    if (name?.type === 'identifier' && value) out.set(textOf(name, text), { name, value });
  }
  return out;
}

/** The three parallel trees the plan converter reads: values, what is unknown, and configuration expressions. */
interface Trees {
  values: Src;
  unknown?: Src;
  expressions?: Src;
}

/** Unknown values as this reader describes them (source text and known parts), by their value's source. */
type Descriptions = Map<Src, { display: string; parts?: Unresolved['parts'] }>;

class TreeBuilder {
  readonly descriptions: Descriptions = new Map();

  constructor(
    private readonly text: string,
    private readonly evaluator: Evaluator,
  ) {}

  /** A block body: attributes by name, nested blocks as lists (one list per block type, as in plan JSON). */
  body(body: HclNode | undefined, pointer: string, range: Range, keyRange: Range): Trees {
    const values: SrcMap = { type: 'map', entries: new Map(), pointer, range, keyRange };
    const unknown: SrcMap = { type: 'map', entries: new Map(), pointer, range };
    const expressions: SrcMap = { type: 'map', entries: new Map(), pointer, range };
    const put = (key: string, trees: Trees) => {
      values.entries.set(key, trees.values);
      if (trees.unknown) unknown.entries.set(key, trees.unknown);
      if (trees.expressions) expressions.entries.set(key, trees.expressions);
    };
    if (!body) return { values };
    for (const [name, attribute] of attributes(body, this.text)) {
      put(name, this.value(this.evaluator.evaluate(attribute.value, this.text), childPointer(pointer, name), [attribute.name.start, attribute.name.end]));
    }
    const byType = new Map<string, HclNode[]>();
    const dynamic = new Map<string, HclNode>();
    for (const block of children(body, 'block')) {
      const head = labelsOf(block, this.text);
      if (!head) continue;
      if (head.type === 'dynamic' && head.labels.length === 1) {
        if (!dynamic.has(head.labels[0]!)) dynamic.set(head.labels[0]!, block);
        continue;
      }
      byType.set(head.type, [...(byType.get(head.type) ?? []), block]);
    }
    for (const [type, blocks] of byType) {
      if (dynamic.has(type)) continue;
      const itemsPointer = childPointer(pointer, type);
      const items = blocks.map((block, i) => {
        const identifier = block.children[0]!;
        return this.body(child(block, 'body'), childPointer(itemsPointer, i), [block.start, block.end], [identifier.start, identifier.end]);
      });
      const first = blocks[0]!.children[0]!;
      const listRange: Range = [blocks[0]!.start, blocks[blocks.length - 1]!.end];
      const list = (trees: Array<Src | undefined>): Src => ({ type: 'seq', items: trees.map((tree) => tree ?? scalar(true, itemsPointer, listRange)), pointer: itemsPointer, range: listRange });
      put(type, {
        values: { type: 'seq', items: items.map((item) => item.values), pointer: itemsPointer, range: listRange, keyRange: [first.start, first.end] },
        unknown: items.some((item) => item.unknown) ? list(items.map((item) => item.unknown ?? emptyMap(itemsPointer, listRange))) : undefined,
        expressions: list(items.map((item) => item.expressions ?? emptyMap(itemsPointer, listRange))),
      });
    }
    for (const [type, block] of dynamic) {
      const identifier = block.children[0]!;
      const ir: Ir = { k: 'unknown', display: `dynamic "${type}"`, range: [block.start, block.end] };
      put(type, this.value(ir, childPointer(pointer, type), [identifier.start, identifier.end]));
    }
    return { values, unknown: unknown.entries.size ? unknown : undefined, expressions };
  }

  /** An evaluated attribute value. */
  value(ir: Ir, pointer: string, keyRange?: Range): Trees {
    switch (ir.k) {
      case 'lit': {
        const values = scalar(ir.value, pointer, ir.range, keyRange);
        return { values, expressions: constant(values) };
      }
      case 'unknown': {
        const values = scalar(null, pointer, ir.range, keyRange);
        this.descriptions.set(values, { display: ir.display, parts: ir.parts });
        const expressions: SrcMap = { type: 'map', entries: new Map(), pointer, range: ir.range };
        if (ir.reference) {
          expressions.entries.set('references', { type: 'seq', items: ir.reference.map((ref) => scalar(ref, pointer, ir.range)), pointer, range: ir.range });
        }
        return { values, unknown: scalar(true, pointer, ir.range), expressions };
      }
      case 'seq': {
        const items = ir.items.map((item, i) => this.value(item, childPointer(pointer, i)));
        const values: Src = { type: 'seq', items: items.map((item) => item.values), pointer, range: ir.range, keyRange };
        const unknown = items.some((item) => item.unknown)
          ? ({ type: 'seq', items: items.map((item) => item.unknown ?? scalar(false, pointer, ir.range)), pointer, range: ir.range } satisfies Src)
          : undefined;
        return { values, unknown, expressions: constant(values) };
      }
      case 'map': {
        const values: SrcMap = { type: 'map', entries: new Map(), pointer, range: ir.range, keyRange };
        const unknown: SrcMap = { type: 'map', entries: new Map(), pointer, range: ir.range };
        for (const [key, entry] of ir.entries) {
          const trees = this.value(entry.value, childPointer(pointer, key), entry.keyRange);
          values.entries.set(key, trees.values);
          if (trees.unknown) unknown.entries.set(key, trees.unknown);
        }
        return { values, unknown: unknown.entries.size ? unknown : undefined, expressions: constant(values) };
      }
    }
  }
}

function scalar(value: string | number | boolean | null, pointer: string, range: Range, keyRange?: Range): Src {
  return keyRange ? { type: 'scalar', value, pointer, range, keyRange } : { type: 'scalar', value, pointer, range };
}

function emptyMap(pointer: string, range: Range): Src {
  return { type: 'map', entries: new Map(), pointer, range };
}

/** A plan configuration's `{constant_value: …}` (it pairs repeated blocks with their values by identifying attribute). */
function constant(values: Src): Src {
  return { type: 'map', entries: new Map([['constant_value', values]]), pointer: values.pointer, range: values.range };
}

interface Evaluated {
  instances: Instance[];
  descriptions: Descriptions;
  variablesUsed: string[];
}

/** Every resource of the file as plan instances, evaluated with the given variables at their default. */
function evaluateResources(text: string, module: ModuleDeclarations, resources: Resource[], atDefault: ReadonlySet<string>): Evaluated {
  const evaluator = new Evaluator({ module, atDefault });
  const builder = new TreeBuilder(text, evaluator);
  const instances = resources.map((resource): Instance => {
    const typeIdentifier = resource.block.children[0]!;
    const trees = builder.body(child(resource.block, 'body'), resource.pointer, [resource.block.start, resource.block.end], [typeIdentifier.start, resource.labels[1]]);
    const self: Src = { type: 'scalar', value: resource.address, pointer: resource.pointer, range: resource.labels };
    return {
      address: resource.address,
      mode: resource.mode,
      type: resource.type,
      name: resource.name,
      indexKey: '',
      module: '',
      resource: self,
      values: trees.values,
      unknown: trees.unknown,
      expressions: trees.expressions,
    };
  });
  return { instances, descriptions: builder.descriptions, variablesUsed: evaluator.variablesUsed };
}

function readDistribution(doc: SourceDocument, text: string, module: ModuleDeclarations, resources: Resource[], resource: Resource): LoadedDistribution {
  // Which variables the distribution reads (directly or through locals): each with a default varies.
  const probe = new Evaluator({ module, atDefault: new Set() });
  new TreeBuilder(text, probe).body(child(resource.block, 'body'), resource.pointer, [resource.block.start, resource.block.end], [resource.block.start, resource.block.start]);
  const varying = probe.variablesUsed.filter((name) => module.variables.get(name)).slice(0, MAX_VARYING);

  const variants: DistributionVariant[] = [];
  for (let mask = 0; mask < 1 << varying.length; mask++) {
    const atDefault = new Set(varying.filter((_, i) => (mask & (1 << i)) === 0));
    const assumptions: Assumption[] = varying.map((name) =>
      atDefault.has(name)
        ? { key: `var:${name}=default`, text: `with variable ${name} at its default${defaultText(module, name)}` }
        : { key: `var:${name}?`, text: `with another value of variable ${name}` },
    );
    const model = toModel(doc, text, module, resources, resource, atDefault);
    if (model) variants.push({ assumptions, model });
  }
  const self: Src = { type: 'scalar', value: resource.address, pointer: resource.pointer, range: resource.labels };
  return { id: resource.address, self, variants, suppressions: [] };
}

function defaultText(module: ModuleDeclarations, name: string): string {
  const declared = module.variables.get(name);
  if (!declared) return '';
  const value = new Evaluator({ module, atDefault: new Set() }).evaluate(declared.node, declared.text);
  return value.k === 'lit' && value.value !== null ? ` '${String(value.value)}'` : '';
}

function toModel(doc: SourceDocument, text: string, module: ModuleDeclarations, resources: Resource[], resource: Resource, atDefault: ReadonlySet<string>): Distribution | undefined {
  const evaluated = evaluateResources(text, module, resources, atDefault);
  const snapshot = new Snapshot();
  for (const instance of evaluated.instances) snapshot.add(instance);
  const instance = snapshot.instances.get(resource.address);
  if (!instance) return undefined;
  const ctx: ConvertContext = { doc, snapshot, instance };
  const node = TfNode.root(instance);
  const values = node.src;
  if (!values || values.type !== 'map') return undefined;
  const config = convertObject(ctx, node, { props: DISTRIBUTION_CONFIG }, values);
  const tags = convertObject(ctx, node, { props: [DISTRIBUTION_TAGS] }, values).entries.get('Tags');
  describeUnknowns(config, evaluated.descriptions);
  if (tags) describeUnknowns(tags, evaluated.descriptions);
  return normaliseDistribution({
    doc,
    shape: 'cfn',
    source: 'terraform-plan',
    id: resource.address,
    config,
    self: instance.resource,
    tags,
    neighbours: neighboursOf(doc, snapshot),
  });
}

/**
 * The converter shows values it cannot know as a plan does ("known after apply"); in source they are
 * shown as written (`var.domain`, `"${var.bucket}.s3.amazonaws.com"`), with a template's known text.
 */
function describeUnknowns(value: V, descriptions: Descriptions, depth = 0): void {
  if (depth > 100) return;
  if (value.t === 'unknown') {
    const description = descriptions.get(value.src);
    if (description) value.value = new Unresolved(description.display, value.value.parts ?? description.parts, value.value.ref, value.value.invalid);
    return;
  }
  if (value.t === 'map') for (const item of value.entries.values()) describeUnknowns(item, descriptions, depth + 1);
  if (value.t === 'seq') for (const item of value.items) describeUnknowns(item, descriptions, depth + 1);
}
