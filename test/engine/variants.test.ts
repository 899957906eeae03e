import { loadText } from '../../src/load';
import { lintDocument } from '../../src/engine/run';
import { getRule, isKnownRuleId } from '../../src/engine/registry';

function lint(text: string, ruleId: string) {
  const rule = getRule(ruleId)!;
  const loaded = loadText(text, 't.yaml', { parameters: new Map() });
  return lintDocument(loaded, { enabled: [{ rule, severity: rule.meta.severity, options: {} }], ignores: [], isKnownRule: isKnownRuleId }).findings;
}

const TEMPLATE = `Parameters:
  Protocol:
    Type: String
    AllowedValues: [http-only, https-only, match-viewer]
Conditions:
  IsProd: !Equals [!Ref AWS::AccountId, '111111111111']
Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: app
            DomainName: app.example.com
            CustomOriginConfig:
              OriginProtocolPolicy: !Ref Protocol
        DefaultCacheBehavior:
          TargetOriginId: app
          ViewerProtocolPolicy: allow-all
        CacheBehaviors:
          - PathPattern: /x/*
            TargetOriginId: app
            ViewerProtocolPolicy: !If [IsProd, https-only, allow-all]
`;

describe('findings across CloudFormation alternatives', () => {
  it('alternatives with different reasons at one place are separate findings with their own qualifier and fingerprint', () => {
    const findings = lint(TEMPLATE, 'no-http-origin');
    const messages = findings.map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/for behavior '\/x\/\*' and default behavior, which allow HTTP viewers: its OriginProtocolPolicy is 'http-only', with parameter Protocol = 'http-only' and when condition IsProd is false\.$/),
        expect.stringMatching(/for default behavior, which allows HTTP viewers: its OriginProtocolPolicy is 'http-only', with parameter Protocol = 'http-only' and when condition IsProd is true\.$/),
        expect.stringMatching(/'match-viewer' follows the viewer's HTTP, with parameter Protocol = 'match-viewer' and when condition IsProd is false\.$/),
        expect.stringMatching(/'match-viewer' follows the viewer's HTTP, with parameter Protocol = 'match-viewer' and when condition IsProd is true\.$/),
      ]),
    );
    expect(findings).toHaveLength(4);
    expect(new Set(findings.map((f) => f.pointer)).size).toBe(1);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(4);
  });

  it('a finding every alternative produces the same way is reported once, unqualified, with the plain fingerprint', () => {
    const findings = lint(TEMPLATE, 'no-http-viewer');
    const byLine = findings.map((f) => `${f.line} ${f.message.endsWith("'https-only'.") ? 'plain' : f.message.split(', ').pop()}`);
    expect(byLine).toEqual(['20 plain', '24 when condition IsProd is false.']);
  });
});

describe('internal errors', () => {
  it('a rule that throws becomes an internal-error finding naming the rule, and the other rules still run', () => {
    const loaded = loadText(TEMPLATE, 't.yaml', { parameters: new Map() });
    const crashing = { id: 'no-http-viewer', meta: getRule('no-http-viewer')!.meta, check: () => { throw new Error('boom'); } };
    const other = getRule('valid-target-origin')!;
    const { findings } = lintDocument(loaded, {
      enabled: [{ rule: crashing, severity: 'error', options: {} }, { rule: other, severity: 'error', options: {} }],
      ignores: [],
      isKnownRule: isKnownRuleId,
    });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'internal-error',
        severity: 'error',
        message: 'Rule no-http-viewer failed on distribution Cdn: boom. This is a bug in cloudfront-lint; please report it.',
        line: 8,
        column: 3,
      }),
    ]);
  });
});
