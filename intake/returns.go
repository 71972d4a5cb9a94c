package intake

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/source"
)

// Copy is a marked-up workbook written for a unit to correct (退回修改).
type Copy struct {
	Input string // the workbook, as shown
	Path  string // the copy written
}

// WriteReturns writes into dir, for each workbook read with an error or a
// warning, a copy with its problems marked, named after the original and
// kept at the original's place under the folder or archive given, so that
// same-named files of two folders get a copy each. A workbook that could
// not be read, or not copied, is told in the problems returned; the
// others are written all the same.
func (r *Result) WriteReturns(dir, password string) ([]Copy, problems.List) {
	var out []Copy
	var failed problems.List
	taken := map[string]bool{} // copies written, case folded as Windows and macOS compare names
	for _, in := range r.Inputs {
		ps := r.Problems.ByFile(in.Name)
		if in.skip != "" || ps.Count(problems.Error)+ps.Count(problems.Warning) == 0 {
			continue
		}
		if ps.Has(problems.FileUnreadable) {
			what := "请该单位重新报送"
			for _, p := range ps {
				if p.Code == problems.FileUnreadable && p.Suggestion != "" {
					what = p.Suggestion // what to do about this file: another format, a password…
					break
				}
			}
			failed.Add(problems.New(problems.FileCopyFailed, source.Pos{File: in.Name}, "文件无法读取，没有生成退回修改的副本").
				With(what))
			continue
		}
		target := uniquePath(copyPath(dir, in.Name), taken)
		err := func() (err error) {
			f, err := open(in, password)
			if err != nil {
				return err
			}
			defer f.Close()
			return atomicfile.Write(target, func(w io.Writer) error { return sheets.WriteAnnotated(w, f, ps) })
		}()
		if err != nil {
			msg, _ := sheets.Explain(err)
			failed.Add(problems.New(problems.FileCopyFailed, source.Pos{File: in.Name}, "无法生成退回修改的副本："+msg))
			continue
		}
		out = append(out, Copy{Input: in.Name, Path: target})
	}
	failed.Sort(lists.SheetRank)
	return out, failed
}

// copyPath is where the marked-up copy of a workbook shown as name goes:
// its folders kept, each part safe for Windows, "-退回修改" before .xlsx.
func copyPath(dir, name string) string {
	parts := strings.Split(path.Clean(strings.ReplaceAll(name, `\`, "/")), "/")
	for i, p := range parts {
		if p == ".." || p == "." || p == "" {
			p = "_"
		}
		parts[i] = SafeFileName(p)
	}
	last := parts[len(parts)-1]
	parts[len(parts)-1] = strings.TrimSuffix(last, filepath.Ext(last)) + "-退回修改.xlsx"
	return filepath.Join(append([]string{dir}, parts...)...)
}

// uniquePath is path, or "名称(2).xlsx", "名称(3).xlsx"… when a copy of
// another workbook of this run has that name: two inputs given as folders
// of the same name, or files of the same name from two folders.
func uniquePath(p string, taken map[string]bool) string {
	ext := filepath.Ext(p)
	stem := strings.TrimSuffix(p, ext)
	for n := 2; taken[strings.ToLower(p)]; n++ {
		p = fmt.Sprintf("%s(%d)%s", stem, n, ext)
	}
	taken[strings.ToLower(p)] = true
	return p
}

// String says what was written, for a message.
func (c Copy) String() string { return fmt.Sprintf("%s → %s", c.Input, c.Path) }
