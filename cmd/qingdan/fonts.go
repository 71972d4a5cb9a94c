package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/qingdan/qingdan/report"
)

// fontFiles are the TrueType files of the official typefaces, by role, the
// preferred first: 仿宋 for text, 小标宋 (else 黑体) for the title, 黑体 for
// 一、 headings and 楷体 for (一) headings.
var fontFiles = map[report.Role][]string{
	report.Body:       {"simfang.ttf", "stfangso.ttf", "fangsong.ttf", "仿宋_gb2312.ttf"},
	report.Title:      {"fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf", "simhei.ttf"},
	report.Heading:    {"simhei.ttf", "stheiti.ttf", "heiti.ttf"},
	report.Subheading: {"simkai.ttf", "stkaiti.ttf", "kaiti.ttf", "楷体_gb2312.ttf"},
	// Characters beyond U+FFFF: Windows' SimSun-ExtB, or Hanazono Mincho B.
	report.Extra: {"simsunb.ttf", "hanaminb.ttf"},
}

// maxFontSize bounds a font file read: Chinese TrueType fonts are up to a
// few tens of megabytes.
const maxFontSize = 64 << 20

// findFonts looks for the official typefaces in the folders given, then in
// the computer's own font folders, and reads those it finds. Set
// QINGDAN_NO_SYSTEM_FONTS=1 to use only the folders given (tests do, so
// that a developer's fonts do not change their output).
func findFonts(dirs []string) report.Fonts {
	if os.Getenv("QINGDAN_NO_SYSTEM_FONTS") == "" {
		dirs = append(dirs, systemFontDirs()...)
	}
	found := map[string]string{} // lower-case file name → path, the first folder winning
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := strings.ToLower(d.Name())
			if !d.IsDir() && strings.HasSuffix(name, ".ttf") {
				if _, ok := found[name]; !ok {
					found[name] = path
				}
			}
			return nil
		})
	}
	fonts := report.Fonts{}
	for role, names := range fontFiles {
		for _, n := range names {
			path, ok := found[strings.ToLower(n)]
			if !ok {
				continue
			}
			info, err := os.Stat(path)
			if err != nil || info.Size() > maxFontSize {
				continue
			}
			data, err := os.ReadFile(path)
			if err != nil {
				continue
			}
			fonts[role] = report.Font{Name: filepath.Base(path), Data: data}
			break
		}
	}
	return fonts
}

func systemFontDirs() []string {
	home, _ := os.UserHomeDir()
	if runtime.GOOS == "windows" {
		windir := os.Getenv("WINDIR")
		if windir == "" {
			windir = `C:\Windows`
		}
		return []string{filepath.Join(windir, "Fonts"), filepath.Join(os.Getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts")}
	}
	return []string{"/usr/share/fonts", "/usr/local/share/fonts", filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts")}
}
