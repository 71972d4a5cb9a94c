package check

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/qingdan/qingdan/numerals"
)

// chineseCount is a count written in Chinese numerals with the word it
// counts by: 两所, 十场, 十二个. A lone 一 is left alone: it is mostly an
// article (建立一个机制) or part of a name (一企一策); so is a lone 二,
// which before the word it counts by orders (二期, 二级) where a count
// says 两.
var chineseCount = regexp.MustCompile(`([二两三四五六七八九十][零〇一二两三四五六七八九十百千]*|一[十百千][零〇一二两三四五六七八九十百千]*)(?:` + countUnits + `)`)

// countBefore is what a count in numerals follows when it is a target: a
// verb of doing (新建两所), or a comparison word (不少于十次).
var countBefore = regexp.MustCompile(`(?:` + cumulativeVerb.String() + `|争创|改建|扩建|关闭|退出|淘汰|修订|制定|不低于|不少于|至少|达到|超过|力争)$`)

// tenthsShare is a share in tenths after a comparison word, as a plan
// writes a percentage in words: 达到七成以上 is 达到70%以上, 超过三成 is
// 超过30%. A 成 after no such word is a word of its own (建成, 七成熟).
var tenthsShare = regexp.MustCompile(`(达到|超过|不低于|不少于|至少|高于|提高到|提升到|保持在|稳定在|占|力争)([一二三四五六七八九])成`)

// fractionShare is a share written as a fraction after a comparison word:
// 达到二分之一以上 is 达到50%以上, 超过四分之三 is 超过75%. A fraction
// whose percentage does not end within one decimal (三分之一) is left as
// written: no percentage is its value.
var fractionShare = regexp.MustCompile(`(达到|超过|不低于|不少于|至少|高于|提高到|提升到|保持在|稳定在|占|力争)([一二三四五六七八九十百]{1,3}|\d{1,3})分之([一二三四五六七八九十]{1,3}|\d{1,3})`)

// slashShare is a share written 1/2 after a comparison word: 达到1/2以上
// is 达到50%以上. A rate per so many (8/10万) is no share: what follows its
// second number tells them apart.
var slashShare = regexp.MustCompile(`(达到|超过|不低于|不少于|至少|高于|提高到|提升到|保持在|稳定在|占|力争)(\d{1,3})/(\d{1,3})([^\d.万千百]|$)`)

// doubled is a growth written as doublings: 翻一番 is 增长100%, 翻两番
// 增长300%.
var doubled = regexp.MustCompile(`翻([一两二三])番`)

// notCountBefore is what a numeral follows when it orders or divides
// rather than counts: 第三批, 每两年, 前十名, 之一.
var notCountBefore = regexp.MustCompile(`[第每逐前后之近约数余]$`)

// arabicCounts writes in digits the counts of a text written in Chinese
// numerals where a plan sets them as targets (and shares in tenths or
// fractions, and doublings, as percentages): after a verb of doing or a
// comparison word (新建两所社区卫生服务中心, 不少于十次), or closing a clause
// (创建示范区两个，). Counts inside quotation marks are names or slogans
// (“两个维护”, “三同时”) and stay as written; so do numerals that order or
// divide (第三批, 每两年) and those that tally a list (甲、乙两所).
func arabicCounts(s string) string {
	if strings.Contains(s, "番") {
		s = doubled.ReplaceAllStringFunc(s, func(m string) string {
			n, _ := numerals.Int(doubled.FindStringSubmatch(m)[1])
			return "增长" + strconv.Itoa((1<<n-1)*100) + "%"
		})
	}
	if strings.Contains(s, "成") {
		s = tenthsShare.ReplaceAllStringFunc(s, func(m string) string {
			sub := tenthsShare.FindStringSubmatch(m)
			n, _ := numerals.Int(sub[2])
			return sub[1] + strconv.Itoa(n*10) + "%"
		})
	}
	if strings.Contains(s, "分之") {
		s = fractionShare.ReplaceAllStringFunc(s, func(m string) string {
			sub := fractionShare.FindStringSubmatch(m)
			if p := share(sub[2], sub[3]); p != "" {
				return sub[1] + p
			}
			return m
		})
	}
	if strings.Contains(s, "/") {
		s = slashShare.ReplaceAllStringFunc(s, func(m string) string {
			sub := slashShare.FindStringSubmatch(m)
			if p := share(sub[3], sub[2]); p != "" {
				return sub[1] + p + sub[4]
			}
			return m
		})
	}
	if !strings.ContainsAny(s, "二两三四五六七八九十") {
		return s
	}
	locs := chineseCount.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		before, after := s[:loc[0]], s[loc[1]:]
		if quoted(before) || notCountBefore.MatchString(before) || tallies(before, after) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(after)
		closing := after == "" || strings.ContainsRune("，,；;。、）)", r)
		if !countBefore.MatchString(before) && !closing {
			continue
		}
		written := s[loc[2]:loc[3]]
		n, ok := numerals.Int(written)
		// a numeral as numbers are written, not a name (十二五) nor an order (二)
		if !ok || written == "二" || numerals.Format(n) != strings.ReplaceAll(written, "两", "二") {
			continue
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(strconv.Itoa(n))
		last = loc[3]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// share writes the fraction part/whole as a percentage ("50%"), or ""
// when it is no share or its percentage does not end within one decimal.
func share(whole, part string) string {
	w, p := fractionTerm(whole), fractionTerm(part)
	if w <= 0 || p <= 0 || p > w || p*1000%w != 0 {
		return ""
	}
	return strconv.FormatFloat(float64(p*1000/w)/10, 'f', -1, 64) + "%"
}

// fractionTerm reads a term of a fraction, in digits or in Chinese
// numerals; 0 when it is neither.
func fractionTerm(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	n, _ := numerals.Int(s)
	return n
}

// tallies reports whether a count in numerals says how many a list beside
// it names, which is no target: "A、B、C四个载体", "四个县(甲、乙、丙、丁)".
func tallies(before, after string) bool {
	clause := before
	if i := strings.LastIndexAny(before, "，,；;：:"); i >= 0 {
		clause = before[i:]
	}
	return strings.Contains(clause, "、") || namedAfter.MatchString(after)
}

// namedAfter is a list in brackets after what a count counts.
var namedAfter = regexp.MustCompile(`^\p{Han}{0,8}[(（][^)）]*、`)

// quoted reports whether the end of s is inside quotation marks.
func quoted(s string) bool {
	return strings.Count(s, "“")+strings.Count(s, "「") > strings.Count(s, "”")+strings.Count(s, "」")
}
