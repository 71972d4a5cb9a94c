package lists

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/qingdan/qingdan/templates"
)

// Book is the merge of many returns: every row of every list with its
// source, the tasks those rows describe, and the problems found.
type Book struct {
	Lists     // every row of every return
	Files     []FileSummary
	Plan      []Task
	Units     []Unit     // every department named, in pinyin order
	Directory *Directory // how department names were read
	Problems  []Problem
}

// Unit is one department as the merge saw it.
type Unit struct {
	Name      string   // the name it is reported under
	Spellings []string // other names it was written as
	Led       int      // tasks it leads
	Partnered int      // tasks it helps with
	Sent      bool     // a workbook came from it
}

// FileSummary says what was read from one file.
type FileSummary struct {
	File                              string
	Dept                              string
	Tasks, Responsibilities, Outcomes int
	Failed                            bool // the file could not be read at all
}

// Task is one task as the merged returns describe it.
type Task struct {
	ID string
	// Owner is set only when two departments used the same 任务编号 for
	// different tasks: it is the department whose numbering ID belongs to.
	Owner    string
	Section  string
	Name     string
	Content  string
	Deadline string // 完成时限 as written
	Lead     string // 牵头单位
	Partners []string
	From     Row  // the 任务清单 row the fields above were taken from
	InPlan   bool // the plan lists it
	// Reported are the departments' 任务清单 rows of a task the plan lists,
	// to tell whether one changed the plan's deadline.
	Reported []Row
	Outcomes []Outcome
}

// Outcome is one expected result of a task, with the row its lead unit
// reported and the feedback of the other units.
type Outcome struct {
	ID       string
	Expected string
	Target   string
	Deadline string // the outcome's own 完成时限, when it has one
	InPlan   bool   // the plan lists it; its target and deadline are the plan's
	Lead     *Row   // the lead unit's row; nil when the lead has not reported it
	Others   []Row  // 配合单位反馈 and superseded rows
}

// Merge merges returns into one Book. Returns are taken in the order given;
// the Book's rows and tasks are sorted by task ID.
func Merge(returns []Return) Book {
	return MergeWith(returns, MergeOptions{})
}

// MergeOptions are the settings of MergeWith.
type MergeOptions struct {
	// Plan is the master workbook's rows. When given, its tasks are the
	// plan: every task is expected to be reported by its lead, the plan's
	// departments, targets and deadlines are the ones judged against, and
	// returns that depart from it are reported.
	Plan *Return
	// PlanID is the plan's fingerprint, to tell returns sent from another
	// version of it.
	PlanID string
	// Date reads a 填报日期, to tell which of two rows a department sent
	// for one outcome is the later. Without it dates compare as text.
	Date func(string) (time.Time, bool)
}

// MergeWith merges returns as Merge does, against a plan when one is given.
func MergeWith(returns []Return, opts MergeOptions) Book {
	var aliases []Alias
	if opts.Plan != nil {
		aliases = append(aliases, opts.Plan.Aliases...)
	}
	for _, r := range returns {
		aliases = append(aliases, r.Aliases...)
	}
	b := Book{Directory: NewDirectory(aliases)}
	for _, r := range returns {
		b.Files = append(b.Files, FileSummary{
			File: r.File, Dept: r.Dept,
			Tasks: len(r.Tasks), Responsibilities: len(r.Responsibilities), Outcomes: len(r.Outcomes),
			Failed: hasLevel(r.Problems, FileUnreadable),
		})
		b.Tasks = append(b.Tasks, r.Tasks...)
		b.Responsibilities = append(b.Responsibilities, r.Responsibilities...)
		b.Outcomes = append(b.Outcomes, r.Outcomes...)
		b.Problems = append(b.Problems, r.Problems...)
	}
	var plan *Lists
	keys := keyer{collided: map[string]map[string]bool{}, dir: b.Directory}
	if opts.Plan != nil {
		plan = &opts.Plan.Lists
		b.Problems = append(b.Problems, otherPlans(returns, opts.PlanID)...)
	} else {
		var conflicts []Problem
		keys, conflicts = taskKeys(b.Tasks, b.Directory)
		b.Problems = append(b.Problems, conflicts...)
	}
	later := laterRow(opts.Date, returns)
	b.Plan, b.Problems = buildPlan(&b, plan, keys, later, b.Problems)
	b.Problems = append(b.Problems, silentLeads(b)...)
	b.Units = units(b)
	for _, rows := range [][]Row{b.Tasks, b.Responsibilities, b.Outcomes} {
		sortRows(rows)
	}
	SortProblems(b.Problems)
	return b
}

// laterRow returns a test of whether row a was sent after row b: by
// their 填报日期, else by their files' times, else a's file came later.
func laterRow(date func(string) (time.Time, bool), returns []Return) func(a, b Row) bool {
	modified := map[string]time.Time{}
	for _, r := range returns {
		modified[r.File] = r.Modified
	}
	return func(a, b Row) bool {
		da, db := a.Get(templates.ReportDate), b.Get(templates.ReportDate)
		if date != nil {
			ta, oka := date(da)
			tb, okb := date(db)
			if oka && okb && !ta.Equal(tb) {
				return ta.After(tb)
			}
		} else if da != db && da != "" && db != "" {
			return da > db
		}
		if ma, mb := modified[a.Source.File], modified[b.Source.File]; !ma.IsZero() && !mb.IsZero() && !ma.Equal(mb) {
			return ma.After(mb)
		}
		return false
	}
}

// otherPlans reports returns sent from another version of the plan.
func otherPlans(returns []Return, planID string) []Problem {
	var out []Problem
	for _, r := range returns {
		if r.PlanID != "" && planID != "" && r.PlanID != planID {
			out = append(out, Problem{Level: Warning, Code: OtherPlan, Dept: r.Dept, File: r.File,
				Message:    fmt.Sprintf("这份工作簿是按另一版任务总表下发的（版本 %s，现在是 %s），按现在的任务总表核验", r.PlanID, planID),
				Suggestion: "如任务总表已修改，请把新下发的工作簿发给该单位重新填报"})
		}
	}
	return out
}

// silentLeads reports each lead unit from which no workbook came.
func silentLeads(b Book) []Problem {
	sent := map[string]bool{}
	for _, f := range b.Files {
		sent[b.Directory.Key(f.Dept)] = true
	}
	led := map[string]int{}
	var order []string
	for _, t := range b.Plan {
		k := b.Directory.Key(t.Lead)
		if k == "" || sent[k] {
			continue
		}
		if led[k] == 0 {
			order = append(order, t.Lead)
		}
		led[k]++
	}
	var out []Problem
	for _, d := range order {
		out = append(out, Problem{
			Level: Warning, Code: LeadSilent, Dept: d,
			Message:    fmt.Sprintf("未收到%s的报送，其牵头的 %d 项任务按未报送统计", d, led[b.Directory.Key(d)]),
			Suggestion: "请催报",
		})
	}
	return out
}

// units lists every department the book names: leads, partners and the
// senders of workbooks, with the spellings that were read as each.
func units(b Book) []Unit {
	dir := b.Directory
	index := map[string]int{}
	var out []Unit
	unit := func(name string) *Unit {
		k := dir.Key(name)
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Unit{Name: dir.Name(name)})
		}
		u := &out[i]
		spelled := strings.TrimSpace(name)
		if spelled != u.Name && !slices.Contains(u.Spellings, spelled) {
			u.Spellings = append(u.Spellings, spelled)
		}
		return u
	}
	for _, t := range b.Plan {
		if IsDept(t.Lead) {
			unit(t.Lead).Led++
		}
		for _, p := range t.Partners {
			unit(p).Partnered++
		}
	}
	for _, rows := range [][]Row{b.Tasks, b.Responsibilities, b.Outcomes} {
		for _, r := range rows {
			if IsDept(r.Dept) {
				unit(r.Dept)
			}
			if v := r.Get(templates.Lead); IsDept(v) {
				unit(v)
			}
			for _, p := range SplitDepts(r.Get(templates.Partners)) {
				unit(p)
			}
		}
	}
	for _, f := range b.Files {
		if IsDept(f.Dept) && !f.Failed {
			unit(f.Dept).Sent = true
		}
	}
	order := NameOrder()
	slices.SortStableFunc(out, func(a, b Unit) int { return order(a.Name, b.Name) })
	return out
}

func hasLevel(ps []Problem, c Code) bool {
	for _, p := range ps {
		if p.Code == c {
			return true
		}
	}
	return false
}

// taskKey identifies a task in the merge.
type taskKey struct {
	id    string // folded 任务编号
	owner string // DeptKey of the owning department when IDs collide
}

// keyer tells which task a row belongs to.
type keyer struct {
	collided map[string]map[string]bool // folded id → owner depts
	dir      *Directory
}

func (k keyer) key(r Row) taskKey {
	id := templates.Fold(r.Get(templates.TaskID))
	owners, ok := k.collided[id]
	if !ok {
		return taskKey{id: id}
	}
	if d := k.dir.Key(r.Dept); owners[d] {
		return taskKey{id: id, owner: d}
	}
	return taskKey{id: id}
}

// taskKeys finds task IDs that two departments used for different tasks.
func taskKeys(tasks []Row, dir *Directory) (keyer, []Problem) {
	type seen struct {
		name string
		row  Row
	}
	byID := map[string][]seen{}
	var ids []string
	for _, r := range tasks {
		id := templates.Fold(r.Get(templates.TaskID))
		if id == "" {
			continue
		}
		if _, ok := byID[id]; !ok {
			ids = append(ids, id)
		}
		byID[id] = append(byID[id], seen{name: nameKey(r.Get(templates.TaskName)), row: r})
	}
	k := keyer{collided: map[string]map[string]bool{}, dir: dir}
	var problems []Problem
	for _, id := range ids {
		list := byID[id]
		first := list[0]
		for _, s := range list[1:] {
			if s.name == "" || first.name == "" || s.name == first.name || dir.Key(s.row.Dept) == dir.Key(first.row.Dept) {
				continue
			}
			owners := k.collided[id]
			if owners == nil {
				owners = map[string]bool{dir.Key(first.row.Dept): true}
				k.collided[id] = owners
			}
			owners[dir.Key(s.row.Dept)] = true
			problems = append(problems, At(s.row, templates.TaskID, Warning, TaskIDConflict,
				fmt.Sprintf("任务编号 %s 在 %s 中是“%s”，在本表中是“%s”，已按单位分别汇总",
					s.row.Get(templates.TaskID), first.row.Source.File, first.row.Get(templates.TaskName), s.row.Get(templates.TaskName)),
				"请按工作要点的统一编号填写任务编号"))
		}
	}
	return k, problems
}

// nameKey is the form in which two task names compare: folded, without
// punctuation.
func nameKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, templates.Fold(s))
}

// buildPlan gathers the rows of each task into a Task. With a plan, the
// plan's rows come first and decide the tasks' fields, departments,
// targets and deadlines.
func buildPlan(b *Book, plan *Lists, k keyer, later func(a, b Row) bool, problems []Problem) ([]Task, []Problem) {
	dir := b.Directory
	if plan == nil {
		plan = &Lists{}
	}
	tasks := map[taskKey]*Task{}
	var order []taskKey
	get := func(r Row) *Task {
		key := k.key(r)
		if key.id == "" {
			return nil
		}
		t, ok := tasks[key]
		if !ok {
			t = &Task{ID: r.Get(templates.TaskID)}
			if key.owner != "" {
				t.Owner = dir.Name(r.Dept)
			}
			tasks[key] = t
			order = append(order, key)
		}
		return t
	}

	for _, rows := range [][]Row{plan.Tasks, plan.Responsibilities, plan.Outcomes} {
		for _, r := range rows {
			if t := get(r); t != nil {
				t.InPlan = true
			}
		}
	}

	// Leads first: the lead's own 任务清单 row is the one whose fields count.
	leads := map[*Task][]Row{}
	planLeads := map[*Task][]Row{}
	for _, r := range plan.Responsibilities {
		if t := get(r); t != nil {
			planLeads[t] = append(planLeads[t], r)
		}
	}
	for _, r := range b.Responsibilities {
		if t := get(r); t != nil {
			leads[t] = append(leads[t], r)
		}
	}
	for _, key := range order {
		t := tasks[key]
		rows := leads[t]
		if p := planLeads[t]; len(p) > 0 {
			rows = p
		}
		if len(rows) == 0 {
			continue
		}
		var conflict bool
		t.Lead, conflict = vote(rows, templates.Lead, dir)
		if conflict {
			r := rows[len(rows)-1]
			problems = append(problems, At(r, templates.Lead, Warning, LeadConflict,
				fmt.Sprintf("任务 %s 的牵头单位各表填写不一致，按多数取“%s”", t.ID, t.Lead),
				"请与工作要点核对牵头单位"))
		}
		seen := map[string]bool{dir.Key(t.Lead): true}
		for _, r := range rows {
			for _, p := range SplitDepts(r.Get(templates.Partners)) {
				if !seen[dir.Key(p)] {
					seen[dir.Key(p)] = true
					t.Partners = append(t.Partners, dir.Name(p))
				}
			}
		}
	}
	planned := map[*Task]bool{}
	for _, r := range plan.Tasks {
		if t := get(r); t != nil {
			t.From, planned[t] = r, true
			t.Section, t.Name = r.Get(templates.Section), r.Get(templates.TaskName)
			t.Content, t.Deadline = r.Get(templates.Content), r.Get(templates.Deadline)
		}
	}
	for _, r := range b.Tasks {
		t := get(r)
		if t == nil {
			continue
		}
		if planned[t] {
			t.Reported = append(t.Reported, r)
			continue
		}
		fromLead := t.From.Source.File != "" && dir.Key(t.From.Dept) == dir.Key(t.Lead)
		if t.From.Source.File == "" || !fromLead && dir.Key(r.Dept) == dir.Key(t.Lead) {
			t.From = r
			t.Section = r.Get(templates.Section)
			t.Name = r.Get(templates.TaskName)
			t.Content = r.Get(templates.Content)
			t.Deadline = r.Get(templates.Deadline)
		}
	}

	outcomes := map[*Task]map[string]*Outcome{}
	for _, r := range plan.Outcomes {
		t := get(r)
		if t == nil {
			continue
		}
		if outcomes[t] == nil {
			outcomes[t] = map[string]*Outcome{}
		}
		id := r.Get(templates.OutcomeID)
		if id == "" {
			id = strconv.Itoa(len(outcomes[t]) + 1)
		}
		outcomes[t][templates.Fold(id)] = &Outcome{ID: id, InPlan: true,
			Expected: r.Get(templates.Expected), Target: r.Get(templates.Target), Deadline: r.Get(templates.Deadline)}
	}
	firstRow := map[*Task]Row{}
	seq := map[string]int{}
	for _, r := range b.Outcomes {
		t := get(r)
		if t == nil {
			continue
		}
		if _, ok := firstRow[t]; !ok {
			firstRow[t] = r
		}
		id := r.Get(templates.OutcomeID)
		if id == "" {
			// Unnumbered outcomes are numbered in order within the task,
			// department and file, so the lead's and the partners' rows
			// pair up, and a file sent twice repeats its numbers.
			s := fmt.Sprintf("%p|%s|%s", t, dir.Key(r.Dept), r.Source.File)
			seq[s]++
			id = strconv.Itoa(seq[s])
		}
		m := outcomes[t]
		if m == nil {
			m = map[string]*Outcome{}
			outcomes[t] = m
		}
		o, ok := m[templates.Fold(id)]
		if !ok {
			o = &Outcome{ID: id}
			m[templates.Fold(id)] = o
		}
		o.Others = append(o.Others, r)
	}

	type leadless struct {
		id string
		at Row
	}
	noLead := map[string][]leadless{} // by file
	reportNoLead := func() {
		// One problem per file: a return without a 责任清单 leaves every
		// task it reports without a lead.
		files := make([]string, 0, len(noLead))
		for f := range noLead {
			files = append(files, f)
		}
		slices.Sort(files)
		for _, f := range files {
			ts := noLead[f]
			ids := make([]string, len(ts))
			for i, l := range ts {
				ids[i] = l.id
			}
			msg := fmt.Sprintf("任务 %s 没有在责任清单中填写牵头单位，暂按填报单位“%s”统计", ids[0], ts[0].at.Dept)
			if len(ts) > 1 {
				msg = fmt.Sprintf("%d 项任务（%s）没有在责任清单中填写牵头单位，暂按填报单位“%s”统计", len(ts), strings.Join(ids, "、"), ts[0].at.Dept)
			}
			problems = append(problems, At(ts[0].at, templates.TaskID, Warning, LeadUnknown, msg, "请在责任清单中补充牵头单位"))
		}
	}
	out := make([]Task, 0, len(order))
	for _, key := range order {
		t := tasks[key]
		if len(plan.Tasks)+len(plan.Responsibilities) > 0 && !t.InPlan {
			at := t.From
			if at.Source.File == "" {
				at = firstRow[t]
			}
			problems = append(problems, At(at, templates.TaskID, Warning, NotInPlan,
				fmt.Sprintf("任务编号 %s 不在任务总表中", t.ID), "请核对任务编号，或请办公室把该任务补入任务总表"))
		}
		if t.Lead == "" {
			at := t.From
			if at.Source.File == "" {
				at = firstRow[t]
			}
			t.Lead = dir.Name(at.Dept)
			noLead[at.Source.File] = append(noLead[at.Source.File], leadless{t.ID, at})
		}
		for _, o := range sortedOutcomes(outcomes[t]) {
			problems = pickLead(t, o, dir, later, problems)
			t.Outcomes = append(t.Outcomes, *o)
		}
		if len(t.Outcomes) == 0 {
			t.Outcomes = []Outcome{{}}
		}
		out = append(out, *t)
	}
	reportNoLead()
	slices.SortStableFunc(out, func(a, b Task) int {
		return cmp.Or(CompareIDs(a.ID, b.ID), cmp.Compare(a.Owner, b.Owner))
	})
	return out, problems
}

func sortedOutcomes(m map[string]*Outcome) []*Outcome {
	out := make([]*Outcome, 0, len(m))
	for _, o := range m {
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b *Outcome) int { return CompareIDs(a.ID, b.ID) })
	return out
}

// pickLead chooses, among an outcome's rows, the one its lead unit sent;
// when the lead sent it twice, the later 填报日期 wins (else the later file).
func pickLead(t *Task, o *Outcome, dir *Directory, later func(a, b Row) bool, problems []Problem) []Problem {
	rows := o.Others
	o.Others = nil
	lead := dir.Key(t.Lead)
	for i := range rows {
		r := rows[i]
		if dir.Key(r.Dept) != lead {
			o.Others = append(o.Others, r)
			continue
		}
		if o.Lead == nil {
			o.Lead = &rows[i]
			continue
		}
		older, newer := o.Lead, &rows[i]
		if later(*older, *newer) {
			older, newer = newer, older
		}
		problems = append(problems, At(*newer, templates.TaskID, Warning, DuplicateOutcome,
			fmt.Sprintf("任务 %s 成果 %s 重复填报，采用本行，%s %s 第%d行未采用",
				t.ID, o.ID, older.Source.File, older.Source.Sheet, older.Source.Row),
			"请删除重复的行"))
		o.Lead = newer
		o.Others = append(o.Others, *older)
	}
	rows = o.Others
	if o.Lead != nil {
		rows = append([]Row{*o.Lead}, rows...)
	}
	for _, r := range rows {
		if o.Expected == "" {
			o.Expected = r.Get(templates.Expected)
		}
		if o.Target == "" {
			o.Target = r.Get(templates.Target)
		}
		if o.Deadline == "" {
			o.Deadline = r.Get(templates.Deadline)
		}
	}
	return problems
}

// vote returns the most common department named in column k among rows,
// the first on a tie, and whether the rows disagreed.
func vote(rows []Row, k templates.Key, dir *Directory) (string, bool) {
	count := map[string]int{}
	first := map[string]string{}
	var order []string
	for _, r := range rows {
		v := dir.Name(r.Get(k))
		key := dir.Key(v)
		if key == "" {
			continue
		}
		if count[key] == 0 {
			order = append(order, key)
			first[key] = v
		}
		count[key]++
	}
	best := ""
	for _, key := range order {
		if best == "" || count[key] > count[best] {
			best = key
		}
	}
	return first[best], len(order) > 1
}

// sortRows orders merged rows by task ID, then department, file and row.
func sortRows(rows []Row) {
	slices.SortStableFunc(rows, func(a, b Row) int {
		return cmp.Or(
			CompareIDs(a.Get(templates.TaskID), b.Get(templates.TaskID)),
			cmp.Compare(a.Source.File, b.Source.File),
			cmp.Compare(a.Source.Sheet, b.Source.Sheet),
			cmp.Compare(a.Source.Row, b.Source.Row),
		)
	})
}

// CompareIDs orders task and outcome numbers as people read them: "2"
// before "10", "3.2" after "3.1" and before "4", an empty ID last.
func CompareIDs(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	pa, pb := idParts(templates.Fold(a)), idParts(templates.Fold(b))
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		var c int
		switch {
		case ea == nil && eb == nil:
			c = cmp.Compare(na, nb)
		case ea == nil:
			c = -1
		case eb == nil:
			c = 1
		default:
			c = cmp.Compare(pa[i], pb[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(pa), len(pb))
}

// idParts splits an ID into runs of digits and runs of other characters,
// dropping separators.
func idParts(s string) []string {
	var parts []string
	var cur strings.Builder
	digit := false
	flush := func() {
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		isDigit := r >= '0' && r <= '9'
		if r == '.' || r == '-' || r == '、' || r == '(' || r == ')' {
			flush()
			continue
		}
		if isDigit != digit {
			flush()
			digit = isDigit
		}
		cur.WriteRune(r)
	}
	flush()
	return parts
}
