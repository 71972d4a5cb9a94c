package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/scratch"
)

func main() {
	restore := setupConsole()
	// Ctrl+C too must leave the console as it was found, and no
	// temporary files behind.
	interrupt := make(chan os.Signal, 1)
	signal.Notify(interrupt, os.Interrupt)
	go func() {
		for range interrupt {
			if serving.Load() {
				continue // serve stops itself, letting uploads finish
			}
			if restore != nil {
				restore()
			}
			atomicfile.Abandon()
			scratch.Remove()
			os.Exit(exitInterrupted)
		}
	}()
	code := run(os.Args, os.Stdout, os.Stderr)
	if restore != nil {
		restore()
	}
	scratch.Remove()
	os.Exit(code)
}

// serving is set while serve runs: it stops on Ctrl+C itself.
var serving atomic.Bool

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
	// exitInterrupted is the status of a run stopped with Ctrl+C, as a
	// shell reports one killed by SIGINT.
	exitInterrupted = 130
)

// usageError is a mistake in how the command was called.
type usageError struct{ msg string }

// Error returns the mistake, in Chinese.
func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// run runs qingdan with the given arguments and returns the exit status.
// It is the only place that prints an error.
func run(args []string, stdout, stderr io.Writer) int {
	setupHelp()
	app := newApp(stdout, stderr)
	if a, ok := doubleClick(args, runtime.GOOS, func(name string) bool { return app.Command(name) != nil }); ok {
		args = a
	}
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && app.Command(args[1]) == nil {
		fmt.Fprintf(stderr, "用法错误：没有“%s”这个命令。\n请运行 qingdan --help 查看用法。\n", args[1])
		return exitUsage
	}
	args, dangling := flagsFirst(app, args)
	if dangling != "" {
		fmt.Fprintf(stderr, "用法错误：选项 %s 缺少取值\n请运行 qingdan --help 查看用法。\n", dangling)
		return exitUsage
	}
	err := app.Run(args)
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "用法错误：%s\n请运行 qingdan --help 查看用法。\n", ue.msg)
		return exitUsage
	}
	fmt.Fprintf(stderr, "错误：%s\n", chineseOnly(err.Error()))
	return exitError
}

func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:                  "qingdan",
		Usage:                 "工作要点任务清单的下发、汇总、核验与督查通报",
		Version:               version,
		Writer:                stdout,
		ErrWriter:             stderr,
		HideHelpCommand:       true,
		CustomAppHelpTemplate: appHelp,
		// The default handler calls os.Exit for some errors; run decides.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		// With a help command of qingdan's own, the library adds no --help
		// to the app: it is added here.
		Flags: []cli.Flag{cli.HelpFlag},
		Commands: []*cli.Command{
			planCommand(),
			templateCommand(),
			mergeCommand(),
			checkCommand(),
			reportCommand(),
			demoCommand(),
			serveCommand(),
			helpCommand(),
		},
	}
}

// flagsFirst moves a command's options ahead of its file arguments, so that
// "qingdan merge 回收表 -o 汇总.xlsx" works: urfave/cli, like Go's flag
// package, stops reading options at the first argument that is not one.
// An option that takes a value but ends the line is returned as dangling:
// moved first, it would take a file name as its value.
func flagsFirst(app *cli.App, args []string) (_ []string, dangling string) {
	if len(args) < 3 {
		return args, ""
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args, ""
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		df, ok := f.(cli.DocGenerationFlag)
		for _, n := range f.Names() {
			takesValue[n] = ok && df.TakesValue()
		}
	}
	var flags, rest []string
	in := args[2:]
	for i := 0; i < len(in); i++ {
		a := in[i]
		if a == "--" {
			rest = append(rest, in[i:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if takesValue[name] && !strings.Contains(name, "=") {
			if i+1 == len(in) {
				return args, a
			}
			i++
			flags = append(flags, in[i])
		}
	}
	out := append([]string{}, args[:2]...)
	out = append(out, flags...)
	return append(out, rest...), ""
}

// systems says where qingdan runs: the Go it is built with supports no
// Windows older than 10 and Server 2016, and on those it stops with a
// runtime error before qingdan can say anything.
const systems = "适用于 Windows 10、Windows Server 2016 及更新的版本（更早的 Windows 无法运行），以及 Linux（amd64、arm64、loong64）和 macOS。"

// version is set at build time with -ldflags "-X main.version=…".
var version = "开发版"

// Go's flag package, under urfave/cli, tells a mistake in English; these
// are its messages, turned into Chinese by onUsageError.
var (
	flagUndefined  = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	flagNeedsValue = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	flagBadValue   = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]*)`)
	flagBadSyntax  = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

func onUsageError(_ *cli.Context, err error, _ bool) error {
	msg := err.Error()
	if m := flagUndefined.FindStringSubmatch(msg); m != nil {
		return usagef("没有这个选项：%s", dashed(m[1]))
	}
	if m := flagNeedsValue.FindStringSubmatch(msg); m != nil {
		return usagef("选项 %s 缺少取值", dashed(m[1]))
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		if strings.Contains(msg, "boolean") {
			return usagef("选项 %s 不带取值（写 %s 即可），“%s”无法识别", dashed(m[2]), dashed(m[2]), m[1])
		}
		return usagef("选项 %s 的取值“%s”无法识别", dashed(m[2]), m[1])
	}
	if m := flagBadSyntax.FindStringSubmatch(msg); m != nil {
		return usagef("无法识别的选项写法：%s", m[1])
	}
	return usagef("选项写法有误：%s", chineseOnly(msg))
}

// dashed writes an option's name as the user would type it: -o, --output.
func dashed(name string) string {
	if utf8.RuneCountInString(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// libraryTail finds, in a message, where a library's English begins: Go
// errors are "what: why" with an ASCII colon, which qingdan's Chinese
// never uses and a Windows file name cannot hold.
var libraryTail = regexp.MustCompile(`:\s+[A-Za-z]{2,}`)

// chineseOnly cuts, from a message meant for the user, any English a
// library added at its end ("不是有效的 Word .docx 文档: XML syntax
// error…"), so that only qingdan's Chinese is shown; file names, English
// or not, are kept. Every such message should have been translated where
// the library is imported; this is the last guard.
func chineseOnly(msg string) string {
	if loc := libraryTail.FindStringIndex(msg); loc != nil {
		msg = strings.TrimRight(msg[:loc[0]], " ，,：")
	}
	if !hasHan(msg) {
		return "无法完成（原因未能识别），请检查所给的文件"
	}
	return msg
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func helpCommand() *cli.Command {
	return &cli.Command{
		Name:         "help",
		Aliases:      []string{"h"},
		Usage:        "显示帮助",
		ArgsUsage:    "[命令]",
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			if name := c.Args().First(); name != "" {
				if c.App.Command(name) == nil {
					return usagef("没有“%s”这个命令", name)
				}
				return cli.ShowCommandHelp(c.Lineage()[1], name)
			}
			return cli.ShowAppHelp(c)
		},
	}
}

// setupHelp puts qingdan's Chinese help texts in place of the library's
// English ones.
func setupHelp() {
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "显示帮助"}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: "显示版本"}
	cli.FlagStringer = flagString
	cli.VersionPrinter = func(c *cli.Context) {
		fmt.Fprintf(c.App.Writer, "qingdan %s\n%s\n", c.App.Version, systems)
	}
}

// flagString shows a flag in help as "--output 目录, -o 目录  说明（默认：x）".
func flagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return strings.Join(f.Names(), ", ")
	}
	placeholder, usage := unquoteUsage(df.GetUsage())
	if df.TakesValue() && placeholder == "" {
		placeholder = "值"
	}
	var names []string
	for _, n := range f.Names() {
		prefix := "--"
		if len(n) == 1 {
			prefix = "-"
		}
		if df.TakesValue() {
			names = append(names, prefix+n+" "+placeholder)
		} else {
			names = append(names, prefix+n)
		}
	}
	// Padded here rather than with a tab: the help printer's tabwriter
	// counts a Chinese character as one column, a terminal shows two.
	s := strings.Join(names, ", ")
	s += strings.Repeat(" ", max(2, 26-displayWidth(s))) + usage
	if d := strings.Trim(df.GetDefaultText(), `"`); df.TakesValue() && d != "" && d != "0" {
		s += "（默认：" + d + "）"
	}
	return s
}

// unquoteUsage takes the placeholder marked `so` out of a flag's usage.
func unquoteUsage(usage string) (placeholder, text string) {
	start := strings.IndexByte(usage, '`')
	if start < 0 {
		return "", usage
	}
	end := strings.IndexByte(usage[start+1:], '`')
	if end < 0 {
		return "", usage
	}
	placeholder = usage[start+1 : start+1+end]
	return placeholder, usage[:start] + placeholder + usage[start+2+end:]
}

const appHelp = `{{.Name}} —— {{.Usage}}

用法：
   qingdan 命令 [选项] [文件或文件夹...]

命令：{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}

选项：{{range .VisibleFlags}}
   {{.}}{{end}}

查看某个命令的详细用法：qingdan 命令 --help，例如 qingdan merge --help
网页版：qingdan serve，在浏览器中操作（Windows 上双击 qingdan.exe 即可打开）。
` + systems + "\n"

const commandHelp = `qingdan {{.Name}} —— {{.Usage}}

用法：
   qingdan {{.Name}}{{if .ArgsUsage}} {{.ArgsUsage}}{{end}}
{{if .Description}}
{{.Description}}
{{end}}
选项：{{range .VisibleFlags}}
   {{.}}{{end}}
`
