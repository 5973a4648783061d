// A tiny consent manager for the audit's fixture pages. <body data-bug="..."> picks the one bug a page has:
//   ignore-reject  reject hides the banner but the analytics still load
//   cookie-before  an analytics cookie is written before any choice
(function () {
  var bug = document.body.getAttribute('data-bug') || '';
  var banner = document.getElementById('cc-banner');
  var prefs = document.getElementById('cc-prefs');
  function choice() { var m = document.cookie.match(/(?:^|; )cc_cookie=([^;]*)/); return m ? m[1] : ''; }
  function remember(v) { document.cookie = 'cc_cookie=' + v + '; path=/; max-age=15552000; SameSite=Lax'; }
  function loadAnalytics() {
    var s = document.createElement('script');
    s.src = 'https://www.google-analytics.com/ga.js';
    document.head.appendChild(s);
  }
  function apply(v) {
    if (v === 'all') {
      if (window.gtag) gtag('consent', 'update', {ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted'});
      loadAnalytics();
    } else if (bug === 'ignore-reject') {
      loadAnalytics();
    }
  }
  function hide() { banner.hidden = true; prefs.hidden = true; }
  if (bug === 'cookie-before') document.cookie = '_ga=GA1.1.1234567890.1700000000; path=/; max-age=63072000';
  var c = choice();
  if (c) { hide(); apply(c); } else { banner.hidden = false; }
  document.addEventListener('click', function (e) {
    var el = e.target.closest('[data-cc]');
    if (!el) return;
    e.preventDefault();
    var act = el.getAttribute('data-cc');
    if (act === 'accept') { remember('all'); hide(); apply('all'); }
    if (act === 'reject') { remember('necessary'); hide(); apply('necessary'); }
    if (act === 'prefs') { banner.hidden = true; prefs.hidden = false; }
    if (act === 'reopen') { prefs.hidden = true; banner.hidden = false; }
    if (act === 'save') {
      var on = Array.prototype.some.call(prefs.querySelectorAll('input[type=checkbox]:not(:disabled)'), function (i) { return i.checked; });
      remember(on ? 'all' : 'necessary'); hide(); apply(on ? 'all' : 'necessary');
    }
  });
})();
