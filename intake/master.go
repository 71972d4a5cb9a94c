package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/units"
)

// Master is a master workbook (任务总表) as read: the plan's rows, merged
// into tasks, what its hidden sheet says, and the settings of the year.
type Master struct {
	Name      string       // the file, as shown
	Plan      lists.Return // the plan's rows; they belong to no unit
	Book      lists.Book   // the plan alone, merged: its tasks and units
	Info      sheets.Info
	Assess    figures.AssessOptions
	Check     check.Options // its 督查设置: the thresholds of 滞后
	Problems  problems.List // what reading its settings found
	Directory *units.Directory
}

// ReadMaster reads a master workbook written by qingdan plan, or any
// workbook in the standard template that lists the plan's tasks.
func ReadMaster(path string) (*Master, error) {
	name := filepath.Base(path)
	if info, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("找不到任务总表 %s，请检查路径是否正确", path)
		}
		return nil, fmt.Errorf("无法读取任务总表 %s：%s", path, atomicfile.Explain(err))
	} else if info.IsDir() {
		return nil, fmt.Errorf("任务总表 %s 是一个文件夹，请给出任务总表文件（.xlsx）", path)
	}
	f, err := sheets.Open(path, sheets.OpenOptions{})
	if err != nil {
		msg, _ := sheets.Explain(err)
		return nil, fmt.Errorf("任务总表 %s %s；请用 Excel 或 WPS 打开检查后重新保存，或用 qingdan plan 重新生成", path, msg)
	}
	defer f.Close()
	m := &Master{Name: name}
	m.Info, _ = sheets.ReadInfo(f)
	m.Directory = units.NewDirectory(nil)
	ret, err := sheets.ReadReturn(f, name, m.Directory)
	if err != nil {
		msg, suggestion := sheets.Explain(err)
		return nil, fmt.Errorf("任务总表 %s %s，%s", path, msg, suggestion)
	}
	if len(ret.Tasks)+len(ret.Resps) == 0 {
		return nil, fmt.Errorf("%s 中没有任务清单或责任清单，不像是任务总表；请给出 qingdan plan 生成的任务总表", path)
	}
	m.Directory = units.NewDirectory(ret.Aliases)
	m.Assess, _, m.Problems = sheets.ReadAssessSettings(f, name, m.Directory)
	var more problems.List
	m.Check, _, more = sheets.ReadSupervision(f, name)
	m.Problems.Add(more...)
	// The plan's rows belong to no unit: whoever the file name or a
	// 填报单位 cell suggests, they are not a unit's report.
	ret.From = lists.Sender{}
	for i := range ret.Tasks {
		ret.Tasks[i].From = lists.Sender{}
	}
	for i := range ret.Resps {
		ret.Resps[i].From = lists.Sender{}
	}
	for i := range ret.Outcomes {
		ret.Outcomes[i].From = lists.Sender{}
	}
	ret.Problems = nil
	m.Plan = ret
	m.Book = lists.Merge(nil, lists.MergeOptions{Plan: &m.Plan, Year: m.Info.Year, Directory: m.Directory})
	if m.Info.Fingerprint == "" {
		m.Info.Fingerprint = lists.Fingerprint(m.Book)
	}
	return m, nil
}

// Title names the plan in file names and workbooks: its title, else its
// year's 工作要点.
func (m *Master) Title() string {
	switch {
	case m.Info.Title != "":
		return m.Info.Title
	case m.Info.Year != 0:
		return fmt.Sprintf("%d年工作要点", m.Info.Year)
	}
	return "工作清单"
}

// DispatchOptions say what to put on the workbooks a plan sends out.
type DispatchOptions struct {
	Units   []string // only these units (as the user writes them); all when empty
	Period  string   // 报送期间
	Due     string   // 报送截止日期
	Contact string   // whom units ask: the office's contact and telephone
}

// Dispatch is one unit's workbook to send: its file name and content.
type Dispatch struct {
	FileName string
	Workbook sheets.Dispatch
}

// Dispatches returns the workbook to send each unit the plan names as a
// lead or a partner, in pinyin order. Every lead of a task gets it among
// the tasks it leads. Units asked for that the plan does not name are an
// error that lists the units it does.
func (m *Master) Dispatches(opts DispatchOptions) ([]Dispatch, error) {
	want := map[units.Unit]bool{}
	for _, d := range opts.Units {
		want[m.Directory.Unit(d)] = true
	}
	shares := lists.Shares(&m.Plan, m.Book)
	var unknown []string
	for _, d := range opts.Units {
		u := m.Directory.Unit(d)
		found := false
		for _, s := range shares {
			found = found || s.Unit == u
		}
		if !found {
			unknown = append(unknown, d)
		}
	}
	if len(unknown) > 0 {
		var names []string
		for _, s := range shares {
			names = append(names, string(s.Unit))
		}
		return nil, fmt.Errorf("任务总表中没有“%s”；任务总表中的单位有：%s", strings.Join(unknown, "、"), strings.Join(names, "、"))
	}
	var out []Dispatch
	for _, s := range shares {
		if len(want) > 0 && !want[s.Unit] {
			continue
		}
		info := m.Info
		info.Dept, info.Tasks = string(s.Unit), append(append([]string{}, s.Led...), s.Partnered...)
		info.Period, info.Due = opts.Period, opts.Due
		out = append(out, Dispatch{
			FileName: SafeFileName(string(s.Unit)) + "-" + SafeFileName(m.Title()) + ".xlsx",
			Workbook: sheets.Dispatch{Info: info, Period: opts.Period, Contact: opts.Contact, Share: s},
		})
	}
	return out, nil
}

// Unled lists the plan's tasks that no unit leads: they are sent to no one.
func (m *Master) Unled() []string {
	var out []string
	for _, t := range m.Book.Tasks {
		if len(t.Leads) == 0 {
			out = append(out, t.ID)
		}
	}
	return out
}

// SafeFileName replaces the characters Windows forbids in file names.
func SafeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '_'
		}
		return r
	}, strings.TrimSpace(s))
}

// ReadPeriod reads the figures of an earlier period from the merged
// workbook at path, to compare this run's with. A merged workbook made
// from another plan is refused.
func ReadPeriod(path string, res *Result) (figures.Period, error) {
	f, err := sheets.Open(path, sheets.OpenOptions{Large: true})
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return figures.Period{}, fmt.Errorf("找不到上期汇总表 %s，请检查路径是否正确", path)
		}
		msg, suggestion := sheets.Explain(err)
		return figures.Period{}, fmt.Errorf("上期汇总表 %s %s，%s", path, msg, suggestion)
	}
	defer f.Close()
	p, err := sheets.ReadPeriod(f, res.Book.Directory)
	if err != nil {
		return p, fmt.Errorf("上期汇总表 %s：%w；请给出上一期用 qingdan merge 生成的汇总表", path, err)
	}
	if now := res.Info.Fingerprint; p.PlanID != "" && now != "" && p.PlanID != now {
		return p, fmt.Errorf("上期汇总表 %s 是按另一版任务总表（版本 %s）汇总的，本期是版本 %s，两期不能比较；请给出按同一任务总表汇总的上期汇总表", path, p.PlanID, now)
	}
	return p, nil
}
