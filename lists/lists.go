// Package lists holds the three lists a department returns (任务清单,
// 责任清单, 成果清单) as rows keyed by template column, each with the file,
// sheet and row it came from, and merges the returns of many departments
// into one Book.
//
// Everything here is pure: it takes rows already read from workbooks and
// returns values; it opens no file and reads no clock.
package lists

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/qingdan/qingdan/templates"
)

// Source is where a row was read: the file as the user named it, the sheet
// and the 1-based row number.
type Source struct {
	File  string
	Sheet string
	Row   int
}

// Position returns the sheet and row as shown in 来源位置, such as "成果清单!12".
func (s Source) Position() string {
	if s.Sheet == "" && s.Row == 0 {
		return ""
	}
	return fmt.Sprintf("%s!%d", s.Sheet, s.Row)
}

// ParsePosition reads a 来源位置 value written by Position.
func ParsePosition(p string) (sheet string, row int, ok bool) {
	i := strings.LastIndexByte(p, '!')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(p[i+1:]))
	if err != nil || n < 1 {
		return "", 0, false
	}
	return p[:i], n, true
}

// Row is one row of a list: its cells by column, the department that sent
// it and where it came from.
type Row struct {
	Values map[templates.Key]string
	Dept   string // 填报单位: the row's own, else its workbook's
	Source Source
	// Columns maps each value to its 0-based column in the source sheet, so
	// a problem can name the exact cell.
	Columns map[templates.Key]int
}

// Get returns the row's value in column k, trimmed of surrounding spaces.
func (r Row) Get(k templates.Key) string {
	return strings.TrimSpace(r.Values[k])
}

// Cell returns the A1 reference of column k in the row's source sheet, such
// as "E12"; the row number alone when the sheet has no such column; "" when
// the row's place is not known.
func (r Row) Cell(k templates.Key) string {
	if r.Source.Row == 0 {
		return ""
	}
	c, ok := r.Columns[k]
	if !ok {
		return strconv.Itoa(r.Source.Row)
	}
	return ColumnName(c) + strconv.Itoa(r.Source.Row)
}

// ColumnName returns the spreadsheet letters of a 0-based column index: 0 is
// "A", 26 is "AA".
func ColumnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

// Lists are the rows of the three lists.
type Lists struct {
	Tasks            []Row // 任务清单
	Responsibilities []Row // 责任清单
	Outcomes         []Row // 成果清单
}

// Rows returns the rows of the list with the given sheet name, or nil for a
// name that is not one of templates.Lists.
func (l *Lists) Rows(sheet string) *[]Row {
	switch sheet {
	case templates.TaskList.Name:
		return &l.Tasks
	case templates.Responsibilities.Name:
		return &l.Responsibilities
	case templates.Outcomes.Name:
		return &l.Outcomes
	}
	return nil
}

// Return is what one workbook held: its department and its rows, with the
// problems met while reading it.
type Return struct {
	Lists
	File     string    // the path as the user gave it
	Dept     string    // the department the workbook belongs to, "" if unknown
	Aliases  []Alias   // from the workbook's 单位 sheet, if it has one
	PlanID   string    // the fingerprint of the plan it was sent from, if qingdan sent it
	Modified time.Time // when its file was last saved, if known
	Problems []Problem
}
