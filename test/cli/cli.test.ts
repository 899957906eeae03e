import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

const EXAMPLES = 'fixtures/examples';
/** Follows every recommended rule (test/rules/compliant.test.ts keeps it so). */
const CLEAN = 'fixtures/compliant/template.yaml';
/** Follows every recommended rule except no-http-viewer, which it breaks twice. */
const ALLOW_ALL = 'fixtures/cli/allow-all.yaml';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cloudfront-lint-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const TEMPLATE = (policy: string, extra = '') => `Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
${extra}    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: app
            DomainName: app.example.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
              OriginSSLProtocols: [TLSv1.2]
        Logging:
          Bucket: logs.s3.amazonaws.com
        WebACLId: arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111
        DefaultCacheBehavior:
          TargetOriginId: app
          ViewerProtocolPolicy: ${policy}
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
          ResponseHeadersPolicyId: 67f7725c-6f97-4210-82d7-5512b31e9d03
`;

describe('formats', () => {
  it('json follows the design contract and is byte-for-byte deterministic', () => {
    const first = cli([EXAMPLES, '--format', 'json', '--no-config']);
    const second = cli([EXAMPLES, '--format', 'json', '--no-config']);
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'cloudfront-lint', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    // static-site.yaml: 4 errors, 4 warnings; distribution-config.json: 3 errors, 5 warnings; cdk.out: 5 warnings.
    expect(report.summary).toEqual({ files: 3, distributions: 3, error: 7, warning: 14, info: 0, suppressed: 0 });
    const headline = report.findings.find((f: { ruleId: string; file: string }) => f.ruleId === 'no-http-origin-behind-https-viewer' && f.file.endsWith('static-site.yaml'));
    expect(headline).toEqual({
      ruleId: 'no-http-origin-behind-https-viewer',
      severity: 'error',
      message: expect.stringContaining("origin 'site'"),
      file: 'fixtures/examples/static-site.yaml',
      line: 36,
      column: 37,
      endLine: 36,
      endColumn: 46,
      pointer: '/Resources/Cdn/Properties/DistributionConfig/Origins/0/CustomOriginConfig/OriginProtocolPolicy',
      distribution: 'Cdn',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const cdk = report.findings.find((f: { file: string }) => f.file.includes('cdk.out'));
    expect(cdk.cdkPath).toBe('AppStack/AppDistribution/Resource');
    const order = report.findings.map((f: { file: string; line: number }) => `${f.file}:${String(f.line).padStart(5, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('compact prints one file:line:col line per finding', () => {
    const result = cli([ALLOW_ALL, '-f', 'compact', '--no-config']);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${ALLOW_ALL}:19:33: error Default behavior accepts plain HTTP from viewers (ViewerProtocolPolicy 'allow-all'); use 'redirect-to-https' or 'https-only'. [no-http-viewer]`,
      `${ALLOW_ALL}:25:35: error Behavior '/api/*' accepts plain HTTP from viewers (ViewerProtocolPolicy 'allow-all'); use 'redirect-to-https' or 'https-only'. [no-http-viewer]`,
    ]);
  });

  it('stylish groups per file with a code frame, a summary and the exit reason; no colour without a terminal', () => {
    const result = cli([ALLOW_ALL, '--no-config']);
    expect(result.stdout).toContain(`${ALLOW_ALL}\n  19:33    error   Default behavior`);
    expect(result.stdout).toContain('     19 |           ViewerProtocolPolicy: allow-all\n        |                                 ^^^^^^^^^');
    expect(result.stdout).toContain('✖ 2 problems (2 errors, 0 warnings, 0 info) in 1 file, 1 distribution.');
    expect(result.stdout).toContain('Exit code 1: 2 findings at or above --fail-on error.');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR colours stylish output and NO_COLOR or --no-color turn it off', () => {
    expect(cli([ALLOW_ALL, '--no-config'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31merror/);
    expect(cli([ALLOW_ALL, '--no-config', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(cli([ALLOW_ALL, '--no-config'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('a clean run says so and exits 0', () => {
    const result = cli([CLEAN, '--no-config']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✔ No problems (1 file, 1 distribution).');
  });

  it('--output-file writes the report instead of stdout', () => {
    const out = join(tmp, 'report.json');
    const result = cli([ALLOW_ALL, '-f', 'json', '-o', out, '--no-config']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.error).toBe(2);
  });

  it('formats planned for later versions and unknown formats are usage errors', () => {
    expect(cli([CLEAN, '-f', 'sarif']).status).toBe(2);
    const unknown = cli([CLEAN, '-f', 'xml']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown format 'xml'");
  });
});

describe('exit codes and gating', () => {
  it('--fail-on decides which severities fail the run', () => {
    const warningOnly = write('warn/t.yaml', TEMPLATE('redirect-to-https').replace('CachePolicyId', 'AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]\n          CachePolicyId'));
    expect(cli([warningOnly, '--no-config']).status).toBe(0);
    expect(cli([warningOnly, '--no-config', '--fail-on', 'warning']).status).toBe(1);
    expect(cli([ALLOW_ALL, '--no-config', '--fail-on', 'none']).status).toBe(0);
    expect(cli([warningOnly, '--no-config', '--max-warnings', '0']).status).toBe(1);
    expect(cli([warningOnly, '--no-config', '--max-warnings', '1']).status).toBe(0);
    const quiet = cli([warningOnly, '--no-config', '--quiet', '-f', 'json']);
    expect(JSON.parse(quiet.stdout).findings).toEqual([]);
  });

  it('usage errors exit 2 with a message, never a stack trace', () => {
    for (const args of [
      ['--bogus'],
      [CLEAN, '--rule', 'no-such-rule=error'],
      [CLEAN, '--rule', 'no-http-viewer=loud'],
      ['does/not/exist.yaml'],
      ['fixtures/**/*.nomatch'],
      [CLEAN, '--max-warnings', 'many'],
      [CLEAN, '--preset', 'strict'],
      [CLEAN, '--rule', 'parse-error=off'],
    ]) {
      const result = cli([...args, '--no-config']);
      expect({ args, status: result.status }).toEqual({ args, status: 2 });
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a directory without templates, or with templates but no distribution, is a usage error', () => {
    mkdirSync(join(tmp, 'empty'), { recursive: true });
    expect(cli([join(tmp, 'empty'), '--no-config']).status).toBe(2);
    write('nocf/other.yaml', 'name: not cloudfront\n');
    const result = cli([join(tmp, 'nocf'), '--no-config']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No CloudFront distribution found');
  });

  it('an explicitly named file without a distribution is skipped quietly (pre-commit)', () => {
    const other = write('other.yaml', 'jobs:\n  build: {}\n');
    const result = cli([other, CLEAN, '--no-config']);
    expect(result.status).toBe(0);
  });

  it('--rule turns rules off or changes their severity', () => {
    expect(cli([ALLOW_ALL, '--no-config', '--rule', 'no-http-viewer=off']).status).toBe(0);
    const asWarning = JSON.parse(cli([ALLOW_ALL, '--no-config', '--rule', 'no-http-viewer=warning', '-f', 'json']).stdout);
    expect(asWarning.summary).toMatchObject({ error: 0, warning: 2 });
  });

  it('globs and directories are expanded; node_modules is skipped', () => {
    write('tree/a/site.yaml', TEMPLATE('allow-all'));
    write('tree/node_modules/pkg/site.yaml', TEMPLATE('allow-all'));
    const dir = JSON.parse(cli([join(tmp, 'tree'), '-f', 'json', '--no-config']).stdout);
    expect(dir.summary.files).toBe(1);
    const glob = JSON.parse(cli(['tree/**/*.yaml', '-f', 'json', '--no-config'], { cwd: tmp }).stdout);
    expect(glob.findings.map((f: { file: string }) => f.file)).toEqual(['tree/a/site.yaml']);
  });
});

describe('parameters and stdin', () => {
  it('--parameter sets a CloudFormation parameter', () => {
    const file = write('param.yaml', `Parameters:\n  Policy:\n    Type: String\n${TEMPLATE('!Ref Policy')}`);
    expect(cli([file, '--no-config']).status).toBe(0);
    expect(cli([file, '--no-config', '--parameter', 'Policy=allow-all']).status).toBe(1);
  });

  it("'-' reads stdin and --stdin-filename names it", () => {
    const result = cli(['-', '--stdin-filename', 'infra/cdn.yaml', '-f', 'compact', '--no-config'], { input: TEMPLATE('allow-all') });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^infra\/cdn\.yaml:18:33: error /);
  });
});

describe('bad input', () => {
  it('every broken file is a parse-error with a position, and the other files are still linted', () => {
    const files = [
      write('bad/syntax.json', '{\n  "Resources": {\n    "Cdn": { "Type": "AWS::CloudFront::Distribution",\n'),
      write('bad/tag.yaml', 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties: !Bogus x\n'),
      write('bad/bomb.yaml', [
        'a: &a ["DistributionConfig", "DistributionConfig"]',
        ...Array.from({ length: 30 }, (_, i) => `b${i}: &b${i} [${Array(8).fill(i === 0 ? '*a' : `*b${i - 1}`).join(', ')}]`),
      ].join('\n')),
      write('bad/binary.yaml', Buffer.from([0x44, 0x69, 0x73, 0x00, 0x01, 0x02])),
      write('bad/deep.json', `${'['.repeat(5000)}"DistributionConfig"${']'.repeat(5000)}`),
      ALLOW_ALL,
    ];
    const started = Date.now();
    const result = cli([...files, '-f', 'json', '--no-config']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    const parseErrors = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'parse-error');
    expect(parseErrors.map((f: { file: string; line: number; message: string }) => [f.file.replace(/^.*\/bad\//, ''), f.line])).toEqual([
      ['binary.yaml', 1],
      ['bomb.yaml', expect.any(Number)],
      ['deep.json', 1],
      ['syntax.json', expect.any(Number)],
      ['tag.yaml', 4],
    ]);
    expect(parseErrors.find((f: { file: string }) => f.file.endsWith('tag.yaml')).message).toContain('Unknown tag !Bogus');
    expect(parseErrors.find((f: { file: string }) => f.file.endsWith('bomb.yaml')).message).toContain('alias');
    expect(parseErrors.find((f: { file: string }) => f.file.endsWith('deep.json')).message).toBe('The file is nested too deeply to parse.');
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'no-http-viewer')).toHaveLength(2);
  });

  it('an oversized file is refused with a parse-error', () => {
    const big = write('big.json', `{"DistributionConfig": "${'x'.repeat(21 * 1024 * 1024)}"}`);
    const report = JSON.parse(cli([big, '-f', 'json', '--no-config']).stdout);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: 1, column: 1, message: expect.stringContaining('MiB limit') })]);
  });

  it('duplicate keys are reported but the file is still linted', () => {
    const file = write('dup.yaml', TEMPLATE('allow-all').replace('        Enabled: true\n', '        Enabled: true\n        Enabled: true\n'));
    const report = JSON.parse(cli([file, '-f', 'json', '--no-config']).stdout);
    expect(report.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}@${f.line}`)).toEqual(['parse-error@7', 'no-http-viewer@19']);
  });
});

describe('behavior order', () => {
  it('reports shadowed and weaker-first behaviors with a witness path, and budget notes on stderr and in JSON', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generate } = require('../../bench/generate') as { generate: (dir: string) => Record<string, string> };
    const files = generate(join(tmp, 'bench'));
    const compact = cli(['--no-config', '-f', 'compact', '--fail-on', 'none', files.adversarial!]);
    expect(compact.status).toBe(0);
    expect(compact.stderr).toMatch(/^cloudfront-lint: .*adversarial-75\.yaml: distribution Cdn: no-shadowed-behavior: whether behaviors #\d+/m);
    const json = JSON.parse(cli(['--no-config', '-f', 'json', '--fail-on', 'none', files.adversarial!]).stdout);
    expect(json.notes).toHaveLength(2);
    const ordered = write('ordered.yaml', TEMPLATE('redirect-to-https').replace(
      '        DefaultCacheBehavior:',
      `        CacheBehaviors:
          - { PathPattern: /api/*, TargetOriginId: app, ViewerProtocolPolicy: allow-all, CachePolicyId: x }
          - { PathPattern: /api/admin/*, TargetOriginId: app, ViewerProtocolPolicy: https-only, CachePolicyId: x }
        DefaultCacheBehavior:`,
    ));
    const result = cli(['--no-config', '-f', 'compact', ordered]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      "ordered.yaml:18:28: error Behavior '/api/admin/*' can never be selected: every path it matches is matched first by behavior '/api/*' (#1). [no-shadowed-behavior]",
    );
    expect(result.stdout).toContain(
      "ordered.yaml:18:28: warning GET /api/admin/x is served by behavior '/api/*' (allow-all), not behavior '/api/admin/*' (https-only)",
    );
  });
});

describe('config file', () => {
  it('is found upwards from the working directory and applies rules, failOn and ignore', () => {
    write('proj/.cloudfront-lint.yaml', [
      'rules:',
      '  no-http-viewer: warning',
      'ignore:',
      '  - files: "infra/legacy/**"',
      '    rule: no-http-viewer',
      '    reason: retired next quarter',
    ].join('\n'));
    write('proj/infra/site.yaml', TEMPLATE('allow-all'));
    write('proj/infra/legacy/old.yaml', TEMPLATE('allow-all'));
    mkdirSync(join(tmp, 'proj/infra/sub'), { recursive: true });
    const result = cli(['..', '-f', 'json'], { cwd: join(tmp, 'proj/infra/sub') });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ files: 2, error: 0, warning: 1, suppressed: 1 });
    expect(report.findings[0].file).toBe('../site.yaml');
  });

  it('errors name the key and its line, and exit 2', () => {
    const cases: Array<[string, RegExp]> = [
      ['preset: recommended\nfailOn: eror\n', /\.cloudfront-lint\.yaml:2:9: 'failOn' must be equal to one of the allowed values \(one of: error, warning, info, none\)/],
      ['prest: all\n', /:1:1: unknown key 'prest' \(did you mean 'preset'\?\)/],
      ['rules:\n  no-such-rule: off\n', /:2:3: unknown rule 'no-such-rule' in 'rules'/],
      ['rules:\n  no-http-viewer: [error, {strict: true}]\n', /:2:27: rule 'no-http-viewer' takes no options/],
      ['ignore:\n  - rule: no-http-viewer\n', /:2:5: 'ignore\.0' needs key 'reason'/],
      ['rules: [\n', /:\d+:\d+: /],
      ['rules:\n  internal-error: off\n', /:2:3: rule 'internal-error' is always on/],
    ];
    for (const [text, pattern] of cases) {
      const dir = mkdtempSync(join(tmp, 'cfg-'));
      writeFileSync(join(dir, '.cloudfront-lint.yaml'), text);
      writeFileSync(join(dir, 'site.yaml'), TEMPLATE('allow-all'));
      const result = cli(['site.yaml'], { cwd: dir });
      expect({ text, status: result.status }).toEqual({ text, status: 2 });
      expect(result.stderr).toMatch(pattern);
    }
  });

  it('rules the catalogue names but this version lacks are accepted with a notice', () => {
    const dir = mkdtempSync(join(tmp, 'cfg-'));
    writeFileSync(join(dir, '.cloudfront-lint.yaml'), 'rules:\n  require-shield-advanced: off\n');
    writeFileSync(join(dir, 'site.yaml'), TEMPLATE('https-only'));
    const result = cli(['site.yaml'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("rule 'require-shield-advanced' is not available in this version");
  });

  it('--config names a file and --no-config ignores them', () => {
    const config = write('strict.json', JSON.stringify({ failOn: 'none' }));
    expect(cli([ALLOW_ALL, '--config', config]).status).toBe(0);
    expect(cli([ALLOW_ALL, '--config', join(tmp, 'missing.yaml')]).status).toBe(2);
  });
});

describe('suppressions', () => {
  it('Metadata and comments suppress with a reason and are counted', () => {
    const metadata = write('sup/metadata.yaml', TEMPLATE('allow-all', '    Metadata:\n      cloudfront-lint:\n        ignore:\n          - rule: no-http-viewer\n            reason: public mirror\n'));
    const comment = write(
      'sup/comment.yaml',
      TEMPLATE('allow-all').replace('          ViewerProtocolPolicy:', '          # cloudfront-lint-disable-next-line no-http-viewer -- redirects at the load balancer\n          ViewerProtocolPolicy:'),
    );
    const report = JSON.parse(cli([metadata, comment, '-f', 'json', '--no-config']).stdout);
    expect(report.summary).toMatchObject({ error: 0, suppressed: 2 });
  });

  it('a suppression without a reason does not apply and says why on stderr', () => {
    const file = write(
      'sup/noreason.yaml',
      TEMPLATE('allow-all').replace('          ViewerProtocolPolicy:', '          # cloudfront-lint-disable-next-line no-http-viewer\n          ViewerProtocolPolicy:'),
    );
    const result = cli([file, '-f', 'json', '--no-config']);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ error: 1, suppressed: 0 });
    expect(result.stderr).toMatch(/noreason\.yaml:18:11: suppression comment for no-http-viewer has no reason/);
  });

  it('a comment above a resource covers the whole resource, and only the named rule', () => {
    const file = write('sup/resource.yaml', TEMPLATE('allow-all').replace('  Cdn:\n', '  # cloudfront-lint-disable-next-line no-http-viewer -- staging only\n  Cdn:\n'));
    const report = JSON.parse(cli([file, '-f', 'json', '--no-config']).stdout);
    expect(report.summary).toMatchObject({ error: 0, suppressed: 1 });
    const other = JSON.parse(cli([file, '-f', 'json', '--no-config', '--rule', 'no-http-viewer=off', '--rule', 'valid-target-origin=error']).stdout);
    expect(other.summary.suppressed).toBe(0);
  });
});

describe('rules command', () => {
  it('lists rules as text and JSON', () => {
    const text = cli(['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('no-http-origin-behind-https-viewer');
    const rules = JSON.parse(cli(['rules', '--format', 'json']).stdout);
    expect(rules.find((r: { id: string }) => r.id === 'no-http-viewer')).toEqual({
      id: 'no-http-viewer',
      title: expect.any(String),
      severity: 'error',
      category: 'security',
      preset: 'recommended',
      anchors: expect.arrayContaining(['Checkov CKV_AWS_34']),
      docs: 'docs/rules/no-http-viewer.md',
    });
  });

  it('explains one rule with its documentation; an unknown id is a usage error', () => {
    const result = cli(['rules', 'no-http-viewer']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## How to fix');
    expect(cli(['rules', 'nope']).status).toBe(2);
  });
});
