/**
 * Terraform source through the real binary: a pre-commit run on changed .tf files, a directory, a
 * broken file, and a machine without the optional parser packages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, cli } from '../helpers/cli';

const SITE = 'fixtures/terraform-source/site';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cloudfront-lint-tf-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('Terraform source (.tf)', () => {
  it('pre-commit: the changed files are linted, findings point at the attribute, files without a distribution are skipped', () => {
    const result = cli(['--no-config', '--format', 'json', `${SITE}/main.tf`, `${SITE}/s3.tf`]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { summary: Record<string, number>; findings: Array<Record<string, unknown>> };
    expect(report.summary).toMatchObject({ files: 2, distributions: 1 });
    const http = report.findings.find((finding) => finding.ruleId === 'no-http-viewer');
    expect(http).toMatchObject({
      file: `${SITE}/main.tf`,
      line: 27,
      column: 30,
      distribution: 'aws_cloudfront_distribution.site',
      message:
        "Default behavior accepts plain HTTP from viewers (ViewerProtocolPolicy 'allow-all'); use 'redirect-to-https' or 'https-only', with variable viewer_protocol_policy at its default 'allow-all'.",
    });
  });

  it('stylish shows the .tf line in the code frame', () => {
    const result = cli(['--no-config', '--rule', 'require-access-logging=off', '--rule', 'require-web-acl=off', `${SITE}/main.tf`]);
    expect(result.stdout).toContain('27:30    error   Default behavior accepts plain HTTP from viewers');
    expect(result.stdout).toContain('     27 |     viewer_protocol_policy = var.viewer_protocol_policy\n        |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^');
  });

  it('a directory of .tf files is searched; a compliant one is clean', () => {
    const result = cli(['--no-config', 'fixtures/terraform-source/compliant']);
    expect(result.stdout).toContain('No problems (1 file, 1 distribution)');
    expect(result.status).toBe(0);
  });

  it('a syntax error is a parse-error (exit 1)', () => {
    const result = cli(['--no-config', '--format', 'compact', 'fixtures/terraform-source/broken/main.tf']);
    expect(result.stdout.trim()).toBe("fixtures/terraform-source/broken/main.tf:7:1: error HCL syntax error: missing '}'. [parse-error]");
    expect(result.status).toBe(1);
  });

  it('without the optional parser packages, .tf files get a notice with the plan hint and the run passes', () => {
    // Makes the optional dependencies unresolvable, as after `npm install --omit=optional`.
    const hide = join(tmp, 'hide-optional.js');
    writeFileSync(
      hide,
      `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'web-tree-sitter' || request.startsWith('@tree-sitter-grammars/')) {
    const error = new Error("Cannot find module '" + request + "'");
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
`,
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['-r', hide, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 30_000 });
    const result = run(['--no-config', SITE]);
    expect(result.stderr).toBe(
      `cloudfront-lint: ${SITE}/main.tf: Terraform source is not linted here: its optional packages web-tree-sitter and @tree-sitter-grammars/tree-sitter-hcl are not installed. Lint the plan instead: terraform plan -out plan.out && terraform show -json plan.out > plan.json, then cloudfront-lint plan.json.\n`,
    );
    expect(result.stdout).toContain('No problems (3 files, 0 distributions)');
    expect(result.status).toBe(0);
  });
});
