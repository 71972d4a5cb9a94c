package sheets

// cellRange is a merged range of cells, 1-based and inclusive.
type cellRange struct {
	top, left, bottom, right int
}

// sheetScan is what a worksheet's XML says besides its rows' values.
type sheetScan struct {
	merges   []cellRange
	formulas map[string]bool // cells with a formula and no computed value, "E5"
	maxCol   int             // the last column with a value
}

// fillDown gives the cells a vertical merge covers the value of its first
// cell, as the spreadsheet shows them: a 任务编号 or 所属板块 spanning several
// rows belongs to each. It keeps the first cells' values as rows go by.
type fillDown struct {
	ranges []cellRange
	first  map[cellRange]string
}

func newFillDown(rs []cellRange, below int) *fillDown {
	fd := &fillDown{first: map[cellRange]string{}}
	for _, r := range rs {
		if r.bottom > r.top && r.top > below {
			fd.ranges = append(fd.ranges, r)
		}
	}
	return fd
}

// apply fills row n's cells in place and returns them.
func (fd *fillDown) apply(n int, cells []string) []string {
	for _, r := range fd.ranges {
		c := r.left - 1
		switch {
		case n == r.top:
			if c < len(cells) {
				fd.first[r] = cells[c]
			}
		case n > r.top && n <= r.bottom:
			v := fd.first[r]
			if v == "" {
				continue
			}
			for len(cells) <= c {
				cells = append(cells, "")
			}
			if cells[c] == "" {
				cells[c] = v
			}
		}
	}
	return cells
}
