package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFile writes an output whole or not at all: into a temporary file
// beside path, renamed over path only when write has succeeded. An
// interrupted or failed run leaves any earlier file at path as it was.
func writeFile(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("创建文件夹 %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".qingdan-*.tmp")
	if err != nil {
		return fmt.Errorf("写入 %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("写入 %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("写入 %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("写入 %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("写入 %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("无法写入 %s：文件可能正在被 Excel、WPS 或 PDF 阅读器打开，请关闭后重试", path)
		}
		return fmt.Errorf("写入 %s: %w", path, err)
	}
	return nil
}

// checkNotInput refuses an output path that is one of the inputs or lies
// inside an input folder's files, so that no return is ever overwritten.
func checkNotInput(output string, inputs []input) error {
	out, err := os.Stat(output)
	if err != nil {
		return nil // a new file cannot be an input
	}
	for _, in := range inputs {
		if info, err := os.Stat(in.path); err == nil && os.SameFile(out, info) {
			return usagef("输出文件 %s 是输入文件之一，请换一个输出文件名", output)
		}
	}
	return nil
}
