/* Exact decimal strings for money and rates: "12.50", "8.1", "22". Held as integer millionths so
 * sums are exact; never converted through floating point. */
#ifndef TG_DECIMAL_H
#define TG_DECIMAL_H

#include <stddef.h>

#define TG_DECIMAL_SCALE 1000000LL
#define TG_DECIMAL_MAX_FRACTION 6
#define TG_DECIMAL_MAX_INTEGER 12

/* Parses "-?digits(.digits)?" (at most 12 integer and 6 fraction digits). Returns 0 or -1. */
int tg_decimal_parse(const char *text, int allow_negative, long long *millionths);
/* Formats with at least min_fraction decimals and no trailing zeros beyond them. */
void tg_decimal_format(long long millionths, int min_fraction, char *out, size_t size);
/* Multiplies a decimal by an integer quantity; -1 on overflow. */
int tg_decimal_mul_int(long long millionths, long long factor, long long *result);

#endif
