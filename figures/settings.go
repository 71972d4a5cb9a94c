package figures

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/units"
)

// Labels of the 考核设置 sheet's rows.
const (
	LeadWeightLabel    = "牵头任务权重"
	PartnerWeightLabel = "配合任务权重"
	BandPrefix         = "等次："
	AdjustLabel        = "加减分"
)

// AssessHeader is the header row of the 考核设置 sheet: a setting and its
// value; for 加减分, the unit, the points and the reason.
var AssessHeader = []string{"项目", "设置", "分值", "事由"}

// AssessNote is the note written below the settings.
const AssessNote = "权重、得分比例可写小数或百分数；“等次：”后写等次名称，值为起点分数；加减分每条一行：第一列写“加减分”，然后是单位、分值（减分写负数）、事由。"

// SettingsRows writes the settings as the rows of a 考核设置 sheet: the
// label and the value, and for 加减分 the unit, the points and the reason.
func (o AssessOptions) SettingsRows() [][]string {
	o = o.withDefaults()
	g := func(f float64) string { return fmt.Sprintf("%g", f) }
	rows := [][]string{{LeadWeightLabel, g(o.LeadWeight)}, {PartnerWeightLabel, g(o.PartnerWeight)}}
	for _, r := range Results {
		rows = append(rows, []string{string(r), g(o.Earned[r])})
	}
	for _, b := range o.Bands {
		rows = append(rows, []string{BandPrefix + b.Name, g(b.Min)})
	}
	for _, a := range o.Adjustments {
		rows = append(rows, []string{AdjustLabel, string(a.Unit), g(a.Points), a.Reason})
	}
	return rows
}

// SettingError is a row of a settings sheet that could not be read.
type SettingError struct {
	Row     int // 1-based
	Message string
}

// Error says which row and why.
func (e SettingError) Error() string { return fmt.Sprintf("第%d行%s", e.Row, e.Message) }

// ParseSettings reads the rows of a 考核设置 sheet, starting from the
// defaults; a row it cannot read is returned as a SettingError and left
// out. Units in 加减分 rows are read with dir, so that an alias (医政处)
// adjusts its unit's score. A row laid out as 单位、分值、事由 without the
// 加减分 label is read as one too.
func ParseSettings(rows [][]string, dir *units.Directory) (AssessOptions, []SettingError) {
	o := DefaultAssessOptions()
	o.Earned = maps(o.Earned)
	var bands []Band
	var errs []SettingError
	share := func(s string) (float64, bool) {
		q, err := check.ParseValue(s)
		if err != nil {
			return 0, false
		}
		if q.Unit == "%" {
			return q.Value / 100, true
		}
		return q.Value, q.Unit == ""
	}
	points := func(s string) (float64, bool) {
		q, err := check.ParseValue(s)
		if err != nil || q.Unit != "" && q.Unit != "分" {
			return 0, false
		}
		if t := strings.TrimSpace(s); strings.HasPrefix(t, "-") || strings.HasPrefix(t, "－") || strings.HasPrefix(t, "减") {
			return -math.Abs(q.Value), true
		}
		return q.Value, true
	}
	cell := func(r []string, i int) string {
		if i < len(r) {
			return strings.TrimSpace(r[i])
		}
		return ""
	}
	adjust := func(n int, unit, pts, reason string) {
		u := dir.Unit(unit)
		p, ok := points(pts)
		switch {
		case u == "":
			errs = append(errs, SettingError{n, fmt.Sprintf("加减分的单位“%s”无法识别", unit)})
		case !ok:
			errs = append(errs, SettingError{n, fmt.Sprintf("加减分的分值“%s”无法识别", pts)})
		default:
			o.Adjustments = append(o.Adjustments, Adjustment{Unit: u, Points: p, Reason: reason})
		}
	}
	for i, r := range rows {
		n := i + 1
		label := cell(r, 0)
		if label == "" || label == AssessHeader[0] || label == "说明" {
			continue
		}
		bad := func() {
			errs = append(errs, SettingError{n, fmt.Sprintf("“%s”的值“%s”无法识别", label, cell(r, 1))})
		}
		switch {
		case label == LeadWeightLabel || label == PartnerWeightLabel:
			v, ok := share(cell(r, 1))
			if !ok {
				bad()
				continue
			}
			if label == LeadWeightLabel {
				o.LeadWeight = v
			} else {
				o.PartnerWeight = v
			}
		case strings.HasPrefix(label, BandPrefix) && len(label) > len(BandPrefix):
			q, err := check.ParseValue(cell(r, 1))
			if err != nil {
				bad()
				continue
			}
			name := strings.TrimPrefix(label, BandPrefix)
			bands = slices.DeleteFunc(bands, func(b Band) bool { return b.Name == name }) // a later row replaces
			bands = append(bands, Band{Name: name, Min: q.Value})
		case label == AdjustLabel:
			adjust(n, cell(r, 1), cell(r, 2), cell(r, 3))
		default:
			if _, known := o.Earned[Result(label)]; known {
				v, ok := share(cell(r, 1))
				if !ok {
					bad()
					continue
				}
				o.Earned[Result(label)] = v
				continue
			}
			if _, ok := points(cell(r, 1)); ok && looksLikeUnit(label) && dir.Unit(label) != "" {
				adjust(n, label, cell(r, 1), cell(r, 2)) // 单位、分值、事由, as the note says
				continue
			}
			if len(r) > 1 && cell(r, 1) != "" {
				errs = append(errs, SettingError{n, fmt.Sprintf("“%s”不是考核设置中的项目", label)})
			}
		}
	}
	if len(bands) > 0 {
		slices.SortStableFunc(bands, func(a, b Band) int { return cmp.Compare(b.Min, a.Min) })
		o.Bands = bands
	}
	return o, errs
}

func maps(m map[Result]float64) map[Result]float64 {
	out := make(map[Result]float64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// looksLikeUnit reports whether a label ends the way names of units end:
// 处, 室, 局, 委, 中心.
func looksLikeUnit(s string) bool {
	for _, end := range []string{"处", "室", "科", "局", "委", "办", "院", "所", "站", "中心", "部", "会", "队", "组", "厅"} {
		if strings.HasSuffix(strings.TrimSpace(s), end) {
			return true
		}
	}
	return false
}

// Labels of the 督查设置 sheet's rows: the thresholds of 滞后.
const (
	LagShareLabel = "滞后：未启动且剩余时间不足"
	PaceLabel     = "滞后：累积数量落后序时进度超过"
)

// SupervisionNote is the note written below the thresholds.
const SupervisionNote = "两项都可写百分数或小数：剩余时间不足这个比例仍未启动的、逐步累积的数量落后序时进度超过这个比例的，判为滞后（黄灯）。"

// SupervisionRows writes the thresholds as the rows of a 督查设置 sheet.
func SupervisionRows(o check.Options) [][]string {
	o = o.WithDefaults()
	return [][]string{{"项目", "设置"}, {LagShareLabel, pct(o.LagShare)}, {PaceLabel, pct(o.PaceTolerance)}}
}

// ParseSupervision reads the rows of a 督查设置 sheet into the thresholds,
// the defaults where a row is missing; a row it cannot read is returned as
// a SettingError.
func ParseSupervision(rows [][]string) (check.Options, []SettingError) {
	var o check.Options
	var errs []SettingError
	for i, r := range rows {
		if len(r) < 2 {
			continue
		}
		label, v := strings.TrimSpace(r[0]), strings.TrimSpace(r[1])
		if label != LagShareLabel && label != PaceLabel {
			continue
		}
		q, err := check.ParseValue(v)
		share := q.Value
		if q.Unit == "%" {
			share /= 100
		}
		if err != nil || q.Unit != "" && q.Unit != "%" || share <= 0 || share >= 1 {
			errs = append(errs, SettingError{i + 1, fmt.Sprintf("“%s”的值“%s”无法识别，应为 0 到 100%% 之间的比例", label, v)})
			continue
		}
		if label == LagShareLabel {
			o.LagShare = share
		} else {
			o.PaceTolerance = share
		}
	}
	return o, errs
}
