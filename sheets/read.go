package sheets

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// headerSearchRows is how many rows from the top of a sheet are searched for
// the header row, to allow for titles above it.
const headerSearchRows = 10

// ReadReturn reads one department's workbook. name is the file as the user
// should see it in messages. Problems with the content are returned inside
// the Return; the error is for a file that could not be read at all.
func ReadReturn(f *File, name string) (lists.Return, error) {
	ret := lists.Return{File: name}
	aliases, err := readUnits(f)
	if err != nil {
		return ret, err
	}
	ret.Aliases = aliases
	info, _ := ReadInfo(f)
	if info.Kind == KindDispatch {
		ret.PlanID = info.Fingerprint
	}
	found := findLists(f, &ret)
	if len(found) == 0 && len(aliases) > 0 {
		return ret, nil // a workbook that only teaches department names
	}
	if len(found) == 0 {
		ret.Problems = append(ret.Problems, lists.Problem{
			Level: lists.Error, Code: lists.FileNoLists, File: name,
			Message:    "没有找到任务清单、责任清单或成果清单",
			Suggestion: "请使用标准模板填报，或检查工作表名称和表头",
		})
		return ret, nil
	}
	for _, fs := range found {
		if err := readList(f, fs, &ret); err != nil {
			return ret, err
		}
	}
	assignDept(f, &ret, info.Dept)
	for i := range ret.Problems {
		if ret.Problems[i].Dept == "" {
			ret.Problems[i].Dept = ret.Dept
		}
	}
	return ret, nil
}

// foundSheet is a workbook sheet recognized as one of the template's lists.
type foundSheet struct {
	name   string // the sheet's name in the workbook
	list   templates.Sheet
	layout templates.Layout
	header int // 1-based row of the header
}

// findLists matches the workbook's sheets to the template's lists: by name
// first, then, for a list not found by name, by the headers of the sheets
// left over.
func findLists(f *File, ret *lists.Return) []foundSheet {
	names := f.SheetNames()
	used := map[string]bool{}
	var found []foundSheet
	var missing []templates.Sheet
	for _, list := range templates.Lists {
		best, bestScore := "", 0
		for _, n := range names {
			if s := list.MatchesName(n); s > bestScore && !used[n] {
				best, bestScore = n, s
			}
		}
		if best == "" {
			missing = append(missing, list)
			continue
		}
		used[best] = true
		layout, row, err := findHeader(f, best, list, templates.Layout.IsHeader)
		if err != nil || row == 0 {
			msg := fmt.Sprintf("前%d行中找不到%s的表头（至少要有“任务编号”和另一列）", headerSearchRows, list.Name)
			if err != nil {
				msg = "无法读取工作表：" + err.Error()
			}
			ret.Problems = append(ret.Problems, lists.Problem{
				Level: lists.Error, Code: lists.SheetNoHeader, File: ret.File, Sheet: best,
				Message: msg, Suggestion: "请按标准模板恢复表头，不要删除表头行",
			})
			continue
		}
		found = append(found, foundSheet{name: best, list: list, layout: layout, header: row})
	}
	for _, list := range missing {
		for _, n := range names {
			if used[n] || templates.Fold(n) == templates.Fold(templates.InstructionsSheet) {
				continue
			}
			layout, row, err := findHeader(f, n, list, templates.Layout.IsHeader)
			if err != nil || row == 0 || !looksLike(layout, list) {
				continue
			}
			used[n] = true
			found = append(found, foundSheet{name: n, list: list, layout: layout, header: row})
			ret.Problems = append(ret.Problems, lists.Problem{
				Level: lists.Info, Code: lists.SheetMissing, File: ret.File, Sheet: n,
				Message: fmt.Sprintf("工作表名称不是“%s”，按表头识别为%s", list.Name, list.Name),
			})
			break
		}
	}
	return found
}

// looksLike reports whether a layout found on a sheet of another name is
// surely the given list: it must have a column no other list has.
func looksLike(l templates.Layout, list templates.Sheet) bool {
	for k := range l.Index {
		if !list.Has(k) || k == templates.TaskID {
			continue
		}
		own := true
		for _, other := range templates.Lists {
			if other.Name != list.Name && other.Has(k) {
				own = false
			}
		}
		if own {
			return true
		}
	}
	return false
}

// findHeader returns the best header row among the first rows of a sheet,
// or row 0 when there is none. ok says which rows can be headers at all.
func findHeader(f *File, sheet string, list templates.Sheet, ok func(templates.Layout) bool) (templates.Layout, int, error) {
	r, err := f.NewReader(sheet)
	if err != nil {
		return templates.Layout{}, 0, err
	}
	defer r.Close()
	var best templates.Layout
	bestRow := 0
	var prev []string
	for r.Row() < headerSearchRows {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return templates.Layout{}, 0, err
		}
		// A header may take two rows, the upper one merged over several
		// columns ("完成情况" over 完成值 and 完成状态): each column is named by
		// its lower cell, else its upper one.
		for _, candidate := range [][]string{cells, twoRowHeader(prev, cells)} {
			l := list.Recognize(candidate)
			if ok(l) && l.Score() > best.Score() {
				best, bestRow = l, r.Row()
			}
		}
		prev = cells
	}
	return best, bestRow, nil
}

// twoRowHeader names each column by its cell in lower, else in upper.
func twoRowHeader(upper, lower []string) []string {
	out := make([]string, max(len(upper), len(lower)))
	for i := range out {
		if i < len(lower) && strings.TrimSpace(lower[i]) != "" {
			out[i] = lower[i]
		} else if i < len(upper) {
			out[i] = upper[i]
		}
	}
	return out
}

// Limits on what one list sheet is read for.
const (
	// maxDataRows: no department reports this many rows; a sheet with
	// more was filled by mistake, and reading on would only fill memory.
	maxDataRows = 20000
	// blankGap: content this many blank rows below the table is a note,
	// not data.
	blankGap = 10
)

// readList reads the data rows of one list sheet below its header.
func readList(f *File, fs foundSheet, ret *lists.Return) error {
	if missing := fs.layout.Missing(); len(missing) > 0 {
		level := lists.Info
		names := make([]string, len(missing))
		for i, c := range missing {
			names[i] = "“" + c.Header + "”"
			if fs.list.Name == templates.Outcomes.Name && (c.Key == templates.Status || c.Key == templates.Actual) {
				level = lists.Warning
			}
		}
		ret.Problems = append(ret.Problems, lists.Problem{
			Level: level, Code: lists.SheetMissing, File: ret.File, Sheet: fs.name,
			Cell:       fmt.Sprint(fs.header),
			Message:    fmt.Sprintf("缺少%s列", strings.Join(names, "")),
			Suggestion: "请按标准模板补充",
		})
	}
	for _, i := range fs.layout.Unknown {
		ret.Problems = append(ret.Problems, lists.Problem{
			Level: lists.Info, Code: lists.SheetUnknown, File: ret.File, Sheet: fs.name,
			Cell:    fmt.Sprintf("%s%d", lists.ColumnName(i), fs.header),
			Message: fmt.Sprintf("“%s”列不是标准模板的列，已放入汇总表的“其他列”", strings.TrimSpace(fs.layout.Headers[i])),
		})
	}

	r, err := f.NewReader(fs.name)
	if err != nil {
		return err
	}
	defer r.Close()
	rows := ret.Rows(fs.list.Name)
	kept := len(*rows)
	scan := f.scan(fs.name)
	fill := newFillDown(scan.merges, fs.header)
	blank, read := 0, 0
	below := false // past a gap of blankGap rows under the table
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if r.Row() <= fs.header {
			continue
		}
		row, ok := toRow(fs, fill.apply(r.Row(), cells), r.Row(), ret.File)
		if !ok {
			blank++
			continue
		}
		if read++; read > maxDataRows {
			// No return has this many rows: the sheet holds something else,
			// and its rows would only distort the counts.
			*rows = (*rows)[:kept]
			ret.Problems = append(ret.Problems, lists.Problem{
				Level: lists.Error, Code: lists.SheetTooLong, File: ret.File, Sheet: fs.name, Cell: fmt.Sprint(r.Row()),
				Message:    fmt.Sprintf("工作表有超过 %d 行数据，不像是清单，整张表未汇总", maxDataRows),
				Suggestion: "请检查是否误把其他数据粘贴进了清单",
			})
			return nil
		}
		below = below || blank >= blankGap && len(*rows) > 0
		blank = 0
		if below {
			ret.Problems = append(ret.Problems, lists.Problem{
				Level: lists.Info, Code: lists.RowNote, Dept: row.Dept, File: ret.File, Sheet: fs.name,
				Cell:    fmt.Sprint(r.Row()),
				Message: fmt.Sprintf("表格下方隔了 %d 行以上的内容，未汇总：%s", blankGap, firstValue(row)),
			})
			continue
		}
		if isNote(row) {
			ret.Problems = append(ret.Problems, lists.Problem{
				Level: lists.Info, Code: lists.RowNote, Dept: row.Dept, File: ret.File, Sheet: fs.name,
				Cell:    fmt.Sprint(r.Row()),
				Message: "表格中的说明文字，未汇总：" + firstValue(row),
			})
			continue
		}
		for k, c := range fs.layout.Index {
			if ref := fmt.Sprintf("%s%d", lists.ColumnName(c), r.Row()); scan.formulas[ref] && row.Get(k) == "" {
				ret.Problems = append(ret.Problems, lists.At(row, k, lists.Warning, lists.FormulaNoValue,
					"这个单元格是公式，但文件中没有保存计算结果，按空白处理",
					"请在 Excel 或 WPS 中打开、重新计算后保存，或直接填写数值"))
			}
		}
		if row.Get(templates.TaskID) == "" {
			ret.Problems = append(ret.Problems, lists.At(row, templates.TaskID, lists.Error, lists.RowNoTaskID,
				"这一行有内容但没有任务编号，未汇总", "请填写任务编号"))
			continue
		}
		*rows = append(*rows, row)
	}
}

// toRow turns a sheet row into a list row. It reports false for a row with
// no value in any recognized column.
func toRow(fs foundSheet, cells []string, n int, file string) (lists.Row, bool) {
	row := lists.Row{
		Values:  make(map[templates.Key]string, len(fs.layout.Index)),
		Columns: fs.layout.Index,
		Source:  lists.Source{File: file, Sheet: fs.name, Row: n},
	}
	empty := true
	for k, i := range fs.layout.Index {
		if i >= len(cells) {
			continue
		}
		v := cells[i]
		if strings.TrimSpace(v) == "" {
			continue
		}
		switch k {
		case templates.SourceFile, templates.SourceCell:
			continue
		}
		row.Values[k] = v
		empty = false
	}
	var other []string
	for _, i := range fs.layout.Unknown {
		if i < len(cells) && strings.TrimSpace(cells[i]) != "" {
			other = append(other, strings.TrimSpace(fs.layout.Headers[i])+"："+strings.TrimSpace(cells[i]))
		}
	}
	if len(other) > 0 {
		if prev := row.Values[templates.Other]; prev != "" {
			other = append([]string{prev}, other...)
		}
		row.Values[templates.Other] = strings.Join(other, "\n")
	}
	if empty {
		return row, false
	}
	row.Dept = row.Get(templates.Dept)
	// A merged workbook read again keeps the original source of each row.
	if src := fs.layout.Value(cells, templates.SourceFile); strings.TrimSpace(src) != "" {
		row.Source.File = strings.TrimSpace(src)
		row.Source.Sheet, row.Source.Row = "", 0
		row.Columns = nil
		if sheet, at, ok := lists.ParsePosition(fs.layout.Value(cells, templates.SourceCell)); ok {
			row.Source.Sheet, row.Source.Row = sheet, at
		}
	}
	return row, true
}

// assignDept decides which department the workbook belongs to and gives it
// to every row that names none: the one qingdan sent it to, else the
// 填报单位 most rows name, else the one on the 填表说明 sheet, else the one in
// the file name.
func assignDept(f *File, ret *lists.Return, sentTo string) {
	count := map[string]int{}
	best := sentTo
	for _, r := range ret.Outcomes {
		d := r.Get(templates.Dept)
		if !lists.IsDept(d) || sentTo != "" {
			continue
		}
		count[d]++
		if best == "" || count[d] > count[best] {
			best = d
		}
	}
	if best == "" {
		best = deptFromInstructions(f)
	}
	if best == "" {
		best = lists.DeptFromFileName(ret.File)
	}
	ret.Dept = best
	if best == "" {
		ret.Problems = append(ret.Problems, lists.Problem{
			Level: lists.Warning, Code: lists.FileNoDept, File: ret.File,
			Message:    "无法确定填报单位",
			Suggestion: "请在成果清单的“填报单位”列或填表说明中填写单位名称，或把单位名称写在文件名开头",
		})
	}
	for _, rows := range []*[]lists.Row{&ret.Tasks, &ret.Responsibilities, &ret.Outcomes} {
		for i := range *rows {
			if (*rows)[i].Dept == "" {
				(*rows)[i].Dept = best
			}
		}
	}
}

// deptFromInstructions finds the value beside the 填报单位 label on the
// 填表说明 sheet.
func deptFromInstructions(f *File) string {
	for _, n := range f.SheetNames() {
		if templates.Fold(n) != templates.Fold(templates.InstructionsSheet) {
			continue
		}
		r, err := f.NewReader(n)
		if err != nil {
			return ""
		}
		defer r.Close()
		for r.Row() < 20 {
			cells, err := r.Read()
			if err != nil {
				return ""
			}
			for i, c := range cells {
				if templates.Fold(c) != templates.Fold(templates.DeptLabel) {
					continue
				}
				for _, v := range cells[i+1:] {
					if lists.IsDept(v) {
						return strings.TrimSpace(v)
					}
				}
			}
		}
	}
	return ""
}

// notePrefixes start the notes people write below a table.
var notePrefixes = []string{"注", "说明", "备注", "填表人", "填报人", "审核人", "制表", "联系人", "负责人", "合计", "小计"}

// isNote reports whether a row is a note below the table rather than data:
// a first cell that starts like a note, or a single cell of long text.
func isNote(r lists.Row) bool {
	starts := func(v string) bool {
		v = templates.Fold(v)
		for _, p := range notePrefixes {
			if strings.HasPrefix(v, p) {
				return true
			}
		}
		return false
	}
	if starts(r.Get(templates.TaskID)) {
		return true
	}
	if len(r.Values) != 1 {
		return false
	}
	v := firstValue(r)
	return starts(v) || len([]rune(v)) > 12
}

func firstValue(r lists.Row) string {
	if v := r.Get(templates.TaskID); v != "" {
		return v
	}
	for _, v := range r.Values {
		return strings.TrimSpace(v)
	}
	return ""
}

// IsMerged reports whether the workbook is one qingdan merged: it has the
// 完成情况 and 问题清单 sheets merge writes.
func IsMerged(f *File) bool {
	var eval, problems bool
	for _, n := range f.SheetNames() {
		eval = eval || n == templates.EvaluationSheet
		problems = problems || n == templates.ProblemsSheet
	}
	return eval && problems
}

// readUnits reads the department names and aliases of a 单位 sheet, if the
// workbook has one.
func readUnits(f *File) ([]lists.Alias, error) {
	sheet := ""
	for _, n := range f.SheetNames() {
		if templates.Units.MatchesName(n) > 0 {
			sheet = n
			break
		}
	}
	if sheet == "" {
		return nil, nil
	}
	hasName := func(l templates.Layout) bool { _, ok := l.Index[templates.UnitName]; return ok }
	layout, header, err := findHeader(f, sheet, templates.Units, hasName)
	if err != nil || header == 0 {
		return nil, err
	}
	r, err := f.NewReader(sheet)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []lists.Alias
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if r.Row() <= header {
			continue
		}
		name := strings.TrimSpace(layout.Value(cells, templates.UnitName))
		if !lists.IsDept(name) {
			continue
		}
		out = append(out, lists.Alias{Name: name, Alias: name})
		for _, a := range lists.SplitDepts(layout.Value(cells, templates.UnitAliases)) {
			out = append(out, lists.Alias{Name: name, Alias: a})
		}
	}
}
