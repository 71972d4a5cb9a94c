package check

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qingdan/qingdan/numerals"
)

// Found is a target found inside running text, such as an item of a work
// plan.
type Found struct {
	Target   Target
	Subject  string // what the target is about, the indicator: "重点人群签约服务覆盖率"
	Phrase   string // the target as written: "保持在75%以上"
	Deadline string // a deadline written in the same sentence, or ""
	// Doubt says why the reading is a guess to check ("指标取自上文"), or "".
	Doubt string
	// Stretch is the higher bar a plan sets beside the one judged (力争
	// 目标): "力争增长8%" of "确保增长6%、力争增长8%", or "".
	Stretch string
}

// The words that bring a target's value: toWords what a value is brought
// to or kept at, boundWords a bound. Longest first where one begins another.
const (
	toWords    = `缩短至|压缩在|压减在|缩短在|缩减在|缩短到|压缩至|压缩到|压减至|压减到|缩减至|缩减到|扩大至|降低至|降低到|下降至|减少至|减少到|保持在|稳定在|控制在|提高到|提升到|提高至|提升至|增加到|扩大到|降至|降到|下降到|达到`
	boundWords = `不低于|不少于|不小于|不得低于|不超过|不高于|不大于|不多于|不得超过|至少|超过|高于|低于|少于|大于`
)

// comparatorWords start or end a target phrase; 确保 sets a floor (确保3个,
// 确保完成12亿元) as 力争 a bar.
var comparatorWords = regexp.MustCompile(toWords + `|达\d|力争\d|确保(?:完成|实现)?\d|突破\d|` + boundWords + `|以上|以内|以下|之内|左右|[≥≤><]`)

// phraseStart are the words a target phrase begins with, the longest first.
var phraseStart = regexp.MustCompile(`(?:` + toWords + `|` + boundWords + `|` + changeVerbs + `|[≥≤><]=?)`)

var (
	// enumerator is the mark a sentence of a list may begin with: ①, ⑴,
	// ⒈, （1）; it is no part of the indicator, and not a count.
	enumerator = regexp.MustCompile(`^\s*(?:[①-⑳⑴-⒇⒈-⒛]|[（(]\d{1,2}[）)])\s*`)
	// enumeratorAfterColon is a list's mark after the colon that opens the
	// list inside a sentence: "开展专项检查：①检查覆盖率…".
	enumeratorAfterColon = regexp.MustCompile(`([:：])\s*[①-⑳⑴-⒇⒈-⒛]\s*`)
	// numberedSentence is a sentence of a list numbered "2." or "2、" inside
	// one paragraph or cell ("1.完成…；2.公厕管护覆盖率达到100%"): the
	// number is no count, nor is it when the sentence opens with a name in
	// letters or in quotes ("2.PM2.5平均浓度…", "3.“12345”热线…"). A decimal
	// (2.5万人) is not one.
	numberedSentence = regexp.MustCompile(`^\s*\d{1,2}(?:[.．]|、)\s*(\p{Han}|[A-Za-z“‘"《【（(])`)
	// ordinal is a number that says which one, not how many: 第3批, 第10届.
	ordinal       = regexp.MustCompile(`第\d+(?:批次|批|次|轮|期|届|个|号|版|季度|年度|年)?`)
	subjectPrefix = regexp.MustCompile(`^(?:以[^，,、]{1,10}为单位|在第[^，,、]{1,10}?上|每(?:年度?|半年|季度?|月|周)|[一二三四五六七八九十]是|并|且|使|将|积极|努力|其中|全市|全县|全区|全省|全州|全旗|全镇|全乡|全年|年内|年底前|力争|确保|争取|实现|推动|进一步|同时|到\d{4}年底?|\d{4}年底?前?|(?:\d{4}年)?\d{1,2}月(?:份|底|末)?前|第?[一二三四1-4]季度末?前?|[上下]半年)+`)
	// leadVerbs are the verbs before an indicator named in the clause before
	// a bare target: "持续提升居民健康素养，并保持在29%以上".
	leadVerbs = regexp.MustCompile(`^(?:努力|持续|不断|进一步|继续|积极|稳步|大力|全面|深入|扎实)*(?:扩大|提升|提高|增加|降低|巩固|推进|推广|保持|稳定|加强|改善|实施|落实|深化|开展)?`)
	// qualifyingDuration is a duration that says who, not how much: 工龄不足5年的.
	qualifyingDuration = regexp.MustCompile(`\d{1,3}(?:个)?(?:年|月|天|周|小时)(?:以上|以下|以内)?的|投入\d+(?:\.\d+)?(?:万元|亿元|元)的`)
	// enumerationTotal counts the things just listed: …等23项行动.
	enumerationTotal = regexp.MustCompile(`等\d+(?:项|个|类|种)`)
	// newThings are the verbs of a count that is a target even when it
	// totals a list: 新增神经内科等6个专科培训基地.
	newThings = regexp.MustCompile(`新增|新建|建成|创建|培育|引进|打造`)
	// baseline is a number the target starts from, not the target.
	baseline = regexp.MustCompile(`基础上|基数`)
	// baselineTail is what a relative target is measured from, written
	// between its indicator and its phrase: 较上年, 在2019年基础上.
	baselineTail = regexp.MustCompile(`(?:同比|环比)$|(?:较|比|在)(?:上年度?|去年|上一年|上年同期|同期|上一?季度|第?[一二三四1-4]季度|上半年|上一?月|\d{4}年(?:度|底|末)?|前[一二三四五六七八九十\d]{1,2}年(?:均值|平均值?|平均水平)?)(?:的?基础上|水平上)?$|在(?:上年度?|去年|\d{4}年(?:度|底|末)?)?的?基础上$`)
	// ageWords are ages that say who, not how much: 5岁以下儿童, 65周岁以上,
	// a span of ages 0-6岁儿童; so is a type named by its number: 2型糖尿病.
	ageWords = regexp.MustCompile(`\d+(?:[-－—–~～至]\d+)?(?:周)?岁(?:及)?(?:以[上下])?|\d型`)
	// unitOfCount says what a rate is counted by, written between the
	// indicator and its phrase: 接种率以乡镇为单位达到95%.
	unitOfCount = regexp.MustCompile(`以[^，,、以]{1,10}为(?:单位|统计口径)$`)
)

// ratio is a value written as a ratio, 床护比不低于0.6∶1, 1:3: its bar is
// no number a report could be judged by.
var ratio = regexp.MustCompile(`\d\s*[∶:：]\s*\d`)

// FindTargets finds the quantitative targets written in text. A clause is
// taken for a target when it is relative (提高5个百分点), compares (以上,
// 不低于, 控制在…), is a rate (%, ‰, /10万), is a range of a count (1-2家),
// sets a count after a verb that accumulates (新建老年关爱中心8家, 新增50个),
// counts those who do something (11.8万名老年人完成健康体检), says all of
// them do it (全部接入…平台, read as 100%) or ends in 全覆盖. A clause that
// only mentions a number (50岁以上的农牧民, 在完成100个病种的基础上) is not.
// "A、B分别控制在x、y以下" gives one target for each of A and B; "A达到x、B
// 达到y" one each too, and so does "A、B和C三个全覆盖"; "A率和B率达到x" and
// "A、B患者管理率均达到x" one each, but "A、B患者管理率达到x" is one rate of
// both. The indicator never
// keeps what a relative target is measured from (较上年, 在2019年基础上).
// A count in Chinese numerals (新建两所, 不少于十次) is read as in digits,
// and its phrase given in digits.
func FindTargets(text string) []Found {
	var out []Found
	for _, sentence := range splitOutside(text, "。；;！？!?\n") {
		sentence = arabicCounts(sentence)
		sentence = enumeratorAfterColon.ReplaceAllString(enumerator.ReplaceAllString(sentence, ""), "$1")
		sentence = numberedSentence.ReplaceAllString(sentence, "$1")
		sentence = openBrackets(sentence)
		deadlines := deadlinesOutside(FindDeadlines(sentence), sentence)
		prev := ""        // the clause before
		lastSubject := "" // the indicator of the sentence's last target
		lastWasTarget, lastWasCount := false, false
		listIndicator := "" // the indicator the first part of a list names
		for _, c := range targetClauses(sentence) {
			clause := verbThenTo.ReplaceAllString(strings.TrimSpace(c.text), "$2$1$3")
			t, err := ParseTarget(clause)
			// "全区二级以上医院全部接入…平台": all of them is a target of 100%
			all := allOf.FindStringSubmatch(clause)
			if all != nil && !hasNumber(clause) && !gradeReached.MatchString(all[2]) {
				t, err = ParseTarget("全部")
			} else {
				all = nil
			}
			// "新增胸痛中心2家、卒中中心1家": a count beside a target is one too;
			// so is one after a comma when it starts with its number
			sibling := (c.sibling || lastWasCount && startsWithCount(clause)) && lastWasTarget && isCount(t.Unit) && hasNumber(clause)
			if err != nil || !(t.Relative || t.Numeric()) || !isTargetClause(clause, t) && !sibling && all == nil || ratio.MatchString(clause) {
				prev, lastWasTarget, lastWasCount, listIndicator = clause, false, false, ""
				continue
			}
			lastWasTargetBefore := lastWasTarget
			lastWasTarget, lastWasCount = true, isCount(t.Unit)
			subject, phrase, rest := splitPhrase(clause)
			if all != nil {
				subject, phrase, rest = subjectPrefix.ReplaceAllString(strings.TrimSpace(all[1]), ""), "全部", all[2]
			}
			if m := boundThenVerb.FindStringSubmatch(phrase); m != nil && rest != "" {
				// "至少举办4场应急演练": the verb is the indicator's, 举办应急演练
				phrase, rest = m[1]+m[3], m[2]+rest
			}
			if subject == "按" || subject == "按照" || subject == "以" {
				subject = "" // 按不低于…的5%筹集基金: what is counted follows
			}
			if lastWasTargetBefore && len(out) > 0 && rest == "" && (subject == "" || stretchVerb.MatchString(subject)) {
				// "确保增长6%、力争增长8%": two bars of one indicator; the
				// floor is judged, the stretch bar noted beside it
				last := &out[len(out)-1]
				switch {
				case stretchBar.MatchString(clause):
					last.Stretch = clause
					prev = clause
					continue
				case floorBar.MatchString(clause) && strings.Contains(prev, "力争") && !strings.Contains(prev, "确保"):
					// "力争增长8%、确保增长6%": the floor comes second
					last.Stretch = "力争" + last.Phrase
					last.Phrase, last.Target = strings.TrimPrefix(phrase, "确保"), t
					if g, err := ParseTarget(last.Phrase); err == nil && (g.Numeric() || g.Relative) {
						last.Target = g
					}
					prev = clause
					continue
				}
			}
			subjectOnlyRest := subject == "" && rest != "" && utf8.RuneCountInString(rest) <= 6
			f := Found{Subject: subject, Phrase: phrase}
			f.Target, _ = ParseTarget(phrase)
			if !f.Target.Numeric() && !f.Target.Relative {
				f.Target = t
			}
			if rest != "" {
				// what is counted follows the number: 2-3家医院通过…评审
				f.Subject = strings.TrimLeft(subject+rest, "的")
				if m := rateThenAction.FindStringSubmatch(f.Subject); m != nil && subject == "" {
					f.Subject = m[2] + m[1] // 按照10%抽查比率进行项目考核: 项目考核抽查比率
				}
			}
			if m := verbAfter.FindStringSubmatch(f.Subject); m != nil {
				f.Subject = m[2] + m[1] // 省级示范幼儿园新增2-3所
			}
			if placeCoverage.MatchString(f.Subject) && f.Target.Op == AtLeast && f.Target.Value == 100 {
				// "推广…分析平台，实现旗县(市、区)全覆盖": the platform covers the counties
				if p := strings.TrimSpace(leadVerbs.ReplaceAllString(subjectPrefix.ReplaceAllString(prev, ""), "")); p != "" && !hasNumber(p) && utf8.RuneCountInString(p) <= 24 {
					f.Subject, f.Doubt = p+"覆盖"+f.Subject, "指标取自上文“"+prev+"”"
				}
			}
			switch {
			case f.Subject == "" && lastSubject != "":
				// "…达到50%以上，并较上年度增加2-3个百分点"
				f.Subject, f.Doubt = lastSubject, "指标取自同一句的上一个目标"
			case f.Subject == "":
				if p := strings.TrimSpace(leadVerbs.ReplaceAllString(subjectPrefix.ReplaceAllString(prev, ""), "")); p != "" && !hasNumber(p) && utf8.RuneCountInString(p) <= 20 {
					f.Subject, f.Doubt = p, "指标取自上文“"+prev+"”"
				} else {
					f.Doubt = "没有写明指标"
				}
			case strings.HasPrefix(clause, "其中") && lastSubject != "" && utf8.RuneCountInString(f.Subject) <= 8 && !namesItsOwn(f.Subject) && !kindOf(f.Subject, lastSubject):
				// "人均筹资不低于50元，其中各区达60元"; "二级以上医院每年选派…
				// 不少于1%，其中市属医院不少于100名": the place is replaced
				tail := lastSubject
				if m := leadingPlace.FindString(lastSubject); m != "" && placeAtEnd.MatchString(f.Subject) {
					tail = lastSubject[len(m):]
				}
				f.Subject, f.Doubt = f.Subject+tail, "指标取自同一句的上一个目标"
			case shortRate.MatchString(f.Subject) && !lastWasTargetBefore && topic(prev) != "":
				// "推进乡村医生签约服务试点，以乡镇为单位覆盖率不低于20%";
				// "推进社区卫生服务中心规范化建设，规范化率达90%以上"
				p := topic(prev)
				if stem := strings.TrimSuffix(f.Subject, "率"); strings.HasSuffix(p, stem) {
					p = strings.TrimSuffix(p, stem)
				}
				f.Subject, f.Doubt = p+f.Subject, "指标取自上文“"+prev+"”"
			case subjectOnlyRest && !lastWasTargetBefore && topic(prev) != "":
				// "实施大病保险制度，按不低于…的5%筹集基金"
				f.Subject, f.Doubt = topic(prev)+f.Subject, "指标取自上文“"+prev+"”"
			case bareVerb.MatchString(f.Subject) && lastSubject != "":
				// "启动建设单位不少于24家，完成10家以上"
				f.Subject = f.Subject + leadingVerb.ReplaceAllString(lastSubject, "")
				f.Doubt = "指标取自同一句的上一个目标"
			}
			if d := deadlinesOutside(FindDeadlines(clause), clause); len(d) > 0 {
				f.Deadline = d[len(d)-1]
			} else if len(deadlines) > 0 {
				f.Deadline = deadlines[len(deadlines)-1]
			}
			// "配备使用比例基层医疗机构不低于65%、二级医疗机构不低于40%": the
			// first part names the indicator, the others only where
			switch m := indicatorThenPlace.FindStringSubmatch(f.Subject); {
			case m != nil:
				listIndicator = m[1]
				f.Subject = m[2] + m[1]
			case listIndicator != "" && placeOnly.MatchString(f.Subject):
				f.Subject += listIndicator
			default:
				listIndicator = ""
			}
			// "新增国家和省级示范区各1个": one target for each
			if eachOf.MatchString(clause) {
				if a, b, ok := strings.Cut(f.Subject, "和"); ok && utf8.RuneCountInString(b) >= 4 {
					tail := string([]rune(b)[2:])
					verb := leadingVerb.FindString(a)
					g := f
					f.Subject, g.Subject = a+tail, verb+b
					out = append(out, f)
					f = g
				}
			}
			// "联系人制度、就医“绿色通道”和家庭医生签约服务三个全覆盖": one each
			if parts := countedParts(f.Subject); parts != nil && f.Target.Op == AtLeast && f.Target.Value == 100 {
				for _, p := range parts {
					g := f
					g.Subject = p
					out = append(out, g)
				}
				lastSubject, prev = f.Subject, clause
				continue
			}
			if f.Doubt == "" && utf8.RuneCountInString(f.Subject) <= 3 {
				f.Doubt = "指标名称可能不完整" // 覆盖率, 各区
			}
			lastSubject = f.Subject
			prev = clause
			// "婴儿死亡率和新生儿出生缺陷发生率控制在4‰以下": one target each;
			// but "孤儿、事实无人抚养儿童基本生活费发放率达到100%" is one rate
			// of both, unless 均 or 都 gives it to each
			named := splitList(f.Subject)
			if parts := shareTopic(shareTail(named)); len(parts) > 1 && allIndicators(parts) && (allIndicators(named) || eachHas(clause, phrase)) {
				for _, p := range parts {
					g := f
					g.Subject = p
					out = append(out, g)
				}
				continue
			}
			out = append(out, f)
		}
	}
	return out
}

// eachHas reports whether the word before a clause's phrase gives its
// target to each of the subjects listed: 均 (not 人均, 平均) or 都, as in
// "高血压、糖尿病患者规范管理率均达到65%".
func eachHas(clause, phrase string) bool {
	i := strings.LastIndex(clause, phrase)
	if i < 0 {
		return false
	}
	before := strings.TrimSuffix(strings.TrimSpace(clause[:i]), "要")
	return strings.HasSuffix(before, "都") ||
		strings.HasSuffix(before, "均") && !strings.HasSuffix(before, "人均") && !strings.HasSuffix(before, "平均")
}

// A pair of bars for one indicator: the floor a plan must reach (确保) and
// the higher one it strives for (力争, 争取), the second written without
// the indicator, or with a bare verb of its own (力争突破15亿元).
var (
	floorBar    = regexp.MustCompile(`^确保`)
	stretchBar  = regexp.MustCompile(`^(?:力争|争取)`)
	stretchVerb = regexp.MustCompile(`^(?:突破|增长|增加|提高|提升|达到|完成|实现)$`)
)

// boundThenVerb is a phrase whose bound comes before the verb of doing
// and its count: 至少举办4场, 不少于建成3个, 至少配备2名.
var boundThenVerb = regexp.MustCompile(`^(至少|不少于|不低于|力争|确保)(` + cumulativeVerb.String() + `|配备|选派|派驻|招收|投入)(\d.*)$`)

// verbThenTo is a change whose verb is written before its indicator and
// its end after it: "扩大茶叶种植面积至1.5万亩" reads as "茶叶种植面积扩大至
// 1.5万亩", "压减校外培训机构到5家以内" as "校外培训机构压减到5家以内".
var verbThenTo = regexp.MustCompile(`^(扩大|提高|提升|增加|降低|减少|压减|压缩|缩减)(\p{Han}[^，,；;、\d至到]{1,20}?)((?:至|到)\s*[\d０-９])`)

// deadlinesOutside returns the deadlines of text that are not part of an
// indicator's name: the 年底 of 高校毕业生年底就业率达到90% says when the
// rate is measured, not by when the target is due.
func deadlinesOutside(deadlines []string, text string) []string {
	n := normalize(text)
	var out []string
	for _, d := range deadlines {
		if i := strings.Index(n, d); i > 0 {
			r, _ := utf8.DecodeLastRuneInString(n[:i])
			after := n[i+len(d):]
			if loc := phraseStart.FindStringIndex(after); loc != nil {
				after = after[:loc[0]]
			}
			if k := strings.IndexAny(after, "0123456789"); k >= 0 {
				after = after[:k]
			}
			if unicode.Is(unicode.Han, r) && utf8.RuneCountInString(after) <= 6 && indicatorEnd.MatchString(after) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// namesItsOwn reports whether the subject after 其中 names a thing or a
// rate of its own (其中四级手术新技术不少于6项), not only a part of the
// places or people the target before counts (其中城区达90元, 其中市属医院…).
// One that opens with its own verb of counting names what it counts (其中
// 新设企业不少于9000户).
func namesItsOwn(subject string) bool {
	return utf8.RuneCountInString(subject) > 3 && !placeAtEnd.MatchString(subject) && !placeCoverage.MatchString(subject) &&
		(ownThing.MatchString(subject) || rateEnd.MatchString(subject) || ownCount.MatchString(subject))
}

// ownCount opens a subject with a verb of counting new things.
var ownCount = regexp.MustCompile(`^(?:新增|新设|新建|新认定|新培育|新引进|建成|创建|培育|引进|打造)\p{Han}`)

// kindOf reports whether the subject after 其中 names a kind of what the
// target before counts, ending in the same noun: 新增技能人才2000人，其中
// 高技能人才600人; or in a noun the target before names inside its own
// (完成营造林面积180万亩，其中人工造林35万亩), unless the noun is a place
// (其中市属医院…), which stands for the places the target before counts.
func kindOf(subject, before string) bool {
	r, b := []rune(subject), []rune(before)
	if len(r) <= 2 || len(b) < 2 {
		return false
	}
	noun := string(r[len(r)-2:])
	return noun == string(b[len(b)-2:]) || strings.Contains(before, noun) && !placeAtEnd.MatchString(subject)
}

// rateEnd ends the name of a rate or a share, which names its own
// target: 其中食品安全案件占比不低于30%.
var rateEnd = regexp.MustCompile(`(?:率|比例|占比)$`)

// ownThing ends the name of a thing done or counted, not of a place.
var ownThing = regexp.MustCompile(`(?:技术|项目|新技术|课题|专利|成果|论文|标准|产品|品种|活动|工程|设施|场所|岗位|床位|资金|经费)$`)

// leadingPlace is the kind of place an indicator starts with, and placeAtEnd
// a subject that ends with one: 二级以上医院每年选派…, 其中市属医院.
var (
	leadingPlace = regexp.MustCompile(`^\p{Han}{1,8}?(?:医院|机构|中心|卫生院|单位)`)
	placeAtEnd   = regexp.MustCompile(`(?:医院|机构|中心|卫生院|单位)$`)
)

// rateThenAction is a rate followed by what it is the rate of: 抽查比率进行
// 项目全程考核.
var rateThenAction = regexp.MustCompile(`^(\p{Han}{1,6}(?:比率|比例))(?:进行|开展)(\p{Han}{2,12})$`)

// verbAfter is an indicator whose verb of counting comes last: 省级示范
// 幼儿园新增, 达到“优质服务基层行”推荐标准的卫生院新增 (a name in quotes
// inside).
var verbAfter = regexp.MustCompile(`^(\p{Han}[\p{Han}“”「」]+?)(新增|新建|建成|组建|创建|培育)$`)

// shortRate is a rate named by its kind alone: 覆盖率, 达标率.
var shortRate = regexp.MustCompile(`^\p{Han}{1,3}率$`)

// topic is what a clause before a target is about, when it can name the
// target's indicator: "全面深入推进乡村医生签约服务试点" → 乡村医生签约服务,
// "全面实施大病保险制度" → 大病保险; "" when it cannot.
func topic(prev string) string {
	p := strings.TrimSpace(leadVerbs.ReplaceAllString(subjectPrefix.ReplaceAllString(prev, ""), ""))
	p = topicTail.ReplaceAllString(p, "")
	if p == "" || hasNumber(p) || utf8.RuneCountInString(p) > 16 || strings.ContainsAny(p, "、和与及的") {
		return ""
	}
	return p
}

// topicTail is the word a topic does without: …试点, …制度, …工作.
var topicTail = regexp.MustCompile(`(?:试点|制度|工作|建设)+$`)

// indicatorThenPlace is an indicator written before where it is measured:
// 配备使用比例基层医疗机构, 院前急救平均反应时间城区.
var (
	indicatorThenPlace = regexp.MustCompile(`^(\p{Han}{2,12}(?:比例|占比|时间))(\p{Han}{2,10}(?:机构|医院|中心|卫生院)|` + townOrCountry + `)$`)
	placeOnly          = regexp.MustCompile(`^(?:\p{Han}{2,10}(?:机构|医院|中心|卫生院)|` + townOrCountry + `)$`)
)

// townOrCountry is where an indicator is measured when a plan sets it for
// towns and the country apart: 城区不超过12分钟、农村不超过20分钟.
const townOrCountry = `(?:城区|城市|城镇|市区|农村|乡村)(?:地区)?`

// placeCoverage is a subject that only says where: 旗县(市、区), 各乡镇.
var placeCoverage = regexp.MustCompile(`^各?(?:旗县|县|市|区|乡镇|街道|村|社区)(?:[(（][^)）]*[)）])?$`)

// allOf is a clause that says all of them do it: 二级以上医院全部接入
// 互认平台, 扶贫对象全部参加新农合.
var allOf = regexp.MustCompile(`^(\p{Han}.*?)全部((?:接入|纳入|参加|参保|达到|达标|完成|建成|实现|开展|配备|落实|通过|签约|使用|应用|开通|上线).*)$`)

// gradeReached is what all of them do when it is to reach a grade, a
// rating and not a quantity: 达到二级甲等水平, 达到三级医院标准, 达到A级.
var gradeReached = regexp.MustCompile(`^达到[^，,；;]*?(?:[一二三四五六七八九十\d][级星]|[甲乙丙]等|[A-Za-zＡ-Ｚａ-ｚ]+级)`)

// startsWithCount reports whether a clause opens with a count: "20个省级示范
// 中心".
func startsWithCount(clause string) bool {
	return leadingCount.MatchString(normalize(clause))
}

var leadingCount = regexp.MustCompile(`^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?(?:` + countUnits + `)`)

// countedList is a list followed by how many it names: "A、B和C三个".
var countedList = regexp.MustCompile(`^(.+?)([两二三四五六七八九十]|\d+)(?:个|项)$`)

// countedParts splits a subject that lists and counts its parts ("落实A、B和
// C三个") into the parts, when there are as many as it says; else nil.
func countedParts(subject string) []string {
	m := countedList.FindStringSubmatch(subject)
	if m == nil {
		return nil
	}
	n, err := strconv.Atoi(m[2])
	if err != nil {
		n, _ = numerals.Int(strings.ReplaceAll(m[2], "两", "二"))
	}
	var parts []string
	for _, p := range splitOutside(m[1], "、和及与") {
		if p = strings.TrimSpace(leadVerbs.ReplaceAllString(p, "")); p != "" {
			parts = append(parts, p)
		}
	}
	if n < 2 || len(parts) != n {
		return nil
	}
	return parts
}

// countedName is the last of a list followed by how many the list names
// and what they all are: 新能源汽车两个产业集群产值.
var countedName = regexp.MustCompile(`^(\p{Han}.*?)([两二三四五六七八九十]|\d+)(?:个|大|类|项|种|家|所|条)(\p{Han}{2,}.*)$`)

// countedTail splits the last of a list of subjects that counts the list
// ("集成电路", "新能源汽车两个产业集群产值") into its own name and the tail
// they share (新能源汽车, 产业集群产值), when the count is the list's
// length; else it returns "", "".
func countedTail(subjects []string) (last, tail string) {
	m := countedName.FindStringSubmatch(subjects[len(subjects)-1])
	if m == nil {
		return "", ""
	}
	n, err := strconv.Atoi(m[2])
	if err != nil {
		n, _ = numerals.Int(strings.ReplaceAll(m[2], "两", "二"))
	}
	if n != len(subjects) {
		return "", ""
	}
	return m[1], m[3]
}

// eachOf is a count given to each of several: 各1个.
var eachOf = regexp.MustCompile(`各\d`)

// bareVerb is a subject that is only a verb: 完成, 启动.
var (
	bareVerb    = regexp.MustCompile(`^(?:启动|完成|新增|新建|建成|开展|实现|创建)$`)
	leadingVerb = regexp.MustCompile(`^(?:启动|完成|新增|新建|建成|开展|实现|创建)`)
	// coverageVerb opens what is to cover all, and is no part of it:
	// 开展廉政谈话全覆盖, 实行责任督学挂牌督导全覆盖.
	coverageVerb = regexp.MustCompile(`^(?:启动|完成|新增|新建|建成|开展|实现|创建|实行|推行)`)
)

// shareTail gives the first of a list of subjects the tail the last one
// names them with: "高血压、糖尿病患者规范管理率" → 高血压患者规范管理率,
// 糖尿病患者规范管理率; "孤儿、事实无人抚养儿童基本生活保障标准" → 孤儿基本
// 生活保障标准, 事实无人抚养儿童基本生活保障标准.
func shareTail(subjects []string) []string {
	if len(subjects) < 2 {
		return subjects
	}
	out := slices.Clone(subjects)
	last := out[len(out)-1]
	if loc := groupHead.FindStringIndex(last); loc != nil && loc[0] > 0 && loc[1] < len(last) {
		// "高血压、糖尿病患者规范管理率": the first names the kind of
		// patient; "孤儿、事实无人抚养儿童基本生活保障标准": the first is
		// who, and takes only what follows the last one's who
		for j := range out[:len(out)-1] {
			switch {
			case strings.Contains(out[j], "率") || groupHead.MatchString(out[j]):
			case beingEnd.MatchString(out[j]):
				out[j] += last[loc[1]:]
			default:
				out[j] += last[loc[0]:]
			}
		}
		return out
	}
	// "初中、小学书面作业平均完成时间": short words of one length, the last
	// one followed by what they all name
	k := utf8.RuneCountInString(out[0])
	r := []rune(last)
	if k < 2 || k > 3 || len(r) <= k+3 {
		return out
	}
	for _, s := range out[:len(out)-1] {
		if utf8.RuneCountInString(s) != k || strings.Contains(s, "率") {
			return out
		}
	}
	for j := range out[:len(out)-1] {
		out[j] += string(r[k:])
	}
	return out
}

// shareShortTail gives short words of one length the indicator the last
// one is followed by when it is too short for shareTail to take it as
// theirs: "小学、初中入学率" → 小学入学率, 初中入学率. Only a list whose
// values are paired with it (分别) is read so: "机构和人员持证率达到100%"
// is one rate.
func shareShortTail(subjects []string) []string {
	k := utf8.RuneCountInString(subjects[0])
	last := subjects[len(subjects)-1]
	r := []rune(last)
	if k < 2 || k > 3 || len(r) < k+2 || !indicatorEnd.MatchString(last) {
		return subjects
	}
	for _, s := range subjects[:len(subjects)-1] {
		if utf8.RuneCountInString(s) != k || indicatorEnd.MatchString(s) {
			return subjects
		}
	}
	out := slices.Clone(subjects)
	for j := range out[:len(out)-1] {
		out[j] += string(r[k:])
	}
	return out
}

// countTail is the word that ends a count of something: 起数, 人数, 金额.
var countTail = regexp.MustCompile(`(?:起数|人数|次数|件数|户数|个数|家数|数量|总量|金额|总额)$`)

// shareHead gives the later ones of a list of subjects the head the first
// one opens with, when the first is a count of something and the later
// ones only short counts: "道路交通事故起数、死亡人数" → 道路交通事故起数,
// 道路交通事故死亡人数.
func shareHead(subjects []string) []string {
	if len(subjects) < 2 {
		return subjects
	}
	loc := countTail.FindStringIndex(subjects[0])
	if loc == nil || utf8.RuneCountInString(subjects[0][:loc[0]]) < 3 {
		return subjects
	}
	head := subjects[0][:loc[0]]
	for _, s := range subjects[1:] {
		s = baselineTail.ReplaceAllString(s, "") // 死亡人数同比
		if n := utf8.RuneCountInString(s); n < 2 || n > 5 || !countTail.MatchString(s) {
			return subjects
		}
	}
	out := slices.Clone(subjects)
	for i := range out[1:] {
		out[i+1] = head + out[i+1]
	}
	return out
}

// groupHead names the people or bodies a subject is about (患者, 儿童,
// 老年人…), and beingEnd ends a word that names them itself (孤儿,
// 残疾人, 退役军人, 孕产妇).
var (
	groupHead = regexp.MustCompile(`患者|儿童|老年人|人员|学生|居民|家庭|对象|群众|企业|职工|农民|妇女`)
	beingEnd  = regexp.MustCompile(`[儿人员者生户庭众工民女妇童]$`)
)

// bareRate is a rate named by how and what alone: 按期办结率, 受理率.
var (
	bareRate     = regexp.MustCompile(`(?:按期|按时|及时|规范|有效|准确|一次性?|网上|现场)?\p{Han}{2}率$`)
	bareRateOnly = regexp.MustCompile(`^(?:按期|按时|及时|规范|有效|准确|一次性?|网上|现场)?\p{Han}{2}率$`)
)

// shareTopic gives the rates of a list named by how and what alone the
// topic the first one names: "信访事项及时受理率、按期办结率" → 信访事项及时受理率,
// 信访事项按期办结率.
func shareTopic(subjects []string) []string {
	if len(subjects) < 2 {
		return subjects
	}
	loc := bareRate.FindStringIndex(subjects[0])
	if loc == nil || utf8.RuneCountInString(subjects[0][:loc[0]]) < 2 {
		return subjects
	}
	topic := subjects[0][:loc[0]]
	out := slices.Clone(subjects)
	for i, s := range out[1:] {
		if bareRateOnly.MatchString(s) {
			out[i+1] = topic + s
		}
	}
	return out
}

// namedTail returns what the last of a list names its parts with when each
// part before it is a name ending as a name inside the last one does:
// 县人民医院, 县中医院病例组合指数 → 病例组合指数; "" when there is none.
func namedTail(firsts []string, last string) string {
	tail := ""
	for _, s := range firsts {
		r := []rune(s)
		if len(r) < 3 || indicatorEnd.MatchString(s) {
			return ""
		}
		end := string(r[len(r)-2:])
		i := strings.LastIndex(last, end)
		if i <= 0 {
			return ""
		}
		t := last[i+len(end):]
		if utf8.RuneCountInString(t) < 2 || tail != "" && t != tail {
			return ""
		}
		tail = t
	}
	if !indicatorEnd.MatchString(tail) {
		return ""
	}
	return tail
}

// indicatorEnd is how the name of an indicator ends.
var indicatorEnd = regexp.MustCompile(`(?:率|比例|占比|比|数|量|指数|人数|时间|金额|水平|规模|面积|次数|天数|住院日|时长|时限|寿命)$`)

// allIndicators reports whether every part names a rate, a share or a
// degree of satisfaction, so that a target given once applies to each:
// 婴儿死亡率和新生儿出生缺陷发生率, 门诊患者满意度、住院患者满意度.
func allIndicators(parts []string) bool {
	for _, p := range parts {
		if !strings.HasSuffix(p, "率") && !strings.HasSuffix(p, "比例") && !strings.HasSuffix(p, "占比") && !strings.HasSuffix(p, "满意度") {
			return false
		}
	}
	return true
}

// targetClauses splits a sentence into the clauses that may each set a
// target: at commas and colons, at 、 and 和 only where every part has a
// number of its own (配备比例基层不低于65%、二级不低于40%), with a distributive
// "分别" spread over its subjects first.
func targetClauses(sentence string) []clause {
	var out []clause
	add := func(texts []string, sibling bool) {
		for _, t := range texts {
			out = append(out, clause{text: t, sibling: sibling})
		}
	}
	for _, c := range splitOutside(sentence, "，,：:") {
		for _, d := range distribute(c) {
			parts := joinNumberless(splitOutside(d, "、"))
			if len(parts) > 1 && allHaveNumbers(parts) {
				for i, p := range parts {
					for j, q := range splitPair(p) {
						add([]string{q}, i > 0 || j > 0)
					}
				}
				continue
			}
			for j, q := range splitPair(d) {
				add([]string{q}, j > 0)
			}
		}
	}
	return out
}

// joinNumberless joins to the part before it each part of a list that has
// no number of its own: "选择6-10家二、三级医院、20-30个基层机构" →
// "选择6-10家二、三级医院", "20-30个基层机构".
func joinNumberless(parts []string) []string {
	if len(parts) < 2 || !hasNumber(parts[0]) {
		return parts
	}
	out := []string{parts[0]}
	joined := false
	for _, p := range parts[1:] {
		if hasNumber(p) || strings.Contains(p, "全覆盖") {
			out = append(out, p)
		} else {
			out[len(out)-1] += "、" + p
			joined = true
		}
	}
	if !joined {
		return parts
	}
	for _, p := range out[1:] {
		if r, _ := utf8.DecodeRuneInString(normalize(p)); r < '0' || r > '9' {
			return parts // only a list of counts: "…、20-30个基层机构"
		}
	}
	return out
}

// clause is a part of a sentence that may set a target.
type clause struct {
	text    string
	sibling bool // it follows another part of a list split at 、
}

// pairWord joins two targets: "完成20个A和107个B".
var pairWord = regexp.MustCompile(`和|及|以及|并`)

// splitPair splits a clause at 和 when both sides set a number, the second
// taking the first's verb when it starts with its number.
func splitPair(c string) []string {
	loc := pairWord.FindStringIndex(c)
	if loc == nil {
		return []string{c}
	}
	a, b := c[:loc[0]], c[loc[1]:]
	if !hasNumber(a) || !hasNumber(b) || ageWords.MatchString(a) || strings.ContainsAny(b[:min(len(b), 1)], "%‰") {
		return []string{c}
	}
	ta, _ := ParseTarget(a)
	tb, _ := ParseTarget(b)
	if !ta.Numeric() || !tb.Numeric() || ta.Unit != "" && tb.Unit == "" {
		return []string{c}
	}
	// "有100%的A和90%的B能够提供中医药服务": what both do is written once
	if m := sharedPredicate.FindStringIndex(b); m != nil && m[0] > 0 && !sharedPredicate.MatchString(a) && startsWithNumber(a) && startsWithNumber(b) {
		a += b[m[0]:]
	}
	if r, _ := utf8.DecodeRuneInString(normalize(b)); r >= '0' && r <= '9' {
		if m := cumulativeVerb.FindStringIndex(a); m != nil && !hasNumber(a[:m[1]]) {
			b = a[:m[1]] + b
		}
	}
	return []string{a, b}
}

// sharedPredicate starts what the places of a list of shares do: 能够提供…
var sharedPredicate = regexp.MustCompile(`(?:能够|能|可以|均|都)?(?:提供|开展|建成|达到|实现|完成|通过|参加|接入|纳入|配备|设立|具备)`)

// startsWithNumber reports whether a part of a clause opens with its
// number, after words such as 力争有.
func startsWithNumber(s string) bool {
	s = strings.TrimPrefix(subjectPrefix.ReplaceAllString(normalize(s), ""), "有")
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9'
}

func hasNumber(s string) bool {
	return strings.ContainsAny(stripDates(normalize(ageWords.ReplaceAllString(s, ""))), "0123456789")
}

func allHaveNumbers(parts []string) bool {
	for _, p := range parts {
		if !hasNumber(p) && !strings.Contains(p, "全覆盖") {
			return false
		}
	}
	return true
}

var (
	// distributive is "A、B和C分别控制在x、y和z以下".
	distributive = regexp.MustCompile(`^(.*?)分别(` + toWords + `|` + boundWords + `|` + changeVerbs + `|为|是)?(.+?)((?:及)?以上|(?:及)?以下|以内|之内|左右)?$`)
	listSep      = regexp.MustCompile(`、|和|及|与`)
)

// wordsWithSep are words that hold a character listSep splits at, and are
// no list: 及时受理率, 普及率, 参与率, 65岁及以上.
var (
	wordsWithSep = strings.NewReplacer("及以上", "\ue000以上", "及以下", "\ue000以下", "及时", "\ue000时", "普及", "普\ue000", "涉及", "涉\ue000", "惠及", "惠\ue000", "参与", "参\ue001", "和谐", "\ue002谐")
	sepsInWords  = strings.NewReplacer("\ue000", "及", "\ue001", "与", "\ue002", "和")
)

// splitList splits a list of subjects or values at 、, 和, 及 and 与, but
// not inside a word such as 及时 or 参与.
func splitList(s string) []string {
	parts := listSep.Split(wordsWithSep.Replace(s), -1)
	for i, p := range parts {
		parts[i] = sepsInWords.Replace(p)
	}
	return parts
}

// distribute spreads a distributive clause over its subjects: "孕产妇死亡率、
// 婴儿死亡率分别控制在10/10万、4‰以下" → "孕产妇死亡率控制在10/10万以下",
// "婴儿死亡率控制在4‰以下". A clause whose subjects and values do not pair
// up is given back as it is.
func distribute(c string) []string {
	m := distributive.FindStringSubmatch(c)
	if m == nil {
		return []string{c}
	}
	subjects := splitList(m[1])
	values := splitList(m[3])
	if len(subjects) == 1 && len(values) == 2 && strings.Contains(subjects[0], "城乡") {
		// "城乡居民人均可支配收入分别增长6%和7.5%": 城镇 first, then 农村
		subjects = []string{strings.Replace(subjects[0], "城乡", "城镇", 1), strings.Replace(subjects[0], "城乡", "农村", 1)}
	}
	if len(subjects) < 2 || len(subjects) != len(values) {
		return []string{c}
	}
	// "集成电路、新能源汽车两个产业集群产值分别…": the count after the last
	// says how many the list names, and what follows it is what they all
	// name
	if last, tail := countedTail(subjects); tail != "" {
		subjects[len(subjects)-1] = last
		for j := range subjects {
			subjects[j] += tail
		}
	} else if tail := namedTail(subjects[:len(subjects)-1], subjects[len(subjects)-1]); tail != "" {
		for j := range subjects[:len(subjects)-1] {
			subjects[j] += tail
		}
	} else {
		subjects = shareShortTail(shareHead(shareTail(subjects)))
	}
	// "分别提高2个、3个百分点": the last value's unit is the others' too
	if m := sharedUnit.FindStringSubmatch(values[len(values)-1]); m != nil {
		for i, v := range values[:len(values)-1] {
			if n := bareAmount.FindStringSubmatch(v); n != nil && strings.HasPrefix(m[1], n[2]) {
				values[i] = n[1] + m[1]
			}
		}
	}
	out := make([]string, len(subjects))
	for i := range subjects {
		if !hasNumber(values[i]) {
			return []string{c}
		}
		verb := m[2]
		if ownBound.MatchString(values[i]) {
			verb = "" // "A、B分别达到34%、低于20%": the value brings its own bound
		}
		out[i] = subjects[i] + verb + values[i] + m[4]
	}
	return out
}

// sharedUnit is the unit of a distributive list's last value that the
// others may leave out, whole or in part: 2、3个百分点, 2个、3个百分点.
// bareAmount is a value with no unit, or with the first part of one.
var (
	sharedUnit = regexp.MustCompile(`\d(个百分点|%|‰)$`)
	bareAmount = regexp.MustCompile(`^(.*\d)(个?)$`)
)

// ownBound opens a value of a distributive list that brings its own words.
var ownBound = regexp.MustCompile(`^(?:` + toWords + `|` + boundWords + `|[≥≤><])`)

var (
	ageQualifier   = regexp.MustCompile(`\d+(?:周)?岁及?以[上下]`)
	countAfterVerb = regexp.MustCompile(`(?:` + cumulativeVerb.String() + `|争创|新创|创成)[^\d，,；;]{0,20}?\d+(?:\.\d+)?(?:-\d+)?(?:` + countUnits + `|` + builtUnits + `)`)
	countRange     = regexp.MustCompile(`\d+-\d+(?:` + countUnits + `)`)
	// countThenVerb is a count of those who do something, written first:
	// 11.8万名老年人完成健康体检, 20家医院通过评审.
	countThenVerb = regexp.MustCompile(`^\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?(?:` + countUnits + `)[^，,；;\d]{0,4}(?:\d+(?:周)?岁(?:及)?(?:以[上下])?)?[^，,；;\d]{1,16}?(?:完成|通过|参加|接受|达到|建成|获得|纳入|接入|签约|实现|打造成|创成|晋升)`)
	coverageAtEnd = regexp.MustCompile(`全覆盖(?:目标|成果)?$`)
	// noneAtEnd ends a clause that asks for none of what it names:
	// 较大以上道路交通事故零发生, 确保安全事故“零”发生, 安全生产零事故,
	// 办件超期率为零.
	// noneVerb is the verb before 零发生, no part of the indicator.
	noneVerb  = regexp.MustCompile(`(?:实现|保持|确保|力争)$`)
	noneAtEnd = regexp.MustCompile(`(实现|保持|确保|力争)?(?:` + noneWords + `|为零|为0)$`)
)

// verbWithOther is a verb of building written with its other in brackets:
// 新（改）建, 改（扩）建, 新（扩）建.
var verbWithOther = regexp.MustCompile(`([新改扩])[(（][新改扩][)）](建)`)

// zeroAtEnd closes a clause that asks for none of what it names in digits:
// 重大事故发生数为0.
var zeroAtEnd = regexp.MustCompile(`为0$`)

// builtUnits measure what is built, added or brought in, counted like
// things after a verb of doing: 新增绿色建筑面积120万平方米, 新建绿道30公里,
// 收购小麦3000万斤.
const builtUnits = `万平方米|平方米|万亩|亩|万公顷|公顷|平方公里|公里|千米|亿立方米|万立方米|立方米|万吨|吨|亿斤|万斤|斤`

// countUnits are the units of counted things.
const countUnits = `万辆次|辆次|万户次|户次|万辆|万座|万户|万名|万个|万份|万件|万张|万次|个|家次|家|所|名|项|场次|场|次|人次|人|座|条|张|支|批次|批|种|类|期|篇|部|件|户|村|万人|万人次|轮|台|套|份|例|辆|处|幢|栋|万条|个位次|位次|枚|万册|册|盏|块`

var (
	// countAfterLead is a count right after the verb or the preposition a
	// clause opens with: 选派15名业务骨干到上级医院进修, 实施2个…项目,
	// 为6500名老年人开展健康体检, 为全市建档立卡13235名贫困人口….
	countAfterLead = regexp.MustCompile(`^(将|\p{Han}{2}|为\p{Han}{0,8}?)\d+(?:\.\d+)?(?:` + countUnits + `)\p{Han}`)
	// countClosing is a count that closes a clause saying what is done:
	// 募集就业见习岗位500个, 帮扶就业困难人员就业800人, 治理河道28公里.
	// The unit may be followed by its other name: 筹集保障性租赁住房1500套（间）.
	countClosing = regexp.MustCompile(`^(\p{Han}{2})[^\d，,；;、]{1,30}?\d+(?:\.\d+)?(?:` + countUnits + `|` + builtUnits + `)(?:[(（]\p{Han}{1,3}[)）])?$`)
	// notDoing opens a count of what there is (每年, 现有, 患有), not of what
	// is to be done, or a count that is the scope of a verb of managing or
	// improving, not a target: 加强30种大病专项救治, 做好18个品规…试点;
	// or the means a preposition names: 按照3个标准, 依托2家医院.
	notDoing = regexp.MustCompile(`^(?:[年月日级县市区省乡镇村类种]\p{Han}?|\p{Han}?[年月日级县市区省乡镇村类种有]|目前|其中|合计|总计|包括|涉及|覆盖|辖区|下辖|` +
		`加强|提升|提高|强化|推进|深化|完善|优化|规范|做好|抓好|做实|落实|巩固|扩大|健全|保障|加快|促进|支持|指导|督促|推动|围绕|聚焦|针对|统筹|` +
		`按照|根据|依据|通过|结合|依托|利用|借助|对照|参照|采取|采用|运用|坚持|实行)$`)
)

// moneyAfterVerb is a sum to be reached that a clause closes with, after
// the verb of doing it opens with or the investment it names: 完成固定资产
// 投资12亿元, 实现营业收入3亿元, 投资1800万元; not a sum that says which
// (投资5亿元的项目, 亿元以上项目).
var moneyAfterVerb = regexp.MustCompile(`^(?:完成|实现|争取|落实|筹集|募集|统筹|整合|撬动|带动|拉动|投入|发放|兑现|招引|引进|投资)[^\d，,；;]{0,20}?\d+(?:\.\d+)?(?:亿元|万元|亿美元|万美元)(?:以上|左右)?$`)

// moneyVerbLast is a sum to be reached written after what is paid and its
// verb: 职业技能培训补贴资金发放1200万元; or after what is saved and the
// funds it saves: 设备采购项目节约资金500万元.
var moneyVerbLast = regexp.MustCompile(`^[^\d，,；;]{2,24}?(?:(?:发放|投入|筹集|募集|落实|拨付|兑现|下达|争取|统筹|整合)|(?:节约|节省)\p{Han}{0,4}?(?:资金|经费|成本|费用|开支|支出))\d+(?:\.\d+)?(?:亿元|万元)(?:以上|左右)?$`)

// whatThereIs says a clause counts what there is: 现有, 共有, 目前.
var whatThereIs = regexp.MustCompile(`现有|共有|已有|拥有|目前|现存|尚有`)

// plainCount reports whether a clause, its leading words and ages taken
// away, sets a count of what is to be done with no comparison word: after
// the verb it opens with (选派15名…), or closing it (募集就业见习岗位500个).
func plainCount(n string) bool {
	if whatThereIs.MatchString(n) {
		return false // 医院现有职工860人
	}
	m := countAfterLead.FindStringSubmatch(n)
	if m == nil {
		m = countClosing.FindStringSubmatch(n)
	}
	if m != nil && m[1] == "覆盖" && peopleReached.MatchString(n) {
		return true // 覆盖群众6万人次: those reached are counted, not the scope
	}
	return m != nil && (strings.HasPrefix(m[1], "为") || !notDoing.MatchString(m[1]))
}

// peopleReached closes a clause with a count of people: after 覆盖, which
// otherwise names a scope (覆盖12个乡镇), it counts those a thing reaches.
var peopleReached = regexp.MustCompile(`\d(?:万)?(?:人次|人|名|户)(?:以上)?$`)

func isTargetClause(clause string, t Target) bool {
	n := blankNameNumbers(stripDates(normalize(clause)))
	n = verbWithOther.ReplaceAllString(n, "$1$2") // 新（改）建 is 新建
	if !strings.HasPrefix(n, "第") {
		n = ordinal.ReplaceAllString(n, "第") // 完成第3批…审核: which batch, not how many
	}
	switch {
	case t.Relative:
		return !baseline.MatchString(n) || relativeWords.MatchString(n)
	case baseline.MatchString(n):
		return false // 在完成100个病种的基础上
	case enumerationTotal.MatchString(n) && !comparatorWords.MatchString(n) && !newThings.MatchString(n):
		return false // 开展…、…等23项行动: a count of what was listed
	case !strings.ContainsAny(n, "0123456789"):
		return coverageAtEnd.MatchString(n) || noneAtEnd.MatchString(n) // 全覆盖, and not "全覆盖的体系"; 零发生
	case zeroAtEnd.MatchString(n):
		return true // 重大事故发生数为0
	case !strings.Contains(n, "寿命") && !strings.ContainsAny(ageWords.ReplaceAllString(n, ""), "0123456789"):
		return false // only an age: 65周岁以上老年人健康体检率达到省定目标
	case strings.HasPrefix(n, "第"):
		return false // an ordinal
	case boundQualifies(n):
		// 56人以上大班额保持动态清零: which ones, not how many; but
		// 收入10万元以上的村实现全覆盖 is a target for those ones
		return coverageAtEnd.MatchString(n)
	case t.Unit == "岁" && !strings.Contains(n, "寿命"):
		return false // an age that says who, not how much
	case comparatorWords.MatchString(ageQualifier.ReplaceAllString(n, "")):
		return true
	case timeLimitClause.MatchString(n) && !regimeOfTime.MatchString(n):
		return true
	case t.Unit == "%" || t.Unit == "‰" || strings.HasPrefix(t.Unit, "/"):
		return true
	case countAfterVerb.MatchString(n), countRange.MatchString(n), countThenVerb.MatchString(subjectPrefix.ReplaceAllString(n, "")):
		return true
	case moneyAfterVerb.MatchString(n), moneyAfterVerb.MatchString(subjectPrefix.ReplaceAllString(n, "")), moneyVerbLast.MatchString(n) && !strings.HasPrefix(n, "已"):
		return true
	case plainCount(subjectPrefix.ReplaceAllString(ageWords.ReplaceAllString(n, ""), "")):
		return true
	}
	return coverageAtEnd.MatchString(n)
}

// boundThenNoun is a count with a bound followed by the noun it qualifies:
// 56人以上大班额, 一次死亡3人以上的较大事故.
var boundThenNoun = regexp.MustCompile(`^(\D*?)\d+(?:\.\d+)?(` + unitPattern + `)?及?以[上下]的?\p{Han}`)

// boundQualifies reports whether a clause's one number, a count with a
// bound, only says which things the clause is about: no comparison comes
// before it and it is not the count of those who do something (20家以上
// 医院通过评审). A share (95%以上的村) is a target still.
func boundQualifies(n string) bool {
	m := boundThenNoun.FindStringSubmatch(n)
	if m == nil || m[2] == "%" || m[2] == "‰" || phraseStart.MatchString(m[1]) || doneTo.MatchString(m[1]) {
		return false
	}
	if len(number.FindAllString(n, -1)) != 1 {
		return false
	}
	return !countThenVerb.MatchString(subjectPrefix.ReplaceAllString(n, ""))
}

var number = regexp.MustCompile(`\d+(?:\.\d+)?`)

// doneTo ends the words before a count of those a thing is done to or for:
// 惠及5000人以上群众, 培训200人以上.
var doneTo = regexp.MustCompile(`(?:惠及|带动|服务|覆盖|吸纳|帮扶|救助|安置|转移|接待|` + cumulativeVerb.String() + `)$`)

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

// openBrackets writes a bracket that holds a target with its own indicator
// as a clause of its own: "推行结果互认（互认项目不少于200项）" reads as
// "推行结果互认，互认项目不少于200项，". A bracket that holds only the
// phrase (增加康复床位(不少于30张)) or no target stays.
func openBrackets(sentence string) string {
	var b strings.Builder
	depth, open := 0, -1
	last := 0
	for i, r := range sentence {
		switch r {
		case '(', '（':
			if depth == 0 {
				open = i
			}
			depth++
		case ')', '）':
			if depth == 0 {
				continue
			}
			depth--
			if depth > 0 || open < 0 {
				continue
			}
			inner := sentence[open+len(firstRune(sentence[open:])) : i]
			if !comparatorWords.MatchString(inner) || !hasNumber(inner) {
				continue
			}
			if subject, phrase, _ := splitPhrase(inner); utf8.RuneCountInString(subject) < 2 || phrase == "" {
				continue
			}
			b.WriteString(sentence[last:open])
			b.WriteString("，" + inner + "，")
			last = i + len(string(r))
		}
	}
	if last == 0 {
		return sentence
	}
	b.WriteString(sentence[last:])
	return b.String()
}

// enclosing returns where the bracket around byte i of s opens and closes,
// or -1, -1.
func enclosing(s string, i int) (int, int) {
	open := -1
	depth := 0
	for j, r := range s {
		if j >= i {
			break
		}
		switch r {
		case '(', '（':
			if depth == 0 {
				open = j
			}
			depth++
		case ')', '）':
			depth = max(0, depth-1)
			if depth == 0 {
				open = -1
			}
		}
	}
	if open < 0 {
		return -1, -1
	}
	for j, r := range s[i:] {
		if r == ')' || r == '）' {
			return open, i + j
		}
	}
	return -1, -1
}

func firstRune(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}

// quantity is a target's number as written from its start: a range, its
// unit (with what it is per: 2.8平方米/人), and the comparison word after
// it.
var quantity = regexp.MustCompile(`^\D*?\d+(?:\.\d+)?(?:(?:%|‰)?\s*[-—–~～至]\s*\d+(?:\.\d+)?)?(?:` + durationUnits + `(?:内|以内|之内)?(?:` + limitVerbs + `)|(?:` + unitPattern + `)(?:/(?:人|户|床|年|人·年))?(?:及?以上|及?以下|以内|之内|之间|左右)?|\p{Han}{1,3}?(?:及?以上|及?以下|以内|之内|左右)|(?:及?以上|及?以下|以内|之内|之间|左右))?`)

// durationUnits measure the time a thing may take, and timeLimitClause is
// a clause that sets it with no comparison word: 抵押登记1个工作日办结,
// 工程建设项目审批100个工作日内完成.
const durationUnits = `(?:个工作日|工作日|个月|天|小时|分钟)`

var timeLimitClause = regexp.MustCompile(`\d` + durationUnits + `(?:内|以内|之内)?(?:` + limitVerbs + `)`)

// limitVerbEnd is the verb of finishing that ends a time limit's phrase.
var limitVerbEnd = regexp.MustCompile(`(?:` + limitVerbs + `)$`)

// regimeOfTime names a rule of service that a time limit is the name of,
// not a target: 对投诉举报实行24小时响应, 推行3个工作日办结制度.
var regimeOfTime = regexp.MustCompile(`(?:实行|推行|实施|建立|落实|执行|推广|健全|完善)[^，,；;\d]{0,12}\d`)

// valueFrame follows a target's quantity to say what kind of value it is,
// not what it counts: 的正常保有量区间, 的合理水平, 的目标.
var valueFrame = regexp.MustCompile(`^的\p{Han}{0,8}?(?:区间|范围|水平|目标)$`)

// fundsWon is what 争取 wins when it is the indicator's verb rather than a
// hope (争取创建…): funds, 争取上级补助资金, 争取中央预算内投资.
var fundsWon = regexp.MustCompile(`^[^，,；;、]{0,20}?(?:资金|投资|债券|贷款|补助|补贴|基金|资助|奖补)$`)

// fromValue is the value a change starts from, written before the verb
// and the value it changes to: 由88%提高到90%, 从12%下降至10%.
var fromValue = regexp.MustCompile(`[由从]\s*(\d+(?:\.\d+)?\s*(?:` + unitPattern + `)?)\s*(?:` + changeVerbs + `)(?:到|至)`)

// changeVerb is a verb of change alone, and changeAmount the amount
// right after it that makes it a target's phrase: 提高5%, 下降约3个百分点.
var (
	changeVerb   = regexp.MustCompile(`^(?:` + changeVerbs + `)$`)
	changeAmount = regexp.MustCompile(`^\s*(?:了|约|近|至|到|为)?\s*[\d０-９]`)
)

// brokenThrough is 突破 as a comparison, after the name of an amount
// (总产值力争突破2600亿元, 接待游客量突破500万人次), of a length (通车里程
// 突破1000公里) or of the people counted (年接待观众突破80万人次, 游客突破
// 500万人次); after a thing done it counts breakthroughs (实现技术突破3项),
// and names the indicator.
var brokenThrough = regexp.MustCompile(`(?:值|额|量|数|率|模|入|次|众|客|里程)(?:力争|确保|有望|预计|将|要)?(突破)\d`)

// splitPhrase splits a clause into what it is about and the target phrase:
// "重点人群签约服务覆盖率保持在75%以上" → "重点人群签约服务覆盖率", "保持在75%以上".
// The phrase ends with its first quantity; what follows it is returned as
// rest, part of what the target is about: "2-3家医院通过…5级评审" → "",
// "2-3家", "医院通过…5级评审".
func splitPhrase(clause string) (subject, phrase, rest string) {
	first := len(clause)
	// Dates and ages are blanked (same length) so that their digits do not
	// start the phrase: "在2019年基础上提高5个百分点", "5岁以下儿童死亡率".
	blank := datePattern.ReplaceAllStringFunc(clause, func(m string) string { return strings.Repeat(" ", len(m)) })
	if !strings.Contains(clause, "寿命") {
		blank = ageWords.ReplaceAllStringFunc(blank, func(m string) string { return strings.Repeat(" ", len(m)) })
	}
	blank = qualifyingDuration.ReplaceAllStringFunc(blank, func(m string) string { return strings.Repeat(" ", len(m)) })
	blank = ordinal.ReplaceAllStringFunc(blank, func(m string) string { return strings.Repeat(" ", len(m)) })
	blank = blankNameNumbers(blank)
	// "就诊率由88%提高到90%": the value it starts from is no target, and
	// no part of the indicator
	startsFrom := -1
	if loc := fromValue.FindStringSubmatchIndex(blank); loc != nil {
		startsFrom = loc[0]
		blank = blank[:loc[2]] + strings.Repeat(" ", loc[3]-loc[2]) + blank[loc[3]:]
	}
	for from := 0; from < len(blank); {
		loc := phraseStart.FindStringIndex(blank[from:])
		if loc == nil {
			break
		}
		if at := from + loc[0]; !changeVerb.MatchString(blank[at:from+loc[1]]) || changeAmount.MatchString(blank[from+loc[1]:]) && !workThenChange(blank[:at], blank[at:]) {
			first = at
			break
		}
		from += loc[1] // 提升“回头看”覆盖率100%: a change of no amount names the indicator
	}
	if loc := brokenThrough.FindStringSubmatchIndex(blank); loc != nil && loc[2] < first {
		first = loc[2] // 总产值力争突破2600亿元
	}
	if i := strings.IndexAny(blank, "0123456789０１２３４５６７８９"); i >= 0 && i < first {
		first = i
	}
	for next := compareAgain(blank, first); next > first; next = compareAgain(blank, first) {
		first = next
	}
	coverageOnly := strings.Contains(clause, "全覆盖") && (!strings.ContainsAny(blank, "0123456789０１２３４５６７８９") || boundQualifies(normalize(clause)))
	if coverageOnly {
		first = strings.Index(clause, "全覆盖")
	}
	noneOnly := false // 在押人员非正常死亡零发生: what is not to happen names the indicator
	if loc := noneAtEnd.FindStringSubmatchIndex(clause); loc != nil && !coverageOnly && !strings.ContainsAny(blank, "0123456789０１２３４５６７８９") {
		first, noneOnly = max(loc[0], loc[3]), true
	}
	digit := strings.IndexAny(blank, "0123456789０１２３４５６７８９")
	if open, end := enclosing(clause, max(digit, 0)); digit >= 0 && open >= 0 && !coverageOnly {
		// 鼓励综合医院增加康复床位(不少于30张): the bracket holds the target
		inner := clause[open+len(firstRune(clause[open:])) : end]
		if _, err := ParseTarget(inner); err == nil && hasNumber(inner) {
			first, clause = strings.Index(clause, inner), clause[:end]
		}
	}
	if startsFrom >= 0 && startsFrom < first {
		subject = strings.TrimSpace(clause[:startsFrom]) // the subject ends before 由
	} else {
		subject = strings.TrimSpace(clause[:first])
	}
	if i := strings.LastIndexAny(subject, "(（"); i >= 0 && i == len(subject)-len(firstRune(subject[i:])) {
		subject = subject[:i]
	}
	if p := subjectPrefix.FindString(subject); strings.HasSuffix(p, "争取") && fundsWon.MatchString(subject[len(p):]) {
		subject = "争取" + subject[len(p):] // 争取专项债券资金15亿元: the funds won, not a hope
	} else {
		subject = subjectPrefix.ReplaceAllString(subject, "")
	}
	// "检出率较上年再提高0.1‰", "金额占比在2019年基础上提高5个百分点": the
	// words before the phrase that say from what, trimmed until none is left
	for trimmed := ""; trimmed != subject; {
		trimmed = subject
		subject = baselineTail.ReplaceAllString(subject, "")
		subject = unitOfCount.ReplaceAllString(subject, "")
		for _, w := range []string{"人均每月", "人均每年", "每人每月", "每人每年", "分别", "确保完成", "确保实现", "力争完成", "力争实现", "力争", "确保", "争取", "每年", "每学年", "每学期", "每季度", "每半年", "每月", "每周", "年均", "平均", "全部", "再", "要", "保持", "稳定", "达", "有", "各", "常年", "始终", "长期", "全年", "一直", "累计", "统一", "逐步", "进一步"} {
			subject = strings.TrimSuffix(subject, w)
		}
	}
	if strings.HasSuffix(subject, "均") && !strings.HasSuffix(subject, "人均") {
		subject = strings.TrimSuffix(subject, "均") // A、B率均达到…
	}
	if strings.HasSuffix(subject, "都") && strings.ContainsAny(subject, "、和及") {
		subject = strings.TrimSuffix(subject, "都") // A、B率都要达到…, and not 成都
	}
	if coverageOnly {
		subject = coverageVerb.ReplaceAllString(subject, "") // 创建无烟党政机关全覆盖, 实行…督导全覆盖
	}
	lead := ""
	if strings.ContainsAny(subject, "为将") && utf8.RuneCountInString(subject) == 1 {
		lead = subject // 为6500名老年人开展体检: the preposition stays with what follows
	}
	subject = trimLinking(subject)
	if noneOnly {
		subject = noneVerb.ReplaceAllString(subject, "") // 重大安全事故实现零发生
	}
	phrase = strings.TrimSpace(clause[first:])
	if coverageOnly {
		subject = strings.TrimPrefix(subject, "巩固") // 巩固…全覆盖成果
		if i := strings.Index(subject, "实现"); i > 0 {
			subject = subject[:i] + subject[i+len("实现"):] // 课后服务实现有需求学生全覆盖
		}
		return subject, strings.TrimSuffix(strings.TrimSuffix(phrase, "成果"), "目标"), ""
	}
	if loc := quantity.FindStringIndex(blank[first:]); loc != nil && first+loc[1] < len(clause) {
		tail := strings.TrimSpace(clause[first+loc[1]:])
		if cut := clause[first : first+loc[1]]; !strings.HasPrefix(tail, "(") && !strings.HasPrefix(tail, "（") &&
			strings.Count(cut, "(")+strings.Count(cut, "（") == strings.Count(cut, ")")+strings.Count(cut, "）") {
			phrase = strings.TrimSpace(clause[first : first+loc[1]])
			rest = strings.TrimLeft(tail, "的")
			if v := limitVerbEnd.FindString(phrase); v != "" && rest != "" {
				rest = v + rest // 急救车辆10分钟到达现场: the indicator is 急救车辆到达现场
			}
			if valueFrame.MatchString(tail) {
				rest = "" // 保持在2.1万头左右的正常保有量区间: what the value is, not what it counts
			}
			if lead != "" && rest != "" {
				rest = lead + rest
			}
		}
	}
	// "乡镇卫生院达到服务能力推荐标准2-3家": what reaches the standard is
	// counted; "达到每千人5批次" is a rate, and stays the phrase
	if after, ok := strings.CutPrefix(phrase, "达到"); ok {
		if i := strings.IndexAny(after, "0123456789"); i > 0 && !strings.HasSuffix(after[:i], "的") && !strings.HasPrefix(after, "每") {
			if t, _ := ParseTarget(after[i:]); isCount(t.Unit) {
				subject, phrase = subject+"达到"+after[:i], after[i:]
			}
		}
	}
	return subject, phrase, rest
}

// linkingWords may end the words before a target's phrase without being
// part of its indicator: 占比为, 覆盖率在; wordsEndingLinking are words
// that end in one of them and stay whole: 违法行为, 普及, 参与.
const linkingWords = "在为的是和与及"

var wordsEndingLinking = []string{"行为", "作为", "普及", "涉及", "惠及", "参与"}

// trimLinking trims the linking words that end a subject, keeping a word
// that ends in one: "查处违法行为" stays, "占比为" is "占比".
func trimLinking(subject string) string {
	for {
		r, size := utf8.DecodeLastRuneInString(subject)
		if size == 0 || !strings.ContainsRune(linkingWords, r) {
			return subject
		}
		for _, w := range wordsEndingLinking {
			if strings.HasSuffix(subject, w) {
				return subject
			}
		}
		subject = subject[:len(subject)-size]
	}
}

// compareAgain returns where a clause compares again after the comparison
// at first, when that one only says which ones the indicator counts:
// "服务能力达到推荐标准的比例达到45%" (no number before the next comparison),
// "年销售收入超过10亿元的中药企业达到8家", "相关信息2小时内网络直报率达到
// 100%" (a quantity followed by 的 or 内, then a comparison with a number of
// its own). It returns -1 when the clause compares once.
func compareAgain(blank string, first int) int {
	if first >= len(blank) {
		return -1
	}
	digit := strings.IndexAny(blank[first:], "0123456789")
	if digit < 0 {
		return -1
	}
	at := func(from int) int {
		loc := phraseStart.FindStringIndex(blank[from:])
		if loc == nil || !strings.ContainsAny(blank[from+loc[1]:], "0123456789") {
			return -1
		}
		return from + loc[0]
	}
	// a comparison word with no number before the next one
	if loc := phraseStart.FindStringIndex(blank[first:]); loc != nil && loc[0] == 0 && loc[1] < digit {
		if next := at(first + loc[1]); next >= 0 && next < first+digit {
			return next
		}
	}
	// a quantity that qualifies the noun after it
	q := quantity.FindStringIndex(blank[first:])
	if q == nil {
		return -1
	}
	tail := blank[first+q[1]:]
	if boundEnd.MatchString(blank[first : first+q[1]]) {
		// "其中10亿元以上项目1个": the bound says which projects; 1个 is the target
		if m := nounThenCount.FindStringSubmatchIndex(tail); m != nil && !strings.HasPrefix(tail, "的") && !phraseStart.MatchString(tail[:m[2]]) {
			if t, _ := ParseTarget(tail[m[2]:]); isCount(t.Unit) {
				return first + q[1] + m[2]
			}
		}
	}
	// "能够提供6类以上中医药适宜技术的村卫生室占比达到70%": a bound that
	// names the things after it (6类以上技术) says which, as "以上的" does
	qualifies := boundEnd.MatchString(blank[first:first+q[1]]) && startsWithHan(tail) && !startsWithPhrase(tail)
	if !strings.HasPrefix(tail, "的") && !strings.HasPrefix(tail, "内") && !qualifies {
		return -1
	}
	if next := at(first + q[1]); next >= 0 {
		return next
	}
	return -1
}

// workOnThings ends a verb of work on things that a change verb may
// complete: 改造提升, 整治提升, 升级改造.
var workOnThings = regexp.MustCompile(`(?:改造|整治|修缮|改建|扩建|升级|优化|完善)$`)

// workThenChange reports whether the change verb a phrase would start
// with is the second half of a verb of work, 改造提升120公里: when what
// follows it reads as no change, it is a count of the work done.
func workThenChange(before, phrase string) bool {
	if !workOnThings.MatchString(before) {
		return false
	}
	t, err := ParseTarget(phrase)
	return err == nil && !t.Relative
}

// startsWithHan reports whether s starts with a Chinese character.
func startsWithHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// startsWithPhrase reports whether s starts with the words of a target
// phrase: 达到, 不低于, 提高….
func startsWithPhrase(s string) bool {
	loc := phraseStart.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// boundEnd ends a quantity with a bound (10亿元以上), and nounThenCount
// is the noun it qualifies followed by a count of it (项目1个).
var (
	boundEnd      = regexp.MustCompile(`(?:及?以上|及?以下)$`)
	nounThenCount = regexp.MustCompile(`^\p{Han}{1,8}?(\d)`)
)

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

// nameNumber is a number, and what follows it, that may be part of a name
// rather than a quantity: 12345热线, 3A级, 5G基站, 5级养老机构, 5000吨级泊位,
// or numbers listed before the name they share: 12345、12320热线.
var nameNumber = regexp.MustCompile(`\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)*(?:[A-Za-z]+|(?:万?吨|星)?级|\p{Han})`)

// notNameAfter may follow a number that is a quantity: a bound, an
// estimate, a range or a scale (5级以上, 3000余人, 1至2家, 1.5万).
var notNameAfter = regexp.MustCompile(`^(?:及?以[上下内]|左右|余|多|至|到|万|亿|千|百|十)`)

// blankNameNumbers blanks, keeping the length, the numbers of a clause
// that are part of a name and not its quantity, when a number follows
// them: a number with a letter after it (3A, 5G) or before it (PM2.5,
// H7N9), the time of an area's reach (15分钟健身圈), a grade the name goes on after (争创5级养老机构1家, 建成5000吨级泊位
// 2个), or a number with no unit the name goes on after (12345热线工单按时
// 办结率不低于98%).
func blankNameNumbers(s string) string {
	s = blankQuotedNumbers(s)
	s = blankCodeNumbers(s)
	s = blankFollowed(reachCircle, s, func(c byte) bool { return c >= '0' && c <= '9' || c == '.' })
	s = blankFollowed(withinRate, s, func(c byte) bool { return c >= '0' && c <= '9' || c == '.' })
	locs := nameNumber.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s
	}
	b := []byte(s)
	for _, loc := range locs {
		digits := loc[0]
		for digits < loc[1] && (s[digits] >= '0' && s[digits] <= '9' || s[digits] == '.' ||
			strings.HasPrefix(s[digits:], "、") && digits+len("、") < len(s) && s[digits+len("、")] >= '0' && s[digits+len("、")] <= '9') {
			if s[digits] >= '0' && s[digits] <= '9' || s[digits] == '.' {
				digits++
			} else {
				digits += len("、")
			}
		}
		after := s[digits:]
		// a letter after the number names a thing even when no number
		// follows (实现5G网络全覆盖); other names only beside a quantity
		lettered := after != "" && (after[0] >= 'A' && after[0] <= 'Z' || after[0] >= 'a' && after[0] <= 'z')
		if !lettered && !hasDigitAfter(s[loc[1]:]) || loc[0] > 0 && strings.HasSuffix(s[:loc[0]], "第") {
			continue
		}
		if grade := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(after, "万"), "吨"), "星"); strings.HasPrefix(grade, "级") {
			rest := grade[len("级"):]
			if next, _ := utf8.DecodeRuneInString(rest); !unicode.Is(unicode.Han, next) || notNameAfter.MatchString(rest) || strings.HasPrefix(rest, "的") {
				continue // 达到5级, 5级以上, 4级的比例: a level reached
			}
		} else if notNameAfter.MatchString(after) || unitAt.MatchString(after) {
			continue // 15名业务骨干, 3000余人, 40DDDs: a quantity
		}
		for i := loc[0]; i < digits; i++ {
			if s[i] >= '0' && s[i] <= '9' || s[i] == '.' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// reachCircle is an area named by the time it takes to cross it, a name
// and no quantity: 15分钟健身圈, 30分钟急救圈, 1小时交通圈.
var reachCircle = regexp.MustCompile(`\d+(?:\.\d+)?(?:分钟|小时)\p{Han}{0,6}?圈`)

// withinRate is a rate named by the time or the distance within which it
// is counted, a name and no quantity: 24小时森林火灾扑灭率, 48小时内复核率,
// 公交站点500米覆盖率, 1公里范围内服务覆盖率.
var withinRate = regexp.MustCompile(`\d+(?:分钟|小时|天|日)内?\p{Han}{1,16}?率|\d+(?:\.\d+)?(?:米|公里)(?:范围)?内?\p{Han}{0,6}?率`)

// codeNumber is a number written after Latin letters, part of a code
// that names a thing: PM2.5, PM10, H7N9.
var codeNumber = regexp.MustCompile(`[A-Za-z]+\d+(?:\.\d+)?`)

// blankCodeNumbers blanks, keeping the length, the digits of each code
// that another number follows.
func blankCodeNumbers(s string) string {
	return blankFollowed(codeNumber, s, func(c byte) bool { return c >= '0' && c <= '9' || c == '.' })
}

// blankFollowed blanks, keeping the length, the bytes blank picks in each
// match of re that another number follows.
func blankFollowed(re *regexp.Regexp, s string, blank func(byte) bool) string {
	locs := re.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s
	}
	b := []byte(s)
	for _, loc := range locs {
		if !hasDigitAfter(s[loc[1]:]) {
			continue
		}
		for i := loc[0]; i < loc[1]; i++ {
			if blank(b[i]) {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// quotedNumber is a number that is all a quotation holds: the name of a
// hotline or a day (“120”急救, “122”交通安全日), not a quantity.
var quotedNumber = regexp.MustCompile(`[“"]\d+[”"]`)

// blankQuotedNumbers blanks, keeping the length, the digits of each quoted
// number that another number follows.
func blankQuotedNumbers(s string) string {
	return blankFollowed(quotedNumber, s, func(c byte) bool { return c >= '0' && c <= '9' })
}

// unitAt matches a unit at the start of a string.
var unitAt = regexp.MustCompile(`^` + unitPattern)

func hasDigitAfter(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}
