package plan

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/qingdan/qingdan/numerals"
)

// Word automatic numbering (自动编号): a paragraph numbered by Word has no
// number in its text. Its w:pPr/w:numPr, or that of its paragraph style
// (w:pStyle, through w:basedOn), names a list (w:numId) and a level
// (w:ilvl); word/numbering.xml maps the list to an abstract definition
// whose w:lvl gives the level's start, format (w:numFmt) and text
// (w:lvlText, "%1、" or "%1.%2"). numbering renders the number each
// paragraph shows, in document order, so that the plan reads as typed.

// maxLevels is the number of levels a list has in WordprocessingML.
const maxLevels = 9

// maxStart bounds start values: Word accepts 0 to 32767.
const maxStart = 32767

type xmlVal struct {
	Val string `xml:"val,attr"`
}

type xmlLevel struct {
	Ilvl    string  `xml:"ilvl,attr"`
	Start   *xmlVal `xml:"start"`
	NumFmt  *xmlVal `xml:"numFmt"`
	Restart *xmlVal `xml:"lvlRestart"`
	PStyle  *xmlVal `xml:"pStyle"`
	IsLgl   *xmlVal `xml:"isLgl"`
	Suff    *xmlVal `xml:"suff"`
	LvlText *xmlVal `xml:"lvlText"`
}

type xmlNumbering struct {
	Abstracts []struct {
		ID     string     `xml:"abstractNumId,attr"`
		Levels []xmlLevel `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID        string `xml:"numId,attr"`
		Abstract  xmlVal `xml:"abstractNumId"`
		Overrides []struct {
			Ilvl  string    `xml:"ilvl,attr"`
			Start *xmlVal   `xml:"startOverride"`
			Level *xmlLevel `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

type xmlStyles struct {
	Styles []struct {
		Type    string  `xml:"type,attr"`
		ID      string  `xml:"styleId,attr"`
		Default string  `xml:"default,attr"`
		BasedOn *xmlVal `xml:"basedOn"`
		NumPr   *struct {
			Ilvl  *xmlVal `xml:"ilvl"`
			NumID *xmlVal `xml:"numId"`
		} `xml:"pPr>numPr"`
	} `xml:"style"`
}

// listLevel is one level of a list as numbering.xml defines it.
type listLevel struct {
	start   int
	format  string // w:numFmt: decimal, chineseCounting, …
	text    string // w:lvlText: "%1、"
	restart int    // w:lvlRestart: restart after a level above this one (1-based), 0 never; -1 unset
	style   string // w:pStyle: the paragraph style that takes this level
	legal   bool   // w:isLgl: every level's number shown in decimal
	suffix  string // w:suff: tab (the default), space, nothing
	defined bool
}

// list is a w:num: an abstract definition and its overrides.
type list struct {
	abstract  string
	levels    [maxLevels]listLevel // the abstract's levels, overridden
	overrides [maxLevels]int       // w:startOverride + 1; 0 none
}

// paraStyle is a paragraph style's numbering and its parent.
type paraStyle struct {
	basedOn      string
	numID, ilvl  string
	hasID, hasLv bool
}

// numbering renders the numbers of a document's paragraphs in order. Its
// zero value numbers nothing.
type numbering struct {
	lists        map[string]*list
	styles       map[string]paraStyle
	defaultStyle string
	counters     map[string]*counters // by abstract
	overridden   map[string]bool      // "numId/ilvl" whose start override was applied
}

// counters are the numbers a list last showed at each level.
type counters struct {
	value [maxLevels]int
	shown [maxLevels]bool
}

// readNumbering reads word/numbering.xml and word/styles.xml, either of
// which may be nil.
func readNumbering(numberingXML, stylesXML io.Reader) (*numbering, error) {
	n := &numbering{lists: map[string]*list{}, styles: map[string]paraStyle{}, counters: map[string]*counters{}, overridden: map[string]bool{}}
	if numberingXML != nil {
		var x xmlNumbering
		if err := xml.NewDecoder(numberingXML).Decode(&x); err != nil {
			return nil, err
		}
		abstracts := map[string][maxLevels]listLevel{}
		for _, a := range x.Abstracts {
			var lv [maxLevels]listLevel
			for _, l := range a.Levels {
				if i, ok := levelIndex(l.Ilvl); ok {
					lv[i] = readLevel(l)
				}
			}
			abstracts[a.ID] = lv
		}
		for _, m := range x.Nums {
			l := &list{abstract: m.Abstract.Val, levels: abstracts[m.Abstract.Val]}
			for _, o := range m.Overrides {
				i, ok := levelIndex(o.Ilvl)
				if !ok {
					continue
				}
				if o.Level != nil {
					l.levels[i] = readLevel(*o.Level)
				}
				if o.Start != nil {
					l.overrides[i] = startValue(o.Start) + 1
				}
			}
			n.lists[m.ID] = l
		}
	}
	if stylesXML != nil {
		var x xmlStyles
		if err := xml.NewDecoder(stylesXML).Decode(&x); err != nil {
			return nil, err
		}
		for _, s := range x.Styles {
			if s.Type != "" && s.Type != "paragraph" {
				continue
			}
			ps := paraStyle{}
			if s.BasedOn != nil {
				ps.basedOn = s.BasedOn.Val
			}
			if s.NumPr != nil {
				if s.NumPr.NumID != nil {
					ps.numID, ps.hasID = s.NumPr.NumID.Val, true
				}
				if s.NumPr.Ilvl != nil {
					ps.ilvl, ps.hasLv = s.NumPr.Ilvl.Val, true
				}
			}
			n.styles[s.ID] = ps
			if s.Default == "1" || s.Default == "true" || s.Default == "on" {
				n.defaultStyle = s.ID
			}
		}
	}
	return n, nil
}

func levelIndex(s string) (int, bool) {
	i, err := strconv.Atoi(strings.TrimSpace(s))
	return i, err == nil && i >= 0 && i < maxLevels
}

func startValue(v *xmlVal) int {
	if v == nil {
		return 1
	}
	i, err := strconv.Atoi(strings.TrimSpace(v.Val))
	if err != nil {
		return 1
	}
	return min(max(i, 0), maxStart)
}

func readLevel(x xmlLevel) listLevel {
	l := listLevel{start: startValue(x.Start), format: "decimal", restart: -1, suffix: "tab", defined: true}
	if x.NumFmt != nil {
		l.format = x.NumFmt.Val
	}
	if x.LvlText != nil {
		l.text = x.LvlText.Val
	}
	if x.Restart != nil {
		if i, err := strconv.Atoi(x.Restart.Val); err == nil && i >= 0 {
			l.restart = i
		}
	}
	if x.PStyle != nil {
		l.style = x.PStyle.Val
	}
	if x.IsLgl != nil {
		l.legal = isOn(x.IsLgl.Val)
	}
	if x.Suff != nil {
		l.suffix = x.Suff.Val
	}
	return l
}

// isOn reads a WordprocessingML on/off value, present without w:val meaning on.
func isOn(v string) bool {
	return v == "" || v == "1" || v == "true" || v == "on"
}

// numPr is a paragraph's own numbering properties, as read from its w:pPr.
type numPr struct {
	style        string
	numID, ilvl  string
	hasID, hasLv bool
}

// next returns the number a paragraph shows and advances the counters;
// "" for a paragraph Word does not number.
func (n *numbering) next(p numPr) string {
	if n == nil {
		return ""
	}
	numID, ilvl, hasID, hasLv := p.numID, p.ilvl, p.hasID, p.hasLv
	style := p.style
	if style == "" {
		style = n.defaultStyle
	}
	// the style and the styles it is based on fill in what the paragraph
	// does not say
	seen := map[string]bool{}
	for s := style; s != "" && !seen[s] && (!hasID || !hasLv); {
		seen[s] = true
		ps, ok := n.styles[s]
		if !ok {
			break
		}
		if !hasID && ps.hasID {
			numID, hasID = ps.numID, true
		}
		if !hasLv && ps.hasLv {
			ilvl, hasLv = ps.ilvl, true
		}
		s = ps.basedOn
	}
	if !hasID {
		return ""
	}
	l, ok := n.lists[strings.TrimSpace(numID)]
	if !ok { // numId 0, or a list numbering.xml does not define
		return ""
	}
	i := 0
	if hasLv {
		if i, ok = levelIndex(ilvl); !ok {
			return ""
		}
	} else {
		for j, lv := range l.levels { // the level that names the paragraph's style
			if lv.style != "" && lv.style == style {
				i = j
				break
			}
		}
	}
	lv := l.levels[i]
	if !lv.defined {
		return ""
	}
	c := n.counters[l.abstract]
	if c == nil {
		c = &counters{}
		n.counters[l.abstract] = c
	}
	key := numID + "/" + strconv.Itoa(i)
	switch {
	case l.overrides[i] > 0 && !n.overridden[key]:
		n.overridden[key] = true
		c.value[i] = l.overrides[i] - 1
	case !c.shown[i]:
		c.value[i] = lv.start
	default:
		c.value[i]++
	}
	c.shown[i] = true
	for j := i + 1; j < maxLevels; j++ {
		restart := l.levels[j].restart
		if restart < 0 {
			restart = j
		}
		if i < restart {
			c.shown[j] = false
		}
	}
	if lv.format == "bullet" || lv.format == "none" {
		return ""
	}
	var b strings.Builder
	text := lv.text
	for k := 0; k < len(text); k++ {
		if text[k] == '%' && k+1 < len(text) && text[k+1] >= '1' && text[k+1] <= '9' {
			j := int(text[k+1] - '1')
			k++
			v, format := c.value[j], l.levels[j].format
			if !c.shown[j] {
				v = l.levels[j].start
			}
			if lv.legal && j != i || format == "" {
				format = "decimal"
			}
			b.WriteString(formatNumber(v, format))
			continue
		}
		b.WriteByte(text[k])
	}
	s := b.String()
	// Word puts a tab or a space after the number; the plan's text reads
	// it only where the number does not end in punctuation.
	if r := finalRune(s); s != "" && lv.suffix != "nothing" && (r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0x4E00 && r <= 0x9FFF) {
		s += " "
	}
	return s
}

func finalRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

// formatNumber writes n in a w:numFmt; a format it does not know, or a
// number a format has no sign for, is written in decimal, as Word does.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting":
		if n >= 1 {
			return numerals.Format(n)
		}
	case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
		if n >= 0 {
			var b strings.Builder
			for _, d := range strconv.Itoa(n) {
				b.WriteString(chineseDigits[d-'0'])
			}
			return b.String()
		}
	case "ideographTraditional":
		if n >= 1 {
			return string([]rune("甲乙丙丁戊己庚辛壬癸")[(n-1)%10])
		}
	case "ideographZodiac":
		if n >= 1 {
			return string([]rune("子丑寅卯辰巳午未申酉戌亥")[(n-1)%12])
		}
	case "lowerLetter", "upperLetter":
		if n >= 1 && n <= 780 { // Word repeats the letter: 27 is aa
			c := byte('a')
			if format == "upperLetter" {
				c = 'A'
			}
			return strings.Repeat(string(c+byte((n-1)%26)), (n-1)/26+1)
		}
	case "lowerRoman", "upperRoman":
		if n >= 1 && n < 4000 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune(0x2460 + n - 1)) // ①
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune(0x2474 + n - 1)) // ⑴
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune(0x2488 + n - 1)) // ⒈
		}
	case "decimalFullWidth", "decimalFullWidth2":
		var b strings.Builder
		for _, d := range strconv.Itoa(n) {
			if d >= '0' && d <= '9' {
				b.WriteRune(d - '0' + '０')
			} else {
				b.WriteRune(d)
			}
		}
		return b.String()
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "none", "bullet":
		return ""
	}
	return strconv.Itoa(n)
}

var chineseDigits = [...]string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

func roman(n int) string {
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}
