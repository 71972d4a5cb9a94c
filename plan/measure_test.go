package plan

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/sheets"
	"golang.org/x/text/width"
)

// annotation is what a person wrote down by hand for one plan of
// testdata/measure: each task's leads and partners, each target's
// indicator and reading.
type annotation struct {
	tasks   map[string][2]string // ID → leads, partners (joined by 、)
	order   []string
	targets map[string][][2]string // task ID → subject, target as check.Target.String
}

func readAnnotation(t *testing.T, path string) annotation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := annotation{tasks: map[string][2]string{}, targets: map[string][][2]string{}}
	s := bufio.NewScanner(f)
	for s.Scan() {
		if strings.HasPrefix(s.Text(), "#") || strings.TrimSpace(s.Text()) == "" {
			continue
		}
		c := strings.Split(s.Text(), "\t")
		for len(c) < 4 {
			c = append(c, "")
		}
		switch c[0] {
		case "task":
			a.tasks[c[1]] = [2]string{c[2], c[3]}
			a.order = append(a.order, c[1])
		case "target":
			a.targets[c[1]] = append(a.targets[c[1]], [2]string{c[2], c[3]})
		}
	}
	return a
}

// score counts what a plan's reading got right against its annotation.
type score struct {
	tasks, found, leads, partners  int
	targets, right, subject, value int
	extracted, junk                int // rows read (tasks and targets), and those matching nothing annotated
	misses                         []string
}

func (s *score) add(o score) {
	s.tasks += o.tasks
	s.found += o.found
	s.leads += o.leads
	s.partners += o.partners
	s.targets += o.targets
	s.right += o.right
	s.subject += o.subject
	s.value += o.value
	s.extracted += o.extracted
	s.junk += o.junk
}

func sameSubject(a, b string) bool {
	trim := func(s string) string {
		for _, p := range []string{"全县", "全市", "全区", "全省"} {
			s = strings.TrimPrefix(s, p)
		}
		return strings.Trim(width.Fold.String(s), "的 ")
	}
	return trim(a) == trim(b)
}

func measure(p Plan, a annotation) score {
	var s score
	byID := map[string]Item{}
	for _, it := range p.Items {
		byID[it.ID] = it
		s.extracted++
		if _, ok := a.tasks[it.ID]; !ok {
			s.junk++
			s.misses = append(s.misses, "多出的任务 "+it.ID+" "+it.Title)
		}
	}
	for _, id := range a.order {
		s.tasks++
		it, ok := byID[id]
		if !ok {
			s.misses = append(s.misses, "缺任务 "+id)
			continue
		}
		s.found++
		want := a.tasks[id]
		if strings.Join(it.Leads, "、") == want[0] {
			s.leads++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("任务 %s 牵头 %q，应为 %q", id, strings.Join(it.Leads, "、"), want[0]))
		}
		if strings.Join(it.Partners, "、") == want[1] {
			s.partners++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("任务 %s 配合 %q，应为 %q", id, strings.Join(it.Partners, "、"), want[1]))
		}
	}
	for _, it := range p.Items {
		wants := a.targets[it.ID]
		used := make([]bool, len(wants))
		for _, tg := range it.Targets {
			s.extracted++
			pt, _ := check.ParseTarget(tg.Phrase)
			matched := false
			for i, w := range wants {
				if !used[i] && sameSubject(tg.Expected, w[0]) && pt.String() == w[1] {
					used[i], matched = true, true
					break
				}
			}
			if matched {
				continue
			}
			// A wanted target read wrongly (its indicator or its value
			// right) is a miss, counted below; junk is a row that is
			// neither.
			near := false
			for _, w := range wants {
				near = near || sameSubject(tg.Expected, w[0]) || pt.String() == w[1]
			}
			if !near {
				s.junk++
			}
			s.misses = append(s.misses, fmt.Sprintf("任务 %s 目标 %s｜%s（%s）不在标注中", it.ID, tg.Expected, tg.Phrase, pt))
		}
	}
	for id, wants := range a.targets {
		it := byID[id]
		for _, w := range wants {
			s.targets++
			subj, val, both := false, false, false
			for _, tg := range it.Targets {
				pt, _ := check.ParseTarget(tg.Phrase)
				ss, vv := sameSubject(tg.Expected, w[0]), pt.String() == w[1]
				subj, val, both = subj || ss, val || vv, both || ss && vv
			}
			if subj {
				s.subject++
			}
			if val {
				s.value++
			}
			if both {
				s.right++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("任务 %s 缺目标 %s｜%s", id, w[0], w[1]))
			}
		}
	}
	return s
}

func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(n)/float64(d), n, d)
}

// readWorkbook reads a task table kept in Excel as qingdan plan does: each
// sheet's rows, cells joined by tabs, read by ParseWorkbook.
func readWorkbook(t *testing.T, path string) Plan {
	t.Helper()
	f, err := sheets.Open(path, sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all []Sheet
	for _, name := range f.SheetNames() {
		rows, err := sheets.ReadTable(f, name)
		if err != nil {
			t.Fatal(err)
		}
		lines := make([]Line, len(rows))
		for i, r := range rows {
			lines[i] = Line{No: r.Row, Text: strings.Join(r.Cells, "\t"), Cells: r.Cells}
		}
		all = append(all, Sheet{Name: name, Lines: lines})
	}
	return ParseWorkbook(all, Options{File: filepath.Base(path)})
}

// TestMeasure reads the plans of testdata/measure, written for the purpose
// in the styles offices use and annotated by hand in a .tsv beside each,
// and reports how much of them is read right. Run with -v to see the
// figures and every miss.
func TestMeasure(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "measure", "*.tsv"))
	var total score
	for _, path := range paths {
		base := strings.TrimSuffix(path, ".tsv")
		var plan string
		for _, ext := range []string{".txt", ".docx", ".xlsx"} {
			if _, err := os.Stat(base + ext); err == nil {
				plan = base + ext
			}
		}
		if plan == "" {
			continue
		}
		var p Plan
		if strings.HasSuffix(plan, ".xlsx") {
			p = readWorkbook(t, plan)
		} else {
			lines := readFixture(t, strings.TrimPrefix(plan, "testdata"+string(filepath.Separator)))
			p = Parse(lines, Options{File: filepath.Base(plan)})
		}
		s := measure(p, readAnnotation(t, path))
		for _, m := range s.misses {
			t.Logf("%s: %s", filepath.Base(plan), m)
		}
		t.Logf("%s: 任务 %d/%d，牵头 %d，配合 %d，目标 %d/%d，多出的行 %d/%d", filepath.Base(plan),
			s.found, s.tasks, s.leads, s.partners, s.right, s.targets, s.junk, s.extracted)
		total.add(s)
	}
	t.Logf("任务找到 %s；牵头单位完全正确 %s；配合单位完全正确 %s", pct(total.found, total.tasks), pct(total.leads, total.tasks), pct(total.partners, total.tasks))
	t.Logf("量化目标全对（指标、比较、数值、单位）%s；指标对 %s；目标值对 %s；多出的行 %s",
		pct(total.right, total.targets), pct(total.subject, total.targets), pct(total.value, total.targets), pct(total.junk, total.extracted))
	if total.tasks == 0 {
		t.Fatal("no annotated plans")
	}
}
