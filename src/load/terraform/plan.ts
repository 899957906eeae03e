/**
 * The resource instances of `terraform show -json` output (cloudfront-facts §7.5): a plan's planned
 * (after) values with what is unknown until apply, its before values and prior state, and a state
 * file's values; each instance with its sensitivity marks and its `configuration` expressions.
 */
import { entry, isMap, isScalar, isSeq, scalarString, type Src } from '../source';

export interface Instance {
  /** Full instance address: `module.cdn.aws_cloudfront_distribution.site["a"]`. */
  address: string;
  mode: string;
  type: string;
  name: string;
  /** `[0]` or `["key"]` when the resource has count or for_each, else ''. */
  indexKey: string;
  /** Address of the module instance the resource is in ('' at the root). */
  module: string;
  /** The resource object in the document (fallback position). */
  resource: Src;
  values: Src | undefined;
  /** `after_unknown`: what is known only after apply. */
  unknown?: Src;
  /** `sensitive_values` / `after_sensitive` / `before_sensitive`. */
  sensitive?: Src;
  /** The resource's `expressions` in the plan's `configuration` (after values only). */
  expressions?: Src;
  /** `resource_changes[].change.actions`, e.g. `create`, `update`, `delete,create`. */
  actions?: string[];
}

export class Snapshot {
  readonly instances = new Map<string, Instance>();

  add(instance: Instance): void {
    if (!this.instances.has(instance.address)) this.instances.set(instance.address, instance);
  }

  ofType(type: string): Instance[] {
    return [...this.instances.values()].filter((instance) => instance.type === type && instance.mode === 'managed');
  }

  /** Instances of `module` named `mode type.name`, any index. */
  named(module: string, mode: string, type: string, name: string): Instance[] {
    return [...this.instances.values()].filter(
      (instance) => instance.module === module && instance.mode === mode && instance.type === type && instance.name === name,
    );
  }
}

export interface TerraformDocument {
  kind: 'plan' | 'state';
  /** Planned values of a plan; the values of a state file. */
  after: Snapshot;
  /** Before values of a plan (its `resource_changes[].change.before`, else its prior state). */
  before: Snapshot;
}

/** `terraform show -json` of a plan or of a state (cloudfront-facts §7.1). */
export function isTerraformJson(root: Src): boolean {
  if (!isMap(root) || !isScalar(entry(root, 'format_version'))) return false;
  return ['planned_values', 'resource_changes', 'prior_state'].some((key) => isMap(entry(root, key)) || isSeq(entry(root, key))) || isMap(entry(entry(root, 'values'), 'root_module'));
}

export function readTerraformJson(root: Src): TerraformDocument {
  const after = new Snapshot();
  const before = new Snapshot();
  const stateRoot = entry(entry(root, 'values'), 'root_module');
  const isPlan = ['planned_values', 'resource_changes', 'prior_state'].some((key) => entry(root, key) !== undefined);
  if (!isPlan) {
    walkModule(stateRoot, '', (instance) => after.add(instance));
    return { kind: 'state', after, before };
  }
  const configuration = entry(entry(root, 'configuration'), 'root_module');
  const changes = new Map<string, Src>();
  const changeList = entry(root, 'resource_changes');
  if (isSeq(changeList)) {
    for (const change of changeList.items) {
      const address = scalarString(entry(change, 'address'));
      // A deposed object (create_before_destroy) shares the address of the current one.
      if (address && entry(change, 'deposed') === undefined) changes.set(address, change);
    }
  }
  const withChange = (instance: Instance): Instance => {
    const change = entry(changes.get(instance.address), 'change');
    instance.unknown = entry(change, 'after_unknown');
    instance.sensitive ??= entry(change, 'after_sensitive');
    instance.actions = actionsOf(change);
    instance.expressions = configExpressions(configuration, instance);
    return instance;
  };
  walkModule(entry(entry(root, 'planned_values'), 'root_module'), '', (instance) => after.add(withChange(instance)));
  // Resources a plan lists only among its changes (a plan without planned_values).
  for (const [address, resource] of changes) {
    const change = entry(resource, 'change');
    const identity = identify(resource, scalarString(entry(resource, 'module_address')) ?? '');
    const afterValues = entry(change, 'after');
    if (!after.instances.has(address) && isMap(afterValues) && !isDeleteOnly(actionsOf(change))) {
      after.add(withChange({ ...identity, resource, values: afterValues }));
    }
    const beforeValues = entry(change, 'before');
    if (isMap(beforeValues)) before.add({ ...identity, resource, values: beforeValues, sensitive: entry(change, 'before_sensitive') });
  }
  walkModule(entry(entry(entry(root, 'prior_state'), 'values'), 'root_module'), '', (instance) => before.add(instance));
  return { kind: 'plan', after, before };
}

function actionsOf(change: Src | undefined): string[] | undefined {
  const actions = entry(change, 'actions');
  return isSeq(actions) ? actions.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : [])) : undefined;
}

export function isDeleteOnly(actions: string[] | undefined): boolean {
  return actions !== undefined && actions.length > 0 && actions.every((action) => action === 'delete');
}

/** Every resource of a module tree (`root_module` with `resources` and nested `child_modules`). */
function walkModule(module: Src | undefined, address: string, visit: (instance: Instance) => void, depth = 0): void {
  if (!isMap(module) || depth > 100) return;
  const resources = entry(module, 'resources');
  if (isSeq(resources)) {
    for (const resource of resources.items) {
      if (!isMap(resource)) continue;
      visit({ ...identify(resource, address), resource, values: entry(resource, 'values'), sensitive: entry(resource, 'sensitive_values') });
    }
  }
  const children = entry(module, 'child_modules');
  if (isSeq(children)) {
    for (const child of children.items) walkModule(child, scalarString(entry(child, 'address')) ?? address, visit, depth + 1);
  }
}

function identify(resource: Src, module: string): Omit<Instance, 'resource' | 'values'> {
  const mode = scalarString(entry(resource, 'mode')) ?? 'managed';
  const type = scalarString(entry(resource, 'type')) ?? '';
  const name = scalarString(entry(resource, 'name')) ?? '';
  const base = `${module ? `${module}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const index = entry(resource, 'index');
  const fromIndex = isScalar(index) && index.value !== null ? `[${typeof index.value === 'string' ? JSON.stringify(index.value) : String(index.value)}]` : '';
  const address = scalarString(entry(resource, 'address')) ?? `${base}${fromIndex}`;
  return { address, mode, type, name, module, indexKey: address.startsWith(base) ? address.slice(base.length) : fromIndex };
}

/** Names of the module calls on the way to a module instance: `module.a["x"].module.b` → a, b. */
export function moduleCalls(module: string): string[] {
  const names: string[] = [];
  const pattern = /(?:^|\.)module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?/g;
  for (let match = pattern.exec(module); match; match = pattern.exec(module)) names.push(match[1]!);
  return names;
}

/** The `expressions` of an instance's resource block in the plan's `configuration`. */
function configExpressions(configuration: Src | undefined, instance: Instance): Src | undefined {
  let module = configuration;
  for (const call of moduleCalls(instance.module)) module = entry(entry(entry(module, 'module_calls'), call), 'module');
  const resources = entry(module, 'resources');
  if (!isSeq(resources)) return undefined;
  const address = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
  const block = resources.items.find((resource) => scalarString(entry(resource, 'address')) === address);
  return entry(block, 'expressions');
}

/** A reference of a configuration expression, split: `aws_s3_bucket.site[0].bucket_regional_domain_name`. */
export interface Reference {
  text: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  indexKey: string;
  attribute?: string;
}

const REFERENCE = /^(data\.)?([A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)((?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?)(?:\.(.+))?$/;

/**
 * The one resource (and attribute) an expression refers to, or undefined when it refers to nothing,
 * to variables, locals, modules or several resources (its value could come from any of them).
 * `references` lists `aws_x.y.id` and `aws_x.y` for one use: they are one reference; `count.index`
 * and `each.key` only pick an instance.
 */
export function singleReference(expression: Src | undefined): Reference | undefined {
  const references = entry(expression, 'references');
  if (!isSeq(references) || references.items.length === 0) return undefined;
  let found: Reference | undefined;
  for (const item of references.items) {
    const text = scalarString(item);
    // `aws_x.y[count.index]`: the index names the instance of the referring resource's index.
    if (text === 'count.index' || text === 'each.key') continue;
    const match = text ? REFERENCE.exec(text) : null;
    if (!text || !match) return undefined;
    const reference: Reference = {
      text,
      mode: match[1] ? 'data' : 'managed',
      type: match[2]!,
      name: match[3]!,
      indexKey: match[4] ?? '',
      attribute: match[5]?.replace(/\[.*$/, '').split('.')[0],
    };
    if (!found) {
      found = reference;
      continue;
    }
    if (found.mode !== reference.mode || found.type !== reference.type || found.name !== reference.name) return undefined;
    if (found.indexKey && reference.indexKey && found.indexKey !== reference.indexKey) return undefined;
    if (found.attribute && reference.attribute && found.attribute !== reference.attribute) return undefined;
    // Keep the most specific spelling (with index and attribute).
    found = {
      ...found,
      text: reference.text.length > found.text.length ? reference.text : found.text,
      indexKey: found.indexKey || reference.indexKey,
      attribute: found.attribute ?? reference.attribute,
    };
  }
  return found;
}

/** The instance a reference written in `from`'s module names, when exactly one can be meant. */
export function resolveReference(snapshot: Snapshot, from: Instance, reference: Reference): Instance | undefined {
  const candidates = snapshot.named(from.module, reference.mode, reference.type, reference.name);
  if (reference.indexKey) return candidates.find((candidate) => candidate.indexKey === reference.indexKey);
  if (candidates.length === 1) return candidates[0];
  // `aws_x.y[count.index]` lists only `aws_x.y`: the instance with the referring one's index.
  return from.indexKey ? candidates.find((candidate) => candidate.indexKey === from.indexKey) : undefined;
}
