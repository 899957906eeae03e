import type { Src } from '../load/source';
import type { ModelNode, NodeLoc } from '../model/types';
import { isIntrinsicMap } from '../model/values';

export interface Located {
  src: Src;
  loc: NodeLoc;
  /** [start, end) offsets to underline. */
  range: [number, number];
}

/**
 * Where a finding about `node.field` points: the field's own value when it was written, else the
 * node, else the nearest ancestor that has a source (Spectral's closest-existing-path fallback).
 */
export function locate(node: ModelNode, field?: string): Located | undefined {
  let loc: NodeLoc | undefined = node.$loc;
  let src = field ? loc.fields[field] : undefined;
  while (!src && loc) {
    src = loc.self;
    if (!src) loc = loc.parent;
  }
  if (!src || !loc) return undefined;
  return { src, loc, range: underline(src) };
}

/** Scalars and intrinsics underline their value; other collections underline their key when they have one. */
export function underline(src: Src): [number, number] {
  if (src.type !== 'scalar' && src.keyRange && !isIntrinsicMap(src)) return src.keyRange;
  return src.range;
}
