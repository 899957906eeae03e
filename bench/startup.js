#!/usr/bin/env node
'use strict';
// Start-up cost: linting one small template against a bare `node -e 0`, median of N runs each.
// Target (issue 2): at most 3x.
const { join } = require('node:path');

const { median } = require('./median');

const root = join(__dirname, '..');
const template = join(root, 'fixtures', 'rules', 'no-http-viewer', 'invalid', 'allow-all.yaml');

median(['-e', '0']); // warm the file cache
const bare = median(['-e', '0']);
const lint = median([join(root, 'bin', 'cloudfront-lint.js'), '--no-config', template]);
console.log(`node -e 0: ${bare.toFixed(1)} ms`);
console.log(`cloudfront-lint one template: ${lint.toFixed(1)} ms`);
console.log(`ratio: ${(lint / bare).toFixed(2)}x (target <= 3x)`);
