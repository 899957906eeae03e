import { Unresolved, defineRule, show, type Val } from '../src/rule-kit';

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export default defineRule({
  id: 'valid-aliases',
  meta: {
    title: 'Alternate domain names must be valid host names',
    severity: 'error',
    category: 'correctness',
    preset: 'recommended',
    anchors: ['cfn-lint E3013'],
    rationale:
      'CloudFront accepts lowercase fully qualified host names as alternate domain names, with a wildcard only as a whole leading label (*.example.com), each name once.',
    messages: {
      uppercase: 'Alias {{value}} has upper-case letters; CloudFront wants alternate domain names in lower case ({{suggestion}}).',
      wildcard: "Alias {{value}} has a wildcard that is not a whole leading '*.' label; CloudFront only accepts names such as '*.example.com'.",
      invalid: 'Alias {{value}} is not a valid host name: {{why}}.',
      duplicate: 'Alias {{value}} is listed twice; remove the second one.',
    },
  },
  check(distribution, context) {
    const seen = new Set<string>();
    distribution.aliases.forEach((alias, index) => {
      const report = (messageId: 'uppercase' | 'wildcard' | 'invalid' | 'duplicate', data: Record<string, string> = {}) =>
        context.report({ node: distribution, field: `aliases[${index}]`, messageId, key: `${index}`, data: { value: show(alias), ...data } });
      if (alias instanceof Unresolved) {
        // Literal parts of a partly known name can still be wrong.
        const literal = (alias.parts ?? []).filter((part): part is string => typeof part === 'string').join('');
        if (/[A-Z]/.test(literal)) report('uppercase', { suggestion: show(lowercase(alias)) });
        return;
      }
      const problem = check(alias);
      if (problem) {
        report(problem.messageId, problem.data);
        return;
      }
      if (seen.has(alias)) report('duplicate');
      seen.add(alias);
    });
  },
});

function check(alias: string): { messageId: 'uppercase' | 'wildcard' | 'invalid'; data?: Record<string, string> } | undefined {
  const labels = alias.split('.');
  if (alias.includes('*') && !(alias.startsWith('*.') && !alias.slice(2).includes('*'))) return { messageId: 'wildcard' };
  const rest = alias.startsWith('*.') ? labels.slice(1) : labels;
  if (alias.length > 253) return { messageId: 'invalid', data: { why: 'it is longer than 253 characters' } };
  if (alias.endsWith('.')) return { messageId: 'invalid', data: { why: 'it ends with a dot' } };
  if (labels.length < 2) return { messageId: 'invalid', data: { why: 'it is not a fully qualified name (it has no dot)' } };
  const bad = rest.find((label) => !LABEL.test(label.toLowerCase()));
  if (bad !== undefined) {
    const why = bad === '' ? 'it has an empty label' : `the label '${bad}' ${bad.length > 63 ? 'is longer than 63 characters' : 'may only hold letters, digits and inner hyphens'}`;
    return { messageId: 'invalid', data: { why } };
  }
  if (/[A-Z]/.test(alias)) return { messageId: 'uppercase', data: { suggestion: `'${alias.toLowerCase()}'` } };
  return undefined;
}

function lowercase(value: Unresolved): Val<string> {
  return new Unresolved(value.display, value.parts?.map((part) => (typeof part === 'string' ? part.toLowerCase() : part)), value.ref);
}
