package main

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/samples"
)

// leaks are the marks of a library's or the runtime's own words reaching
// the user: each must have been translated into Chinese first.
var leaks = regexp.MustCompile(`(?i)no such file|permission denied|is a directory|not a directory|` +
	`incorrect usage|parse error|coordinates|xml syntax|file exists|panic|goroutine|` +
	`flag provided|invalid|unexpected|cannot|failed|error|zip:|flate|usage:|options:|commands:`)

// englishWords is two or more English words in a row, as a library writes
// them ("open 不存在.xlsx: no such file"); qingdan's own messages name
// programs and formats one word at a time ("Excel 或 WPS").
var englishWords = regexp.MustCompile(`[A-Za-z]{2,}[ :]+[A-Za-z]{2,}`)

// ownWords are the English a message may hold: the program's name before
// a command, and options.
var ownWords = regexp.MustCompile(`qingdan( [a-z]+)?|--?[a-z][a-z-]*`)

// checkChinese fails when a message of qingdan's holds untranslated text.
func checkChinese(t *testing.T, out string) {
	t.Helper()
	if m := leaks.FindString(out); m != "" {
		t.Errorf("output has %q:\n%s", m, out)
	}
	if m := englishWords.FindString(ownWords.ReplaceAllString(out, "")); m != "" {
		t.Errorf("output has English %q:\n%s", m, out)
	}
}

// errorCase is one way of calling qingdan wrongly, in a folder made for it.
type errorCase struct {
	name  string
	setup func(t *testing.T, dir string) // makes the files the case needs
	args  []string                       // relative to the case's folder
	code  int
	says  string // the message names this
}

func TestErrorPaths(t *testing.T) {
	write := func(name string, data []byte) func(*testing.T, string) {
		return func(t *testing.T, dir string) { writeTestFile(t, filepath.Join(dir, name), data) }
	}
	both := func(steps ...func(*testing.T, string)) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			for _, f := range steps {
				f(t, dir)
			}
		}
	}
	folder := func(name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	readOnly := func(name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			writeTestFile(t, filepath.Join(dir, name), []byte("旧的内容"))
			if err := os.Chmod(filepath.Join(dir, name), 0o444); err != nil {
				t.Fatal(err)
			}
		}
	}
	planText := func(t *testing.T, dir string) {
		data, err := fs.ReadFile(samples.FS(), samples.PlanFile)
		if err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, filepath.Join(dir, "工作要点.txt"), data)
	}
	master := func(t *testing.T, dir string) {
		planText(t, dir)
		if _, errOut, code := qingdan(t, "plan", filepath.Join(dir, "工作要点.txt"), "-o", filepath.Join(dir, "任务总表.xlsx")); code != exitOK {
			t.Fatalf("plan: exit %d: %s", code, errOut)
		}
	}
	returns := func(t *testing.T, dir string) {
		if err := samples.WriteTo(dir, filepath.Join(dir, "回收表")); err != nil {
			t.Fatal(err)
		}
	}
	sparse := func(t *testing.T, dir string) {
		f, err := os.Create(filepath.Join(dir, "巨大.txt"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(1500 << 20); err != nil {
			t.Skip("no sparse files here:", err)
		}
	}
	tests := []errorCase{
		// The command line itself.
		{"unknown command", nil, []string{"frobnicate"}, exitUsage, "frobnicate"},
		{"unknown flag", nil, []string{"--bogus"}, exitUsage, "bogus"},
		{"unknown command flag", nil, []string{"merge", "x", "--bogus"}, exitUsage, "bogus"},
		{"help unknown flag", nil, []string{"help", "--bogus"}, exitUsage, "bogus"},
		{"help unknown command", nil, []string{"help", "frobnicate"}, exitUsage, "frobnicate"},
		{"flag without value", nil, []string{"merge", "x", "-o"}, exitUsage, "-o 缺少取值"},
		{"flag without value first", nil, []string{"merge", "-o"}, exitUsage, "缺少取值"},
		{"bool flag with value", nil, []string{"merge", "x", "--strict=maybe"}, exitUsage, "strict"},
		{"plan bad year", planText, []string{"plan", "工作要点.txt", "--year", "abc"}, exitUsage, "abc"},
		{"merge bad year", nil, []string{"merge", "x", "--year", "abc"}, exitUsage, "abc"},
		{"merge bad date", nil, []string{"merge", "x", "--as-of", "下周"}, exitUsage, "下周"},
		{"check bad date", nil, []string{"check", "x", "--as-of", "2026-13-01"}, exitUsage, "2026-13-01"},
		{"template no output", nil, []string{"template"}, exitUsage, "-o"},
		{"template argument", nil, []string{"template", "多余", "-o", "下发"}, exitUsage, "多余"},
		{"plan no input", nil, []string{"plan"}, exitUsage, "工作要点"},
		{"report bad kind", returns, []string{"report", "回收表", "--kind", "年报", "-o", "通报.pdf"}, exitUsage, "年报"},

		// Plans.
		{"plan missing", nil, []string{"plan", "不存在.docx"}, exitError, "不存在.docx"},
		{"plan folder", folder("要点"), []string{"plan", "要点"}, exitError, "要点"},
		{"plan empty", write("空.txt", nil), []string{"plan", "空.txt"}, exitError, "空.txt"},
		{"plan letter", write("通知.txt", []byte("各处室：\n请于本周五前报送材料。\n办公室\n")), []string{"plan", "通知.txt"}, exitError, "没有找到"},
		{"plan pdf", write("要点.pdf", []byte("%PDF-1.4\n")), []string{"plan", "要点.pdf"}, exitError, "PDF"},
		{"plan odt", write("要点.odt", zipOf(t, "content.xml", "<office:document-content/>")), []string{"plan", "要点.odt"}, exitError, "要点.odt"},
		{"plan legacy doc", write("要点.doc", hostile.OLE(false)), []string{"plan", "要点.doc"}, exitError, ".docx"},
		{"plan encrypted docx", write("加密.docx", hostile.OLE(true)), []string{"plan", "加密.docx"}, exitError, "密码"},
		{"plan encrypted docx, real", write("加密.docx", encryptedDocx(t)), []string{"plan", "加密.docx"}, exitError, "密码"},
		{"plan legacy doc named docx", write("旧版.docx", hostile.OLE(false)), []string{"plan", "旧版.docx"}, exitError, "旧版"},
		{"plan not a zip", write("坏.docx", []byte("这不是 Word 文档")), []string{"plan", "坏.docx"}, exitError, "坏.docx"},
		{"plan broken zip", write("坏.docx", []byte("PK\x03\x04 broken")), []string{"plan", "坏.docx"}, exitError, "坏.docx"},
		{"plan bad xml", write("坏.docx", zipOf(t, "word/document.xml", "<w:document><w:body><w:p>&lol9;</w:p>")), []string{"plan", "坏.docx"}, exitError, "坏.docx"},
		{"plan word lock file", write("~$工作要点.docx", []byte("\x06张三")), []string{"plan", "~$工作要点.docx"}, exitError, "临时文件"},
		{"plan libreoffice lock file", write(".~lock.工作要点.docx#", []byte("张三,host")), []string{"plan", ".~lock.工作要点.docx#"}, exitError, "锁定文件"},
		{"plan spreadsheet", write("要点.xlsx", hostile.Workbook("办公室", 3)), []string{"plan", "要点.xlsx"}, exitError, "要点.xlsx"},
		{"plan huge file", sparse, []string{"plan", "巨大.txt"}, exitError, "巨大.txt"},
		{"plan gbk garbage", write("乱码.txt", []byte{0x81, 0x30, 0xff, 0xfe, 0x00}), []string{"plan", "乱码.txt"}, exitError, "乱码.txt"},
		{"plan output folder", both(planText, folder("任务总表.xlsx")), []string{"plan", "工作要点.txt", "-o", "任务总表.xlsx"}, exitError, "文件夹"},
		{"plan output read-only", both(planText, readOnly("任务总表.xlsx")), []string{"plan", "工作要点.txt", "-o", "任务总表.xlsx", "--force"}, exitError, "只读"},
		{"plan output under a file", both(planText, write("文件", nil)), []string{"plan", "工作要点.txt", "-o", "文件/任务总表.xlsx"}, exitError, "文件"},
		{"plan output is input", planText, []string{"plan", "工作要点.txt", "-o", "工作要点.txt"}, exitUsage, "输入文件"},

		// Templates.
		{"template output is a file", write("下发", nil), []string{"template", "-o", "下发"}, exitError, "下发 是一个文件"},
		{"template plan missing", nil, []string{"template", "--plan", "不存在.xlsx", "-o", "下发"}, exitError, "不存在.xlsx"},
		{"template plan folder", folder("任务总表.xlsx"), []string{"template", "--plan", "任务总表.xlsx", "-o", "下发"}, exitError, "文件夹"},
		{"template plan not a workbook", write("任务总表.xlsx", []byte("文字")), []string{"template", "--plan", "任务总表.xlsx", "-o", "下发"}, exitError, "任务总表.xlsx"},
		{"template plan lock file", write("~$任务总表.xlsx", []byte("lock")), []string{"template", "--plan", "~$任务总表.xlsx", "-o", "下发"}, exitError, "临时文件"},
		{"template plan encrypted", write("任务总表.xlsx", hostile.OLE(true)), []string{"template", "--plan", "任务总表.xlsx", "-o", "下发"}, exitError, "密码"},
		{"template unknown dept", master, []string{"template", "--plan", "任务总表.xlsx", "-o", "下发", "--dept", "不存在处"}, exitError, "不存在处"},
		{"template output read-only", readOnly("下发/模板.xlsx"), []string{"template", "-o", "下发", "--force"}, exitError, "只读"},

		// Merges and checks.
		{"merge missing", nil, []string{"merge", "不存在.xlsx"}, exitError, "不存在.xlsx"},
		{"merge empty folder", folder("回收表"), []string{"merge", "回收表"}, exitError, "回收表"},
		{"merge excel lock file", write("~$办公室.xlsx", []byte("lock")), []string{"merge", "~$办公室.xlsx"}, exitError, "临时文件"},
		{"merge libreoffice lock file", write(".~lock.办公室.xlsx#", []byte("lock")), []string{"merge", ".~lock.办公室.xlsx#"}, exitError, "锁定文件"},
		{"merge only unreadable", both(write("坏/甲.xlsx", []byte("PK\x03\x04 broken")), write("坏/乙.xlsx", hostile.OLE(true))), []string{"merge", "坏"}, exitError, "没有一个文件"},
		// A sheet whose XML is broken is a broken file: nothing read, exit 1.
		{"merge bad entity", write("坏.xlsx", brokenWorkbook(t, "第2项成果", "&lol9;")), []string{"merge", "坏.xlsx", "--returns", "退回"}, exitError, "坏.xlsx"},
		// A cell at a place that cannot be is read by its order in the row;
		// the marked-up copy, which excelize writes, says why it cannot be made.
		{"merge bad cell", write("坏.xlsx", brokenWorkbook(t, `r="C3"`, `r="A0"`)), []string{"merge", "坏.xlsx", "--returns", "退回"}, exitOK, "无法生成退回修改的副本"},
		{"merge no list", write("坏.xlsx", brokenWorkbook(t, "任务编号", "项目")), []string{"merge", "坏.xlsx"}, exitError, "坏.xlsx"},
		{"merge output folder", both(returns, folder("汇总.xlsx")), []string{"merge", "回收表", "-o", "汇总.xlsx"}, exitError, "文件夹"},
		{"merge output read-only", both(returns, readOnly("汇总.xlsx")), []string{"merge", "回收表", "-o", "汇总.xlsx"}, exitError, "只读"},
		{"merge returns is a file", both(returns, write("退回", nil)), []string{"merge", "回收表", "-o", "汇总.xlsx", "--returns", "退回"}, exitError, "退回"},
		{"merge returns inside the input", returns, []string{"merge", "回收表", "-o", "汇总.xlsx", "--returns", "回收表/退回"}, exitUsage, "回收表/退回"},
		{"merge plan missing", returns, []string{"merge", "回收表", "--plan", "不存在.xlsx"}, exitError, "不存在.xlsx"},
		{"merge plan not a workbook", both(returns, write("任务总表.xlsx", []byte("文字"))), []string{"merge", "回收表", "--plan", "任务总表.xlsx"}, exitError, "任务总表.xlsx"},
		{"check missing", nil, []string{"check", "不存在"}, exitError, "不存在"},
		{"check only unreadable", write("坏.xlsx", []byte("PK\x03\x04 broken")), []string{"check", "坏.xlsx"}, exitError, "没有一个文件"},
		{"report output folder", both(returns, folder("通报.pdf")), []string{"report", "回收表", "-o", "通报.pdf"}, exitError, "文件夹"},
		{"report previous missing", returns, []string{"report", "回收表", "-o", "通报.pdf", "--previous", "不存在.xlsx"}, exitError, "不存在.xlsx"},
		{"report previous not a workbook", both(returns, write("上期.xlsx", []byte("文字"))), []string{"report", "回收表", "-o", "通报.pdf", "--previous", "上期.xlsx"}, exitError, "上期.xlsx"},
		{"demo output is a file", write("演示", nil), []string{"demo", "-o", "演示"}, exitError, "演示"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			t.Chdir(dir)
			out, errOut, code := qingdan(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d:\n%s%s", code, tt.code, out, errOut)
			}
			if code != exitOK && strings.TrimSpace(errOut) == "" {
				t.Errorf("exit %d with nothing on stderr:\n%s", code, out)
			}
			if !strings.Contains(out+errOut, tt.says) {
				t.Errorf("output does not say %q:\n%s%s", tt.says, out, errOut)
			}
			checkChinese(t, out+errOut)
		})
	}
}

// TestPermissionDenied reads and writes where the user may not; root may
// everywhere, so it is skipped there.
func TestPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root is never denied")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	writeTestFile(t, "不可读.txt", []byte("一、总体\n(一)任务。\n"))
	writeTestFile(t, "不可读.xlsx", hostile.Workbook("办公室", 3))
	for _, f := range []string{"不可读.txt", "不可读.xlsx"} {
		if err := os.Chmod(f, 0); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir("锁住", 0o555); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"plan", "不可读.txt"},
		{"merge", "不可读.xlsx"},
		{"template", "-o", "锁住"},
		{"template", "-o", "锁住/下发"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out, errOut, code := qingdan(t, args...)
			if code != exitError || !strings.Contains(out+errOut, "权限") {
				t.Errorf("exit %d:\n%s%s", code, out, errOut)
			}
			checkChinese(t, out+errOut)
		})
	}
}

func TestCheckChinese(t *testing.T) {
	for _, s := range []string{
		"错误：open 不存在.xlsx: no such file or directory",
		"错误：读取 x: is a directory",
		"\"abc\" for flag -year: parse error",
		"cannot convert cell \"A0\" to coordinates",
		"Incorrect Usage: flag provided but not defined: -bogus",
		"goroutine 1 [running]:",
	} {
		ft := &testing.T{}
		checkChinese(ft, s)
		if !ft.Failed() {
			t.Errorf("%q passed", s)
		}
	}
	for _, s := range []string{
		"用法错误：没有这个选项：--bogus\n请运行 qingdan --help 查看用法。",
		"请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再汇总",
		"例如：qingdan merge 回收表 -o 汇总.xlsx",
	} {
		checkChinese(t, s)
	}
}

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// zipOf returns a zip archive of one file.
func zipOf(t *testing.T, name, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, err := z.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(content))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// brokenWorkbook is a three-row return whose sheet has old replaced by
// new: an entity or a cell position excelize reports in English.
func brokenWorkbook(t *testing.T, old, new string) []byte {
	t.Helper()
	good := hostile.Workbook("办公室", 3)
	src, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range src.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		data := b.Bytes()
		if f.Name == hostile.SheetPath {
			if !bytes.Contains(data, []byte(old)) {
				t.Fatalf("%s has no %q", f.Name, old)
			}
			data = bytes.Replace(data, []byte(old), []byte(new), 1)
		}
		w, err := z.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// encryptedDocx is a .docx with an opening password, in the container Word
// writes (ECMA-376 agile encryption, as excelize writes it for .xlsx).
func encryptedDocx(t *testing.T) []byte {
	t.Helper()
	data, err := excelize.Encrypt(zipOf(t, "word/document.xml", `<w:document><w:body><w:p><w:r><w:t>一、总体</w:t></w:r></w:p></w:body></w:document>`),
		&excelize.Options{Password: "qd2026"})
	if err != nil {
		t.Fatal(err)
	}
	return data
}
