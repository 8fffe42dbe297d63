#include <stdlib.h>

#include "tg_test.h"
#include "tg_text.h"

void tg_test_text(void)
{
	tg_buf out;

	TG_CHECK(tg_utf8_is_valid("Caff\xc3\xa8", 6));
	TG_CHECK(!tg_utf8_is_valid("Caff\xe8", 5));
	TG_CHECK(!tg_utf8_is_valid("\xc0\xaf", 2));          /* overlong */
	TG_CHECK(!tg_utf8_is_valid("\xed\xa0\x80", 3));      /* surrogate */
	TG_CHECK(tg_utf8_is_valid("\xf0\x9f\x98\x80", 4));
	TG_CHECK(!tg_text_is_printable("a\0b", 3, 0));
	TG_CHECK(!tg_text_is_printable("a\nb", 3, 0));
	TG_CHECK(tg_text_is_printable("a\nb", 3, 1));

	tg_buf_init(&out, 0);
	TG_CHECK(tg_utf8_repair(&out, "Caff\xe8 1kg", 9) == 1);
	TG_CHECK_STR(out.data, "Caff\xef\xbf\xbd 1kg");
	tg_buf_reset(&out);
	TG_CHECK(tg_html_escape(&out, "<b class=\"x\">R&D's</b>") == 0);
	TG_CHECK_STR(out.data, "&lt;b class=&quot;x&quot;&gt;R&amp;D&#039;s&lt;/b&gt;");
	tg_buf_free(&out);

	tg_buf_init(&out, 4);
	TG_CHECK(tg_buf_append_str(&out, "12345") != 0 && out.overflowed);
	tg_buf_free(&out);
}
