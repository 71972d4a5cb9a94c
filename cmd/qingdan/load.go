package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/intake"
)

// loadFlags are the options of every command that reads returns.
func loadFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "as-of", Usage: "按 `日期` 核验进度，如 2026-09-30", DefaultText: "今天；读汇总表时为汇总表的核验日期"},
		&cli.StringFlag{Name: "year", Usage: "工作要点的 `年份`，用于“年底前”等不写年份的时限", DefaultText: "任务总表或核验日期的年份"},
		&cli.StringFlag{Name: "plan", Usage: "对照 `任务总表` 核验：找出未报送的任务、改动的目标和时限、任务总表之外的任务"},
		&cli.StringFlag{Name: "password", Usage: "加密工作簿的打开 `密码`（对每个加密的文件都试用）"},
		&cli.StringFlag{Name: "lag-share", Usage: "未启动且剩余时间不足这个 `比例` 的判为滞后，如 30%", DefaultText: "任务总表的督查设置，否则 30%"},
		&cli.StringFlag{Name: "pace-tolerance", Usage: "累积数量落后序时进度超过这个 `比例` 的判为滞后，如 10%", DefaultText: "任务总表的督查设置，否则 10%"},
	}
}

// parseShare reads a threshold given as 30% or 0.3.
func parseShare(flag, s string) (float64, error) {
	q, err := check.ParseValue(s)
	v := q.Value
	if q.Unit == "%" {
		v /= 100
	}
	if err != nil || q.Unit != "" && q.Unit != "%" || v <= 0 || v >= 1 {
		return 0, usagef("--%s 的比例“%s”无法识别，请写成 30%% 或 0.3", flag, s)
	}
	return v, nil
}

// loadOptionsFrom reads the files and the loadFlags of a command.
func loadOptionsFrom(c *cli.Context, example string) (intake.Options, error) {
	if c.NArg() == 0 {
		return intake.Options{}, usagef("请给出汇总表或各单位报回的工作簿（文件或文件夹），例如：%s", example)
	}
	for _, in := range c.Args().Slice() {
		if why := intake.LockFile(in); why != "" {
			return intake.Options{}, fmt.Errorf("%s 是%s，不是工作簿；请给出原文件（关闭正在编辑它的程序后再汇总）", in, why)
		}
	}
	opts := intake.Options{
		Inputs: c.Args().Slice(), Plan: c.String("plan"), Password: c.String("password"), Today: today(time.Now()),
		Cache: cacheDir(os.Getenv),
	}
	if s := c.String("as-of"); s != "" {
		d, err := check.ParseDate(s)
		if err != nil {
			return opts, usagef("--as-of 的日期“%s”无法识别，请写成 2026-09-30", s)
		}
		opts.AsOf = d
	}
	if s := c.String("year"); s != "" {
		y, err := parseYear(s)
		if err != nil {
			return opts, err
		}
		opts.Year = y
	}
	for _, f := range []struct {
		name string
		dst  *float64
	}{{"lag-share", &opts.Check.LagShare}, {"pace-tolerance", &opts.Check.PaceTolerance}} {
		if s := c.String(f.name); s != "" {
			v, err := parseShare(f.name, s)
			if err != nil {
				return opts, err
			}
			*f.dst = v
		}
	}
	if w := terminal(c.App.ErrWriter); w != nil {
		opts.Progress = progressBar(w, time.Now)
	}
	return opts, nil
}

// cacheDir is the folder where returns read are kept, so that check and
// report after merge, or a merge after one more return came in, read only
// what changed: QINGDAN_CACHE when set ("off" for none), else qingdan's
// folder in the user's cache folder (on Windows, under
// %LocalAppData%). "" when there is none.
func cacheDir(getenv func(string) string) string {
	switch v := strings.TrimSpace(getenv("QINGDAN_CACHE")); {
	case strings.EqualFold(v, "off") || v == "关":
		return ""
	case v != "":
		return v
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(base, "qingdan", "回收表")
}

// parseYear reads --year: 2026, or 2026年.
func parseYear(s string) (int, error) {
	var y int
	if _, err := fmt.Sscanf(strings.TrimSuffix(strings.TrimSpace(s), "年"), "%d", &y); err != nil || y < 2000 || y > 2100 {
		return 0, usagef("--year 的年份“%s”无法识别，请写成 2026", s)
	}
	return y, nil
}

// today is the date of now, as qingdan's dates are: midnight, UTC.
func today(now time.Time) time.Time {
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// terminal returns w when it is a terminal, for progress that would only
// clutter a log, and nil otherwise.
func terminal(w io.Writer) io.Writer {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return w
}

// progressBar draws, for a run of many files, a bar of the files read,
// the rows read and the time left, on one line it rewrites.
func progressBar(w io.Writer, now func() time.Time) func(intake.Progress) {
	const manyFiles = 10 // fewer are read before a bar would help
	start := now()
	last := time.Time{}
	return func(p intake.Progress) {
		if p.Total < manyFiles {
			return
		}
		t := now()
		if p.Done < p.Total && t.Sub(last) < 100*time.Millisecond {
			return
		}
		last = t
		const width = 24
		filled := width * p.Done / p.Total
		bar := strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
		left := ""
		if elapsed := t.Sub(start); p.Done > 0 && p.Done < p.Total && elapsed > time.Second {
			remain := time.Duration(float64(elapsed) / float64(p.Done) * float64(p.Total-p.Done))
			left = fmt.Sprintf("，约剩 %s", remain.Round(time.Second))
		}
		fmt.Fprintf(w, "\r读取 %s %d/%d 个文件，%d 行%s   ", bar, p.Done, p.Total, p.Rows, left)
		if p.Done == p.Total {
			fmt.Fprint(w, "\r"+strings.Repeat(" ", 72)+"\r")
		}
	}
}

// printNotes tells the user how the run was made, when they should know.
func printNotes(w io.Writer, res *intake.Result) {
	for _, n := range res.Notes {
		fmt.Fprintln(w, "注意："+n)
	}
}
