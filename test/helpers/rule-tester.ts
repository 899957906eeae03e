import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadFile } from '../../src/load';
import type { Finding } from '../../src/engine/findings';
import { beforeFromPath, type BeforeOf } from '../../src/engine/pairing';
import { lintDocument } from '../../src/engine/run';
import { isKnownRuleId } from '../../src/engine/registry';
import type { Rule, Severity } from '../../src/engine/rule';

export const ROOT = join(__dirname, '..', '..');

export interface CaseBase {
  name: string;
  /** Path under fixtures/rules/<rule id>/. */
  fixture: string;
  /** CloudFormation parameter values (`--parameter`). */
  parameters?: Record<string, string>;
  options?: Record<string, unknown>;
  /**
   * Path under fixtures/rules/<rule id>/ of an earlier version of the fixture, for rules with
   * `meta.needsBefore`: its distributions pair with the fixture's by name (logical id, distribution id).
   */
  before?: string;
}

export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  pointer?: string;
  severity?: Severity;
  /** Substring or pattern the final message must match (e.g. the variant qualifier). */
  message?: string | RegExp;
}

export interface InvalidCase extends CaseBase {
  errors: ExpectedFinding[];
}

/** Lints one fixture with only `rule` enabled; fails on parse problems or a fixture without distributions. */
export function lintFixture(rule: Rule, testCase: CaseBase): Finding[] {
  const abs = join(ROOT, 'fixtures', 'rules', rule.id, testCase.fixture);
  const options = { parameters: new Map(Object.entries(testCase.parameters ?? {})) };
  const loaded = loadFile(abs, relative(ROOT, abs).split(sep).join('/'), options);
  expect(loaded.problems).toEqual([]);
  expect(loaded.distributions.length).toBeGreaterThan(0);
  let beforeOf: BeforeOf | undefined;
  if (testCase.before !== undefined) {
    const beforeAbs = join(ROOT, 'fixtures', 'rules', rule.id, testCase.before);
    const earlier = loadFile(beforeAbs, testCase.before, options);
    expect(earlier.problems).toEqual([]);
    expect(earlier.distributions.length).toBeGreaterThan(0);
    beforeOf = beforeFromPath(beforeAbs, ROOT, options);
  }
  const result = lintDocument(loaded, {
    enabled: [{ rule, severity: rule.meta.severity, options: testCase.options ?? {} }],
    ignores: [],
    isKnownRule: isKnownRuleId,
    beforeOf,
  });
  return result.findings;
}

/**
 * ESLint-style tester: each case is a jest test; valid fixtures must produce no finding, invalid
 * ones exactly the listed findings in position order; every fixture file must be used by a case.
 */
export function runRuleTests(rule: Rule, cases: { valid: CaseBase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    it('has unique case names and uses every fixture', () => {
      expect(new Set(names).size).toBe(names.length);
      const dir = join(ROOT, 'fixtures', 'rules', rule.id);
      const used = new Set([...cases.valid, ...cases.invalid].flatMap((c) => (c.before === undefined ? [c.fixture] : [c.fixture, c.before])));
      expect(listFiles(dir).filter((file) => !used.has(file))).toEqual([]);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        expect(lintFixture(rule, testCase).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        expect(testCase.errors.length).toBeGreaterThan(0);
        const findings = lintFixture(rule, testCase);
        expect(findings.map((f) => `${f.line}:${f.column} ${f.messageId}`)).toHaveLength(testCase.errors.length);
        testCase.errors.forEach((expected, i) => {
          const actual = findings[i];
          expect(Object.keys(rule.meta.messages)).toContain(expected.messageId);
          const picked: Record<string, unknown> = { messageId: actual.messageId };
          for (const key of ['line', 'column', 'endLine', 'endColumn', 'pointer', 'severity'] as const) {
            if (expected[key] !== undefined) picked[key] = actual[key];
          }
          if (expected.data) picked.data = Object.fromEntries(Object.keys(expected.data).map((k) => [k, actual.data?.[k]]));
          const { message, ...rest } = expected;
          expect(picked).toEqual(rest);
          if (typeof message === 'string') expect(actual.message).toContain(message);
          else if (message) expect(actual.message).toMatch(message);
        });
      });
    }
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path).isDirectory() ? listFiles(path, rel) : [rel];
  });
}
