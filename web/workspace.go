package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/intake"
)

// The workspace folder (工作目录), laid out so that a person can browse it.
const (
	planDir     = "工作要点"      // every plan uploaded, and every 任务总表 uploaded back
	masterFile  = "任务总表.xlsx" // the master the other pages use
	dispatchDir = "下发"        // 下发/<期>/: each unit's workbook
	returnsDir  = "回收"        // 回收/<期>/: every return uploaded, each under a name of its own
	outputDir   = "输出"        // 输出/<期>/: bulletins, assessments; 输出/<期>/退回修改/: marked-up copies
	copiesDir   = "退回修改"
	stateDir    = ".qingdan" // settings and the record of uploads
	stateFile   = "设置.json"
	recordFile  = "上传记录.json"
)

// workspace is the folder the web app keeps everything in. Its methods are
// safe for concurrent use: writes of its records are serialized.
type workspace struct {
	dir string

	mu       sync.Mutex
	settings settings
	uploads  []upload
}

// settings are what the office chose, kept across restarts.
type settings struct {
	Period   string            `json:"期间"`
	Due      string            `json:"报送截止日期,omitempty"`
	Org      string            `json:"发文单位,omitempty"`
	Password *passwordHash     `json:"办公室密码,omitempty"`
	Secret   string            `json:"密钥"`
	Tokens   map[string]string `json:"单位链接,omitempty"` // unit → token
}

// upload is one file received, as kept in the record of uploads.
type upload struct {
	ID       int       `json:"编号"`
	Period   string    `json:"期间"`
	Stored   string    `json:"保存为"` // the file's name in 回收/<期>/
	Original string    `json:"原文件名"`
	At       time.Time `json:"上传时间"`
	By       string    `json:"上传者"` // 办公室, or the unit whose link was used
	Size     int64     `json:"大小"`
	Units    []string  `json:"单位,omitempty"`
	Read     bool      `json:"已读取"`
	Errors   int       `json:"错误"`
	Warnings int       `json:"警告"`
	Problems []problem `json:"问题,omitempty"`
	Copies   []string  `json:"退回修改,omitempty"` // the marked-up copies, under 输出/<期>/退回修改/

	pending bool // its number is taken, its file not yet written
}

// problem is one problem as a page shows it.
type problem struct {
	Level   string `json:"级别"`
	Code    string `json:"代码"`
	Unit    string `json:"单位,omitempty"`
	File    string `json:"文件,omitempty"`
	Sheet   string `json:"工作表,omitempty"`
	Cell    string `json:"单元格,omitempty"`
	Message string `json:"说明"`
	Advice  string `json:"建议,omitempty"`
}

// openWorkspace opens dir, making it and its settings at first use.
func openWorkspace(dir, period string) (*workspace, error) {
	ws := &workspace{dir: dir}
	for _, d := range []string{planDir, dispatchDir, returnsDir, outputDir, stateDir} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, fmt.Errorf("无法创建文件夹 %s：%s", filepath.Join(dir, d), atomicfile.Explain(err))
		}
	}
	if err := readJSON(ws.path(stateDir, stateFile), &ws.settings); err != nil {
		return nil, err
	}
	if err := readJSON(ws.path(stateDir, recordFile), &ws.uploads); err != nil {
		return nil, err
	}
	changed := false
	if ws.settings.Secret == "" {
		ws.settings.Secret = randomToken()
		changed = true
	}
	if ws.settings.Period == "" {
		ws.settings.Period = period
		changed = true
	}
	if changed {
		if err := ws.saveSettings(); err != nil {
			return nil, err
		}
	}
	return ws, nil
}

// path joins names under the workspace. The names are the workspace's own,
// or names this package made: never a name taken from a request.
func (ws *workspace) path(names ...string) string {
	return filepath.Join(append([]string{ws.dir}, names...)...)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("无法读取 %s：%s", path, atomicfile.Explain(err))
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("无法读取 %s：文件内容已损坏（%v）", path, err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, func(w io.Writer) error { _, err := w.Write(b); return err })
}

// saveSettings writes the settings; the caller holds mu or is alone.
func (ws *workspace) saveSettings() error {
	return writeJSON(ws.path(stateDir, stateFile), ws.settings)
}

// current returns a copy of the settings.
func (ws *workspace) current() settings {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	s := ws.settings
	s.Tokens = make(map[string]string, len(ws.settings.Tokens))
	for k, v := range ws.settings.Tokens {
		s.Tokens[k] = v
	}
	return s
}

// update changes the settings and writes them.
func (ws *workspace) update(change func(*settings)) error {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	change(&ws.settings)
	return ws.saveSettings()
}

// hasMaster reports whether a 任务总表 is in place.
func (ws *workspace) hasMaster() bool {
	_, err := os.Stat(ws.path(masterFile))
	return err == nil
}

// periodName is a period as a folder name.
func periodName(p string) string {
	p = intake.SafeFileName(p)
	p = strings.Trim(p, ". ")
	if p == "" {
		return "本期"
	}
	return p
}

// storedName makes the name an upload is kept under from its sequence
// number and the name the browser sent: only the last element of that name,
// with the characters a file name cannot hold replaced, is kept, so that no
// upload is ever written outside its folder or over another. The number
// goes last, in brackets, where a copy's number goes: the unit a file name
// begins with is still read from it.
func storedName(seq int, original string) string {
	base := original
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	base = intake.SafeFileName(base)
	base = strings.TrimLeft(base, ". ~$")
	if base == "" {
		base = "上传文件"
	}
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	if len(ext) > 8 {
		stem, ext = base, ""
	}
	for len(stem) > 80 {
		_, size := utf8.DecodeLastRuneInString(stem)
		stem = stem[:len(stem)-size]
	}
	return fmt.Sprintf("%s（%04d）%s", stem, seq, strings.ToLower(ext))
}

// store writes the content r gives as a new upload of period, never over an
// existing file, and records it. limit bounds its size; a longer file is
// refused with errTooLarge and nothing is kept.
func (ws *workspace) store(period, original, by string, r io.Reader, limit int64, at time.Time) (upload, error) {
	ws.mu.Lock()
	seq := 1
	for _, u := range ws.uploads {
		seq = max(seq, u.ID+1)
	}
	up := upload{ID: seq, Period: period, Stored: storedName(seq, original), Original: original, At: at, By: by}
	// Reserve the number: a concurrent upload takes the next one.
	ws.uploads = append(ws.uploads, upload{ID: seq, Period: period, Stored: up.Stored, pending: true})
	ws.mu.Unlock()

	dir := ws.path(returnsDir, periodName(period))
	path := filepath.Join(dir, up.Stored)
	err := atomicfile.Write(path, func(w io.Writer) error {
		n, err := io.Copy(w, io.LimitReader(r, limit+1))
		up.Size = n
		if err != nil {
			return fmt.Errorf("接收 %s 时中断：%w", original, err)
		}
		if n > limit {
			return errTooLarge
		}
		return nil
	})
	if err != nil {
		ws.forget(seq)
		return upload{}, err
	}
	return up, ws.record(up)
}

var errTooLarge = errors.New("文件太大")

// forget drops a reserved upload that was not kept.
func (ws *workspace) forget(id int) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.uploads = slices.DeleteFunc(ws.uploads, func(u upload) bool { return u.ID == id })
}

// record keeps what is known of an upload and writes the record.
func (ws *workspace) record(up upload) error {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	var kept []upload
	for i := range ws.uploads {
		if ws.uploads[i].ID == up.ID {
			ws.uploads[i] = up
		}
		if !ws.uploads[i].pending {
			kept = append(kept, ws.uploads[i])
		}
	}
	return writeJSON(ws.path(stateDir, recordFile), kept)
}

// uploadsOf returns the uploads of a period, the latest first; by, when not
// empty, keeps only those made by that uploader.
func (ws *workspace) uploadsOf(period, by string) []upload {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	var out []upload
	for _, u := range ws.uploads {
		if u.Period == period && !u.pending && (by == "" || u.By == by) {
			out = append(out, u)
		}
	}
	slices.SortFunc(out, func(a, b upload) int { return b.ID - a.ID })
	return out
}

// find returns an upload by its number.
func (ws *workspace) find(id int) (upload, bool) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	for _, u := range ws.uploads {
		if u.ID == id && !u.pending {
			return u, true
		}
	}
	return upload{}, false
}

// uploadPath is where an upload is kept.
func (ws *workspace) uploadPath(u upload) string {
	return ws.path(returnsDir, periodName(u.Period), u.Stored)
}

// counted returns, for the board, the uploads of a period that count: for
// each unit, the latest readable upload that came from it, and every
// readable upload whose unit is unknown. Earlier uploads are kept but
// superseded.
func (ws *workspace) counted(period string) []upload {
	all := ws.uploadsOf(period, "")
	seen := map[string]bool{}
	var out []upload
	for _, u := range all { // latest first
		if !u.Read {
			continue
		}
		take := len(u.Units) == 0
		for _, unit := range u.Units {
			if !seen[unit] {
				seen[unit] = true
				take = true
			}
		}
		if take {
			out = append(out, u)
		}
	}
	slices.SortFunc(out, func(a, b upload) int { return a.ID - b.ID })
	return out
}

// randomToken returns 128 random bits in hex: a secret, a session, a
// department's link.
func randomToken() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails: it crashes the program rather than return an error
	return hex.EncodeToString(b)
}

// token returns a unit's link token, making one at first use.
func (ws *workspace) token(unit string) (string, error) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if t, ok := ws.settings.Tokens[unit]; ok {
		return t, nil
	}
	if ws.settings.Tokens == nil {
		ws.settings.Tokens = map[string]string{}
	}
	t := randomToken()
	ws.settings.Tokens[unit] = t
	return t, ws.saveSettings()
}

// unitOf returns the unit a link token belongs to.
func (ws *workspace) unitOf(token string) (string, bool) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	for u, t := range ws.settings.Tokens {
		if subtle.ConstantTimeCompare([]byte(t), []byte(token)) == 1 {
			return u, true
		}
	}
	return "", false
}
