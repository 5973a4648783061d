package rules

// Time without package time: the wasm widget links this package, and importing time alone costs it about
// 60 KB compressed (its initialisation pulls in internal/godebug and internal/bisect). Records and configs
// are checked against an Instant the caller passes, and record times are read with civil-date arithmetic.

// Instant is the clock reading ValidateRecord and ValidateConfigAt check against; a time.Time satisfies it.
// rules only calls these methods (a nil Instant is the zero time).
type Instant interface {
	IsZero() bool
	UnixMilli() int64            // milliseconds since 1970-01-01T00:00:00Z
	Format(layout string) string // called with "2006-01-02" only
}

// isZero reports whether t is nil or the zero time.
func isZero(t Instant) bool { return t == nil || t.IsZero() }

// dayMillis is the length of a UTC day in milliseconds.
const dayMillis = 86400000

// recordMillis reads a record time, RFC 3339 in UTC with milliseconds (2026-11-23T10:00:00.000Z), as
// milliseconds since the Unix epoch. It reports false for anything else, including an out-of-range field.
func recordMillis(s string) (int64, bool) {
	if len(s) != len("2006-01-02T15:04:05.000Z") || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
		s[19] != '.' || s[23] != 'Z' || !validDate(s[:10]) {
		return 0, false
	}
	h, ok1 := digits(s[11:13])
	m, ok2 := digits(s[14:16])
	sec, ok3 := digits(s[17:19])
	ms, ok4 := digits(s[20:23])
	if !ok1 || !ok2 || !ok3 || !ok4 || h > 23 || m > 59 || sec > 59 {
		return 0, false
	}
	return dateDays(s[:10])*dayMillis + int64(((h*60+m)*60+sec)*1000+ms), true
}

// digits reads a short run of decimal digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// dateDays returns the days from 1970-01-01 to a date that validDate accepts (the proleptic Gregorian
// calendar, as Howard Hinnant's days_from_civil).
func dateDays(v string) int64 {
	y, _ := digits(v[:4])
	m, _ := digits(v[5:7])
	d, _ := digits(v[8:10])
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= -1: only year 0000 in January or February goes below zero, and then era is 0
	if y < 0 {
		era = -1
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097 + doe - 719468)
}
