#include "tg_time.h"

#include <stdio.h>
#include <time.h>

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil calendar algorithm). */
static long long tg_days_from_civil(long long year, unsigned month, unsigned day)
{
	long long era;
	unsigned year_of_era, day_of_year, day_of_era;

	year -= month <= 2;
	era = (year >= 0 ? year : year - 399) / 400;
	year_of_era = (unsigned) (year - era * 400);
	day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	return era * 146097 + (long long) day_of_era - 719468;
}

static int tg_digits(const char *text, int count, int *value)
{
	*value = 0;
	for (int i = 0; i < count; i++) {
		if (text[i] < '0' || text[i] > '9') {
			return -1;
		}
		*value = *value * 10 + (text[i] - '0');
	}
	return 0;
}

static int tg_days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

int tg_time_parse(const char *text, long long *epoch)
{
	int year, month, day, hour, minute, second, offset_hours, offset_minutes, offset = 0;
	const char *p = text;

	if (tg_digits(p, 4, &year) || p[4] != '-' || tg_digits(p + 5, 2, &month) || p[7] != '-'
		|| tg_digits(p + 8, 2, &day) || p[10] != 'T' || tg_digits(p + 11, 2, &hour) || p[13] != ':'
		|| tg_digits(p + 14, 2, &minute) || p[16] != ':' || tg_digits(p + 17, 2, &second)) {
		return -1;
	}
	if (month < 1 || month > 12 || day < 1 || day > tg_days_in_month(year, month) || hour > 23
		|| minute > 59 || second > 59) {
		return -1;
	}
	p += 19;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9') {
			return -1;
		}
		while (*p >= '0' && *p <= '9') {
			p++;
		}
	}
	if (*p == 'Z' && p[1] == '\0') {
		offset = 0;
	} else if ((*p == '+' || *p == '-') && !tg_digits(p + 1, 2, &offset_hours) && p[3] == ':'
		&& !tg_digits(p + 4, 2, &offset_minutes) && p[6] == '\0' && offset_hours <= 23 && offset_minutes <= 59) {
		offset = (offset_hours * 60 + offset_minutes) * 60;
		if (*p == '-') {
			offset = -offset;
		}
	} else {
		return -1;
	}
	*epoch = tg_days_from_civil(year, (unsigned) month, (unsigned) day) * 86400LL
		+ hour * 3600LL + minute * 60LL + second - offset;
	return 0;
}

void tg_time_format(long long epoch, char *out, size_t size)
{
	time_t seconds = (time_t) epoch;
	struct tm utc;

	gmtime_r(&seconds, &utc);
	snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", utc.tm_year + 1900, utc.tm_mon + 1,
		utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

double tg_time_now(void)
{
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	return (double) now.tv_sec + (double) now.tv_nsec / 1e9;
}
