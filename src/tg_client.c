#include "tg_client.h"

#include <stdlib.h>
#include <string.h>

#include "tg_json.h"
#include "tg_time.h"

int tg_client_init(tg_client *client, const tg_config *config, tg_session *session, tg_error *err)
{
	memset(client, 0, sizeof(*client));
	if (tg_config_copy(&client->config, config) != 0) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	client->session = session;
	return 0;
}

void tg_client_free(tg_client *client)
{
	tg_config_free(&client->config);
	client->session = NULL;
}

static void tg_free_secret(char *secret)
{
	if (secret) {
		memset(secret, 0, strlen(secret));
		free(secret);
	}
}

/* Messages quote TotalGest's answers; one that echoes the password or the token shows neither. */
static void tg_client_redact(const tg_client *client, tg_error *err)
{
	if (err->kind != TG_OK) {
		tg_error_redact(err, client->config.password);
		if (client->session->token) {
			tg_error_redact(err, client->session->token);
		}
	}
}

static void tg_client_http_options(const tg_client *client, tg_call_kind kind, tg_http_options *options)
{
	options->max_response_bytes = kind == TG_CALL_LIST ? TG_HTTP_MAX_PAGE_BYTES : TG_HTTP_MAX_ANSWER_BYTES;
	options->connect_timeout_ms = client->config.connect_timeout_ms;
	options->timeout_ms = client->config.timeout_ms;
	options->ca_file = client->config.ca_file;
	options->user_agent = client->config.user_agent;
}

/* One request through the session's first handle; the parsed answer in *root. */
static int tg_client_send(tg_client *client, tg_call_kind kind, const char *method, const char *url,
	const char *const *headers, const char *body, json_object **root, long *status, tg_error *err)
{
	tg_http_options options;
	tg_http_call call;
	tg_http_call *calls[1] = {&call};
	CURL *easy = tg_session_handle(client->session, 0);
	int rc;

	if (!easy) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	tg_client_http_options(client, kind, &options);
	if (tg_http_setup(&call, easy, &options, method, url, headers, body, err) != 0) {
		return -1;
	}
	tg_http_run(client->session->multi, calls, 1);
	rc = tg_contract_read_answer(&client->config, kind, &call, root, err);
	tg_client_redact(client, err);
	if (call.server_time > 0) {
		client->server_time = call.server_time;
	}
	if (status) {
		*status = call.status;
	}
	tg_http_cleanup(&call);
	return rc;
}

static int tg_client_login(tg_client *client, json_object **business, tg_error *err)
{
	char *url = tg_contract_login_url(&client->config);
	char *body = tg_contract_login_body(&client->config);
	json_object *root = NULL, *found = NULL;
	char *token = NULL;
	long expires_in = 0;
	int rc = -1;

	tg_session_forget_token(client->session);
	if (!url || !body) {
		tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	} else if (tg_client_send(client, TG_CALL_LOGIN, "POST", url, NULL, body, &root, NULL, err) == 0
		&& tg_contract_parse_login(root, &token, &expires_in, &found, err) == 0) {
		tg_session_set_token(client->session, token, tg_time_now(), (double) expires_in);
		rc = 0;
	}
	/* The body holds the password, the token is a credential too. */
	tg_free_secret(body);
	free(url);
	tg_free_secret(token);
	json_object_put(root);
	if (rc == 0 && business) {
		*business = found;
	} else {
		json_object_put(found);
	}
	/* A login that fails mid-transfer created nothing: it is never ambiguous. */
	err->ambiguous = 0;
	return rc;
}

static int tg_client_ensure_token(tg_client *client, tg_error *err)
{
	return tg_session_token(client->session) ? 0 : tg_client_login(client, NULL, err);
}

/* "Authorization: Bearer <token>" for the session's token: a valid one, or the one a login just
 * returned (even when TotalGest gave it a lifetime too short to be renewed in advance). */
static char *tg_client_auth_header(tg_client *client)
{
	const char *token = tg_session_token(client->session);

	if (!token) {
		token = client->session->token;
	}
	return token ? tg_contract_auth_header(token) : NULL;
}


/* An authenticated call; logs in again once when TotalGest says the token is no longer valid. */
static int tg_client_call(tg_client *client, tg_call_kind kind, const char *method, const char *url,
	const char *extra_header, const char *body, json_object **root, long *status, tg_error *err)
{
	for (int attempt = 0; attempt < 2; attempt++) {
		char *auth;
		const char *headers[3] = {NULL, NULL, NULL};
		int rc;

		if (tg_client_ensure_token(client, err) != 0) {
			return -1;
		}
		auth = tg_client_auth_header(client);
		if (!auth) {
			return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		}
		headers[0] = auth;
		headers[1] = extra_header;
		rc = tg_client_send(client, kind, method, url, headers, body, root, status, err);
		tg_free_secret(auth);
		if (rc == 0 || attempt == 1 || !tg_contract_is_token_refused(err)) {
			return rc;
		}
		tg_session_forget_token(client->session);
		tg_error_clear(err);
	}
	return -1;
}

int tg_client_verify(tg_client *client, json_object **business, double *latency_ms, tg_error *err)
{
	double started = tg_time_now();
	char *url = tg_contract_business_url(&client->config);
	json_object *root = NULL;
	int rc = -1;

	*business = NULL;
	if (!url) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	if (tg_client_login(client, NULL, err) == 0
		&& tg_client_call(client, TG_CALL_BUSINESS, "GET", url, NULL, NULL, &root, NULL, err) == 0
		&& tg_contract_parse_business(root, business, err) == 0) {
		rc = 0;
	}
	*latency_ms = (tg_time_now() - started) * 1000.0;
	json_object_put(root);
	free(url);
	return rc;
}

typedef void (*tg_entry_parser)(json_object *entry, void *out);

static int tg_client_page(tg_client *client, char *url, size_t entry_size, tg_entry_parser parse, void **entries,
	size_t *count, char **next, tg_error *err)
{
	json_object *root = NULL, *list = NULL;
	int rc = -1;

	*entries = NULL;
	*count = 0;
	*next = NULL;
	if (!url) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	if (tg_client_call(client, TG_CALL_LIST, "GET", url, NULL, NULL, &root, NULL, err) == 0
		&& tg_contract_parse_page(root, &list, next, err) == 0) {
		size_t length = json_object_array_length(list);
		*entries = calloc(length ? length : 1, entry_size);
		if (!*entries) {
			tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
			free(*next);
			*next = NULL;
		} else {
			for (size_t i = 0; i < length; i++) {
				parse(json_object_array_get_idx(list, i), (char *) *entries + i * entry_size);
			}
			*count = length;
			rc = 0;
		}
	}
	json_object_put(root);
	free(url);
	return rc;
}

static void tg_parse_product_entry(json_object *entry, void *out)
{
	tg_contract_parse_product(entry, out);
}

static void tg_parse_stock_entry(json_object *entry, void *out)
{
	tg_contract_parse_stock(entry, out);
}

int tg_client_products_page(tg_client *client, const char *since, const char *after,
	tg_product_entry **entries, size_t *count, char **next, tg_error *err)
{
	return tg_client_page(client, tg_contract_products_url(&client->config, client->config.page_size, since, after),
		sizeof(**entries), tg_parse_product_entry, (void **) entries, count, next, err);
}

int tg_client_stock_page(tg_client *client, const char *since, const char *after,
	tg_stock_entry **entries, size_t *count, char **next, tg_error *err)
{
	return tg_client_page(client, tg_contract_stock_url(&client->config, client->config.page_size, since, after),
		sizeof(**entries), tg_parse_stock_entry, (void **) entries, count, next, err);
}

/* Sends one wave of orders concurrently; index[] names the orders of this wave. */
static void tg_client_export_wave(tg_client *client, const char *url, json_object *const *orders, const size_t *index,
	size_t count, tg_order_result *results, tg_error *errors)
{
	tg_http_call calls[TG_SESSION_MAX_HANDLES];
	tg_http_call *running[TG_SESSION_MAX_HANDLES];
	char *bodies[TG_SESSION_MAX_HANDLES] = {0};
	char *keys[TG_SESSION_MAX_HANDLES] = {0};
	char *auth = tg_client_auth_header(client);
	tg_http_options options;
	size_t started = 0;

	tg_client_http_options(client, TG_CALL_CREATE_ORDER, &options);
	for (size_t i = 0; i < count; i++) {
		size_t k = index[i];
		json_object *id = tg_json_get(orders[k], "id", json_type_string);
		const char *headers[3];
		CURL *easy = tg_session_handle(client->session, i);

		bodies[i] = tg_contract_order_body(orders[k]);
		keys[i] = id ? tg_contract_idempotency_header(&client->config, json_object_get_string(id)) : NULL;
		if (!auth || !easy || !bodies[i] || !keys[i]) {
			tg_error_set(&errors[k], TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
			continue;
		}
		headers[0] = auth;
		headers[1] = keys[i];
		headers[2] = NULL;
		if (tg_http_setup(&calls[i], easy, &options, "POST", url, headers, bodies[i], &errors[k]) == 0) {
			running[started++] = &calls[i];
		}
	}
	tg_http_run(client->session->multi, running, started);
	for (size_t i = 0, r = 0; i < count && r < started; i++) {
		size_t k = index[i];
		json_object *root = NULL;
		if (running[r] != &calls[i]) {
			continue;
		}
		r++;
		if (tg_contract_read_answer(&client->config, TG_CALL_CREATE_ORDER, &calls[i], &root, &errors[k]) == 0) {
			tg_contract_parse_created_order(root, calls[i].status, &results[k], &errors[k]);
		}
		tg_client_redact(client, &errors[k]);
		json_object_put(root);
		tg_http_cleanup(&calls[i]);
	}
	for (size_t i = 0; i < count; i++) {
		free(bodies[i]);
		free(keys[i]);
	}
	tg_free_secret(auth);
}

int tg_client_export_orders(tg_client *client, json_object *const *orders, size_t count,
	tg_order_result *results, tg_error *errors)
{
	char *url = tg_contract_orders_url(&client->config);
	size_t wave_size = (size_t) client->config.concurrency;
	size_t *index = calloc(count ? count : 1, sizeof(*index));

	if (wave_size > TG_SESSION_MAX_HANDLES) {
		wave_size = TG_SESSION_MAX_HANDLES;
	}
	for (size_t i = 0; i < count; i++) {
		memset(&results[i], 0, sizeof(results[i]));
	}
	if (!url || !index) {
		for (size_t i = 0; i < count; i++) {
			tg_error_set(&errors[i], TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		}
		free(url);
		free(index);
		return -1;
	}
	for (int attempt = 0; attempt < 2; attempt++) {
		size_t pending = 0;
		tg_error login_error;

		/* The first pass sends everything; the second only what was refused for an expired token. */
		for (size_t i = 0; i < count; i++) {
			if (attempt == 0 || tg_contract_is_token_refused(&errors[i])) {
				tg_error_clear(&errors[i]);
				index[pending++] = i;
			}
		}
		if (pending == 0) {
			break;
		}
		tg_error_init(&login_error);
		if (attempt == 1) {
			tg_session_forget_token(client->session);
		}
		if (tg_client_ensure_token(client, &login_error) != 0) {
			for (size_t p = 0; p < pending; p++) {
				tg_error_clear(&errors[index[p]]);
				errors[index[p]] = login_error;
				/* Each error owns its field list; a login error has none, so a shallow copy is safe. */
				errors[index[p]].fields = NULL;
				errors[index[p]].field_count = errors[index[p]].field_capacity = 0;
			}
			tg_error_clear(&login_error);
			free(url);
			free(index);
			return -1;
		}
		for (size_t start = 0; start < pending; start += wave_size) {
			size_t n = pending - start < wave_size ? pending - start : wave_size;
			tg_client_export_wave(client, url, orders, index + start, n, results, errors);
		}
	}
	free(url);
	free(index);
	return 0;
}

int tg_client_find_order(tg_client *client, const char *shop_order_id, tg_order_result *result, int *found,
	tg_error *err)
{
	char *url = tg_contract_find_order_url(&client->config, shop_order_id);
	json_object *root = NULL;
	int rc = -1;

	*found = 0;
	memset(result, 0, sizeof(*result));
	if (!url) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	if (tg_client_call(client, TG_CALL_FIND_ORDER, "GET", url, NULL, NULL, &root, NULL, err) == 0
		&& tg_contract_parse_found_orders(root, shop_order_id, result, found, err) == 0) {
		rc = 0;
	}
	json_object_put(root);
	free(url);
	return rc;
}
