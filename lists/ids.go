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
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	pa, pb := idParts(templates.Fold(a)), idParts(templates.Fold(b))
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		var c int
		switch {
		case ea == nil && eb == nil:
			c = cmp.Compare(na, nb)
		case ea == nil:
			c = -1
		case eb == nil:
			c = 1
		default:
			c = cmp.Compare(pa[i], pb[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Or(cmp.Compare(len(pa), len(pb)), strings.Compare(a, b))
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
