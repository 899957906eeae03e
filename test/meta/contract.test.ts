import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../rules';
import { CATALOGUE_IDS } from '../../src/engine/catalogue';

const ROOT = join(__dirname, '..', '..');
const ENGINE_RULES = ['parse-error', 'internal-error'];
const DOC_HEADINGS = ['## Why', '## When it reports', '## When it stays silent', '## Examples', '## How to fix', '## Options', '## Suppressing', '## Equivalent checks in other tools'];

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
    if (!ENGINE_RULES.includes(id)) {
      expect(existsSync(join(ROOT, 'test', 'rules', `${id}.test.ts`))).toBe(true);
      expect(readdirSync(join(ROOT, 'fixtures', 'rules', id, 'valid')).length).toBeGreaterThan(0);
      expect(readdirSync(join(ROOT, 'fixtures', 'rules', id, 'invalid')).length).toBeGreaterThan(0);
      for (const snippet of ['```yaml', '```json']) expect(doc).toContain(snippet);
    }
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
});
