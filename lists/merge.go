package lists

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Book is the merge of many returns: the tasks their rows describe, who
// leads and helps with each, the row each lead reported for each outcome,
// and the problems found.
type Book struct {
	Tasks     []Task // sorted by ID
	Files     []FileSummary
	Units     []UnitSummary // every unit named, in pinyin order
	Silent    []units.Unit  // units with tasks from which no readable workbook came, in pinyin order
	Directory *units.Directory
	PlanID    string // the plan's fingerprint, when merged against one
	Year      int    // the plan's year, from the options or the returns qingdan sent; 0 if unknown
	Problems  problems.List
}

// FileSummary says what was read from one file.
type FileSummary struct {
	File                      string
	From                      Sender
	PlanID                    string
	Modified                  time.Time
	Tasks, Resps, Outcomes    int
	Failed, Skipped, Returned bool // Returned: read as a unit's return
}

// UnitSummary is one unit as the merge saw it.
type UnitSummary struct {
	Unit      units.Unit
	Spellings []string // other names it was written as
	Led       int      // tasks it leads
	Partnered int      // tasks it helps with
	Sent      bool     // a readable workbook came from it
}

// Task is one task as the plan or the returns describe it.
type Task struct {
	ID string
	// Owner is set only when two units used the same 任务编号 for different
	// tasks: it is the unit whose numbering ID belongs to.
	Owner    units.Unit
	Section  string
	Name     string
	Deadline check.Deadline
	Note     string
	Leads    []units.Unit // 牵头单位: one or more (共同牵头)
	Partners []units.Unit // 配合单位
	Groups   []string     // phrases naming units collectively, as written
	InPlan   bool         // the plan lists it
	At       At           // the row its fields were taken from
	Outcomes []Outcome
}

// Leads reports whether u leads the task.
func (t Task) Led(u units.Unit) bool { return slices.Contains(t.Leads, u) }

// Outcome is one expected result of a task, with each lead's report of it
// and the feedback of the other units.
type Outcome struct {
	ID        string
	Expected  string
	Target    check.Target
	TargetErr error
	Deadline  check.Deadline // the outcome's own 完成时限, when it has one
	InPlan    bool           // the plan lists it; its target and deadline are the plan's
	Reports   []Report       // one per lead, in the order of the task's Leads
	Feedback  []Feedback     // 配合单位反馈
}

// Report is what one lead unit reported of an outcome.
type Report struct {
	Unit units.Unit
	Row  *OutcomeRow // nil when the lead has not reported it
}

// Feedback is a cooperating unit's word on an outcome.
type Feedback struct {
	From     Sender
	Progress string
	At       source.Pos
}

// MergeOptions are the settings of a merge.
type MergeOptions struct {
	// Plan is the master workbook's rows. When given, its tasks are the
	// plan: every task is expected to be reported by its leads, the plan's
	// units, targets and deadlines are the ones judged against, and
	// returns that depart from it are reported.
	Plan *Return
	// PlanID is the plan's fingerprint, to tell returns sent from another
	// version of it.
	PlanID string
	// Year is the plan's year, for dates that name none; 0 takes it from
	// the returns qingdan sent.
	Year      int
	Directory *units.Directory
	// Shards is the number of shards the rows of returns added (Add) are
	// held in, to be merged at once (Held); 0 holds them in one.
	Shards int
}

// Merge merges returns, in the order given, into one Book.
func Merge(returns []Return, opts MergeOptions) Book {
	m := NewMerger(opts)
	for i := range returns {
		m.Add(&returns[i])
	}
	return m.Book()
}

// Merger merges returns one at a time, keeping what the Book needs of
// each, so that returns can be read, merged and let go in turn.
//
// A merge too large to hold is made in shards: every return is noted in
// order (Note), its rows split by task (Split) and kept by the caller,
// and then each shard is merged and finished in turn (Shard) while the
// Merger counts what the Book says of the whole (Settle). The tasks of
// one shard never meet those of another, and the Book is the same for any
// number of shards.
type Merger struct {
	opts      MergeOptions
	dir       *units.Directory
	planned   bool
	files     []FileSummary
	sent      map[units.Unit]bool
	spellings map[units.Unit][]string
	years     map[int]int
	problems  problems.List
	held      [][]Return           // the rows of returns added, by shard, merged by Book
	roles     map[units.Unit]*role // tasks each unit leads and helps with, of the shards finished
	noLead    []leadless
}

// role counts the tasks a unit leads and helps with.
type role struct{ led, partnered int }

// Shard merges the rows of the tasks of one shard.
type Shard struct {
	m        *Merger
	tasks    map[taskKey]*taskState
	order    []taskKey
	byName   map[string][]taskKey // folded ID → the keys of its tasks
	problems problems.List
	keys     map[string]taskKey // the keys of the task IDs of the return being added
	keysOf   string             // the file of that return
	// What Finish found, for Join.
	noLead          []leadless
	leads, partners []units.Unit // of each task, in turn
}

// taskKey identifies a task in the merge.
type taskKey struct {
	id    string     // folded 任务编号
	owner units.Unit // the owning unit when IDs collide
}

type taskState struct {
	t         Task
	nameKey   string
	firstUnit units.Unit
	firstFile string
	firstName string
	firstPlan string
	firstAt   source.Pos
	declared  units.Unit // the lead the first return named
	rows      []TaskRow  // the first row from each unit, when the plan does not set the fields
	votes     []vote
	outcomes  []*outcomeState          // in the order first met
	byKey     map[string]*outcomeState // the outcomes by key, once a task has many
	seq       map[string]int           // unnumbered outcomes by unit and file
}

type outcomeState struct {
	key  string // folded 成果编号
	o    Outcome
	rows []OutcomeRow
}

// NewMerger returns a Merger against the plan in opts, if any.
func NewMerger(opts MergeOptions) *Merger {
	m := &Merger{
		opts: opts, dir: opts.Directory,
		sent: map[units.Unit]bool{}, spellings: map[units.Unit][]string{}, years: map[int]int{}, roles: map[units.Unit]*role{},
	}
	if m.dir == nil {
		m.dir = units.NewDirectory(nil)
	}
	if opts.Plan != nil {
		m.planned = len(opts.Plan.Tasks)+len(opts.Plan.Resps) > 0
		for _, r := range opts.Plan.Resps {
			if r.ID != "" {
				m.spell(r.Leads, r.LeadText)
			}
		}
	}
	return m
}

// Shard starts shard i of n: the plan's tasks of that shard, ready for
// the rows of the returns noted. Every return must be noted first.
func (m *Merger) Shard(i, n int) *Shard {
	s := &Shard{m: m, tasks: map[taskKey]*taskState{}, byName: map[string][]taskKey{}}
	if m.opts.Plan != nil {
		p := m.opts.Plan
		if n > 1 {
			p = &Split(p, n)[i]
		}
		s.addPlan(p)
	}
	return s
}

// ShardOf returns the shard, of n, of the task numbered id: every row of
// one task, whatever its unit, goes to one shard.
func ShardOf(id string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(templates.Fold(id)))
	return int(h.Sum32() % uint32(n))
}

// Split returns r's rows in n returns, one per shard, each with r's file,
// unit and plan and the rows of its shard's tasks; its problems are
// Note's. Rows without a task ID are merged nowhere and left out.
func Split(r *Return, n int) []Return {
	out := make([]Return, n)
	for i := range out {
		out[i] = Return{File: r.File, From: r.From, PlanID: r.PlanID, Year: r.Year, Modified: r.Modified, Failed: r.Failed, Skipped: r.Skipped, Continued: r.Continued}
	}
	tasks := splitRows(r.Tasks, n, func(row *TaskRow) string { return row.ID })
	resps := splitRows(r.Resps, n, func(row *RespRow) string { return row.ID })
	outcomes := splitRows(r.Outcomes, n, func(row *OutcomeRow) string { return row.TaskID })
	for i := range out {
		o := &out[i]
		o.Tasks, o.Resps, o.Outcomes = tasks[i], resps[i], outcomes[i]
		for j := range o.Tasks {
			o.Tasks[j] = o.Tasks[j].kept()
		}
		for j := range o.Resps {
			o.Resps[j] = o.Resps[j].kept()
		}
		for j := range o.Outcomes {
			o.Outcomes[j] = o.Outcomes[j].kept()
		}
		if r.Declared == nil {
			continue
		}
		for _, row := range o.Tasks {
			if id := templates.Fold(row.ID); r.Declared[id] != "" {
				if o.Declared == nil {
					o.Declared = map[string]units.Unit{}
				}
				o.Declared[id] = r.Declared[id]
			}
		}
	}
	return out
}

// splitRows copies rows to the shards of their task IDs, in order, into
// one slice made for them all; a row without an ID goes to none.
func splitRows[R any](rows []R, n int, id func(*R) string) [][]R {
	parts := make([][]R, n)
	if len(rows) == 0 {
		return parts
	}
	shard := make([]int32, len(rows))
	counts := make([]int, n)
	total := 0
	for i := range rows {
		shard[i] = -1
		if s := id(&rows[i]); s != "" {
			shard[i] = int32(ShardOf(s, n))
			counts[shard[i]]++
			total++
		}
	}
	all := make([]R, total)
	at := 0
	for i, c := range counts {
		if c > 0 {
			parts[i] = all[at : at : at+c]
		}
		at += c
	}
	for i := range rows {
		if s := shard[i]; s >= 0 {
			parts[s] = append(parts[s], rows[i])
		}
	}
	return parts
}

func (sh *Shard) state(k taskKey, id string) *taskState {
	s, ok := sh.tasks[k]
	if !ok {
		s = &taskState{t: Task{ID: id, Owner: k.owner}}
		sh.tasks[k] = s
		sh.order = append(sh.order, k)
		sh.byName[k.id] = append(sh.byName[k.id], k)
	}
	return s
}

// addPlan takes the plan's tasks, units, outcomes, targets and deadlines.
func (sh *Shard) addPlan(p *Return) {
	m := sh
	for _, r := range p.Tasks {
		if r.ID == "" {
			continue
		}
		s := m.state(taskKey{id: templates.Fold(r.ID)}, r.ID)
		s.t.InPlan = true
		s.t.Section, s.t.Name, s.t.Deadline, s.t.Note = r.Section, r.Name, r.Deadline, r.Note
		s.t.At = r.At
		s.nameKey = nameKey(r.Name)
	}
	for _, r := range p.Resps {
		if r.ID == "" {
			continue
		}
		s := m.state(taskKey{id: templates.Fold(r.ID)}, r.ID)
		s.t.InPlan = true
		s.t.Leads = appendNew(s.t.Leads, r.Leads...)
		s.t.Partners = appendNew(s.t.Partners, r.Partners...)
		s.t.Groups = append(s.t.Groups, r.Groups...)
	}
	for _, r := range p.Outcomes {
		if r.TaskID == "" {
			continue
		}
		s := m.state(taskKey{id: templates.Fold(r.TaskID)}, r.TaskID)
		s.t.InPlan = true
		id := r.ID
		if id == "" {
			id = strconv.Itoa(len(s.outcomes) + 1)
		}
		o := s.outcome(id)
		o.o.InPlan = true
		o.o.Expected, o.o.Target, o.o.TargetErr, o.o.Deadline = r.Expected, r.Target, r.TargetErr, r.Deadline
	}
	for _, s := range m.tasks {
		s.t.Partners = slices.DeleteFunc(s.t.Partners, s.t.Led)
	}
}

func (s *taskState) outcome(id string) *outcomeState {
	k := templates.Fold(id)
	if s.byKey != nil {
		if o, ok := s.byKey[k]; ok {
			return o
		}
	} else if i := slices.IndexFunc(s.outcomes, func(o *outcomeState) bool { return o.key == k }); i >= 0 {
		return s.outcomes[i]
	}
	o := &outcomeState{key: k, o: Outcome{ID: id}}
	s.outcomes = append(s.outcomes, o)
	switch {
	case s.byKey != nil:
		s.byKey[k] = o
	case len(s.outcomes) > manyOutcomes:
		s.byKey = map[string]*outcomeState{}
		for _, o := range s.outcomes {
			s.byKey[o.key] = o
		}
	}
	return o
}

// manyOutcomes is how many outcomes a task has before they are looked up
// by key rather than one by one: most tasks have one to three.
const manyOutcomes = 8

func appendNew(dst []units.Unit, us ...units.Unit) []units.Unit {
	for _, u := range us {
		if u != "" && !slices.Contains(dst, u) {
			dst = append(dst, u)
		}
	}
	return dst
}

// spell notes that a cell naming one unit wrote it as text.
func (m *Merger) spell(us []units.Unit, text string) {
	if len(us) != 1 {
		return
	}
	t := strings.TrimSpace(text)
	if t == "" || t == string(us[0]) || slices.Contains(m.spellings[us[0]], t) {
		return
	}
	m.spellings[us[0]] = append(m.spellings[us[0]], t)
}

// Add merges one return. Returns must be added in a fixed order (the
// order of their files) for the Book to be the same from run to run.
func (m *Merger) Add(r *Return) {
	m.Note(r)
	if r.Failed || r.Skipped {
		return
	}
	n := m.HeldShards()
	if m.held == nil {
		m.held = make([][]Return, n)
	}
	for i, part := range Split(r, n) {
		if len(part.Tasks)+len(part.Resps)+len(part.Outcomes) > 0 {
			m.held[i] = append(m.held[i], part)
		}
	}
}

// Note takes what a return says of the whole merge: its file, its
// problems, its unit and the names it writes units by. Every return is
// noted, in order, before any shard takes rows.
func (m *Merger) Note(r *Return) {
	if r.Continued && len(m.files) > 0 {
		f := &m.files[len(m.files)-1]
		f.Tasks, f.Resps, f.Outcomes = f.Tasks+len(r.Tasks), f.Resps+len(r.Resps), f.Outcomes+len(r.Outcomes)
		if r.Failed {
			// The file failed after its first parts were merged.
			f.Failed, f.Returned = true, false
		}
		m.problems.Add(r.Problems...)
		m.spellResps(r)
		return
	}
	m.files = append(m.files, FileSummary{
		File: r.File, From: r.From, PlanID: r.PlanID, Modified: r.Modified,
		Tasks: len(r.Tasks), Resps: len(r.Resps), Outcomes: len(r.Outcomes),
		Failed: r.Failed, Skipped: r.Skipped, Returned: !r.Failed && !r.Skipped,
	})
	m.problems.Add(r.Problems...)
	if r.Failed || r.Skipped {
		return
	}
	if r.PlanID != "" && m.opts.PlanID != "" && r.PlanID != m.opts.PlanID {
		m.problems.Add(problems.New(problems.OtherPlan, source.Pos{File: r.File},
			fmt.Sprintf("这份工作簿是按另一版任务总表下发的（版本 %s，现在是 %s），按现在的任务总表核验", r.PlanID, m.opts.PlanID)).For(r.From.Unit))
	}
	if r.Year != 0 {
		m.years[r.Year]++
	}
	if r.From.Unit != "" {
		m.sent[r.From.Unit] = true
		m.spell([]units.Unit{r.From.Unit}, r.From.Text)
	}
	m.spellResps(r)
}

func (m *Merger) spellResps(r *Return) {
	for _, row := range r.Resps {
		if row.ID != "" {
			m.spell(row.Leads, row.LeadText)
		}
	}
}

// Add merges the rows of one return of the shard's tasks (Split), in the
// order the returns were noted.
func (sh *Shard) Add(r *Return) {
	if r.Failed || r.Skipped {
		return
	}
	// The key of each task ID in this return: its own task row decides,
	// with the lead its 责任清单 names.
	declared := r.Declared
	if declared == nil {
		declared = map[string]units.Unit{}
		for _, row := range r.Resps {
			if id := templates.Fold(row.ID); id != "" && len(row.Leads) > 0 && declared[id] == "" {
				declared[id] = row.Leads[0]
			}
		}
	}
	// A part of a return goes on with the keys of its return's parts
	// before it; a shard may have had none of them, and then starts anew.
	if !r.Continued || sh.keys == nil || sh.keysOf != r.File {
		sh.keys, sh.keysOf = map[string]taskKey{}, r.File
	}
	keys := sh.keys
	for _, row := range r.Tasks {
		id := templates.Fold(row.ID)
		if id == "" {
			continue
		}
		if _, ok := keys[id]; !ok {
			keys[id] = sh.keyFor(r, row, declared[id])
		}
	}
	key := func(id string) taskKey {
		f := templates.Fold(id)
		if k, ok := keys[f]; ok {
			return k
		}
		if own := (taskKey{id: f, owner: r.From.Unit}); own.owner != "" && sh.tasks[own] != nil {
			return own
		}
		return taskKey{id: f}
	}
	for _, row := range r.Tasks {
		if row.ID == "" {
			continue
		}
		s := sh.state(key(row.ID), row.ID)
		s.seen(r, row.At.Pos, row.From.Unit)
		if s.t.InPlan {
			sh.changedDeadline(s, row)
			continue
		}
		if !slices.ContainsFunc(s.rows, func(t TaskRow) bool { return t.From.Unit == row.From.Unit }) {
			s.rows = append(s.rows, row.kept())
		}
	}
	for _, row := range r.Resps {
		if row.ID == "" {
			continue
		}
		s := sh.state(key(row.ID), row.ID)
		s.seen(r, row.At.Pos, row.From.Unit)
		if !s.t.InPlan {
			s.votes = append(s.votes, row.vote())
		}
	}
	for _, row := range r.Outcomes {
		if row.TaskID == "" {
			continue
		}
		s := sh.state(key(row.TaskID), row.TaskID)
		s.seen(r, row.At.Pos, row.From.Unit)
		id := row.ID
		if id == "" {
			// Unnumbered outcomes are numbered in order within the task,
			// unit and file, so the lead's and the partners' rows pair up,
			// and a file sent twice repeats its numbers.
			k := string(row.From.Unit) + "\x00" + row.At.Source().File
			if s.seq == nil {
				s.seq = map[string]int{}
			}
			s.seq[k]++
			id = strconv.Itoa(s.seq[k])
		}
		o := s.outcome(id)
		o.rows = append(o.rows, row.kept())
	}
}

// kept and vote are the fields of a row the merge keeps until the Book is made:
// what judging, the assessment and the reports read. The rest of the
// row's text is in the merged lists by then, written as it was read.
func (r TaskRow) kept() TaskRow {
	r.Content, r.Other = "", ""
	return r
}

// vote is what a 责任清单 row says of who leads and helps with a task.
type vote struct {
	Leads, Partners []units.Unit
	Groups          []string
	At              At
	From            units.Unit
}

func (r RespRow) vote() vote {
	return vote{Leads: r.Leads, Partners: r.Partners, Groups: r.Groups, At: r.At, From: r.From.Unit}
}

func (r RespRow) kept() RespRow {
	r.LeadText, r.PartnerText, r.Leader, r.Owner, r.Contact, r.Phone, r.Other = "", "", "", "", "", "", ""
	return r
}

func (r OutcomeRow) kept() OutcomeRow {
	r.Evidence, r.Other = "", ""
	return r
}

// seen notes the first row of a task, where problems about the task as a
// whole are shown.
func (s *taskState) seen(r *Return, at source.Pos, u units.Unit) {
	if s.firstAt.File == "" {
		s.firstAt, s.firstUnit, s.firstFile, s.firstPlan = at.At(1), u, r.File, r.PlanID
	}
}

// keyFor decides which task a return's task row belongs to. Two units'
// rows with one 任务编号 and different names are different tasks, numbered
// each by its unit (M01) — unless both were sent from one plan, or both
// name the same lead: then the task was renamed, and is one.
func (sh *Shard) keyFor(r *Return, row TaskRow, declared units.Unit) taskKey {
	id := templates.Fold(row.ID)
	k := taskKey{id: id}
	if sh.m.planned {
		return k
	}
	name := nameKey(row.Name)
	for _, other := range sh.byName[id] {
		if s := sh.tasks[other]; s.nameKey == name || other.owner != "" && other.owner == row.From.Unit {
			return other
		}
	}
	s := sh.tasks[k]
	switch {
	case s == nil || s.nameKey == "":
		if s == nil {
			s = sh.state(k, row.ID)
		}
		s.nameKey, s.firstName, s.declared = name, row.Name, declared
		return k
	case name == "", row.From.Unit == "", row.From.Unit == s.firstUnit:
		return k
	case r.PlanID != "" && r.PlanID == s.firstPlan:
		return k // one plan's numbering
	case declared != "" && declared == s.declared:
		return k // the same lead: a renamed task
	}
	own := taskKey{id: id, owner: row.From.Unit}
	if s.t.Owner == "" {
		s.t.Owner = s.firstUnit
	}
	n := sh.state(own, row.ID)
	n.nameKey, n.firstName, n.declared = name, row.Name, declared
	sh.problems.Add(problems.New(problems.TaskIDConflict, row.At.Cell(templates.TaskID),
		fmt.Sprintf("任务编号 %s 在 %s 中是“%s”，在本表中是“%s”，已按单位分别汇总", row.ID, s.firstFile, s.firstName, row.Name)).For(row.From.Unit))
	return own
}

// changedDeadline reports a unit's row that gives a task of the plan
// another deadline than the plan's. "年底前" and "2026年底前" are one.
func (sh *Shard) changedDeadline(s *taskState, row TaskRow) {
	if row.Deadline.Text == "" || templates.Fold(row.Deadline.Text) == templates.Fold(s.t.Deadline.Text) ||
		row.Deadline.Same(s.t.Deadline, sh.m.year()) {
		return
	}
	sh.problems.Add(problems.New(problems.PlanChanged, row.At.Cell(templates.Deadline),
		fmt.Sprintf("任务 %s 的完成时限改成了“%s”，任务总表是“%s”，按任务总表核验", s.t.ID, row.Deadline.Text, s.t.Deadline.Text)).For(row.From.Unit))
}

// Year is the plan's year: as given, else the one most returns qingdan
// sent name; 0 if none does.
func (m *Merger) Year() int { return m.year() }

func (m *Merger) year() int {
	if m.opts.Year != 0 {
		return m.opts.Year
	}
	best := 0
	for y, n := range m.years {
		if best == 0 || n > m.years[best] || n == m.years[best] && y > best {
			best = y
		}
	}
	return best
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

// Book ends the merge and returns it. What the Merger kept of each task is
// let go as the task is made, so that the two are not held at once; the
// Merger takes no more returns.
func (m *Merger) Book() Book {
	var tasks []Task
	for i := range m.HeldShards() {
		sh := m.Held(i)
		tasks = append(tasks, sh.Finish()...)
		sh.Join()
	}
	sortTasks(tasks)
	b := m.Settle()
	b.Tasks = tasks
	return b
}

// HeldShards is the number of shards the rows of returns added are held
// in: opts.Shards, or 1.
func (m *Merger) HeldShards() int { return max(1, m.opts.Shards) }

// Held returns shard i of the returns added (Add), with their rows, to be
// finished and joined in order as the shards of a merge too large to hold
// are, and then settled (Settle); the Merger lets its rows go. Shards may
// be taken and finished at once, each on a goroutine of its own.
func (m *Merger) Held(i int) *Shard {
	sh := m.Shard(i, m.HeldShards())
	if i < len(m.held) {
		for j := range m.held[i] {
			sh.Add(&m.held[i][j])
			m.held[i][j] = Return{}
		}
		m.held[i] = nil
	}
	return sh
}

// Finish ends the shard and returns its tasks, sorted by ID. What the
// shard kept of each task is let go as the task is made. Shards may be
// finished at once, each on a goroutine of its own; each is then joined
// to the Merger (Join), one at a time, in the order of their numbers.
func (sh *Shard) Finish() []Task {
	m := sh.m
	tasks := make([]Task, 0, len(sh.order))
	for _, k := range sh.order {
		s := sh.tasks[k]
		t, missing := m.finish(s, &sh.problems)
		if missing {
			sh.noLead = append(sh.noLead, leadless{t.ID, s.firstAt, s.firstUnit})
		}
		tasks = append(tasks, t)
		delete(sh.tasks, k)
	}
	sh.tasks, sh.byName, sh.order = nil, nil, nil
	sortTasks(tasks)
	for _, t := range tasks {
		sh.leads = append(sh.leads, t.Leads...)
		sh.partners = append(sh.partners, t.Partners...)
	}
	return tasks
}

// Join adds to the Merger what a finished shard found of the whole merge:
// its problems, the tasks each unit leads and helps with, and the tasks
// no 责任清单 named a lead for.
func (sh *Shard) Join() {
	m := sh.m
	m.noLead = append(m.noLead, sh.noLead...)
	for _, u := range sh.leads {
		m.role(u).led++
	}
	for _, u := range sh.partners {
		m.role(u).partnered++
	}
	m.problems = append(m.problems, sh.problems...)
	sh.problems, sh.noLead, sh.leads, sh.partners = nil, nil, nil, nil
}

// sortTasks sorts tasks as CompareTasks orders them, each ID read once
// and each task moved once: a shard sorts tens of thousands.
func sortTasks(tasks []Task) {
	type keyed struct {
		key IDKey
		i   int
	}
	ks := make([]keyed, len(tasks))
	for i := range tasks {
		ks[i] = keyed{KeyOf(tasks[i].ID), i}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		return cmp.Or(a.key.Compare(b.key), strings.Compare(string(tasks[a.i].Owner), string(tasks[b.i].Owner)))
	})
	sorted := make([]Task, len(tasks))
	for j, k := range ks {
		sorted[j] = tasks[k.i]
	}
	copy(tasks, sorted)
}

// CompareTasks orders tasks as the Book holds them: by ID, then by the
// unit whose numbering the ID follows.
func CompareTasks(x, y Task) int {
	return cmp.Or(CompareIDs(x.ID, y.ID), strings.Compare(string(x.Owner), string(y.Owner)))
}

func (m *Merger) role(u units.Unit) *role {
	r := m.roles[u]
	if r == nil {
		r = &role{}
		m.roles[u] = r
	}
	return r
}

// Settle ends a merge made in shards and returns its Book without Tasks:
// each shard's Finish gave its own. Every shard must be finished first.
func (m *Merger) Settle() Book {
	b := Book{Files: m.files, Directory: m.dir, PlanID: m.opts.PlanID, Year: m.year()}
	b.Problems = append(b.Problems, m.problems...)
	b.Problems.Add(reportNoLead(m.noLead)...)
	b.Units = m.units()
	for _, u := range b.Units {
		if (u.Led > 0 || u.Partnered > 0) && !u.Sent && len(m.files) > 0 {
			b.Silent = append(b.Silent, u.Unit)
			b.Problems.Add(silentProblem(u))
		}
	}
	b.Problems.Sort(SheetRank)
	return b
}

// SheetRank orders sheet names as the template does, the lists first, for
// sorting problems in the order a user reads a workbook.
func SheetRank(name string) int {
	for i, l := range templates.Lists {
		if l.Name == name {
			return i
		}
	}
	return len(templates.Lists)
}

func silentProblem(u UnitSummary) problems.Problem {
	var msg string
	switch {
	case u.Led > 0 && u.Partnered > 0:
		msg = fmt.Sprintf("未收到%s的报送，其牵头的 %d 项任务按未报送统计，配合的 %d 项任务未反馈", u.Unit, u.Led, u.Partnered)
	case u.Led > 0:
		msg = fmt.Sprintf("未收到%s的报送，其牵头的 %d 项任务按未报送统计", u.Unit, u.Led)
	default:
		msg = fmt.Sprintf("未收到%s的报送，其配合的 %d 项任务未反馈", u.Unit, u.Partnered)
	}
	return problems.New(problems.UnitSilent, source.Pos{}, msg).For(u.Unit)
}

type leadless struct {
	id   string
	at   source.Pos
	unit units.Unit
}

// reportNoLead gives one problem per file: a return without a 责任清单
// leaves every task it reports without a lead.
func reportNoLead(ls []leadless) problems.List {
	// The tasks of each file in the order of their rows, whichever shard
	// finished them.
	slices.SortStableFunc(ls, func(a, b leadless) int {
		return cmp.Or(strings.Compare(a.at.File, b.at.File), cmp.Compare(SheetRank(a.at.Sheet), SheetRank(b.at.Sheet)),
			strings.Compare(a.at.Sheet, b.at.Sheet), cmp.Compare(a.at.Row, b.at.Row), CompareIDs(a.id, b.id))
	})
	byFile := map[string][]leadless{}
	var files []string
	for _, l := range ls {
		if _, ok := byFile[l.at.File]; !ok {
			files = append(files, l.at.File)
		}
		byFile[l.at.File] = append(byFile[l.at.File], l)
	}
	var out problems.List
	for _, f := range files {
		ts := byFile[f]
		ids := make([]string, len(ts))
		for i, l := range ts {
			ids[i] = l.id
		}
		msg := fmt.Sprintf("任务 %s 没有在责任清单中填写牵头单位，暂按填报单位“%s”统计", ids[0], ts[0].unit)
		if len(ts) > 1 {
			msg = fmt.Sprintf("%d 项任务（%s）没有在责任清单中填写牵头单位，暂按填报单位“%s”统计", len(ts), strings.Join(ids, "、"), ts[0].unit)
		}
		out.Add(problems.New(problems.LeadUnknown, ts[0].at, msg).For(ts[0].unit))
	}
	return out
}

// finish settles one task: its leads, its fields, and for each outcome the
// row each lead reported. missing reports a task whose lead no row named.
func (m *Merger) finish(s *taskState, ps *problems.List) (Task, bool) {
	t := s.t
	if !t.InPlan {
		m.vote(s, &t, ps)
	}
	if m.planned && !t.InPlan {
		ps.Add(problems.New(problems.NotInPlan, s.firstAt,
			fmt.Sprintf("任务编号 %s 不在任务总表中", t.ID)).For(s.firstUnit))
	}
	if !t.InPlan && len(s.rows) > 0 {
		from := s.rows[0]
		for _, r := range s.rows {
			if t.Led(r.From.Unit) {
				from = r
				break
			}
		}
		t.Section, t.Name, t.Deadline, t.Note = from.Section, from.Name, from.Deadline, from.Note
		t.At = from.At
	}
	missing := false
	if len(t.Leads) == 0 && s.firstUnit != "" {
		t.Leads, missing = []units.Unit{s.firstUnit}, true
	}
	if t.At.Pos.File == "" {
		t.At = At{Pos: s.firstAt}
	}
	for _, o := range sortedOutcomes(s) {
		t.Outcomes = append(t.Outcomes, m.pickReports(&t, o, ps))
	}
	if len(t.Outcomes) == 0 {
		o := Outcome{}
		for _, u := range t.Leads {
			o.Reports = append(o.Reports, Report{Unit: u})
		}
		t.Outcomes = []Outcome{o}
	}
	return t, missing
}

func sortedOutcomes(s *taskState) []*outcomeState {
	os := slices.Clone(s.outcomes)
	slices.SortStableFunc(os, func(a, b *outcomeState) int { return CompareIDs(a.o.ID, b.o.ID) })
	return os
}

// vote takes a task's leads and partners from the 责任清单 rows the returns
// sent: the leads most rows name, and every partner any row names.
func (m *Merger) vote(s *taskState, t *Task, ps *problems.List) {
	// The distinct leads named, in the order first named; a task has a
	// vote or two, and comparing them costs less than keying a map.
	type named struct {
		leads []units.Unit
		count int
	}
	var order []named
	for _, r := range s.votes {
		if len(r.Leads) == 0 {
			continue
		}
		i := slices.IndexFunc(order, func(n named) bool { return slices.Equal(n.leads, r.Leads) })
		if i < 0 {
			i = len(order)
			order = append(order, named{leads: r.Leads})
		}
		order[i].count++
	}
	best := -1
	for i, n := range order {
		if best < 0 || n.count > order[best].count {
			best = i
		}
	}
	t.Leads = nil
	if best >= 0 {
		t.Leads = order[best].leads
	}
	if len(order) > 1 {
		r := s.votes[len(s.votes)-1]
		names := make([]string, len(t.Leads))
		for i, u := range t.Leads {
			names[i] = string(u)
		}
		ps.Add(problems.New(problems.LeadConflict, r.At.Cell(templates.Lead),
			fmt.Sprintf("任务 %s 的牵头单位各表填写不一致，按多数取“%s”", t.ID, strings.Join(names, "、"))).For(r.From))
	}
	for _, r := range s.votes {
		t.Partners = appendNew(t.Partners, r.Partners...)
		for _, g := range r.Groups {
			if !slices.Contains(t.Groups, g) {
				t.Groups = append(t.Groups, g)
			}
		}
	}
	t.Partners = slices.DeleteFunc(t.Partners, t.Led)
}

// pickReports chooses, among an outcome's rows, the one each lead sent:
// when a lead sent it twice, the later 填报日期 wins, else the later file.
func (m *Merger) pickReports(t *Task, os *outcomeState, ps *problems.List) Outcome {
	o := os.o
	year := m.year()
	if year == 0 {
		year = 2000 // dates without a year compare within any one year
	}
	for _, lead := range t.Leads {
		rep := Report{Unit: lead}
		for i := range os.rows {
			r := &os.rows[i]
			if r.From.Unit != lead {
				continue
			}
			if rep.Row == nil {
				rep.Row = r
				continue
			}
			older, newer := rep.Row, r
			if m.later(*older, *newer, year) {
				older, newer = newer, older
			}
			src := older.At.Source()
			ps.Add(problems.New(problems.DuplicateOutcome, newer.At.Cell(templates.TaskID),
				fmt.Sprintf("任务 %s 成果 %s 重复填报，采用本行，%s %s 第%d行未采用", t.ID, o.ID, src.File, src.Sheet, src.Row)).For(lead))
			rep.Row = newer
		}
		o.Reports = append(o.Reports, rep)
	}
	for _, r := range os.rows {
		if !t.Led(r.From.Unit) && r.Progress != "" {
			o.Feedback = append(o.Feedback, Feedback{From: r.From, Progress: r.Progress, At: r.At.Source()})
		}
	}
	if !o.InPlan {
		// The fields the plan would give, from the leads' rows first.
		var rows []*OutcomeRow
		for _, rep := range o.Reports {
			if rep.Row != nil {
				rows = append(rows, rep.Row)
			}
		}
		for i := range os.rows {
			rows = append(rows, &os.rows[i])
		}
		for _, r := range rows {
			if o.Expected == "" {
				o.Expected = r.Expected
			}
			if o.Target.Text == "" && r.Target.Text != "" {
				o.Target, o.TargetErr = r.Target, r.TargetErr
			}
			if o.Deadline.Text == "" {
				o.Deadline = r.Deadline
			}
		}
		return o
	}
	for _, rep := range o.Reports {
		if r := rep.Row; r != nil && r.Target.Text != "" && !check.SameTarget(r.Target, o.Target) {
			ps.Add(problems.New(problems.PlanChanged, r.At.Cell(templates.Target),
				fmt.Sprintf("任务 %s 成果 %s 的目标值改成了“%s”，任务总表是“%s”，按任务总表核验", t.ID, o.ID, r.Target.Text, o.Target.Text)).For(rep.Unit))
		}
	}
	return o
}

// later reports whether row a was sent after row b: by their 填报日期,
// else by their files' times.
func (m *Merger) later(a, b OutcomeRow, year int) bool {
	if da, db := a.ReportDate.In(year), b.ReportDate.In(year); !da.IsZero() && !db.IsZero() && !da.Equal(db) {
		return da.After(db)
	}
	ma, mb := m.modified(a.At.Source().File), m.modified(b.At.Source().File)
	return !ma.IsZero() && !mb.IsZero() && ma.After(mb)
}

func (m *Merger) modified(file string) time.Time {
	for i := len(m.files) - 1; i >= 0; i-- {
		if m.files[i].File == file {
			return m.files[i].Modified
		}
	}
	return time.Time{}
}

// units lists every unit the book names: leads, partners and the senders
// of workbooks, with the spellings that were read as each.
func (m *Merger) units() []UnitSummary {
	var out []UnitSummary
	for u, r := range m.roles {
		out = append(out, UnitSummary{Unit: u, Spellings: m.spellings[u], Sent: m.sent[u], Led: r.led, Partnered: r.partnered})
	}
	for _, f := range m.files {
		if u := f.From.Unit; u != "" && f.Returned && m.roles[u] == nil {
			m.roles[u] = &role{}
			out = append(out, UnitSummary{Unit: u, Spellings: m.spellings[u], Sent: m.sent[u]})
		}
	}
	units.SortBy(out, func(s UnitSummary) units.Unit { return s.Unit })
	return out
}
