/* Text checks shared by every input path: UTF-8 validity, control characters, HTML escaping. */
#ifndef TG_TEXT_H
#define TG_TEXT_H

#include <stddef.h>

#include "tg_buf.h"

int tg_utf8_is_valid(const char *text, size_t len);
/* Appends text with every invalid UTF-8 sequence replaced by U+FFFD; returns how many were replaced, -1 on error. */
int tg_utf8_repair(tg_buf *out, const char *text, size_t len);
/* Printable: valid UTF-8 without NUL or other C0 controls (tab, CR and LF allowed when multiline). */
int tg_text_is_printable(const char *text, size_t len, int multiline);
/* Appends text with & < > " ' escaped for HTML. */
int tg_html_escape(tg_buf *out, const char *text);
/* 64-bit FNV-1a, for change detection (not for security). */
unsigned long long tg_hash64(unsigned long long seed, const void *data, size_t len);

#endif
