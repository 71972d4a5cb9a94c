// Command qingdan turns a year's work plan into task lists, collects the
// lists back from departments as Excel workbooks, checks each outcome
// against its target and deadline, and writes the supervision bulletin.
//
// Usage:
//
//	qingdan template -o 文件夹 [--dept 单位]... [--period 期间] [--title 标题]
//	qingdan merge 文件或文件夹... [-o 汇总.xlsx] [--as-of 日期] [--year 年份]
//	qingdan check 汇总表或文件夹... [--as-of 日期] [--year 年份] [--json]
//	qingdan report 汇总表或文件夹... [-o 督查通报.pdf] [--as-of 日期] [--title 标题] [--org 单位]
//	qingdan demo [-o 文件夹]
//	qingdan serve [--dir 工作目录] [--listen 127.0.0.1:8080] [--open]
//
// serve is the same work as web pages (package web): 工作要点, 下发, 收集,
// 看板, 通报/考核, over a workspace folder. It listens on this computer only
// unless --listen names another address; then each unit has a link of its
// own and the office's pages need a password, set at first start through an
// address with a one-time code printed on the console. Started with no
// arguments on Windows (double-clicked), or with only existing files and
// folders as arguments (dropped on the program), qingdan runs serve --open:
// a folder is the workspace, files are taken in (a plan is read, the others
// are kept as returns).
//
// Options may come before or after the files. --as-of is the date progress
// is judged on (default today); --year is the plan's year, for deadlines
// such as 年底前 that name none (default the as-of date's year).
//
// merge reads every .xlsx workbook given, or found under a folder given
// (skipping Excel, WPS and LibreOffice lock files and hidden files), finds
// the three lists by sheet name or by their headers, and writes one
// workbook: 任务清单, 责任清单 and 成果清单 with every row and its 来源文件
// and 来源位置, then 完成情况, 单位统计 and 问题清单. A file that cannot be
// read is listed in 问题清单; the others are merged all the same. Outputs
// are written to a temporary file and renamed, so they are whole or absent.
// The returns read are kept in qingdan's folder of the user's cache folder
// (QINGDAN_CACHE names another, or "off" none), and a return unchanged is
// taken from there by the next merge, check or report.
//
// Exit status: 0 when the command did its work (problems found in the
// returns are reported, not failures); 1 when it could not, for example no
// workbook was found or an output could not be written; 2 when it was called
// wrongly.
//
// Example, the whole path on the bundled samples:
//
//	qingdan demo -o 演示
package main
