#include "tg_text.h"

int tg_utf8_is_valid(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t need;
		unsigned int cp;

		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			need = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 3;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (len - i <= need) {
			return 0;
		}
		for (size_t k = 1; k <= need; k++) {
			if ((s[i + k] & 0xC0) != 0x80) {
				return 0;
			}
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		/* Overlong forms, surrogates and code points past U+10FFFF are invalid. */
		if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))
			|| (cp >= 0xD800 && cp <= 0xDFFF)) {
			return 0;
		}
		i += need + 1;
	}
	return 1;
}

/* Length of the valid UTF-8 sequence at text, or 0 when it is not one. */
static size_t tg_utf8_sequence(const char *text, size_t len)
{
	size_t i;

	for (i = 1; i <= 4 && i <= len; i++) {
		if (tg_utf8_is_valid(text, i)) {
			return i;
		}
	}
	return 0;
}

int tg_utf8_repair(tg_buf *out, const char *text, size_t len)
{
	int replaced = 0;
	size_t i = 0;

	while (i < len) {
		size_t seq = tg_utf8_sequence(text + i, len - i);
		if (seq) {
			if (tg_buf_append(out, text + i, seq) != 0) {
				return -1;
			}
			i += seq;
		} else {
			if (tg_buf_append(out, "\xEF\xBF\xBD", 3) != 0) {
				return -1;
			}
			replaced++;
			i++;
		}
	}
	return replaced;
}

int tg_text_is_printable(const char *text, size_t len, int multiline)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char) text[i];
		if (c < 0x20 || c == 0x7F) {
			if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
				return 0;
			}
		}
	}
	return tg_utf8_is_valid(text, len);
}

int tg_html_escape(tg_buf *out, const char *text)
{
	for (const char *p = text; *p; p++) {
		int rc;
		switch (*p) {
		case '&': rc = tg_buf_append_str(out, "&amp;"); break;
		case '<': rc = tg_buf_append_str(out, "&lt;"); break;
		case '>': rc = tg_buf_append_str(out, "&gt;"); break;
		case '"': rc = tg_buf_append_str(out, "&quot;"); break;
		case '\'': rc = tg_buf_append_str(out, "&#039;"); break;
		default: rc = tg_buf_append(out, p, 1); break;
		}
		if (rc != 0) {
			return -1;
		}
	}
	return 0;
}

unsigned long long tg_hash64(unsigned long long seed, const void *data, size_t len)
{
	const unsigned char *bytes = data;
	unsigned long long hash = seed ? seed : 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < len; i++) {
		hash ^= bytes[i];
		hash *= 0x100000001b3ULL;
	}
	return hash;
}
