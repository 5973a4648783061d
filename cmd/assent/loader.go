package main

import (
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/assent-dev/assent/widget/prerender"
)

// cmdLoader writes a site's loader (what GET /v1/sites/{site}/assent.js serves) to a file or stdout, for hosts
// that serve files rather than run `assent serve`: a CDN, or the Worker's static assets. Its decisions are made
// as of --date (default today): rebuild it when a rule changes on a date (the engine decides again in the
// browser and corrects the layer meanwhile).
//
//	assent loader --config assent.json [--dist dist] [--date YYYY-MM-DD] [--accept-language TAGS] [--verifier-key K] [--out FILE]
func cmdLoader(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("loader", flag.ContinueOnError)
	fs.SetOutput(stderr)
	config := fs.String("config", "", "the site config `file` (assent.json)")
	dist := fs.String("dist", "dist", "`dir`ectory of the built widget (its assent.js)")
	date := fs.String("date", "", "decide as of this `date` (YYYY-MM-DD; default today, UTC)")
	accept := fs.String("accept-language", "", "for a config without languages: the `tags` to carry (Accept-Language form)")
	vkey := fs.String("verifier-key", "", "the log's verifier `key`, filled in when the config has none")
	out := fs.String("out", "", "write to `file` instead of stdout")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *config == "" || fs.NArg() > 0 {
		io.WriteString(stderr, "assent loader: usage: assent loader --config FILE [--dist DIR] [--date YYYY-MM-DD] [--out FILE]\n")
		return 2
	}
	if *date == "" {
		*date = time.Now().UTC().Format("2006-01-02")
	} else if _, err := time.Parse("2006-01-02", *date); err != nil {
		io.WriteString(stderr, "assent loader: --date: want YYYY-MM-DD, got "+*date+"\n")
		return 2
	}
	cfg, err := os.ReadFile(*config)
	if err == nil {
		var loader []byte
		if loader, err = os.ReadFile(filepath.Join(*dist, "assent.js")); err == nil {
			var js []byte
			if js, _, err = siteLoader(loader, cfg, *vkey, *date, prerender.AcceptLanguages(*accept)); err == nil {
				if *out == "" {
					_, err = stdout.Write(js)
				} else {
					err = os.WriteFile(*out, js, 0o644)
				}
			}
		}
	}
	if err != nil {
		io.WriteString(stderr, "assent loader: "+strings.TrimPrefix(err.Error(), "prerender: ")+"\n")
		return 2
	}
	return 0
}
