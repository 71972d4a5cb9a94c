package lists

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/qingdan/qingdan/templates"
)

// Share is what one department is sent of a plan: the tasks it leads and
// the tasks it helps with, and their rows.
type Share struct {
	Dept      string
	Led       []string // task IDs it leads, in plan order
	Partnered []string // task IDs it helps with
	Lists              // the plan's rows of those tasks, the led ones first
}

// Shares splits a merged plan into one Share per department named as a
// lead or a partner, in the order of b.Units. Tasks without a lead are in
// no share.
func (b Book) Shares() []Share {
	dir := b.Directory
	var out []Share
	for _, u := range b.Units {
		if u.Led == 0 && u.Partnered == 0 {
			continue
		}
		key := dir.Key(u.Name)
		s := Share{Dept: u.Name}
		for _, t := range b.Plan {
			if dir.Key(t.Lead) == key {
				s.Led = append(s.Led, t.ID)
			}
		}
		for _, t := range b.Plan {
			for _, p := range t.Partners {
				if dir.Key(p) == key && dir.Key(t.Lead) != key {
					s.Partnered = append(s.Partnered, t.ID)
					break
				}
			}
		}
		order := map[string]int{}
		for i, id := range append(append([]string{}, s.Led...), s.Partnered...) {
			order[templates.Fold(id)] = i + 1
		}
		for _, name := range []string{templates.TaskList.Name, templates.Responsibilities.Name, templates.Outcomes.Name} {
			var rows []Row
			for n := 1; n <= len(order); n++ {
				for _, r := range *b.Rows(name) {
					if order[templates.Fold(r.Get(templates.TaskID))] == n {
						rows = append(rows, r)
					}
				}
			}
			*s.Rows(name) = rows
		}
		out = append(out, s)
	}
	return out
}

// Fingerprint identifies the plan a book's tasks describe: their numbers,
// names, departments, targets and deadlines.
func (b Book) Fingerprint() string {
	h := sha256.New()
	for _, t := range b.Plan {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\n", t.ID, t.Name, t.Lead, strings.Join(t.Partners, "、"), t.Deadline)
		for _, o := range t.Outcomes {
			fmt.Fprintf(h, "\t%s\x00%s\x00%s\n", o.Expected, o.Target, o.Deadline)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
