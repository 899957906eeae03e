import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { detectApiShape, readCloudFrontApi } from './api-reader';
import { isCloudFormation, readCloudFormation } from './cfn/reader';
import { findCommentSuppressions } from './comment-suppressions';
import { ParseProblem, parseText } from './parse';
import { SourceDocument } from './source';
import { isTerraformJson, readTerraform } from './terraform/reader';
import { isTerraformSourceName, readTerraformSource } from './terraform-source/reader';
import type { LoadOptions, LoadedDocument } from './types';

export type { LoadOptions, LoadedDocument } from './types';

/** Larger inputs are refused with a parse-error rather than risking memory and time. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Cheap pre-check on the raw text: a file that mentions none of these cannot hold a distribution,
 * so it is skipped without parsing (pre-commit passes every changed YAML/JSON file).
 */
const MARKERS = ['AWS::CloudFront::Distribution', 'DistributionConfig', 'DefaultCacheBehavior', 'DistributionList', 'aws_cloudfront_distribution'];

export function mayHoldDistribution(text: string): boolean {
  return MARKERS.some((marker) => text.includes(marker));
}

function problem(doc: SourceDocument, message: string, offset = 0, endOffset = offset): LoadedDocument {
  return { doc, distributions: [], problems: [{ message, offset, endOffset }], commentSuppressions: [] };
}

/** Reads a file from disk; unreadable, binary and oversized files become a problem, never an exception. */
export function loadFile(absPath: string, file: string, options: LoadOptions): LoadedDocument {
  let buffer: Buffer;
  try {
    const size = statSync(absPath).size;
    if (size > MAX_FILE_BYTES) {
      return problem(new SourceDocument(file, ''), `File is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit.`);
    }
    buffer = readFileSync(absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(new SourceDocument(file, ''), `Cannot read the file (${code ?? (error as Error).message}).`);
  }
  return loadBuffer(buffer, file, options, dirname(absPath));
}

/** `dir`: the directory the file is in, when it is on disk (a `.tf` file's module: its variables). */
export function loadBuffer(buffer: Buffer, file: string, options: LoadOptions, dir?: string): LoadedDocument {
  if (buffer.length > MAX_FILE_BYTES) {
    return problem(new SourceDocument(file, ''), `Input is ${(buffer.length / 1048576).toFixed(1)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit.`);
  }
  const nul = buffer.subarray(0, 65536).indexOf(0);
  if (nul >= 0) return problem(new SourceDocument(file, ''), 'Binary file (it contains NUL bytes): not JSON or YAML.');
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return loadText(text, file, options, dir);
}

export function loadText(text: string, file: string, options: LoadOptions, dir?: string): LoadedDocument {
  // Terraform source (HCL) by its name; everything else is JSON or YAML, recognised by content.
  if (isTerraformSourceName(file)) return readTerraformSource(text, file, dir);
  if (!mayHoldDistribution(text)) return { doc: new SourceDocument(file, text), distributions: [], problems: [], commentSuppressions: [] };
  let parsed;
  try {
    parsed = parseText(text);
  } catch (error) {
    const doc = new SourceDocument(file, text);
    if (error instanceof ParseProblem) return problem(doc, error.message, error.offset, error.endOffset);
    if (error instanceof RangeError) return problem(doc, 'The file is nested too deeply to parse.');
    throw error;
  }
  const doc = new SourceDocument(file, text, parsed.lineStarts);
  const result: LoadedDocument = {
    doc,
    distributions: [],
    problems: parsed.problems.map((p) => ({ message: p.message, offset: p.offset, endOffset: p.endOffset })),
    commentSuppressions: findCommentSuppressions(doc, parsed.root),
  };
  if (isCloudFormation(parsed.root)) {
    result.kind = 'cloudformation';
    result.distributions = readCloudFormation(doc, parsed.root, options);
    return result;
  }
  if (isTerraformJson(parsed.root)) {
    result.kind = 'terraform-plan';
    result.distributions = readTerraform(doc, parsed.root);
    return result;
  }
  const apiShape = detectApiShape(parsed.root);
  if (apiShape) {
    result.kind = 'cloudfront-api';
    result.distributions = readCloudFrontApi(doc, parsed.root, apiShape);
  }
  return result;
}
