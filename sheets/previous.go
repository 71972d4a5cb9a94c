package sheets

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/units"
)

// ErrNoPeriod is returned for a workbook that holds no period's figures: it
// is not a merged workbook qingdan wrote, or one from before it kept them.
var ErrNoPeriod = errors.New("不是 qingdan 生成的汇总表，其中没有保存一期的统计数据")

// ReadPeriod reads the figures of the period a merged workbook was made
// for, from the numbers qingdan keeps in it.
func ReadPeriod(f *File, dir *units.Directory) (figures.Period, error) {
	var p figures.Period
	if !hasSheet(f, periodSheet) {
		return p, ErrNoPeriod
	}
	r, err := f.NewReader(periodSheet)
	if err != nil {
		return p, err
	}
	defer r.Close()
	cols := periodColumns()
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return p, fmt.Errorf("%w：%s", ErrNoPeriod, describe(err))
		}
		cell := func(i int) string {
			if i < len(cells) {
				return strings.TrimSpace(cells[i])
			}
			return ""
		}
		switch r.Row() {
		case 1:
			p.AsOf, _ = time.Parse("2006-01-02", cell(1))
			continue
		case 2:
			p.PlanID = cell(1)
			continue
		case 3:
			continue // the header
		}
		c := figures.UnitCount{Unit: dir.Unit(cell(0))}
		num := func(i int) int { n, _ := strconv.Atoi(cell(i)); return n }
		c.Outcomes, c.OnTime = num(1), num(2)
		for i, s := range check.Statuses {
			c.Counts[s] = num(3 + i)
		}
		if len(cells) < len(cols) {
			return p, fmt.Errorf("%w：第%d行不完整", ErrNoPeriod, r.Row())
		}
		if cell(0) == "合计" {
			c.Unit = ""
			p.Total = c
			continue
		}
		p.Units = append(p.Units, c)
	}
	if p.AsOf.IsZero() {
		return p, ErrNoPeriod
	}
	return p, nil
}

func hasSheet(f *File, name string) bool {
	for _, n := range f.SheetNames() {
		if n == name {
			return true
		}
	}
	return false
}
