// Package sampledata reads the bundled samples the way qingdan does, for
// tests: every returned workbook, merged, and judged as of the samples' date.
package sampledata

import (
	"fmt"
	"io/fs"
	"path"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
)

// Returns reads every sample return, in file-name order.
func Returns() ([]lists.Return, error) {
	src := samples.FS()
	entries, err := fs.ReadDir(src, samples.ReturnsDir)
	if err != nil {
		return nil, err
	}
	var out []lists.Return
	for _, e := range entries {
		name := path.Join(samples.ReturnsDir, e.Name())
		r, err := src.Open(name)
		if err != nil {
			return nil, err
		}
		f, err := sheets.OpenReader(r, sheets.OpenOptions{})
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		ret, err := sheets.ReadReturn(f, name)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, ret)
	}
	return out, nil
}

// Load merges the sample returns and judges them as of samples.AsOf.
func Load() (lists.Book, check.Evaluation, error) {
	rets, err := Returns()
	if err != nil {
		return lists.Book{}, check.Evaluation{}, err
	}
	b := lists.Merge(rets)
	return b, check.Evaluate(b, check.Options{AsOf: samples.AsOf, Year: samples.Year}), nil
}
