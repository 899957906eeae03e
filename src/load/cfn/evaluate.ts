import { entry, isMap, isScalar, isSeq, scalarString, type Src } from '../source';
import { Unresolved, type Hole, type Part } from '../../model/types';
import {
  NO_VALUE,
  canSplit,
  displayIntrinsic,
  displayParts,
  isIntrinsicMap,
  normaliseParts,
  partsOf,
  splitParts,
  unknown,
  type Evaluated,
  type V,
} from '../../model/values';
import type { ResourceDecl, TemplateContext } from './template';

/** A parameter's value in one variant: known (given, a default, an allowed value) or not. */
export type ParamValue = { known: true; value: string } | { known: false };

/** One assignment of parameters and undecidable conditions. */
export interface Env {
  template: TemplateContext;
  params: Map<string, ParamValue>;
  forcedConditions: Map<string, boolean>;
}

const PSEUDO: Record<string, Hole> = {
  'AWS::Region': { display: '${AWS::Region}', charset: 'label', standIn: 'us-east-1' },
  'AWS::AccountId': { display: '${AWS::AccountId}', charset: 'label', standIn: '123456789012' },
  'AWS::Partition': { display: '${AWS::Partition}', charset: 'label', standIn: 'aws' },
  'AWS::URLSuffix': { display: '${AWS::URLSuffix}', charset: 'host', standIn: 'amazonaws.com' },
  'AWS::StackName': { display: '${AWS::StackName}', charset: 'label' },
  'AWS::StackId': { display: '${AWS::StackId}', charset: 'any' },
  'AWS::NotificationARNs': { display: '${AWS::NotificationARNs}', charset: 'any' },
};
const REGION = PSEUDO['AWS::Region'];
const PARTITION = PSEUDO['AWS::Partition'];

const MAX_EVAL_DEPTH = 64;

export class Evaluator {
  private readonly conditionCache = new Map<string, boolean | undefined>();

  constructor(readonly env: Env) {}

  evaluate(src: Src, depth = 0): Evaluated {
    if (depth > MAX_EVAL_DEPTH) return unknown(src, displayIntrinsic(src));
    const fn = isIntrinsicMap(src);
    if (fn && isMap(src)) return this.intrinsic(fn, src.entries.get(fn)!, src, depth);
    if (isMap(src)) {
      const entries = new Map<string, V>();
      for (const [key, value] of src.entries) {
        const evaluated = this.evaluate(value, depth + 1);
        if (evaluated !== NO_VALUE) entries.set(key, evaluated);
      }
      return { t: 'map', entries, src };
    }
    if (isSeq(src)) {
      const items: V[] = [];
      for (const item of src.items) {
        const evaluated = this.evaluate(item, depth + 1);
        if (evaluated !== NO_VALUE) items.push(evaluated);
      }
      return { t: 'seq', items, src };
    }
    return { t: 'lit', value: src.value, src };
  }

  /** true/false when decidable under this variant, undefined when not. */
  condition(name: string, stack: string[] = []): boolean | undefined {
    const forced = this.env.forcedConditions.get(name);
    if (forced !== undefined) return forced;
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const expr = this.env.template.conditions.get(name);
    if (!expr || stack.includes(name)) return undefined;
    const value = this.conditionExpr(expr, [...stack, name]);
    this.conditionCache.set(name, value);
    return value;
  }

  private conditionExpr(src: Src, stack: string[]): boolean | undefined {
    if (isScalar(src) && typeof src.value === 'boolean') return src.value;
    if (!isMap(src) || src.entries.size !== 1) return undefined;
    const [[key, arg]] = src.entries;
    const args = isSeq(arg) ? arg.items : [];
    switch (key) {
      case 'Condition':
        return isScalar(arg) ? this.condition(String(arg.value), stack) : undefined;
      case 'Fn::Not': {
        const inner = args[0] ? this.conditionExpr(args[0], stack) : undefined;
        return inner === undefined ? undefined : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = args.map((item) => this.conditionExpr(item, stack));
        const decisive = key === 'Fn::And' ? false : true;
        if (values.includes(decisive)) return decisive;
        return values.includes(undefined) ? undefined : !decisive;
      }
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined;
        const [a, b] = args.map((item) => this.comparable(item));
        return a === undefined || b === undefined ? undefined : a === b;
      }
      default:
        return undefined;
    }
  }

  private comparable(src: Src): string | undefined {
    const value = this.evaluate(src);
    if (value === NO_VALUE) return undefined;
    if (value.t === 'lit') return value.value === null ? '' : String(value.value);
    if (value.t === 'seq' && value.items.every((item) => item.t === 'lit')) {
      return JSON.stringify(value.items.map((item) => String((item as { value: unknown }).value)));
    }
    return undefined;
  }

  private intrinsic(fn: string, arg: Src, src: Src, depth: number): Evaluated {
    switch (fn) {
      case 'Ref':
        return this.ref(arg, src);
      case 'Fn::If':
        return this.fnIf(arg, src, depth);
      case 'Fn::GetAtt':
        return this.getAtt(arg, src);
      case 'Fn::Sub':
        return this.sub(arg, src, depth);
      case 'Fn::Join':
        return this.join(arg, src, depth);
      case 'Fn::Select':
        return this.select(arg, src, depth);
      case 'Fn::Split':
        return this.split(arg, src, depth);
      case 'Fn::FindInMap':
        return this.findInMap(arg, src, depth);
      default:
        return unknown(src, displayIntrinsic(src));
    }
  }

  private ref(arg: Src, src: Src): Evaluated {
    const name = scalarString(arg);
    if (name === undefined) return unknown(src, displayIntrinsic(src));
    if (name === 'AWS::NoValue') return NO_VALUE;
    const pseudo = PSEUDO[name];
    if (pseudo) return unknown(src, `!Ref ${name}`, [pseudo]);
    const param = this.env.template.parameters.get(name);
    if (param) {
      const value = this.env.params.get(name);
      if (value?.known) {
        if (param.type.startsWith('List<') || param.type === 'CommaDelimitedList') {
          return { t: 'seq', items: value.value.split(',').map((item) => ({ t: 'lit', value: item.trim(), src })), src };
        }
        return { t: 'lit', value: value.value, src };
      }
      return unknown(src, `!Ref ${name}`, [{ display: `\${${name}}`, charset: 'any' }]);
    }
    const resource = this.env.template.resources.get(name);
    if (resource) return this.resourceRef(resource, src);
    return unknown(src, `!Ref ${name}`);
  }

  /** What `Ref` returns for resources whose Ref value is known in shape. */
  private resourceRef(resource: ResourceDecl, src: Src): V {
    const display = `!Ref ${resource.logicalId}`;
    const ref = { logicalId: resource.logicalId, type: resource.type };
    if (resource.type === 'AWS::S3::Bucket') {
      const name = this.bucketName(resource);
      return typeof name === 'string' ? { t: 'lit', value: name, src } : unknown(src, display, [name], ref);
    }
    return unknown(src, display, [{ display: `\${${resource.logicalId}}`, charset: 'label' }], ref);
  }

  private bucketName(resource: ResourceDecl): string | Hole {
    const declared = entry(resource.properties, 'BucketName');
    if (declared) {
      const value = this.evaluate(declared);
      if (value !== NO_VALUE && value.t === 'lit' && typeof value.value === 'string') return value.value.toLowerCase();
    }
    return { display: `\${${resource.logicalId}}`, charset: declared ? 'host' : 'label' };
  }

  private fnIf(arg: Src, src: Src, depth: number): Evaluated {
    if (!isSeq(arg) || arg.items.length !== 3) return unknown(src, displayIntrinsic(src));
    const name = scalarString(arg.items[0]);
    const value = name === undefined ? undefined : this.condition(name);
    if (value === undefined) return unknown(src, `!If [${name ?? '?'}, ...]`);
    return this.evaluate(arg.items[value ? 1 : 2], depth + 1);
  }

  private getAtt(arg: Src, src: Src): Evaluated {
    let logicalId: string | undefined;
    let attribute: string | undefined;
    if (isSeq(arg)) {
      logicalId = scalarString(arg.items[0]);
      attribute = scalarString(arg.items[1]);
    } else if (isScalar(arg) && typeof arg.value === 'string') {
      const dot = arg.value.indexOf('.');
      if (dot > 0) [logicalId, attribute] = [arg.value.slice(0, dot), arg.value.slice(dot + 1)];
    }
    const display = `!GetAtt ${logicalId ?? '?'}.${attribute ?? '?'}`;
    const resource = logicalId ? this.env.template.resources.get(logicalId) : undefined;
    if (!resource || !attribute) return unknown(src, display);
    const ref = { logicalId: resource.logicalId, type: resource.type, attribute };
    const parts = this.attributeParts(resource, attribute);
    return unknown(src, display, parts, ref);
  }

  /** Known forms of attributes that name origins (cloudfront-facts §3.3). */
  private attributeParts(resource: ResourceDecl, attribute: string): Part[] | undefined {
    const id: Hole = { display: `\${${resource.logicalId}}`, charset: 'label' };
    switch (`${resource.type}.${attribute}`) {
      case 'AWS::S3::Bucket.DomainName':
        return [this.bucketName(resource), '.s3.amazonaws.com'];
      case 'AWS::S3::Bucket.RegionalDomainName':
        return [this.bucketName(resource), '.s3.', REGION, '.amazonaws.com'];
      case 'AWS::S3::Bucket.DualStackDomainName':
        return [this.bucketName(resource), '.s3.dualstack.', REGION, '.amazonaws.com'];
      case 'AWS::S3::Bucket.WebsiteURL':
        return ['http://', this.bucketName(resource), '.s3-website-', REGION, '.amazonaws.com'];
      case 'AWS::S3::Bucket.Arn':
        return ['arn:', PARTITION, ':s3:::', this.bucketName(resource)];
      case 'AWS::Lambda::Url.FunctionUrl':
        return ['https://', id, '.lambda-url.', REGION, '.on.aws/'];
      case 'AWS::ElasticLoadBalancingV2::LoadBalancer.DNSName':
      case 'AWS::ElasticLoadBalancing::LoadBalancer.DNSName':
        return [id, '.', REGION, '.elb.amazonaws.com'];
      case 'AWS::ApiGatewayV2::Api.ApiEndpoint':
        return ['https://', id, '.execute-api.', REGION, '.amazonaws.com'];
      case 'AWS::EC2::Instance.PublicDnsName':
        return [{ ...id, charset: 'host', standIn: 'ec2-192-0-2-1.compute-1.amazonaws.com' }];
      case 'AWS::MediaStore::Container.Endpoint':
        return ['https://', id, '.data.mediastore.', REGION, '.amazonaws.com'];
      default:
        return undefined;
    }
  }

  private sub(arg: Src, src: Src, depth: number): Evaluated {
    let template: string | undefined;
    let variables: Src | undefined;
    if (isScalar(arg) && typeof arg.value === 'string') template = arg.value;
    else if (isSeq(arg) && isScalar(arg.items[0]) && typeof arg.items[0].value === 'string') {
      template = arg.items[0].value;
      variables = arg.items[1];
    }
    if (template === undefined) return unknown(src, displayIntrinsic(src));
    const parts: Part[] = [];
    const pattern = /\$\{([^}]*)\}/g;
    let last = 0;
    for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
      parts.push(template.slice(last, match.index));
      last = match.index + match[0].length;
      const name = match[1].trim();
      if (name.startsWith('!')) {
        parts.push(`\${${name.slice(1)}}`);
        continue;
      }
      parts.push(...this.subVariable(name, variables, src, depth));
    }
    parts.push(template.slice(last));
    return this.fromParts(normaliseParts(parts), src, displayIntrinsic(src));
  }

  private subVariable(name: string, variables: Src | undefined, src: Src, depth: number): Part[] {
    const local = entry(variables, name);
    const value = local
      ? this.evaluate(local, depth + 1)
      : name.includes('.')
        ? this.getAtt({ ...src, type: 'scalar', value: name }, src)
        : this.ref({ ...src, type: 'scalar', value: name }, src);
    if (value === NO_VALUE) return [];
    const parts = partsOf(value);
    if (!parts) return [{ display: `\${${name}}`, charset: 'any' }];
    // Opaque holes show the variable as written in the template.
    return parts.map((part) => (typeof part === 'string' || part.standIn || parts.length > 1 ? part : { ...part, display: `\${${name}}` }));
  }

  private join(arg: Src, src: Src, depth: number): Evaluated {
    if (!isSeq(arg) || arg.items.length !== 2) return unknown(src, displayIntrinsic(src));
    const delimiter = this.evaluate(arg.items[0], depth + 1);
    const list = this.evaluate(arg.items[1], depth + 1);
    if (delimiter === NO_VALUE || delimiter.t !== 'lit' || list === NO_VALUE || list.t !== 'seq') {
      return unknown(src, displayIntrinsic(src));
    }
    const sep = String(delimiter.value ?? '');
    const parts: Part[] = [];
    list.items.forEach((item, i) => {
      if (i > 0) parts.push(sep);
      parts.push(...(partsOf(item) ?? [{ display: '${...}', charset: 'any' }]));
    });
    return this.fromParts(normaliseParts(parts), src, displayIntrinsic(src));
  }

  private select(arg: Src, src: Src, depth: number): Evaluated {
    if (!isSeq(arg) || arg.items.length !== 2) return unknown(src, displayIntrinsic(src));
    const index = this.evaluate(arg.items[0], depth + 1);
    const list = this.evaluate(arg.items[1], depth + 1);
    const i = index !== NO_VALUE && index.t === 'lit' ? Number(index.value) : NaN;
    if (!Number.isInteger(i) || list === NO_VALUE || list.t !== 'seq' || i < 0 || i >= list.items.length) {
      return unknown(src, displayIntrinsic(src));
    }
    const picked = list.items[i];
    // Keep the position of the Fn::Select itself: the picked item may be a synthetic piece of a split.
    return picked.src === list.src ? { ...picked, src } : picked;
  }

  private split(arg: Src, src: Src, depth: number): Evaluated {
    if (!isSeq(arg) || arg.items.length !== 2) return unknown(src, displayIntrinsic(src));
    const delimiter = this.evaluate(arg.items[0], depth + 1);
    const text = this.evaluate(arg.items[1], depth + 1);
    if (delimiter === NO_VALUE || delimiter.t !== 'lit' || typeof delimiter.value !== 'string' || text === NO_VALUE) {
      return unknown(src, displayIntrinsic(src));
    }
    const parts = partsOf(text);
    if (!parts || !canSplit(parts, delimiter.value)) return unknown(src, displayIntrinsic(src));
    const items = splitParts(parts, delimiter.value).map((piece): V => {
      const normal = normaliseParts(piece);
      return normal.every((part) => typeof part === 'string')
        ? { t: 'lit', value: normal.join(''), src }
        : unknown(src, displayParts(normal), normal);
    });
    return { t: 'seq', items, src };
  }

  private findInMap(arg: Src, src: Src, depth: number): Evaluated {
    if (!isSeq(arg) || arg.items.length < 3) return unknown(src, displayIntrinsic(src));
    const keys = arg.items.slice(0, 3).map((item) => this.evaluate(item, depth + 1));
    let node: Src | undefined = this.env.template.mappings;
    for (const key of keys) {
      if (key === NO_VALUE || key.t !== 'lit' || key.value === null) return unknown(src, displayIntrinsic(src));
      node = entry(node, String(key.value));
    }
    if (!node) return unknown(src, displayIntrinsic(src));
    const value = this.evaluate(node, depth + 1);
    // The value was written in Mappings; report it where the FindInMap is.
    return value === NO_VALUE ? value : { ...value, src };
  }

  private fromParts(parts: Part[], src: Src, display: string): V {
    if (parts.every((part) => typeof part === 'string')) return { t: 'lit', value: parts.join(''), src };
    return { t: 'unknown', value: new Unresolved(display, parts), src };
  }
}
