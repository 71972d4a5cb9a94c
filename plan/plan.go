// Package plan reads a work plan (工作要点) as published, in plain text or
// Word, into its items: the 一、 section each belongs to, its number as it
// would be cited, its title and text, its lead and cooperating departments,
// its targets and its deadline. A plan kept as a task table (任务分解表) —
// a Word table, rows of a workbook given as Lines with Cells, or a table
// pasted as text with tabs or runs of spaces between cells — is read by
// its columns' headers instead. A task written as a paragraph may give
// its targets, units, deadline and note in a small table of label and
// value rows under it (工作目标 | …, 牵头处室 | …, 完成时限 | …), whose
// labels are those a task table's headers may be.
// A table in matrix form (矩阵式分工表) heads
// a column with each unit's name and marks in each row who leads (●) and
// who cooperates (○), or as its legend says.
//
// The year's main target indicators (主要目标指标), written in a paragraph
// that belongs to no task, or in a table of their own (主要指标表: 指标名称,
// 单位, 目标值, 责任单位) before the tasks or after them, are task 0,
// GoalsTitle, before the others.
//
// A target set with two bars, the floor and the one striven for (确保增长6%、
// 力争增长8%), is judged by the floor, 确保; the 力争 bar goes to the task's
// 备注.
//
// Every department written as a lead is one (共同牵头); only a list under
// 责任单位 that names no cooperating units keeps the convention that its
// first department leads. A note under a section's heading
// (本部分任务由A牵头，B配合（另有注明的除外）) or after its last task
// (以上任务由A牵头) names the units of the section's tasks that name none.
// Phrases that name departments collectively (各相关处室, 各区、县级市)
// are never departments: they go to the note.
//
// A plan kept in a workbook is read by ParseWorkbook, sheet by sheet: one
// sheet per 板块 names the section of its tasks, and a 序号 that starts
// again on every sheet is cited under the sheet (2.3).
//
// Parsing is pure: Parse and ParseWorkbook take the plan's lines and
// return values; only ReadText and ReadDocx read, and only from the
// reader given.
package plan

import (
	"fmt"
	"strings"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Line is one line of a plan's text with its 1-based number.
type Line struct {
	No   int
	Text string
	// Cells are the cells of a table row, as a document or a workbook
	// gives them; Text is then the cells joined by tabs.
	Cells []string
}

// Plan is a parsed work plan.
type Plan struct {
	Title    string
	Year     int
	Items    []Item
	Problems problems.List
}

// Item is one task of the plan.
type Item struct {
	ID       string   // as the plan would be cited: "16" for (十六), "3.2" for a sub-item
	Section  string   // 所属板块: the 一、 heading
	Title    string   // 任务名称
	Content  string   // 工作内容, without the responsibility note
	Leads    []string // 牵头单位: every unit the plan names as a lead (共同牵头), as written
	Partners []string // 配合单位
	Note     string   // 备注: what the responsibility note said that names no department
	Deadline string   // 完成时限 as a phrase of the plan, or the year's end
	Targets  []Target
	Line     int // where the item starts in the source

	groups   []string // collective phrases the item names, noted in Note
	firstLed bool     // Leads[0] leads by the first-is-lead convention; Partners were listed with it
}

// setRoles gives the item the units of its responsibility note.
func (it *Item) setRoles(r responsibility) {
	it.Leads, it.Partners, it.Note, it.groups = r.leads, r.partners, r.note, r.groups
	it.firstLed = r.firstLed
}

// Target is one quantitative target of an item.
type Target struct {
	Expected string // 预期成果
	Phrase   string // 目标值 as written in the plan
	Deadline string // the deadline nearest the target
	Doubt    string // why the reading is a guess to check (问题清单 P05), or ""
	// Stretch is the higher bar written beside the one judged (力争目标):
	// "力争增长8%" of "确保增长6%、力争增长8%", kept in the task's 备注.
	Stretch string
}

// note is the item's 备注 as the 任务清单 gives it: its Note and the
// stretch bars of its targets, which are not judged.
func (it Item) note() string {
	parts := []string{it.Note}
	for _, t := range it.Targets {
		if t.Stretch != "" {
			parts = append(parts, fmt.Sprintf("%s%s（按“%s”考核）", t.Expected, t.Stretch, t.Phrase))
		}
	}
	return strings.Trim(strings.Join(parts, "；"), "；")
}

// Return turns the plan into the master lists: one 任务清单 and one 责任清单
// row per item, and one 成果清单 row per target, or a single qualitative row
// named after the item's title when it has none. file names the plan in the
// rows' places; dir reads the units the items name.
func (p Plan) Return(file string, dir *units.Directory) lists.Return {
	ret := lists.Return{File: file, Problems: p.Problems}
	at := func(sheet string, line int) lists.At {
		return lists.At{Pos: source.Pos{File: file, Sheet: sheet, Row: line}}
	}
	deadline := func(s string) check.Deadline {
		d, _ := check.ParseDeadline(s)
		return d
	}
	for _, it := range p.Items {
		ret.Tasks = append(ret.Tasks, lists.TaskRow{
			ID: it.ID, Section: it.Section, Name: it.Title, Content: it.Content,
			Deadline: deadline(it.Deadline), Note: it.note(), At: at(templates.TaskList.Name, it.Line),
		})
		r := lists.RespRow{ID: it.ID, LeadText: strings.Join(it.Leads, "、"), PartnerText: strings.Join(it.Partners, "、"), At: at(templates.Responsibilities.Name, it.Line)}
		r.Leads, r.Partners, r.Groups = dir.Roles(r.LeadText, r.PartnerText, false)
		ret.Resps = append(ret.Resps, r)
		targets := it.Targets
		if len(targets) == 0 {
			targets = []Target{{Expected: it.Title, Deadline: it.Deadline}}
		}
		for i, t := range targets {
			o := lists.OutcomeRow{TaskID: it.ID, ID: fmt.Sprint(i + 1), Expected: t.Expected,
				Deadline: deadline(t.Deadline), At: at(templates.Outcomes.Name, it.Line)}
			o.Target, o.TargetErr = check.ParseTarget(t.Phrase)
			ret.Outcomes = append(ret.Outcomes, o)
		}
	}
	return ret
}
