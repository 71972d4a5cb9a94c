package lists

import (
	"fmt"
	"testing"
)

// returns makes n returns of rows tasks each, every unit leading its own
// and helping its neighbour's.
func returns(n, rows int) []Return {
	var rs []Return
	for i := range n {
		u := fmt.Sprintf("第%04d处", i)
		r := ret(u+".xlsx", u)
		for j := range rows {
			id := fmt.Sprintf("%d.%d", i, j)
			r.Tasks = append(r.Tasks, taskSheet(r.File, u).tasks([]string{id, "推进第" + id + "项工作", "年底前"})...)
			r.Resps = append(r.Resps, respSheet(r.File, u).resps([]string{id, u, fmt.Sprintf("第%04d处", (i+1)%n)})...)
			r.Outcomes = append(r.Outcomes, outcomeSheet(r.File, u).outcomes([]string{id, "1", "不少于10个", "6个", "推进中", "按计划推进"})...)
		}
		rs = append(rs, r)
	}
	return rs
}

// BenchmarkMerge merges 50 returns of 300 tasks each.
func BenchmarkMerge(b *testing.B) {
	rs := returns(50, 300)
	for b.Loop() {
		Merge(rs, MergeOptions{Directory: dir})
	}
}
