/**
 * Terraform plan and state JSON (`terraform show -json`, cloudfront-facts §7.5): every
 * `aws_cloudfront_distribution` at any module depth becomes the same model as the other formats
 * (CloudFormation shape, source 'terraform-plan'), named by its resource address. A plan is linted
 * as planned; its before values are kept for the change rules.
 */
import { normaliseDistribution } from '../../model/normalise';
import type { Distribution } from '../../model/types';
import { entry, isMap, isScalar, isSeq, scalarString, type SourceDocument, type Src } from '../source';
import type { DistributionVariant, LoadedDistribution } from '../types';
import { TfNode, convertObject, isTrue, neighboursOf, type ConvertContext } from './convert';
import { DISTRIBUTION_CONFIG, DISTRIBUTION_TAGS, DISTRIBUTION_TYPE } from './mapping';
import { isDeleteOnly, readTerraformJson, type Instance, type Snapshot } from './plan';

export { isTerraformJson } from './plan';

export function readTerraform(doc: SourceDocument, root: Src): LoadedDistribution[] {
  const terraform = readTerraformJson(root);
  markSecrets(doc, root);
  const afterNeighbours = neighboursOf(doc, terraform.after);
  const beforeNeighbours = neighboursOf(doc, terraform.before);
  const out: LoadedDistribution[] = [];
  for (const instance of terraform.after.ofType(DISTRIBUTION_TYPE)) {
    // A distribution the plan deletes is not linted.
    if (isDeleteOnly(instance.actions)) continue;
    const self = selfOf(instance);
    const loaded: LoadedDistribution = {
      id: instance.address,
      self,
      suppressions: [],
      variants: variant(doc, terraform.after, instance, afterNeighbours),
    };
    const earlier = terraform.before.instances.get(instance.address);
    if (earlier && earlier.type === DISTRIBUTION_TYPE) loaded.before = variant(doc, terraform.before, earlier, beforeNeighbours);
    out.push(loaded);
  }
  return out;
}

/** The resource's address string: distribution-level findings underline it. */
function selfOf(instance: Instance): Src {
  const address = entry(instance.resource, 'address');
  return isScalar(address) ? address : instance.resource;
}

function variant(doc: SourceDocument, snapshot: Snapshot, instance: Instance, neighbours: ReturnType<typeof neighboursOf>): DistributionVariant[] {
  const model = toModel(doc, snapshot, instance, neighbours);
  return model ? [{ assumptions: [], model }] : [];
}

function toModel(doc: SourceDocument, snapshot: Snapshot, instance: Instance, neighbours: ReturnType<typeof neighboursOf>): Distribution | undefined {
  const ctx: ConvertContext = { doc, snapshot, instance };
  const node = TfNode.root(instance);
  if (!isMap(node.src)) return undefined;
  const values = node.src;
  const config = convertObject(ctx, node, { props: DISTRIBUTION_CONFIG }, values);
  const tags = convertObject(ctx, node, { props: [DISTRIBUTION_TAGS] }, values).entries.get('Tags');
  const arn = node.child('arn');
  return normaliseDistribution({
    doc,
    shape: 'cfn',
    source: 'terraform-plan',
    id: instance.address,
    config,
    self: selfOf(instance),
    tags,
    arn: arn.isUnknown || arn.isSensitive ? undefined : scalarString(arn.src) || undefined,
    neighbours,
  });
}

/**
 * Every value the plan marks sensitive, wherever it is repeated (planned values, changes, prior
 * state, drift), every origin custom header value, and sensitive variables and outputs: their text
 * is never shown in code frames.
 */
function markSecrets(doc: SourceDocument, root: Src): void {
  const resource = (values: Src | undefined, sensitive: Src | undefined, type: string | undefined) => {
    mark(doc, values, sensitive);
    if (type === DISTRIBUTION_TYPE) headerValues(doc, values);
  };
  const walk = (module: Src | undefined, depth = 0) => {
    if (depth > 100) return;
    const resources = entry(module, 'resources');
    if (isSeq(resources)) for (const item of resources.items) resource(entry(item, 'values'), entry(item, 'sensitive_values'), scalarString(entry(item, 'type')));
    const children = entry(module, 'child_modules');
    if (isSeq(children)) for (const child of children.items) walk(child, depth + 1);
  };
  walk(entry(entry(root, 'planned_values'), 'root_module'));
  walk(entry(entry(entry(root, 'prior_state'), 'values'), 'root_module'));
  walk(entry(entry(root, 'values'), 'root_module'));
  for (const list of ['resource_changes', 'resource_drift']) {
    const changes = entry(root, list);
    if (!isSeq(changes)) continue;
    for (const item of changes.items) {
      const change = entry(item, 'change');
      const type = scalarString(entry(item, 'type'));
      resource(entry(change, 'after'), entry(change, 'after_sensitive'), type);
      resource(entry(change, 'before'), entry(change, 'before_sensitive'), type);
    }
  }
  // Header values written as constants in the configuration.
  const configured = (module: Src | undefined, depth = 0) => {
    if (depth > 100) return;
    const resources = entry(module, 'resources');
    if (isSeq(resources)) {
      for (const item of resources.items) {
        if (scalarString(entry(item, 'type')) === DISTRIBUTION_TYPE) headerValues(doc, entry(item, 'expressions'), 'constant_value');
      }
    }
    const calls = entry(module, 'module_calls');
    if (isMap(calls)) for (const call of calls.entries.values()) configured(entry(call, 'module'), depth + 1);
  };
  configured(entry(entry(root, 'configuration'), 'root_module'));
  const declared = entry(entry(entry(root, 'configuration'), 'root_module'), 'variables');
  const variables = entry(root, 'variables');
  if (isMap(declared) && isMap(variables)) {
    for (const [name, declaration] of declared.entries) {
      if (isTrue(entry(declaration, 'sensitive'))) {
        const value = entry(entry(variables, name), 'value');
        if (value) doc.addSecret(value.range);
      }
    }
  }
  for (const outputs of [entry(entry(root, 'planned_values'), 'outputs'), entry(entry(entry(root, 'prior_state'), 'values'), 'outputs'), entry(entry(root, 'values'), 'outputs')]) {
    if (!isMap(outputs)) continue;
    for (const output of outputs.entries.values()) {
      const value = entry(output, 'value');
      if (value && isTrue(entry(output, 'sensitive'))) doc.addSecret(value.range);
    }
  }
  const outputChanges = entry(root, 'output_changes');
  if (isMap(outputChanges)) {
    for (const change of outputChanges.entries.values()) {
      mark(doc, entry(change, 'after'), entry(change, 'after_sensitive'));
      mark(doc, entry(change, 'before'), entry(change, 'before_sensitive'));
    }
  }
}

/** Registers the text of every value whose sensitivity mark is `true` (marks mirror the values). */
function mark(doc: SourceDocument, value: Src | undefined, marks: Src | undefined, depth = 0): void {
  if (!value || !marks || depth > 200) return;
  if (isTrue(marks)) {
    doc.addSecret(value.range);
    return;
  }
  if (isMap(marks) && isMap(value)) for (const [key, inner] of marks.entries) mark(doc, value.entries.get(key), inner, depth + 1);
  if (isSeq(marks) && isSeq(value)) marks.items.forEach((inner, i) => mark(doc, value.items[i], inner, depth + 1));
}

/** Origin custom header values may be shared secrets (catalogue), in every copy of the distribution. */
function headerValues(doc: SourceDocument, values: Src | undefined, constant?: string): void {
  const origins = entry(values, 'origin');
  if (!isSeq(origins)) return;
  for (const origin of origins.items) {
    const headers = entry(origin, 'custom_header');
    if (!isSeq(headers)) continue;
    for (const header of headers.items) {
      const value = constant ? entry(entry(header, 'value'), constant) : entry(header, 'value');
      if (isScalar(value) && value.value !== null) doc.addSecret(value.range);
    }
  }
}
