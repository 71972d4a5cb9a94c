// Package report writes qingdan's supervision bulletin (督查通报) and
// year-end assessment as PDF and Word documents laid out as GB/T 9704
// lays out a 公文: the 版头 with the issuing office in red and the issue
// number over a red rule, the title, the 主送机关, the body (the overall
// counts, a table and chart per lead unit, the red items), the 落款 and
// 成文日期, an appendix with every outcome, and the 版记 (抄送, 印发).
// It also writes 催办 notices to the units that are late or silent.
//
// It is the only package that knows the PDF library. Fonts in the styles
// of the office's own (宋体 for the body, 黑体 for headings, 楷体 for
// （一） headings) are built into the binary, so a report prints the same
// on a machine without Chinese fonts; characters no font has are drawn
// as □ and reported. The same evaluation and options give the same bytes.
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/numerals"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Options are what a bulletin says besides the evaluation.
type Options struct {
	Title string // default: "2026年第三季度重点工作任务督查通报", from the plan's year and the as-of date
	// Org is the issuing office (发文机关): its mark heads the first page in
	// red (版头), it signs the bulletin (落款) and prints it (印发机关).
	Org   string
	Issue int       // 期号, printed 第3期 under the mark; 0 prints none
	To    []string  // 主送机关: the units addressed, "各处室"
	CC    []string  // 抄送机关, in the 版记
	Date  time.Time // 成文日期 and 印发日期; zero takes the as-of date
	// Previous is the period before this one, to show the change; nil
	// shows none.
	Previous *figures.Period
	// History is earlier periods in any order (Previous may be among
	// them), for a chart of the completion rates across periods.
	History []figures.Period
	Fonts   Fonts // the user's fonts; the embedded fonts draw the rest
}

// date is the bulletin's 成文日期.
func (o Options) date(ev figures.Evaluation) time.Time {
	if o.Date.IsZero() {
		return ev.AsOf
	}
	return o.Date
}

// Info tells what was written.
type Info struct {
	Pages   int
	Missing []rune   // characters no font has, drawn as □
	Fonts   []string // which font drew each role, and fonts that could not be used
}

// DefaultTitle is the title of a bulletin as of the given date:
// "2026年第三季度重点工作任务督查通报".
func DefaultTitle(asOf time.Time) string {
	quarters := []string{"一", "二", "三", "四"}
	return fmt.Sprintf("%d年第%s季度重点工作任务督查通报", asOf.Year(), quarters[(asOf.Month()-1)/3])
}

// BulletinTitle is the title of a bulletin on the plan of year as of the given
// date: "2026年第三季度重点工作任务督查通报" in the plan's year; after it,
// "2026年度重点工作任务督查通报" (a January bulletin on last year's work);
// year 0 takes the as-of date's.
func BulletinTitle(year int, asOf time.Time) string {
	switch {
	case year == 0 || year == asOf.Year():
		return DefaultTitle(asOf)
	case year < asOf.Year():
		return fmt.Sprintf("%d年度重点工作任务督查通报", year)
	}
	return fmt.Sprintf("%d年第一季度重点工作任务督查通报", year)
}

// AssessmentTitle is the title of the year-end assessment of the plan of
// year: "2026年度重点工作任务考核结果"; year 0 takes the as-of date's.
func AssessmentTitle(year int, asOf time.Time) string {
	if year == 0 {
		year = asOf.Year()
	}
	return fmt.Sprintf("%d年度重点工作任务考核结果", year)
}

// Render writes the bulletin for ev to w.
func Render(w io.Writer, ev figures.Evaluation, opts Options) (Info, error) {
	if opts.Title == "" {
		opts.Title = BulletinTitle(ev.Year, ev.AsOf)
	}
	return render(w, func() (*doc, error) { return draw(ev, opts) })
}

// render draws a document, once, and writes it to w.
func render(w io.Writer, draw func() (*doc, error)) (info Info, err error) {
	defer func() {
		// fpdf reports some failures by panicking.
		if r := recover(); r != nil {
			err = fmt.Errorf("生成 PDF 失败: %v", r)
		}
	}()
	d, err := draw()
	if err != nil {
		return Info{}, err
	}
	if err := d.output(w); err != nil {
		return Info{}, fmt.Errorf("生成 PDF 失败: %w", err)
	}
	info.Pages = d.pdf.PageNo()
	for r := range d.missing {
		info.Missing = append(info.Missing, r)
	}
	slices.Sort(info.Missing)
	info.Fonts = d.notes
	return info, nil
}

// Colours of the statuses in tables and the chart.
var statusColour = map[check.Status]rgb{
	check.Done:       {67, 160, 71},
	check.Ongoing:    {165, 214, 167},
	check.Lagging:    {255, 193, 7},
	check.Overdue:    {229, 57, 53},
	check.Missed:     {255, 112, 67},
	check.Unreported: {183, 28, 28},
}

var lightFill = map[check.Light]rgb{
	check.Green:  {198, 239, 206},
	check.Yellow: {255, 235, 156},
	check.Red:    {255, 199, 206},
}

// previous returns the period to compare with: Previous, else the latest
// of History before this one; nil when there is none.
func (o Options) previous(ev figures.Evaluation) *figures.Period {
	if o.Previous != nil {
		return o.Previous
	}
	if p, ok := figures.Latest(o.History, ev.Period("")); ok {
		return &p
	}
	return nil
}

// series returns the periods of the trend, this one last.
func (o Options) series(ev figures.Evaluation) []figures.Period {
	earlier := slices.Clone(o.History)
	if o.Previous != nil {
		earlier = append(earlier, *o.Previous)
	}
	return figures.Series(earlier, ev.Period(""))
}

func draw(ev figures.Evaluation, opts Options) (*doc, error) {
	d, err := newDoc(ev.AsOf, opts.Title, opts.Org, opts.Fonts)
	if err != nil {
		return nil, err
	}
	d.newPage()
	bulletin(d, ev, opts)
	return d, d.pdf.Error()
}

// bulletin writes the bulletin: the 版头 and title, the body, the 落款,
// the appendix and the 版记.
func bulletin(out sink, ev figures.Evaluation, opts Options) {
	out.masthead(letterhead{mark: opts.Org + "督查通报", issue: issueNumber(opts.Issue), title: opts.Title, to: addressees(opts.To)})
	overall(out, ev, opts)
	depts := figures.Ranked(ev.Units)
	out.heading("二、各单位完成情况", 40)
	prev := opts.previous(ev)
	out.paragraph(deptSummary(ev, depts, prev), sizeBody)
	out.space(2)
	deptTable(out, ev, depts, prev)
	out.bars(depts)
	if series := opts.series(ev); len(series) >= 3 {
		trend(out, series, depts)
	}
	out.heading("三、亮灯事项", 30)
	litItems(out, ev)
	if len(ev.Silent) > 0 {
		out.heading("四、未报送单位", 20)
		out.paragraph(silent(ev), sizeBody)
	}
	out.space(lineHeight(sizeBody))
	out.paragraph("附件："+appendixTitle, sizeBody)
	out.closing(opts.Org, opts.date(ev))
	out.attachment(appendixTitle)
	appendix(out, ev)
	out.recordNote(record{cc: copiesTo(opts.CC), printer: opts.Org, date: opts.date(ev)})
}

const appendixTitle = "全部成果完成情况"

func chineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

func percent(r float64) string {
	return fmt.Sprintf("%.1f%%", r*100)
}

// overall writes the overall counts.
func overall(out sink, ev figures.Evaluation, opts Options) {
	out.heading("一、总体情况", 30)
	out.paragraph(overview(ev, opts.previous(ev)), sizeBody)
	out.space(3)
	cols := []column{{title: "", width: 26, align: "L"}}
	for _, s := range check.Statuses {
		cols = append(cols, column{title: s.String(), width: (textWidth - 26 - 22) / float64(len(check.Statuses)), align: "R"})
	}
	cols = append(cols, column{title: "合计", width: 22, align: "R"})
	count := []cell{{text: "成果数（项）"}}
	share := []cell{{text: "占比"}}
	for _, s := range check.Statuses {
		c := statusColour[s]
		count = append(count, cell{text: fmt.Sprint(ev.Counts.Of(s)), fill: &c})
		share = append(share, cell{text: percent(ratio(ev.Counts.Of(s), ev.Outcomes()))})
	}
	count = append(count, cell{text: fmt.Sprint(ev.Outcomes())})
	share = append(share, cell{text: "100.0%"})
	out.table(cols, [][]cell{count, share})
}

// change says how a rate moved since an earlier period: "较上期（2026年6月30日）
// 提高12.5个百分点".
func change(now, before float64, asOf time.Time) string {
	when := "上期"
	if !asOf.IsZero() {
		when = "上期（" + chineseDate(asOf) + "）"
	}
	diff := (now - before) * 100
	switch {
	case diff > 0.05:
		return fmt.Sprintf("较%s提高%.1f个百分点", when, diff)
	case diff < -0.05:
		return fmt.Sprintf("较%s下降%.1f个百分点", when, -diff)
	}
	return "与" + when + "持平"
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// overview is the opening paragraph, written from the numbers.
func overview(ev figures.Evaluation, prev *figures.Period) string {
	var b strings.Builder
	fmt.Fprintf(&b, "截至%s，纳入督查的重点工作任务共%d项，分解为成果%d项。其中", chineseDate(ev.AsOf), ev.Tasks, ev.Outcomes())
	var parts []string
	for _, s := range check.Statuses {
		parts = append(parts, fmt.Sprintf("%s%d项", s, ev.Counts.Of(s)))
	}
	fmt.Fprintf(&b, "%s，总体完成率%s", strings.Join(parts, "，"), percent(ev.CompletionRate()))
	if prev != nil {
		b.WriteString("，" + change(ev.CompletionRate(), prev.Total.Rate(), prev.AsOf))
	}
	b.WriteString("。")
	red := ev.Counts.Red()
	if red == 0 {
		b.WriteString("没有亮红灯的事项。")
		return b.String()
	}
	fmt.Fprintf(&b, "亮红灯%d项、黄灯%d项", red, ev.Counts.Of(check.Lagging))
	if top := mostRed(ev.Units, 3); len(top) > 0 {
		fmt.Fprintf(&b, "，红灯较多的单位是%s", strings.Join(top, "、"))
	}
	b.WriteString("，请相关单位抓紧整改落实。")
	return b.String()
}

// mostRed names the units with the most red items, "老龄健康处3项".
func mostRed(depts []figures.UnitFigures, n int) []string {
	ds := slices.Clone(depts)
	slices.SortStableFunc(ds, func(a, b figures.UnitFigures) int { return cmp.Compare(b.Counts.Red(), a.Counts.Red()) })
	var out []string
	for _, d := range ds {
		if len(out) == n || d.Counts.Red() == 0 {
			break
		}
		out = append(out, fmt.Sprintf("%s%d项", d.Unit, d.Counts.Red()))
	}
	return out
}

func deptSummary(ev figures.Evaluation, depts []figures.UnitFigures, prev *figures.Period) string {
	if len(depts) == 0 {
		return "本期没有收到任何单位的报送。"
	}
	best := depts[0]
	s := fmt.Sprintf("本期共%d个牵头单位，按完成率排序如下表。完成率最高的是%s（%s）。",
		len(depts), best.Unit, percent(best.CompletionRate()))
	if prev == nil {
		return s
	}
	s += "“较上期”为完成率比上期（" + chineseDate(prev.AsOf) + "）增减的百分点。"
	// The units that moved most since the previous period.
	var up, down figures.UnitFigures
	upBy, downBy := 0.0, 0.0
	for _, d := range depts {
		before, ok := prev.Unit(d.Unit)
		if !ok {
			continue
		}
		diff := d.CompletionRate() - before.Rate()
		if diff > upBy+1e-9 {
			up, upBy = d, diff
		}
		if diff < downBy-1e-9 {
			down, downBy = d, diff
		}
	}
	if up.Unit != "" {
		s += fmt.Sprintf("与上期相比，完成率提高最多的是%s（%s）", up.Unit, points100(upBy))
		if down.Unit != "" {
			s += fmt.Sprintf("，下降最多的是%s（%s）", down.Unit, points100(downBy))
		}
		s += "。"
	} else if down.Unit != "" {
		s += fmt.Sprintf("与上期相比，完成率下降最多的是%s（%s）。", down.Unit, points100(downBy))
	}
	return s
}

// points100 writes a change of rate in percentage points: "+12.5个百分点".
func points100(diff float64) string {
	return fmt.Sprintf("%+.1f个百分点", diff*100)
}

// rateChange is a unit's change of rate since prev, as its table cell
// says it: "+12.5", "-3.0", "持平", or "—" for a unit new this period.
func rateChange(now float64, before figures.UnitCount, ok bool) string {
	if !ok || before.Outcomes == 0 {
		return "—"
	}
	diff := (now - before.Rate()) * 100
	if diff > -0.05 && diff < 0.05 {
		return "持平"
	}
	return fmt.Sprintf("%+.1f", diff)
}

func deptTable(out sink, ev figures.Evaluation, depts []figures.UnitFigures, prev *figures.Period) {
	cols := []column{{title: "排名", width: 10, align: "C"}, {title: "牵头单位", width: 24, align: "L"},
		{title: "任务", width: 9, align: "R"}, {title: "成果", width: 9, align: "R"}}
	rateW, onTimeW, changeW := 13.0, 19.0, 0.0
	if prev != nil {
		onTimeW, changeW = 14, 12
	}
	sw := (textWidth - 10 - 24 - 9 - 9 - rateW - onTimeW - changeW) / float64(len(check.Statuses))
	for _, s := range check.Statuses {
		cols = append(cols, column{title: s.String(), width: sw, align: "R"})
	}
	cols = append(cols, column{title: "完成率", width: rateW, align: "R"})
	if prev != nil {
		cols = append(cols, column{title: "较上期", width: changeW, align: "R"})
	}
	cols = append(cols, column{title: "按时完成率", width: onTimeW, align: "R"})
	var rows [][]cell
	row := func(n, name string, tasks, outcomes int, c check.Counts, rate, onTime float64, before figures.UnitCount, ok bool) []cell {
		r := []cell{{text: n}, {text: name}, {text: fmt.Sprint(tasks)}, {text: fmt.Sprint(outcomes)}}
		for _, s := range check.Statuses {
			cl := cell{text: fmt.Sprint(c.Of(s))}
			if c.Of(s) > 0 && s.Light() != check.Green {
				f := lightFill[s.Light()]
				cl.fill = &f
			}
			r = append(r, cl)
		}
		r = append(r, cell{text: percent(rate)})
		if prev != nil {
			r = append(r, cell{text: rateChange(rate, before, ok)})
		}
		return append(r, cell{text: percent(onTime)})
	}
	rank := 0
	for i, dp := range depts {
		// Units with the same completion rate and red count share a rank.
		if i == 0 || dp.CompletionRate() != depts[i-1].CompletionRate() || dp.Counts.Red() != depts[i-1].Counts.Red() {
			rank = i + 1
		}
		var before figures.UnitCount
		ok := false
		if prev != nil {
			before, ok = prev.Unit(dp.Unit)
		}
		rows = append(rows, row(fmt.Sprint(rank), string(dp.Unit), dp.Tasks, dp.Outcomes, dp.Counts, dp.CompletionRate(), dp.OnTimeRate(), before, ok))
	}
	var total figures.UnitCount
	if prev != nil {
		total = prev.Total
	}
	rows = append(rows, row("", "合计", ev.Tasks, ev.Outcomes(), ev.Counts, ev.CompletionRate(), ev.OnTimeRate(), total, prev != nil))
	out.table(cols, rows)
}

// trend writes the completion rates across periods: a chart of the whole
// plan's rate and a table of each unit's, the last six periods at most.
func trend(out sink, series []figures.Period, depts []figures.UnitFigures) {
	if len(series) > 6 {
		series = series[len(series)-6:]
	}
	out.trendChart(fmt.Sprintf("近%d期完成率变化如下图、表。", len(series)), series)
	nameW := 34.0
	w := (textWidth - nameW) / float64(len(series))
	cols := []column{{title: "牵头单位", width: nameW, align: "L"}}
	for _, p := range series {
		cols = append(cols, column{title: periodLabel(p, series), width: w, align: "R"})
	}
	var rows [][]cell
	for _, d := range depts {
		r := []cell{{text: string(d.Unit)}}
		for _, p := range series {
			if u, ok := p.Unit(d.Unit); ok && u.Outcomes > 0 {
				r = append(r, cell{text: percent(u.Rate())})
			} else {
				r = append(r, cell{text: "—"})
			}
		}
		rows = append(rows, r)
	}
	total := []cell{{text: "合计"}}
	for _, p := range series {
		total = append(total, cell{text: percent(p.Total.Rate())})
	}
	out.table(cols, append(rows, total))
}

// periodLabel names a period by its date: "6月30日", with the year when
// the series spans more than one.
func periodLabel(p figures.Period, series []figures.Period) string {
	if series[0].AsOf.Year() != series[len(series)-1].AsOf.Year() {
		return fmt.Sprintf("%d年%d月%d日", p.AsOf.Year(), p.AsOf.Month(), p.AsOf.Day())
	}
	return fmt.Sprintf("%d月%d日", p.AsOf.Month(), p.AsOf.Day())
}

// trendChart draws the whole plan's completion rate across periods as a
// line over a 0–100% scale, each point labelled with its rate.
// The intro paragraph is kept on the page with the chart.
func (d *doc) trendChart(intro string, series []figures.Period) {
	const (
		chartH = 50.0
		axisW  = 12.0
	)
	d.setStyle(Body, sizeBody)
	d.need(float64(len(d.lines(intro, textWidth)))*lineHeight(sizeBody) + lineHeight(sizeTable)*2 + chartH + 6)
	d.paragraph(intro, sizeBody)
	d.setStyle(Body, sizeTable)
	lh := lineHeight(sizeTable)
	y0 := d.pdf.GetY() + 2
	d.text(marginLeft, y0, textWidth, lh, "图：总体完成率变化趋势", "C")
	top := y0 + lh + 3
	bottom := top + chartH
	left, right := marginLeft+axisW, pageW-marginRight-4
	d.pdf.SetLineWidth(0.2)
	for i := 0; i <= 4; i++ {
		y := bottom - chartH*float64(i)/4
		d.pdf.SetDrawColor(210, 210, 210)
		d.pdf.Line(left, y, right, y)
		d.text(marginLeft, y-lh/2, axisW-1.5, lh, fmt.Sprintf("%d%%", i*25), "R")
	}
	d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	d.pdf.Line(left, top, left, bottom)
	step := (right - left) / float64(len(series))
	x := func(i int) float64 { return left + step*(float64(i)+0.5) }
	y := func(p figures.Period) float64 { return bottom - chartH*p.Total.Rate() }
	line := rgb{31, 78, 140}
	d.pdf.SetDrawColor(line.r, line.g, line.b)
	d.pdf.SetLineWidth(0.6)
	for i := 1; i < len(series); i++ {
		d.pdf.Line(x(i-1), y(series[i-1]), x(i), y(series[i]))
	}
	d.fill(line)
	for i, p := range series {
		d.pdf.Circle(x(i), y(p), 0.9, "F")
		d.text(x(i)-step/2, y(p)-lh-0.5, step, lh, percent(p.Total.Rate()), "C")
		d.text(x(i)-step/2, bottom+0.5, step, lh, periodLabel(p, series), "C")
	}
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetY(bottom + lh + 3)
}

// chart draws a horizontal bar per lead unit, split by status.
// (Its labels are drawn in the table's size.)
func (d *doc) bars(depts []figures.UnitFigures) {
	if len(depts) == 0 {
		return
	}
	const (
		labelW = 38.0
		rateW  = 16.0
		barH   = 5.0
		gap    = 2.5
	)
	barW := textWidth - labelW - rateW - 2
	most := 1
	for _, dp := range depts {
		most = max(most, dp.Outcomes)
	}
	d.setSize(sizeTable)
	lh := lineHeight(sizeTable)
	// The chart is kept on one page when it fits on one.
	whole := 2 + lh*2 + 1 + float64(len(depts))*(barH+gap)
	if whole <= bottomLimit-marginTop {
		d.need(whole)
	} else {
		d.need(lh*2 + barH + gap)
	}
	d.pdf.SetY(d.pdf.GetY() + 2)
	d.text(marginLeft, d.pdf.GetY(), textWidth, lh, "图：各牵头单位成果完成情况（按成果数）", "C")
	d.pdf.SetY(d.pdf.GetY() + lh)
	// Legend.
	x := marginLeft + labelW
	for _, s := range check.Statuses {
		d.fill(statusColour[s])
		d.pdf.Rect(x, d.pdf.GetY()+1.2, 3.5, 3.5, "F")
		d.text(x+4.5, d.pdf.GetY(), 18, lh, s.String(), "L")
		x += 4.5 + d.width(s.String()) + 5
	}
	d.pdf.SetY(d.pdf.GetY() + lh + 1)
	for _, dp := range depts {
		d.need(barH + gap)
		y := d.pdf.GetY()
		d.text(marginLeft, y, labelW-2, barH, string(dp.Unit), "R")
		x := marginLeft + labelW
		for _, s := range check.Statuses {
			n := dp.Counts.Of(s)
			if n == 0 {
				continue
			}
			w := barW * float64(n) / float64(most)
			d.fill(statusColour[s])
			d.pdf.Rect(x, y, w, barH, "F")
			if w > d.width(fmt.Sprint(n))+1 {
				if s == check.Done || s.Light() == check.Red {
					d.pdf.SetTextColor(255, 255, 255)
				}
				d.text(x, y, w, barH, fmt.Sprint(n), "C")
				d.pdf.SetTextColor(0, 0, 0)
			}
			x += w
		}
		d.text(pageW-marginRight-rateW, y, rateW, barH, percent(dp.CompletionRate()), "R")
		d.pdf.SetY(y + barH + gap)
	}
	d.pdf.SetY(d.pdf.GetY() + 2)
}

// lit is an item as one of its leads is flagged for it: a co-led item
// is listed under each lead whose own result is red or yellow.
type lit struct {
	item    *figures.Item
	verdict figures.Verdict
}

// litItems lists the red and yellow items by lead unit, the units with
// the most red first.
func litItems(out sink, ev figures.Evaluation) {
	// Each unit's lit items are kept only while there are few enough to
	// list: once the lit items pass listedItems, only the counts are
	// printed, and only they are kept.
	type unitLit struct {
		red, yellow int
		items       []lit
	}
	byUnit := map[units.Unit]*unitLit{}
	var names []units.Unit
	red, yellow := 0, 0
	for it := range ev.All() {
		switch it.Light() {
		case check.Red:
			red++
		case check.Yellow:
			yellow++
		}
		for _, v := range it.Leaders {
			if v.Status.Light() == check.Green {
				continue
			}
			u := byUnit[v.Unit]
			if u == nil {
				u = &unitLit{}
				byUnit[v.Unit] = u
				names = append(names, v.Unit)
			}
			if v.Status.Light() == check.Red {
				u.red++
			} else {
				u.yellow++
			}
			if red+yellow <= listedItems {
				u.items = append(u.items, lit{it, v})
			}
		}
	}
	if len(names) == 0 {
		out.paragraph("本期没有亮红灯或黄灯的事项。", sizeBody)
		return
	}
	slices.SortStableFunc(names, func(a, b units.Unit) int { return cmp.Compare(byUnit[b].red, byUnit[a].red) })
	out.paragraph(fmt.Sprintf("本期亮红灯%d项（逾期、未达标或未报送）、黄灯%d项（滞后），涉及%d个单位，按红灯多少排列如下。",
		red, yellow, len(names)), sizeBody)
	if lit := red + yellow; lit > listedItems {
		// Thousands of rows are not read on paper: each unit's count, and
		// where the rows are.
		out.paragraph(fmt.Sprintf("亮灯事项超过%d项，这里只列各单位的亮灯数；逐项情况见汇总表的“%s”工作表（可按牵头单位、结果筛选），各单位的事项另见催办通知。",
			listedItems, templates.EvaluationSheet), sizeBody)
		var rows [][]cell
		for i, name := range names {
			rows = append(rows, []cell{{text: strconv.Itoa(i + 1)}, {text: string(name)},
				{text: strconv.Itoa(byUnit[name].red)}, {text: strconv.Itoa(byUnit[name].yellow)}})
		}
		out.table([]column{
			{title: "序号", width: 14, align: "C"}, {title: "单位", width: textWidth - 74, align: "L"},
			{title: "红灯", width: 30, align: "C"}, {title: "黄灯", width: 30, align: "C"},
		}, rows)
		return
	}
	for i, name := range names {
		u := byUnit[name]
		out.subheading(fmt.Sprintf("（%s）%s：红灯%d项、黄灯%d项", numerals.Format(i+1), name, u.red, u.yellow), 32)
		var rows [][]cell
		for _, l := range u.items {
			f := lightFill[l.verdict.Status.Light()]
			rows = append(rows, []cell{
				{text: l.item.Number()}, {text: l.item.Label()}, {text: l.item.Target.Text}, {text: l.verdict.Actual},
				{text: l.item.Deadline.Format(ev.Year)}, {text: l.verdict.Status.String(), fill: &f}, {text: l.verdict.Reason},
			})
		}
		out.table([]column{
			{title: "编号", width: 12, align: "C"}, {title: "任务及成果", width: 38, align: "L"},
			{title: "目标值", width: 20, align: "L"}, {title: "完成值", width: 15, align: "L"},
			{title: "完成时限", width: 19, align: "C"}, {title: "结果", width: 12, align: "C"},
			{title: "问题", width: textWidth - 116, align: "L"},
		}, rows)
	}
}

// silent names the units from which nothing came.
func silent(ev figures.Evaluation) string {
	var parts []string
	for _, u := range ev.Silent {
		switch {
		case u.Led > 0 && u.Partnered > 0:
			parts = append(parts, fmt.Sprintf("%s（牵头%d项、配合%d项）", u.Unit, u.Led, u.Partnered))
		case u.Led > 0:
			parts = append(parts, fmt.Sprintf("%s（牵头%d项）", u.Unit, u.Led))
		default:
			parts = append(parts, fmt.Sprintf("%s（配合%d项）", u.Unit, u.Partnered))
		}
	}
	return fmt.Sprintf("截至%s，%s未报送本期完成情况，其牵头的任务均按未报送统计。请于收到通报后3个工作日内补报。",
		chineseDate(ev.AsOf), strings.Join(parts, "、"))
}

// listedItems is the most items the bulletin lists one by one, among the
// lit items and in the appendix: past it a list runs to thousands of
// pages, and the merged workbook, which holds every item, is the place to
// read them.
const listedItems = 1000

func appendix(out sink, ev figures.Evaluation) {
	if ev.Outcomes() > listedItems {
		out.paragraph(fmt.Sprintf("本期共%d项成果，超过%d项，不在此逐项列出；每项的完成情况见汇总表的“%s”工作表。",
			ev.Outcomes(), listedItems, templates.EvaluationSheet), sizeBody)
		return
	}
	var rows [][]cell
	for it := range ev.All() {
		f := lightFill[it.Light()]
		rows = append(rows, []cell{
			{text: it.Number()}, {text: it.TaskLabel()}, {text: it.Expected}, {text: it.LeadNames()},
			{text: it.Target.Text}, {text: it.Shown().Actual}, {text: it.Deadline.Format(ev.Year)}, {text: it.Status.String(), fill: &f},
		})
	}
	out.table([]column{
		{title: "编号", width: 10, align: "C"}, {title: "任务名称", width: 27, align: "L"},
		{title: "预期成果", width: 26, align: "L"}, {title: "牵头单位", width: 22, align: "L"},
		{title: "目标值", width: 20, align: "L"}, {title: "完成值", width: 17, align: "L"},
		{title: "完成时限", width: 20, align: "C"}, {title: "结果", width: textWidth - 142, align: "C"},
	}, rows)
}
