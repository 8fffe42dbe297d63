/* Errors of the core: one kind per exception class the PHP surface throws, plus the details an
 * admin needs (a machine code, a plain message, the offending fields). */
#ifndef TG_ERROR_H
#define TG_ERROR_H

#include <stddef.h>

typedef enum {
	TG_OK = 0,
	TG_ERR_CONNECTION,   /* DNS, connect, TLS, timeout, dropped connection: retriable */
	TG_ERR_AUTH,         /* credentials, business or owner refused */
	TG_ERR_PROTOCOL,     /* an answer that breaks the contract, or no TotalGest at all */
	TG_ERR_VALIDATION,   /* bad input, with per-field messages */
	TG_ERR_UNAVAILABLE,  /* TotalGest answered 5xx or 429: retriable */
	TG_ERR_REJECTED,     /* TotalGest refused the request for good (400/404/409/422) */
	TG_ERR_STORE,        /* the local store failed */
	TG_ERR_CALLBACK,     /* the host's callback failed */
	TG_ERR_INTERNAL      /* out of memory and other impossibilities */
} tg_error_kind;

typedef struct {
	char *field;
	char *message;
} tg_field_error;

typedef struct {
	tg_error_kind kind;
	long http_status;        /* 0 when no answer came */
	long retry_after_s;      /* from Retry-After, -1 when absent */
	int ambiguous;           /* the request may have reached TotalGest before it failed */
	char code[64];           /* machine code: "invalid_credentials", "timeout", ... */
	char message[512];       /* one plain sentence for the admin; never holds a secret */
	tg_field_error *fields;  /* TG_ERR_VALIDATION: each bad field */
	size_t field_count;
	size_t field_capacity;
} tg_error;

void tg_error_init(tg_error *err);
void tg_error_clear(tg_error *err);
/* Sets kind, code and message (printf style); returns -1 so callers can `return tg_error_set(...)`. */
int tg_error_set(tg_error *err, tg_error_kind kind, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Records one invalid field; the error becomes TG_ERR_VALIDATION. Returns -1. */
int tg_error_add_field(tg_error *err, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Finishes a validation: when fields were recorded, sets the summary message and returns -1. */
int tg_error_close_validation(tg_error *err, const char *what);
/* Replaces every occurrence of secret in the message by "[redacted]": server answers are quoted in
 * messages, and a server may echo what it was sent. */
void tg_error_redact(tg_error *err, const char *secret);
void tg_error_move(tg_error *dst, tg_error *src);

#endif
