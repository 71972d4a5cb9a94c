package main

import (
	"context"

	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/qingdan/qingdan/web"
)

// defaultListen is the address served unless told otherwise: this
// computer only.
const defaultListen = "127.0.0.1:8080"

// defaultWorkspace is the workspace folder, beside where qingdan starts.
const defaultWorkspace = "清单工作目录"

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:      "serve",
		Usage:     "打开网页版：在浏览器中上传工作要点、下发、收集、看板、通报",
		ArgsUsage: "[--dir 工作目录] [--listen 127.0.0.1:8080]",
		Description: `   在本机启动网页版，用浏览器操作：1 工作要点（上传、核对、下载任务总表）、2 下发（各单位的工作簿）、
   3 收集（上传报回的工作簿，立即核验）、4 看板（报送情况、亮灯、完成率、催报）、5 通报/考核（PDF 和 Word）。
   所有文件都保存在工作目录中：工作要点/、任务总表.xlsx、下发/期间/、回收/期间/（每次上传另存，不覆盖）、输出/期间/。
   默认只允许本机访问。--listen 0.0.0.0:8080 向局域网开放：每个单位有自己的链接（在“下发”页），
   只能看到和上传本单位的工作簿；办公室的页面需要密码，首次启动时用窗口中显示的地址设置。
   按 Ctrl+C 或关闭窗口停止。

   例：qingdan serve --dir 2026年督查
       qingdan serve --dir 2026年督查 --listen 0.0.0.0:8080`,
		CustomHelpTemplate: commandHelp,
		OnUsageError:       onUsageError,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Value: defaultWorkspace, Usage: "`工作目录`，没有时新建"},
			&cli.StringFlag{Name: "listen", Value: defaultListen, Usage: "监听的 `地址:端口`；0.0.0.0:端口 向局域网开放"},
			&cli.BoolFlag{Name: "open", Usage: "启动后打开浏览器"},
		},
		Action: func(c *cli.Context) error {
			opts := serveOptions{Dir: c.String("dir"), Listen: c.String("listen"), Open: c.Bool("open"), Import: c.Args().Slice()}
			opts.Retry = !c.IsSet("listen")
			return runServe(opts, c.App.Writer, c.App.ErrWriter)
		},
	}
}

type serveOptions struct {
	Dir    string
	Listen string
	Open   bool     // open the default browser once listening
	Retry  bool     // try the next ports when the address is taken
	Import []string // files to take in at start: a plan, returns
	// Stop, when not nil, ends the server when closed (tests); otherwise
	// Ctrl+C does.
	Stop <-chan struct{}
	// Ready, when not nil, is told the address served.
	Ready func(addr string)
}

func runServe(opts serveOptions, stdout, stderr io.Writer) error {
	host, _, err := net.SplitHostPort(opts.Listen)
	if err != nil {
		return usagef("--listen 的地址“%s”无法识别，请写成 127.0.0.1:8080 或 0.0.0.0:8080", opts.Listen)
	}
	remote := !isLoopback(host)
	ln, err := listen(opts.Listen, opts.Retry)
	if err != nil {
		return err
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	local := fmt.Sprintf("http://127.0.0.1:%d/", port)
	lan := ""
	if remote {
		lan = fmt.Sprintf("http://%s/", net.JoinHostPort(intranetAddress(host), fmt.Sprint(port)))
		if ip := net.ParseIP(host); ip != nil && !ip.IsUnspecified() {
			local = lan // this address only: 127.0.0.1 is not served
		}
	} else if host != "127.0.0.1" {
		local = fmt.Sprintf("http://%s/", net.JoinHostPort(host, fmt.Sprint(port)))
	}
	srv, err := web.New(web.Options{Dir: opts.Dir, Remote: remote, Address: strings.TrimSuffix(lan, "/"), Fonts: findFonts(nil), Cache: cacheDir(os.Getenv)})
	if err != nil {
		return err
	}
	for _, msg := range srv.Import(opts.Import) {
		fmt.Fprintln(stdout, msg)
	}
	abs, _ := filepath.Abs(opts.Dir)
	fmt.Fprintf(stdout, "清单网页版已启动，工作目录：%s\n", abs)
	fmt.Fprintf(stdout, "请在浏览器中打开 %s\n", local)
	if remote {
		fmt.Fprintf(stdout, "已向局域网开放，局域网中的地址是 %s ：各单位的链接在“下发”页；办公室的页面需要密码。\n", lan)
		if srv.NeedsPassword() {
			fmt.Fprintf(stdout, "首次使用，请在本机打开 %s 设置办公室密码。\n", strings.TrimSuffix(local, "/")+srv.SetupPath())
		}
	}
	fmt.Fprintln(stdout, "停止：按 Ctrl+C，或关闭这个窗口。")
	if opts.Ready != nil {
		opts.Ready(ln.Addr().String())
	}
	if opts.Open {
		openBrowser(local)
	}

	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	stop := opts.Stop
	if stop == nil {
		ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer cancel()
		stop = ctx.Done()
		serving.Store(true)
		defer serving.Store(false)
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-stop:
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = hs.Shutdown(ctx) // lets uploads under way finish
	fmt.Fprintln(stdout, "已停止。")
	return err
}

// intranetAddress is the address other computers reach this one at: the
// host listened on, or for 0.0.0.0 the first private IPv4 address of this
// computer.
func intranetAddress(host string) string {
	if ip := net.ParseIP(host); ip == nil || !ip.IsUnspecified() {
		return host
	}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && n.IP.IsPrivate() {
			return n.IP.String()
		}
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() {
			return n.IP.String()
		}
	}
	return "本机IP地址"
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// listen listens on addr; with retry, on the next ten ports if it is taken,
// so that a second copy started by double-click still starts.
func listen(addr string, retry bool) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil || !retry {
		if err != nil {
			return nil, fmt.Errorf("无法监听 %s（端口可能已被占用，可用 --listen 换一个端口）：%w", addr, err)
		}
		return ln, nil
	}
	host, port, _ := net.SplitHostPort(addr)
	var p int
	fmt.Sscanf(port, "%d", &p)
	for i := 1; i <= 10; i++ {
		if ln, err2 := net.Listen("tcp", net.JoinHostPort(host, fmt.Sprint(p+i))); err2 == nil {
			return ln, nil
		}
	}
	return nil, fmt.Errorf("无法监听 %s 及其后 10 个端口（可用 --listen 换一个端口）：%w", addr, err)
}

// openBrowser opens url in the default browser, if it can.
func openBrowser(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err == nil {
		go cmd.Wait()
	}
}

// doubleClick turns a start without a terminal into serve: on Windows, no
// arguments (the program was double-clicked); anywhere, arguments that are
// all existing files or folders and not a command (they were dropped on the
// program). A folder dropped is the workspace; files are taken in.
func doubleClick(args []string, goos string, isCommand func(string) bool) ([]string, bool) {
	if len(args) == 1 {
		if goos == "windows" {
			return []string{args[0], "serve", "--open"}, true
		}
		return args, false
	}
	if isCommand(args[1]) || strings.HasPrefix(args[1], "-") {
		return args, false
	}
	out := []string{args[0], "serve", "--open"}
	var files []string
	for _, a := range args[1:] {
		info, err := os.Stat(a)
		if err != nil {
			return args, false
		}
		if info.IsDir() {
			out = append(out, "--dir", a)
		} else {
			files = append(files, a)
		}
	}
	if len(files) > 0 && !containsDir(out) {
		out = append(out, "--dir", filepath.Join(filepath.Dir(files[0]), defaultWorkspace))
	}
	return append(out, files...), true
}

func containsDir(args []string) bool {
	for _, a := range args {
		if a == "--dir" {
			return true
		}
	}
	return false
}
