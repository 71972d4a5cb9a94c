package lists

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"

	"github.com/qingdan/qingdan/templates"
)

// Position returns a row's place as 来源位置 shows it: "成果清单!12".
func Position(sheet string, row int) string {
	if sheet == "" && row == 0 {
		return ""
	}
	return fmt.Sprintf("%s!%d", sheet, row)
}

// ParsePosition reads a 来源位置 value written by Position.
func ParsePosition(p string) (sheet string, row int, ok bool) {
	i := strings.LastIndexByte(p, '!')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(p[i+1:]))
	if err != nil || n < 1 {
		return "", 0, false
	}
	return p[:i], n, true
}

// CompareIDs orders task and outcome numbers as people read them: "2"
// before "10", "3.2" after "3.1" and before "4", an empty ID last.
func CompareIDs(a, b string) int {
	if a == b {
		return 0
	}
	return KeyOf(a).Compare(KeyOf(b))
}

// IDKey is a task or outcome number read for ordering, so that a number
// compared many times is read once.
type IDKey struct {
	raw   string
	parts []idPart
}

type idPart struct {
	text   string
	n      int
	number bool
}

// KeyOf reads id for ordering.
func KeyOf(id string) IDKey {
	k := IDKey{raw: id}
	for _, p := range idParts(templates.Fold(id)) {
		n, err := strconv.Atoi(p)
		k.parts = append(k.parts, idPart{text: p, n: n, number: err == nil})
	}
	return k
}

// Compare orders two numbers as CompareIDs does.
func (a IDKey) Compare(b IDKey) int {
	switch {
	case a.raw == b.raw:
		return 0
	case a.raw == "":
		return 1
	case b.raw == "":
		return -1
	}
	for i := 0; i < len(a.parts) && i < len(b.parts); i++ {
		pa, pb := a.parts[i], b.parts[i]
		var c int
		switch {
		case pa.number && pb.number:
			c = cmp.Compare(pa.n, pb.n)
		case pa.number:
			c = -1
		case pb.number:
			c = 1
		default:
			c = cmp.Compare(pa.text, pb.text)
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Or(cmp.Compare(len(a.parts), len(b.parts)), strings.Compare(a.raw, b.raw))
}

// idParts splits an ID into runs of digits and runs of other characters,
// dropping separators.
func idParts(s string) []string {
	var parts []string
	var cur strings.Builder
	digit := false
	flush := func() {
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		isDigit := r >= '0' && r <= '9'
		if r == '.' || r == '-' || r == '、' || r == '(' || r == ')' {
			flush()
			continue
		}
		if isDigit != digit {
			flush()
			digit = isDigit
		}
		cur.WriteRune(r)
	}
	flush()
	return parts
}
