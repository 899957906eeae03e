import { normaliseDistribution } from '../../model/normalise';
import { NO_VALUE } from '../../model/values';
import { entry, isMap, isSeq, scalarString, type SourceDocument, type Src } from '../source';
import type { InlineSuppression, LoadOptions, LoadedDistribution } from '../types';
import { readTemplate, type TemplateContext } from './template';
import type { Evaluator } from './evaluate';
import type { Neighbour, Neighbours } from '../../model/types';
import { enumerateVariants } from './variants';

export const DISTRIBUTION_TYPE = 'AWS::CloudFront::Distribution';

export function isCloudFormation(root: Src): boolean {
  const resources = entry(root, 'Resources');
  if (!isMap(resources)) return false;
  for (const resource of resources.entries.values()) {
    if (scalarString(entry(resource, 'Type')) === DISTRIBUTION_TYPE) return true;
  }
  return false;
}

/** Every AWS::CloudFront::Distribution of a CloudFormation, SAM or CDK-synthesised template. */
export function readCloudFormation(doc: SourceDocument, root: Src, options: LoadOptions): LoadedDistribution[] {
  const template = readTemplate(root, options.parameters);
  const out: LoadedDistribution[] = [];
  for (const resource of template.resources.values()) {
    if (resource.type !== DISTRIBUTION_TYPE) continue;
    const properties = resource.properties;
    const metadata = entry(resource.src, 'Metadata');
    const condition = scalarString(entry(resource.src, 'Condition'));
    const loaded: LoadedDistribution = {
      id: resource.logicalId,
      self: resource.src,
      variants: [],
      suppressions: metadataSuppressions(metadata),
    };
    out.push(loaded);
    if (!isMap(properties)) continue;
    for (const variant of enumerateVariants([properties], template, condition)) {
      const evaluated = variant.evaluator.evaluate(properties);
      if (evaluated === NO_VALUE || evaluated.t !== 'map') continue;
      const config = evaluated.entries.get('DistributionConfig');
      if (config?.t !== 'map') continue;
      loaded.variants.push({
        assumptions: variant.assumptions,
        model: normaliseDistribution({
          doc,
          shape: 'cfn',
          source: 'cloudformation',
          id: resource.logicalId,
          config,
          self: resource.src,
          tags: evaluated.entries.get('Tags'),
          cdkPath: scalarString(entry(metadata, 'aws:cdk:path')),
          neighbours: neighboursOf(template, variant.evaluator),
        }),
      });
    }
  }
  return out;
}

/** Other resources of the template, evaluated lazily (most rules never look at them). */
function neighboursOf(template: TemplateContext, evaluator: Evaluator): Neighbours {
  const cache = new Map<string, Neighbour | undefined>();
  const get = (logicalId: string): Neighbour | undefined => {
    if (cache.has(logicalId)) return cache.get(logicalId);
    const resource = template.resources.get(logicalId);
    let neighbour: Neighbour | undefined;
    if (resource) {
      const evaluated = resource.properties ? evaluator.evaluate(resource.properties) : undefined;
      neighbour = { logicalId, type: resource.type, properties: evaluated === NO_VALUE ? undefined : evaluated };
    }
    cache.set(logicalId, neighbour);
    return neighbour;
  };
  return {
    get,
    ofType: (type) => [...template.resources.values()].filter((r) => r.type === type).map((r) => get(r.logicalId)!),
  };
}

/** `Metadata: { cloudfront-lint: { ignore: [ { rule, reason } ] } }` on the distribution resource. */
function metadataSuppressions(metadata: Src | undefined): InlineSuppression[] {
  const ignore = entry(entry(metadata, 'cloudfront-lint'), 'ignore');
  if (!isSeq(ignore)) return [];
  return ignore.items.flatMap((item) => {
    const rule = scalarString(entry(item, 'rule'));
    if (!rule) return [];
    const reason = scalarString(entry(item, 'reason'))?.trim();
    return [{ rule, reason: reason || undefined, offset: item.range[0] }];
  });
}
