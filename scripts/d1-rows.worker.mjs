// scripts/d1-rows replays the ledger's statements (POST body: [{"phase","sql","args"}]) on the D1 binding DB
// and answers, per phase and per statement kind, D1's rows written and read (meta.rows_written, rows_read).
export default {
  async fetch(req, env) {
    const n = Number(new URL(req.url).searchParams.get('n') || 1);
    const stmts = await req.json();
    const phases = {};
    for (const s of stmts) {
      const r = await env.DB.prepare(s.sql).bind(...s.args).all();
      const kind = s.sql.trim().split(/\s+/).slice(0, 5).join(' ').replace(/\(.*$/, '');
      const p = (phases[s.phase] ||= { statements: 0, written: 0, read: 0, kinds: {} });
      const k = (p.kinds[kind] ||= { statements: 0, written: 0 });
      p.statements++; p.written += r.meta.rows_written; p.read += r.meta.rows_read;
      k.statements++; k.written += r.meta.rows_written;
    }
    let out = '';
    for (const [name, p] of Object.entries(phases)) {
      out += `${name}: per unit (of ${n}) ${(p.written / n).toFixed(2)} rows written, ${(p.read / n).toFixed(1)} rows read, ${(p.statements / n).toFixed(2)} statements\n`;
      for (const [kind, k] of Object.entries(p.kinds)) {
        if (k.written) out += `  ${kind}: ${(k.written / n).toFixed(2)} rows written per unit (${k.statements} statements)\n`;
      }
    }
    return new Response(out);
  },
};
