package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
)

// AssessmentOptions are what the year-end assessment report says besides
// the scores.
type AssessmentOptions struct {
	Title  string    // default: "2026年度重点工作任务考核结果", in the plan's year
	Org    string    // the issuing office: the red mark of the 版头, the 落款 and the 印发机关
	To     []string  // 主送机关
	CC     []string  // 抄送机关
	Date   time.Time // 成文日期; zero takes the as-of date
	Method string    // the rules, in words: figures.AssessOptions.Describe
	Fonts  Fonts
}

// RenderAssessment writes the year-end assessment (年终考核) of ev's units:
// the rules, the ranking with each unit's score and grade, the outcomes
// that cost points, and the bonuses and deductions.
func RenderAssessment(w io.Writer, ev figures.Evaluation, scores []figures.Score, opts AssessmentOptions) (Info, error) {
	if opts.Title == "" {
		opts.Title = AssessmentTitle(ev.Year, ev.AsOf)
	}
	return render(w, func() (*doc, error) { return drawAssessment(ev, scores, opts) })
}

func drawAssessment(ev figures.Evaluation, scores []figures.Score, opts AssessmentOptions) (*doc, error) {
	d, err := newDoc(ev.AsOf, opts.Title, opts.Org, opts.Fonts)
	if err != nil {
		return nil, err
	}
	d.newPage()
	assessment(d, ev, scores, opts)
	return d, d.pdf.Error()
}

// assessment writes the assessment's content.
func assessment(out sink, ev figures.Evaluation, scores []figures.Score, opts AssessmentOptions) {
	date := opts.Date
	if date.IsZero() {
		date = ev.AsOf
	}
	out.masthead(letterhead{mark: opts.Org, title: opts.Title, to: addressees(opts.To)})
	defer out.recordNote(record{cc: copiesTo(opts.CC), printer: opts.Org, date: date})
	defer out.closing(opts.Org, date)

	out.heading("一、考核办法", 20)
	out.paragraph(opts.Method, sizeBody)
	out.paragraph(fmt.Sprintf("考核依据截至%s各单位报送并经核验的完成情况，共%d项任务、%d项成果。", chineseDate(ev.AsOf), ev.Tasks, ev.Outcomes()), sizeBody)

	out.heading("二、考核结果", 40)
	grades := map[string]int{}
	var order []string
	for _, s := range scores {
		if grades[s.Grade] == 0 {
			order = append(order, s.Grade)
		}
		grades[s.Grade]++
	}
	var parts []string
	for _, g := range order {
		parts = append(parts, fmt.Sprintf("%s%d个", g, grades[g]))
	}
	out.paragraph(fmt.Sprintf("参加考核的单位共%d个，其中%s。", len(scores), strings.Join(parts, "、")), sizeBody)
	out.space(2)
	var rows [][]cell
	for _, s := range scores {
		g := gradeFill(s.Grade, scores)
		rows = append(rows, []cell{
			{text: fmt.Sprint(s.Rank)}, {text: string(s.Unit)}, {text: fmt.Sprint(s.Led)}, {text: fmt.Sprint(s.Partnered)},
			{text: points(s.Lead)}, {text: points(s.Partner)}, {text: signed(s.Adjust)}, {text: points(s.Total)},
			{text: s.Grade, fill: g},
		})
	}
	out.table([]column{
		{title: "排名", width: 10, align: "C"}, {title: "单位", width: 30, align: "L"},
		{title: "牵头成果", width: 17, align: "R"}, {title: "配合成果", width: 17, align: "R"},
		{title: "牵头得分", width: 16, align: "R"}, {title: "配合得分", width: 16, align: "R"},
		{title: "加减分", width: 14, align: "R"}, {title: "总分", width: 16, align: "R"},
		{title: "等次", width: textWidth - 136, align: "C"},
	}, rows)

	out.heading("三、扣分事项", 30)
	var deductions [][]cell
	lost := figures.Deductions(ev, scores)
	for _, s := range scores {
		for _, dd := range lost[s.Unit] {
			it := dd.Item
			f := lightFill[it.Light()]
			deductions = append(deductions, []cell{{text: string(s.Unit)}, {text: it.Number()}, {text: it.Label()},
				{text: string(dd.Result), fill: &f}, {text: points(dd.Points)}, {text: dd.Reason}})
		}
	}
	if len(deductions) == 0 {
		out.paragraph("各单位牵头的成果均按时完成，没有扣分事项。", sizeBody)
	} else {
		out.paragraph("牵头成果未按时完成的，按其结果扣分，逐项列出如下（扣分为该成果在总分中少得的分数）。", sizeBody)
		out.space(2)
		out.table([]column{
			{title: "单位", width: 24, align: "L"}, {title: "编号", width: 12, align: "C"},
			{title: "任务及成果", width: 40, align: "L"}, {title: "结果", width: 20, align: "C"},
			{title: "扣分", width: 12, align: "R"}, {title: "原因", width: textWidth - 108, align: "L"},
		}, deductions)
	}

	var adjustments [][]cell
	for _, s := range scores {
		for _, a := range s.Adjustments {
			adjustments = append(adjustments, []cell{{text: string(a.Unit)}, {text: signed(a.Points)}, {text: a.Reason}})
		}
	}
	if len(adjustments) > 0 {
		out.heading("四、加减分事项", 20)
		out.table([]column{
			{title: "单位", width: 34, align: "L"}, {title: "分值", width: 16, align: "R"},
			{title: "事由", width: textWidth - 50, align: "L"},
		}, adjustments)
	}
}

func points(f float64) string { return fmt.Sprintf("%.2f", f) }

func signed(f float64) string {
	if f == 0 {
		return "0"
	}
	return fmt.Sprintf("%+.2f", f)
}

// gradeFill colours the best grade green and the worst red.
func gradeFill(grade string, scores []figures.Score) *rgb {
	if len(scores) == 0 {
		return nil
	}
	switch grade {
	case scores[0].Grade:
		c := lightFill[check.Green]
		return &c
	case scores[len(scores)-1].Grade:
		c := lightFill[check.Red]
		return &c
	}
	return nil
}
