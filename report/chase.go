package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
)

// 催办通知: a one-page notice to each unit that is silent or late, and a
// plain-text list of the same for a group chat.

// ChaseOptions are what the 催办 notices say besides the units chased.
type ChaseOptions struct {
	Org    string    // the office that chases: the 落款
	Date   time.Time // the notices' date; zero takes the as-of date
	Within string    // the time given to answer; default "3个工作日"
	Fonts  Fonts
}

func (o ChaseOptions) date(ev figures.Evaluation) time.Time {
	if o.Date.IsZero() {
		return ev.AsOf
	}
	return o.Date
}

func (o ChaseOptions) within() string {
	if o.Within == "" {
		return "3个工作日"
	}
	return o.Within
}

// RenderChase writes a one-page 催办通知 for each unit of chases to w.
func RenderChase(w io.Writer, ev figures.Evaluation, chases []figures.Chase, opts ChaseOptions) (Info, error) {
	return render(w, func() (*doc, error) {
		d, err := newDoc(ev.AsOf, "催办通知", opts.Org, opts.Fonts)
		if err != nil {
			return nil, err
		}
		d.noFooter = true
		for _, c := range chases {
			d.newPage()
			notice(d, ev, c, opts)
		}
		if len(chases) == 0 {
			d.newPage()
			d.paragraph("本期没有需要催办的单位。", sizeBody)
		}
		return d, d.pdf.Error()
	})
}

// RenderChaseDocx writes the 催办 notices as a Word document, a page each.
func RenderChaseDocx(w io.Writer, ev figures.Evaluation, chases []figures.Chase, opts ChaseOptions) error {
	x := &docx{}
	for i, c := range chases {
		if i > 0 {
			x.pageBreak()
		}
		notice(x, ev, c, opts)
	}
	if len(chases) == 0 {
		x.paragraph("本期没有需要催办的单位。", sizeBody)
	}
	return x.write(w, "催办通知", opts.Org, ev.AsOf)
}

// chaseColumns are the columns of a notice's table.
var chaseColumns = []column{
	{title: "编号", width: 12, align: "C"}, {title: "任务及成果", width: 52, align: "L"},
	{title: "完成时限", width: 20, align: "C"}, {title: "结果", width: 13, align: "C"},
	{title: "需报送", width: textWidth - 97, align: "L"},
}

// notice writes one unit's 催办通知: the title, the unit addressed, what
// is asked of it and by when, its outcomes, and the 落款.
func notice(out sink, ev figures.Evaluation, c figures.Chase, opts ChaseOptions) {
	out.masthead(letterhead{title: "催办通知", to: string(c.Unit) + "："})
	out.paragraph(chaseText(ev, c, opts), sizeBody)
	if len(c.Items) > 0 {
		out.space(2)
		var rows [][]cell
		for _, it := range c.Items {
			f := lightFill[it.Verdict.Status.Light()]
			rows = append(rows, []cell{{text: it.Item.Number()}, {text: it.Item.Label()}, {text: it.Item.Deadline.Format(ev.Year)},
				{text: it.Verdict.Status.String(), fill: &f}, {text: it.Missing}})
		}
		// The notice keeps to one page: what does not fit is counted.
		n := out.fit(chaseColumns, rows, 3*lineHeight(sizeBody))
		if n < len(rows) {
			n = max(0, n-1)
			rest := len(rows) - n
			rows = append(rows[:n:n], []cell{{}, {text: fmt.Sprintf("另有%d项，详见督查通报附件", rest)}, {}, {}, {}})
		}
		out.table(chaseColumns, rows)
	}
	out.closing(opts.Org, opts.date(ev))
}

// chaseText is the notice's paragraph: what the unit has not done, and
// what it is to do by when.
func chaseText(ev figures.Evaluation, c figures.Chase, opts ChaseOptions) string {
	var b strings.Builder
	fmt.Fprintf(&b, "截至%s，", chineseDate(ev.AsOf))
	if c.Silent {
		b.WriteString("你单位尚未报送本期重点工作任务完成情况")
		var parts []string
		if c.Led > 0 {
			parts = append(parts, fmt.Sprintf("牵头%d项", c.Led))
		}
		if c.Partnered > 0 {
			parts = append(parts, fmt.Sprintf("配合%d项", c.Partnered))
		}
		if len(parts) > 0 {
			b.WriteString("（" + strings.Join(parts, "、") + "）")
		}
		b.WriteString("。")
	}
	if n := len(c.Items); n > 0 {
		counts := c.Counts()
		var parts []string
		for _, s := range []check.Status{check.Overdue, check.Lagging, check.Unreported} {
			if counts.Of(s) > 0 {
				parts = append(parts, fmt.Sprintf("%s%d项", s, counts.Of(s)))
			}
		}
		if c.Silent {
			fmt.Fprintf(&b, "你单位牵头的以下%d项成果均按未报送统计。", n)
		} else {
			fmt.Fprintf(&b, "你单位牵头的重点工作任务中，以下%d项成果%s。", n, strings.Join(parts, "、"))
		}
	}
	fmt.Fprintf(&b, "请于收到本通知后%s内，在本期工作簿中补报完成值、完成状态、进展情况和佐证材料；确实无法按期完成的，请书面说明原因和完成时间。", opts.within())
	return b.String()
}

// WriteChaseList writes the chase as plain text to paste into a group
// chat: a line per unit, then a line per outcome with its deadline and
// what is missing (单位、事项、时限、缺什么).
func WriteChaseList(w io.Writer, ev figures.Evaluation, chases []figures.Chase, opts ChaseOptions) error {
	var b strings.Builder
	if len(chases) == 0 {
		fmt.Fprintf(&b, "【催办】截至%s，没有需要催办的单位。\n", chineseDate(ev.AsOf))
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "【催办】截至%s，以下%d个单位有未报送、逾期或滞后事项，请于%s内补报：\n", chineseDate(ev.AsOf), len(chases), opts.within())
	for i, c := range chases {
		fmt.Fprintf(&b, "%d. %s", i+1, c.Unit)
		if c.Silent {
			b.WriteString("（本期未报送）")
		}
		b.WriteString("\n")
		for _, it := range c.Items {
			fmt.Fprintf(&b, "   %s %s｜时限：%s｜%s｜缺：%s\n", it.Item.Number(), it.Item.Label(), dueText(it.Item, ev.Year), it.Verdict.Status, it.Missing)
		}
		if c.Silent && len(c.Items) == 0 {
			fmt.Fprintf(&b, "   配合任务%d项｜缺：进展情况反馈\n", c.Partnered)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// dueText is an outcome's deadline as a chat message says it.
func dueText(it figures.Item, year int) string {
	if t := it.Deadline.In(year); !t.IsZero() {
		return chineseDate(t)
	}
	if it.Deadline.Text != "" {
		return it.Deadline.Text
	}
	return "无"
}
