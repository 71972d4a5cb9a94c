package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/samples"
)

// TestNeverOverwriteUserWork runs template and plan twice with the user's
// changes in between: an unchanged output is replaced, a changed one is
// kept and the new one written beside it, --force replaces.
func TestNeverOverwriteUserWork(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	data, err := fs.ReadFile(samples.FS(), samples.PlanFile)
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, "工作要点.txt", data)

	mustRun := func(args ...string) string {
		t.Helper()
		out, errOut, code := qingdan(t, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s%s", args, code, out, errOut)
		}
		checkChinese(t, out+errOut)
		return out
	}
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	exists := func(name string) bool {
		_, err := os.Stat(name)
		return err == nil
	}

	t.Run("plan", func(t *testing.T) {
		mustRun("plan", "工作要点.txt", "-o", "任务总表.xlsx")
		if out := mustRun("plan", "工作要点.txt", "-o", "任务总表.xlsx"); strings.Contains(out, "(2)") || exists("任务总表(2).xlsx") {
			t.Errorf("an unchanged task list was not replaced:\n%s", out)
		}
		corrected := append(read("任务总表.xlsx"), ' ') // the user's correction
		writeTestFile(t, "任务总表.xlsx", corrected)
		out := mustRun("plan", "工作要点.txt", "-o", "任务总表.xlsx")
		if !bytes.Equal(read("任务总表.xlsx"), corrected) {
			t.Error("the corrected task list was overwritten")
		}
		if !exists("任务总表(2).xlsx") || !strings.Contains(out, "任务总表(2).xlsx") || !strings.Contains(out, "--force") {
			t.Errorf("the new task list is not beside it, or not said:\n%s", out)
		}
		// Again: (2) is qingdan's own and unchanged, so it is replaced.
		mustRun("plan", "工作要点.txt", "-o", "任务总表.xlsx")
		if exists("任务总表(3).xlsx") {
			t.Error("a third copy was written")
		}
		mustRun("plan", "工作要点.txt", "-o", "任务总表.xlsx", "--force")
		if bytes.Equal(read("任务总表.xlsx"), corrected) {
			t.Error("--force did not replace")
		}
	})

	t.Run("template", func(t *testing.T) {
		mustRun("template", "-o", "下发", "--dept", "办公室")
		name := filepath.Join("下发", "办公室-工作清单.xlsx")
		filled := append(read(name), ' ')
		writeTestFile(t, name, filled)
		// A file with no record (an older qingdan, or the user's own) is kept too.
		writeTestFile(t, filepath.Join("下发", "模板.xlsx"), []byte("用户自己的文件"))
		out := mustRun("template", "-o", "下发", "--dept", "办公室")
		out += mustRun("template", "-o", "下发")
		if !bytes.Equal(read(name), filled) || string(read(filepath.Join("下发", "模板.xlsx"))) != "用户自己的文件" {
			t.Error("a filled-in workbook was overwritten")
		}
		for _, beside := range []string{"办公室-工作清单(2).xlsx", "模板(2).xlsx"} {
			if !exists(filepath.Join("下发", beside)) || !strings.Contains(out, beside) {
				t.Errorf("%s not written or not said:\n%s", beside, out)
			}
		}
	})

	t.Run("read-only", func(t *testing.T) {
		mustRun("template", "-o", "只读")
		name := filepath.Join("只读", "模板.xlsx")
		if err := os.Chmod(name, 0o444); err != nil {
			t.Fatal(err)
		}
		before := read(name)
		for _, force := range []bool{false, true} {
			args := []string{"template", "-o", "只读"}
			if force {
				args = append(args, "--force")
			}
			out, errOut, code := qingdan(t, args...)
			if code != exitError || !strings.Contains(errOut, "只读") {
				t.Errorf("%v: exit %d: %s%s", args, code, out, errOut)
			}
		}
		if !bytes.Equal(read(name), before) {
			t.Error("a read-only file was replaced")
		}
	})
}

// TestReturnsCopiesAsReported merges two folders of the same name and two
// same-named files given one by one: each gets its own copy, and the count
// printed is the count on disk.
func TestReturnsCopiesAsReported(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, d := range []string{"一组", "二组"} {
		if err := samples.WriteTo(d, filepath.Join(d, "回收表")); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := qingdan(t, "merge", filepath.Join("一组", "回收表"), filepath.Join("二组", "回收表"),
		filepath.Join("一组", "回收表", "办公室-工作清单.xlsx"), filepath.Join("二组", "回收表", "办公室-工作清单.xlsx"),
		"-o", "汇总.xlsx", "--returns", "退回", "--as-of", "2026-09-30")
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	checkChinese(t, out+errOut)
	var n int
	if _, err := fmt.Sscanf(out[strings.Index(out, "退回修改的工作簿"):], "退回修改的工作簿 %d 个", &n); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	var onDisk []string
	filepath.WalkDir("退回", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			onDisk = append(onDisk, path)
		}
		return nil
	})
	if n == 0 || n != len(onDisk) {
		t.Errorf("%d copies reported, %d on disk: %v\n%s", n, len(onDisk), onDisk, out)
	}
}
