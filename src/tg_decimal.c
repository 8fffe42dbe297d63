#include "tg_decimal.h"

#include <stdio.h>

int tg_decimal_parse(const char *text, int allow_negative, long long *millionths)
{
	const char *p = text;
	long long integer = 0, fraction = 0, scale = TG_DECIMAL_SCALE;
	int negative = 0, integer_digits = 0, fraction_digits = 0;

	if (*p == '-') {
		if (!allow_negative) {
			return -1;
		}
		negative = 1;
		p++;
	}
	while (*p >= '0' && *p <= '9') {
		if (++integer_digits > TG_DECIMAL_MAX_INTEGER) {
			return -1;
		}
		integer = integer * 10 + (*p - '0');
		p++;
	}
	if (integer_digits == 0) {
		return -1;
	}
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			if (++fraction_digits > TG_DECIMAL_MAX_FRACTION) {
				return -1;
			}
			scale /= 10;
			fraction += (*p - '0') * scale;
			p++;
		}
		if (fraction_digits == 0) {
			return -1;
		}
	}
	if (*p != '\0') {
		return -1;
	}
	*millionths = integer * TG_DECIMAL_SCALE + fraction;
	if (negative) {
		*millionths = -*millionths;
	}
	return 0;
}

void tg_decimal_format(long long millionths, int min_fraction, char *out, size_t size)
{
	unsigned long long magnitude = millionths < 0 ? (unsigned long long) -(millionths + 1) + 1 : (unsigned long long) millionths;
	unsigned long long integer = magnitude / TG_DECIMAL_SCALE;
	unsigned long long fraction = magnitude % TG_DECIMAL_SCALE;
	char digits[8];
	int length = TG_DECIMAL_MAX_FRACTION;

	snprintf(digits, sizeof(digits), "%06llu", fraction);
	while (length > min_fraction && digits[length - 1] == '0') {
		length--;
	}
	digits[length] = '\0';
	snprintf(out, size, "%s%llu%s%s", millionths < 0 ? "-" : "", integer, length ? "." : "", digits);
}

int tg_decimal_mul_int(long long millionths, long long factor, long long *result)
{
	return __builtin_mul_overflow(millionths, factor, result) ? -1 : 0;
}
