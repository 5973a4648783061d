// Package ledgertest holds the black-box HTTP test suite of the consent ledger API (docs/contract.md section 3) and
// helpers to make valid consent records. The suite needs only a base URL and what a site owner knows: the
// log's verifier key, a registered site, one of its allowed origins and its export key. It runs against the
// ledger over SQLite (httptest, in package ledger's tests) and against the Worker under `wrangler dev`:
//
//	ledgertest.RunAPISuite(t, "http://127.0.0.1:8787", ledgertest.Config{
//		VerifierKey: vkey, Site: "shop.example", Origin: "https://shop.example", ExportKey: "k"})
//
// The suite adds records to the site's log and assumes nothing about what is already in it.
package ledgertest
