// Package atomicfile writes a file whole or not at all: into a temporary
// file beside it, renamed over it only when everything was written. An
// interrupted or failed write leaves any earlier file as it was.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
)

// Write writes path with write. Its own errors are in Chinese and name the
// file; an error of write is returned as it is.
func Write(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("无法写入 %s：这是一个文件夹，请给出文件名", path)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		if f := fileInPath(dir); f != "" {
			return fmt.Errorf("无法写入 %s：%s 是一个文件，不是文件夹；请换一个输出位置", path, f)
		}
		return fmt.Errorf("无法为 %s 创建文件夹 %s：%s", path, dir, Explain(err))
	}
	tmp, err := os.CreateTemp(dir, ".qingdan-*.tmp")
	if err != nil {
		return fmt.Errorf("无法写入 %s：%s", path, Explain(err))
	}
	pending.Store(tmp.Name(), true)
	defer pending.Delete(tmp.Name())
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("无法写入 %s：%s", path, Explain(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("无法写入 %s：%s", path, Explain(err))
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("无法写入 %s：%s", path, Explain(err))
	}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("无法写入 %s：文件是只读的，请取消只读属性或换一个文件名", path)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("无法写入 %s：文件可能正在被 Excel、WPS 或 PDF 阅读器打开，请关闭后重试", path)
		}
		return fmt.Errorf("无法写入 %s：%s", path, Explain(err))
	}
	return nil
}

// pending holds the temporary files of the writes under way.
var pending sync.Map

// Abandon removes the temporary files of the writes under way, for a run
// stopped before they end (Ctrl+C): the files they were to replace are
// left as they were.
func Abandon() {
	pending.Range(func(name, _ any) bool {
		os.Remove(name.(string))
		return true
	})
}

// fileInPath returns the first part of dir that is a file, or "".
func fileInPath(dir string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(d); err == nil {
			if !info.IsDir() {
				return d
			}
			return ""
		}
		if parent := filepath.Dir(d); parent == d {
			return ""
		}
	}
}

// Explain says in Chinese why a file could not be read or written.
func Explain(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "找不到文件或文件夹"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限（请检查文件或文件夹的权限，或关闭正在使用它的程序）"
	case errors.Is(err, fs.ErrExist):
		return "文件已存在"
	case errors.Is(err, syscall.EISDIR):
		return "这是一个文件夹，不是文件"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一部分不是文件夹"
	case errors.Is(err, syscall.ENOSPC):
		return "磁盘已满"
	case errors.Is(err, syscall.EROFS):
		return "磁盘是只读的"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "文件名太长"
	case errors.Is(err, syscall.EIO):
		return "读写磁盘时出错（磁盘或网络驱动器可能有故障）"
	}
	if s := explainSystem(err); s != "" {
		return s
	}
	return "操作系统报告错误"
}
