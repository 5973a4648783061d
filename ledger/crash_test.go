package ledger_test

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/proof"
)

// crashAddr is where the crash test's server process listens (the ledger's test ports are 18080-18099).
const crashAddr = "127.0.0.1:18091"

// TestMain turns the test binary into the crash test's server process when ASSENT_CRASH_SERVE is set.
func TestMain(m *testing.M) {
	if env := os.Getenv("ASSENT_CRASH_SERVE"); env != "" {
		os.Exit(crashServe(env))
	}
	os.Exit(m.Run())
}

// crashServe serves the ledger the way `assent serve` does, on the database and key named in env
// ("ADDR DB KEY"), until killed.
func crashServe(env string) int {
	f := strings.Fields(env)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	db, err := ledger.OpenSQLite(ctx, f[1])
	if err != nil {
		return 3
	}
	s, vkey, err := ledger.LoadKeyFile(f[2])
	if err != nil {
		return 3
	}
	ln, err := net.Listen("tcp", f[0])
	if err != nil {
		return 3
	}
	os.Stdout.WriteString("ready\n")
	srv := &http.Server{Handler: ledger.New(db, ledger.Options{Signer: s, VerifierKey: vkey,
		Sites: map[string]ledger.Site{testSite: {}}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})}
	go srv.Serve(ln)
	<-ctx.Done()
	return 0
}

// startServer starts the test binary as a ledger server process and waits until it listens.
func startServer(t *testing.T, dbPath, keyPath string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ASSENT_CRASH_SERVE="+crashAddr+" "+dbPath+" "+keyPath)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("server process did not start: %q %v", line, err)
	}
	return cmd
}

// TestCrashDuringLoad kills (SIGKILL) a serving process three times while records are being posted,
// restarts it on the same database, and checks that every acknowledged record is in the log at the index of
// its receipt, every receipt verifies, every head handed out is a prefix of the final log, and the log keeps
// growing correctly after the crash.
func TestCrashDuringLoad(t *testing.T) {
	dir := t.TempDir()
	dbPath, keyPath := filepath.Join(dir, "ledger.db"), filepath.Join(dir, "log.key")
	vkey, err := ledger.WriteKeyFile(keyPath, "crash.test")
	if err != nil {
		t.Fatal(err)
	}
	v, _ := proof.NewVerifier(vkey)
	base := "http://" + crashAddr
	var acked []ledgertest.Acked
	for round := range 3 {
		srv := startServer(t, dbPath, keyPath)
		var n atomic.Int64
		killAt := int64(150 + 100*round)
		killed := make(chan struct{})
		go func() {
			for deadline := time.Now().Add(time.Minute); n.Load() < killAt && time.Now().Before(deadline); {
				time.Sleep(time.Millisecond)
			}
			srv.Process.Kill() // SIGKILL: no clean shutdown, a batch may be mid-commit
			close(killed)
		}()
		res := ledgertest.Load(context.Background(), ledgertest.LoadConfig{BaseURL: base, Site: testSite,
			N: 4000, Concurrency: 16, OnAck: func(ledgertest.Acked) { n.Add(1) }})
		<-killed
		srv.Wait()
		if res.Failures == 0 {
			t.Fatalf("round %d: the load finished before the kill; raise N", round)
		}
		t.Logf("round %d: %d acknowledged before the kill, %d failed", round, len(res.Acked), res.Failures)
		acked = append(acked, res.Acked...)
	}
	srv := startServer(t, dbPath, keyPath)
	defer func() { srv.Process.Signal(syscall.SIGTERM); srv.Wait() }()
	after := ledgertest.Load(context.Background(), ledgertest.LoadConfig{BaseURL: base, Site: testSite, N: 50, Concurrency: 4})
	if after.Failures > 0 {
		t.Fatalf("after the crashes: %v", after.FirstErr)
	}
	acked = append(acked, after.Acked...)
	head, err := ledgertest.CheckAcked(context.Background(), base, testSite, v, -1, acked)
	if err != nil {
		t.Fatal(err)
	}
	if head.Size < int64(len(acked)) {
		t.Fatalf("log has %d entries, fewer than the %d acknowledged", head.Size, len(acked))
	}
	t.Logf("final log: %d entries, %d acknowledged records all present", head.Size, len(acked))
}
