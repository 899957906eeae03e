import { ParseProblem, parseText } from '../../src/load/parse';
import { SourceDocument, type Src } from '../../src/load/source';

function plain(src: Src): unknown {
  if (src.type === 'map') return Object.fromEntries([...src.entries].map(([k, v]) => [k, plain(v)]));
  if (src.type === 'seq') return src.items.map(plain);
  return src.value;
}

function at(text: string, pointer: string): Src {
  let node = parseText(text).root;
  for (const token of pointer.split('/').slice(1)) {
    node = node.type === 'map' ? node.entries.get(token)! : node.type === 'seq' ? node.items[Number(token)] : node;
  }
  return node;
}

describe('parseText', () => {
  it('turns every short-form tag into its long form, like JSON templates', () => {
    const text = [
      'a: !Ref Name',
      'b: !GetAtt Bucket.RegionalDomainName',
      'c: !GetAtt [Bucket, Arn]',
      "d: !Sub '${AWS::StackName}-x'",
      'e: !If [IsProd, !Ref A, !Ref "AWS::NoValue"]',
      'f: !Select [2, !Split ["/", !GetAtt Bucket.WebsiteURL]]',
      'g: !Join ["", [a, !Ref B]]',
      'h: !FindInMap [M, !Ref AWS::Region, K]',
      'i: !Equals [!Condition C, true]',
    ].join('\n');
    expect(plain(parseText(text).root)).toEqual({
      a: { Ref: 'Name' },
      b: { 'Fn::GetAtt': ['Bucket', 'RegionalDomainName'] },
      c: { 'Fn::GetAtt': ['Bucket', 'Arn'] },
      d: { 'Fn::Sub': '${AWS::StackName}-x' },
      e: { 'Fn::If': ['IsProd', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] },
      f: { 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Bucket', 'WebsiteURL'] }] }] },
      g: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] },
      h: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] },
      i: { 'Fn::Equals': [{ Condition: 'C' }, true] },
    });
  });

  it('keeps JSON pointers and ranges; a tagged value starts at its tag', () => {
    const text = 'Props:\n  Domain: !GetAtt Bucket.DomainName\n  List:\n    - x\n';
    const domain = at(text, '/Props/Domain');
    expect(domain.pointer).toBe('/Props/Domain');
    expect(text.slice(domain.range[0], domain.range[1])).toBe('!GetAtt Bucket.DomainName');
    expect(text.slice(domain.keyRange![0], domain.keyRange![1])).toBe('Domain');
    expect(at(text, '/Props/List/0').pointer).toBe('/Props/List/0');
    const doc = new SourceDocument('t.yaml', text);
    expect(doc.position(domain.range[0])).toEqual({ line: 2, column: 11 });
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    const root = parseText('{"a/b": {"c~d": 1}}').root;
    const outer = root.type === 'map' ? root.entries.get('a/b')! : root;
    expect(outer.pointer).toBe('/a~1b');
    expect(outer.type === 'map' && outer.entries.get('c~d')!.pointer).toBe('/a~1b/c~0d');
  });

  it('rejects unknown tags with their position', () => {
    expect(() => parseText('a: !Rain::Module x\n')).toThrow(/Unknown tag !Rain::Module/);
    try {
      parseText('a: 1\nb: !Bogus x\n');
    } catch (error) {
      expect(error).toBeInstanceOf(ParseProblem);
      expect((error as ParseProblem).offset).toBe(8);
    }
    expect.assertions(3);
  });

  it('refuses alias bombs quickly but accepts ordinary aliases', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 20; i++) lines.push(`b${i}: &b${i} [${Array(10).fill(i ? `*b${i - 1}` : '*a').join(', ')}]`);
    expect(() => parseText(lines.join('\n'))).toThrow(/alias bomb/);
    expect(plain(parseText('a: &x {k: 1}\nb: *x\n').root)).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });

  it('reports duplicate keys without stopping, keeping the last value', () => {
    const parsed = parseText('a: 1\na: 2\n');
    expect(plain(parsed.root)).toEqual({ a: 2 });
    expect(parsed.problems.map((p) => [p.message, p.offset])).toEqual([["Duplicate key 'a': the last value is used.", 5]]);
  });

  it('accepts quoted scalars continued at the key indentation, as PyYAML and CloudFormation do', () => {
    const text = 'R:\n  Comment: "first line.\n  second line."\n  Next: 1\n';
    const parsed = parseText(text);
    expect(plain(parsed.root)).toEqual({ R: { Comment: 'first line. second line.', Next: 1 } });
    const next = at(text, '/R/Next');
    expect(new SourceDocument('t', text, parsed.lineStarts).position(next.range[0])).toEqual({ line: 4, column: 9 });
  });

  it('reports syntax errors and empty files as problems', () => {
    expect(() => parseText('{"a": [1, 2}')).toThrow(ParseProblem);
    expect(() => parseText('')).toThrow(/empty/);
  });
});
