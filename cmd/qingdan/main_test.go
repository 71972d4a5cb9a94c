package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/internal/golden"
	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/internal/pdftext"
	"github.com/qingdan/qingdan/samples"
)

// qingdan runs the command line with args and returns what it printed and
// its exit status.
func qingdan(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Setenv("QINGDAN_NO_SYSTEM_FONTS", "1") // the developer's fonts must not change the output
	var out, errOut bytes.Buffer
	code = run(append([]string{"qingdan"}, args...), &out, &errOut)
	return out.String(), errOut.String(), code
}

// sheetRows reads the rows of one sheet of a workbook the binary wrote.
func sheetRows(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows(sheet)
	if err != nil {
		t.Fatalf("%s: %v", sheet, err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: sheet %s is empty", path, sheet)
	}
	return rows
}

// sampleReturns writes the bundled returns into a folder and returns it.
func sampleReturns(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	returns := filepath.Join(dir, "回收表")
	if err := samples.WriteTo(dir, returns); err != nil {
		t.Fatal(err)
	}
	return returns
}

// TestCheckJSONSamples checks the counts the samples were written to give
// (see samples/gen/make_samples.py) as of the end of the third quarter.
func TestCheckJSONSamples(t *testing.T) {
	out, errOut, code := qingdan(t, "check", sampleReturns(t), "--as-of", "2026-09-30", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got jsonResult
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := map[string]int{"已完成": 19, "推进中": 16, "滞后": 5, "逾期": 3, "未达标": 1, "未报送": 4}
	if got.AsOf != "2026-09-30" || got.Tasks != 46 || got.Outcomes != 48 || len(got.Items) != 48 {
		t.Errorf("as_of %s tasks %d outcomes %d items %d", got.AsOf, got.Tasks, got.Outcomes, len(got.Items))
	}
	for s, n := range want {
		if got.ByStatus[s] != n {
			t.Errorf("by_status[%s] = %d, want %d", s, got.ByStatus[s], n)
		}
	}
	if len(got.Departments) != 12 {
		t.Errorf("%d departments, want 12 lead units", len(got.Departments))
	}
	depts := map[string]jsonDept{}
	for _, d := range got.Departments {
		depts[d.Name] = d
	}
	if d := depts["老龄健康处"]; d.Tasks != 3 || d.ByStatus["未报送"] != 3 {
		t.Errorf("老龄健康处 sent nothing: %+v", d)
	}
	if d := depts["医政医管处"]; d.Outcomes != 6 || d.ByStatus["未达标"] != 1 || d.ByStatus["逾期"] != 1 || d.Completion != 0.5 {
		t.Errorf("医政医管处: %+v", d)
	}
	items := map[string]jsonItem{}
	for _, it := range got.Items {
		items[it.TaskID+"-"+it.OutcomeID] = it
		if it.Dept == "" || it.Lead == "" || it.Light == "" {
			t.Errorf("item %+v lacks dept, lead or light", it)
		}
	}
	cases := []struct{ key, status, light, file string }{
		{"8-1", "未达标", "红", "回收表/医政医管处-成果清单(1).xlsx"},
		{"15-1", "滞后", "黄", "回收表/基层卫生健康处-工作清单.xlsx"},
		{"10-1", "滞后", "黄", "回收表/医政医管处-成果清单(1).xlsx"},   // behind 序时进度
		{"29-1", "已完成", "绿", "回收表/中医药处-工作清单.xlsx"},      // "２２场", full-width
		{"35-1", "已完成", "绿", "回收表/科技教育处-重点工作任务清单.xlsx"}, // renamed columns
		{"37-1", "逾期", "红", "回收表/科技教育处-重点工作任务清单.xlsx"},
		{"25-1", "未报送", "红", "回收表/妇幼健康处-工作清单.xlsx"},
	}
	for _, c := range cases {
		it, ok := items[c.key]
		if !ok || it.Status != c.status || it.Light != c.light || it.File != c.file {
			t.Errorf("item %s = %+v, want %s %s from %s", c.key, it, c.status, c.light, c.file)
		}
	}
	// 科技教育处's three sheets lack columns (one problem each), 办公室 left a
	// note under its table, 综合监督处 added a column, 老龄健康处 sent nothing.
	if got.Problems != 6 {
		t.Errorf("problems %d, want 6", got.Problems)
	}
}

func TestCheckTable(t *testing.T) {
	out, errOut, code := qingdan(t, "check", sampleReturns(t), "--as-of", "2026-09-30")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden.Check(t, "check_samples.golden", out)
}

// TestDemo runs the whole path on the bundled samples.
func TestDemo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "演示 目录")
	out, errOut, code := qingdan(t, "demo", "-o", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden.Check(t, "demo.golden", strings.ReplaceAll(out, dir, "DIR"))
	for _, name := range []string{"模板.xlsx", "汇总.xlsx", "督查通报.pdf", "工作要点.txt", "样例回收表/医政医管处-成果清单(1).xlsx"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "督查通报.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Pages(pdf)
	if err != nil || len(pages) < 3 || !strings.Contains(pages[0], "2026年第三季度重点工作任务督查通报") {
		t.Errorf("the PDF has %d pages (%v)", len(pages), err)
	}
	x, err := excelize.OpenFile(filepath.Join(dir, "汇总.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	want := "完成情况,单位统计,考核结果,问题清单,任务清单,责任清单,成果清单,单位,考核设置,督查设置,总表任务清单,总表责任清单,总表成果清单,qingdan文件,qingdan期,qingdan"
	if got := strings.Join(x.GetSheetList(), ","); got != want {
		t.Errorf("merged sheets %s, want %s", got, want)
	}
	// Running again over the same folder replaces the outputs.
	if _, errOut, code := qingdan(t, "demo", "-o", dir); code != exitOK {
		t.Fatalf("second run: exit %d: %s", code, errOut)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".qingdan-*.tmp"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

// TestMergeBadFilesAmongGood checks that files that cannot be read are
// reported and the others merged all the same.
func TestMergeBadFilesAmongGood(t *testing.T) {
	returns := sampleReturns(t)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(returns, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("损坏的文件.xlsx", []byte("PK\x03\x04 broken"))
	write("~$医政医管处-成果清单(1).xlsx", []byte("lock"))
	write(".~lock.财务处-工作清单.xlsx#", []byte("lock"))
	write("旧格式.xls", hostile.OLE(false))
	write("金山格式.et", hostile.OLE(false))
	write("加密的.xlsx", hostile.OLE(true))
	write("空文件.xlsx", nil)
	write("伪造大小.xlsx", hostile.LyingZip(hostile.Workbook("伪造处", 3000)))
	write("压缩炸弹.xlsx", hostile.ZipBomb(600<<20, true))
	write("导出.csv", []byte("任务编号,完成值\n1,30%\n"))
	write("说明.txt", []byte("请查收"))
	out := filepath.Join(t.TempDir(), "汇总.xlsx")
	stdout, errOut, code := qingdan(t, "merge", returns, "-o", out, "--as-of", "2026-09-30")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(stdout, "读取工作簿 19 个（其中 8 个无法读取）") || !strings.Contains(stdout, "汇总任务 46 项、成果 48 项") {
		t.Errorf("summary:\n%s", stdout)
	}
	rows := sheetRows(t, out, "问题清单")
	found := map[string]string{}
	for _, r := range rows[1:] {
		found[filepath.Base(r[3])] = r[0] + " " + r[8]
	}
	for file, want := range map[string]string{
		"损坏的文件.xlsx":           "错误 F01",
		"旧格式.xls":              "错误 F01",
		"~$医政医管处-成果清单(1).xlsx": "提示 F04",
		"说明.txt":               "提示 F04",
	} {
		if found[file] != want {
			t.Errorf("问题清单 for %s: %q, want %q", file, found[file], want)
		}
	}
}

func TestMergeNeverOverwritesAnInput(t *testing.T) {
	returns := sampleReturns(t)
	input := filepath.Join(returns, "办公室-工作清单.xlsx")
	before, _ := os.ReadFile(input)
	_, errOut, code := qingdan(t, "merge", returns, "-o", input)
	if code != exitUsage || !strings.Contains(errOut, "是输入文件之一") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	after, _ := os.ReadFile(input)
	if !bytes.Equal(before, after) {
		t.Error("the input was changed")
	}
}

func TestTemplateCommand(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := qingdan(t, "template", "-o", dir, "--dept", "医政医管处", "--dept", "办公室（对外合作交流处）")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, name := range []string{"医政医管处-工作清单.xlsx", "办公室（对外合作交流处）-工作清单.xlsx"} {
		if !strings.Contains(out, name) {
			t.Errorf("output does not name %s: %s", name, out)
		}
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	if _, _, code := qingdan(t, "template", "-o", dir); code != exitOK {
		t.Error("blank template failed")
	}
	if _, err := os.Stat(filepath.Join(dir, "模板.xlsx")); err != nil {
		t.Error(err)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--help"}, exitOK, "命令："},
		{[]string{"merge", "--help"}, exitOK, "选项："},
		{[]string{"help", "report"}, exitOK, "督查通报"},
		{[]string{"merge"}, exitUsage, "请给出汇总表或各单位报回的工作簿"},
		{[]string{"merge", "x", "--bogus"}, exitUsage, "没有这个选项"},
		{[]string{"frobnicate"}, exitUsage, "没有“frobnicate”这个命令"},
		{[]string{"check", "--as-of", "下周", "x"}, exitUsage, "无法识别"},
		{[]string{"template"}, exitUsage, "用法错误"},
		{[]string{"check", "没有这个文件夹"}, exitError, "找不到 没有这个文件夹"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errOut, code := qingdan(t, tt.args...)
			if code != tt.code || !strings.Contains(out+errOut, tt.says) {
				t.Errorf("exit %d, want %d; output does not say %q:\n%s%s", code, tt.code, tt.says, out, errOut)
			}
			for _, english := range []string{"USAGE", "COMMANDS", "GLOBAL OPTIONS", "Incorrect Usage", "panic"} {
				if strings.Contains(out+errOut, english) {
					t.Errorf("output has %q:\n%s%s", english, out, errOut)
				}
			}
		})
	}
}

// TestCheckEveryStatus reads a return built to show every status, light
// and evaluation problem (testdata/make_statuses.py).
func TestCheckEveryStatus(t *testing.T) {
	out, errOut, code := qingdan(t, "check", filepath.Join("testdata", "statuses.xlsx"), "--as-of", "2026-09-30", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got jsonResult
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"1": {"已完成", "绿"}, "2": {"未达标", "红"}, "3": {"未达标", "红"}, "4": {"已完成", "绿"},
		"5": {"已完成", "绿"}, "6": {"逾期", "红"}, "7": {"未报送", "红"}, "8": {"滞后", "黄"},
		"9": {"滞后", "黄"}, "10": {"滞后", "黄"}, "11": {"推进中", "绿"}, "12": {"已完成", "绿"},
		"13": {"未报送", "红"}, "14": {"未达标", "红"}, "15": {"未报送", "红"},
	}
	if len(got.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(got.Items), len(want))
	}
	for _, it := range got.Items {
		if w := want[it.TaskID]; it.Status != w[0] || it.Light != w[1] {
			t.Errorf("task %s: %s %s (%s), want %s %s", it.TaskID, it.Status, it.Light, it.Reason, w[0], w[1])
		}
	}

	merged := filepath.Join(t.TempDir(), "汇总.xlsx")
	if _, errOut, code := qingdan(t, "merge", filepath.Join("testdata", "statuses.xlsx"), "-o", merged, "--as-of", "2026-09-30"); code != exitOK {
		t.Fatalf("merge: exit %d: %s", code, errOut)
	}
	rows := sheetRows(t, merged, "问题清单")
	cells := map[string]string{}
	for _, r := range rows[1:] {
		cells[r[8]] = r[4] + "!" + r[5]
	}
	for code, cell := range map[string]string{"V05": "成果清单!E4", "V07": "成果清单!G5", "V04": "成果清单!F14", "V01": "成果清单!E15"} {
		if cells[code] != cell {
			t.Errorf("problem %s at %q, want %s", code, cells[code], cell)
		}
	}
}

// TestPlanDispatchRoundTrip reads the sample plan, dispatches it, fills the
// departments' workbooks the way they would, and merges them against the
// plan: every value comes back at its source, a changed target is flagged
// and a department that sent nothing shows its tasks 未报送.
func TestPlanDispatchRoundTrip(t *testing.T) {
	dir := t.TempDir()
	master := filepath.Join(dir, "任务总表.xlsx")
	planText := filepath.Join(dir, "工作要点.txt")
	if err := samples.WriteTo(dir, filepath.Join(dir, "样例")); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := qingdan(t, "plan", planText, "-o", master); code != exitOK {
		t.Fatalf("plan: exit %d: %s", code, errOut)
	}
	sent := filepath.Join(dir, "下发")
	out, errOut, code := qingdan(t, "template", "--plan", master, "-o", sent, "--period", "2026年第三季度")
	if code != exitOK {
		t.Fatalf("template --plan: exit %d: %s", code, errOut)
	}
	if strings.Count(out, "已写入") != 12 {
		t.Errorf("dispatched to %d departments, want 12:\n%s", strings.Count(out, "已写入"), out)
	}

	// Each department but 老龄健康处 fills its workbook and sends it back
	// under a name of its own.
	back := filepath.Join(dir, "回收")
	os.MkdirAll(back, 0o755)
	files, _ := filepath.Glob(filepath.Join(sent, "*.xlsx"))
	filled := map[string]string{} // "file!cell" → value written
	for i, f := range files {
		if strings.Contains(f, "老龄健康处") {
			continue
		}
		x, err := excelize.OpenFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := x.GetRows("成果清单")
		name := fmt.Sprintf("报送%02d.xlsx", i) // renamed: the hidden sheet tells the department
		for r := 2; r <= len(rows); r++ {
			if len(rows[r-1]) == 0 || rows[r-1][0] == "" {
				break
			}
			for col, v := range map[string]string{"E": fmt.Sprintf("%d家", r), "F": "推进中", "G": fmt.Sprintf("第%d行的进展", r)} {
				x.SetCellValue("成果清单", fmt.Sprintf("%s%d", col, r), v)
				filled[fmt.Sprintf("%s!%s%d", name, col, r)] = v
			}
		}
		if strings.Contains(f, "医政医管处") {
			x.SetCellValue("成果清单", "D2", "控制在9天以内") // the plan says 8
		}
		if err := x.SaveAs(filepath.Join(back, name)); err != nil {
			t.Fatal(err)
		}
		x.Close()
	}

	merged := filepath.Join(dir, "汇总.xlsx")
	out, errOut, code = qingdan(t, "merge", back, "--plan", master, "--as-of", "2026-09-30", "-o", merged)
	if code != exitOK {
		t.Fatalf("merge --plan: exit %d: %s", code, errOut)
	}
	rows := sheetRows(t, merged, "成果清单")
	header := rows[0]
	col := func(name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	src, pos := col("来源文件"), col("来源位置")
	got := map[string]string{}
	for _, r := range rows[1:] {
		_, row, _ := strings.Cut(r[pos], "!")
		for name, letter := range map[string]string{"完成值": "E", "完成状态": "F", "进展情况": "G"} {
			if i := col(name); i < len(r) && r[i] != "" {
				got[fmt.Sprintf("%s!%s%s", filepath.Base(r[src]), letter, row)] = r[i]
			}
		}
	}
	for k, v := range filled {
		if got[k] != v {
			t.Errorf("%s: merged %q, want %q", k, got[k], v)
		}
	}
	if len(filled) < 200 {
		t.Errorf("only %d values filled", len(filled))
	}
	problems := sheetRows(t, merged, "问题清单")
	codes := map[string]string{}
	for _, p := range problems[1:] {
		codes[p[8]] += p[2] + " " + p[5] + ";"
	}
	if !strings.Contains(codes["M06"], "医政医管处 D2") {
		t.Errorf("changed target not flagged: %v", codes)
	}
	if !strings.Contains(codes["M05"], "老龄健康处") {
		t.Errorf("silent department not flagged: %v", codes)
	}
	if !strings.Contains(out, "未报送 3") {
		t.Errorf("summary:\n%s", out)
	}
}

// TestAssessmentReport makes the year-end assessment against a master
// whose 考核设置 sheet the office edited.
func TestAssessmentReport(t *testing.T) {
	dir := t.TempDir()
	if err := samples.WriteTo(dir, filepath.Join(dir, "回收表")); err != nil {
		t.Fatal(err)
	}
	master := filepath.Join(dir, "任务总表.xlsx")
	if _, errOut, code := qingdan(t, "plan", filepath.Join(dir, "工作要点.txt"), "-o", master); code != exitOK {
		t.Fatalf("plan: %s", errOut)
	}
	x, err := excelize.OpenFile(master)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows("考核设置")
	x.SetSheetRow("考核设置", fmt.Sprintf("A%d", len(rows)+1), &[]any{"加减分", "财务处", "-1", "预算执行进度通报批评"})
	x.SetSheetRow("考核设置", fmt.Sprintf("A%d", len(rows)+2), &[]any{"等次：优秀", "八十五"})
	x.Save()
	x.Close()
	pdf := filepath.Join(dir, "考核.pdf")
	out, errOut, code := qingdan(t, "report", filepath.Join(dir, "回收表"), "--plan", master, "--kind", "考核", "--as-of", "2026-12-31", "-o", pdf)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(pdf)
	pages, err := pdftext.Pages(data)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(pages, "")
	if !strings.Contains(text, "预算执行进度通报批评") || !strings.Contains(text, "-1.00") {
		t.Errorf("the deduction set in 考核设置 is not in the report:\n%s", out)
	}
	if _, _, code := qingdan(t, "report", filepath.Join(dir, "回收表"), "--kind", "排名", "-o", pdf); code != exitUsage {
		t.Errorf("an unknown --kind gave exit %d", code)
	}
}

func TestReportFontDir(t *testing.T) {
	fonts := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "..", "report", "testdata", "partial.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(fonts, "SimHei.ttf"), data, 0o644)
	pdf := filepath.Join(t.TempDir(), "通报.pdf")
	_, errOut, code := qingdan(t, "report", sampleReturns(t), "--font-dir", fonts, "--as-of", "2026-09-30", "-o", pdf)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"标题：SimHei.ttf", "一级标题：SimHei.ttf", "正文：内置思源宋体（宋体）"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errOut)
		}
	}
}

// TestThresholdFlags: the thresholds of 滞后 can be set without code.
func TestThresholdFlags(t *testing.T) {
	returns := sampleReturns(t)
	out, _, code := qingdan(t, "check", returns, "--as-of", "2026-09-30", "--pace-tolerance", "50%")
	if code != exitOK || !strings.Contains(out, "滞后 4") {
		t.Errorf("with a 50%% pace tolerance, 10-1 (6 of 7.5 expected) is on pace:\n%s", out)
	}
	if _, errOut, code := qingdan(t, "check", returns, "--lag-share", "一半"); code != exitUsage || !strings.Contains(errOut, "无法识别") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}
