package plan

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qingdan/qingdan/units"
)

// splitNames splits a list of units as written, leaving out the phrases
// that name units collectively (groups, as units.Split found them).
func splitNames(list string, groups []string) []string {
	var out []string
	var names []string
	for _, n := range units.Names(list) {
		names = append(names, joinedNames(n)...)
	}
	for _, n := range names {
		n = units.WithoutPerson(n)          // 待遇保障处（刘××）
		n = etcKind.ReplaceAllString(n, "") // 县教育局等部门
		n = strings.TrimSuffix(strings.TrimPrefix(n, "等"), "等")
		if n != "" && !noUnit.MatchString(n) && !units.IsGroup(n) && !ownedGroup.MatchString(n) && !slices.Contains(groups, n) {
			out = append(out, n)
		}
	}
	return out
}

// splitJoins writes with 、 the words of a list that join two units, or a
// unit and a collective phrase (see joinedGroups), so that both are read:
// "乙局、丙局及各乡镇（街道）" → "乙局、丙局、各乡镇（街道）".
func splitJoins(list string) string {
	if !nameJoin.MatchString(list) {
		return list
	}
	var parts []string
	depth, start := 0, 0
	for i, r := range list {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			depth = max(0, depth-1)
		case depth == 0 && r == '、':
			parts = append(parts, list[start:i])
			start = i + len("、")
		}
	}
	return strings.Join(joinedGroups(append(parts, list[start:])), "、")
}

// joinedGroups splits the parts of a list that join two units, or a unit
// and a collective phrase, with 及, 以及, 和 or 与: "丙局及各乡镇（街道）" is
// 丙局 and 各乡镇（街道）. A name that holds 和 (县文化和旅游局) is one
// unit: what comes before the word is no unit's name.
func joinedGroups(names []string) []string {
	var out []string
	for _, n := range names {
		loc := nameJoin.FindStringIndex(n)
		if loc == nil {
			out = append(out, n)
			continue
		}
		a, b := n[:loc[0]], n[loc[1]:]
		if unitName.MatchString(a) && (unitName.MatchString(b) || units.IsGroup(b) || strings.HasPrefix(b, "各")) {
			out = append(out, a, b)
			continue
		}
		out = append(out, n)
	}
	return out
}

// nameJoin joins two names in a list.
var nameJoin = regexp.MustCompile(`以及|及|和|与`)

// noUnit fills the place of a list that names none: 配合单位：无, 暂无, —;
// or is what is left of a role mark with no list before it: （按职责分别负责）.
var noUnit = regexp.MustCompile(`^(?:无|暂无|没有|不涉及|[-—–－―]+|` + byDutyWords + `|分别|共同)$`)

// joinedNames splits two or more units' names joined by 和, 及 or 与
// (规划处和财务处); a name with such a word inside (省文化和旅游厅,
// 市人力资源和社会保障局) stays whole, as what comes before the word
// names no unit.
func joinedNames(n string) []string {
	parts := andWord.Split(n, -1)
	if len(parts) < 2 {
		return []string{n}
	}
	for _, p := range parts {
		if !unitName.MatchString(p) || notName.MatchString(p) {
			return []string{n}
		}
	}
	return parts
}

var andWord = regexp.MustCompile(`和|及|与`)

// etcKind closes a list with the kind of its units: 县教育局等部门, 甲科等
// 相关科室.
var etcKind = regexp.MustCompile(`等(?:有关|相关|其他)?(?:部门|单位|处室|科室|股室|机构)$`)

// responsibility is who an item names as responsible, and the item's text
// without the note that says so.
type responsibility struct {
	leads    []string
	partners []string
	note     string
	groups   []string // the collective phrases the note names, as written
	rest     string
	// firstLed: the plan named the units under 责任 only, and the first
	// leads by convention (the others are partners).
	firstLed bool
}

func (r responsibility) found() bool { return len(r.leads) > 0 || r.note != "" }

// withPartners is r with the partners of o added, and the collective
// phrases and the note o names: a note that names the lead, and a list
// of partners given apart from it.
func (r responsibility) withPartners(o responsibility) responsibility {
	r.partners = unique(append(r.partners, o.partners...), r.leads)
	r.groups = append(r.groups, o.groups...)
	r.note = strings.Trim(r.note+"；"+o.note, "；")
	return r
}

// aboveWords point at the tasks above a note of their units (以上任务由A牵头),
// belowWords at those below it, the section's under its heading
// (本部分任务由A牵头).
const (
	aboveWords = `以上|上述`
	belowWords = `本部分|本节|本板块|本章|本专题|以下|下列`
)

// asWritten reads units with no aliases: names stay as the plan writes them.
var asWritten *units.Directory

// roleLabelWords are the words of a label before a list of departments,
// its colon left out: 牵头单位, 配合科室, 责任处室.
const roleLabelWords = `牵头责任单位|主要协作单位|(?:牵头|主责|责任|主办|配合|协办|协作|协同|协助|参与)(?:处室|单位|部门|科室|股室|科所|机构)?`

var (
	// roleLabel is a label before a list of departments.
	// Every role takes every word offices use for their units: 处室,
	// 科室, 股室, 科所 (a 疾控中心's), 单位, 部门, 机构, or none (牵头：A).
	roleLabel = regexp.MustCompile(`(` + roleLabelWords + `)\s*[:：]`)
	// roleWord ends a clause that names departments by their role: "A牵头",
	// "A、B分别负责", "A、B共同牵头".
	// What the clause is about may come first ("以上指标由A牵头"), and
	// how before the role ("各股室按职责分工负责", "A牵头汇总", "A牵头
	// 监测", "A牵头分解"). Those who carry it out (各区县卫生健康局抓好落实,
	// 县人民医院具体实施, B、C共同落实) cooperate.
	roleWord = regexp.MustCompile(`^(?:(?:` + aboveWords + `|` + belowWords + `|主要|本项|此项|该项|各项|目标|指标|工作|任务|事项|均|统一|总体)*由)?(.+?)(?:` + byDutyWords + `)?(共同牵头负责|共同牵头|联合牵头|分别牵头|牵头负责|牵头|主办|主责|分别负责|共同负责|具体负责|负责|配合|参与|协助|协办|协同|抓好落实|抓落实|具体落实|组织落实|共同落实|具体实施|组织实施|共同实施|共同推进)(?:抓好落实|抓落实|落实|实施|推进|汇总|监测|统计|调度|督办|协调|分解|考核)*$`)
	// roleThen is a role word followed by 、 or a space and the next
	// clause: "A牵头、B配合", "A牵头 B配合".
	roleThen = regexp.MustCompile(`(牵头|负责|配合|参与|协助|协办)(?:、|[ \t\x{3000}]+)`)
	// ownedGroup names every unit of a kind under one: 局属各单位, 局机关各科室,
	// or every one of a place or a kind: 沿线各县（市、区）人民政府, 辖区各医院.
	ownedGroup = regexp.MustCompile(`^.{0,8}各.{0,4}(?:单位|部门|处室|科室|股室|机构|医院)$|^(?:沿线|辖区内?|区域内|属地|所在地|相关|有关|其他|其余)各`)
	respKeys   = regexp.MustCompile(`牵头|配合|责任|负责|协办|协作|协同|主办|主责|参与`)
)

// findResponsibility finds the note naming an item's departments: a
// bracket at the end of the item "(牵头处室:A;配合处室:B)", "(责任处室:A、B)",
// "(A牵头,B、C配合)", "(A、B负责)", or labels written after the item's text
// "责任单位：A" (a separate line, joined to the item when read).
func findResponsibility(text string) responsibility {
	t := strings.TrimSpace(text)
	t = strings.TrimRight(t, "。.； ")
	tail := strings.TrimSpace(text)[len(t):] // the full stop trimmed
	// "【牵头单位】A【配合单位】B" reads as "牵头单位：A配合单位：B"
	t = squareLabel.ReplaceAllString(t, "$1：")
	// "牵头单位为A，配合单位为B" reads as "牵头单位：A，配合单位：B"
	t = labelIs.ReplaceAllString(t, "$1$2：")
	// 【责任单位：A】 reads as （责任单位：A）: the brackets have the same length
	b := strings.NewReplacer("【", "（", "】", "）", "〔", "（", "〕", "）", "[", "(", "]", ")").Replace(t)
	if open := lastBracket(b); open >= 0 {
		inner := b[open:]
		inner = inner[len(firstRune(inner)) : len(inner)-len(lastRune(inner))]
		// "（责任科室：A）（配合科室：B）": brackets of roles side by side
		// are one note
		for respKeys.MatchString(inner) {
			before := strings.TrimRight(b[:open], " ")
			prev := lastBracket(before)
			if prev < 0 {
				break
			}
			p := before[prev:]
			p = p[len(firstRune(p)) : len(p)-len(lastRune(p))]
			if !roleLabel.MatchString(p) || !roleLabel.MatchString(inner) {
				break
			}
			open, inner = prev, p+"；"+inner
		}
		if respKeys.MatchString(inner) {
			r := parseRoles(inner)
			if !r.found() {
				r = parseRoles(dropDuties(inner)) // （A、B分别负责门诊和住院部分）
			}
			if r.found() {
				r.rest = strings.TrimSpace(t[:open])
				return r
			}
		} else if onlyNames(inner) {
			// "……。（县医保中心、规划财务股）": units named with no role lead
			if r := parseRoles(inner + "负责"); r.found() {
				r.rest = strings.TrimSpace(t[:open])
				return r
			}
		}
	}
	// a bracket of labelled units between the heading and the text:
	// "加强管理。【牵头单位：A；配合单位：B】全年……", "推进创建（牵头单位：A）
	// 全年……" — the note is cut out, and where the heading has no full
	// stop the bracket ends it
	if open, end := labelledBracket(b); open >= 0 {
		inner := b[open+len(firstRune(b[open:])) : end-len(lastRune(b[:end]))]
		if r := parseRoles(inner); r.found() {
			before, after := strings.TrimSpace(t[:open]), strings.TrimSpace(t[end:])
			if before != "" && !strings.ContainsAny(lastRune(before), "。；;！？") && !strings.ContainsAny(firstRune(after), "。；;！？") {
				before += "。"
			}
			r.rest = strings.TrimSpace(before + after + tail)
			return r
		}
	}
	// a last sentence that only names units, with no role: "……。规划财务股、县医保中心"
	if i := strings.LastIndex(t, "。"); i >= 0 {
		if last := strings.TrimSpace(t[i+len("。"):]); onlyNames(last) {
			if r := parseRoles(last + "负责"); len(r.leads) > 0 {
				r.rest = strings.TrimSpace(t[:i+len("。")])
				return r
			}
		}
	}
	// a last sentence of roles only: "……。由A牵头，B配合。", the duty of
	// each perhaps named: "……。A、B分别负责甲和乙的建设，C配合。"
	if i := strings.LastIndex(t, "。"); i >= 0 {
		if last := dropDuties(strings.TrimSpace(t[i+len("。"):])); last != "" && onlyRoles(last) {
			if r := parseRoles(last); len(r.leads) > 0 {
				r.rest = strings.TrimSpace(t[:i+len("。")])
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

// dutyAfterRole is a clause naming units by their role and then what they
// are responsible for: "A、B分别负责影像和检验中心建设", "由A负责培训工作".
var dutyAfterRole = regexp.MustCompile(`^(由)?(.+?)(分别负责|共同负责|具体负责|牵头负责|负责)([^，,；;]{1,30})$`)

// dropDuties takes out of every clause of s what its units are responsible
// for, when the clause opens with the units' names only: "A、B分别负责
// 甲的建设，C配合" reads as "A、B分别负责，C配合". A clause whose subject is
// not a list of units is left as it is.
func dropDuties(s string) string {
	parts := regexp.MustCompile(`([;；,，])`).Split(s, -1)
	seps := regexp.MustCompile(`[;；,，]`).FindAllString(s, -1)
	var b strings.Builder
	for i, part := range parts {
		if m := dutyAfterRole.FindStringSubmatch(strings.TrimSpace(part)); m != nil && !strings.ContainsAny(firstRune(m[2]), "（(") && onlyNames(m[2]) && !respKeys.MatchString(m[4]) {
			part = m[1] + m[2] + m[3]
		}
		b.WriteString(part)
		if i < len(seps) {
			b.WriteString(seps[i])
		}
	}
	return b.String()
}

// unitEnds are the words a unit's name ends with.
const unitEnds = `处|科|股|室|局|厅|委|办|中心|院|所|站|队|组|部|党委|支部|党组|政府|公司|集团`

var (
	// unitName is how the name of a unit ends: 规划财务股, 县医保中心,
	// 驻委纪检监察组, 县人民政府; its other name may follow in brackets:
	// 县委宣传部（县文明办）.
	unitName = regexp.MustCompile(`^[\p{Han}A-Za-z0-9（）()]{1,30}?(?:` + unitEnds + `)(?:[(（][\p{Han}A-Za-z0-9]{1,20}?(?:` + unitEnds + `)[)）])?$`)
	// doingFirst opens a phrase of doing, never a unit's name: 建设县域医疗中心.
	// a scope, not a unit: 二级以上医院, 试点的卫生院
	notName    = regexp.MustCompile(`以上|以下|以内|的`)
	doingFirst = regexp.MustCompile(`^(?:建设|创建|建成|推进|打造|开展|完成|实施|落实|加强|提升|新建|组建|争创|设立|成立|培育|发展|支持|推动|引导|鼓励|实现|确保|依托|组织|指导|督促|全面|持续|深入|积极|逐步|力争)`)
)

// labelIs is a role label followed by 为 rather than a colon: 牵头单位为A.
var labelIs = regexp.MustCompile(`(^|[。；;，,（(【\s])((?:牵头|主责|责任|主办|配合|协办|协作|协同|协助|参与)(?:处室|单位|部门|科室|股室|科所|机构))为`)

// squareLabel is a role label written in square brackets, with no colon:
// 【牵头单位】, 【配合单位】.
var squareLabel = regexp.MustCompile(`【((?:牵头责任|主要协作|牵头|主责|责任|主办|配合|协办|协作|协同|协助|参与)(?:处室|单位|部门|科室|股室|科所|机构)?)】\s*`)

// onlyNames reports whether s is only a list of units' names, with no role:
// "规划财务股、县医保中心". A collective phrase may be among them, not alone.
func onlyNames(s string) bool {
	if s == "" || strings.ContainsAny(s, "，,；;：:。") {
		return false
	}
	named := false
	for _, part := range strings.Split(s, "、") {
		part = strings.TrimSpace(part)
		switch {
		case units.IsGroup(part):
		case unitName.MatchString(part) && !doingFirst.MatchString(part) && !notName.MatchString(part) && !respKeys.MatchString(part):
			named = true
		default:
			return false
		}
	}
	return named
}

// onlyRoles reports whether every clause of s names units by their role.
func onlyRoles(s string) bool {
	s = roleAsKind(s)
	for _, part := range regexp.MustCompile(`[;；,，]`).Split(roleThen.ReplaceAllString(s, "$1，"), -1) {
		part = strings.TrimSpace(part)
		if m := roleWord.FindStringSubmatch(part); m == nil || utf8.RuneCountInString(m[1]) > 40 {
			return false
		}
	}
	return true
}

// kindOfRole is a role said as the kind of unit one is: 甲科为牵头科室,
// 乙局为配合单位, 丙股为责任股室.
var kindOfRole = regexp.MustCompile(`为(牵头|配合|协办|协同|参与|主责|责任)(?:处室|单位|部门|科室|股室|科所|机构)`)

// roleAsKind writes a role said as a kind of unit as the role word:
// "甲科为牵头科室，乙科为配合科室" reads as "甲科牵头，乙科配合".
func roleAsKind(s string) string {
	return kindOfRole.ReplaceAllStringFunc(s, func(m string) string {
		if r := kindOfRole.FindStringSubmatch(m)[1]; r != "责任" {
			return r
		}
		return "负责"
	})
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

// labelledBracket returns where the first bracket that opens with a role
// label (（牵头单位：…）, （责任单位：…）) or holds only units by their roles
// (（A牵头，B配合）) opens and where it ends, brackets inside it counted,
// or -1 when none does.
func labelledBracket(t string) (open, end int) {
	for i := 0; i < len(t); {
		r := firstRune(t[i:])
		if r == "(" || r == "（" {
			if e := closingBracket(t, i); e > 0 {
				inner := t[i+len(r) : e-len(lastRune(t[:e]))]
				if loc := roleLabel.FindStringIndex(inner); loc != nil && loc[0] == 0 || respKeys.MatchString(inner) && onlyRoles(inner) {
					return i, e
				}
			}
		}
		i += len(r)
	}
	return -1, -1
}

// closingBracket returns the end of the bracket that opens at t[open:],
// brackets inside it counted, or -1 when it is not closed.
func closingBracket(t string, open int) int {
	depth := 0
	for i := open; i < len(t); {
		r := firstRune(t[i:])
		i += len(r)
		switch r {
		case "(", "（":
			depth++
		case ")", "）":
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// lastRune returns the last character of s, or its last byte when s ends
// in bytes that start no character: never "" for a text that is not.
func lastRune(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return s[i:]
		}
	}
	if s != "" {
		return s[len(s)-1:]
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

// parseRoles reads the departments of a responsibility note. Every
// department written as a lead is one (牵头单位：A、B; A、B分别负责; A牵头、B配合);
// only a list under 责任单位 with no cooperating list follows the
// convention that its first department leads and the others cooperate.
// Collective phrases name no department: they go to the note.
func parseRoles(s string) responsibility {
	s = roleAsKind(s)
	s = personLabel.ReplaceAllString(s, "$1")
	s = mainRole.ReplaceAllString(s, "${1}牵头$2")
	s = jointInBrackets.ReplaceAllString(s, "$1") // A、B（共同牵头） reads as A、B共同牵头
	s = roleThen.ReplaceAllString(s, "$1，")
	var leads, partners, groups []string
	var notes []string
	dutyOnly := true // every lead came from a 责任 label and no role says who cooperates
	var add func(role, list string)
	add = func(role, list string) {
		// "A会同B负责": A leads, B works with it
		if lead, with, ok := strings.Cut(list, "会同"); ok && isLeadRole(role) && lead != "" && with != "" {
			add(role, lead)
			add("配合", with)
			return
		}
		list = splitJoins(list)
		l := asWritten.Split(list)
		for _, u := range l.Units {
			if ownedGroup.MatchString(string(u)) {
				l.Groups = append(l.Groups, string(u)) // 局属各单位, 委属各医院
			}
		}
		if len(l.Groups) > 0 {
			notes = append(notes, roleName(role)+"："+strings.Join(l.Groups, "、"))
			groups = append(groups, l.Groups...)
		}
		names := splitNames(list, l.Groups)
		if isLeadRole(role) {
			dutyOnly = dutyOnly && strings.Contains(role, "责任") && !strings.Contains(role, "牵头")
			leads = append(leads, names...)
		} else {
			dutyOnly = false
			partners = append(partners, names...)
		}
	}
	clauses := func(role, list string) bool {
		parts := regexp.MustCompile(`[;；,，]`).Split(list, -1)
		any := false
		for _, part := range parts {
			if roleWord.MatchString(strings.TrimSpace(part)) {
				any = true
			}
		}
		if !any {
			return false
		}
		led := false         // a unit before leads: those 负责 after it work with it
		responsible := false // a unit before is responsible: those 按职责负责 after it work with it
		for _, part := range parts {
			part = strings.TrimSpace(part)
			if m := roleWord.FindStringSubmatch(part); m != nil {
				r := m[2]
				if led && strings.HasSuffix(r, "负责") && !strings.Contains(r, "牵头") {
					r = "配合" // "A牵头，B、各镇街按职责分工负责"
				} else if responsible && byDuty.MatchString(part) && strings.HasSuffix(r, "负责") {
					r = "配合" // "A负责，B按职责分工负责"
				}
				led = led || strings.Contains(r, "牵头") || r == "主办" || r == "主责"
				responsible = responsible || isLeadRole(r)
				add(r, m[1])
			} else if role != "" && part != "" {
				add(role, part)
			} else if role == "" && onlyNames(part) {
				add("负责", part) // "（甲股、乙支部；各乡镇配合）": named with no role, they lead
			}
		}
		return true
	}
	if locs := roleLabel.FindAllStringSubmatchIndex(s, -1); len(locs) > 0 {
		// roles written before the first label: "A、B共同牵头；配合单位：C"
		if before := strings.Trim(s[:locs[0][0]], " ;；,，。"); before != "" {
			if !clauses("", before) && onlyNames(before) {
				add("负责", before) // "A、B；配合：C": named with no role, they lead
			}
		}
		led := false // a label before named the lead
		for i, loc := range locs {
			end := len(s)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			list := strings.Trim(s[loc[1]:end], " ;；,，。")
			role := s[loc[2]:loc[3]]
			if led && strings.Contains(role, "责任") && !strings.Contains(role, "牵头") {
				// 牵头单位：A 责任单位：B、C — after the lead's label, those
				// responsible are the units that work with it
				role = "配合"
			}
			led = led || strings.Contains(role, "牵头") || strings.Contains(role, "主责") || strings.Contains(role, "主办")
			if marked := leadMark.FindAllString(list, -1); len(marked) > 0 && !strings.Contains(role, "配合") {
				// 责任单位：A（牵头）、B — the marked units lead, the others cooperate
				for _, part := range splitOutsideMarks(list) {
					if leadMark.MatchString(part) {
						add("牵头", leadMark.ReplaceAllString(part, ""))
					} else {
						add("配合", partnerMark.ReplaceAllString(part, ""))
					}
				}
				continue
			}
			if partnerMark.MatchString(list) {
				// 责任单位：A、B（配合） — the marked units cooperate, the others
				// are as the label says
				for _, part := range splitOutsideMarks(list) {
					if partnerMark.MatchString(part) {
						add("配合", partnerMark.ReplaceAllString(part, ""))
					} else {
						add(role, part)
					}
				}
				continue
			}
			if !clauses(role, list) {
				add(role, list)
			}
		}
	} else {
		clauses("", s)
	}
	r := responsibility{note: strings.Join(notes, "；"), groups: groups}
	leads = unique(leads, nil)
	if dutyOnly && len(leads) > 1 {
		leads, partners = leads[:1], append(leads[1:], partners...)
		r.firstLed = true
	}
	r.leads = leads
	r.partners = unique(partners, leads)
	return r
}

// byDutyWords say that units do their part by their duties: "B按职责分工
// 负责", "（按职能分别负责）".
const byDutyWords = `按职责(?:分工)?|按照职责(?:分工)?|按职能(?:分工)?|按分工`

// byDuty is a clause whose units do their part by their duties.
var byDuty = regexp.MustCompile(byDutyWords)

// mainRole is a unit named as the one that leads in other words: "A为主，
// B配合", "A统筹，B配合", "A主抓".
var mainRole = regexp.MustCompile(`(\p{Han}(?:` + unitEnds + `))(?:为主|主抓|统筹)([，,；;、\s]|$)`)

// personWord is the label of a person: 牵头领导, 分管院领导 (the leader
// of the 院, 局, 委 in charge), 责任人, 联系人.
const personWord = personWords + `\s*[:：]`

// personWords are the words of a person's label, its colon left out.
const personWords = `(?:牵头|责任|分管|包保|联系)?(?:[院局委厅处县市区]?领导|责任人|联系人|负责人)`

// personLabel names a person, not a unit, beside the units of a note:
// 牵头领导：张某某, 责任人：李某某, 分管院领导：王某.
var personLabel = regexp.MustCompile(`(^|[；;，,。\s])` + personWord + `[^；;，,。\s）)]*`)

// leadMark marks a unit of a list as the lead: 医政科（牵头）, or a star
// before or after its name, wherever it stands in the list: ★医政科,
// 医政科★.
var leadMark = regexp.MustCompile(`[(（](?:牵头|主责|牵头单位)[)）]|★`)

// partnerMark marks a unit of a list as one that cooperates: 规划处（配合）.
var partnerMark = regexp.MustCompile(`[(（](?:配合|协助|协办|协同|参与|配合单位)[)）]`)

// jointInBrackets is the role of a list of units in brackets after it:
// 医政处、规划处（共同牵头）, 办公室、党支部（按职责分别负责）.
var jointInBrackets = regexp.MustCompile(`[(（](?:` + byDutyWords + `)?(共同牵头|分别牵头|共同负责|分别负责)[)）]`)

// splitOutsideMarks splits a list at its separators, keeping each unit's
// mark with it.
func splitOutsideMarks(list string) []string {
	var out []string
	for _, p := range regexp.MustCompile(`[、，,；;]`).Split(list, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// unique returns names once each, in order, leaving out those in skip.
func unique(names, skip []string) []string {
	seen := map[string]bool{}
	for _, s := range skip {
		seen[units.Key(s)] = true
	}
	var out []string
	for _, n := range names {
		if !seen[units.Key(n)] {
			seen[units.Key(n)] = true
			out = append(out, n)
		}
	}
	return out
}

func isLeadRole(role string) bool {
	return strings.Contains(role, "牵头") || strings.Contains(role, "责任") || strings.Contains(role, "主办") || strings.Contains(role, "主责") || strings.Contains(role, "负责")
}

func roleName(role string) string {
	if isLeadRole(role) {
		return "牵头"
	}
	return "配合"
}
