/* A growable byte buffer with a size cap, always NUL-terminated. */
#ifndef TG_BUF_H
#define TG_BUF_H

#include <stddef.h>

typedef struct {
	char *data;
	size_t len;
	size_t capacity;
	size_t limit;      /* 0: no limit */
	int overflowed;    /* an append went past the limit */
} tg_buf;

void tg_buf_init(tg_buf *buf, size_t limit);
void tg_buf_free(tg_buf *buf);
void tg_buf_reset(tg_buf *buf);
/* Returns 0, or -1 on overflow of the limit or out of memory (nothing appended). */
int tg_buf_append(tg_buf *buf, const void *data, size_t len);
int tg_buf_append_str(tg_buf *buf, const char *str);
int tg_buf_printf(tg_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the data over to the caller (free() it); the buffer is empty afterwards. */
char *tg_buf_steal(tg_buf *buf);

#endif
