package lists

import (
	"strings"
	"unicode/utf8"

	"github.com/qingdan/qingdan/templates"
)

// Text returns the row's cell in column k as written, for writing the row
// again: in a merged list, in a unit's dispatched workbook.
func (t TaskRow) Text(k templates.Key) string {
	switch k {
	case templates.TaskID:
		return t.ID
	case templates.Section:
		return t.Section
	case templates.TaskName:
		return t.Name
	case templates.Content:
		return t.Content
	case templates.Deadline:
		return t.Deadline.Text
	case templates.Note:
		return t.Note
	case templates.Other:
		return t.Other
	}
	return common(t.From, t.At, k)
}

// Text returns the row's cell in column k as written.
func (r RespRow) Text(k templates.Key) string {
	switch k {
	case templates.TaskID:
		return r.ID
	case templates.Lead:
		return r.LeadText
	case templates.Partners:
		return r.PartnerText
	case templates.Leader:
		return r.Leader
	case templates.Owner:
		return r.Owner
	case templates.Contact:
		return r.Contact
	case templates.Phone:
		return r.Phone
	case templates.Other:
		return r.Other
	}
	return common(r.From, r.At, k)
}

// Text returns the row's cell in column k as written.
func (o OutcomeRow) Text(k templates.Key) string {
	switch k {
	case templates.TaskID:
		return o.TaskID
	case templates.OutcomeID:
		return o.ID
	case templates.Expected:
		return o.Expected
	case templates.Target:
		return o.Target.Text
	case templates.Actual:
		return o.Actual.Text
	case templates.Status:
		return o.Mark.Text
	case templates.Progress:
		return o.Progress
	case templates.Evidence:
		return o.Evidence
	case templates.DoneDate:
		return o.DoneDate.Text
	case templates.ReportDate:
		return o.ReportDate.Text
	case templates.Deadline:
		return o.Deadline.Text
	case templates.Baseline:
		return o.Baseline.Text
	case templates.Other:
		return o.Other
	}
	return common(o.From, o.At, k)
}

// common gives the columns every merged row has: 填报单位, 来源文件, 来源位置.
func common(from Sender, at At, k templates.Key) string {
	switch k {
	case templates.Dept:
		return from.Text
	case templates.SourceFile:
		return at.Source().File
	case templates.SourceCell:
		src := at.Source()
		return Position(src.Sheet, src.Row)
	}
	return ""
}

// TrimSpace returns s without the white space around it, as
// strings.TrimSpace does. Most cells begin and end with a Chinese
// character, which strings.TrimSpace decodes rune by rune at both ends:
// a character of three bytes from U+4000 up is never a space, and is
// known from its lead byte.
func TrimSpace(s string) string {
	if len(s) == 0 || !spaceFreeStart(s) || !spaceFreeEnd(s) {
		return strings.TrimSpace(s)
	}
	return s
}

// spaceFreeStart reports whether s, not empty, surely begins with no
// white space; false when it cannot tell at once.
func spaceFreeStart(s string) bool {
	b := s[0]
	if b < utf8.RuneSelf {
		return !asciiSpace(b)
	}
	// U+4000–U+FFFF; the spaces above ASCII are U+0085, U+00A0, U+1680,
	// U+2000–U+205F and U+3000.
	return b >= 0xE4 && b <= 0xEF
}

// spaceFreeEnd is spaceFreeStart for the end of s.
func spaceFreeEnd(s string) bool {
	n := len(s)
	b := s[n-1]
	if b < utf8.RuneSelf {
		return !asciiSpace(b)
	}
	return n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xEF && s[n-2] >= 0x80 && s[n-2] <= 0xBF
}

func asciiSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}
