#include "tg_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tg_error_init(tg_error *err)
{
	memset(err, 0, sizeof(*err));
	err->retry_after_s = -1;
}

void tg_error_clear(tg_error *err)
{
	for (size_t i = 0; i < err->field_count; i++) {
		free(err->fields[i].field);
		free(err->fields[i].message);
	}
	free(err->fields);
	tg_error_init(err);
}

int tg_error_set(tg_error *err, tg_error_kind kind, const char *code, const char *fmt, ...)
{
	va_list args;

	err->kind = kind;
	snprintf(err->code, sizeof(err->code), "%s", code);
	va_start(args, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, args);
	va_end(args);
	return -1;
}

int tg_error_add_field(tg_error *err, const char *field, const char *fmt, ...)
{
	char message[256];
	va_list args;

	va_start(args, fmt);
	vsnprintf(message, sizeof(message), fmt, args);
	va_end(args);

	err->kind = TG_ERR_VALIDATION;
	snprintf(err->code, sizeof(err->code), "%s", "invalid_input");
	if (err->field_count == err->field_capacity) {
		size_t capacity = err->field_capacity ? err->field_capacity * 2 : 8;
		tg_field_error *grown = realloc(err->fields, capacity * sizeof(*grown));
		if (!grown) {
			return -1;
		}
		err->fields = grown;
		err->field_capacity = capacity;
	}
	err->fields[err->field_count].field = strdup(field);
	err->fields[err->field_count].message = strdup(message);
	if (!err->fields[err->field_count].field || !err->fields[err->field_count].message) {
		free(err->fields[err->field_count].field);
		free(err->fields[err->field_count].message);
		return -1;
	}
	err->field_count++;
	return -1;
}

int tg_error_close_validation(tg_error *err, const char *what)
{
	if (err->field_count == 0) {
		return 0;
	}
	if (err->field_count == 1) {
		snprintf(err->message, sizeof(err->message), "Invalid %s: %s: %s", what,
			err->fields[0].field, err->fields[0].message);
	} else {
		snprintf(err->message, sizeof(err->message), "Invalid %s: %zu fields are invalid (%s: %s, ...)",
			what, err->field_count, err->fields[0].field, err->fields[0].message);
	}
	return -1;
}

void tg_error_redact(tg_error *err, const char *secret)
{
	static const char mask[] = "[redacted]";
	size_t secret_len = secret ? strlen(secret) : 0;
	char redacted[sizeof(err->message)];
	size_t out = 0;

	if (secret_len == 0 || !strstr(err->message, secret)) {
		return;
	}
	for (const char *p = err->message; *p && out < sizeof(redacted) - 1;) {
		if (strncmp(p, secret, secret_len) == 0) {
			size_t room = sizeof(redacted) - 1 - out;
			size_t n = room < sizeof(mask) - 1 ? room : sizeof(mask) - 1;
			memcpy(redacted + out, mask, n);
			out += n;
			p += secret_len;
		} else {
			redacted[out++] = *p++;
		}
	}
	redacted[out] = '\0';
	memcpy(err->message, redacted, out + 1);
}

void tg_error_move(tg_error *dst, tg_error *src)
{
	tg_error_clear(dst);
	*dst = *src;
	tg_error_init(src);
}
