// Package samples holds qingdan's bundled example: the 2026 work plan of a
// fictional city's health commission (plan.txt) and the workbooks its
// departments sent back at the end of the third quarter (returns/). They
// are built into the binary, so `qingdan demo` runs anywhere, and the
// end-to-end tests read them.
//
// The files are written by gen/make_samples.py, which also says what story
// they tell; edit that script, not the files.
package samples

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/qingdan/qingdan/atomicfile"
)

//go:embed plan.txt returns/*.xlsx
var files embed.FS

// ReturnsDir is the folder of FS that holds the returned workbooks.
const ReturnsDir = "returns"

// PlanFile is the plan's text in FS.
const PlanFile = "plan.txt"

// AsOf is the date the sample returns were made for: the end of the third
// quarter of 2026.
var AsOf = time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)

// Year is the sample plan's year.
const Year = 2026

// Title is the sample plan's title.
const Title = "青川市卫生健康委员会2026年卫生健康工作要点"

// Org is the office that issues the sample's reports.
const Org = "青川市卫生健康委员会办公室"

// FS returns the sample files.
func FS() fs.FS {
	return files
}

// WriteTo writes the sample plan into dir as 工作要点.txt and the returns
// into returns, so that a user can open the files the demo reads. Each
// file is dated AsOf, as if saved then, so that the demo's outputs are the
// same from run to run.
func WriteTo(dir, returns string) error {
	if err := copyOne(PlanFile, filepath.Join(dir, "工作要点.txt")); err != nil {
		return err
	}
	entries, err := fs.ReadDir(files, ReturnsDir)
	if err != nil {
		return fmt.Errorf("读取内置样例: %w", err)
	}
	for _, e := range entries {
		if err := copyOne(path.Join(ReturnsDir, e.Name()), filepath.Join(returns, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

func copyOne(name, dst string) error {
	data, err := fs.ReadFile(files, name)
	if err != nil {
		return fmt.Errorf("读取内置样例 %s: %w", name, err)
	}
	if err := atomicfile.Write(dst, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}); err != nil {
		return err
	}
	if err := os.Chtimes(dst, AsOf, AsOf); err != nil {
		return fmt.Errorf("设置 %s 的时间: %w", dst, err)
	}
	return nil
}
