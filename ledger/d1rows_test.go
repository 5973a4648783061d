package ledger

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/note"
	"modernc.org/sqlite"
)

// statementLog records every statement run through a recordingConn, with its arguments and the phase of the
// test it belongs to, so scripts/d1-rows can replay them on D1 (wrangler dev) and read D1's rows_written.
type statementLog struct {
	mu    sync.Mutex
	phase string
	list  []loggedStatement
}

type loggedStatement struct {
	Phase string `json:"phase"`
	SQL   string `json:"sql"`
	Args  []any  `json:"args"`
}

func (l *statementLog) add(q string, args []driver.NamedValue) {
	l.mu.Lock()
	defer l.mu.Unlock()
	a := make([]any, len(args))
	for i, v := range args {
		a[i] = v.Value
	}
	l.list = append(l.list, loggedStatement{l.phase, q, a})
}

func (l *statementLog) setPhase(p string) {
	l.mu.Lock()
	l.phase = p
	l.mu.Unlock()
}

func (l *statementLog) count(phase, prefix string) int {
	n := 0
	for _, s := range l.list {
		if s.Phase == phase && strings.HasPrefix(strings.TrimSpace(s.SQL), prefix) {
			n++
		}
	}
	return n
}

// recordingConnector opens SQLite connections that behave like D1 (no transactions) and log their statements.
type recordingConnector struct {
	dsn string
	log *statementLog
}

func (c recordingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := (&sqlite.Driver{}).Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return recordingConn{noTxConn{conn}, c.log}, nil
}

func (c recordingConnector) Driver() driver.Driver { return &sqlite.Driver{} }

type recordingConn struct {
	noTxConn
	log *statementLog
}

func (c recordingConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	st, err := c.noTxConn.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	return recordingStmt{st.(countingStmt), q, c.log}, nil
}

type recordingStmt struct {
	countingStmt
	q   string
	log *statementLog
}

func (s recordingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.log.add(s.q, args)
	return s.countingStmt.ExecContext(ctx, args)
}

func (s recordingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.log.add(s.q, args)
	return s.countingStmt.QueryContext(ctx, args)
}

// TestArchiveStatements: archiving costs two writing statements per chunk (the archives row, one UPDATE of the
// chunk's entries), whatever the chunk's size, on a database without transactions as D1 is. With
// ASSENT_D1_STATEMENTS=FILE it writes the statements of 20 single-record appends (phase "append", a fresh handler
// each, as a Worker request) and of archiving them in two chunks (phase "archive") to FILE, for scripts/d1-rows.
func TestArchiveStatements(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d1.db")
	db0, err := OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db0.Close()
	log := &statementLog{phase: "append"}
	db := sql.OpenDB(recordingConnector{dsn: path, log: log})
	defer db.Close()
	skey, vkey, _ := proof.GenerateKey("rows.test")
	s, _, _ := proof.NewSigner(skey)
	opts := Options{NoTransactions: true, Signer: s, VerifierKey: vkey, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Sites: map[string]Site{"shop.example": {Origins: []string{"https://shop.example"}, ExportKeySHA256: HashKey("k")}}}
	const n = 20
	for range n {
		srv := httptest.NewServer(New(db, opts))
		res := ledgertest.Load(context.Background(), ledgertest.LoadConfig{BaseURL: srv.URL, Site: "shop.example", Origin: "https://shop.example", N: 1, Concurrency: 1})
		srv.Close()
		if res.Failures > 0 {
			t.Fatal(res.FirstErr)
		}
	}
	log.setPhase("download")
	srv := httptest.NewServer(New(db, opts))
	defer srv.Close()
	lc := logclient.Client{BaseURL: srv.URL, Key: "k"}
	v, _ := proof.NewVerifier(vkey)
	file := filepath.Join(dir, "archive.ndjson")
	if _, err := lc.WriteArchive(context.Background(), "shop.example", n, file, []note.Verifier{v}); err != nil {
		t.Fatal(err)
	}
	log.setPhase("archive")
	if end, err := lc.DropArchived(context.Background(), file, []note.Verifier{v}, n/2); err != nil || end != n {
		t.Fatalf("archive: %d, %v", end, err)
	}
	if ins, upd := log.count("archive", "INSERT"), log.count("archive", "UPDATE"); ins != 2 || upd != 2 {
		t.Errorf("archiving %d entries in 2 chunks ran %d INSERT and %d UPDATE statements, want 2 and 2", n, ins, upd)
	}
	if out := os.Getenv("ASSENT_D1_STATEMENTS"); out != "" {
		data, _ := json.Marshal(log.list)
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%d statements written to %s at %s", len(log.list), out, time.Now().Format(time.RFC3339))
	}
}
