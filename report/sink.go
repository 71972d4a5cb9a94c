package report

import (
	"time"

	"github.com/qingdan/qingdan/figures"
)

// sink is what a report is written to: the PDF being drawn, or the Word
// document being written, so that both say the same.
type sink interface {
	masthead(h letterhead)              // 版头, title and 主送机关
	closing(org string, date time.Time) // 落款 and 成文日期
	attachment(title string)            // a new page headed 附件
	recordNote(r record)                // 版记
	heading(s string, keep float64)     // 一、
	subheading(s string, keep float64)  // (一)
	paragraph(s string, size float64)
	table(cols []column, rows [][]cell)
	// fit returns how many of rows fit on the rest of the page with below
	// millimetres left under the table.
	fit(cols []column, rows [][]cell, below float64) int
	bars(depts []figures.UnitFigures)                 // completion by status, a bar per unit
	trendChart(intro string, series []figures.Period) // the whole plan's rate across periods
	space(mm float64)
	pageBreak()
}

func (d *doc) space(mm float64) { d.pdf.SetY(d.pdf.GetY() + mm) }

func (d *doc) pageBreak() { d.newPage() }
