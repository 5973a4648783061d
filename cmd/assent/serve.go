package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"time"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// serveOptions are the flags of `assent serve`.
type serveOptions struct {
	addr, db, key, www, dist string
	sites, origins, retired  stringList
	sitesFile                string
	newKey, acceptV1         bool
}

// cmdServe serves site/, the built widget (dist/) and the HTTP API on SQLite until ctx is done.
func cmdServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var o serveOptions
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen address `host:port`")
	fs.StringVar(&o.db, "db", "assent.db", "SQLite database `file` (created if missing)")
	fs.StringVar(&o.key, "key", "assent.key", "log signing key `file` (created on the first start of a new database)")
	fs.StringVar(&o.www, "www", "site", "`dir`ectory of the static pages")
	fs.StringVar(&o.dist, "dist", "dist", "`dir`ectory of the built widget")
	fs.Var(&o.sites, "site", "register a site `name[=origin,...]`, with its own origins or the --origin list (repeatable)")
	fs.Var(&o.origins, "origin", "allow a browser origin `URL` for bare --site names (repeatable)")
	fs.StringVar(&o.sitesFile, "sites", "", "JSON `file` of sites, each with its origins, key and config")
	fs.BoolVar(&o.newKey, "new-key", false, "start a new signing key when the key file is missing from a database that has a log")
	fs.Var(&o.retired, "retired-key", "a retired key `file` (verifier or private key) to keep listing at /v1/keys (repeatable)")
	fs.BoolVar(&o.acceptV1, "accept-v1", false, "let the --site sites (or the demo site) accept version 1 records")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		io.WriteString(stderr, "assent serve: unexpected argument "+fs.Arg(0)+"\n")
		return 2
	}
	logger := log.New(stderr, "assent serve: ", log.LstdFlags)
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		logger.Print(err)
		return 1
	}
	api, closeAPI, vkey, err := newAPI(ctx, o, "http://"+ln.Addr().String(), logger)
	if err != nil {
		ln.Close()
		logger.Print(err)
		return 1
	}
	defer closeAPI()
	srv := newHTTPServer(newServeMux(o, api, vkey), logger)
	io.WriteString(stdout, "Assent is serving on http://"+ln.Addr().String()+"/  (Ctrl-C stops)\n")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		logger.Print(err)
		return 1
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Print(err)
		return 1
	}
	logger.Print("stopped")
	return 0
}

// newHTTPServer is serve's HTTP server: slow or idle clients cannot hold connections open (header 10 s, whole
// request 30 s, idle keep-alive 60 s; a response may take 5 minutes, for an export of a large log).
func newHTTPServer(h http.Handler, logger *log.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
}

// newServeMux routes /v1/ to the API and everything else to the built widget, then the static pages.
func newServeMux(o serveOptions, api http.Handler, verifierKey string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/", api)
	mux.Handle("GET /v1/sites/{site}/assent.js", newSiteLoaders(o.dist, verifierKey, siteConfigs(o)))
	mux.Handle("/", newStatic(verifierKey, o.dist, o.www))
	return mux
}
