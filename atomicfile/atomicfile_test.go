package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "子文件夹", "汇总.xlsx")
	if err := Write(path, writeString("第一版")); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, writeString("第二版")); err != nil {
		t.Fatal(err)
	}
	// A write that fails leaves the earlier file as it was.
	failed := errors.New("写到一半失败")
	if err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "半个文件")
		return failed
	}); !errors.Is(err, failed) {
		t.Errorf("error %v, want the writer's", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "第二版" {
		t.Errorf("file holds %q", b)
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "子文件夹", ".qingdan-*")); len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestWriteRefuses(t *testing.T) {
	dir := t.TempDir()
	readOnly := filepath.Join(dir, "只读.xlsx")
	os.WriteFile(readOnly, []byte("用户的文件"), 0o444)
	file := filepath.Join(dir, "文件")
	os.WriteFile(file, nil, 0o644)
	for _, tt := range []struct {
		name, path, says string
	}{
		{"folder", dir, "文件夹"},
		{"read-only", readOnly, "只读"},
		{"under a file", filepath.Join(file, "汇总.xlsx"), "不是文件夹"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(tt.path, writeString("新的"))
			if err == nil || !strings.Contains(err.Error(), tt.says) || !strings.Contains(err.Error(), filepath.Base(tt.path)) {
				t.Errorf("error %v, want one naming the file and saying %q", err, tt.says)
			}
		})
	}
	if b, _ := os.ReadFile(readOnly); string(b) != "用户的文件" {
		t.Error("a read-only file was replaced")
	}
}

func TestExplain(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}, "找不到"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "没有权限"},
		{&fs.PathError{Op: "read", Path: "x", Err: syscall.EISDIR}, "文件夹"},
		{&fs.PathError{Op: "open", Path: "x/y", Err: syscall.ENOTDIR}, "不是文件夹"},
		{&fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, "磁盘已满"},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EEXIST}, "已存在"},
		{errors.New("something else"), "操作系统"},
	} {
		if got := Explain(tt.err); !strings.Contains(got, tt.want) {
			t.Errorf("Explain(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// A run stopped while writing (Ctrl+C) leaves no temporary file beside
// the output, and the file it was to replace as it was.
func TestAbandon(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "汇总.xlsx")
	if err := os.WriteFile(path, []byte("上次的汇总"), 0o644); err != nil {
		t.Fatal(err)
	}
	started, release, done := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() {
		done <- Write(path, func(w io.Writer) error {
			io.WriteString(w, "写了一半")
			close(started)
			<-release
			return nil
		})
	}()
	<-started
	Abandon()
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("beside the output: %v, want only 汇总.xlsx", left)
	}
	close(release)
	<-done
	if b, _ := os.ReadFile(path); string(b) != "上次的汇总" {
		t.Errorf("the earlier file holds %q", b)
	}
}
