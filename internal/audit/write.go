package audit

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// WriteReport writes report.json, report.html and screenshots/*.png into dir (created if missing).
func WriteReport(dir string, r *Report) error {
	if err := os.MkdirAll(filepath.Join(dir, "screenshots"), 0o755); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	for _, s := range r.Screenshots {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(s.File)), s.png, 0o644); err != nil {
			return fmt.Errorf("audit: %w", err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "report.json"), r.JSON(), 0o644); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	html, err := RenderHTML(r)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "report.html"), html, 0o644); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// maxSummaryFindings keeps the summary on one screen; report.json has them all.
const maxSummaryFindings = 12

// WriteSummary writes the one-screen text summary of r; reportPath (may be "") is where the HTML report is.
func WriteSummary(w io.Writer, r *Report, reportPath string) {
	verdict := map[string]string{"violations": "VIOLATIONS", "clean": "CLEAN", "clean_with_warnings": "CLEAN (with warnings)"}[r.Verdict]
	fmt.Fprintf(w, "assent audit %s\n", r.URL)
	fmt.Fprintf(w, "verdict: %s - %d error(s), %d warning(s), %.1f s\n", verdict, r.Counts.Errors, r.Counts.Warnings, float64(r.DurationMS)/1000)
	for i, f := range r.Findings {
		if i == maxSummaryFindings {
			fmt.Fprintf(w, "  ... %d more in report.json\n", len(r.Findings)-i)
			break
		}
		mark := "ERROR"
		if f.Severity != SeverityError {
			mark = "warn "
		}
		fmt.Fprintf(w, "  %s %-30s %s\n", mark, f.Code, clip(f.Message, 110))
	}
	counts := map[string]int{}
	for _, c := range r.Checks {
		counts[c.Status]++
	}
	var parts []string
	for _, s := range []string{StatusPass, StatusFail, StatusWarn, StatusNotApplicable, StatusNotRun} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], strings.ReplaceAll(s, "_", " ")))
		}
	}
	fmt.Fprintf(w, "checks: %s\n", strings.Join(parts, ", "))
	if r.Environment.MayDetectAutomation {
		fmt.Fprintf(w, "note: the page could still tell this is an automated browser (%d signal(s), see the report)\n",
			len(r.Environment.AutomationSignals))
	}
	if reportPath != "" {
		fmt.Fprintf(w, "report: %s\n", reportPath)
	}
}
