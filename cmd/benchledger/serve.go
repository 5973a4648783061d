package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/assent-dev/assent/ledger"
)

// serve is the server process: the ledger as `assent serve` builds it, until SIGTERM.
func serve(env string) int {
	f := strings.Fields(env)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	db, err := ledger.OpenSQLiteDSN(ctx, f[1])
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		return 1
	}
	defer db.Close()
	signer, vkey, err := ledger.LoadKeyFile(f[2])
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		return 1
	}
	if len(f) > 3 {
		out, err := os.Create(f[3])
		if err == nil {
			pprof.StartCPUProfile(out)
			defer pprof.StopCPUProfile()
		}
	}
	ln, err := net.Listen("tcp", f[0])
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		return 1
	}
	h := ledger.New(db, ledger.Options{Signer: signer, VerifierKey: vkey, Sites: map[string]ledger.Site{site: {}},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	os.Stdout.WriteString("ready\n")
	<-ctx.Done()
	srv.Close()
	return 0
}
