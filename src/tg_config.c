#include "tg_config.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "tg_text.h"

#define TG_DEFAULT_CONCURRENCY 4
#define TG_DEFAULT_MAX_ATTEMPTS 8
#define TG_DEFAULT_PAGE_SIZE 200

typedef struct {
	const char *name;
	long min;
	long max;
	size_t offset;
} tg_int_option;

static const tg_int_option tg_int_options[] = {
	{"connect_timeout_ms", 1, 600000, offsetof(tg_config, connect_timeout_ms)},
	{"timeout_ms", 1, 3600000, offsetof(tg_config, timeout_ms)},
	{"concurrency", 1, 64, offsetof(tg_config, concurrency)},
	{"max_attempts", 1, 100, offsetof(tg_config, max_attempts)},
	{"page_size", 1, 1000, offsetof(tg_config, page_size)},
};

static char *tg_strndup_checked(const char *data, size_t len)
{
	char *copy = malloc(len + 1);

	if (copy) {
		memcpy(copy, data, len);
		copy[len] = '\0';
	}
	return copy;
}

/* A required text setting: present, short, printable, and (for ids) without spaces. */
static char *tg_required_text(tg_str value, const char *field, int is_identifier, tg_error *err)
{
	if (value.len == 0) {
		tg_error_add_field(err, field, "is required");
		return NULL;
	}
	if (value.len > TG_FIELD_MAX_LEN) {
		tg_error_add_field(err, field, "is longer than %d bytes", TG_FIELD_MAX_LEN);
		return NULL;
	}
	if (!tg_text_is_printable(value.data, value.len, 0)) {
		tg_error_add_field(err, field, "must be valid UTF-8 text without control characters");
		return NULL;
	}
	if (is_identifier) {
		for (size_t i = 0; i < value.len; i++) {
			unsigned char c = (unsigned char) value.data[i];
			if (c <= ' ' || c >= 0x7F) {
				tg_error_add_field(err, field, "may hold only letters, digits and punctuation, no spaces");
				return NULL;
			}
		}
	}
	return tg_strndup_checked(value.data, value.len);
}

/* localhost, [::1] or a literal IPv4 address in 127.0.0.0/8: a name such as 127.example.com is not. */
static int tg_host_is_loopback(const char *host)
{
	struct in_addr address;

	if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0) {
		return 1;
	}
	return inet_pton(AF_INET, host, &address) == 1 && (ntohl(address.s_addr) >> 24) == 127;
}

char *tg_endpoint_normalize(const char *text, size_t len, tg_error *err)
{
	CURLU *url = NULL;
	char *input = NULL, *scheme = NULL, *host = NULL, *port = NULL, *path = NULL, *query = NULL,
		*fragment = NULL, *user = NULL, *result = NULL;
	const char *start = text;
	size_t path_len;

	while (len && (*start == ' ' || *start == '\t')) {
		start++;
		len--;
	}
	while (len && (start[len - 1] == ' ' || start[len - 1] == '\t')) {
		len--;
	}
	if (len == 0) {
		tg_error_add_field(err, "endpoint", "is required");
		return NULL;
	}
	if (len > TG_FIELD_MAX_LEN || !tg_text_is_printable(start, len, 0)) {
		tg_error_add_field(err, "endpoint", "must be a host name or URL such as tg00.bweb.ch");
		return NULL;
	}
	input = tg_strndup_checked(start, len);
	url = curl_url();
	if (!input || !url) {
		goto done;
	}
	if (curl_url_set(url, CURLUPART_URL, input, CURLU_DEFAULT_SCHEME | CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK
		|| curl_url_get(url, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK
		|| curl_url_get(url, CURLUPART_HOST, &host, 0) != CURLUE_OK || host[0] == '\0') {
		tg_error_add_field(err, "endpoint", "is not a valid host name or URL (example: tg00.bweb.ch)");
		goto done;
	}
	if (strcasecmp(scheme, "https") != 0 && strcasecmp(scheme, "http") != 0) {
		tg_error_add_field(err, "endpoint", "must use https");
		goto done;
	}
	if (strcasecmp(scheme, "http") == 0 && !tg_host_is_loopback(host)) {
		tg_error_add_field(err, "endpoint", "must use https: plain http is accepted only for local test servers");
		goto done;
	}
	if (curl_url_get(url, CURLUPART_USER, &user, 0) == CURLUE_OK
		|| curl_url_get(url, CURLUPART_QUERY, &query, 0) == CURLUE_OK
		|| curl_url_get(url, CURLUPART_FRAGMENT, &fragment, 0) == CURLUE_OK) {
		tg_error_add_field(err, "endpoint", "must not contain credentials, a query or a fragment");
		goto done;
	}
	curl_url_get(url, CURLUPART_PORT, &port, 0);
	curl_url_get(url, CURLUPART_PATH, &path, 0);
	path_len = path ? strlen(path) : 0;
	while (path_len && path[path_len - 1] == '/') {
		path_len--;
	}
	{
		size_t size = strlen(scheme) + strlen(host) + (port ? strlen(port) : 0) + path_len + 8;
		result = malloc(size);
		if (result) {
			/* Scheme and host are case-insensitive: one spelling keeps the cache key stable. */
			for (char *c = scheme; *c; c++) {
				*c = (char) (*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
			}
			for (char *c = host; *c; c++) {
				*c = (char) (*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
			}
			snprintf(result, size, "%s://%s%s%s%.*s", scheme, host, port ? ":" : "", port ? port : "",
				(int) path_len, path ? path : "");
		}
	}
done:
	if (!result && err->field_count == 0) {
		tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(path);
	curl_free(query);
	curl_free(fragment);
	curl_free(user);
	curl_url_cleanup(url);
	free(input);
	return result;
}

static void tg_config_apply_options(tg_config *cfg, json_object *options, tg_error *err)
{
	char field[64];

	if (!options) {
		return;
	}
	json_object_object_foreach(options, key, value) {
		size_t i;
		int known = 0;

		snprintf(field, sizeof(field), "options.%.40s", key);
		for (i = 0; i < sizeof(tg_int_options) / sizeof(tg_int_options[0]); i++) {
			const tg_int_option *option = &tg_int_options[i];
			long long number;
			if (strcmp(key, option->name) != 0) {
				continue;
			}
			known = 1;
			if (!json_object_is_type(value, json_type_int)) {
				tg_error_add_field(err, field, "must be an integer");
				break;
			}
			number = (long long) json_object_get_int64(value);
			if (number < option->min || number > option->max) {
				tg_error_add_field(err, field, "must be between %ld and %ld", option->min, option->max);
				break;
			}
			*(long *) ((char *) cfg + option->offset) = (long) number;
		}
		if (known) {
			continue;
		}
		if (strcmp(key, "ca_file") == 0) {
			const char *path = json_object_is_type(value, json_type_string) ? json_object_get_string(value) : NULL;
			if (!path) {
				tg_error_add_field(err, field, "must be a string");
			} else if (path[0] == '\0') {
				free(cfg->ca_file);
				cfg->ca_file = NULL;
			} else if (access(path, R_OK) != 0) {
				tg_error_add_field(err, field, "is not a readable file");
			} else {
				free(cfg->ca_file);
				cfg->ca_file = strdup(path);
			}
		} else if (strcmp(key, "user_agent") == 0) {
			const char *agent = json_object_is_type(value, json_type_string) ? json_object_get_string(value) : NULL;
			size_t agent_len = agent ? (size_t) json_object_get_string_len(value) : 0;
			if (!agent || agent_len == 0 || agent_len > 200 || !tg_text_is_printable(agent, agent_len, 0)) {
				tg_error_add_field(err, field, "must be printable text of 1 to 200 bytes");
			} else {
				free(cfg->user_agent);
				cfg->user_agent = strdup(agent);
			}
		} else {
			tg_error_add_field(err, field, "is not a known option");
		}
	}
}

static void tg_config_fingerprint(tg_config *cfg)
{
	const char *parts[] = {cfg->endpoint, cfg->business_id, cfg->owner_id, cfg->username, cfg->password,
		cfg->ca_file ? cfg->ca_file : ""};
	unsigned long long first = 0, second = 0x84222325cbf29ce4ULL;

	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		first = tg_hash64(first, parts[i], strlen(parts[i]) + 1);
		second = tg_hash64(second, parts[i], strlen(parts[i]) + 1);
	}
	snprintf(cfg->fingerprint, sizeof(cfg->fingerprint), "%016llx%016llx", first, second);
}

int tg_config_build(tg_config *cfg, const tg_config_input *in, tg_error *err)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->business_id = tg_required_text(in->business_id, "business_id", 1, err);
	cfg->owner_id = tg_required_text(in->owner_id, "owner_id", 1, err);
	cfg->endpoint = tg_endpoint_normalize(in->endpoint.data ? in->endpoint.data : "", in->endpoint.len, err);
	cfg->username = tg_required_text(in->username, "username", 0, err);
	cfg->password = tg_required_text(in->password, "password", 0, err);
	cfg->connect_timeout_ms = in->default_connect_timeout_ms > 0 ? in->default_connect_timeout_ms : 10000;
	cfg->timeout_ms = in->default_timeout_ms > 0 ? in->default_timeout_ms : 30000;
	cfg->concurrency = TG_DEFAULT_CONCURRENCY;
	cfg->max_attempts = TG_DEFAULT_MAX_ATTEMPTS;
	cfg->page_size = TG_DEFAULT_PAGE_SIZE;
	cfg->ca_file = in->default_ca_file && in->default_ca_file[0] ? strdup(in->default_ca_file) : NULL;
	cfg->user_agent = strdup(in->default_user_agent ? in->default_user_agent : "totalgest");
	if (in->options && !json_object_is_type(in->options, json_type_object)) {
		tg_error_add_field(err, "options", "must be an array of option names to values");
	} else {
		tg_config_apply_options(cfg, in->options, err);
	}
	if (tg_error_close_validation(err, "TotalGest settings") != 0 || err->kind != TG_OK) {
		tg_config_free(cfg);
		return -1;
	}
	if (!cfg->user_agent) {
		tg_config_free(cfg);
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	tg_config_fingerprint(cfg);
	return 0;
}

int tg_config_copy(tg_config *dst, const tg_config *src)
{
	*dst = *src;
	dst->business_id = strdup(src->business_id);
	dst->owner_id = strdup(src->owner_id);
	dst->endpoint = strdup(src->endpoint);
	dst->username = strdup(src->username);
	dst->password = strdup(src->password);
	dst->ca_file = src->ca_file ? strdup(src->ca_file) : NULL;
	dst->user_agent = strdup(src->user_agent);
	if (!dst->business_id || !dst->owner_id || !dst->endpoint || !dst->username || !dst->password
		|| (src->ca_file && !dst->ca_file) || !dst->user_agent) {
		tg_config_free(dst);
		return -1;
	}
	return 0;
}

void tg_config_free(tg_config *cfg)
{
	if (cfg->password) {
		/* Wipe the secret before the memory goes back to the allocator. */
		volatile char *p = cfg->password;
		while (*p) {
			*p++ = '\0';
		}
	}
	free(cfg->business_id);
	free(cfg->owner_id);
	free(cfg->endpoint);
	free(cfg->username);
	free(cfg->password);
	free(cfg->ca_file);
	free(cfg->user_agent);
	memset(cfg, 0, sizeof(*cfg));
}

char *tg_config_identity(const tg_config *cfg)
{
	const char *ca_file = cfg->ca_file ? cfg->ca_file : "";
	size_t size = strlen(cfg->endpoint) + strlen(cfg->business_id) + strlen(cfg->owner_id) + strlen(cfg->username)
		+ strlen(cfg->password) + strlen(ca_file) + 6;
	char *identity = malloc(size);

	/* A newline cannot occur in any of the settings, so it separates them unambiguously. */
	if (identity) {
		snprintf(identity, size, "%s\n%s\n%s\n%s\n%s\n%s", cfg->endpoint, cfg->business_id, cfg->owner_id,
			cfg->username, cfg->password, ca_file);
	}
	return identity;
}

json_object *tg_config_options(const tg_config *cfg)
{
	json_object *options = json_object_new_object();

	if (!options) {
		return NULL;
	}
	for (size_t i = 0; i < sizeof(tg_int_options) / sizeof(tg_int_options[0]); i++) {
		json_object_object_add(options, tg_int_options[i].name,
			json_object_new_int64(*(const long *) ((const char *) cfg + tg_int_options[i].offset)));
	}
	json_object_object_add(options, "ca_file", cfg->ca_file ? json_object_new_string(cfg->ca_file) : NULL);
	json_object_object_add(options, "user_agent", json_object_new_string(cfg->user_agent));
	return options;
}
