package templates

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/qingdan/qingdan/fullwidth"
)

// Fold returns s in the form headers and names are compared in: full-width
// letters, digits and punctuation made half-width, white space of every
// kind (including line breaks inside a cell) removed, Latin letters lower
// case, and a trailing mark such as "*" or "：" dropped.
func Fold(s string) string {
	if plainASCII(s) {
		return s // a task's number, 3.2: nothing to fold, nothing to look up
	}
	if len(s) > foldCacheLen {
		return fold(s)
	}
	if f, ok := foldCache.Load(s); ok {
		return f.(string)
	}
	f := fold(s)
	if foldCached.Add(1) <= foldCacheSize {
		k := strings.Clone(s)
		if f == s {
			f = k
		}
		foldCache.Store(k, f)
	}
	return f
}

// The folded forms of short texts, kept as they are met: the headers
// every return repeats, and the first cells of its rows, are folded once
// per run rather than once per workbook. A few thousand are kept at most,
// so that a run over many workbooks keeps no more.
var (
	foldCache  sync.Map
	foldCached atomic.Int64
)

const (
	foldCacheLen  = 64
	foldCacheSize = 4096
)

func fold(s string) string {
	s = fullwidth.Fold(s)
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimRight(b.String(), "*:：")
}

// plainASCII reports whether s is printable ASCII with no upper case
// letter, no space and no trailing mark: as Fold makes it.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return s == "" || s[len(s)-1] != '*' && s[len(s)-1] != ':'
}

// folded reports whether s is already as Fold makes it, so that the
// common case costs no copy.
func folded(s string) bool {
	for _, r := range s {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' || unicode.IsSpace(r) {
				return false
			}
		} else if r == utf8.RuneError || unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || unicode.ToLower(r) != r {
			return false
		}
	}
	return strings.TrimRight(s, "*:：") == s
}

// Column returns the column of s whose header or synonym is header, folded.
func (s Sheet) Column(header string) (Column, bool) {
	h := Fold(header)
	if h == "" {
		return Column{}, false
	}
	c, ok := s.index()[h]
	return c, ok
}

// index is the columns of s by the folded form of every name they go by:
// a header of the sheet's own first, then a synonym, then the columns
// merge adds. It is made once per sheet.
func (s Sheet) index() map[string]Column {
	indexes.Lock()
	defer indexes.Unlock()
	if m, ok := indexes.m[s.Name]; ok {
		return m
	}
	m := map[string]Column{}
	add := func(name string, c Column) {
		if k := Fold(name); k != "" {
			if _, dup := m[k]; !dup {
				m[k] = c
			}
		}
	}
	for _, c := range s.Columns {
		add(c.Header, c)
	}
	for _, c := range s.Columns {
		for _, syn := range c.Synonyms {
			add(syn, c)
		}
	}
	for _, c := range append([]Column{DeptColumn, OtherColumn}, SourceColumns...) {
		add(c.Header, c)
		for _, syn := range c.Synonyms {
			add(syn, c)
		}
	}
	indexes.m[s.Name] = m
	return m
}

var indexes = struct {
	sync.Mutex
	m map[string]map[string]Column
}{m: map[string]map[string]Column{}}

// Has reports whether s has a column with the given key.
func (s Sheet) Has(k Key) bool {
	for _, c := range s.Columns {
		if c.Key == k {
			return true
		}
	}
	return false
}

// MatchesName reports how well a workbook's sheet name fits s: 2 for its
// own name, 1 for a synonym, 0 for neither.
func (s Sheet) MatchesName(name string) int {
	n := Fold(name)
	if n == Fold(s.Name) {
		return 2
	}
	for _, syn := range s.Synonyms {
		if n == Fold(syn) {
			return 1
		}
	}
	return 0
}

// Layout is where each column of a sheet stands in one workbook's header
// row: the result of recognizing its headers.
type Layout struct {
	Sheet   Sheet
	Index   map[Key]int // 0-based column index of each recognized column
	Unknown []int       // indexes of non-empty headers that were not recognized
	Headers []string    // the header row as found
}

// Recognize matches a header row against s. A column recognized twice keeps
// its first place; the second is reported in Unknown.
func (s Sheet) Recognize(header []string) Layout {
	l := Layout{Sheet: s, Index: map[Key]int{}, Headers: header}
	for i, h := range header {
		c, ok := s.Column(h)
		if !ok {
			if Fold(h) != "" {
				l.Unknown = append(l.Unknown, i)
			}
			continue
		}
		if _, dup := l.Index[c.Key]; dup {
			l.Unknown = append(l.Unknown, i)
			continue
		}
		l.Index[c.Key] = i
	}
	return l
}

// Score is the number of the sheet's own columns the layout recognized.
func (l Layout) Score() int {
	n := 0
	for k := range l.Index {
		if l.Sheet.Has(k) {
			n++
		}
	}
	return n
}

// IsHeader reports whether the row looks like s's header row: it names the
// task ID column and at least one other column of s.
func (l Layout) IsHeader() bool {
	_, ok := l.Index[TaskID]
	return ok && l.Score() >= 2
}

// Missing lists the columns of s the layout did not find, in template
// order, leaving out optional ones.
func (l Layout) Missing() []Column {
	var out []Column
	for _, c := range l.Sheet.Columns {
		if _, ok := l.Index[c.Key]; !ok && !c.Optional {
			out = append(out, c)
		}
	}
	return out
}

// Value returns the cell of row in column k, or "" when the layout has no
// such column or the row is shorter.
func (l Layout) Value(row []string, k Key) string {
	i, ok := l.Index[k]
	if !ok || i >= len(row) {
		return ""
	}
	return row[i]
}
