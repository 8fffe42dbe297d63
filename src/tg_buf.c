#include "tg_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tg_buf_init(tg_buf *buf, size_t limit)
{
	memset(buf, 0, sizeof(*buf));
	buf->limit = limit;
}

void tg_buf_free(tg_buf *buf)
{
	free(buf->data);
	tg_buf_init(buf, buf->limit);
}

void tg_buf_reset(tg_buf *buf)
{
	buf->len = 0;
	buf->overflowed = 0;
	if (buf->data) {
		buf->data[0] = '\0';
	}
}

static int tg_buf_reserve(tg_buf *buf, size_t extra)
{
	size_t needed = buf->len + extra + 1;
	size_t capacity;
	char *grown;

	if (needed <= buf->capacity) {
		return 0;
	}
	capacity = buf->capacity ? buf->capacity : 256;
	while (capacity < needed) {
		capacity *= 2;
	}
	grown = realloc(buf->data, capacity);
	if (!grown) {
		return -1;
	}
	buf->data = grown;
	buf->capacity = capacity;
	return 0;
}

int tg_buf_append(tg_buf *buf, const void *data, size_t len)
{
	if (buf->limit && (len > buf->limit || buf->len > buf->limit - len)) {
		buf->overflowed = 1;
		return -1;
	}
	if (tg_buf_reserve(buf, len) != 0) {
		return -1;
	}
	if (len) {
		memcpy(buf->data + buf->len, data, len);
	}
	buf->len += len;
	buf->data[buf->len] = '\0';
	return 0;
}

int tg_buf_append_str(tg_buf *buf, const char *str)
{
	return tg_buf_append(buf, str, strlen(str));
}

int tg_buf_printf(tg_buf *buf, const char *fmt, ...)
{
	char small[256];
	va_list args;
	int needed;

	va_start(args, fmt);
	needed = vsnprintf(small, sizeof(small), fmt, args);
	va_end(args);
	if (needed < 0) {
		return -1;
	}
	if ((size_t) needed < sizeof(small)) {
		return tg_buf_append(buf, small, (size_t) needed);
	}
	{
		char *large = malloc((size_t) needed + 1);
		int rc;
		if (!large) {
			return -1;
		}
		va_start(args, fmt);
		vsnprintf(large, (size_t) needed + 1, fmt, args);
		va_end(args);
		rc = tg_buf_append(buf, large, (size_t) needed);
		free(large);
		return rc;
	}
}

char *tg_buf_steal(tg_buf *buf)
{
	char *data = buf->data;

	if (!data) {
		data = calloc(1, 1);
	}
	buf->data = NULL;
	buf->len = buf->capacity = 0;
	buf->overflowed = 0;
	return data;
}
