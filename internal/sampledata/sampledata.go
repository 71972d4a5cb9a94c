// Package sampledata runs the bundled samples through the intake the way
// qingdan does, for tests: every returned workbook, merged, and judged as
// of the samples' date.
package sampledata

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

// Load reads the sample returns, merges them and judges them as of
// samples.AsOf.
func Load() (*intake.Result, error) {
	dir, err := os.MkdirTemp("", "qingdan-samples-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	returns := filepath.Join(dir, "returns")
	if err := samples.WriteTo(dir, returns); err != nil {
		return nil, err
	}
	return intake.Run(intake.Options{Inputs: []string{returns}, AsOf: samples.AsOf, Year: samples.Year, Workers: 1})
}

// Returns reads every sample return on its own, in file-name order.
func Returns() ([]lists.Return, error) {
	src := samples.FS()
	entries, err := fs.ReadDir(src, samples.ReturnsDir)
	if err != nil {
		return nil, err
	}
	dir := units.NewDirectory(nil)
	var out []lists.Return
	for _, e := range entries {
		name := path.Join(samples.ReturnsDir, e.Name())
		data, err := fs.ReadFile(src, name)
		if err != nil {
			return nil, err
		}
		f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		ret, err := sheets.ReadReturn(f, name, dir)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, ret)
	}
	return out, nil
}

// Merged merges the sample returns as qingdan merge does and returns the
// merged workbook with the run's result.
func Merged() ([]byte, *intake.Result, error) {
	dir, err := os.MkdirTemp("", "qingdan-samples-*")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	returns := filepath.Join(dir, "returns")
	if err := samples.WriteTo(dir, returns); err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	mw, err := sheets.NewMergedWriter(&buf)
	if err != nil {
		return nil, nil, err
	}
	res, err := intake.Run(intake.Options{Inputs: []string{returns}, AsOf: samples.AsOf, Year: samples.Year, Workers: 1, Sink: mw})
	if err != nil {
		mw.Close()
		return nil, nil, err
	}
	if err := mw.Finish(res.Summary()); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), res, nil
}
