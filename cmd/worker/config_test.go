package main

import (
	"testing"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
)

func TestOptionsFromEnv(t *testing.T) {
	skey, vkey, _ := proof.GenerateKey("worker.test")
	hash := ledger.HashKey("k")
	env := map[string]string{
		"ASSENT_SIGNING_KEY":  skey,
		"ASSENT_SITES":        "demo.assent.test=http://127.0.0.1:8080,http://localhost:8080/; shop.example=https://shop.example",
		"ASSENT_EXPORT_KEYS":  "shop.example=" + hash,
		"ASSENT_ACCEPT_V1":    "demo.assent.test",
		"ASSENT_RETIRED_KEYS": vkey,
		"ASSENT_SITE_CONFIGS": "shop.example=/shop/assent.json",
	}
	opts, err := optionsFromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if opts.VerifierKey != vkey || opts.Signer == nil {
		t.Errorf("key: %q", opts.VerifierKey)
	}
	demo, shop := opts.Sites["demo.assent.test"], opts.Sites["shop.example"]
	if len(demo.Origins) != 2 || demo.Origins[1] != "http://localhost:8080" || demo.ExportKeySHA256 != "" {
		t.Errorf("demo site %+v", demo)
	}
	if len(shop.Origins) != 1 || shop.ExportKeySHA256 != hash || shop.AcceptV1 || shop.ConfigPath != "/shop/assent.json" {
		t.Errorf("shop site %+v", shop)
	}
	if !demo.AcceptV1 || len(opts.RetiredKeys) != 1 {
		t.Errorf("accept_v1 %v, retired %v", demo.AcceptV1, opts.RetiredKeys)
	}
	for name, bad := range map[string]map[string]string{
		"no key":          {"ASSENT_SITES": "a.example=https://a.example"},
		"bad site":        {"ASSENT_SIGNING_KEY": skey, "ASSENT_SITES": "Bad Site=x"},
		"export no site":  {"ASSENT_SIGNING_KEY": skey, "ASSENT_EXPORT_KEYS": "x.example=" + hash},
		"export not hash": {"ASSENT_SIGNING_KEY": skey, "ASSENT_SITES": "x.example=", "ASSENT_EXPORT_KEYS": "x.example=secret"},
		"v1 no site":      {"ASSENT_SIGNING_KEY": skey, "ASSENT_SITES": "x.example=", "ASSENT_ACCEPT_V1": "y.example"},
		"retired garbage": {"ASSENT_SIGNING_KEY": skey, "ASSENT_RETIRED_KEYS": "nope"},
	} {
		if _, err := optionsFromEnv(func(k string) string { return bad[k] }); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
