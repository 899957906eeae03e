import { entry, isMap, isScalar, isSeq, scalarString, type Src, type SrcMap } from '../source';

export interface ParameterDecl {
  name: string;
  type: string;
  defaultValue?: string;
  allowedValues?: string[];
  src: SrcMap;
}

export interface ResourceDecl {
  logicalId: string;
  type: string;
  src: SrcMap;
  properties?: Src;
}

/** The parts of a CloudFormation template that values can refer to. */
export interface TemplateContext {
  parameters: Map<string, ParameterDecl>;
  conditions: Map<string, Src>;
  mappings: Src | undefined;
  resources: Map<string, ResourceDecl>;
  /** Values given with `--parameter key=value`. */
  overrides: Map<string, string>;
}

function scalarText(src: Src | undefined): string | undefined {
  return isScalar(src) && src.value !== null ? String(src.value) : undefined;
}

export function readTemplate(root: Src, overrides: Map<string, string>): TemplateContext {
  const parameters = new Map<string, ParameterDecl>();
  const params = entry(root, 'Parameters');
  if (isMap(params)) {
    for (const [name, decl] of params.entries) {
      if (!isMap(decl)) continue;
      const allowed = entry(decl, 'AllowedValues');
      parameters.set(name, {
        name,
        type: scalarString(entry(decl, 'Type')) ?? 'String',
        defaultValue: scalarText(entry(decl, 'Default')),
        allowedValues: isSeq(allowed)
          ? allowed.items.map(scalarText).filter((value): value is string => value !== undefined)
          : undefined,
        src: decl,
      });
    }
  }
  const conditions = new Map<string, Src>();
  const conds = entry(root, 'Conditions');
  if (isMap(conds)) for (const [name, expr] of conds.entries) conditions.set(name, expr);

  const resources = new Map<string, ResourceDecl>();
  const res = entry(root, 'Resources');
  if (isMap(res)) {
    for (const [logicalId, decl] of res.entries) {
      if (!isMap(decl)) continue;
      resources.set(logicalId, {
        logicalId,
        type: scalarString(entry(decl, 'Type')) ?? '',
        src: decl,
        properties: entry(decl, 'Properties'),
      });
    }
  }
  return { parameters, conditions, mappings: entry(root, 'Mappings'), resources, overrides };
}
