// Command assent decides which consent a message or cookie needs, validates site configs and consent records,
// verifies proofs, audits live sites and serves the widget and the consent ledger locally.
//
// Exit codes: 0 success; 1 the check ran and found a violation (validate, verify, audit); 2 bad usage or input.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is the signature every subcommand implements.
type command func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int

var commands = map[string]command{
	"serve":    cmdServe,
	"decide":   cmdDecide,
	"validate": cmdValidate,
	"verify":   cmdVerify,
	"audit":    cmdAudit,
	"keygen":   cmdKeygen,
	"loader":   cmdLoader,
	"init":     cmdInit,
	"site":     cmdSite,
	"archive":  cmdArchive,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		io.WriteString(stderr, "assent: unknown command "+args[0]+"\n")
		usage(stderr)
		return 2
	}
	return cmd(ctx, args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	io.WriteString(w, "usage: assent <command> [flags]\n\ncommands:\n")
	for _, n := range names {
		io.WriteString(w, "  "+n+"\n")
	}
	io.WriteString(w, "\nRun 'assent <command> -h' for the flags of a command.\n")
}
