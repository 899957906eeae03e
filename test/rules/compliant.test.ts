import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runLint } from '../../src/lint';
import { RULES } from '../../rules';

const DIR = join(__dirname, '..', '..', 'fixtures', 'compliant');

describe('fully compliant distributions', () => {
  const files = readdirSync(DIR).sort();

  it('exist in CloudFormation YAML, CloudFormation JSON and API JSON', () => {
    expect(files).toEqual(['get-distribution-config.json', 'template.json', 'template.yaml']);
  });

  it.each(files)('%s: the recommended preset reports nothing', (file) => {
    const run = runLint([join(DIR, file)], { config: false, preset: 'recommended' });
    expect(run.report.summary.distributions).toBe(1);
    expect(run.findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`)).toEqual([]);
    expect(run.report.notes).toEqual([]);
  });

  it.each(files)('%s: the all preset reports only the advisory rules the example does not follow', (file) => {
    const run = runLint([join(DIR, file)], { config: false, preset: 'all', failOn: 'none' });
    const advisory = new Set(['require-geo-restriction', 'require-origin-failover', 'require-field-level-encryption']);
    expect(run.findings.filter((finding) => !advisory.has(finding.ruleId)).map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([]);
    for (const finding of run.findings) expect(RULES.find((rule) => rule.id === finding.ruleId)?.meta.severity).toBe('info');
  });
});
