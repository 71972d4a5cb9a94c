// Package problems is the one kind of problem qingdan reports: what is
// wrong, how serious it is, which unit it concerns and the cell to look
// at, with what to do about it. Every stage — collecting files, reading
// them, merging, judging, reading a plan — adds its problems to one List.
//
// A problem is not an error: the run goes on, and the problem is shown to
// the user in the 问题清单 and on the page.
package problems

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/units"
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
	}
	return "提示"
}

// Problem is one thing a user should look at, with the place to look.
type Problem struct {
	Code       Code
	Level      Level
	Unit       units.Unit // 单位 it concerns, if known
	At         source.Pos // 文件, 工作表, 单元格
	Message    string     // 说明: what is wrong, with the values concerned
	Suggestion string     // 建议: what to do first
}

// New returns a problem of code c at a place, at the code's usual level
// and with its usual suggestion.
func New(c Code, at source.Pos, message string) Problem {
	e := c.entry()
	return Problem{Code: c, Level: e.level, At: at, Message: message, Suggestion: e.suggestion}
}

// With returns p with a suggestion of its own.
func (p Problem) With(suggestion string) Problem {
	p.Suggestion = suggestion
	return p
}

// For returns p concerning unit u.
func (p Problem) For(u units.Unit) Problem {
	p.Unit = u
	return p
}

// As returns p at another level.
func (p Problem) As(l Level) Problem {
	p.Level = l
	return p
}

// String returns the problem as one line: "文件 工作表!单元格：说明（建议）".
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.At.File)
	if s := p.At.String(); s != "" {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s)
	}
	if b.Len() > 0 {
		b.WriteString("：")
	}
	b.WriteString(p.Message)
	if p.Suggestion != "" {
		b.WriteString("（")
		b.WriteString(p.Suggestion)
		b.WriteString("）")
	}
	return b.String()
}

// List is the problems of a run, in the order found until sorted.
type List []Problem

// Add appends problems to the list.
func (l *List) Add(ps ...Problem) {
	*l = append(*l, ps...)
}

// Count returns the number of problems at level lv.
func (l List) Count(lv Level) int {
	n := 0
	for _, p := range l {
		if p.Level == lv {
			n++
		}
	}
	return n
}

// Has reports whether the list has a problem of code c.
func (l List) Has(c Code) bool {
	return slices.ContainsFunc(l, func(p Problem) bool { return p.Code == c })
}

// Of returns the problems of code c.
func (l List) Of(c Code) List {
	var out List
	for _, p := range l {
		if p.Code == c {
			out = append(out, p)
		}
	}
	return out
}

// ByFile returns the problems about one file.
func (l List) ByFile(file string) List {
	var out List
	for _, p := range l {
		if p.At.File == file {
			out = append(out, p)
		}
	}
	return out
}

// Sort orders problems as a user reads them: by file, by sheet in the
// order of the template (SheetRank), by row and column, then the more
// serious first, then by code and message, so that the order never
// depends on how they were found.
func (l List) Sort(sheetRank func(string) int) {
	slices.SortStableFunc(l, func(a, b Problem) int {
		return cmp.Or(
			strings.Compare(a.At.File, b.At.File),
			cmp.Compare(sheetRank(a.At.Sheet), sheetRank(b.At.Sheet)),
			strings.Compare(a.At.Sheet, b.At.Sheet),
			cmp.Compare(a.At.Row, b.At.Row),
			cmp.Compare(a.At.Col, b.At.Col),
			cmp.Compare(a.Level, b.Level),
			strings.Compare(string(a.Code), string(b.Code)),
			strings.Compare(string(a.Unit), string(b.Unit)),
			strings.Compare(a.Message, b.Message),
		)
	})
}

// Chinese reports whether an error message is one qingdan wrote for a
// user, fit to show as it is: it has Chinese and no run of English words,
// as a library's message would.
func Chinese(msg string) bool {
	han, latin := 0, 0
	for _, r := range msg {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			latin++
		}
	}
	return han > 0 && latin < 8
}
