package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line breaking for Chinese text. The fpdf family's MultiCell and SplitText
// drop a character at each break in CJK text, so qingdan breaks lines itself
// and draws each line with CellFormat.

// noStart are characters a line must not begin with; noEnd, characters it
// must not end with (避头尾).
const (
	noStart = "，。、；：？！）》」』”’】〕〉,.;:?!)]}%‰·…—"
	noEnd   = "（《「『“‘【〔〈([{"
)

// tokens splits s into the pieces a line may break between: each Chinese
// character alone; a run of Latin letters, digits and the marks that belong
// to a number (31.2%, 8/10万's "8/10", 2026-09-30) kept together; each space.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		out = append(out, string(r))
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".%/-_:@#+", r))
}

// wrap breaks s into lines no wider than width, as measured by w, keeping
// its own line breaks.
func wrap(s string, width float64, w func(string) float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrapParagraph(para, width, w)...)
	}
	return lines
}

func wrapParagraph(s string, width float64, w func(string) float64) []string {
	var lines []string
	var cur []string
	curW := 0.0
	flush := func() {
		lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
		cur, curW = nil, 0
	}
	for _, tok := range tokens(s) {
		tw := w(tok)
		if tw > width && len(tok) > 1 {
			// A word longer than the line is broken between characters.
			for _, r := range tok {
				rw := w(string(r))
				if curW+rw > width && len(cur) > 0 {
					flush()
				}
				cur, curW = append(cur, string(r)), curW+rw
			}
			continue
		}
		if curW+tw <= width || len(cur) == 0 {
			if tok == " " && len(cur) == 0 && len(lines) > 0 {
				continue // no space at the start of a wrapped line
			}
			cur, curW = append(cur, tok), curW+tw
			continue
		}
		var carry []string
		switch {
		case strings.Contains(noStart, tok) && len(cur) > 1:
			// Take the last character down with the punctuation.
			carry = cur[len(cur)-1:]
			cur = cur[:len(cur)-1]
		case len(cur) > 1 && strings.Contains(noEnd, cur[len(cur)-1]):
			carry = cur[len(cur)-1:]
			cur = cur[:len(cur)-1]
		}
		flush()
		for _, c := range carry {
			cur, curW = append(cur, c), curW+w(c)
		}
		if tok != " " {
			cur, curW = append(cur, tok), curW+tw
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}
