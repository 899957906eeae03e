import { normaliseDistribution } from '../model/normalise';
import { literal, type VMap } from '../model/values';
import { entry, isMap, isSeq, scalarString, type SourceDocument, type Src } from './source';
import type { LoadedDistribution } from './types';

type ApiShape = 'get-distribution-config' | 'get-distribution' | 'list-distributions' | 'distribution-config';

/** Which CloudFront API output this is (cloudfront-facts §7.1), if any. */
export function detectApiShape(root: Src): ApiShape | undefined {
  if (!isMap(root)) return undefined;
  if (isMap(entry(root, 'DistributionList'))) return 'list-distributions';
  if (isMap(entry(entry(root, 'Distribution'), 'DistributionConfig'))) return 'get-distribution';
  if (isMap(entry(root, 'DistributionConfig'))) return 'get-distribution-config';
  if (isMap(entry(root, 'DefaultCacheBehavior')) && entry(root, 'Origins')) return 'distribution-config';
  return undefined;
}

/** Fields a DistributionSummary lacks (cloudfront-facts §8): rules about them must not fire. */
const SUMMARY_MISSING = ['DefaultRootObject', 'Logging', 'CallerReference', 'ContinuousDeploymentPolicyId'];

export function readCloudFrontApi(doc: SourceDocument, root: Src, shape: ApiShape): LoadedDistribution[] {
  const one = (config: Src, self: Src, id: string | undefined, arn?: string, missingFields?: string[], tagsSrc?: Src): LoadedDistribution => {
    const value = literal(config) as VMap;
    // `create-distribution-with-tags` input carries `Tags: {Items: [{Key, Value}]}` next to the config.
    const tagItems = entry(tagsSrc, 'Items');
    const tags = isSeq(tagItems) ? literal(tagItems) : undefined;
    const distId = id ?? scalarString(entry(config, 'CallerReference')) ?? 'DistributionConfig';
    return {
      id: distId,
      self,
      suppressions: [],
      variants: [
        {
          assumptions: [],
          model: normaliseDistribution({ doc, shape: 'api', source: 'cloudfront-api', id: distId, config: value, self, arn, missingFields, tags }),
        },
      ],
    };
  };
  switch (shape) {
    case 'list-distributions': {
      const items = entry(entry(root, 'DistributionList'), 'Items');
      if (!isSeq(items)) return [];
      return items.items.filter(isMap).map((summary) =>
        one(summary, summary, scalarString(entry(summary, 'Id')), scalarString(entry(summary, 'ARN')), SUMMARY_MISSING),
      );
    }
    case 'get-distribution': {
      const distribution = entry(root, 'Distribution')!;
      return [
        one(
          entry(distribution, 'DistributionConfig')!,
          distribution,
          scalarString(entry(distribution, 'Id')),
          scalarString(entry(distribution, 'ARN')),
        ),
      ];
    }
    case 'get-distribution-config':
      return [one(entry(root, 'DistributionConfig')!, root, undefined, undefined, undefined, entry(root, 'Tags'))];
    case 'distribution-config':
      return [one(root, root, undefined)];
  }
}
