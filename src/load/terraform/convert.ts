/**
 * Terraform values to CloudFormation-shaped evaluated values (V), following the table in
 * mapping.ts. Every V keeps the `src` of the Terraform JSON value it came from, so findings point
 * into the plan. Values known only after apply become unresolved; sensitive values become
 * unresolved too (never shown) and their text is registered as a secret of the document.
 */
import type { Neighbour, Neighbours, Part, ResourceRef } from '../../model/types';
import { Unresolved } from '../../model/types';
import type { V, VMap } from '../../model/values';
import { childPointer, entry, isMap, isScalar, isSeq, scalarString, type SourceDocument, type Src } from '../source';
import { ATTRIBUTE_FORMS, RELATED, type BlocksProp, type Prop, type RefTarget, type Spec, type TagsProp, type ValueProp } from './mapping';
import { resolveReference, singleReference, type Instance, type Reference, type Snapshot } from './plan';

export const UNKNOWN_DISPLAY = '(known after apply)';
export const SENSITIVE_DISPLAY = '(sensitive value)';

export interface ConvertContext {
  doc: SourceDocument;
  /** Where references resolve (the planned values, or the before values). */
  snapshot: Snapshot;
  /** The resource being converted. */
  instance: Instance;
}

export function isTrue(mark: Src | undefined): boolean {
  return isScalar(mark) && mark.value === true;
}

function isAbsent(src: Src | undefined): boolean {
  return !src || (isScalar(src) && src.value === null);
}

/** Where a value that is not in the document would be: its parent's key, or the parent's first character. */
function missingAt(parent: Src, key: string | number): Src {
  return { type: 'scalar', value: null, pointer: childPointer(parent.pointer, key), range: parent.keyRange ?? [parent.range[0], parent.range[0] + 1] };
}

/** A Terraform value with its `after_unknown` and sensitivity marks and its configuration expression. */
export class TfNode {
  constructor(
    readonly src: Src | undefined,
    readonly unknown: Src | undefined,
    readonly sensitive: Src | undefined,
    readonly expr: Src | undefined,
    /** Where the value is, or would be when it is not in the document. */
    readonly at: Src,
  ) {}

  static root(instance: Instance): TfNode {
    return new TfNode(instance.values, instance.unknown, instance.sensitive, instance.expressions, instance.values ?? instance.resource);
  }

  /** A mark of `true` covers everything inside the value. */
  child(key: string): TfNode {
    const src = entry(this.src, key);
    const mark = (marks: Src | undefined) => (isTrue(marks) ? marks : entry(marks, key));
    return new TfNode(src, mark(this.unknown), mark(this.sensitive), entry(this.expr, key), src ?? missingAt(this.src ?? this.at, key));
  }

  item(index: number, expr?: Src): TfNode {
    const src = isSeq(this.src) ? this.src.items[index] : undefined;
    const mark = (marks: Src | undefined) => (isTrue(marks) ? marks : isSeq(marks) ? marks.items[index] : undefined);
    return new TfNode(src, mark(this.unknown), mark(this.sensitive), expr, src ?? this.at);
  }

  get isUnknown(): boolean {
    return isTrue(this.unknown);
  }

  get isSensitive(): boolean {
    return isTrue(this.sensitive);
  }

  /** Absent, null, or an empty list of blocks. */
  get isEmpty(): boolean {
    return !this.src || (isScalar(this.src) && this.src.value === null) || (isSeq(this.src) && this.src.items.length === 0);
  }
}

/** An object of CloudFormation properties built from a Terraform object by a spec. */
export function convertObject(ctx: ConvertContext, node: TfNode, spec: Spec, src: Src): VMap {
  const entries = new Map<string, V>();
  for (const prop of spec.props) {
    const value = convertProp(ctx, node, prop);
    if (value) entries.set(prop.cfn, value);
  }
  spec.finish?.(entries, src);
  return { t: 'map', entries, src };
}

function convertProp(ctx: ConvertContext, node: TfNode, prop: Prop): V | undefined {
  switch (prop.kind) {
    case 'value':
      return convertValue(ctx, node.child(prop.tf), prop);
    case 'block':
      return convertBlock(ctx, node.child(prop.tf), prop.spec, prop.required);
    case 'blocks':
      return convertBlocks(ctx, node.child(prop.tf), prop);
    case 'group':
      return convertObject(ctx, node, prop.spec, node.src ?? node.at);
    case 'tags':
      return convertTags(ctx, node, prop);
    case 'waf-rules':
      return convertWafRules(ctx, node);
  }
}

/** Unknown or sensitive values become unresolved; undefined when the node is neither. */
function opaque(ctx: ConvertContext, node: TfNode, prop?: ValueProp): V | undefined {
  if (node.isUnknown) return unknownValue(ctx, node, prop);
  if (node.isSensitive) {
    if (node.src) ctx.doc.addSecret(node.src.range);
    return { t: 'unknown', value: new Unresolved(SENSITIVE_DISPLAY), src: node.src ?? node.at };
  }
  return undefined;
}

function convertValue(ctx: ConvertContext, node: TfNode, prop: ValueProp): V | undefined {
  const hidden = opaque(ctx, node, prop);
  if (hidden) return hidden;
  const src = node.src;
  if (prop.required && isAbsent(src)) return unknownValue(ctx, node, prop);
  if (!src) return undefined;
  if (isScalar(src)) {
    // The provider cannot tell an empty string (or 0 where noted) from an unset attribute.
    if (src.value === null || src.value === '' || (prop.zeroIsUnset && src.value === 0)) return undefined;
    if (typeof src.value === 'string' && prop.refs) {
      const ref = knownReference(ctx, node, src.value, prop.refs);
      if (ref) return { t: 'unknown', value: new Unresolved(src.value, [src.value], ref), src };
    }
    return { t: 'lit', value: src.value, src };
  }
  return plain(ctx, node);
}

/** A value taken as it is (lists of strings, maps), with unknown and sensitive parts made opaque. */
function plain(ctx: ConvertContext, node: TfNode): V | undefined {
  const hidden = opaque(ctx, node);
  if (hidden) return hidden;
  const src = node.src;
  if (!src) return undefined;
  if (isSeq(src)) {
    const items = src.items.flatMap((_, i) => {
      const item = plain(ctx, node.item(i));
      return item ? [item] : [];
    });
    return { t: 'seq', items, src };
  }
  if (isMap(src)) {
    const entries = new Map<string, V>();
    for (const key of src.entries.keys()) {
      const item = plain(ctx, node.child(key));
      if (item) entries.set(key, item);
    }
    return { t: 'map', entries, src };
  }
  return src.value === null ? undefined : { t: 'lit', value: src.value, src };
}

/** A nested block: `[{...}]` in Terraform JSON (an object for providers that use nested attributes). */
function convertBlock(ctx: ConvertContext, node: TfNode, spec: Spec, required = false): V | undefined {
  const hidden = opaque(ctx, node);
  if (hidden) return hidden;
  if (required && isAbsent(node.src)) return unknownValue(ctx, node);
  if (node.isEmpty) return undefined;
  const src = node.src!;
  if (isMap(src)) return convertObject(ctx, node, spec, src);
  if (!isSeq(src)) return { t: 'lit', value: src.value, src };
  const item = node.item(0, isSeq(node.expr) ? node.expr.items[0] : undefined);
  const itemHidden = opaque(ctx, item);
  if (itemHidden) return itemHidden;
  if (!isMap(item.src)) return undefined;
  // The block stands where its attribute is written: findings about it underline the key.
  return convertObject(ctx, item, spec, { ...item.src, keyRange: src.keyRange });
}

function convertBlocks(ctx: ConvertContext, node: TfNode, prop: BlocksProp): V | undefined {
  const hidden = opaque(ctx, node);
  if (hidden) return hidden;
  if (prop.required && isAbsent(node.src)) return unknownValue(ctx, node);
  if (node.isEmpty) return undefined;
  const src = node.src!;
  if (isMap(src)) return { t: 'seq', items: [convertObject(ctx, node, prop.spec, src)], src };
  if (!isSeq(src)) return { t: 'lit', value: src.value, src };
  const expressions = pairExpressions(src.items, node.expr, prop);
  const items = src.items.flatMap((itemSrc, i): V[] => {
    const item = node.item(i, expressions[i]);
    const itemHidden = opaque(ctx, item);
    if (itemHidden) return [itemHidden];
    return isMap(itemSrc) ? [convertObject(ctx, item, prop.spec, itemSrc)] : [];
  });
  return { t: 'seq', items, src };
}

/**
 * The configuration block of each value item. Sets are sorted by hash in values but written in
 * source order in configuration, so items pair by an identifying constant (origin_id, …); a list
 * pairs by position; one item left on each side pairs by elimination.
 */
function pairExpressions(items: Src[], expr: Src | undefined, prop: BlocksProp): Array<Src | undefined> {
  if (!isSeq(expr)) return [];
  const blocks = expr.items;
  if (prop.ordered && blocks.length === items.length) return blocks;
  const out: Array<Src | undefined> = items.map(() => undefined);
  const used = new Set<number>();
  if (prop.match) {
    const key = prop.match;
    items.forEach((item, i) => {
      const value = entry(item, key);
      if (!isScalar(value) || value.value === null) return;
      const matches = blocks.flatMap((block, j) => {
        const constant = entry(entry(block, key), 'constant_value');
        return !used.has(j) && isScalar(constant) && constant.value === value.value ? [j] : [];
      });
      if (matches.length !== 1) return;
      out[i] = blocks[matches[0]!];
      used.add(matches[0]!);
    });
  }
  const openItems = out.flatMap((block, i) => (block ? [] : [i]));
  const openBlocks = blocks.flatMap((_, j) => (used.has(j) ? [] : [j]));
  if (openItems.length === 1 && openBlocks.length === 1) out[openItems[0]!] = blocks[openBlocks[0]!];
  return out;
}

/** `{Name = "x"}` becomes `[{Key: Name, Value: x}]`; each pair points at its key. */
function convertTags(ctx: ConvertContext, node: TfNode, prop: TagsProp): V | undefined {
  const attribute = prop.tf.map((name) => node.child(name)).find((child) => child.isUnknown || child.isSensitive || !child.isEmpty);
  if (!attribute) return undefined;
  const hidden = opaque(ctx, attribute);
  if (hidden) return hidden;
  const src = attribute.src!;
  if (!isMap(src)) return plain(ctx, attribute);
  const items: V[] = [];
  for (const [key, valueSrc] of src.entries) {
    const keyRange = valueSrc.keyRange ?? valueSrc.range;
    const keySrc: Src = { type: 'scalar', value: key, pointer: valueSrc.pointer, range: keyRange };
    const tag: Src = { type: 'map', entries: new Map(), pointer: valueSrc.pointer, range: [keyRange[0], valueSrc.range[1]], keyRange };
    const entries = new Map<string, V>([['Key', { t: 'lit', value: key, src: keySrc }]]);
    const value = plain(ctx, attribute.child(key));
    entries.set('Value', value ?? { t: 'lit', value: '', src: valueSrc });
    items.push({ t: 'map', entries, src: tag });
  }
  return { t: 'seq', items, src };
}

/** WAFv2 `rule` blocks (or `rule_json`) as CloudFormation `Rules[{Name, Priority, Statement}]`. */
function convertWafRules(ctx: ConvertContext, node: TfNode): V | undefined {
  const json = node.child('rule_json');
  const jsonHidden = opaque(ctx, json);
  if (jsonHidden) return jsonHidden;
  if (isScalar(json.src) && typeof json.src.value === 'string' && json.src.value.trim() !== '') {
    try {
      return fromJson(JSON.parse(json.src.value) as unknown, json.src);
    } catch {
      return { t: 'unknown', value: new Unresolved('rule_json', undefined, undefined, true), src: json.src };
    }
  }
  const rules = node.child('rule');
  const hidden = opaque(ctx, rules);
  if (hidden) return hidden;
  if (!isSeq(rules.src)) return undefined;
  const items = rules.src.items.map((itemSrc, i): V => {
    const rule = rules.item(i);
    const ruleHidden = opaque(ctx, rule);
    if (ruleHidden || !isMap(itemSrc)) return ruleHidden ?? { t: 'lit', value: null, src: itemSrc };
    const entries = new Map<string, V>();
    const name = convertValue(ctx, rule.child('name'), { kind: 'value', cfn: 'Name', tf: 'name' });
    if (name) entries.set('Name', name);
    const priority = convertValue(ctx, rule.child('priority'), { kind: 'value', cfn: 'Priority', tf: 'priority' });
    if (priority) entries.set('Priority', priority);
    const statement = convertStatement(ctx, rule.child('statement'));
    if (statement) entries.set('Statement', statement);
    return { t: 'map', entries, src: itemSrc };
  });
  return { t: 'seq', items, src: rules.src };
}

/** A statement block: the one statement kind that is set, PascalCased; managed rule groups with their name. */
function convertStatement(ctx: ConvertContext, node: TfNode): V | undefined {
  const hidden = opaque(ctx, node);
  if (hidden) return hidden;
  if (node.isEmpty || !isSeq(node.src)) return undefined;
  const statement = node.item(0);
  const statementHidden = opaque(ctx, statement);
  if (statementHidden) return statementHidden;
  if (!isMap(statement.src)) return undefined;
  const entries = new Map<string, V>();
  for (const key of statement.src.entries.keys()) {
    const kind = statement.child(key);
    if (!kind.isUnknown && kind.isEmpty) continue;
    const name = key.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
    if (key === 'managed_rule_group_statement') {
      const managed = convertBlock(ctx, kind, {
        props: [
          { kind: 'value', cfn: 'Name', tf: 'name' },
          { kind: 'value', cfn: 'VendorName', tf: 'vendor_name' },
          { kind: 'value', cfn: 'Version', tf: 'version' },
        ],
      });
      if (managed) entries.set(name, managed);
    } else {
      entries.set(name, opaque(ctx, kind) ?? { t: 'map', entries: new Map(), src: kind.src! });
    }
  }
  return { t: 'map', entries, src: { ...statement.src, keyRange: node.src.keyRange } };
}

function fromJson(value: unknown, src: Src): V {
  if (Array.isArray(value)) return { t: 'seq', items: value.map((item) => fromJson(item, src)), src };
  if (value !== null && typeof value === 'object') {
    return { t: 'map', entries: new Map(Object.entries(value).map(([key, item]) => [key, fromJson(item, src)])), src };
  }
  return { t: 'lit', value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null, src };
}

/**
 * A value known only after apply. When its configuration names one resource, it shows as that
 * reference, carries a ResourceRef (rules follow it to the resource), and known forms of the
 * attribute give it literal text (`${aws_s3_bucket.site.bucket}.s3.${region}.amazonaws.com`).
 */
function unknownValue(ctx: ConvertContext, node: TfNode, prop?: ValueProp): V {
  const reference = singleReference(node.expr);
  if (!reference) return { t: 'unknown', value: new Unresolved(UNKNOWN_DISPLAY), src: node.at };
  const target = resolveReference(ctx.snapshot, ctx.instance, reference);
  const display = `${reference.text} ${UNKNOWN_DISPLAY}`;
  const parts = prop && reference.attribute ? attributeParts(reference, target) : undefined;
  return { t: 'unknown', value: new Unresolved(display, parts, target ? refTo(target, reference.attribute) : undefined), src: node.at };
}

function refTo(target: Instance, attribute?: string): ResourceRef {
  return { logicalId: target.address, type: RELATED[target.type]?.cfnType ?? target.type, attribute };
}

/**
 * A known value that names a related resource rules look at: by the configuration's reference,
 * else by the value of the targets' attribute (state files have no configuration).
 */
function knownReference(ctx: ConvertContext, node: TfNode, value: string, targets: RefTarget[]): ResourceRef | undefined {
  const followed = targets.filter((target) => target.follow);
  if (followed.length === 0) return undefined;
  const reference = singleReference(node.expr);
  const byConfig = reference ? resolveReference(ctx.snapshot, ctx.instance, reference) : undefined;
  if (byConfig && followed.some((target) => target.type === byConfig.type)) return refTo(byConfig, reference?.attribute);
  const byValue = followed.flatMap((target) =>
    ctx.snapshot.ofType(target.type).filter((instance) => scalarString(entry(instance.values, target.attribute)) === value).map((instance) => ({ instance, target })),
  );
  return byValue.length === 1 ? refTo(byValue[0]!.instance, byValue[0]!.target.attribute) : undefined;
}

/** The known form of the referenced attribute, with what the plan knows of the target filled in. */
function attributeParts(reference: Reference, target: Instance | undefined): Part[] | undefined {
  const form = ATTRIBUTE_FORMS[`${reference.type}.${reference.attribute}`];
  if (!form) return undefined;
  const base = `${reference.mode === 'data' ? 'data.' : ''}${reference.type}.${reference.name}${reference.indexKey || target?.indexKey || ''}`;
  const known = (attribute: string) => {
    const value = entry(target?.values, attribute);
    return isScalar(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
  };
  return form.map((part): Part => {
    if (part === 'region') return known('region') ?? { display: '${region}', charset: 'label', standIn: 'us-east-1' };
    if (typeof part === 'string') return part;
    return (part.attribute && known(part.attribute)) || { display: `\${${base}.${part.hole}}`, charset: part.charset };
  });
}

/** Related resources of the same plan, converted to CloudFormation shape on first use. */
export function neighboursOf(doc: SourceDocument, snapshot: Snapshot): Neighbours {
  const cache = new Map<string, Neighbour | undefined>();
  const get = (address: string): Neighbour | undefined => {
    if (cache.has(address)) return cache.get(address);
    const instance = snapshot.instances.get(address);
    const related = instance && instance.mode === 'managed' ? RELATED[instance.type] : undefined;
    let neighbour: Neighbour | undefined;
    if (instance && related) {
      const node = TfNode.root(instance);
      const properties = opaque({ doc, snapshot, instance }, node) ?? convertObject({ doc, snapshot, instance }, node, { props: related.properties }, node.src ?? node.at);
      neighbour = { logicalId: address, type: related.cfnType, properties };
    }
    cache.set(address, neighbour);
    return neighbour;
  };
  return {
    get,
    ofType: (type) =>
      Object.entries(RELATED)
        .filter(([, related]) => related.cfnType === type)
        .flatMap(([tfType]) => snapshot.ofType(tfType))
        .map((instance) => get(instance.address)!)
        .filter(Boolean),
  };
}
