package units

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A unit cell of a task table may name the person who handles the task
// beside the unit, in brackets either way round: 待遇保障处（刘××） or
// 刘××（待遇保障处）. The person is no part of the unit's name.

// surnames are the family names most common in China: a name of two or
// three characters that starts with one of them, and ends as no unit's
// name does, is taken for a person's.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"

var (
	// maskedName is a person's name with the given name hidden: 张××,
	// 李某某, 王**, 陈XX.
	maskedName = regexp.MustCompile(`^\p{Han}{1,2}(?:[×xX*＊]{1,2}|某{1,2})$`)
	// personPhone is a telephone number written after the person's name:
	// 刘××，13907711234; 电话0736-7128806.
	personPhone = regexp.MustCompile(`[，,、\s]*(?:电话|手机)?[:：]?\s*(?:1\d{10}|0\d{2,3}-?\d{7,8})$`)
	// personTitle is the post written after the person's name: 刘××，副处长;
	// 钱丽娟 科长.
	personTitle = regexp.MustCompile(`[，,、\s]*副?(?:处长|科长|股长|主任|局长|院长|站长|所长|队长|部长|书记|主任科员|科员|调研员)$`)
	// nameOrUnit is a text in brackets after another: 待遇保障处（刘××）.
	nameOrUnit = regexp.MustCompile(`^(.+?)\s*[(（]([^()（）]+)[)）]$`)
)

// personEnds are the characters a unit's name ends with and a person's
// rarely does.
const personEnds = "处科股室局委办院所站队组部会司厅"

// IsPerson reports whether s names a person rather than a unit: a name with
// the given name hidden (张××, 李某某), or two or three characters that
// start with a common family name and end as no unit's name does
// (钱丽娟), a post (副处长) or a telephone number after it or not.
func IsPerson(s string) bool {
	s = personPhone.ReplaceAllString(normalize(s), "")
	s = personTitle.ReplaceAllString(s, "")
	if maskedName.MatchString(s) {
		return true
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 3 {
		return false
	}
	for _, r := range s {
		if r < 0x4e00 || r > 0x9fff {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(surnames, first) && !strings.ContainsRune(personEnds, last)
}

// WithoutPerson returns a unit's name without the person written beside it
// in brackets, either way round: 待遇保障处（刘××） and 刘××（待遇保障处）
// are 待遇保障处. A name with no person beside it is given back as it is.
func WithoutPerson(name string) string {
	if !strings.ContainsAny(name, "(（") {
		return name // most names: no regexp for them
	}
	m := nameOrUnit.FindStringSubmatch(strings.TrimSpace(name))
	if m == nil {
		return name
	}
	outer, inner := m[1], m[2]
	switch {
	case IsPerson(inner) && !IsPerson(outer):
		return outer
	case IsPerson(outer) && !IsPerson(inner):
		return inner
	}
	return name
}
