// The shop's own code, shared by the real-banner fixtures (testdata/real/*.html): Google Consent Mode, a stand-in
// analytics tag (https://www.google-analytics.com/ga.js, which the tests serve locally) loaded only when the
// banner reports consent, and the one bug a fixture's variant asks for (<body data-variant="...">):
//   tracker-before        the analytics tag loads before any choice
//   reject-ignored        the analytics tag loads once the visitor has rejected (a consent cookie is there)
//   consent-mode-missing  no gtag('consent', 'default', ...) before the Google tag's config
// The other variants are configurations of the banner itself (see each fixture page).
window.shop = (function () {
  var variant = document.body.getAttribute('data-variant') || 'lawful';
  window.dataLayer = window.dataLayer || [];
  window.gtag = function () { window.dataLayer.push(arguments); };
  if (variant !== 'consent-mode-missing') {
    gtag('consent', 'default', {ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied'});
  }
  gtag('js', new Date());
  gtag('config', 'G-TEST');
  var loaded = false;
  function analytics() {
    if (loaded) return;
    loaded = true;
    var s = document.createElement('script');
    s.src = 'https://www.google-analytics.com/ga.js';
    document.head.appendChild(s);
  }
  if (variant === 'tracker-before') analytics();
  // chosen: the banner stored a choice (each library's consent cookie); some libraries report "no consent" before.
  function chosen() { return /(^|; )(cc_cookie|klaro|cookieconsent_status)=|(^|; )tarteaucitron=[^;]*=false/.test(document.cookie); }
  return {
    variant: variant,
    // consent is called by the banner's callbacks once the visitor has chosen: analytics allowed or not.
    consent: function (allowed) {
      if (allowed) {
        gtag('consent', 'update', {ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted'});
        analytics();
      } else if (variant === 'reject-ignored' && chosen()) {
        analytics();
      }
    },
  };
})();
