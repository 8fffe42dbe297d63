#include "tg_contract.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg_buf.h"
#include "tg_decimal.h"
#include "tg_json.h"
#include "tg_text.h"
#include "tg_time.h"

#define TG_API_PREFIX "/api/v1"
#define TG_PATH_LOGIN "/auth/token"
#define TG_PATH_BUSINESS "/business"
#define TG_PATH_PRODUCTS "/products"
#define TG_PATH_STOCK "/stock"
#define TG_PATH_ORDERS "/orders"

/* ---- URLs and request parts ---- */

static char *tg_url(const tg_config *cfg, const char *path)
{
	tg_buf url;

	tg_buf_init(&url, 0);
	if (tg_buf_printf(&url, "%s" TG_API_PREFIX "%s", cfg->endpoint, path) != 0) {
		tg_buf_free(&url);
		return NULL;
	}
	return tg_buf_steal(&url);
}

static int tg_append_param(tg_buf *url, const char *name, const char *value, int *first)
{
	char *escaped;
	int rc;

	if (!value) {
		return 0;
	}
	escaped = curl_easy_escape(NULL, value, 0);
	if (!escaped) {
		return -1;
	}
	rc = tg_buf_printf(url, "%c%s=%s", *first ? '?' : '&', name, escaped);
	*first = 0;
	curl_free(escaped);
	return rc;
}

static char *tg_listing_url(const tg_config *cfg, const char *path, long page_size, const char *since,
	const char *after)
{
	tg_buf url;
	char size[24];
	int first = 1;

	snprintf(size, sizeof(size), "%ld", page_size);
	tg_buf_init(&url, 0);
	if (tg_buf_printf(&url, "%s" TG_API_PREFIX "%s", cfg->endpoint, path) != 0
		|| tg_append_param(&url, "page_size", size, &first) != 0
		|| tg_append_param(&url, "updated_since", since, &first) != 0
		|| tg_append_param(&url, "after", after, &first) != 0) {
		tg_buf_free(&url);
		return NULL;
	}
	return tg_buf_steal(&url);
}

char *tg_contract_login_url(const tg_config *cfg)
{
	return tg_url(cfg, TG_PATH_LOGIN);
}

char *tg_contract_business_url(const tg_config *cfg)
{
	return tg_url(cfg, TG_PATH_BUSINESS);
}

char *tg_contract_products_url(const tg_config *cfg, long page_size, const char *since, const char *after)
{
	return tg_listing_url(cfg, TG_PATH_PRODUCTS, page_size, since, after);
}

char *tg_contract_stock_url(const tg_config *cfg, long page_size, const char *since, const char *after)
{
	return tg_listing_url(cfg, TG_PATH_STOCK, page_size, since, after);
}

char *tg_contract_orders_url(const tg_config *cfg)
{
	return tg_url(cfg, TG_PATH_ORDERS);
}

char *tg_contract_find_order_url(const tg_config *cfg, const char *external_ref)
{
	tg_buf url;
	int first = 1;

	tg_buf_init(&url, 0);
	if (tg_buf_printf(&url, "%s" TG_API_PREFIX TG_PATH_ORDERS, cfg->endpoint) != 0
		|| tg_append_param(&url, "external_ref", external_ref, &first) != 0) {
		tg_buf_free(&url);
		return NULL;
	}
	return tg_buf_steal(&url);
}

/* Writes value as a JSON string into out (when not NULL); returns the length it takes. The
 * settings are valid UTF-8 without control characters, so only quote and backslash need escaping. */
static size_t tg_json_quoted(const char *value, char *out)
{
	size_t len = 0;

	if (out) {
		out[len] = '"';
	}
	len++;
	for (const char *p = value; *p; p++) {
		if (*p == '"' || *p == '\\') {
			if (out) {
				out[len] = '\\';
			}
			len++;
		}
		if (out) {
			out[len] = *p;
		}
		len++;
	}
	if (out) {
		out[len] = '"';
	}
	return len + 1;
}

char *tg_contract_login_body(const tg_config *cfg)
{
	const char *names[] = {"business_id", "owner_id", "username", "password"};
	const char *values[] = {cfg->business_id, cfg->owner_id, cfg->username, cfg->password};
	size_t size = 3, at = 0;
	char *body;

	/* Sized in a first pass and written in a second: one allocation, wiped by the caller, and no
	 * copy of the password left behind in a grown or library-owned buffer. */
	for (size_t i = 0; i < 4; i++) {
		size += strlen(names[i]) + 4 + tg_json_quoted(values[i], NULL);
	}
	body = malloc(size);
	if (!body) {
		return NULL;
	}
	body[at++] = '{';
	for (size_t i = 0; i < 4; i++) {
		at += (size_t) sprintf(body + at, "%s\"%s\":", i ? "," : "", names[i]);
		at += tg_json_quoted(values[i], body + at);
	}
	body[at++] = '}';
	body[at] = '\0';
	return body;
}

char *tg_contract_auth_header(const char *token)
{
	tg_buf header;

	tg_buf_init(&header, 0);
	if (tg_buf_printf(&header, "Authorization: Bearer %s", token) != 0) {
		tg_buf_free(&header);
		return NULL;
	}
	return tg_buf_steal(&header);
}

char *tg_contract_idempotency_header(const tg_config *cfg, const char *shop_order_id)
{
	char *business = curl_easy_escape(NULL, cfg->business_id, 0);
	char *order = curl_easy_escape(NULL, shop_order_id, 0);
	tg_buf header;
	char *result = NULL;

	tg_buf_init(&header, 0);
	if (business && order && tg_buf_printf(&header, "Idempotency-Key: fw360:%s:%s", business, order) == 0) {
		result = tg_buf_steal(&header);
	}
	tg_buf_free(&header);
	curl_free(business);
	curl_free(order);
	return result;
}

/* ---- The order mapping: shop field -> TotalGest field ---- */

typedef struct {
	const char *shop;
	const char *totalgest;
} tg_field_map;

static const tg_field_map tg_billing_map[] = {
	{"first_name", "first_name"}, {"last_name", "last_name"}, {"company", "company"},
	{"vat_number", "vat_number"}, {"tax_code", "tax_code"}, {"pec", "pec"}, {"sdi_code", "sdi_code"},
	{"address", "street"}, {"address2", "street2"}, {"city", "city"}, {"zip", "postal_code"},
	{"province", "province"}, {"country", "country"}, {NULL, NULL}
};

static const tg_field_map tg_shipping_map[] = {
	{"first_name", "first_name"}, {"last_name", "last_name"}, {"company", "company"},
	{"address", "street"}, {"address2", "street2"}, {"city", "city"}, {"zip", "postal_code"},
	{"province", "province"}, {"country", "country"}, {"phone", "phone"}, {NULL, NULL}
};

static const tg_field_map tg_customer_map[] = {{"email", "email"}, {"phone", "phone"}, {NULL, NULL}};
static const tg_field_map tg_payment_map[] = {{"code", "method_code"}, {"name", "method_name"}, {NULL, NULL}};

static const tg_field_map tg_line_map[] = {
	{"sku", "sku"}, {"ean", "ean"}, {"name", "description"}, {"quantity", "quantity"},
	{"unit_price", "unit_price"}, {"vat_rate", "vat_rate"}, {"discount", "discount"}, {NULL, NULL}
};

static const tg_field_map tg_order_map[] = {
	{"id", "external_ref"}, {"number", "reference_number"}, {"created_at", "date"}, {"currency", "currency"},
	{"shipping_total", "shipping_total"}, {"discount_total", "discount_total"}, {"total", "total"},
	{"notes", "notes"}, {NULL, NULL}
};

/* Copies the mapped members; a member the shop left out is sent as null. */
static json_object *tg_map_object(json_object *source, const tg_field_map *map)
{
	json_object *target = json_object_new_object();

	if (!target) {
		return NULL;
	}
	for (; map->shop; map++) {
		json_object *value = NULL;
		if (source && json_object_object_get_ex(source, map->shop, &value)) {
			json_object_get(value);
		}
		json_object_object_add(target, map->totalgest, value);
	}
	return target;
}

/* A part the shop left out (no shipping address, no payment method) is sent as null. */
static json_object *tg_map_part(json_object *shop_order, const char *key, const tg_field_map *map)
{
	json_object *part = tg_json_get(shop_order, key, json_type_object);

	return part ? tg_map_object(part, map) : NULL;
}

char *tg_contract_order_body(json_object *shop_order)
{
	json_object *body = tg_map_object(shop_order, tg_order_map);
	json_object *items = tg_json_get(shop_order, "items", json_type_array);
	json_object *lines = json_object_new_array();
	char *text = NULL;

	if (!body || !lines) {
		json_object_put(body);
		json_object_put(lines);
		return NULL;
	}
	json_object_object_add(body, "customer", tg_map_part(shop_order, "customer", tg_customer_map));
	json_object_object_add(body, "billing", tg_map_part(shop_order, "billing", tg_billing_map));
	json_object_object_add(body, "shipping", tg_map_part(shop_order, "shipping", tg_shipping_map));
	json_object_object_add(body, "payment", tg_map_part(shop_order, "payment_method", tg_payment_map));
	for (size_t i = 0; items && i < json_object_array_length(items); i++) {
		json_object_array_add(lines, tg_map_object(json_object_array_get_idx(items, i), tg_line_map));
	}
	json_object_object_add(body, "lines", lines);
	json_object_object_add(body, "source", json_object_new_string("framework360"));
	text = strdup(json_object_to_json_string_ext(body, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(body);
	return text;
}

/* ---- Answers ---- */

static int tg_is_json(const char *content_type)
{
	return strncmp(content_type, "application/json", 16) == 0
		&& (content_type[16] == '\0' || content_type[16] == ';' || content_type[16] == ' ');
}

static void tg_read_error_body(const tg_http_call *call, char *code, size_t code_size, char *message,
	size_t message_size)
{
	tg_error ignored;
	json_object *root, *error;
	const char *text;

	code[0] = message[0] = '\0';
	if (!tg_is_json(call->content_type)) {
		return;
	}
	tg_error_init(&ignored);
	root = tg_json_parse(call->body.data ? call->body.data : "", call->body.len, &ignored);
	tg_error_clear(&ignored);
	error = tg_json_get(root, "error", json_type_object);
	if ((text = tg_json_get_string(error, "code")) && tg_text_is_printable(text, strlen(text), 0)) {
		snprintf(code, code_size, "%s", text);
	}
	if ((text = tg_json_get_string(error, "message")) && tg_text_is_printable(text, strlen(text), 0)) {
		snprintf(message, message_size, "%s", text);
	}
	json_object_put(root);
}

static int tg_login_refused(const tg_config *cfg, long status, const char *code, tg_error *err)
{
	if (strcmp(code, "unknown_business") == 0 || (status == 404 && !code[0])) {
		return tg_error_set(err, TG_ERR_AUTH, "unknown_business",
			"TotalGest does not know the business id (ID Negocio) \"%s\"", cfg->business_id);
	}
	if (strcmp(code, "unknown_owner") == 0 || (status == 403 && !code[0])) {
		return tg_error_set(err, TG_ERR_AUTH, "unknown_owner",
			"The owner id (ID Owner) \"%s\" does not belong to business \"%s\"", cfg->owner_id, cfg->business_id);
	}
	if (strcmp(code, "invalid_credentials") == 0 || status == 401) {
		return tg_error_set(err, TG_ERR_AUTH, "invalid_credentials",
			"TotalGest refused the username or password of user \"%s\"", cfg->username);
	}
	return 0;
}

int tg_contract_read_answer(const tg_config *cfg, tg_call_kind kind, const tg_http_call *call,
	json_object **root, tg_error *err)
{
	char code[64], message[384];
	long status = call->status;

	*root = NULL;
	if (tg_http_transport_error(call, err) != 0) {
		return -1;
	}
	err->http_status = status;
	if (status >= 300 && status < 400) {
		tg_error_set(err, TG_ERR_PROTOCOL, "redirect",
			"The endpoint %s redirects to %s: enter the final address as the API endpoint", cfg->endpoint,
			call->location[0] ? call->location : "another address");
		err->http_status = status;
		return -1;
	}
	tg_read_error_body(call, code, sizeof(code), message, sizeof(message));
	if (status == 429) {
		tg_error_set(err, TG_ERR_UNAVAILABLE, "rate_limited", "TotalGest asks to slow down (HTTP 429)%s%s",
			message[0] ? ": " : "", message);
		err->retry_after_s = call->retry_after_s;
		err->http_status = status;
		return -1;
	}
	if (status >= 500) {
		/* Proxies in front of TotalGest answer 502/503 too, so no TotalGest marker is required here. */
		tg_error_set(err, TG_ERR_UNAVAILABLE, "server_error", "TotalGest is unavailable (HTTP %ld)%s%s", status,
			message[0] ? ": " : "", message);
		err->retry_after_s = call->retry_after_s;
		err->http_status = status;
		/* A gateway may time out after TotalGest created the order: it has to be looked up first. */
		err->ambiguous = kind == TG_CALL_CREATE_ORDER;
		return -1;
	}
	if (!call->totalgest_marker || !tg_is_json(call->content_type)) {
		tg_error_set(err, TG_ERR_PROTOCOL, "not_totalgest",
			"The server at %s answered (HTTP %ld, %s), but it is not a TotalGest API: check the API endpoint",
			cfg->endpoint, status, call->content_type[0] ? call->content_type : "no content type");
		err->http_status = status;
		return -1;
	}
	if (status >= 200 && status < 300) {
		*root = tg_json_parse(call->body.data ? call->body.data : "", call->body.len, err);
		if (!*root) {
			err->http_status = status;
			return -1;
		}
		return 0;
	}
	if (kind == TG_CALL_LOGIN && tg_login_refused(cfg, status, code, err) != 0) {
		err->http_status = status;
		return -1;
	}
	if (status == 401 || status == 403) {
		tg_error_set(err, TG_ERR_AUTH, code[0] ? code : "unauthorized", "TotalGest refused access (HTTP %ld)%s%s",
			status, message[0] ? ": " : "", message);
	} else if (status == 400 || status == 404 || status == 409 || status == 422) {
		tg_error_set(err, TG_ERR_REJECTED, code[0] ? code : "rejected", "%s",
			message[0] ? message : "TotalGest refused the request");
	} else {
		tg_error_set(err, TG_ERR_PROTOCOL, "unexpected_status", "TotalGest answered with the unexpected HTTP status %ld",
			status);
	}
	err->http_status = status;
	return -1;
}

int tg_contract_is_token_refused(const tg_error *err)
{
	return err->kind == TG_ERR_AUTH && err->http_status == 401
		&& (strcmp(err->code, "token_expired") == 0 || strcmp(err->code, "invalid_token") == 0);
}

static int tg_shape_error(tg_error *err, const char *what)
{
	return tg_error_set(err, TG_ERR_PROTOCOL, "unexpected_shape",
		"The answer does not have the shape of a TotalGest %s: this endpoint is probably not TotalGest", what);
}

int tg_contract_parse_business(json_object *root, json_object **business, tg_error *err)
{
	json_object *found = tg_json_get(root, "business", json_type_object);

	if (!found || !tg_json_get_string(found, "id")) {
		return tg_shape_error(err, "business");
	}
	*business = json_object_get(found);
	return 0;
}

int tg_contract_parse_login(json_object *root, char **token, long *expires_in, json_object **business, tg_error *err)
{
	const char *value = tg_json_get_string(root, "token");
	long long seconds;

	if (!value || !value[0] || !tg_text_is_printable(value, strlen(value), 0) || strchr(value, ' ')
		|| tg_json_get_int64(root, "expires_in", &seconds) != 0 || seconds <= 0) {
		return tg_shape_error(err, "login answer");
	}
	if (tg_contract_parse_business(root, business, err) != 0) {
		return -1;
	}
	*token = strdup(value);
	*expires_in = (long) seconds;
	return 0;
}

int tg_contract_parse_page(json_object *root, json_object **entries, char **next, tg_error *err)
{
	json_object *cursor = NULL;

	*entries = tg_json_get(root, "data", json_type_array);
	*next = NULL;
	if (!*entries || !json_object_object_get_ex(root, "next", &cursor)) {
		return tg_shape_error(err, "page");
	}
	if (cursor) {
		if (!json_object_is_type(cursor, json_type_string) || json_object_get_string_len(cursor) == 0) {
			return tg_shape_error(err, "page");
		}
		*next = strdup(json_object_get_string(cursor));
	}
	return 0;
}

/* A text field of a product: required or nullable; invalid UTF-8 is replaced by U+FFFD and said. */
static int tg_product_text(json_object *entry, const char *key, int nullable, char **out, tg_product_entry *target)
{
	json_object *value = NULL;
	tg_buf repaired;
	int replaced;

	*out = NULL;
	if (!json_object_object_get_ex(entry, key, &value) || (!value && !nullable)) {
		snprintf(target->error, sizeof(target->error), "the field %s is missing", key);
		return -1;
	}
	if (!value) {
		return 0;
	}
	if (!json_object_is_type(value, json_type_string)) {
		snprintf(target->error, sizeof(target->error), "the field %s is not a string", key);
		return -1;
	}
	tg_buf_init(&repaired, 0);
	replaced = tg_utf8_repair(&repaired, json_object_get_string(value), (size_t) json_object_get_string_len(value));
	if (replaced < 0 || memchr(repaired.data ? repaired.data : "", '\0', repaired.len)) {
		tg_buf_free(&repaired);
		snprintf(target->error, sizeof(target->error), "the field %s holds a NUL byte", key);
		return -1;
	}
	if (replaced > 0 && !target->product.warning[0]) {
		snprintf(target->product.warning, sizeof(target->product.warning),
			"%s had %d invalid UTF-8 byte(s), replaced by U+FFFD", key, replaced);
	}
	*out = tg_buf_steal(&repaired);
	if (!nullable && (*out)[0] == '\0') {
		snprintf(target->error, sizeof(target->error), "the field %s is empty", key);
		return -1;
	}
	return 0;
}

static int tg_decimal_field(json_object *entry, const char *key, long long max, char **out, char *error, size_t size)
{
	const char *value = tg_json_get_string(entry, key);
	long long amount;

	if (!value || tg_decimal_parse(value, 0, &amount) != 0 || amount > max) {
		snprintf(error, size, "the field %s is not a valid decimal string", key);
		return -1;
	}
	*out = strdup(value);
	return 0;
}

static int tg_time_field(json_object *entry, const char *key, char **out, long long *epoch, char *error, size_t size)
{
	const char *value = tg_json_get_string(entry, key);

	if (!value || tg_time_parse(value, epoch) != 0) {
		snprintf(error, size, "the field %s is not an ISO 8601 time with offset", key);
		return -1;
	}
	*out = strdup(value);
	return 0;
}

void tg_contract_parse_product(json_object *entry, tg_product_entry *out)
{
	tg_product *product = &out->product;
	char *ean = NULL;

	memset(out, 0, sizeof(*out));
	if (!json_object_is_type(entry, json_type_object)) {
		snprintf(out->error, sizeof(out->error), "the entry is not an object");
		return;
	}
	if (tg_product_text(entry, "id", 0, &product->external_id, out) || tg_product_text(entry, "sku", 0, &product->sku, out)
		|| tg_product_text(entry, "ean", 1, &ean, out) || tg_product_text(entry, "name", 0, &product->name, out)
		|| tg_product_text(entry, "short_description", 1, &product->short_description, out)
		|| tg_product_text(entry, "description", 1, &product->description, out)
		|| tg_decimal_field(entry, "price", 999999999999LL * 1000000LL, &product->price, out->error, sizeof(out->error))
		|| tg_decimal_field(entry, "vat_rate", 100LL * 1000000LL, &product->vat_rate, out->error, sizeof(out->error))
		|| tg_json_get_int64(entry, "stock", &product->stock_quantity) != 0
		|| tg_json_get_bool(entry, "active", &product->active) != 0
		|| tg_time_field(entry, "updated_at", &product->updated_at, &product->updated_epoch, out->error, sizeof(out->error))) {
		if (!out->error[0]) {
			snprintf(out->error, sizeof(out->error), "the field stock or active is missing or of the wrong type");
		}
		free(ean);
		return;
	}
	if (ean && !tg_ean_is_valid(ean)) {
		snprintf(product->warning, sizeof(product->warning),
			"EAN \"%.32s\" has an invalid check digit; imported without EAN", ean);
		free(ean);
		ean = NULL;
	}
	product->ean = ean;
	out->valid = 1;
}

void tg_contract_parse_stock(json_object *entry, tg_stock_entry *out)
{
	const char *id = tg_json_get_string(entry, "product_id");
	const char *sku = tg_json_get_string(entry, "sku");

	memset(out, 0, sizeof(*out));
	if (!id || !id[0] || !tg_text_is_printable(id, strlen(id), 0)) {
		snprintf(out->error, sizeof(out->error), "the field product_id is missing or invalid");
		return;
	}
	/* Kept for an invalid entry too, so that the report names the product. */
	out->level.external_id = strdup(id);
	if (tg_json_get_int64(entry, "quantity", &out->level.quantity) != 0) {
		snprintf(out->error, sizeof(out->error), "the field quantity is not an integer");
		return;
	}
	if (tg_time_field(entry, "updated_at", &out->level.updated_at, &out->level.updated_epoch, out->error,
		sizeof(out->error))) {
		return;
	}
	out->level.sku = sku ? strdup(sku) : NULL;
	out->valid = out->level.external_id != NULL;
}

static int tg_parse_order(json_object *order, tg_order_result *out, tg_error *err)
{
	const char *id = tg_json_get_string(order, "id");
	const char *number = tg_json_get_string(order, "number");

	if (!id || !number || !id[0] || !tg_text_is_printable(id, strlen(id), 0)
		|| !tg_text_is_printable(number, strlen(number), 0)) {
		return tg_shape_error(err, "order");
	}
	out->id = strdup(id);
	out->number = strdup(number);
	return 0;
}

int tg_contract_parse_created_order(json_object *root, long status, tg_order_result *out, tg_error *err)
{
	int duplicate = 0;

	memset(out, 0, sizeof(*out));
	if (tg_parse_order(tg_json_get(root, "order", json_type_object), out, err) != 0) {
		return -1;
	}
	tg_json_get_bool(root, "duplicate", &duplicate);
	out->duplicate = duplicate || status == 200;
	return 0;
}

int tg_contract_parse_found_orders(json_object *root, const char *external_ref, tg_order_result *out, int *found,
	tg_error *err)
{
	json_object *orders = tg_json_get(root, "data", json_type_array);

	memset(out, 0, sizeof(*out));
	*found = 0;
	if (!orders) {
		return tg_shape_error(err, "order search");
	}
	/* Only an order made for this very shop order counts: a search that matches loosely must not
	 * mark an order as exported that TotalGest never received. */
	for (size_t i = 0; i < json_object_array_length(orders); i++) {
		json_object *order = json_object_array_get_idx(orders, i);
		const char *reference = tg_json_get_string(order, "external_ref");
		if (!reference || strcmp(reference, external_ref) != 0) {
			continue;
		}
		if (tg_parse_order(order, out, err) != 0) {
			return -1;
		}
		out->duplicate = 1;
		*found = 1;
		return 0;
	}
	return 0;
}

void tg_order_result_free(tg_order_result *result)
{
	free(result->id);
	free(result->number);
	memset(result, 0, sizeof(*result));
}
