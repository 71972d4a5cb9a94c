// Package fullwidth folds the full-width forms Chinese input methods type
// (ＡＢＣ, １２３, ％, the ideographic space) to their half-width forms, as
// names, headers and numbers are compared.
package fullwidth

import "golang.org/x/text/width"

// Fold returns s with every full-width letter, digit, mark and space made
// half-width (and half-width katakana full-width), as width.Fold does. Text
// with none of them — nearly every cell — is returned as it is, uncopied.
func Fold(s string) string {
	if !needsFold(s) {
		return s
	}
	return width.Fold.String(s)
}

// needsFold reports whether s has a rune width.Fold changes: only U+3000
// and U+FF00–U+FFEF are (TestFoldChangesOnlyThose checks every rune).
func needsFold(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xe3:
			if s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		case 0xef:
			if b := s[i+1]; b >= 0xbc && b <= 0xbf {
				return true
			}
		}
	}
	return false
}
