package widget

// CSS is the widget's stylesheet, scoped by its shadow root. Sites theme it with CSS custom properties on
// #assent-root (they inherit into the shadow root): --assent-bg, --assent-fg, --assent-muted, --assent-accent,
// --assent-accent-fg, --assent-radius, --assent-font, --assent-font-size, --assent-z. "Accept all" and
// "Reject all" share one class, so no theme can make them unequal; the widget measures them anyway.
const CSS = `:host{all:initial}
*{box-sizing:border-box}
.layer{--bg:var(--assent-bg,#fff);--fg:var(--assent-fg,#1b1b1f);--muted:var(--assent-muted,#4b4b55);--ac:var(--assent-accent,#1a56db);--acfg:var(--assent-accent-fg,#fff);
position:fixed;z-index:var(--assent-z,2147483001);left:50%;transform:translateX(-50%);bottom:12px;width:calc(100% - 16px);max-width:42rem;
max-height:calc(100vh - 24px);overflow:auto;background:var(--bg);color:var(--fg);font:var(--assent-font-size,16px)/1.45 var(--assent-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
border-radius:var(--assent-radius,10px);box-shadow:0 4px 24px rgba(0,0,0,.25);padding:16px 20px;outline:none}
.prefs{top:50%;bottom:auto;transform:translate(-50%,-50%)}
h2{font-size:1.15em;margin:0 0 8px;font-weight:700}
p{margin:0 0 12px}
a{color:var(--ac);text-decoration:underline}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.btn{flex:1 1 9rem;min-height:44px;padding:10px 16px;font:inherit;font-weight:600;font-size:1em;border:2px solid var(--ac);border-radius:6px;background:var(--ac);color:var(--acfg);cursor:pointer}
.btn:hover{filter:brightness(1.1)}
:focus-visible{outline:3px solid var(--ac);outline-offset:2px}
.btn:focus-visible{outline-color:var(--fg)}
.head{display:flex;justify-content:space-between;align-items:flex-start;gap:8px}
.close{background:none;border:0;color:var(--fg);font-size:1.6em;line-height:1;cursor:pointer;min-width:44px;min-height:44px}
.purposes{list-style:none;margin:0;padding:0}
.purpose{border-top:1px solid rgba(127,127,127,.35);padding:10px 0}
.purpose-row{display:flex;align-items:center;gap:10px}
.purpose-row label{font-weight:600;flex:1}
input[type=checkbox]{width:22px;height:22px;accent-color:var(--ac);margin:0}
.always{font-size:.85em;color:var(--muted)}
.desc{color:var(--muted);margin:4px 0 4px 32px}
details{margin-left:32px;font-size:.9em}
table{border-collapse:collapse;width:100%;margin-top:6px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid rgba(127,127,127,.25);vertical-align:top}
.gpc{font-size:.9em;border-left:3px solid var(--ac);padding-left:8px}
[hidden]{display:none!important}
@media (prefers-color-scheme:dark){.layer{--bg:var(--assent-bg,#1d1e22);--fg:var(--assent-fg,#f2f2f4);--muted:var(--assent-muted,#c4c4cc);--ac:var(--assent-accent,#8ab4f8);--acfg:var(--assent-accent-fg,#0b1220)}}
@media (max-width:480px){.layer{padding:12px 14px}.btn{flex-basis:100%}}`
