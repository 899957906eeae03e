/**
 * The located source tree: every value a loader reads keeps its JSON pointer and its character
 * range in the original text, so the engine can turn any model field back into file:line:column.
 */

export type Scalar = string | number | boolean | null;

interface SrcBase {
  /** RFC 6901 pointer into the original document. */
  pointer: string;
  /** [start, end) character offsets of the value. */
  range: [number, number];
  /** [start, end) of the key when the value is a map entry. */
  keyRange?: [number, number];
}

export interface SrcMap extends SrcBase {
  type: 'map';
  entries: Map<string, Src>;
}

export interface SrcSeq extends SrcBase {
  type: 'seq';
  items: Src[];
}

export interface SrcScalar extends SrcBase {
  type: 'scalar';
  value: Scalar;
}

export type Src = SrcMap | SrcSeq | SrcScalar;

export type SourceKind = 'cloudformation' | 'cloudfront-api' | 'terraform-plan' | 'aws-live';

/** A parsed input file (or stdin, or a live snapshot) with lazy offset-to-position lookup. */
export class SourceDocument {
  private lineStarts: number[] | undefined;
  /** Character ranges that hold secrets (origin custom header values): never shown in code frames. */
  private readonly secrets: Array<[number, number]> = [];

  constructor(
    /** Path as reported: relative to the working directory, forward slashes. */
    readonly file: string,
    readonly text: string,
    /** Line starts of the text the parser's offsets refer to, when the parser recorded them. */
    private readonly offsetLineStarts?: number[],
  ) {}

  /** 1-based line and column (UTF-16 code units) of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.offsetLineStarts ?? this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = this.starts();
    const start = starts[line - 1] ?? this.text.length;
    const end = line < starts.length ? starts[line] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  addSecret(range: [number, number]): void {
    this.secrets.push(range);
  }

  /** `lineText` with every secret character replaced by `*` (same length, so columns still line up). */
  redactedLineText(line: number): string {
    const text = this.lineText(line);
    const start = this.starts()[line - 1] ?? this.text.length;
    const chars = [...text];
    let changed = false;
    for (const [from, to] of this.secrets) {
      for (let offset = Math.max(from, start); offset < Math.min(to, start + text.length); offset++) {
        chars[offset - start] = '*';
        changed = true;
      }
    }
    return changed ? chars.join('') : text;
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function childPointer(parent: string, token: string | number): string {
  return `${parent}/${escapePointerToken(String(token))}`;
}

export function isMap(src: Src | undefined): src is SrcMap {
  return src?.type === 'map';
}

export function isSeq(src: Src | undefined): src is SrcSeq {
  return src?.type === 'seq';
}

export function isScalar(src: Src | undefined): src is SrcScalar {
  return src?.type === 'scalar';
}

export function entry(map: Src | undefined, key: string): Src | undefined {
  return isMap(map) ? map.entries.get(key) : undefined;
}

export function scalarString(src: Src | undefined): string | undefined {
  return isScalar(src) && typeof src.value === 'string' ? src.value : undefined;
}
