// The demo's "analytics": runs only once analytics is consented (a gated script, see index.html).
window.demoAnalytics = (window.demoAnalytics || 0) + 1;
document.cookie = "_pl_id=demo; path=/; max-age=31536000";
