'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const runs = Number(process.env.RUNS ?? 21);
const root = join(__dirname, '..');

/** Median wall time in ms of `node <args>` over RUNS runs (default 21). */
function median(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

module.exports = { median, runs };
