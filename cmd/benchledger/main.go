// Command benchledger measures the consent ledger as `assent serve` runs it: the ledger handler on a fresh
// SQLite file (WAL, synchronous=FULL, group commit) behind net/http on 127.0.0.1, in a server process of its
// own (this program run again), loaded over TCP by clients in this process. Clients and server share the
// machine's CPUs. For each concurrency it prints records/s, p50/p99 latency and the CPU time per record of
// the server process and of the clients (which, unlike the rate, hardly depend on what else the machine
// runs), then checks that the whole log verifies and holds every record.
//
//	go run ./cmd/benchledger [-addr 127.0.0.1:18090] [-c 1,16,64] [-n 1000,5000,10000] [-sync FULL]
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/proof"
)

const site = "bench.example"

// serveEnv, when set ("ADDR DSN KEYFILE [CPUPROFILE]"), makes this program the server process.
const serveEnv = "BENCHLEDGER_SERVE"

func main() {
	if env := os.Getenv(serveEnv); env != "" {
		os.Exit(serve(env))
	}
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("benchledger", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:18090", "server listen `address`")
	levels := flags.String("c", "1,16,64", "concurrency levels, comma-separated")
	counts := flags.String("n", "1000,5000,10000", "records per level, comma-separated")
	syncMode := flags.String("sync", "FULL", "SQLite synchronous setting: FULL or NORMAL")
	profile := flags.String("cpuprofile", "", "write the server's CPU profile to `file`")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	cs, err1 := ints(*levels)
	ns, err2 := ints(*counts)
	if err1 != nil || err2 != nil || len(cs) != len(ns) || (*syncMode != "FULL" && *syncMode != "NORMAL") {
		fmt.Fprintln(stderr, "benchledger: -c and -n need as many positive integers each; -sync FULL or NORMAL")
		return 2
	}
	if err := bench(ctx, *addr, *syncMode, *profile, cs, ns, stdout); err != nil {
		fmt.Fprintln(stderr, "benchledger:", err)
		return 1
	}
	return 0
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, errors.New("bad number " + f)
		}
		out = append(out, n)
	}
	return out, nil
}

func bench(ctx context.Context, addr, syncMode, profile string, cs, ns []int, stdout io.Writer) error {
	dir, err := os.MkdirTemp("", "benchledger")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dsn := strings.Replace(ledger.SQLiteDSN(filepath.Join(dir, "bench.db")), "_synchronous=FULL", "_synchronous="+syncMode, 1)
	keyFile := filepath.Join(dir, "bench.key")
	vkey, err := ledger.WriteKeyFile(keyFile, "bench.local")
	if err != nil {
		return err
	}
	srv, err := startServer(addr, dsn, keyFile, profile)
	if err != nil {
		return err
	}
	defer func() { srv.Process.Signal(syscall.SIGTERM); srv.Wait() }()
	base := "http://" + addr

	fmt.Fprintf(stdout, "ledger bench: %s, %d CPUs, SQLite WAL synchronous=%s, server process + client process over TCP\n",
		runtime.GOARCH, runtime.NumCPU(), syncMode)
	fmt.Fprintf(stdout, "%6s %8s %10s %9s %9s %7s %18s %18s\n", "c", "records", "records/s", "p50 ms", "p99 ms",
		"failed", "server cpu us/rec", "client cpu us/rec")
	var acked []ledgertest.Acked
	for i, c := range cs {
		s0, c0 := procCPU(srv.Process.Pid), selfCPU()
		res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: base, Site: site, N: ns[i], Concurrency: c})
		s1, c1 := procCPU(srv.Process.Pid), selfCPU()
		n := float64(max(len(res.Acked), 1))
		fmt.Fprintf(stdout, "%6d %8d %10.0f %9.2f %9.2f %7d %18.0f %18.0f\n", c, len(res.Acked), res.Rate(),
			msec(res.Percentile(50)), msec(res.Percentile(99)), res.Failures,
			float64((s1-s0).Microseconds())/n, float64((c1-c0).Microseconds())/n)
		if res.Failures > 0 {
			return fmt.Errorf("posts failed: %w", res.FirstErr)
		}
		acked = append(acked, res.Acked...)
	}
	t0 := time.Now()
	v, _ := proof.NewVerifier(vkey)
	head, err := ledgertest.CheckAcked(ctx, base, site, v, 0, acked)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "log ok: %d entries, every receipt verifies, verified in %s\n", head.Size, time.Since(t0).Round(time.Millisecond))
	return nil
}

func msec(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// startServer runs this program as the server process and waits until it listens.
func startServer(addr, dsn, keyFile, profile string) (*exec.Cmd, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), serveEnv+"="+addr+" "+dsn+" "+keyFile+" "+profile)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, errors.New("server process did not start")
	}
	return cmd, nil
}

// selfCPU is the user + system CPU time of this process.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU is the user + system CPU time of process pid, from /proc (Linux; 0 elsewhere).
func procCPU(pid int) time.Duration {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	s := string(data)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:]) // fields from 3 (state) on
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)           // field 14
	stime, _ := strconv.ParseInt(f[12], 10, 64)           // field 15
	return time.Duration(utime+stime) * time.Second / 100 // USER_HZ is 100 on Linux
}
