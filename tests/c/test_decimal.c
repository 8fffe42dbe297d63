#include "tg_decimal.h"
#include "tg_test.h"

void tg_test_decimal(void)
{
	long long value = 0;
	char text[40];

	TG_CHECK(tg_decimal_parse("12.50", 0, &value) == 0 && value == 12500000);
	TG_CHECK(tg_decimal_parse("22", 0, &value) == 0 && value == 22000000);
	TG_CHECK(tg_decimal_parse("-3.5", 1, &value) == 0 && value == -3500000);
	TG_CHECK(tg_decimal_parse("-3.5", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse("1.", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse(".5", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse("1e3", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse("1.1234567", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse("1234567890123", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse("", 0, &value) != 0);
	TG_CHECK(tg_decimal_parse(" 1", 0, &value) != 0);
	tg_decimal_format(12500000, 2, text, sizeof(text));
	TG_CHECK_STR(text, "12.50");
	tg_decimal_format(8100000, 0, text, sizeof(text));
	TG_CHECK_STR(text, "8.1");
	tg_decimal_format(-1234567, 2, text, sizeof(text));
	TG_CHECK_STR(text, "-1.234567");
	tg_decimal_format(22000000, 0, text, sizeof(text));
	TG_CHECK_STR(text, "22");
	TG_CHECK(tg_decimal_mul_int(2500000, 3, &value) == 0 && value == 7500000);
	TG_CHECK(tg_decimal_mul_int(0x7fffffffffffffffLL, 2, &value) != 0);
}
