package plan

import (
	"regexp"
	"strings"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/templates"
)

// A plan often has the year's main indicators in a table of their own
// (主要指标表), before its tasks or after them: 序号 | 指标名称 | 单位 |
// 2029年目标 | 责任单位. Its rows are the targets of task 0 (GoalsTitle),
// each read as the sentence it stands for, and its 责任单位 cells name
// that task's leads.

// indicatorLayout is where the columns of a table of indicators stand;
// -1 for a column it lacks.
type indicatorLayout struct {
	name, unit, target, duty int
	width                    int // the header's cells
}

var (
	// indicatorName heads the column of the indicators' names.
	indicatorName = regexp.MustCompile(`^(?:主要|年度|预期|考核)?指标(?:名称|项目|内容)?$`)
	// indicatorTarget heads the column of their targets: 目标值,
	// 2029年目标, 年度目标, 预期目标.
	indicatorTarget = regexp.MustCompile(`^(?:\d{4}年(?:度)?)?(?:年度|预期|计划)?目标(?:值)?$|^\d{4}年(?:计划|预期)?$`)
	// indicatorUnit heads the column of their units of measure.
	indicatorUnit = regexp.MustCompile(`^(?:计量)?单位$`)
)

// indicatorCells returns a line's cells as a table of indicators has
// them: those a document or workbook gave, or its text split at tabs; or,
// in a table typed with spaces in a paragraph, its text split at runs of
// spaces when they make three cells or more that are the table's header,
// or its row when open is the layout of such a table's header. A row
// typed with fewer cells than its header, a long name followed by one
// full-width space only, is split at every full-width space. It returns
// nil for a line of text.
func indicatorCells(l Line, open *indicatorLayout) []string {
	if l.Cells != nil || strings.Contains(l.Text, "\t") {
		return cellsOf(l)
	}
	text := strings.TrimSpace(l.Text)
	cells := multiSpace.Split(text, -1)
	if open != nil && len(cells) < open.width {
		cells = typedGap.Split(text, -1)
	}
	if len(cells) < 3 {
		return nil
	}
	if _, ok := recognizeIndicators(cells); ok || open != nil {
		return cells
	}
	return nil
}

// typedGap is the gap between the cells of a row typed with spaces at its
// narrowest: one full-width space, or a run of spaces.
var typedGap = regexp.MustCompile(`[ \x{3000}\x{00a0}]*\x{3000}[ \x{3000}\x{00a0}]*|[ \x{00a0}]{2,}`)

// indicatorsFollow reports whether the header of a table of indicators is
// among the first lines given: "附件" over an appended table of the main
// indicators is no list of attachments ending the plan.
func indicatorsFollow(lines []Line) bool {
	for _, l := range lines[:min(len(lines), 3)] {
		if cells := indicatorCells(l, nil); cells != nil {
			if _, ok := recognizeIndicators(cells); ok {
				return true
			}
		}
	}
	return false
}

// recognizeIndicators reads a row as the header of a table of
// indicators: it names the indicators and their targets.
func recognizeIndicators(cells []string) (indicatorLayout, bool) {
	l := indicatorLayout{-1, -1, -1, -1, len(cells)}
	for i, h := range cells {
		f := templates.Fold(h)
		switch {
		case l.name < 0 && indicatorName.MatchString(f):
			l.name = i
		case l.target < 0 && indicatorTarget.MatchString(f):
			l.target = i
		case l.unit < 0 && indicatorUnit.MatchString(f):
			l.unit = i
		case l.duty < 0 && (headerColumn(h) == colLead || headerColumn(h) == colDuty):
			l.duty = i
		}
	}
	return l, l.name >= 0 && l.target >= 0
}

var (
	// lastNumber is the last number of a target cell.
	lastNumber = regexp.MustCompile(`\d+(?:\.\d+)?`)
	// bareZero is a target of nothing at all: 0, no comparison written.
	bareZero = regexp.MustCompile(`^0(?:\.0+)?$`)
	// boundWord may follow a target's number before its unit is written.
	boundWord = regexp.MustCompile(`^(?:以上|以下|以内|左右|及以上|及以下)?$`)
)

// withUnit writes a target cell with the unit of its row: "≥32" and "%"
// read "≥32%", "95以上" reads "95%以上". A cell that already has a unit
// after its number ("提高2个百分点") keeps it. A bare 0 can only be a
// ceiling: it reads "控制在0起".
func withUnit(target, unit string) string {
	target, unit = strings.TrimSpace(target), strings.TrimSpace(unit)
	if bareZero.MatchString(target) {
		return "控制在" + target + unit
	}
	locs := lastNumber.FindAllStringIndex(target, -1)
	if unit == "" || len(locs) == 0 {
		return target
	}
	end := locs[len(locs)-1][1]
	if !boundWord.MatchString(target[end:]) {
		return target
	}
	return target[:end] + unit + target[end:]
}

// sentence returns the row as the sentence it stands for, the
// indicator followed by its target, and its 责任单位 cell; "" for a row
// that sets no target.
func (l indicatorLayout) sentence(cells []string) (text, duty string) {
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return joinLines(cells[i])
	}
	name, target := strings.TrimRight(cell(l.name), "：: "), withUnit(cell(l.target), cell(l.unit))
	if name == "" || target == "" {
		return "", ""
	}
	text = name + target
	if len(check.FindTargets(text)) == 0 {
		// a count or a sum with no verb (86亿元) reads as reached
		text = name + "达到" + target
		if len(check.FindTargets(text)) == 0 {
			return "", ""
		}
	}
	return text, cell(l.duty)
}

// tableGoals reads the main target indicators of a plan kept as a task
// table from the lines around its tables, as Parse reads them in a plan
// of text (see goalsText.take): a paragraph of them, with the note of who
// gathers them, or a table of indicators, before the task table or after
// it.
func tableGoals(prose []Line, others []Item, year int, file string, ps *problems.List) (Item, bool) {
	var g goalsText
	inGoals := false
	for _, l := range prose {
		inGoals = g.take(l, "", inGoals)
	}
	return g.item(others, year, file, ps)
}
