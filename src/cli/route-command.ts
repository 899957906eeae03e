import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { locate } from '../engine/locate';
import { loadFile } from '../load';
import type { LoadedDistribution, LoadedDocument } from '../load/types';
import { KIND_DESCRIPTIONS } from '../model/origin-kind';
import type { OriginKind } from '../model/types';
import { METHODS, route, type HttpVersion, type RouteResult } from '../route';
import { capitalize } from '../rule-kit';
import { UsageError } from './inputs';

export interface RouteFlags {
  method: string;
  protocol: 'http' | 'https';
  httpVersion: HttpVersion;
  distribution?: string;
  format: 'text' | 'json';
  parameters: Record<string, string>;
}

interface Alternative {
  assumptions: string[];
  result: RouteResult;
  /** `file:line:col` of the selected behavior's pattern (or the default behavior). */
  where?: string;
}

/** Runs `route` and returns what to print; bad input becomes a UsageError with file and position. */
export function routeCommand(file: string, path: string, flags: RouteFlags, cwd = process.cwd()): string {
  const method = flags.method.toUpperCase();
  if (!METHODS.includes(method)) throw new UsageError(`--method must be one of ${METHODS.join(', ')}, got '${flags.method}'.`);
  const abs = resolve(cwd, file);
  if (!existsSync(abs)) throw new UsageError(`Cannot read '${file}': no such file.`);
  if (!statSync(abs).isFile()) throw new UsageError(`'${file}' is not a file; route reads one template or API file.`);
  const display = relative(cwd, abs).split(sep).join('/') || file;
  const loaded = loadFile(abs, display, { parameters: new Map(Object.entries(flags.parameters)) });
  const problems = loaded.problems.map((problem) => `${at(loaded, problem.offset)}: ${problem.message}`);
  if (loaded.distributions.length === 0) {
    throw new UsageError(problems.length ? problems.join('\n') : `No CloudFront distribution found in '${display}'.`);
  }
  for (const problem of problems) process.stderr.write(`cloudfront-lint: warning: ${problem}\n`);
  const distribution = choose(loaded, flags.distribution);
  const request = { path: path.startsWith('/') ? path : `/${path}`, method, protocol: flags.protocol, httpVersion: flags.httpVersion };

  const alternatives: Alternative[] = [];
  for (const variant of distribution.variants) {
    const result = route(variant.model, request);
    // Alternatives that differ only in the redirect host (an alias parameter) are one answer.
    const same = alternatives.find((alternative) => sameAnswer(alternative.result, result));
    if (same) {
      if (same.result.location !== result.location) delete same.result.location;
      continue;
    }
    const behavior = result.behavior.index >= 0 ? variant.model.cacheBehaviors[result.behavior.index] : variant.model.defaultCacheBehavior;
    const located = behavior ? locate(behavior, behavior.isDefault ? undefined : 'pathPattern') : undefined;
    alternatives.push({
      assumptions: variant.assumptions.map((assumption) => assumption.text),
      result,
      where: located ? at(loaded, located.range[0]) : undefined,
    });
  }
  return flags.format === 'json' ? formatJson(alternatives) : formatText(request, alternatives);
}

function sameAnswer(a: RouteResult, b: RouteResult): boolean {
  return JSON.stringify({ ...a, location: undefined }) === JSON.stringify({ ...b, location: undefined });
}

function choose(loaded: LoadedDocument, wanted: string | undefined): LoadedDistribution {
  const ids = loaded.distributions.map((d) => d.id);
  if (wanted !== undefined) {
    const found = loaded.distributions.find((d) => d.id === wanted);
    if (!found) throw new UsageError(`'${loaded.doc.file}' has no distribution '${wanted}'; it has ${ids.map((id) => `'${id}'`).join(', ')}.`);
    return found;
  }
  if (loaded.distributions.length > 1) {
    throw new UsageError(`'${loaded.doc.file}' holds ${ids.length} distributions; choose one with --distribution: ${ids.map((id) => `'${id}'`).join(', ')}.`);
  }
  return loaded.distributions[0]!;
}

function at(loaded: LoadedDocument, offset: number): string {
  const { line, column } = loaded.doc.position(offset);
  return `${loaded.doc.file}:${line}:${column}`;
}

function formatJson(alternatives: Alternative[]): string {
  const [first, ...others] = alternatives;
  const body: Record<string, unknown> = { ...first!.result };
  if (others.length > 0) {
    body.assumptions = first!.assumptions;
    body.alternatives = others.map((alternative) => ({ assumptions: alternative.assumptions, ...alternative.result }));
  }
  return `${JSON.stringify(body, null, 2)}\n`;
}

function formatText(request: { path: string; method: string; protocol: string; httpVersion: string }, alternatives: Alternative[]): string {
  const head = `${request.method} ${request.path} over ${request.protocol.toUpperCase()} (HTTP/${request.httpVersion})`;
  const blocks = alternatives.map((alternative) => {
    const { result } = alternative;
    const lines: string[] = [];
    if (alternatives.length > 1) lines.push(`${capitalize(alternative.assumptions.join(' and ') || 'with no parameter or condition set')}:`);
    const behavior = result.behavior.index < 0 ? 'default behavior (*)' : `#${result.behavior.index + 1} '${result.behavior.pathPattern}'`;
    lines.push(`  distribution  ${result.distribution}`);
    lines.push(`  behavior      ${behavior}${alternative.where ? `  ${alternative.where}` : ''}`);
    const status = result.status === null ? 'unknown' : String(result.status);
    lines.push(`  viewer gets   ${status}${result.location ? ` -> ${result.location}` : ''}  (${result.reason})`);
    lines.push(`  origin        ${describeOrigin(result)}`);
    for (const note of result.notes) lines.push(`  note          ${note}`);
    return lines.join('\n');
  });
  return `${head}\n${blocks.join('\n\n')}\n`;
}

function describeOrigin(result: RouteResult): string {
  const { origin, status } = result;
  const name = origin.id === null ? 'unknown origin' : `'${origin.id}'`;
  const group = origin.group ? `, primary of origin group '${origin.group}'` : '';
  const kind = origin.kind ? `, ${KIND_DESCRIPTIONS[origin.kind as OriginKind]}` : '';
  if (status === null) return `${name}${group}${kind}: whether it is contacted depends on the unresolved values below`;
  if (status !== 200) return `${name}${group}${kind}: not contacted, the edge answers`;
  const protocol = origin.protocol ? `CloudFront connects over ${origin.protocol.toUpperCase()}` : 'protocol unknown';
  return `${name}${group}${kind}: ${protocol}`;
}
