package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

const validateUsage = `usage: assent validate [--kind config|record] [--config FILE] [--now TIME] FILE|-

Checks a site config (assent.json) or a consent record and prints its findings as a JSON array ([] when
clean). The kind is detected when not given: an object with "v" and "hash" is a record. A record is checked
against --config when given, and its expiry against --now (RFC 3339, default: the system clock), which is
also the date the law is applied at for configs.

Exit status: 0 no error finding; 1 at least one finding of severity "error"; 2 bad usage or unreadable input.
`

// cmdValidate implements `assent validate`.
func cmdValidate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("validate", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { io.WriteString(stderr, validateUsage+"\nflags:\n"); fset.PrintDefaults() }
	kind := fset.String("kind", "", "what FILE holds: `config` or record (default: detected)")
	configFile := fset.String("config", "", "site config `FILE` to check a record against")
	nowText := fset.String("now", "", "check as of this RFC 3339 `time` (default: now)")
	files, err := parseInterspersed(fset, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		return validateFail(stderr, "want exactly one FILE (or - for stdin)")
	}
	now := time.Now().UTC()
	if *nowText != "" {
		if now, err = time.Parse(time.RFC3339Nano, *nowText); err != nil {
			return validateFail(stderr, "--now: "+err.Error())
		}
	}
	data, err := readInput(files[0], stdin, 16<<20)
	if err != nil {
		return validateFail(stderr, err.Error())
	}
	if *kind == "" {
		*kind = detectKind(data)
	}
	var fs []rules.Finding
	switch *kind {
	case "config":
		fs, err = validateConfigData(data, now)
	case "record":
		fs, err = validateRecordData(data, now, *configFile)
	default:
		return validateFail(stderr, "--kind must be config or record, not "+*kind)
	}
	if err != nil {
		return validateFail(stderr, err.Error())
	}
	stdout.Write(codec.FormatFindings(fs))
	if rules.HasErrors(fs) {
		return 1
	}
	return 0
}

// validateConfigData checks a config: its structure (unknown fields are warnings) and its content.
func validateConfigData(data []byte, now time.Time) ([]rules.Finding, error) {
	c, fs, err := codec.ParseConfig(data)
	if err != nil {
		return structuralFindings(err)
	}
	return append(fs, rules.ValidateConfigAt(c, now)...), nil
}

// validateRecordData checks a record, against a config file when one is named.
func validateRecordData(data []byte, now time.Time, configFile string) ([]rules.Finding, error) {
	var cfg *rules.SiteConfig
	if configFile != "" {
		b, err := os.ReadFile(configFile)
		if err != nil {
			return nil, fmt.Errorf("--config: %w", err)
		}
		c, _, err := codec.ParseConfig(b)
		if err != nil {
			return nil, fmt.Errorf("--config: %w", err)
		}
		cfg = &c
	}
	r, err := codec.ParseRecord(data)
	if err != nil {
		return structuralFindings(err)
	}
	return rules.ValidateRecord(r, now, cfg), nil
}

// structuralFindings reports a document that is JSON but malformed (duplicate, unknown or missing keys,
// wrong types) as findings; input that is not JSON at all stays an error (exit 2).
func structuralFindings(err error) ([]rules.Finding, error) {
	if errors.Is(err, codec.ErrNotJSON) {
		return nil, err
	}
	return codec.Findings(err), nil
}

// detectKind says "record" for a JSON object with both "v" and "hash" keys, else "config".
func detectKind(data []byte) string {
	var probe map[string]json.RawMessage
	if json.Unmarshal(data, &probe) == nil {
		_, v := probe["v"]
		_, h := probe["hash"]
		if v && h {
			return "record"
		}
	}
	return "config"
}

// parseInterspersed parses flags that may come before or after the positional arguments.
func parseInterspersed(fset *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fset.Parse(args); err != nil {
			return nil, err
		}
		args = fset.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func validateFail(stderr io.Writer, msg string) int {
	io.WriteString(stderr, "assent validate: "+msg+"\n")
	return 2
}
