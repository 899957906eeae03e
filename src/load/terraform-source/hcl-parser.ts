/**
 * A synchronous HCL parser with source positions, for Terraform source files (`.tf`).
 *
 * The grammar is tree-sitter's maintained HCL/Terraform grammar (`@tree-sitter-grammars/tree-sitter-hcl`,
 * its published WebAssembly build) run by `web-tree-sitter` (WebAssembly, no native code, the same
 * on every platform). Both are optional dependencies: without them `.tf` files are reported as
 * unsupported. web-tree-sitter only loads asynchronously while the linter is synchronous, so the
 * parser runs in a worker thread and each parse blocks on `Atomics.wait` until the worker answers.
 * Nothing here is loaded, and no worker is started, until the first `.tf` file that declares an
 * `aws_cloudfront_distribution` is read (about 0.1-0.15 s once per run).
 */
import type { MessagePort, Worker } from 'node:worker_threads';

/** A named syntax node: its type, [start, end) in UTF-16 code units (as JavaScript strings count), and its named children. */
export interface HclNode {
  type: string;
  start: number;
  end: number;
  /** Field name in the parent (`key`, `val` of an object element). */
  field?: string;
  children: HclNode[];
}

export interface HclSyntaxError {
  start: number;
  end: number;
  /** A token the parser expected but did not find (`}`), when that is what went wrong. */
  missing?: string;
}

export type HclParseResult = { ok: true; root: HclNode; error?: HclSyntaxError } | { ok: false; reason: string };

/** Longest wait for one parse (the first one includes starting the worker and compiling the grammar). */
const TIMEOUT_MS = 60_000;

/** Compact node sent from the worker: [type, start, end, field, children?]. */
type Wire = [string, number, number, string | null, Wire[]?];

/**
 * The worker (plain JavaScript, so it runs the same from `dist/` and under ts-jest). It keeps only
 * named nodes, without comments, and the first ERROR or MISSING node.
 */
const WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const { port, flag, runtime, grammar } = workerData;
const signal = new Int32Array(flag);
let parser;
let failure;
const ready = (async () => {
  try {
    const { Parser, Language } = require(runtime);
    await Parser.init();
    const language = await Language.load(grammar);
    parser = new Parser();
    parser.setLanguage(language);
  } catch (error) {
    failure = String((error && error.message) || error);
  }
})();
function wire(cursor) {
  const node = cursor.currentNode;
  const children = [];
  if (cursor.gotoFirstChild()) {
    do {
      const child = cursor.currentNode;
      if (child.isNamed && child.type !== 'comment') children.push(wire(cursor));
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  const out = [node.type, node.startIndex, node.endIndex, cursor.currentFieldName || null];
  if (children.length) out.push(children);
  return out;
}
function firstError(node) {
  if (!node.hasError) return undefined;
  if (node.isMissing) return { start: node.startIndex, end: node.endIndex, missing: node.type };
  if (node.isError) {
    for (const child of node.children) {
      const inner = child.hasError ? firstError(child) : undefined;
      if (inner && inner.missing) return inner;
    }
    return { start: node.startIndex, end: node.endIndex };
  }
  for (const child of node.children) {
    const found = firstError(child);
    if (found) return found;
  }
  return { start: node.startIndex, end: node.endIndex };
}
port.on('message', async (text) => {
  let reply;
  try {
    await ready;
    if (failure) {
      reply = { failure };
    } else {
      const tree = parser.parse(text);
      try {
        const root = tree.rootNode;
        reply = { root: wire(root.walk()), error: firstError(root) };
      } finally {
        tree.delete();
      }
    }
  } catch (error) {
    reply = { failure: String((error && error.message) || error) };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

interface Bridge {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let bridge: Bridge | undefined;
/** Why the parser cannot be used (set once it failed; later files are not retried). */
let unavailable: string | undefined;

function resolveParts(): { runtime: string; grammar: string } | string {
  try {
    return {
      runtime: require.resolve('web-tree-sitter'),
      grammar: require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
    };
  } catch {
    return 'its optional packages web-tree-sitter and @tree-sitter-grammars/tree-sitter-hcl are not installed';
  }
}

function start(): Bridge | string {
  if (bridge) return bridge;
  if (unavailable) return unavailable;
  const parts = resolveParts();
  if (typeof parts === 'string') return (unavailable = parts);
  const threads = require('node:worker_threads') as typeof import('node:worker_threads');
  const { port1, port2 } = new threads.MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const worker = new threads.Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, flag, ...parts },
    transferList: [port2],
    stdout: true,
    stderr: true,
  });
  // Never keeps the process alive: the CLI exits when its work is done.
  worker.unref();
  port1.unref();
  bridge = { worker, port: port1, signal: new Int32Array(flag) };
  return bridge;
}

function fromWire(node: Wire): HclNode {
  const out: HclNode = { type: node[0], start: node[1], end: node[2], children: node[4] ? node[4].map(fromWire) : [] };
  if (node[3]) out.field = node[3];
  return out;
}

/** Parses HCL text; `{ok: false}` when the parser is not available here (then it never is in this process). */
export function parseHcl(text: string): HclParseResult {
  const running = start();
  if (typeof running === 'string') return { ok: false, reason: running };
  Atomics.store(running.signal, 0, 0);
  running.port.postMessage(text);
  const waited = Atomics.wait(running.signal, 0, 0, TIMEOUT_MS);
  const { receiveMessageOnPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const received = receiveMessageOnPort(running.port) as { message: { root?: Wire; error?: HclSyntaxError; failure?: string } } | undefined;
  if (waited === 'timed-out' || !received) {
    stopHclParser();
    unavailable = `the parser did not answer within ${TIMEOUT_MS / 1000} s`;
    return { ok: false, reason: unavailable };
  }
  const reply = received.message;
  if (reply.failure !== undefined || !reply.root) {
    stopHclParser();
    unavailable = `the parser could not be started (${reply.failure ?? 'no answer'})`;
    return { ok: false, reason: unavailable };
  }
  return reply.error ? { ok: true, root: fromWire(reply.root), error: reply.error } : { ok: true, root: fromWire(reply.root) };
}

/** Stops the worker (tests; the CLI never needs to, the worker does not keep it alive). */
export function stopHclParser(): void {
  if (!bridge) return;
  const { worker, port } = bridge;
  bridge = undefined;
  port.close();
  void worker.terminate();
}
