package intake

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/units"
)

// read is what reading one input gave: the returns it holds (one, or a
// merged workbook's many) and, for a merged workbook, what it says of
// itself.
type read struct {
	returns []lists.Return
	merged  *sheets.Merged
}

// open opens a workbook, from its file or, for one taken out of an
// archive, from memory.
func open(in Input, password string) (*sheets.File, error) {
	if in.Data != nil {
		return sheets.OpenReader(bytes.NewReader(in.Data), sheets.OpenOptions{Password: password})
	}
	// A file the user names may be a merged workbook of thousands of
	// returns: it may be large, within a ratio no zip bomb keeps to.
	return sheets.Open(in.Path, sheets.OpenOptions{Password: password, Large: !in.InFolder})
}

// readInput reads one input; whatever goes wrong is a problem of its
// return, never an error: one bad file does not stop the others.
func readInput(in Input, password string, dir *units.Directory, part func(read)) (r read) {
	parted := false // parts were handed on: what is left goes on from them
	fail := func(p problems.Problem) read {
		ret := lists.Return{File: in.Name, Failed: true, Modified: in.Modified, Continued: parted}
		ret.Problems.Add(p)
		return read{returns: []lists.Return{ret}}
	}
	defer func() {
		// A workbook excelize cannot make sense of must not end the run.
		if v := recover(); v != nil {
			r = fail(sheets.FileProblem(in.Name, fmt.Errorf("%w：文件结构异常", sheets.ErrNotXLSX)))
		}
	}()
	switch {
	case in.fail != nil:
		return fail(*in.fail)
	case in.skip != "":
		return read{returns: []lists.Return{skipped(in, in.skip)}}
	}
	if what, ok := otherFormat[strings.ToLower(filepath.Ext(in.Name))]; ok {
		return fail(problems.New(problems.FileUnreadable, source.Pos{File: in.Name}, what+"，不是 .xlsx 工作簿，未读取").
			With("请用 Excel、WPS 或 LibreOffice 打开后“另存为” .xlsx 格式再汇总").For(units.Unit(units.FromFileName(in.Name))))
	}
	f, err := open(in, password)
	if err != nil {
		return fail(sheets.FileProblem(in.Name, err))
	}
	defer f.Close()
	info, _ := sheets.ReadInfo(f)
	switch {
	case sheets.IsMerged(f) && in.InFolder:
		// A merged workbook saved among the returns would be counted twice.
		return read{returns: []lists.Return{skipped(in, "这是 qingdan 生成的汇总表，不作为回收表重复汇总")}}
	case sheets.IsMerged(f):
		// What the merged workbook says of itself comes first; then its
		// returns, one at a time when it is large.
		m, err := sheets.ReadMergedHead(f, in.Name, dir)
		if err != nil {
			return fail(sheets.FileProblem(in.Name, err))
		}
		part(read{merged: &m})
		if err := m.EachReturn(f, func(r lists.Return) error {
			part(read{returns: []lists.Return{r}})
			return nil
		}); err != nil {
			return fail(sheets.FileProblem(in.Name, err))
		}
		return read{}
	case info.Kind == sheets.KindMaster && in.InFolder:
		return read{returns: []lists.Return{skipped(in, "这是任务总表，不是单位报回的工作簿；对照任务总表核验请用 --plan")}}
	}
	ret, err := sheets.ReadReturnParts(f, in.Name, dir, func(p lists.Return) error {
		p.Modified, parted = in.Modified, true
		part(read{returns: []lists.Return{p}})
		return nil
	})
	ret.Modified = in.Modified
	if err != nil {
		ret.Problems.Add(sheets.FileProblem(in.Name, err))
		ret.Failed = true
	}
	return read{returns: []lists.Return{ret}}
}
