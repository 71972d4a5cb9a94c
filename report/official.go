package report

import (
	"fmt"
	"strings"
	"time"
)

// The elements that make a report a 公文 as GB/T 9704《党政机关公文格式》
// lays one out: the 版头 (the issuing office's mark in red, the issue
// number and the red rule below them), the title, the 主送机关, the body,
// the 落款 (the issuing office and the 成文日期), the attachment and the
// 版记 (抄送 and 印发) at the foot of the last page.

// red is the red of the 版头.
var red = rgb{230, 0, 18}

// Sizes of the 公文 elements in points: the issuing office's mark at most
// 小初, the 版记 四号.
const (
	sizeMark   = 32.0
	sizeRecord = 14.0
)

// letterhead is what a report's first page says above its body.
type letterhead struct {
	mark  string // 发文机关标志, printed in red: "青川市卫生健康委员会督查通报"
	issue string // 期号: "第3期"; empty prints none
	title string
	to    string // 主送机关, ending in "："; empty prints none
}

// record is the 版记 at the end of a report.
type record struct {
	cc      string // 抄送机关, ending in "。"; empty prints none
	printer string // 印发机关
	date    time.Time
}

// issueNumber writes an issue number as the 版头 prints it: 第3期.
func issueNumber(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("第%d期", n)
}

// addressees joins the 主送机关 and ends them with a colon: "各处室、各直属单位：".
func addressees(to []string) string {
	s := joinNonEmpty(to, "、")
	if s == "" || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":") {
		return s
	}
	return s + "："
}

// copiesTo writes the 抄送 line's list, ended with a full stop.
func copiesTo(cc []string) string {
	s := joinNonEmpty(cc, "，")
	if s == "" || strings.HasSuffix(s, "。") {
		return s
	}
	return s + "。"
}

func joinNonEmpty(parts []string, sep string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// masthead draws the 版头 (the red mark, the issue number and the red rule
// under them), the title two lines below, and the 主送机关.
func (d *doc) masthead(h letterhead) {
	y := d.pdf.GetY()
	if h.mark != "" {
		d.setStyle(Title, sizeMark)
		if w := d.width(h.mark); w > textWidth {
			d.setStyle(Title, sizeMark*textWidth/w)
		}
		lh := lineHeight(d.size) * 0.8
		d.pdf.SetTextColor(red.r, red.g, red.b)
		d.text(marginLeft, y, textWidth, lh, h.mark, "C")
		d.pdf.SetTextColor(0, 0, 0)
		y += lh
	}
	d.setStyle(Body, sizeBody)
	lb := lineHeight(sizeBody)
	if h.issue != "" {
		y += lb * 0.5
		d.text(marginLeft, y, textWidth, lb, h.issue, "C")
		y += lb
	}
	if h.mark != "" || h.issue != "" {
		// The rule is 4 mm below the issue number, as wide as the text.
		y += 2
		d.pdf.SetDrawColor(red.r, red.g, red.b)
		d.pdf.SetLineWidth(0.5)
		d.pdf.Line(marginLeft, y, pageW-marginRight, y)
		d.pdf.SetDrawColor(0, 0, 0)
		y += lb
	}
	d.setStyle(Title, sizeTitle)
	lt := lineHeight(sizeTitle) * 0.9
	for _, l := range d.lines(h.title, textWidth) {
		d.text(marginLeft, y, textWidth, lt, l, "C")
		y += lt
	}
	y += lb * 0.5
	d.setStyle(Body, sizeBody)
	if h.to != "" {
		for _, l := range d.lines(h.to, textWidth) {
			d.text(marginLeft, y, textWidth, lb, l, "L")
			y += lb
		}
	}
	d.pdf.SetY(y)
}

// closing draws the 落款: the issuing office centred over the 成文日期,
// which stands four characters in from the right, a line below the body.
func (d *doc) closing(org string, date time.Time) {
	d.setStyle(Body, sizeBody)
	lh := lineHeight(sizeBody)
	lines := 2.0
	if org == "" {
		lines = 1
	}
	d.pdf.SetY(d.pdf.GetY() + lh)
	d.need(lines * lh)
	ch := d.width("　")
	when := chineseDate(date)
	right := pageW - marginRight - 4*ch
	dateW := d.width(when)
	y := d.pdf.GetY()
	if org != "" {
		org = d.clean(org)
		w := d.width(org)
		x := right - dateW/2 - w/2
		if x+w > pageW-marginRight-2*ch {
			x = pageW - marginRight - 2*ch - w
		}
		x = max(x, marginLeft)
		d.text(x, y, w, lh, org, "L")
		y += lh
	}
	d.text(right-dateW, y, dateW, lh, when, "L")
	d.pdf.SetY(y + lh)
}

// attachment starts the attachment on a new page: 附件 at the top left in
// 黑体, its title centred below.
func (d *doc) attachment(title string) {
	d.newPage()
	d.setStyle(Heading, sizeHeading)
	lh := lineHeight(sizeHeading)
	d.text(marginLeft, d.pdf.GetY(), textWidth, lh, "附件", "L")
	d.pdf.SetY(d.pdf.GetY() + lh*1.5)
	d.setStyle(Title, sizeTitle)
	lt := lineHeight(sizeTitle) * 0.9
	for _, l := range d.lines(title, textWidth) {
		d.text(marginLeft, d.pdf.GetY(), textWidth, lt, l, "C")
		d.pdf.SetY(d.pdf.GetY() + lt)
	}
	d.pdf.SetY(d.pdf.GetY() + lh*0.5)
	d.setStyle(Body, sizeBody)
}

// recordNote draws the 版记 at the foot of the last page: between a thick
// rule above and below, the 抄送 line, a thin rule, and the 印发机关 on the
// left with the 印发日期 on the right, each a character in from the edge.
func (d *doc) recordNote(r record) {
	d.setStyle(Body, sizeRecord)
	lh := lineHeight(sizeRecord)
	ch := d.width("　")
	label := "抄送："
	var cc []string
	if r.cc != "" {
		cc = d.lines(r.cc, textWidth-2*ch-d.width(label))
	}
	h := float64(len(cc)+1)*lh + 2
	d.need(h + 4)
	y := bottomLimit - h
	rule := func(y, w float64) {
		d.pdf.SetDrawColor(0, 0, 0)
		d.pdf.SetLineWidth(w)
		d.pdf.Line(marginLeft, y, pageW-marginRight, y)
	}
	rule(y, 0.35)
	y += 1
	if len(cc) > 0 {
		x := marginLeft + ch + d.width(label)
		for i, l := range cc {
			if i == 0 {
				d.text(marginLeft+ch, y, textWidth, lh, label+l, "L")
			} else {
				d.text(x, y, textWidth, lh, l, "L")
			}
			y += lh
		}
		rule(y, 0.25)
	}
	d.text(marginLeft+ch, y, textWidth/2, lh, r.printer, "L")
	d.text(marginLeft, y, textWidth-ch, lh, chineseDate(r.date)+"印发", "R")
	y += lh + 1
	rule(y, 0.35)
	d.pdf.SetY(y)
}
