import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../engine/config';
import type { SeveritySetting } from '../engine/rule';
import { runLint, type LintOptions } from '../lint';
import { getReporter } from '../report';
import { VERSION } from '../version';
import { UsageError } from './inputs';
import { explainRule, listRules } from './rules-command';
import { routeCommand, type RouteFlags } from './route-command';

const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'];

interface LintFlags {
  format: string;
  outputFile?: string;
  config: string | boolean;
  preset?: 'recommended' | 'all';
  rule: string[];
  failOn?: LintOptions['failOn'];
  maxWarnings?: string;
  quiet?: boolean;
  color: boolean;
  parameter: string[];
  stdinFilename?: string;
  before?: string;
  base?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function keyValue(entry: string, flag: string): [string, string] {
  const at = entry.indexOf('=');
  if (at <= 0) throw new UsageError(`${flag} takes key=value, got '${entry}'.`);
  return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
}

function useColor(flags: LintFlags): boolean {
  if (!flags.color || flags.outputFile) return false;
  if (process.env.NO_COLOR) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return Boolean(process.stdout.isTTY);
}

function lintAction(paths: string[], flags: LintFlags): void {
  const rules: Record<string, SeveritySetting> = {};
  for (const entry of flags.rule) {
    const [id, severity] = keyValue(entry, '--rule');
    if (!SEVERITY_SETTINGS.includes(severity)) {
      throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(', ')}, got '${severity}'.`);
    }
    rules[id] = severity as SeveritySetting;
  }
  const parameters = Object.fromEntries(flags.parameter.map((entry) => keyValue(entry, '--parameter')));
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    maxWarnings = Number(flags.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, got '${flags.maxWarnings}'.`);
  }
  const reporter = getReporter(flags.format);
  const run = runLint(paths, {
    config: flags.config === false ? false : typeof flags.config === 'string' ? flags.config : undefined,
    preset: flags.preset,
    rules,
    failOn: flags.failOn,
    maxWarnings,
    quiet: flags.quiet,
    parameters,
    stdin: paths.includes('-') ? { text: readStdin(), filename: flags.stdinFilename } : undefined,
    before: flags.before,
    base: flags.base,
  });
  for (const notice of run.notices) process.stderr.write(`cloudfront-lint: ${notice}\n`);
  const output = reporter(run, { color: useColor(flags) });
  if (flags.outputFile) writeFileSync(flags.outputFile, output);
  else process.stdout.write(output);
  process.exitCode = run.exitCode;
}

function readStdin(): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:fs') as typeof import('node:fs')).readFileSync(0);
}

function buildProgram(): Command {
  const program = new Command('cloudfront-lint')
    .description('Lint Amazon CloudFront distribution configurations.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .addHelpText(
      'after',
      '\nExit codes: 0 no findings at or above --fail-on; 1 findings at or above --fail-on or too many warnings;\n' +
        '2 usage or configuration error; 3 runtime failure.',
    );

  program
    .command('lint', { isDefault: true })
    .description('lint files, directories (recursive) and globs; - reads stdin')
    .argument('[paths...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <name>', 'stylish, compact or json').default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: nearest .cloudfront-lint.yaml, .yml or .json)')
    .option('--no-config', 'do not read any config file')
    .addOption(new Option('--preset <name>', 'rule set before config and flags').choices(['recommended', 'all']))
    .option('--rule <id=severity>', 'override one rule: error, warning, info or off (repeatable)', collect, [])
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes exit code 1 (default: error)').choices(['error', 'warning', 'info', 'none']))
    .option('--max-warnings <n>', 'also exit 1 when warnings exceed n')
    .option('--quiet', 'report errors only')
    .option('--no-color', 'plain output (also NO_COLOR; FORCE_COLOR forces colour)')
    .option('--parameter <key=value>', 'CloudFormation parameter value (repeatable)', collect, [])
    .option('--stdin-filename <name>', "name to report for '-'")
    .option('--before <file-or-dir>', 'run the change rules against this earlier version (a file, a directory, a saved snapshot)')
    .option('--base <git-ref>', "run the change rules against each input's content at this git ref")
    .action((paths: string[], flags: LintFlags) => lintAction(paths, flags));

  program
    .command('rules')
    .description('list the rules, or explain one')
    .argument('[id]', 'rule id')
    .addOption(new Option('-f, --format <name>', 'text or json').choices(['text', 'json']).default('text'))
    .action((id: string | undefined, flags: { format: 'text' | 'json' }) => {
      process.stdout.write(id ? explainRule(id, flags.format) : listRules(flags.format));
    });
  program
    .command('route')
    .description('show what CloudFront would do with one request')
    .argument('<file>', 'template or CloudFront API file')
    .argument('<path>', "request path, e.g. '/api/admin/x.json'")
    .option('--method <method>', 'HTTP method', 'GET')
    .addOption(new Option('--protocol <protocol>', 'viewer protocol').choices(['http', 'https']).default('https'))
    .addOption(new Option('--http-version <version>', 'viewer HTTP version').choices(['1.0', '1.1', '2']).default('1.1'))
    .option('--distribution <id>', 'which distribution, when the file holds several')
    .option('--parameter <key=value>', 'CloudFormation parameter value (repeatable)', collect, [])
    .addOption(new Option('-f, --format <name>', 'text or json').choices(['text', 'json']).default('text'))
    .action((file: string, path: string, flags: Omit<RouteFlags, 'parameters'> & { parameter: string[] }) => {
      const parameters = Object.fromEntries(flags.parameter.map((entry) => keyValue(entry, '--parameter')));
      process.stdout.write(routeCommand(file, path, { ...flags, parameters }));
    });
  return program;
}

export function main(argv: string[]): void {
  try {
    buildProgram().parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`cloudfront-lint: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cloudfront-lint: internal error: ${message}\n`);
    if (process.env.CLOUDFRONT_LINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 3;
  }
}
