'use strict';
// Path-analysis cost (issue 3): linting 75 behaviors with 255-character wildcard-heavy patterns
// against a one-behavior template (target: at most 2x), and an adversarial template that exhausts
// the analysis budget (it must finish, say so in a note, and report nothing false).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const { generate } = require('./generate');
const { median } = require('./median');

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'cloudfront-lint.js');
const files = generate(join(tmpdir(), 'cloudfront-lint-bench'));

const lint = (file) => [bin, '--no-config', '--format', 'json', '--fail-on', 'none', file];
const one = median(lint(files.one));
const heavy = median(lint(files.heavy));
const adversarial = median(lint(files.adversarial));
const notes = JSON.parse(spawnSync(process.execPath, lint(files.adversarial), { encoding: 'utf8' }).stdout).notes.length;

console.log(`one behavior:                      ${one.toFixed(1)} ms`);
console.log(`75 wildcard-heavy 255-char patterns: ${heavy.toFixed(1)} ms  ratio ${(heavy / one).toFixed(2)}x (target <= 2x)`);
console.log(`75 adversarial patterns:            ${adversarial.toFixed(1)} ms  ratio ${(adversarial / one).toFixed(2)}x, ${notes} budget notes`);
