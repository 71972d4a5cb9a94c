package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/internal/pdftext"
)

// TestReportChase writes the samples' 催办 notices and prints the chase
// list on stdout alone, ready to paste.
func TestReportChase(t *testing.T) {
	dir := t.TempDir()
	for _, out := range []string{"催办.pdf", "催办.docx"} {
		path := filepath.Join(dir, out)
		stdout, stderr, code := qingdan(t, "report", sampleReturns(t), "--kind", "催办", "--as-of", "2026-09-30", "--org", "委办公室", "-o", path)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if !strings.HasPrefix(stdout, "【催办】截至2026年9月30日") || !strings.Contains(stdout, "老龄健康处（本期未报送）") || strings.Contains(stdout, "已写入") {
			t.Errorf("stdout:\n%s", stdout)
		}
		if !strings.Contains(stderr, "已写入 "+path) {
			t.Errorf("stderr does not say what was written:\n%s", stderr)
		}
		if strings.HasSuffix(out, ".pdf") {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := pdftext.Pages(data)
			if err != nil {
				t.Fatal(err)
			}
			if units := strings.Count(stdout, "\n") - strings.Count(stdout, "\n   ") - 1; len(pages) != units {
				t.Errorf("%d pages for %d units", len(pages), units)
			}
		}
	}
}

// TestReportHistory reads two earlier periods from a --history folder:
// the bulletin is numbered one past them, says each unit's change and
// draws the trend.
func TestReportHistory(t *testing.T) {
	dir := t.TempDir()
	returns := sampleReturns(t)
	hist := filepath.Join(dir, "以前各期")
	for _, asOf := range []string{"2026-03-31", "2026-06-30"} {
		if _, stderr, code := qingdan(t, "merge", returns, "--as-of", asOf, "-o", filepath.Join(hist, asOf+".xlsx")); code != exitOK {
			t.Fatalf("merge as of %s: exit %d: %s", asOf, code, stderr)
		}
	}
	pdf := filepath.Join(dir, "通报.pdf")
	if _, stderr, code := qingdan(t, "report", returns, "--as-of", "2026-09-30", "--history", hist, "--org", "委办公室",
		"--date", "2026-10-08", "-o", pdf); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Pages(data)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(pages, "")
	for _, want := range []string{"委办公室督查通报\n第3期\n", "较上期", "图：总体完成率变化趋势", "牵头单位 3月31日 6月30日 9月30日", "2026年10月8日印发"} {
		if !strings.Contains(text, want) {
			t.Errorf("the bulletin lacks %q", want)
		}
	}
}

// TestMergeWritesTheBulletin: merge --report writes, from its one reading
// of the returns, the bulletin qingdan report writes from reading them
// again; it will not write it over the merged workbook.
func TestMergeWritesTheBulletin(t *testing.T) {
	returns, dir := sampleReturns(t), t.TempDir()
	merged, bulletin, again := filepath.Join(dir, "汇总.xlsx"), filepath.Join(dir, "通报.pdf"), filepath.Join(dir, "再读.pdf")
	common := []string{"--as-of", "2026-09-30", "--org", "委办公室"}
	stdout, stderr, code := qingdan(t, append([]string{"merge", returns, "-o", merged, "--report", bulletin}, common...)...)
	if code != exitOK {
		t.Fatalf("merge --report: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "已写入 "+merged) || !strings.Contains(stdout, "已写入 "+bulletin) {
		t.Errorf("stdout does not say both were written:\n%s", stdout)
	}
	if _, stderr, code := qingdan(t, append([]string{"report", returns, "-o", again}, common...)...); code != exitOK {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	got, err1 := os.ReadFile(bulletin)
	want, err2 := os.ReadFile(again)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if string(got) != string(want) {
		t.Errorf("merge --report wrote %d bytes, report %d: not the same bulletin", len(got), len(want))
	}
	_, stderr, code = qingdan(t, "merge", returns, "-o", merged, "--report", merged)
	if code != exitUsage || !strings.Contains(stderr, "就是汇总表") {
		t.Errorf("--report over the merged workbook: exit %d: %s", code, stderr)
	}
}
