// Stand-in for Assent's widget in the audit's tests: the DOM hooks of docs/contract.md section 4 in an open
// shadow root and a minimal window.Assent (get, records). It is not the widget.
(function () {
  var purposes = ['necessary', 'analytics', 'marketing'];
  var records = JSON.parse(localStorage.getItem('assent.records') || '[]');
  function stored() { try { return JSON.parse(localStorage.getItem('assent.choice') || 'null'); } catch (e) { return null; } }
  var state = stored();
  var root = document.getElementById('assent-root').attachShadow({mode: 'open'});
  root.innerHTML =
    '<style>' +
    '[hidden]{display:none!important}' +
    '.b{position:fixed;left:16px;right:16px;bottom:16px;max-width:640px;background:#fff;color:#111827;border:1px solid #d1d5db;border-radius:8px;padding:16px 20px;font:15px/1.4 sans-serif}' +
    '.b h2{font-size:18px;margin:0 0 8px}.row{display:flex;gap:12px;flex-wrap:wrap}' +
    'button{font:600 16px sans-serif;padding:10px 18px;border-radius:6px;border:2px solid #1a56db;background:#1a56db;color:#fff;cursor:pointer}' +
    '.reopen{position:fixed;left:16px;bottom:16px;font:14px sans-serif;padding:6px 10px;background:#fff;color:#1a56db;border:1px solid #1a56db;border-radius:6px}' +
    '</style>' +
    '<div class="b" data-assent="banner" role="dialog" aria-labelledby="t" hidden>' +
    '<h2 id="t">Your privacy choices</h2><p>We use cookies for analytics and marketing, only with your consent.</p>' +
    '<div class="row"><button data-assent-action="accept-all">Accept all</button>' +
    '<button data-assent-action="reject-all">Reject all</button>' +
    '<button data-assent-action="preferences">Preferences</button></div></div>' +
    '<div class="b" data-assent="preferences" role="dialog" aria-labelledby="pt" hidden>' +
    '<h2 id="pt">Preferences</h2>' +
    '<label><input type="checkbox" data-assent-purpose="necessary" checked disabled> Strictly necessary</label><br>' +
    '<label><input type="checkbox" data-assent-purpose="analytics"> Analytics</label><br>' +
    '<label><input type="checkbox" data-assent-purpose="marketing"> Marketing</label>' +
    '<div class="row"><button data-assent-action="reject-all">Reject all</button>' +
    '<button data-assent-action="save">Save</button><button data-assent-action="accept-all">Accept all</button></div></div>' +
    '<button class="reopen" data-assent="reopen" hidden>Privacy settings</button>';
  var banner = root.querySelector('[data-assent="banner"]');
  var prefs = root.querySelector('[data-assent="preferences"]');
  var reopen = root.querySelector('[data-assent="reopen"]');
  function show(layer) { banner.hidden = layer !== 'banner'; prefs.hidden = layer !== 'prefs'; reopen.hidden = layer !== 'reopen'; }
  function choose(action, chosen) {
    state = {decided: true, purposes: chosen};
    localStorage.setItem('assent.choice', JSON.stringify(state));
    records.push({record: {v: 1, action: action, purposes: chosen}, receipt: null});
    localStorage.setItem('assent.records', JSON.stringify(records));
    show('reopen');
  }
  function all(v) { var o = {}; purposes.forEach(function (p) { o[p] = p === 'necessary' ? true : v; }); return o; }
  show(state ? 'reopen' : 'banner');
  root.addEventListener('click', function (e) {
    var a = e.target.closest('[data-assent-action]');
    if (e.target.closest('[data-assent="reopen"]')) { show('banner'); return; }
    if (!a) return;
    var act = a.getAttribute('data-assent-action');
    if (act === 'accept-all') choose('accept_all', all(true));
    if (act === 'reject-all') choose('reject_all', all(false));
    if (act === 'preferences') show('prefs');
    if (act === 'save') {
      var o = {};
      prefs.querySelectorAll('[data-assent-purpose]').forEach(function (i) { o[i.getAttribute('data-assent-purpose')] = i.checked; });
      choose('save', o);
    }
  });
  window.Assent = {
    ready: Promise.resolve(),
    get: function () { return {decided: !!state, purposes: state ? state.purposes : all(false)}; },
    records: function () { return Promise.resolve(records.slice()); },
  };
})();
