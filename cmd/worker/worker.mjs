// The Worker's entry point: one Go instance per isolate, serving every request the isolate gets.
//
// syumai/workers' own build/worker.mjs creates a WebAssembly.Instance and runs the Go runtime for every request
// (tens of milliseconds of CPU each). This shim instantiates app.wasm once, on the isolate's first request, and
// hands each later request to the same running program (main.go: workers.ServeNonBlock, Ready, then waits for
// ever). The program reads the environment through globalThis.context (syumai/workers' runtime context): its
// env is the isolate's bindings and vars, the same for every request; ctx is set to the request's
// ExecutionContext before the request enters Go. Go code that runs later, interleaved with other requests,
// must not rely on ctx (the ledger does not use it).
import "./build/wasm_exec.js";
import mod from "./build/app.wasm";
import { connect } from "cloudflare:sockets";

// syumai/workers' jsutil calls globalThis.tryCatch.
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

const context = { env: undefined, ctx: undefined, binding: {}, connect };
let started; // the promise of a ready Go instance, undefined until the first request or after an exit
let exited; // a promise rejected when the running instance exits (a crash): requests in flight fail with it

function instance() {
  if (started === undefined) {
    let fail;
    exited = new Promise((_, reject) => { fail = reject; });
    exited.catch(() => {});
    started = new Promise((resolve, reject) => {
      const go = new Go();
      const inst = new WebAssembly.Instance(mod, { ...go.importObject, workers: { ready: () => resolve() } });
      const end = (err) => {
        started = undefined;
        reject(err);
        fail(err);
      };
      go.run(inst, context).then(() => end(new Error("the Go program exited")), end);
    });
  }
  return started;
}

// Requests interleave in the one Go program: Go code serving one request may start I/O (a D1 query, a timer of
// the Go scheduler) while the JS event loop is in another request's context, and workerd delivers the result in
// the context that started it. So every request stays alive while the program has work in flight (waitUntil
// until no request is in flight), and a request waiting on Go keeps a timer of its own pending, so workerd does
// not take it for hung while its answer waits on I/O started in another request's context.
// With the var ASSENT_SERVER_TIMING = "1" (scripts/bench-worker sets it), the isolate counts its D1 statements
// and the rows they changed (meta.changes of a run, the returned rows of an INSERT ... RETURNING) and every
// answer carries the running totals: Server-Timing: d1-statements;dur=N, d1-rows-changed;dur=M.
const d1 = { statements: 0, changed: 0 };

function countingDB(db) {
  return {
    prepare(query) {
      const write = /^\s*(INSERT|UPDATE|DELETE|REPLACE)/i.test(query);
      const counted = (stmt) => ({
        bind: (...args) => counted(stmt.bind(...args)),
        async run() {
          d1.statements++;
          const r = await stmt.run();
          d1.changed += r.meta?.changes ?? 0;
          return r;
        },
        async raw(opts) {
          d1.statements++;
          const rows = await stmt.raw(opts);
          if (write) d1.changed += Math.max(rows.length - (opts?.columnNames ? 1 : 0), 0);
          return rows;
        },
      });
      return counted(db.prepare(query));
    },
  };
}

let inflight = 0;
let idleWaiters = [];

function idle() {
  return inflight === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
}

function leave() {
  if (--inflight === 0) {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

export default {
  async fetch(req, env, ctx) {
    inflight++;
    const keep = setInterval(() => {}, 100);
    let res;
    try {
      context.env = env.ASSENT_SERVER_TIMING === "1" ? { ...env, DB: countingDB(env.DB) } : env;
      context.ctx = ctx;
      await instance();
      context.ctx = ctx;
      res = await Promise.race([context.binding.handleRequest(req), exited]);
    } catch (err) {
      clearInterval(keep);
      leave();
      throw err;
    }
    ctx.waitUntil(idle());
    if (res.body === null) {
      clearInterval(keep);
      leave();
      return res;
    }
    // The body streams from Go: the request is in flight until it has been read to the end.
    const { readable, writable } = new TransformStream();
    res.body.pipeTo(writable).catch(() => {}).finally(() => {
      clearInterval(keep);
      leave();
    });
    const out = new Response(readable, res);
    if (env.ASSENT_SERVER_TIMING === "1") {
      out.headers.set("Server-Timing", `d1-statements;dur=${d1.statements}, d1-rows-changed;dur=${d1.changed}`);
    }
    return out;
  },
};
