package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/qingdan/qingdan/atomicfile"
)

// recordName is the file, in each folder qingdan writes a task list or a
// unit's workbook into, that records what it wrote there: so that a file
// a user has since filled in or corrected is never replaced unasked.
const recordName = ".qingdan-写入记录.json"

// writeRecord is what qingdan last wrote in one folder.
type writeRecord struct {
	Note  string            `json:"说明"`
	Files map[string]string `json:"files"` // file name → SHA-256 of its content
}

func readRecord(dir string) writeRecord {
	rec := writeRecord{Files: map[string]string{}}
	data, err := os.ReadFile(filepath.Join(dir, recordName))
	if err != nil {
		return rec
	}
	if json.Unmarshal(data, &rec) != nil || rec.Files == nil {
		return writeRecord{Files: map[string]string{}}
	}
	return rec
}

func (r writeRecord) save(dir string) error {
	r.Note = "qingdan 写出的文件及其内容的指纹：文件被改动过时，qingdan 不会覆盖它。可以删除。"
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, recordName), func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

// ours reports whether the file at path is, byte for byte, what qingdan
// last wrote there.
func (r writeRecord) ours(path string) bool {
	want, ok := r.Files[filepath.Base(path)]
	if !ok {
		return false
	}
	got, err := fileHash(path)
	return err == nil && got == want
}

func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// written is where writeKept put a file, and what it left alone.
type written struct {
	Path string // the file written
	Kept string // the user's file, left as it was, when Path is beside it
}

// String says what was written, for a message.
func (w written) String() string {
	if w.Kept == "" {
		return "已写入 " + w.Path
	}
	return fmt.Sprintf("已写入 %s（%s 已被修改过或不是 qingdan 写的，没有覆盖它；要覆盖请加 --force）", w.Path, w.Kept)
}

// writeKept writes path whole or not at all, as writeFile does, but never
// over a user's work: a file there that is not what qingdan last wrote is
// left as it is and the new one is written beside it, "名称(2).xlsx",
// unless force is set. A read-only file is an error either way.
func writeKept(path string, force bool, write func(io.Writer) error) (written, error) {
	dir := filepath.Dir(path)
	rec := readRecord(dir)
	out := written{Path: path}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return out, fmt.Errorf("无法写入 %s：这是一个文件夹，请给出文件名", path)
	case err == nil && info.Mode().Perm()&0o200 == 0:
		return out, fmt.Errorf("无法写入 %s：文件是只读的，请取消只读属性或换一个文件名", path)
	case err == nil && !force && !rec.ours(path):
		out.Kept = path
		out.Path = besideName(path, rec)
	case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
		// A part of the path that is a file is told by writeFile.
		return out, fmt.Errorf("无法写入 %s：%s", path, atomicfile.Explain(err))
	}
	var h hash.Hash
	err = writeFile(out.Path, func(w io.Writer) error {
		h = sha256.New()
		return write(io.MultiWriter(w, h))
	})
	if err != nil {
		return out, err
	}
	rec = readRecord(dir) // as it is now, should another run have written
	rec.Files[filepath.Base(out.Path)] = hex.EncodeToString(h.Sum(nil))
	if err := rec.save(dir); err != nil {
		return out, fmt.Errorf("已写入 %s，但无法更新写入记录 %s：%v", out.Path, filepath.Join(dir, recordName), err)
	}
	return out, nil
}

// besideName is the first of "名称(2).xlsx", "名称(3).xlsx"… beside path
// that is free, or that holds what qingdan last wrote there.
func besideName(path string, rec writeRecord) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for n := 2; ; n++ {
		p := fmt.Sprintf("%s(%d)%s", stem, n, ext)
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) || rec.ours(p) {
			return p
		}
	}
}
