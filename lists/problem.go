package lists

import (
	"cmp"
	"github.com/qingdan/qingdan/templates"
	"slices"
	"strings"
)

// Level says how serious a problem is.
type Level int

// Levels of problem, most serious first.
const (
	Error   Level = iota // 错误: data was lost or cannot be trusted
	Warning              // 警告: data was read but needs a look
	Info                 // 提示: for the record
)

// String returns the level's Chinese label.
func (l Level) String() string {
	switch l {
	case Error:
		return "错误"
	case Warning:
		return "警告"
	default:
		return "提示"
	}
}

// Code identifies a kind of problem. Codes are stable: users filter on them
// and the README lists them.
type Code string

// Problem codes. F: files, S: sheets, R: rows, M: merging, V: values,
// P: plans.
const (
	FileUnreadable    Code = "F01" // the file cannot be opened as a workbook
	FileNoLists       Code = "F02" // no sheet of the template was found
	FileNoDept        Code = "F03" // the department could not be told
	FileSkipped       Code = "F04" // not a return: lock file, other type
	SheetNoHeader     Code = "S01" // a list sheet without a recognizable header row
	SheetMissing      Code = "S02" // a column of the template is missing
	SheetUnknown      Code = "S03" // a column not in the template, kept in 其他列
	SheetTooLong      Code = "S04" // more data rows than any return has; the rest not read
	RowNoTaskID       Code = "R01" // a row with data but no 任务编号
	RowNote           Code = "R02" // a note below the data, not a row of the list
	TaskIDConflict    Code = "M01" // one 任务编号 names different tasks
	DuplicateOutcome  Code = "M02" // the same outcome reported twice by its lead
	LeadUnknown       Code = "M03" // no 牵头单位 for a task
	LeadConflict      Code = "M04" // returns disagree on the 牵头单位
	LeadSilent        Code = "M05" // a lead unit sent no workbook at all
	PlanChanged       Code = "M06" // a return changed a target or deadline of the plan
	NotInPlan         Code = "M07" // a return reports a task the plan does not have
	OtherPlan         Code = "M08" // a return was sent from another version of the plan
	ValueUnreadable   Code = "V01" // 完成值 is not a number
	TargetUnreadable  Code = "V02" // 目标值 has a number qingdan cannot read
	DeadlineUnread    Code = "V03" // 完成时限 is not a date qingdan knows
	StatusUnknown     Code = "V04" // 完成状态 is not one of the dropdown's values
	UnitMismatch      Code = "V05" // 完成值 and 目标值 are in different units
	ActualMissing     Code = "V06" // marked 已完成 without a 完成值 for a numeric target
	BaselineMissing   Code = "V07" // a relative target (提高5个百分点) without a 基线值
	FormulaNoValue    Code = "V08" // a formula saved without its computed value
	SettingUnreadable Code = "V09" // a row of the 考核设置 sheet cannot be read

	// P: reading a plan.
	PlanNoItems      Code = "P01" // no numbered item was found
	PlanTitleGuessed Code = "P02" // an item's title has no full stop; the first clause was taken
	PlanNoLead       Code = "P03" // an item names no lead department
	PlanDuplicateID  Code = "P04" // two items have the same number
)

// Problem is one thing a user should look at, with the place to look.
type Problem struct {
	Level      Level
	Code       Code
	Dept       string // 单位
	File       string // 文件
	Sheet      string // 工作表
	Cell       string // 单元格, A1 style; a row number alone when no column applies
	Message    string // 说明
	Suggestion string // 建议
}

// String returns the problem as one line: "文件 工作表!单元格: 说明".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Sheet != "" {
		b.WriteString(" ")
		b.WriteString(p.Sheet)
		if p.Cell != "" {
			b.WriteString("!")
			b.WriteString(p.Cell)
		}
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	if p.Suggestion != "" {
		b.WriteString("（")
		b.WriteString(p.Suggestion)
		b.WriteString("）")
	}
	return b.String()
}

// At returns a problem located at column k of row r.
func At(r Row, k templates.Key, level Level, code Code, message, suggestion string) Problem {
	return Problem{
		Level: level, Code: code, Dept: r.Dept,
		File: r.Source.File, Sheet: r.Source.Sheet, Cell: r.Cell(k),
		Message: message, Suggestion: suggestion,
	}
}

// SortProblems orders problems by file, sheet, row and column, then level,
// so that a user reads them in the order of the workbook.
func SortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(sheetRank(a.Sheet), sheetRank(b.Sheet)),
			cmp.Compare(a.Sheet, b.Sheet),
			compareCells(a.Cell, b.Cell),
			cmp.Compare(a.Level, b.Level),
		)
	})
}

// sheetRank puts the lists in the template's order, before other sheets.
func sheetRank(name string) int {
	for i, l := range templates.Lists {
		if l.Name == name {
			return i
		}
	}
	return len(templates.Lists)
}

// compareCells orders A1 references by row, then column.
func compareCells(a, b string) int {
	ca, ra := splitCell(a)
	cb, rb := splitCell(b)
	return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(len(ca), len(cb)), cmp.Compare(ca, cb))
}

func splitCell(c string) (letters string, row int) {
	i := strings.IndexFunc(c, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return c, 0
	}
	n := 0
	for _, r := range c[i:] {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return c[:i], n
}
