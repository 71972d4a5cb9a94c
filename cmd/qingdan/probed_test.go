package main

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/samples"
)

// TestReportPreviousFromAnotherPlan gives report, as the previous period,
// a summary merged against another task list: the two cannot be compared,
// and report says so instead of printing a change in the completion rate.
func TestReportPreviousFromAnotherPlan(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	text, err := fs.ReadFile(samples.FS(), samples.PlanFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := samples.WriteTo(dir, "回收表"); err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, "今年.txt", text)
	// Another version of the plan: one target changed.
	other := strings.Replace(string(text), "不低于36%", "不低于40%", 1)
	if other == string(text) {
		t.Fatal("the sample plan has changed: pick another target to change")
	}
	writeTestFile(t, "另一版.txt", []byte(other))
	for _, args := range [][]string{
		{"plan", "今年.txt", "-o", "任务总表.xlsx"},
		{"plan", "另一版.txt", "-o", "另一版任务总表.xlsx"},
		{"merge", "回收表", "--plan", "另一版任务总表.xlsx", "-o", "上期.xlsx", "--as-of", "2026-06-30"},
	} {
		if out, errOut, code := qingdan(t, args...); code != exitOK {
			t.Fatalf("%v: exit %d: %s%s", args, code, out, errOut)
		}
	}
	out, errOut, code := qingdan(t, "report", "回收表", "--plan", "任务总表.xlsx", "--previous", "上期.xlsx",
		"-o", filepath.Join(dir, "通报.pdf"), "--as-of", "2026-09-30")
	if code != exitError || !strings.Contains(errOut, "另一版任务总表") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	checkChinese(t, out+errOut)
}

// TestVersionSaysWindows checks that the oldest Windows qingdan runs on is
// told where a user looks: --version and --help.
func TestVersionSaysWindows(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-v"}, {"--help"}} {
		out, errOut, code := qingdan(t, args...)
		if code != exitOK || !strings.Contains(out, "Windows 10") || !strings.Contains(out, "Windows Server 2016") {
			t.Errorf("%v: exit %d:\n%s%s", args, code, out, errOut)
		}
	}
}

// TestPlanWithoutUnits reads numbered text that names no department: the
// task list is written, and the user told that no unit was found.
func TestPlanWithoutUnits(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTestFile(t, "笔记.txt", []byte("一、学习\n(一)读完第一章。\n(二)读完第二章。\n"))
	out, errOut, code := qingdan(t, "plan", "笔记.txt", "-o", "任务总表.xlsx")
	if code != exitOK || !strings.Contains(out, "没有识别到任何牵头或配合单位") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	checkChinese(t, out+errOut)
}

// TestPlanGoesOnPastABadFile gives plan a good file between two bad ones:
// the task list is written from the good one, each bad one is named, and
// the exit status says not everything was read.
func TestPlanGoesOnPastABadFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	text, err := fs.ReadFile(samples.FS(), samples.PlanFile)
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, "工作要点.txt", text)
	writeTestFile(t, "坏.docx", []byte("PK\x03\x04 broken"))
	out, errOut, code := qingdan(t, "plan", "不存在.txt", "工作要点.txt", "坏.docx", "-o", "任务总表.xlsx")
	if code != exitError || !strings.Contains(out, "任务 46 项") || !strings.Contains(out, "不存在.txt") ||
		!strings.Contains(out, "坏.docx") || !strings.Contains(errOut, "2 个文件未能读取") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
	if rows := sheetRows(t, "任务总表.xlsx", "任务清单"); len(rows) != 47 {
		t.Errorf("%d rows in 任务清单, want a header and 46 tasks", len(rows))
	}
	checkChinese(t, out+errOut)
}

func TestChineseOnly(t *testing.T) {
	for in, want := range map[string]string{
		"无法读取 坏.docx：不是有效的 Word .docx 文档: XML syntax error on line 1": "无法读取 坏.docx：不是有效的 Word .docx 文档",
		"找不到 New Microsoft Excel Worksheet.xlsx，请检查路径是否正确":            "找不到 New Microsoft Excel Worksheet.xlsx，请检查路径是否正确",
		"open x.xlsx: no such file or directory":                      "无法完成（原因未能识别），请检查所给的文件",
		"请运行 qingdan --help 查看用法":                                     "请运行 qingdan --help 查看用法",
	} {
		if got := chineseOnly(in); got != want {
			t.Errorf("chineseOnly(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReturnsStylesLess sends back a workbook written without a styles
// part (as some libraries write them): its copy is made and marked.
func TestReturnsStylesLess(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTestFile(t, filepath.Join("回收表", "办公室.xlsx"), hostile.Workbook("办公室", 5))
	out, errOut, code := qingdan(t, "merge", "回收表", "-o", "汇总.xlsx", "--returns", "退回", "--as-of", "2026-09-30")
	if code != exitOK || !strings.Contains(out, "退回修改的工作簿 1 个") {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	checkChinese(t, out+errOut)
	rows := sheetRows(t, filepath.Join("退回", "回收表", "办公室-退回修改.xlsx"), "退回说明")
	if len(rows) < 2 {
		t.Errorf("退回说明 lists no problem: %v", rows)
	}
}
