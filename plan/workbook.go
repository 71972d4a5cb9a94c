package plan

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/qingdan/qingdan/problems"
)

// Sheet is one sheet of a plan kept in a workbook: its name and its rows,
// each a Line with its cells.
type Sheet struct {
	Name  string
	Lines []Line
}

// defaultSheetName is a name a spreadsheet gives a sheet nobody named.
var defaultSheetName = regexp.MustCompile(`^(?i:sheet)\d*$|^工作表\d*$`)

// ParseWorkbook reads a plan kept in a workbook (任务分解表), each sheet
// as Parse reads a plan, in order. Beside sheets of task tables, a sheet
// of text is notes (填报说明) whose numbered paragraphs are no tasks; only
// its main indicators are read. When the tasks are spread over several
// sheets, one per 板块, a sheet's name is the section of its tasks that
// no group row gives one, its 一、 number left out. When their 序号
// starts again on every sheet, every task is cited under its sheet, as a
// table whose numbers restart in every group cites its rows under the
// group's: the number the sheet's name starts with (一、粮食安全: 1.3),
// else, or when two names start with the same, the sheet's place among
// the sheets that have tasks. The main
// indicators stay task 0. Title and year are the first sheet's that has
// tasks; problems are placed on their sheet.
func ParseWorkbook(sheets []Sheet, opts Options) Plan {
	type read struct {
		name  string
		plan  Plan
		table bool // the sheet has a task table
		tasks bool // the sheet has tasks besides its main indicators
	}
	var all []read
	tables := false
	for _, s := range sheets {
		rows, _, _, _ := findTables(cleanLines(s.Lines))
		r := read{name: s.Name, plan: Parse(s.Lines, opts), table: len(rows) > 0}
		tables = tables || r.table
		all = append(all, r)
	}
	nTask := 0
	for i := range all {
		r := &all[i]
		if tables && !r.table {
			// beside task tables, a sheet of text is notes (填报说明):
			// only its main indicators are read
			r.plan.Items = slices.DeleteFunc(r.plan.Items, func(it Item) bool { return it.Title != GoalsTitle })
			goalsAt := -1
			if len(r.plan.Items) > 0 {
				goalsAt = r.plan.Items[0].Line
			}
			r.plan.Problems = slices.DeleteFunc(r.plan.Problems, func(x problems.Problem) bool { return x.At.Row != goalsAt })
		}
		for _, it := range r.plan.Items {
			r.tasks = r.tasks || it.Title != GoalsTitle
		}
		if r.tasks {
			nTask++
		}
	}
	// numbers that more than one sheet uses
	owner := map[string]int{}
	restarts := false
	for i, r := range all {
		for _, it := range r.plan.Items {
			if it.Title == GoalsTitle {
				continue
			}
			if o, ok := owner[it.ID]; ok && o != i {
				restarts = true
			}
			owner[it.ID] = i
		}
	}
	// the number each sheet's tasks are cited under: its name's, unless two
	// names give the same one, else its place
	byName := map[string]bool{}
	place := 0
	for _, r := range all {
		if r.tasks {
			place++
			_, prefix := sheetSection(r.name, place)
			if byName[prefix] {
				byName = nil
				break
			}
			byName[prefix] = true
		}
	}
	var out Plan
	var goals []Item
	place = 0
	for _, r := range all {
		p := r.plan
		if r.tasks {
			place++
		}
		if len(p.Items) == 0 {
			continue
		}
		if out.Title == "" && r.tasks {
			out.Title, out.Year = p.Title, p.Year
		}
		sec, prefix := sheetSection(r.name, place)
		if byName == nil {
			prefix = strconv.Itoa(place) // two names give the same number
		}
		for i := range p.Items {
			it := &p.Items[i]
			if it.Title == GoalsTitle {
				goals = append(goals, *it)
				continue
			}
			if it.Section == "" && nTask > 1 {
				it.Section = sec
			}
			if restarts {
				it.ID = prefix + "." + it.ID
			}
			out.Items = append(out.Items, *it)
		}
		var ps problems.List
		for _, x := range p.Problems {
			if restarts && planWide[x.Code] && x.Code != problems.PlanNoItems {
				continue // told again below, under the tasks' numbers
			}
			ps.Add(x)
		}
		if restarts {
			ps.Add(noLeads(p.Items, opts.File)...)
			ps.Add(groupsNoted(p.Items, opts.File)...)
			ps.Add(targetDoubts(p.Items, opts.File)...)
		}
		for i := range ps {
			if ps[i].At.Sheet == "" && ps[i].At.Row > 0 {
				ps[i].At.Sheet = r.name
			}
		}
		out.Problems = append(out.Problems, ps...)
	}
	for i := range goals {
		if i > 0 {
			goals[i].ID = fmt.Sprintf("%s-%d", GoalsID, i+1)
		}
	}
	if out.Title == "" && len(goals) > 0 {
		out.Title, out.Year = all[0].plan.Title, all[0].plan.Year
	}
	out.Items = append(goals, out.Items...)
	return out
}

// sheetSection returns the section a sheet's name gives its tasks, and
// the number they are cited under when 序号 restarts on every sheet: the
// name's own 一、 number, else the sheet's place among those with tasks.
func sheetSection(name string, place int) (sec, prefix string) {
	name = strings.TrimSpace(name)
	prefix = strconv.Itoa(place)
	if defaultSheetName.MatchString(name) {
		return "", prefix
	}
	if lv, num, rest := classify(name); lv == section || lv == cnItem {
		return strings.TrimRight(rest, "。．. "), arabic(num)
	}
	return name, prefix
}
