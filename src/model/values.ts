import { isMap, isScalar, isSeq, type Scalar, type Src } from '../load/source';
import { Unresolved, type Hole, type Part } from './types';

/** An evaluated value: what a source value means once intrinsics are resolved as far as possible. */
export type V = VLit | VMap | VSeq | VUnknown;

export interface VLit {
  t: 'lit';
  value: Scalar;
  src: Src;
}

export interface VMap {
  t: 'map';
  entries: Map<string, V>;
  src: Src;
}

export interface VSeq {
  t: 'seq';
  items: V[];
  src: Src;
}

export interface VUnknown {
  t: 'unknown';
  value: Unresolved;
  src: Src;
}

/** `Ref: AWS::NoValue`: the property is removed. */
export const NO_VALUE = Symbol('AWS::NoValue');
export type Evaluated = V | typeof NO_VALUE;

/** A source tree taken literally (API shapes have no intrinsics). */
export function literal(src: Src): V {
  if (isMap(src)) {
    const entries = new Map<string, V>();
    for (const [key, value] of src.entries) entries.set(key, literal(value));
    return { t: 'map', entries, src };
  }
  if (isSeq(src)) return { t: 'seq', items: src.items.map(literal), src };
  return { t: 'lit', value: src.value, src };
}

export function unknown(src: Src, display: string, parts?: Part[], ref?: Unresolved['ref']): VUnknown {
  return { t: 'unknown', value: new Unresolved(display, parts, ref), src };
}

/** Literal text, holes and stand-ins joined for display: `${Bucket}.s3.${AWS::Region}.amazonaws.com`. */
export function displayParts(parts: Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.display)).join('');
}

/** Merges adjacent literals; drops empty strings. */
export function normaliseParts(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/** The parts of a string-like value: a literal, a partly known string, or one opaque hole. */
export function partsOf(value: V): Part[] | undefined {
  if (value.t === 'lit') {
    return value.value === null || typeof value.value === 'object' ? undefined : [String(value.value)];
  }
  if (value.t === 'unknown') return value.value.parts ?? [holeFor(value.value)];
  return undefined;
}

export function holeFor(value: Unresolved): Hole {
  return { display: value.display.startsWith('${') ? value.display : `\${${value.display}}`, charset: 'any' };
}

/** Regular-expression character class of what a hole of each charset may contain. */
export const HOLE_CLASS: Record<Hole['charset'], string> = {
  label: '[A-Za-z0-9_-]',
  host: '[A-Za-z0-9_.-]',
  any: '[\\s\\S]',
};
const HOLE_CHARS = Object.fromEntries(
  Object.entries(HOLE_CLASS).map(([charset, cls]) => [charset, new RegExp(`^${cls}$`)]),
) as Record<Hole['charset'], RegExp>;

/** True when no hole in `parts` could contain `delimiter`, so splitting the known text is exact. */
export function canSplit(parts: Part[], delimiter: string): boolean {
  if (delimiter === '') return false;
  return parts.every(
    (part) => typeof part === 'string' || [...delimiter].some((char) => !HOLE_CHARS[part.charset].test(char)),
  );
}

export function splitParts(parts: Part[], delimiter: string): Part[][] {
  const pieces: Part[][] = [[]];
  for (const part of parts) {
    if (typeof part !== 'string') {
      pieces[pieces.length - 1].push(part);
      continue;
    }
    const texts = part.split(delimiter);
    texts.forEach((text, i) => {
      if (i > 0) pieces.push([]);
      if (text) pieces[pieces.length - 1].push(text);
    });
  }
  return pieces;
}

export function scalarOf(value: V | undefined): Scalar | undefined {
  return value?.t === 'lit' ? value.value : undefined;
}

export function isIntrinsicMap(src: Src): string | undefined {
  if (!isMap(src) || src.entries.size !== 1) return undefined;
  const [key] = src.entries.keys();
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

/** A short, readable rendering of an intrinsic for messages: `!Ref Name`, `!GetAtt A.B`, `!If [...]`. */
export function displayIntrinsic(src: Src): string {
  const fn = isIntrinsicMap(src);
  if (!fn || !isMap(src)) return isScalar(src) ? String(src.value) : '(value)';
  const arg = src.entries.get(fn)!;
  const short = fn === 'Ref' ? '!Ref' : `!${fn.slice(4)}`;
  if (fn === 'Ref' && isScalar(arg)) return `!Ref ${String(arg.value)}`;
  if (fn === 'Fn::GetAtt' && isSeq(arg) && arg.items.every(isScalar)) {
    return `!GetAtt ${arg.items.map((item) => String((item as { value: unknown }).value)).join('.')}`;
  }
  if (fn === 'Fn::Sub' && isScalar(arg)) return `!Sub '${String(arg.value)}'`;
  if (fn === 'Fn::Sub' && isSeq(arg) && isScalar(arg.items[0])) return `!Sub '${String(arg.items[0].value)}'`;
  if (fn === 'Fn::ImportValue') return `!ImportValue ${isScalar(arg) ? String(arg.value) : displayIntrinsic(arg)}`;
  return `${short} ...`;
}
