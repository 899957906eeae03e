import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../rules';
import { CATALOGUE_IDS } from '../../src/engine/catalogue';

const ROOT = join(__dirname, '..', '..');
const ENGINE_RULES = ['parse-error', 'internal-error'];
const DOC_HEADINGS = ['## Why', '## When it reports', '## When it stays silent', '## Examples', '## How to fix', '## Options', '## Suppressing', '## Equivalent checks in other tools'];

/** The text of one `## ` section of a docs page. */
function section(doc: string, heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const next = doc.indexOf('\n## ', start + heading.length + 2);
  return doc.slice(start, next < 0 ? undefined : next);
}

/** CloudFormation (YAML or JSON) or CloudFront API (JSON or YAML), by content. */
function formatOf(text: string, file: string): string {
  const json = file.endsWith('.json');
  if (/AWS::CloudFront::Distribution/.test(text)) return json ? 'cfn-json' : 'cfn-yaml';
  if (/DistributionConfig|DistributionList|DefaultCacheBehavior/.test(text)) return json ? 'api-json' : 'api-yaml';
  return 'other';
}

describe('rule contract', () => {
  it('rules/index.ts lists every rule file, and each id is its file name', () => {
    const files = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(RULES.map((rule) => rule.id).sort()).toEqual(files);
    for (const id of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(require(join(ROOT, 'rules', id)).default.id).toBe(id);
    }
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s: metadata, docs, tests and fixtures', (id, rule) => {
    expect(CATALOGUE_IDS).toContain(id);
    expect(rule.meta.title.length).toBeGreaterThan(10);
    expect(rule.meta.rationale.length).toBeGreaterThan(20);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(['recommended', 'all', 'always']).toContain(rule.meta.preset);
    const doc = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    const positions = DOC_HEADINGS.map((heading) => doc.indexOf(`\n${heading}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(doc).toContain(`Default severity: **${rule.meta.severity}**`);
    // Anchors: in the metadata (shown by `rules <id>` and the JSON rule list) and on the page.
    expect(Array.isArray(rule.meta.anchors)).toBe(true);
    const equivalents = section(doc, '## Equivalent checks in other tools');
    if (rule.meta.anchors.length === 0) expect(equivalents).toMatch(/none|no other tool|not checked/i);
    for (const anchor of rule.meta.anchors) expect(equivalents).toContain(anchor.replace(/ \(.*\)$/, '').split(' ').pop());
    if (!ENGINE_RULES.includes(id)) {
      expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
      const testSource = readFileSync(join(ROOT, 'test', 'rules', `${id}.test.ts`), 'utf8');
      for (const kind of ['valid', 'invalid']) {
        const dir = join(ROOT, 'fixtures', 'rules', id, kind);
        const files = readdirSync(dir);
        expect(files.length).toBeGreaterThan(0);
        // Valid and invalid cases in at least two input formats, each used by the test file.
        const formats = new Set(files.map((file) => formatOf(readFileSync(join(dir, file), 'utf8'), file)));
        expect([...formats].filter((format) => format !== 'other').length).toBeGreaterThanOrEqual(2);
        for (const file of files) expect(testSource).toContain(`${kind}/${file}`);
      }
      // Examples for each input format, a fix, and the AWS documentation.
      const examples = section(doc, '## Examples');
      expect(examples).toContain('### Bad');
      expect(examples).toContain('### Good');
      for (const part of examples.split('### Good')) for (const snippet of ['```yaml', '```json']) expect(part).toContain(snippet);
      expect(section(doc, '## How to fix').trim().length).toBeGreaterThan(20);
      expect(doc).toMatch(/https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('`rules <id>` and the JSON rule list show every rule with its anchors', () => {
    const list = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin', 'cloudfront-lint.js'), 'rules', '--format', 'json'], { encoding: 'utf8' }));
    for (const rule of RULES) {
      expect(list.find((entry: { id: string }) => entry.id === rule.id)?.anchors).toEqual(rule.meta.anchors);
    }
    const text = execFileSync(process.execPath, [join(ROOT, 'bin', 'cloudfront-lint.js'), 'rules', 'no-http-viewer'], { encoding: 'utf8' });
    for (const anchor of RULES.find((rule) => rule.id === 'no-http-viewer')!.meta.anchors) expect(text).toContain(anchor);
  });

  it('the README lists every rule with its severity and preset', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) {
      expect(readme).toContain(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.meta.severity} | ${rule.meta.preset} |`);
    }
  });
});

describe('project promises', () => {
  it('the README quick start is one block of exactly two commands, and .ci/run runs the second', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('## Quick start')[1].split('\n## ')[0];
    const blocks = [...section.matchAll(/```(?:sh|bash)?\n([\s\S]*?)```/g)].map((m) => m[1].trim().split('\n'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toHaveLength(2);
    expect(blocks[0][0]).toContain('fixtures/examples');
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain(blocks[0][1]);
  });

  it('the generated config validator matches its schema', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-config-validator.js'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the generated distribution validators of valid-schema match their schemas', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-distribution-validators.js'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
