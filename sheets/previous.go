package sheets

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/templates"
)

var asOfPreamble = regexp.MustCompile(`截至\s*(\d{4}-\d{2}-\d{2})`)

// ReadPrevious reads the 完成情况 sheet of a merged workbook qingdan wrote
// for an earlier period.
func ReadPrevious(f *File) (check.Previous, error) {
	p := check.Previous{ByDept: map[string]float64{}}
	if !IsMerged(f) {
		return p, fmt.Errorf("不是 qingdan 生成的汇总表（没有“%s”工作表）", templates.EvaluationSheet)
	}
	r, err := f.NewReader(templates.EvaluationSheet)
	if err != nil {
		return p, err
	}
	defer r.Close()
	var lead, status int = -1, -1
	done, total := map[string]int{}, map[string]int{}
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return p, err
		}
		if r.Row() == 1 {
			for i, c := range cells {
				switch c {
				case "牵头单位":
					lead = i
				case "评估结果":
					status = i
				}
			}
			if lead < 0 || status < 0 {
				return p, fmt.Errorf("“%s”工作表缺少“牵头单位”或“评估结果”列", templates.EvaluationSheet)
			}
			continue
		}
		if status >= len(cells) || cells[status] == "" {
			continue
		}
		d := ""
		if lead < len(cells) {
			d = strings.TrimSpace(cells[lead])
		}
		total[d]++
		total[""]++
		if cells[status] == "已完成" {
			done[d]++
			done[""]++
		}
	}
	for d, n := range total {
		if d != "" {
			p.ByDept[d] = float64(done[d]) / float64(n)
		}
	}
	if total[""] > 0 {
		p.Rate = float64(done[""]) / float64(total[""])
	}
	if r, err := f.NewReader(templates.SummarySheet); err == nil {
		if cells, err := r.Read(); err == nil && len(cells) > 0 {
			if m := asOfPreamble.FindStringSubmatch(cells[0]); m != nil {
				p.AsOf = m[1]
			}
		}
		r.Close()
	}
	return p, nil
}
