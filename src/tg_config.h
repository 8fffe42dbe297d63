/* The connection settings: validated once, then immutable. */
#ifndef TG_CONFIG_H
#define TG_CONFIG_H

#include <json-c/json.h>
#include <stddef.h>

#include "tg_error.h"

typedef struct {
	const char *data;
	size_t len;
} tg_str;

typedef struct {
	tg_str business_id;
	tg_str owner_id;
	tg_str endpoint;
	tg_str username;
	tg_str password;
	json_object *options;          /* may be NULL */
	long default_connect_timeout_ms;
	long default_timeout_ms;
	const char *default_ca_file;   /* "" or NULL: the system's trust store */
	const char *default_user_agent;
} tg_config_input;

typedef struct {
	char *business_id;
	char *owner_id;
	char *endpoint;       /* normalized base URL, no trailing slash */
	char *username;
	char *password;
	char *ca_file;        /* NULL: the system's trust store */
	char *user_agent;
	long connect_timeout_ms;
	long timeout_ms;
	long concurrency;
	long max_attempts;
	long page_size;
	char fingerprint[33]; /* identifies these settings (password included) for caches */
} tg_config;

#define TG_FIELD_MAX_LEN 255

/* Validates everything and collects every bad field before failing (TG_ERR_VALIDATION). */
int tg_config_build(tg_config *cfg, const tg_config_input *in, tg_error *err);
int tg_config_copy(tg_config *dst, const tg_config *src);
void tg_config_free(tg_config *cfg);
/* Everything a session belongs to (endpoint, ids, username, password, CA file), NUL-free text for
 * an exact comparison; it holds the password: wipe before freeing. */
char *tg_config_identity(const tg_config *cfg);
/* The effective options with defaults filled in. */
json_object *tg_config_options(const tg_config *cfg);
/* "tg00.bweb.ch" -> "https://tg00.bweb.ch"; plain http only for loopback hosts. Caller frees. */
char *tg_endpoint_normalize(const char *text, size_t len, tg_error *err);

#endif
