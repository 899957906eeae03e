import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cli } from '../helpers/cli';

const MODULE_PLAN = 'fixtures/terraform/module-plan.json';
const STATE = 'fixtures/terraform/state.json';
const UPDATE_PLAN = 'fixtures/terraform/update-plan.json';
const SECRETS = ['Xk9rT2vQ7mZ4pL8sW1nB5cY3', 'tf-Origin-Verify-5e1f0c7a9b2d', 'acme-edge-logs-7f3a', 'b6f1c0d2e9a84f37c5d1', 'pager 555-0100'];

interface JsonFinding {
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
  distribution: string;
}

describe('Terraform plan and state JSON on the command line', () => {
  it('lints every distribution of a plan by resource address (json)', () => {
    const result = cli([MODULE_PLAN, '-f', 'json', '--no-config']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ files: 1, distributions: 2 });
    const findings = report.findings as JsonFinding[];
    expect(new Set(findings.map((f) => f.distribution))).toEqual(
      new Set(['module.cdn.aws_cloudfront_distribution.site', 'module.platform.module.edge["www"].aws_cloudfront_distribution.this']),
    );
    const secret = findings.find((f) => f.ruleId === 'no-secret-header-over-http')!;
    expect(secret).toMatchObject({
      file: MODULE_PLAN,
      distribution: 'module.cdn.aws_cloudfront_distribution.site',
      pointer: '/planned_values/root_module/child_modules/0/resources/1/values/origin/0/custom_header/0/name',
      message: "Origin 'api' is reached over HTTP but sends 'X-Origin-Verify', which looks like a secret; reach the origin over HTTPS (OriginProtocolPolicy https-only).",
    });
    const line = readFileSync(join(ROOT, MODULE_PLAN), 'utf8').split('\n')[secret.line - 1]!;
    expect(line.slice(secret.column - 1)).toBe('"X-Origin-Verify",');
  });

  it('never prints sensitive values or header values, in any format', () => {
    for (const file of [MODULE_PLAN, STATE, UPDATE_PLAN]) {
      for (const format of ['stylish', 'compact', 'json']) {
        const result = cli([file, '-f', format, '--no-config', '--preset', 'all']);
        expect(result.status).toBe(1);
        for (const secret of SECRETS) {
          expect(result.stdout).not.toContain(secret);
          expect(result.stderr).not.toContain(secret);
        }
      }
    }
  });

  it('masks a header value in the code frame of a one-line state file (terraform show -json prints one line)', () => {
    const result = cli([STATE, '--no-config']);
    expect(result.status).toBe(1);
    const frame = result.stdout.split('\n').findIndex((line) => line.includes('no-secret-header-over-http'));
    expect(frame).toBeGreaterThan(0);
    expect(result.stdout.split('\n')[frame + 1]).toContain('"name":"X-Origin-Verify","value":**********************}');
    expect(result.stdout).toContain('aws_cloudfront_response_headers_policy.frame');
  });

  it('compares a plan with its own before values', () => {
    const result = cli([UPDATE_PLAN, '-f', 'compact', '--no-config']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${UPDATE_PLAN}:53:43: error Default behavior accepts plain HTTP from viewers (ViewerProtocolPolicy 'allow-all')`);
    expect(result.stdout).toMatch(/no-security-downgrade/);
  });

  it('reads a plan from stdin', () => {
    const result = cli(['-', '--stdin-filename', 'plan.json', '-f', 'json', '--no-config'], { input: readFileSync(join(ROOT, UPDATE_PLAN), 'utf8') });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: JsonFinding) => [f.file, f.distribution])).toContainEqual(['plan.json', 'aws_cloudfront_distribution.main']);
  });

  it('ignores findings of some addresses through the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cloudfront-lint-tf-'));
    try {
      const config = join(dir, 'config.yaml');
      writeFileSync(config, "ignore:\n  - rule: no-http-viewer\n    distribution: 'module.platform.*'\n    reason: the edge proxy answers HTTP itself\n");
      const report = JSON.parse(cli([MODULE_PLAN, '-f', 'json', '-c', config]).stdout);
      expect(report.findings.filter((f: JsonFinding) => f.ruleId === 'no-http-viewer')).toEqual([]);
      expect(report.summary.suppressed).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
