package lists

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Share is what one unit is sent of a plan: the tasks it leads and the
// tasks it helps with, and the plan's rows of them.
type Share struct {
	Unit      units.Unit
	Led       []string // task IDs it leads (alone or with others), in plan order
	Partnered []string // task IDs it helps with
	Tasks     []TaskRow
	Resps     []RespRow
	Outcomes  []OutcomeRow
}

// Leads reports whether the share's unit leads task id.
func (s Share) Leads(id string) bool {
	return slices.ContainsFunc(s.Led, func(l string) bool { return templates.Fold(l) == templates.Fold(id) })
}

// Shares splits a plan into one Share per unit named as a lead or a
// partner, in the order of b.Units. Every lead of a task gets it among its
// led tasks. Tasks without a lead are in no share.
func Shares(plan *Return, b Book) []Share {
	var out []Share
	for _, u := range b.Units {
		if u.Led == 0 && u.Partnered == 0 {
			continue
		}
		s := Share{Unit: u.Unit}
		for _, t := range b.Tasks {
			switch {
			case t.Led(u.Unit):
				s.Led = append(s.Led, t.ID)
			case slices.Contains(t.Partners, u.Unit):
				s.Partnered = append(s.Partnered, t.ID)
			}
		}
		order := map[string]int{}
		for i, id := range append(slices.Clone(s.Led), s.Partnered...) {
			order[templates.Fold(id)] = i + 1
		}
		rank := func(id string) int { return order[templates.Fold(id)] }
		s.Tasks = pick(plan.Tasks, func(r TaskRow) int { return rank(r.ID) })
		s.Resps = pick(plan.Resps, func(r RespRow) int { return rank(r.ID) })
		s.Outcomes = pick(plan.Outcomes, func(r OutcomeRow) int { return rank(r.TaskID) })
		out = append(out, s)
	}
	return out
}

// pick returns the rows whose rank is above 0, by rank, keeping the order
// of rows of one rank.
func pick[R any](rows []R, rank func(R) int) []R {
	var out []R
	for _, r := range rows {
		if rank(r) > 0 {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b R) int { return rank(a) - rank(b) })
	return out
}

// Fingerprint identifies the plan a book's tasks describe: their numbers,
// names, units, targets and deadlines.
func Fingerprint(b Book) string {
	h := sha256.New()
	join := func(us []units.Unit) string {
		s := make([]string, len(us))
		for i, u := range us {
			s[i] = string(u)
		}
		return strings.Join(s, "、")
	}
	for _, t := range b.Tasks {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\n", t.ID, t.Name, join(t.Leads), join(t.Partners), t.Deadline.Text)
		for _, o := range t.Outcomes {
			fmt.Fprintf(h, "\t%s\x00%s\x00%s\n", o.Expected, o.Target.Text, o.Deadline.Text)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
