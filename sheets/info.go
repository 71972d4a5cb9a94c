package sheets

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/templates"
)

// infoSheet is the hidden sheet in which qingdan records what a workbook it
// wrote is: the plan it came from and, for a department's workbook, whom it
// was sent to and which tasks. merge reads it to recognize a return even
// when the file was renamed.
const infoSheet = "qingdan"

// Kinds of workbook qingdan writes.
const (
	KindMaster   = "任务总表"
	KindDispatch = "下发表"
	KindMerged   = "汇总表"
)

// Info is what the hidden sheet of a workbook says.
type Info struct {
	Kind        string // KindMaster or KindDispatch
	Version     string // the template version it was written with
	Title       string // the plan's title
	Year        int
	Fingerprint string   // the plan's fingerprint
	Dept        string   // for a unit's workbook, whom it was sent to
	Tasks       []string // the task IDs sent
	Period      string   // 报送期间, such as 2026年第三季度
	AsOf        time.Time
	Due         string // 报送截止日期, for a unit's workbook
}

func (i Info) rows() [][]any {
	asOf := ""
	if !i.AsOf.IsZero() {
		asOf = i.AsOf.Format("2006-01-02")
	}
	return [][]any{
		{"类型", i.Kind}, {"模板版本", i.Version}, {"标题", i.Title}, {"年份", strconv.Itoa(i.Year)},
		{"指纹", i.Fingerprint}, {"单位", i.Dept}, {"任务编号", strings.Join(i.Tasks, ",")},
		{"报送期间", i.Period}, {"核验日期", asOf}, {"报送截止日期", i.Due},
	}
}

// writeInfo adds the hidden sheet to a workbook being written.
func writeInfo(x *excelize.File, info Info) error {
	if _, err := x.NewSheet(infoSheet); err != nil {
		return err
	}
	if err := fillInfo(x, info); err != nil {
		return err
	}
	return x.SetSheetVisible(infoSheet, false, true)
}

// fillInfo writes the rows of the hidden sheet, which exists already.
func fillInfo(x *excelize.File, info Info) error {
	info.Version = templates.Version
	for i, r := range info.rows() {
		if err := x.SetSheetRow(infoSheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	return nil
}

// ReadInfo reads the hidden sheet of a workbook qingdan wrote; ok is false
// for any other workbook.
func ReadInfo(f *File) (info Info, ok bool) {
	if f.info == nil {
		info := readInfo(f)
		f.info = &info
	}
	return *f.info, f.info.Kind != ""
}

func readInfo(f *File) (info Info) {
	found := false
	for _, n := range f.SheetNames() {
		found = found || n == infoSheet
	}
	if !found {
		return Info{}
	}
	r, err := f.NewReader(infoSheet)
	if err != nil {
		return Info{}
	}
	defer r.Close()
	for r.Row() < 20 {
		cells, err := r.Read()
		if err != nil || len(cells) < 2 {
			if err != nil {
				break
			}
			continue
		}
		v := strings.TrimSpace(cells[1])
		switch strings.TrimSpace(cells[0]) {
		case "类型":
			info.Kind = v
		case "模板版本":
			info.Version = v
		case "标题":
			info.Title = v
		case "年份":
			info.Year, _ = strconv.Atoi(v)
		case "指纹":
			info.Fingerprint = v
		case "单位":
			info.Dept = v
		case "任务编号":
			if v != "" {
				info.Tasks = strings.Split(v, ",")
			}
		case "报送期间":
			info.Period = v
		case "核验日期":
			info.AsOf, _ = time.Parse("2006-01-02", v)
		case "报送截止日期":
			info.Due = v
		}
	}
	return info
}
