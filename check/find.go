package check

import (
	"regexp"
	"strings"
)

// Found is a target found inside running text, such as an item of a work
// plan.
type Found struct {
	Target   Target
	Subject  string // what the target is about: "重点人群签约服务覆盖率"
	Phrase   string // the target as written: "保持在75%以上"
	Deadline string // a deadline written in the same sentence, or ""
}

// comparatorWords start or end a target phrase.
var comparatorWords = regexp.MustCompile(`保持在|稳定在|控制在|提高到|提升到|增加到|扩大到|降至|降到|下降到|达到|达\d|力争\d|不低于|不少于|不小于|不得低于|不超过|不高于|不大于|不多于|不得超过|至少|超过|高于|低于|少于|大于|以上|以内|以下|之内|左右|[≥≤><]`)

// phraseStart are the words a target phrase begins with, the longest first.
var phraseStart = regexp.MustCompile(`(?:保持在|稳定在|控制在|提高到|提升到|增加到|扩大到|降至|降到|下降到|达到|不低于|不少于|不小于|不得低于|不超过|不高于|不大于|不多于|不得超过|至少|超过|高于|低于|少于|大于|提高|提升|增长|增加|上升|下降|降低|减少|[≥≤><]=?)`)

var (
	subjectPrefix = regexp.MustCompile(`^(?:并|且|使|其中|全市|全年|年内|年底前|力争|确保|争取|实现|推动|进一步|同时|到\d{4}年底?|\d{4}年底?前?)+`)
)

// FindTargets finds the quantitative targets written in text. A clause is
// taken for a target when it is relative (提高5个百分点), compares (以上,
// 不低于, 控制在…), is a rate (%, ‰, /10万), sets a count to reach right
// after a verb that accumulates (新增50个, 建成3家), or ends in 全覆盖. A
// clause that only mentions a number (23项行动, 50岁以上的农牧民) is not.
func FindTargets(text string) []Found {
	var out []Found
	for _, sentence := range splitOutside(text, "。；;！？!?\n") {
		deadlines := FindDeadlines(sentence)
		for _, clause := range splitOutside(sentence, "，,、：:") {
			clause = strings.TrimSpace(clause)
			t, err := ParseTarget(clause)
			if err != nil || !(t.Relative || t.Numeric()) || !isTargetClause(clause, t) {
				continue
			}
			subject, phrase := splitPhrase(clause)
			f := Found{Target: t, Subject: subject, Phrase: phrase}
			if d := FindDeadlines(clause); len(d) > 0 {
				f.Deadline = d[len(d)-1]
			} else if len(deadlines) > 0 {
				f.Deadline = deadlines[len(deadlines)-1]
			}
			out = append(out, f)
		}
	}
	return out
}

var (
	ageQualifier   = regexp.MustCompile(`\d+岁及?以[上下]`)
	countAfterVerb = regexp.MustCompile(`(?:` + cumulativeVerb.String() + `)[^\d和及与等]?\d`)
	coverageAtEnd  = regexp.MustCompile(`全覆盖(?:目标|成果)?$`)
)

func isTargetClause(clause string, t Target) bool {
	n := stripDates(normalize(clause))
	switch {
	case t.Relative:
		return true
	case !strings.ContainsAny(n, "0123456789"):
		return coverageAtEnd.MatchString(n) // 全覆盖, and not "全覆盖的体系"
	case strings.HasPrefix(n, "第"):
		return false // an ordinal
	case t.Unit == "岁" && !strings.Contains(n, "寿命"):
		return false // an age that says who, not how much
	case comparatorWords.MatchString(ageQualifier.ReplaceAllString(n, "")):
		return true
	case t.Unit == "%" || t.Unit == "‰" || strings.HasPrefix(t.Unit, "/"):
		return true
	case countAfterVerb.MatchString(n):
		return true
	}
	return coverageAtEnd.MatchString(n)
}

// splitOutside splits s at any of seps that stands outside brackets.
func splitOutside(s, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("(（《“[【", r):
			depth++
		case strings.ContainsRune(")）》”]】", r):
			depth = max(0, depth-1)
		case depth == 0 && strings.ContainsRune(seps, r):
			out = append(out, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(out, s[start:])
}

// splitPhrase splits a clause into what it is about and the target phrase:
// "重点人群签约服务覆盖率保持在75%以上" → "重点人群签约服务覆盖率", "保持在75%以上".
func splitPhrase(clause string) (subject, phrase string) {
	first := len(clause)
	// Dates are blanked (same length) so that their digits do not start
	// the phrase: "在2019年基础上提高5个百分点".
	blank := datePattern.ReplaceAllStringFunc(clause, func(m string) string { return strings.Repeat(" ", len(m)) })
	if loc := phraseStart.FindStringIndex(blank); loc != nil {
		first = loc[0]
	}
	if i := strings.IndexAny(blank, "0123456789０１２３４５６７８９"); i >= 0 && i < first {
		first = i
	}
	if strings.Contains(clause, "全覆盖") && !strings.ContainsAny(clause, "0123456789０１２３４５６７８９") {
		first = strings.Index(clause, "全覆盖")
		if i := strings.Index(clause, "实现"); i >= 0 && i < first {
			first = i
		}
	}
	subject = strings.TrimSpace(clause[:first])
	subject = subjectPrefix.ReplaceAllString(subject, "")
	for _, w := range []string{"力争", "确保", "争取", "较上年度", "较上年", "再", "要", "达"} {
		subject = strings.TrimSuffix(subject, w)
	}
	subject = strings.TrimRight(subject, "在为的是和与及")
	return subject, strings.TrimSpace(clause[first:])
}

// deadlinePhrases matches the ways a deadline is written inside running
// text.
var deadlinePhrases = regexp.MustCompile(`(?:到|至|在)?(?:` + yearPart + `年(?:` + monthPart + `月(?:` + dayPart + `[日号])?)?(?:底|末)?(?:前|以前)?|` +
	monthPart + `月(?:` + dayPart + `[日号])?(?:份|底|末|中旬|上旬|下旬)?(?:前|以前)?|[上下]半年|第?[一二三四1-4]季度末?|年内|年底前|年底|年末|年度内|长期|持续推进)`)

// FindDeadlines returns the deadline phrases written in text, in order, as
// ParseDeadline reads them: "年底前", "8月底前", "到2026年底".
func FindDeadlines(text string) []string {
	n := normalize(text)
	var out []string
	for _, m := range deadlinePhrases.FindAllString(n, -1) {
		if _, err := ParseDeadline(m); err == nil {
			out = append(out, m)
		}
	}
	return out
}
