package ledger

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"slices"
)

// migrationFiles are the schema migrations, in wrangler's D1 format (NNNN_name.sql).
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// createMigrationsTable is wrangler's own d1_migrations table, so a database migrated by either tool is
// recognised by the other.
const createMigrationsTable = `CREATE TABLE IF NOT EXISTS d1_migrations(
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	name       TEXT UNIQUE,
	applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`

// Migrations returns the names of the embedded migration files, in the order they apply.
func Migrations() []string {
	names, _ := fs.Glob(migrationFiles, "migrations/*.sql")
	for i, n := range names {
		names[i] = n[len("migrations/"):]
	}
	slices.Sort(names)
	return names
}

// Migrate applies the embedded migrations that db's d1_migrations table does not list yet, each in a
// transaction with its d1_migrations row. It is what `wrangler d1 migrations apply` does for the Worker; use
// it for local SQLite databases. It is safe to call on every start and from several processes at once.
func Migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, createMigrationsTable); err != nil {
		return fmt.Errorf("ledger: migrate: %w", err)
	}
	for _, name := range Migrations() {
		if err := applyMigration(ctx, db, name); err != nil {
			return fmt.Errorf("ledger: migrate %s: %w", name, err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, db *sql.DB, name string) error {
	body, err := migrationFiles.ReadFile("migrations/" + name)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM d1_migrations WHERE name = ?1`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO d1_migrations(name) VALUES (?1)`, name); err != nil {
		return err
	}
	return tx.Commit()
}
