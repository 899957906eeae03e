import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, type CliResult } from '../helpers/cli';

/**
 * Change safety end to end: the change rules (catalogue section E) compare each distribution with
 * its earlier version from `--before <file|dir>` or `--base <git-ref>`, paired by name.
 */
const CHANGE_RULES = ['require-invalidation-after-protocol-change', 'no-security-downgrade', 'no-routing-change'];
const FLAGS = ['--format', 'json', '--no-config', '--preset', 'all', '--fail-on', 'none'];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cloudfront-lint-change-'));
  // A test run from inside a git hook must not send the binary's git calls to the outer repository.
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) delete process.env[name];
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(path: string, content: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

interface Shape {
  origin?: string;
  viewer?: string;
  /** Ordered behaviors' path patterns, in order. */
  patterns?: string[];
}

/** One CloudFormation distribution resource; everything a change rule does not compare stays fixed. */
function distribution(id: string, { origin = 'https-only', viewer = 'redirect-to-https', patterns = [] }: Shape = {}): string {
  const behaviors = patterns.length
    ? '        CacheBehaviors:\n' +
      patterns
        .map(
          (pattern) => `          - PathPattern: ${pattern}
            TargetOriginId: app
            ViewerProtocolPolicy: redirect-to-https
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
`,
        )
        .join('')
    : '';
  return `  ${id}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Logging:
          Bucket: logs.s3.amazonaws.com
        Origins:
          - Id: app
            DomainName: app.example.com
            CustomOriginConfig:
              OriginProtocolPolicy: ${origin}
              OriginSSLProtocols: [TLSv1.2]
        DefaultCacheBehavior:
          TargetOriginId: app
          ViewerProtocolPolicy: ${viewer}
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
${behaviors}`;
}

const template = (...distributions: string[]) => `Resources:\n${distributions.join('')}`;

const INVALIDATE = (paths: string, what: string) =>
  `CloudFront now reaches origin 'app' over HTTPS instead of HTTP; objects cached the old way keep being served until they expire: invalidate ${paths} for ${what}.`;
const DOWNGRADE = "Default behavior was 'redirect-to-https' and is now 'allow-all': viewers lose the HTTPS guarantee they had.";

/** The change rules' findings as `file distribution ruleId: message`, in report order. */
function changeFindings(result: CliResult): string[] {
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout);
  return report.findings
    .filter((finding: { ruleId: string }) => CHANGE_RULES.includes(finding.ruleId))
    .map((finding: { file: string; distribution: string; ruleId: string; message: string }) => `${finding.file} ${finding.distribution} ${finding.ruleId}: ${finding.message}`);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('without an earlier version', () => {
  it('the change rules stay silent, whatever the configuration', () => {
    const dir = join(tmp, 'alone');
    write(join(dir, 'site.yaml'), template(distribution('Cdn', { origin: 'https-only', viewer: 'allow-all', patterns: ['/api/*'] })));
    const result = cli([dir, ...FLAGS]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.distributions).toBe(1);
    expect(changeFindings(result)).toEqual([]);
  });
});

describe('--before <file>', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'before-file');
    write(join(dir, 'old.yaml'), template(distribution('Cdn', { origin: 'http-only', patterns: ['/api/admin/*', '/api/*'] })));
    write(join(dir, 'site.yaml'), template(distribution('Cdn', { origin: 'https-only', viewer: 'allow-all', patterns: ['/api/*', '/api/admin/*'] })));
  });

  it('compares the distribution with the same logical id and runs all three change rules', () => {
    const result = cli(['site.yaml', '--before', 'old.yaml', ...FLAGS], { cwd: dir });
    expect(result.status).toBe(0);
    expect(changeFindings(result)).toEqual([
      `site.yaml Cdn require-invalidation-after-protocol-change: ${INVALIDATE("'/*'", "behavior '/api/*', behavior '/api/admin/*' and the default behavior")}`,
      `site.yaml Cdn no-security-downgrade: ${DOWNGRADE}`,
      "site.yaml Cdn no-routing-change: GET /api/admin/x was served by behavior '/api/admin/*' and is now served by behavior '/api/*'.",
    ]);
  });

  it('the same file as its own earlier version: nothing changed', () => {
    expect(changeFindings(cli(['site.yaml', '--before', 'site.yaml', ...FLAGS], { cwd: dir }))).toEqual([]);
  });

  it('an error-severity change finding fails the run like any other', () => {
    const result = cli(['site.yaml', '--before', 'old.yaml', '--format', 'compact', '--no-config', '--rule', 'no-security-downgrade=error'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`error ${DOWNGRADE} [no-security-downgrade]`);
    // The recommended preset has the invalidation rule (a warning) but not no-routing-change.
    expect(result.stdout).toContain('[require-invalidation-after-protocol-change]');
    expect(result.stdout).not.toContain('[no-routing-change]');
  });

  it('a missing --before path is a usage error (exit 2)', () => {
    const result = cli(['site.yaml', '--before', 'missing.yaml', ...FLAGS], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--before missing.yaml: No such file or directory: 'missing.yaml'.");
  });
});

describe('--before with saved API snapshots', () => {
  it('pairs `get-distribution` output by distribution id and prints a ready invalidation command', () => {
    const fixtures = 'fixtures/rules/require-invalidation-after-protocol-change';
    const result = cli([`${fixtures}/invalid/get-distribution.json`, '--before', `${fixtures}/before/get-distribution.json`, '--format', 'compact', '--no-config']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `${fixtures}/invalid/get-distribution.json:52:39: warning CloudFront now reaches origin 'api' over HTTPS instead of HTTP; objects cached the old way keep being served until they expire: invalidate '/api/v1/*' and '/api/v2/*' (aws cloudfront create-invalidation --distribution-id EDFDVBD6EXAMPLE --paths '/api/v1/*' '/api/v2/*'). [require-invalidation-after-protocol-change]`,
    );
  });

  it('a directory with two snapshots of the same distribution id pairs with neither', () => {
    // before/ holds get-distribution.json and get-distribution-tls.json, both of EDFDVBD6EXAMPLE.
    const fixtures = 'fixtures/rules/require-invalidation-after-protocol-change';
    const result = cli([`${fixtures}/invalid/get-distribution.json`, '--before', `${fixtures}/before`, ...FLAGS]);
    expect(changeFindings(result)).toEqual([]);
  });
});

describe('--before <dir>', () => {
  it('pairs by logical id across files; a name found twice in the directory pairs with nothing', () => {
    const dir = join(tmp, 'before-dir');
    // Earlier versions, spread over files whose names match nothing in the inputs.
    write(join(dir, 'snapshot', 'stack-a.yaml'), template(distribution('Shop', { origin: 'http-only' })));
    write(join(dir, 'snapshot', 'nested', 'stack-b.yaml'), template(distribution('Blog'), distribution('Twice', { origin: 'http-only' })));
    write(join(dir, 'snapshot', 'stack-c.yaml'), template(distribution('Twice', { origin: 'http-only' })));
    write(join(dir, 'snapshot', 'notes.json'), '{"not": "a distribution"}\n');
    // The versions under review.
    write(join(dir, 'infra', 'site.yaml'), template(distribution('Shop'), distribution('Blog', { viewer: 'allow-all' })));
    write(join(dir, 'infra', 'other.yaml'), template(distribution('Twice'), distribution('Fresh', { viewer: 'allow-all' })));
    const result = cli(['infra', '--before', 'snapshot', ...FLAGS], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.distributions).toBe(4);
    expect(changeFindings(result)).toEqual([
      `infra/site.yaml Shop require-invalidation-after-protocol-change: ${INVALIDATE("'/*'", 'the default behavior')}`,
      `infra/site.yaml Blog no-security-downgrade: ${DOWNGRADE}`,
    ]);
  });
});

describe('--base <git-ref>', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(tmp, 'repo');
    mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q');
    write(join(repo, 'infra', 'site.yaml'), template(distribution('Cdn', { origin: 'http-only', patterns: ['/img/*'] })));
    write(join(repo, 'infra', 'blog.yaml'), template(distribution('Blog')));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'before');
    git(repo, 'tag', 'v1');
    // The change under review: HTTPS to the origin, '/img/*' removed.
    write(join(repo, 'infra', 'site.yaml'), template(distribution('Cdn', { origin: 'https-only' })));
    // New at the ref (committed later / staged / untracked), with the same logical id as site.yaml's:
    // --base pairs per file, so a file the ref does not have gets no change findings.
    write(join(repo, 'infra', 'committed-later.yaml'), template(distribution('Cdn', { viewer: 'allow-all' })));
    git(repo, 'add', 'infra/committed-later.yaml');
    git(repo, 'commit', '-q', '-m', 'after');
    write(join(repo, 'infra', 'staged.yaml'), template(distribution('Cdn', { viewer: 'allow-all' })));
    git(repo, 'add', 'infra/staged.yaml');
    write(join(repo, 'infra', 'untracked.yaml'), template(distribution('Cdn', { viewer: 'allow-all' })));
  });

  const EXPECTED = [
    `infra/site.yaml Cdn require-invalidation-after-protocol-change: ${INVALIDATE("'/*'", 'the default behavior')}`,
    "infra/site.yaml Cdn no-routing-change: GET /img/x was served by behavior '/img/*' and is now served by the default behavior.",
  ];

  it("compares each input with its content at the ref (a tag); files new since the ref get no change findings", () => {
    const result = cli(['infra', '--base', 'v1', ...FLAGS], { cwd: repo });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.files).toBe(5);
    expect(changeFindings(result)).toEqual(EXPECTED);
  });

  it('accepts any commit-ish (HEAD~1) and works from a subdirectory', () => {
    const result = cli(['.', '--base', 'HEAD~1', ...FLAGS], { cwd: join(repo, 'infra') });
    expect(changeFindings(result)).toEqual(EXPECTED.map((line) => line.replace('infra/', '')));
  });

  it('against HEAD, the uncommitted change is compared and the file committed after v1 is paired', () => {
    const result = cli(['infra', '--base', 'HEAD', ...FLAGS], { cwd: repo });
    expect(changeFindings(result)).toEqual(EXPECTED);
  });

  it('an input reached through a symbolic link to the repository still pairs', () => {
    if (process.platform === 'win32') return;
    const link = join(tmp, 'repo-link');
    symlinkSync(repo, link, 'dir');
    const result = cli([join(link, 'infra', 'site.yaml'), '--base', 'v1', ...FLAGS], { cwd: repo });
    expect(changeFindings(result)).toHaveLength(2);
  });

  it('--base and --before together: the ref first, then the named earlier version', () => {
    const snapshot = write(join(tmp, 'live', 'snapshot.yaml'), template(distribution('Cdn')));
    const result = cli(['infra/site.yaml', 'infra/untracked.yaml', '--base', 'v1', '--before', snapshot, ...FLAGS], { cwd: repo });
    expect(changeFindings(result)).toEqual([...EXPECTED, `infra/untracked.yaml Cdn no-security-downgrade: ${DOWNGRADE}`]);
  });

  it('an unknown ref exits 2 with a clear message', () => {
    const result = cli(['infra', '--base', 'no-such-ref', ...FLAGS], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--base no-such-ref: not a commit of a git repository');
  });

  it('outside a git repository --base exits 2', () => {
    const outside = join(tmp, 'not-a-repo');
    write(join(outside, 'site.yaml'), template(distribution('Cdn')));
    const result = cli(['site.yaml', '--base', 'HEAD', ...FLAGS], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmp } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--base HEAD: not a commit of a git repository');
  });
});
