/**
 * Earlier versions of distributions for the change rules: `--before <file|dir>` (an older copy or
 * a saved live snapshot) and `--base <git-ref>` (each input's content at that ref, read through
 * git). Distributions pair by name: CloudFormation logical id, Terraform address or distribution id.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError, expandInputs } from '../cli/inputs';
import { loadFile, loadText } from '../load';
import type { DistributionVariant, LoadOptions, LoadedDistribution, LoadedDocument } from '../load/types';

export type BeforeOf = (loaded: LoadedDocument, distribution: LoadedDistribution) => DistributionVariant[] | undefined;

/** Every distribution of the files under `path`, by name; a name found twice pairs with nothing. */
export function beforeFromPath(path: string, cwd: string, options: LoadOptions): BeforeOf {
  const byName = new Map<string, DistributionVariant[] | null>();
  let files: ReturnType<typeof expandInputs>;
  try {
    files = expandInputs([path], cwd, () => false);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--before ${path}: ${error.message}`);
    throw error;
  }
  for (const file of files) {
    for (const distribution of loadFile(file.abs, file.display, options).distributions) {
      byName.set(distribution.id, byName.has(distribution.id) ? null : distribution.variants);
    }
  }
  return (_loaded, distribution) => byName.get(distribution.id) ?? undefined;
}

/** Each input file's content at a git ref; a file that did not exist there is new (no pairing). */
export function beforeFromGit(ref: string, cwd: string, options: LoadOptions): BeforeOf {
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel']).trim();
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--base ${ref}: not a commit of a git repository at '${cwd}'.`);
  }
  const cache = new Map<string, Map<string, DistributionVariant[]>>();
  return (loaded, distribution) => {
    const file = loaded.doc.file;
    if (!cache.has(file)) {
      const path = relative(root, realDirectory(resolve(cwd, file))).split(sep).join('/');
      let text: string | undefined;
      try {
        text = git(['show', `${ref}:${path}`]);
      } catch {
        text = undefined; // Not in the ref: a new file.
      }
      const byName = new Map<string, DistributionVariant[]>();
      if (text !== undefined && !path.startsWith('..')) {
        for (const earlier of loadText(text, file, options).distributions) byName.set(earlier.id, earlier.variants);
      }
      cache.set(file, byName);
    }
    return cache.get(file)!.get(distribution.id);
  };
}

/** The path with its directory's symbolic links resolved, as git's top level is (the file itself may be a link). */
function realDirectory(abs: string): string {
  try {
    return join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return abs;
  }
}

/** `--base` first (per file), then `--before` (by name). */
export function combine(...sources: Array<BeforeOf | undefined>): BeforeOf | undefined {
  const present = sources.filter((source): source is BeforeOf => source !== undefined);
  if (present.length === 0) return undefined;
  return (loaded, distribution) => {
    for (const source of present) {
      const found = source(loaded, distribution);
      if (found) return found;
    }
    return undefined;
  };
}
