import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** Wrong invocation (missing path, unmatched glob, unknown option): exit code 2. */
export class UsageError extends Error {}

export interface InputFile {
  abs: string;
  /** Path as reported: relative to the working directory, forward slashes. */
  display: string;
  /** Named on the command line (always linted) rather than found in a directory. */
  explicit: boolean;
}

/** Found in directories; `.tf` files that declare no `aws_cloudfront_distribution` are skipped unparsed. */
const TEMPLATE_EXTENSIONS = ['.json', '.yaml', '.yml', '.template', '.tf'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.terraform']);
const GLOB_CHARS = /[*?[\]{}]/;

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function isTemplateName(name: string): boolean {
  const lower = name.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function walk(dir: string, visit: (abs: string) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(abs, visit);
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(abs))) {
      visit(abs);
    }
  }
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/**
 * Expands command-line paths: files are taken as given, directories are searched recursively for
 * JSON/YAML/.template and Terraform .tf files (skipping node_modules, .git and .terraform), globs
 * are matched from their static base. A missing path, an empty directory or an unmatched glob is a
 * usage error.
 */
export function expandInputs(paths: string[], cwd: string, exclude: (display: string) => boolean): InputFile[] {
  const found = new Map<string, InputFile>();
  const add = (abs: string, explicit: boolean) => {
    const display = displayPath(abs, cwd);
    if (!explicit && exclude(display)) return;
    if (!found.has(abs)) found.set(abs, { abs, display, explicit });
  };
  for (const path of paths) {
    const abs = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(abs);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      add(abs, true);
    } else if (stats?.isDirectory()) {
      const before = found.size;
      walk(abs, (file) => isTemplateName(file) && add(file, false));
      if (found.size === before) throw new UsageError(`No JSON, YAML, .template or .tf files in directory '${path}'.`);
    } else if (GLOB_CHARS.test(path)) {
      const { base } = picomatch.scan(path.split(sep).join('/'));
      const matcher = picomatch(path.split(sep).join('/'), { dot: false });
      const root = resolve(cwd, base || '.');
      const before = found.size;
      walk(root, (file) => {
        const rel = displayPath(file, cwd);
        if (matcher(rel) || matcher(file.split(sep).join('/'))) add(file, false);
      });
      if (found.size === before) throw new UsageError(`No files match '${path}'.`);
    } else {
      throw new UsageError(`No such file or directory: '${path}'.`);
    }
  }
  return [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}
