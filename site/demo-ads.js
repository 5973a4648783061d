// The demo's "advertising": runs only once marketing is consented (a gated script, see index.html).
window.demoAds = (window.demoAds || 0) + 1;
document.cookie = "_demo_ad=1; path=/; max-age=7776000";
