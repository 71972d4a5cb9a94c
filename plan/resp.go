package plan

import (
	"regexp"
	"strings"

	"github.com/qingdan/qingdan/units"
)

// splitNames splits a list of units as written, leaving out the phrases
// that name units collectively.
func splitNames(list string) []string {
	var out []string
	for _, n := range units.Names(list) {
		n = strings.TrimSuffix(strings.TrimPrefix(n, "等"), "等")
		if n != "" && !units.IsGroup(n) {
			out = append(out, n)
		}
	}
	return out
}

// responsibility is who an item names as responsible, and the item's text
// without the note that says so.
type responsibility struct {
	lead     string
	partners []string
	note     string
	rest     string
}

func (r responsibility) found() bool { return r.lead != "" || r.note != "" }

var (
	// roleLabel is a label before a list of departments.
	roleLabel = regexp.MustCompile(`(牵头责任单位|牵头(?:处室|单位|部门|科室)|责任(?:处室|单位|部门|科室)|主办(?:处室|单位)|主要协作单位|配合(?:处室|单位|部门|科室)|协办(?:处室|单位)|协作(?:处室|单位)|参与(?:处室|单位))\s*[:：]`)
	// roleWord ends a clause that names departments by their role: "A牵头".
	roleWord = regexp.MustCompile(`^(.+?)(牵头|负责|配合|参与|协助|协办)$`)
	respKeys = regexp.MustCompile(`牵头|配合|责任|负责|协办|协作|主办|参与`)
	// groupPhrase names departments as a group: 各相关处室, 各成员单位.
	groupPhrase = regexp.MustCompile(`各(?:相关|有关|成员)?(?:处室|单位|部门|科室)|相关(?:处室|单位|部门)`)
	// everyOf names every one of a kind: 各区卫生健康局.
	everyOf = regexp.MustCompile(`各[^、，,；;]+`)
)

// findResponsibility finds the note naming an item's departments: a
// bracket at the end of the item "(牵头处室:A;配合处室:B)", "(责任处室:A、B)",
// "(A牵头,B、C配合)", "(A、B负责)", or labels written after the item's text
// "责任单位：A" (a separate line, joined to the item when read).
func findResponsibility(text string) responsibility {
	t := strings.TrimSpace(text)
	t = strings.TrimRight(t, "。.； ")
	if open := lastBracket(t); open >= 0 {
		inner := t[open:]
		inner = inner[len(firstRune(inner)) : len(inner)-len(lastRune(inner))]
		if respKeys.MatchString(inner) {
			r := parseRoles(inner)
			if r.found() {
				r.rest = strings.TrimSpace(t[:open])
				return r
			}
		}
	}
	if loc := roleLabel.FindStringIndex(t); loc != nil {
		r := parseRoles(t[loc[0]:])
		if r.found() {
			r.rest = strings.TrimSpace(t[:loc[0]])
			return r
		}
	}
	return responsibility{rest: text}
}

// lastBracket returns where the bracket that closes text opens, or -1.
func lastBracket(t string) int {
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "）") {
		return -1
	}
	depth := 0
	for i := len(t); i > 0; {
		r := lastRune(t[:i])
		i -= len(r)
		switch r {
		case ")", "）":
			depth++
		case "(", "（":
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func lastRune(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return s[i:]
		}
	}
	return ""
}

func firstRune(s string) string {
	for i := 1; i <= len(s); i++ {
		if i == len(s) || s[i]&0xC0 != 0x80 {
			return s[:i]
		}
	}
	return s
}

// parseRoles reads the departments of a responsibility note.
func parseRoles(s string) responsibility {
	var leads, partners, notes []string
	coLead := false // more than one department under 牵头; under 责任 the first leads alone
	add := func(role, list string) {
		names := splitNames(list)
		if g := groupPhrase.FindString(list); g != "" {
			notes = append(notes, roleName(role)+"："+g)
		} else if g := everyOf.FindString(list); g != "" {
			notes = append(notes, roleName(role)+"："+g)
		}
		if isLeadRole(role) {
			coLead = coLead || strings.Contains(role, "牵头") && len(names) > 1
			leads = append(leads, names...)
		} else {
			partners = append(partners, names...)
		}
	}
	if locs := roleLabel.FindAllStringSubmatchIndex(s, -1); len(locs) > 0 {
		for i, loc := range locs {
			end := len(s)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			list := strings.Trim(s[loc[1]:end], " ;；,，。")
			add(s[loc[2]:loc[3]], list)
		}
	} else {
		for _, part := range regexp.MustCompile(`[;；,，]`).Split(s, -1) {
			if m := roleWord.FindStringSubmatch(strings.TrimSpace(part)); m != nil {
				add(m[2], m[1])
			}
		}
	}
	r := responsibility{note: strings.Join(notes, "；")}
	if len(leads) > 0 {
		r.lead = leads[0]
		if len(leads) > 1 && coLead {
			r.note = strings.Trim("共同牵头："+strings.Join(leads[1:], "、")+"；"+r.note, "；")
		}
	}
	seen := map[string]bool{units.Key(r.lead): true}
	for _, p := range append(leads[min(1, len(leads)):], partners...) {
		if !seen[units.Key(p)] {
			seen[units.Key(p)] = true
			r.partners = append(r.partners, p)
		}
	}
	return r
}

func isLeadRole(role string) bool {
	return strings.Contains(role, "牵头") || strings.Contains(role, "责任") || strings.Contains(role, "主办") || role == "负责"
}

func roleName(role string) string {
	if isLeadRole(role) {
		return "牵头"
	}
	return "配合"
}
