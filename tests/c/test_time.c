#include "tg_test.h"
#include "tg_time.h"

void tg_test_time(void)
{
	long long epoch = 0;
	char text[32];

	TG_CHECK(tg_time_parse("1970-01-01T00:00:00Z", &epoch) == 0 && epoch == 0);
	TG_CHECK(tg_time_parse("2026-11-28T10:15:00+01:00", &epoch) == 0 && epoch == 1795857300LL);
	TG_CHECK(tg_time_parse("2026-11-28T09:15:00.123+00:00", &epoch) == 0 && epoch == 1795857300LL);
	TG_CHECK(tg_time_parse("2024-02-29T00:00:00Z", &epoch) == 0);
	TG_CHECK(tg_time_parse("2023-02-29T00:00:00Z", &epoch) != 0);
	TG_CHECK(tg_time_parse("2026-11-28 10:15:00Z", &epoch) != 0);
	TG_CHECK(tg_time_parse("2026-11-28T10:15:00", &epoch) != 0);
	TG_CHECK(tg_time_parse("2026-13-01T00:00:00Z", &epoch) != 0);
	TG_CHECK(tg_time_parse("2026-11-28T10:15:00+01:00x", &epoch) != 0);
	tg_time_format(1795857300LL, text, sizeof(text));
	TG_CHECK_STR(text, "2026-11-28T09:15:00+00:00");
}
