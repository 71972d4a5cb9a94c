package check

import (
	"strings"

	"github.com/qingdan/qingdan/templates"
)

// Status is qingdan's judgement of one outcome as of a date.
type Status int

// Statuses, in order of precedence: when several apply, the first wins.
const (
	Done       Status = iota // 已完成: marked done, and the target met
	Missed                   // 未达标: marked done, but the target not met
	Overdue                  // 逾期: the deadline has passed and it is not done
	Unreported               // 未报送: the lead unit has not reported it
	Lagging                  // 滞后: marked lagging, or not started close to the deadline
	Ongoing                  // 推进中: under way and on time
	statusCount
)

// Statuses lists every status in the order reports show them.
var Statuses = []Status{Done, Ongoing, Lagging, Overdue, Missed, Unreported}

// String returns the status's Chinese label.
func (s Status) String() string {
	switch s {
	case Done:
		return "已完成"
	case Missed:
		return "未达标"
	case Overdue:
		return "逾期"
	case Unreported:
		return "未报送"
	case Lagging:
		return "滞后"
	case Ongoing:
		return "推进中"
	}
	return "未知"
}

// Light is the colour an item is flagged with.
type Light int

// Lights.
const (
	Green Light = iota
	Yellow
	Red
)

// String returns the light's Chinese label.
func (l Light) String() string {
	switch l {
	case Green:
		return "绿"
	case Yellow:
		return "黄"
	}
	return "红"
}

// Light returns the colour of a status: green for 已完成 and 推进中, yellow
// for 滞后, red for 逾期, 未达标 and 未报送.
func (s Status) Light() Light {
	switch s {
	case Done, Ongoing:
		return Green
	case Lagging:
		return Yellow
	}
	return Red
}

// Counts holds a number per status.
type Counts [statusCount]int

// Of returns the count of status s.
func (c Counts) Of(s Status) int {
	return c[s]
}

// Total returns the sum over all statuses.
func (c Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Red returns the number of items with a red light.
func (c Counts) Red() int {
	return c[Overdue] + c[Missed] + c[Unreported]
}

// Mark is the 完成状态 a department chose.
type Mark int

// Marks, as offered by the template's dropdown.
const (
	NoMark     Mark = iota // blank
	NotStarted             // 未启动
	InProgress             // 推进中
	Completed              // 已完成
	Behind                 // 滞后
)

// String returns the mark as the dropdown shows it.
func (m Mark) String() string {
	if m == NoMark {
		return ""
	}
	return templates.Statuses[m-1]
}

// markWords are the words departments write for each mark, checked in
// order: "未完成" must be read before "完成". An approximate word is read as
// the nearest mark, and the reading is reported (V10): "基本完成" is not
// 已完成.
var markWords = []struct {
	word   string
	mark   Mark
	approx bool
}{
	{"未启动", NotStarted, false}, {"未开始", NotStarted, false}, {"尚未启动", NotStarted, false}, {"未开展", NotStarted, false},
	{"滞后", Behind, false}, {"延期", Behind, false}, {"落后", Behind, false}, {"延迟", Behind, false},
	{"未完成", InProgress, true}, {"基本完成", InProgress, true}, {"部分完成", InProgress, true}, {"大部分完成", InProgress, true},
	{"推进中", InProgress, false}, {"进行中", InProgress, false}, {"正在", InProgress, false}, {"持续推进", InProgress, false},
	{"在建", InProgress, false}, {"实施中", InProgress, false}, {"按序时", InProgress, false}, {"推进", InProgress, false},
	{"已完成", Completed, false}, {"完成", Completed, false}, {"已办结", Completed, false}, {"办结", Completed, false}, {"已落实", Completed, false},
}

// Marked is a 完成状态 cell, read once.
type Marked struct {
	Mark   Mark
	Text   string // as written
	Known  bool   // blank, or names a status
	Approx bool   // read as the nearest status (基本完成 → 推进中)
}

// ReadMark reads a 完成状态 cell.
func ReadMark(s string) Marked {
	m := Marked{Text: s}
	n := templates.Fold(s)
	if n == "" {
		m.Known = true
		return m
	}
	for _, w := range markWords {
		if strings.Contains(n, w.word) {
			m.Mark, m.Known, m.Approx = w.mark, true, w.approx
			return m
		}
	}
	return m
}

// ParseMark reads a 完成状态 cell. It reports false for text that is not
// blank and names no status.
func ParseMark(s string) (Mark, bool) {
	m := ReadMark(s)
	return m.Mark, m.Known
}
