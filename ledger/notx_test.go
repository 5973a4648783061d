package ledger

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"net/http"
	"sync/atomic"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"modernc.org/sqlite"
)

// OpenNoTx (tests only) opens the SQLite file like D1 behaves: every BeginTx fails with D1's error, so a
// handler over it needs Options.NoTransactions to run its append protocol statement by statement.
func OpenNoTx(path string) *sql.DB {
	return sql.OpenDB(noTxConnector{dsn: path + "?_journal_mode=WAL&_synchronous=FULL&_busy_timeout=10000"})
}

type noTxConnector struct{ dsn string }

func (c noTxConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := (&sqlite.Driver{}).Open(c.dsn)
	if err != nil {
		return nil, err
	}
	return noTxConn{conn}, nil
}

func (c noTxConnector) Driver() driver.Driver { return &sqlite.Driver{} }

// noTxConn forwards everything but transactions to the SQLite connection.
type noTxConn struct{ driver.Conn }

var errD1Tx = errors.New("d1: transaction is not currently supported")

func (c noTxConn) Begin() (driver.Tx, error) { return nil, errD1Tx }

func (c noTxConn) BeginTx(context.Context, driver.TxOptions) (driver.Tx, error) { return nil, errD1Tx }

func (c noTxConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return countingStmt{st}, nil
}

// Statements (tests only) counts the statements run through databases opened with OpenNoTx.
var Statements atomic.Int64

// countingStmt counts executions of a statement.
type countingStmt struct{ driver.Stmt }

func (s countingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	Statements.Add(1)
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, args)
}

func (s countingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	Statements.Add(1)
	return s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, args)
}

// LogBatch (tests only) logs recs through h's group commit as one batch, as if they had all arrived while
// another batch ran, and returns each one's status and receipt.
func LogBatch(h http.Handler, recs []rules.Record, loggedAt string) ([]int, []string, error) {
	jobs := make([]*appendJob, len(recs))
	for i, rec := range recs {
		jobs[i] = &appendJob{entry: entryRow{Site: rec.Site, ID: rec.ID, RecordHash: rec.Hash, LoggedAt: loggedAt,
			Record: string(codec.FormatRecord(rec))}, done: make(chan struct{})}
	}
	h.(*handler).runBatch(jobs)
	status, receipts := make([]int, len(jobs)), make([]string, len(jobs))
	for i, j := range jobs {
		if j.err != nil {
			return nil, nil, j.err
		}
		status[i], receipts[i] = j.status, j.receipt
	}
	return status, receipts, nil
}
