// The demo page's status box: Assent.get() after every change. No inline script anywhere on the demo, so it
// runs under the strict Content-Security-Policy of the README.
function showStatus() {
  var s = window.Assent && Assent.get();
  document.getElementById('status').textContent = JSON.stringify(s, null, 2);
}
window.addEventListener('assent:change', showStatus);
(function wait() { if (window.Assent) Assent.ready.then(showStatus); else setTimeout(wait, 20); })();
