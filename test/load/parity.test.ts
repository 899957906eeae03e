import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile } from '../../src/load';
import { lintDocument } from '../../src/engine/run';
import { isKnownRuleId, presetRules } from '../../src/engine/registry';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'fixtures', 'parity');

/**
 * Rules whose input some formats do not carry: tags exist only in templates, and a
 * list-distributions summary has no Logging or DefaultRootObject (those rules stay silent there).
 */
const FORMAT_DEPENDENT = new Set(['require-tags', 'require-access-logging', 'require-default-root-object']);
/**
 * Terraform writes sets sorted (allowed_methods alphabetically, origin blocks by hash), so rules that
 * list set members in input order word them in another order there: compared as a bag of words.
 */
const SET_ORDER: Record<string, Set<string>> = { 'plan.json': new Set(['require-field-level-encryption', 'valid-target-origin']) };
const ORIGINAL = new Set(['no-http-origin-behind-https-viewer', 'no-http-to-https-only-origin', 'no-http-viewer', 'no-redirect-on-unsafe-methods', 'valid-target-origin']);

function lint(name: string) {
  const loaded = loadFile(join(DIR, name), `fixtures/parity/${name}`, { parameters: new Map() });
  expect(loaded.problems).toEqual([]);
  const enabled = presetRules('all').map((rule) => ({ rule, severity: rule.meta.severity, options: {} }));
  const { findings } = lintDocument(loaded, { enabled, ignores: [], isKnownRule: isKnownRuleId });
  return { loaded, findings: findings.filter((finding) => !FORMAT_DEPENDENT.has(finding.ruleId)) };
}

describe('loader parity: one distribution in every format gives the same findings', () => {
  const files = readdirSync(DIR).sort();
  const canonical = lint('distribution.yaml').findings.map((f) => `${f.ruleId} ${f.message}`).sort();

  it('covers CloudFormation YAML/JSON, every CloudFront API shape and a Terraform plan', () => {
    expect(files).toEqual([
      'distribution-config.yaml',
      'distribution.json',
      'distribution.yaml',
      'get-distribution-config.json',
      'get-distribution.json',
      'list-distributions.json',
      'plan.json',
    ]);
    expect(canonical.filter((line) => ORIGINAL.has(line.split(' ')[0]!))).toEqual([
      expect.stringMatching(/^no-http-origin-behind-https-viewer Default behavior .* origin 'site' of origin group 'failover' .*S3 website endpoints accept only HTTP\.$/),
      expect.stringMatching(/^no-http-to-https-only-origin Origin 'api' .*'match-viewer'/),
      expect.stringMatching(/^no-http-viewer Behavior '\/api\/\*'/),
      expect.stringMatching(/^no-redirect-on-unsafe-methods Behavior '\/upload\/\*'/),
      expect.stringMatching(/^valid-target-origin Behavior '\/old\/\*' targets 'gone'/),
    ]);
    // The other rules of the 'all' preset see the same distribution too.
    expect(new Set(canonical.map((line) => line.split(' ')[0]))).toEqual(
      new Set([...ORIGINAL, 'require-custom-certificate', 'require-field-level-encryption', 'require-geo-restriction', 'require-hsts', 'require-origin-access-control', 'require-web-acl']),
    );
    expect(canonical).toContainEqual(expect.stringMatching(/^require-geo-restriction .*\(RestrictionType 'none'\)/));
  });

  it.each(files)('%s', (name) => {
    const { loaded, findings } = lint(name);
    const unordered = SET_ORDER[name] ?? new Set<string>();
    const words = (line: string) => (unordered.has(line.split(' ')[0]!) ? line.replace(/[,.;:()]/g, '').split(/\s+/).sort().join(' ') : line);
    expect(findings.map((f) => words(`${f.ruleId} ${f.message}`)).sort()).toEqual(canonical.map(words).sort());
    // Every finding points at the written value in that file.
    for (const finding of findings.filter((f) => ORIGINAL.has(f.ruleId))) {
      const line = loaded.doc.lineText(finding.line);
      const underlined = line.slice(finding.column - 1, finding.endLine === finding.line ? finding.endColumn - 1 : undefined);
      expect(['http-only', 'match-viewer', 'allow-all', 'redirect-to-https', 'gone']).toContain(underlined.replace(/^"|"$/g, ''));
      // CloudFormation and API field names; Terraform attribute names in the plan.
      expect(finding.pointer).toMatch(/\/(OriginProtocolPolicy|ViewerProtocolPolicy|TargetOriginId|origin_protocol_policy|viewer_protocol_policy|target_origin_id)$/);
    }
  });
});
