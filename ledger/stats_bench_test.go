package ledger

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The dashboard on a 1-million-record site: `go test ./ledger -run '^$' -bench Dashboard
// -benchtime 20x`. Seeding inserts the records straight into entries in one SQL statement, then applies
// migration 0004 again, whose backfill counts them with the SQL the triggers run per record;
// ASSENT_BENCH_RECORDS changes the count. Seeding a million records takes minutes: with ASSENT_BENCH_DB=FILE
// the seeded database is kept in FILE and used again by the next run (migrated first, as `assent serve` does).

var benchDB struct {
	once sync.Once
	db   *sql.DB
	err  error
	seed time.Duration
}

const benchSite = "big.example"

var benchSubjects = 1

func benchLedger(b *testing.B) *sql.DB {
	benchDB.once.Do(func() {
		n := 1_000_000
		if v, err := strconv.Atoi(os.Getenv("ASSENT_BENCH_RECORDS")); err == nil && v > 0 {
			n = v
		}
		benchSubjects = n / 3
		path := os.Getenv("ASSENT_BENCH_DB")
		if path == "" {
			dir, err := os.MkdirTemp("", "assent-bench")
			if err != nil {
				benchDB.err = err
				return
			}
			path = filepath.Join(dir, "ledger.db")
		}
		start := time.Now()
		db, err := OpenSQLite(context.Background(), path)
		if err != nil {
			benchDB.err = err
			return
		}
		var have int
		if err := db.QueryRow(`SELECT COUNT(*) FROM entries WHERE site = ?1`, benchSite).Scan(&have); err != nil || have > 0 {
			if err == nil && have != n {
				err = fmt.Errorf("%s holds %d records of %s, not %d", path, have, benchSite, n)
			}
			benchDB.db, benchDB.err, benchDB.seed = db, err, time.Since(start)
			return
		}
		// The records go in without the trigger, then migration 0004 is applied again: its
		// backfill counts them with the same SQL the triggers run per record, in one pass.
		if _, err := db.Exec(`DROP TRIGGER entries_consent_daily`); err != nil {
			benchDB.err = err
			return
		}
		_, err = db.Exec(seedSQL, n, benchSite)
		if err == nil {
			_, err = db.Exec(`DROP VIEW consent_dims; DROP VIEW consent_facts; DROP TABLE consent_daily;
				DROP TABLE consent_purpose_daily; DROP INDEX entries_by_subject;
				DELETE FROM d1_migrations WHERE name = '0004_dashboard.sql'`)
		}
		if err == nil {
			err = Migrate(context.Background(), db)
		}
		benchDB.db, benchDB.err, benchDB.seed = db, err, time.Since(start)
	})
	if benchDB.err != nil {
		b.Fatal(benchDB.err)
	}
	b.Logf("seeded %s in %v", benchSite, benchDB.seed.Round(time.Second))
	return benchDB.db
}

func benchView(b *testing.B, from, to string) {
	db := benchLedger(b)
	q := runner{q: db, stmts: &stmtCache{db: db}}
	b.ResetTimer()
	var st Stats
	var err error
	cpu0 := cpuTime()
	for range b.N {
		if st, err = computeStats(context.Background(), q, benchSite, from, to); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/view")
	// The machine may be shared: the process's CPU time per view says what a view costs when it is not.
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/view")
	b.ReportMetric(float64(st.Counts.Total), "records")
}

// BenchmarkDashboard30Days is the default view: the last 30 days.
func BenchmarkDashboard30Days(b *testing.B) { benchView(b, "2026-12-01", "2026-12-30") }

// BenchmarkDashboardYear is the whole year: every one of the records.
func BenchmarkDashboardYear(b *testing.B) { benchView(b, "2026-01-01", "2026-12-31") }

// BenchmarkChainLookup finds one subject's records among all of them.
func BenchmarkChainLookup(b *testing.B) {
	db := benchLedger(b)
	q := runner{q: db, stmts: &stmtCache{db: db}}
	b.ResetTimer()
	for i := range b.N {
		rows, err := queryEntries(context.Background(), q, sqlChain, benchSite, "s"+strconv.Itoa(i*7919%benchSubjects))
		if err != nil || len(rows) == 0 {
			b.Fatal(err, len(rows))
		}
	}
}

// seedSQL inserts ?1 records of site ?2 into entries, a year of them (2026, each day in turn): 4 actions, 15
// jurisdictions, 7 languages, 3 surfaces, 1 in 10 with GPC, 3 revisions, logged 0 to 16 minutes after their
// time.
const seedSQL = `WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < ?1)
			INSERT INTO entries (site, idx, id, record_hash, logged_at, record)
			SELECT ?2, i, 'id-' || i, printf('%064x', i),
			  strftime('%Y-%m-%dT%H:%M:%f', '2026-01-01', '+' || (i % 365) || ' days', '+' || (i % 997) || ' seconds') || 'Z',
			  json_object('v', 2, 'id', 'id-' || i, 'site', ?2, 'subject', 's' || (i / 3),
			    'time', strftime('%Y-%m-%dT%H:%M:%f', '2026-01-01', '+' || (i % 365) || ' days') || 'Z',
			    'action', CASE i % 4 WHEN 0 THEN 'accept_all' WHEN 1 THEN 'reject_all' WHEN 2 THEN 'save' ELSE 'withdraw' END,
			    'purposes', json_object('necessary', json('true'), 'analytics', json(CASE WHEN i % 4 IN (0, 2) THEN 'true' ELSE 'false' END),
			      'marketing', json(CASE WHEN i % 4 = 0 THEN 'true' ELSE 'false' END)),
			    'jurisdiction', substr('FRDEITESNLBEATPLSEGBIEPTDKFICZ', 1 + 2 * ((i / 7) % 15), 2),
			    'language', substr('frdeitesnlenpl', 1 + 2 * ((i / 11) % 7), 2),
			    'revision', '2026-0' || (1 + (i / 13) % 3) || '-01',
			    'ui', CASE WHEN i % 5 = 4 THEN NULL ELSE json_object('layer', 1 + i % 2, 'surface', CASE i % 2 WHEN 0 THEN 'banner' ELSE 'preferences' END) END,
			    'signals', json_object('gpc', json(CASE WHEN i % 10 = 0 THEN 'true' ELSE 'false' END)),
			    'prev', '', 'hash', printf('%064x', i))
			FROM seq`

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
