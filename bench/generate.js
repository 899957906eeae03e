'use strict';
// Inputs for the path-analysis benchmark: a one-behavior template, a template with 75 behaviors
// whose patterns are 255 characters and wildcard-heavy, and an adversarial one built to defeat
// the cheap filters (`?` runs that blow up the subset construction).
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/** Deterministic pseudo-random numbers (mulberry32), so every run lints the same input. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function template(behaviors) {
  const lines = [
    'Resources:',
    '  Cdn:',
    '    Type: AWS::CloudFront::Distribution',
    '    Properties:',
    '      DistributionConfig:',
    '        Enabled: true',
    '        Origins:',
    '          - Id: web',
    '            DomainName: www.example.com',
    '            CustomOriginConfig: { OriginProtocolPolicy: https-only }',
    '        DefaultCacheBehavior:',
    '          TargetOriginId: web',
    '          ViewerProtocolPolicy: redirect-to-https',
    '          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6',
  ];
  if (behaviors.length) lines.push('        CacheBehaviors:');
  for (const { pattern, policy } of behaviors) {
    lines.push(`          - PathPattern: '${pattern}'`);
    lines.push('            TargetOriginId: web');
    lines.push(`            ViewerProtocolPolicy: ${policy}`);
    lines.push('            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6');
  }
  return `${lines.join('\n')}\n`;
}

const POLICIES = ['allow-all', 'redirect-to-https', 'https-only'];

/** 255 characters: path segments of letters with `*` and `?` mixed in (about one in four). */
function heavyPattern(next, index) {
  let pattern = index % 3 === 0 ? '/*' : `/p${index}/`;
  const letters = 'abcdefgh-._/';
  while (pattern.length < 254) {
    const roll = next();
    pattern += roll < 0.15 ? '*' : roll < 0.25 ? '?' : letters[Math.floor(next() * letters.length)];
  }
  return `${pattern.replace(/\*{2,}/g, '*')}*`.slice(0, 255);
}

function generate(dir) {
  mkdirSync(dir, { recursive: true });
  const next = random(42);
  const files = {
    one: join(dir, 'one-behavior.yaml'),
    heavy: join(dir, 'heavy-75.yaml'),
    adversarial: join(dir, 'adversarial-75.yaml'),
  };
  writeFileSync(files.one, template([{ pattern: '/api/*', policy: 'https-only' }]));
  const heavy = Array.from({ length: 75 }, (_, i) => ({ pattern: heavyPattern(next, i), policy: POLICIES[i % 3] }));
  writeFileSync(files.heavy, template(heavy));
  const adversarial = Array.from({ length: 75 }, (_, i) => ({
    pattern: `/*a${'?'.repeat(30 + i)}*b${'?'.repeat(20)}${'*c?'.repeat(20)}`.slice(0, 254 - String(i).length) + `${i}*`,
    policy: POLICIES[(i + 1) % 3],
  }));
  writeFileSync(files.adversarial, template(adversarial));
  return files;
}

module.exports = { generate };
