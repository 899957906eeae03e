#!/usr/bin/env node
'use strict';
// Lints a corpus of real templates (default: ../shared/corpus) and prints the figures used in
// release notes: files, distributions, findings per rule, and every parse-error.
const { join, resolve } = require('node:path');
const { runLint } = require('../dist/src/lint');

const dir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'corpus'));
const run = runLint([dir], { config: false, preset: 'all', cwd: dir });
const perRule = {};
for (const finding of run.findings) perRule[finding.ruleId] = (perRule[finding.ruleId] ?? 0) + 1;
const { summary } = run.report;
console.log(`files read: ${summary.files}, distributions: ${summary.distributions}`);
console.log(`findings: ${run.findings.length} (error ${summary.error}, warning ${summary.warning}, info ${summary.info})`);
for (const [rule, count] of Object.entries(perRule).sort()) console.log(`  ${rule.padEnd(40)} ${count}`);
for (const finding of run.findings.filter((f) => f.ruleId === 'parse-error')) {
  console.log(`parse-error ${finding.file}:${finding.line}:${finding.column} ${finding.message}`);
}
