package units

import (
	"regexp"
	"strings"
)

// roleClause is a clause naming units by their role: "A牵头", "A、B分别负责",
// "B、C配合".
var roleClause = regexp.MustCompile(`^(.+?)(共同牵头负责|共同牵头|分别牵头|牵头负责|牵头|分别负责|共同负责|具体负责|负责|配合|参与|协助|协办|协同)(?:落实|实施|推进)?$`)

// leadRoles are the role words that make a unit a lead.
func leadRole(role string) bool {
	return strings.Contains(role, "牵头") || strings.Contains(role, "负责")
}

// Roles reads the units a 牵头单位 cell and a 配合单位 cell name. The lead
// cell may itself give roles, as plans write them: "A牵头，B、C配合",
// "A、B分别负责", "A、B共同牵头". Every unit it names as a lead is one; a
// plain list names co-leads, or, with firstLeads (a list headed 责任单位,
// where by convention the first leads), one lead and its partners. The
// units are given once each, leads before partners, with the phrases that
// name units collectively.
func (d *Directory) Roles(lead, partners string, firstLeads bool) (leads, helpers []Unit, groups []string) {
	seen := map[Unit]bool{}
	addTo := func(dst *[]Unit, us []Unit) {
		for _, u := range us {
			if !seen[u] {
				seen[u] = true
				*dst = append(*dst, u)
			}
		}
	}
	var lateLeads, lateHelpers []Unit
	if clauses := splitClauses(lead); hasRoles(clauses) {
		for _, c := range clauses {
			m := roleClause.FindStringSubmatch(strings.TrimSpace(c))
			if m == nil {
				l := d.Split(c)
				lateHelpers = append(lateHelpers, l.Units...)
				groups = append(groups, l.Groups...)
				continue
			}
			l := d.Split(m[1])
			groups = append(groups, l.Groups...)
			if leadRole(m[2]) {
				addTo(&leads, l.Units)
			} else {
				lateHelpers = append(lateHelpers, l.Units...)
			}
		}
	} else {
		l := d.Split(lead)
		groups = append(groups, l.Groups...)
		if firstLeads && len(l.Units) > 1 {
			lateLeads, lateHelpers = l.Units[:1], l.Units[1:]
		} else {
			lateLeads = l.Units
		}
	}
	addTo(&leads, lateLeads)
	p := d.Split(partners)
	if clauses := splitClauses(partners); hasRoles(clauses) {
		p = List{}
		for _, c := range clauses {
			if m := roleClause.FindStringSubmatch(strings.TrimSpace(c)); m != nil {
				c = m[1]
			}
			l := d.Split(c)
			p.Units, p.Groups = append(p.Units, l.Units...), append(p.Groups, l.Groups...)
		}
	}
	groups = append(groups, p.Groups...)
	addTo(&helpers, lateHelpers)
	addTo(&helpers, p.Units)
	return leads, helpers, groups
}

// roleWords are the words every role of roleClause is written with: a
// clause without any of them names no role, and the expression need not
// be tried.
var roleWords = []string{"牵头", "负责", "配合", "参与", "协助", "协办", "协同"}

func namesRole(s string) bool {
	for _, w := range roleWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// splitClauses splits a cell at ，,；; outside brackets.
func splitClauses(s string) []string {
	return splitOutside(s, "，,；;\n")
}

func hasRoles(clauses []string) bool {
	for _, c := range clauses {
		if namesRole(c) && roleClause.MatchString(strings.TrimSpace(c)) {
			return true
		}
	}
	return false
}
