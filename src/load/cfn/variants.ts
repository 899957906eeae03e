import { isMap, isScalar, isSeq, scalarString, type Src } from '../source';
import { Evaluator, type Env, type ParamValue } from './evaluate';
import type { TemplateContext } from './template';

/** One thing a variant takes for granted; findings that need it say so. */
export interface Assumption {
  key: string;
  text: string;
}

export interface Variant {
  assumptions: Assumption[];
  evaluator: Evaluator;
}

/** At most this many variants per distribution; beyond it, choices stay unknown (silent, never guessed). */
export const MAX_VARIANTS = 64;

interface Choice {
  value: ParamValue;
  assumption?: Assumption;
}

/** Parameters and conditions a value depends on, in order of first appearance. */
export function collectDependencies(roots: Src[], template: TemplateContext): { params: string[]; conditions: string[] } {
  const params: string[] = [];
  const conditions: string[] = [];
  const addParam = (name: string) => {
    if (template.parameters.has(name) && !params.includes(name)) params.push(name);
  };
  const addCondition = (name: string) => {
    if (conditions.includes(name) || !template.conditions.has(name)) return;
    conditions.push(name);
    visit(template.conditions.get(name)!);
  };
  const visit = (src: Src): void => {
    if (isMap(src)) {
      for (const [key, value] of src.entries) {
        if (key === 'Ref' && isScalar(value)) addParam(String(value.value));
        else if (key === 'Condition' && isScalar(value)) addCondition(String(value.value));
        else if (key === 'Fn::If' && isSeq(value) && isScalar(value.items[0])) addCondition(String(value.items[0].value));
        else if (key === 'Fn::Sub') {
          const text = isScalar(value) ? value.value : isSeq(value) ? scalarString(value.items[0]) : undefined;
          if (typeof text === 'string') for (const match of text.matchAll(/\$\{([^}!.]+)\}/g)) addParam(match[1].trim());
        }
        visit(value);
      }
    } else if (isSeq(src)) {
      src.items.forEach(visit);
    }
  };
  roots.forEach(visit);
  return { params, conditions };
}

function parameterChoices(name: string, template: TemplateContext): Choice[] {
  const given = template.overrides.get(name);
  if (given !== undefined) return [{ value: { known: true, value: given } }];
  const param = template.parameters.get(name)!;
  // An SSM parameter's Default is the parameter's name, not its value.
  if (param.type.startsWith('AWS::SSM::Parameter')) return [{ value: { known: false } }];
  if (param.allowedValues && param.allowedValues.length > 0) {
    return param.allowedValues.map((value) => ({
      value: { known: true, value },
      assumption: { key: `param:${name}=${value}`, text: `with parameter ${name} = '${value}'` },
    }));
  }
  if (param.defaultValue !== undefined) {
    return [
      {
        value: { known: true, value: param.defaultValue },
        assumption: { key: `param:${name}=${param.defaultValue}`, text: `with parameter ${name} at its default '${param.defaultValue}'` },
      },
      { value: { known: false }, assumption: { key: `param:${name}?`, text: `with another value of parameter ${name}` } },
    ];
  }
  return [{ value: { known: false } }];
}

/**
 * Every combination of parameter alternatives and undecidable conditions that a distribution
 * depends on, up to MAX_VARIANTS. `resourceCondition` drops variants where the resource is absent.
 */
export function enumerateVariants(roots: Src[], template: TemplateContext, resourceCondition?: string): Variant[] {
  const deps = collectDependencies(roots, template);
  if (resourceCondition && !deps.conditions.includes(resourceCondition)) {
    deps.conditions.unshift(resourceCondition);
    for (const name of collectDependencies([template.conditions.get(resourceCondition) ?? { type: 'scalar', value: null, pointer: '', range: [0, 0] }], template).params) {
      if (!deps.params.includes(name)) deps.params.push(name);
    }
  }

  type Partial = { params: Map<string, ParamValue>; forced: Map<string, boolean>; assumptions: Assumption[] };
  let partials: Partial[] = [{ params: new Map(), forced: new Map(), assumptions: [] }];
  for (const name of deps.params) {
    const choices = parameterChoices(name, template);
    if (choices.length > 1 && partials.length * choices.length > MAX_VARIANTS) {
      for (const partial of partials) partial.params.set(name, { known: false });
      continue;
    }
    partials = partials.flatMap((partial) =>
      choices.map((choice) => ({
        params: new Map(partial.params).set(name, choice.value),
        forced: partial.forced,
        assumptions: choice.assumption ? [...partial.assumptions, choice.assumption] : partial.assumptions,
      })),
    );
  }

  const variants: Variant[] = [];
  const pending = [...partials];
  while (pending.length > 0) {
    const partial = pending.shift()!;
    const evaluator = new Evaluator({ template, params: partial.params, forcedConditions: partial.forced } satisfies Env);
    const open = deps.conditions.find((name) => evaluator.condition(name) === undefined);
    if (open !== undefined && variants.length + pending.length + 2 <= MAX_VARIANTS) {
      for (const value of [true, false]) {
        pending.push({
          params: partial.params,
          forced: new Map(partial.forced).set(open, value),
          assumptions: [...partial.assumptions, { key: `cond:${open}=${value}`, text: `when condition ${open} is ${value}` }],
        });
      }
      continue;
    }
    if (resourceCondition && evaluator.condition(resourceCondition) === false) continue;
    variants.push({ assumptions: partial.assumptions, evaluator });
  }
  return variants;
}
