import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runLint } from '../../src/lint';
import { matches } from '../../src/paths';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../../bench/generate') as { generate: (dir: string) => Record<'one' | 'heavy' | 'adversarial', string> };

let dir: string;
let files: Record<'one' | 'heavy' | 'adversarial', string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cloudfront-lint-budget-'));
  files = generate(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every no-weaker-behavior-first finding names a witness: check it against the patterns themselves. */
function checkWitnesses(file: string): number {
  const run = runLint([file], { config: false, preset: 'recommended', failOn: 'none' });
  const patterns = run.documents.values().next().value!.text.match(/PathPattern: '([^']*)'/g)!.map((line) => line.slice(14, -1));
  const weaker = run.findings.filter((finding) => finding.ruleId === 'no-weaker-behavior-first');
  for (const finding of weaker) {
    const [, path, earlier, later] = /^GET (\S+) is served by behavior '([^']*)' .*not behavior '([^']*)'/.exec(finding.message)!;
    const position = patterns.indexOf(earlier!);
    expect(matches(earlier!, path!)).toBe(true);
    expect(matches(later!, path!)).toBe(true);
    expect(patterns.slice(0, position).some((pattern) => matches(pattern, path!))).toBe(false);
  }
  return weaker.length;
}

it('lints 75 wildcard-heavy patterns completely, with true witnesses and no budget notes', () => {
  expect(checkWitnesses(files.heavy)).toBeGreaterThan(0);
  const run = runLint([files.heavy], { config: false, failOn: 'none' });
  expect(run.report.notes).toEqual([]);
});

it('stops adversarial patterns at the budget, says so in a note, and reports only true overlaps', () => {
  const started = Date.now();
  const run = runLint([files.adversarial], { config: false, failOn: 'none' });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(run.report.notes).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/no-shadowed-behavior: whether behaviors #\d+.* can ever be selected was not decided within the analysis budget; no finding is reported for them\.$/),
      expect.stringMatching(/no-weaker-behavior-first: behavior pairs #\d+ before #\d+.* were not compared within the analysis budget/),
    ]),
  );
  checkWitnesses(files.adversarial);
});
