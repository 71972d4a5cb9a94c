// Package lists holds the three lists a unit returns (任务清单, 责任清单,
// 成果清单) as typed records — every cell parsed once, with the unit that
// sent it and the place it was read — and merges many units' returns into
// one Book: the tasks, who leads and helps with each, and the row each lead
// reported for each outcome.
//
// Everything here is pure: it takes records already read and returns
// values; it opens no file and reads no clock.
package lists

import (
	"slices"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Columns gives the 1-based column of each template column in the sheet a
// record was read from.
type Columns map[templates.Key]int

// At is where a record was read.
type At struct {
	Pos     source.Pos // the file, sheet and row; its Col is 0
	Columns Columns    // the columns of its sheet
	// Origin is, for a row read back from a merged workbook, where the
	// row was first read: the return's file, sheet and row; nil for a row
	// of a return.
	Origin *source.Pos
}

// Cell returns the place of column k in the record's row. When the sheet
// has no such column, it is the row's 任务编号 cell, else its first.
func (a At) Cell(k templates.Key) source.Pos {
	p := a.Pos
	if c, ok := a.Columns[k]; ok {
		p.Col = c
	} else if c, ok := a.Columns[templates.TaskID]; ok {
		p.Col = c
	} else {
		p.Col = 1
	}
	return p
}

// Source returns where the record came from: its origin for a row read
// back from a merged workbook, else where it was read.
func (a At) Source() source.Pos {
	if a.Origin != nil {
		return *a.Origin
	}
	return a.Pos
}

// Sender is the unit a row was sent by: the row's own 填报单位 when it
// names one, else its workbook's.
type Sender struct {
	Unit units.Unit // as the directory reads it
	Text string     // as written, for the merged lists
}

// TaskRow is one row of a 任务清单.
type TaskRow struct {
	ID       string // 任务编号, trimmed
	Section  string // 所属板块
	Name     string // 任务名称
	Content  string // 工作内容
	Deadline check.Deadline
	Note     string // 备注
	Other    string // 其他列: "列名：值" lines of columns not in the template
	From     Sender
	At       At
}

// RespRow is one row of a 责任清单.
type RespRow struct {
	ID          string
	LeadText    string       // 牵头单位 as written
	PartnerText string       // 配合单位 as written
	Leads       []units.Unit // 牵头单位, one or more (共同牵头)
	Partners    []units.Unit // 配合单位
	Groups      []string     // phrases naming units collectively: 各相关处室
	Leader      string       // 分管领导
	Owner       string       // 责任人
	Contact     string       // 联系人
	Phone       string       // 联系电话
	Other       string
	From        Sender
	At          At
}

// OutcomeRow is one row of a 成果清单.
type OutcomeRow struct {
	TaskID     string
	ID         string // 成果编号; "" when not numbered
	Expected   string // 预期成果
	Target     check.Target
	TargetErr  error // the 目标值 had a number that could not be read
	Actual     check.Value
	Mark       check.Marked // 完成状态
	Progress   string       // 进展情况
	Evidence   string       // 佐证材料
	DoneDate   check.Deadline
	ReportDate check.Deadline
	Deadline   check.Deadline // the outcome's own 完成时限, when the sheet has one
	Baseline   check.Value
	Other      string
	From       Sender
	At         At
}

// Return is what one workbook held: its unit, its rows and the problems
// met while reading it.
type Return struct {
	File     string // the path as the user gave it
	From     Sender // the unit the workbook belongs to; zero if unknown
	Aliases  []units.Alias
	PlanID   string    // the fingerprint of the plan it was sent from, if qingdan sent it
	Year     int       // the plan's year, if qingdan sent it
	Modified time.Time // when its file was last saved, if known
	Failed   bool      // the file could not be read at all
	Skipped  bool      // the file is not a return (a lock file, a merged workbook among returns)
	Tasks    []TaskRow
	Resps    []RespRow
	Outcomes []OutcomeRow
	Problems problems.List
	// A workbook with sheets too large to hold is read in parts, each a
	// Return: Continued is set on every part after the first, whose rows
	// go on from the last's. Declared then holds, for the task IDs of the
	// part's 任务清单 rows (folded), the first lead the workbook's 责任清单
	// names — what a whole return's own rows would say. Both are zero for
	// a whole return.
	Continued bool
	Declared  map[string]units.Unit
}

// Rows counts the return's rows.
func (r *Return) Rows() int {
	return len(r.Tasks) + len(r.Resps) + len(r.Outcomes)
}

// Reader turns the cells of a list's rows into records: the pure step
// between a sheet's cells and typed values. Its directory names the units.
type Reader struct {
	Directory *units.Directory
	File      string
	Sheet     string
	Layout    templates.Layout
	Columns   Columns
	From      Sender // the workbook's unit, for rows that name none
	read      readTexts
}

// readTexts remembers what each distinct text of a sheet's date, target
// and unit columns was read as: a column repeats a few texts
// ("2026-09-30", "年底前", "不少于24家", a unit's own name) row after row,
// and each is parsed once.
type readTexts struct {
	deadlines map[string]check.Deadline
	targets   map[string]readTarget
	roles     map[[2]string]readRoles
}

// readRoles is who a 牵头单位 and a 配合单位 cell name. Its slices are
// shared by the rows that wrote the same, and never changed.
type readRoles struct {
	leads, partners []units.Unit
	groups          []string
}

type readTarget struct {
	t   check.Target
	err error
}

// maxRemembered is how many distinct texts of each kind a sheet remembers;
// past it, texts are parsed each time.
const maxRemembered = 4096

func (r *Reader) deadline(s string) check.Deadline {
	if d, ok := r.read.deadlines[s]; ok {
		return d
	}
	d, _ := check.ParseDeadline(s)
	if r.read.deadlines == nil {
		r.read.deadlines = map[string]check.Deadline{}
	}
	if len(r.read.deadlines) < maxRemembered {
		r.read.deadlines[s] = d
	}
	return d
}

func (r *Reader) target(s string) (check.Target, error) {
	if t, ok := r.read.targets[s]; ok {
		return t.t, t.err
	}
	t, err := check.ParseTarget(s)
	if r.read.targets == nil {
		r.read.targets = map[string]readTarget{}
	}
	if len(r.read.targets) < maxRemembered {
		r.read.targets[s] = readTarget{t, err}
	}
	return t, err
}

func (r *Reader) roles(lead, partners string) readRoles {
	k := [2]string{lead, partners}
	if v, ok := r.read.roles[k]; ok {
		return v
	}
	l, p, g := r.Directory.Roles(lead, partners, r.responsibleOnly())
	v := readRoles{slices.Clip(l), slices.Clip(p), slices.Clip(g)}
	if r.read.roles == nil {
		r.read.roles = map[[2]string]readRoles{}
	}
	if len(r.read.roles) < maxRemembered {
		r.read.roles[k] = v
	}
	return v
}

// NewReader returns a Reader of the rows of a sheet laid out as l.
func NewReader(dir *units.Directory, file, sheet string, l templates.Layout) *Reader {
	cols := Columns{}
	for k, i := range l.Index {
		cols[k] = i + 1
	}
	return &Reader{Directory: dir, File: file, Sheet: sheet, Layout: l, Columns: cols}
}

func (r *Reader) get(cells []string, k templates.Key) string {
	return TrimSpace(r.Layout.Value(cells, k))
}

func (r *Reader) at(row int) At {
	return At{Pos: source.Pos{File: r.File, Sheet: r.Sheet, Row: row}, Columns: r.Columns}
}

// sender is the row's 填报单位, else the workbook's unit.
func (r *Reader) sender(cells []string) Sender {
	if t := r.get(cells, templates.Dept); t != "" {
		if u := r.Directory.Unit(t); u != "" {
			return Sender{Unit: u, Text: t}
		}
	}
	return r.From
}

// other collects the cells of columns the template does not have, as
// "列名：值" lines, after any 其他列 the row already has.
func (r *Reader) other(cells []string) string {
	var out []string
	if prev := r.get(cells, templates.Other); prev != "" {
		out = append(out, prev)
	}
	for _, i := range r.Layout.Unknown {
		if i < len(cells) && TrimSpace(cells[i]) != "" {
			out = append(out, strings.TrimSpace(r.Layout.Headers[i])+"："+TrimSpace(cells[i]))
		}
	}
	return strings.Join(out, "\n")
}

// Empty reports whether a row has no value in any column the layout
// recognized.
func (r *Reader) Empty(cells []string) bool {
	for k, i := range r.Layout.Index {
		if k == templates.SourceFile || k == templates.SourceCell {
			continue
		}
		if i < len(cells) && TrimSpace(cells[i]) != "" {
			return false
		}
	}
	return true
}

// origin reads the 来源文件 and 来源位置 a merged workbook writes, to keep a
// row's first place when the merged workbook is read again.
func (r *Reader) origin(cells []string) *source.Pos {
	file := r.get(cells, templates.SourceFile)
	if file == "" {
		return nil
	}
	p := source.Pos{File: file}
	if sheet, row, ok := ParsePosition(r.get(cells, templates.SourceCell)); ok {
		p.Sheet, p.Row = sheet, row
	}
	return &p
}

// Task reads a 任务清单 row.
func (r *Reader) Task(cells []string, row int) TaskRow {
	dl := r.deadline(r.get(cells, templates.Deadline))
	t := TaskRow{
		ID: r.get(cells, templates.TaskID), Section: r.get(cells, templates.Section), Name: r.get(cells, templates.TaskName),
		Content: r.get(cells, templates.Content), Deadline: dl, Note: r.get(cells, templates.Note),
		Other: r.other(cells), From: r.sender(cells), At: r.at(row),
	}
	t.At.Origin = r.origin(cells)
	return t
}

// Resp reads a 责任清单 row. A 牵头单位 cell naming several units names
// co-leads (共同牵头), except under a 责任单位 header with no 配合单位 column,
// where by convention the first unit leads and the others help.
func (r *Reader) Resp(cells []string, row int) RespRow {
	t := RespRow{
		ID: r.get(cells, templates.TaskID), LeadText: r.get(cells, templates.Lead), PartnerText: r.get(cells, templates.Partners),
		Leader: r.get(cells, templates.Leader), Owner: r.get(cells, templates.Owner),
		Contact: r.get(cells, templates.Contact), Phone: r.get(cells, templates.Phone),
		Other: r.other(cells), From: r.sender(cells), At: r.at(row),
	}
	t.At.Origin = r.origin(cells)
	roles := r.roles(t.LeadText, t.PartnerText)
	t.Leads, t.Partners, t.Groups = roles.leads, roles.partners, roles.groups
	return t
}

// responsibleOnly reports whether the 牵头单位 column is headed 责任单位 or
// the like and no column names 配合单位: a list of units of which, by
// convention, the first leads.
func (r *Reader) responsibleOnly() bool {
	if _, ok := r.Layout.Index[templates.Partners]; ok {
		return false
	}
	i, ok := r.Layout.Index[templates.Lead]
	if !ok || i >= len(r.Layout.Headers) {
		return false
	}
	return strings.HasPrefix(templates.Fold(r.Layout.Headers[i]), "责任")
}

// Outcome reads a 成果清单 row.
func (r *Reader) Outcome(cells []string, row int) OutcomeRow {
	o := OutcomeRow{
		TaskID: r.get(cells, templates.TaskID), ID: r.get(cells, templates.OutcomeID),
		Expected: r.get(cells, templates.Expected),
		Actual:   check.ReadValue(r.get(cells, templates.Actual)),
		Mark:     check.ReadMark(r.get(cells, templates.Status)),
		Progress: r.get(cells, templates.Progress), Evidence: r.get(cells, templates.Evidence),
		Baseline: check.ReadValue(r.get(cells, templates.Baseline)),
		Other:    r.other(cells), From: r.sender(cells), At: r.at(row),
	}
	o.Target, o.TargetErr = r.target(r.get(cells, templates.Target))
	o.DoneDate = r.deadline(r.get(cells, templates.DoneDate))
	o.ReportDate = r.deadline(r.get(cells, templates.ReportDate))
	o.Deadline = r.deadline(r.get(cells, templates.Deadline))
	o.At.Origin = r.origin(cells)
	return o
}
