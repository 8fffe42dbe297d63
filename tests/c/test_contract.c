#include <stdlib.h>
#include <string.h>

#include "tg_contract.h"
#include "tg_json.h"
#include "tg_test.h"

static void tg_answer(tg_http_call *call, long status, const char *content_type, int marker, const char *body)
{
	memset(call, 0, sizeof(*call));
	call->result = CURLE_OK;
	call->status = status;
	call->retry_after_s = -1;
	call->totalgest_marker = marker;
	strcpy(call->content_type, content_type);
	tg_buf_init(&call->body, 0);
	tg_buf_append_str(&call->body, body);
}

static tg_error_kind tg_read(const tg_config *cfg, tg_call_kind kind, long status, const char *type, int marker,
	const char *body, char *code)
{
	tg_http_call call;
	json_object *root = NULL;
	tg_error err;
	tg_error_kind result;

	tg_error_init(&err);
	tg_answer(&call, status, type, marker, body);
	tg_contract_read_answer(cfg, kind, &call, &root, &err);
	result = err.kind;
	strcpy(code, err.code);
	json_object_put(root);
	tg_buf_free(&call.body);
	tg_error_clear(&err);
	return result;
}

static void tg_test_answers(const tg_config *cfg)
{
	char code[64];
	const char *json = "application/json; charset=utf-8";

	TG_CHECK(tg_read(cfg, TG_CALL_BUSINESS, 200, json, 1, "{\"business\":{\"id\":\"1\"}}", code) == TG_OK);
	TG_CHECK(tg_read(cfg, TG_CALL_LOGIN, 401, json, 1, "{\"error\":{\"code\":\"invalid_credentials\"}}", code) == TG_ERR_AUTH);
	TG_CHECK_STR(code, "invalid_credentials");
	TG_CHECK(tg_read(cfg, TG_CALL_LOGIN, 404, json, 1, "{\"error\":{\"code\":\"unknown_business\"}}", code) == TG_ERR_AUTH);
	TG_CHECK_STR(code, "unknown_business");
	TG_CHECK(tg_read(cfg, TG_CALL_LOGIN, 403, json, 1, "{\"error\":{\"code\":\"unknown_owner\"}}", code) == TG_ERR_AUTH);
	TG_CHECK_STR(code, "unknown_owner");
	TG_CHECK(tg_read(cfg, TG_CALL_LOGIN, 200, "text/html", 0, "<html></html>", code) == TG_ERR_PROTOCOL);
	TG_CHECK_STR(code, "not_totalgest");
	TG_CHECK(tg_read(cfg, TG_CALL_LIST, 200, json, 1, "{\"data\": [", code) == TG_ERR_PROTOCOL);
	TG_CHECK_STR(code, "malformed_json");
	TG_CHECK(tg_read(cfg, TG_CALL_LIST, 503, "text/html", 0, "busy", code) == TG_ERR_UNAVAILABLE);
	TG_CHECK(tg_read(cfg, TG_CALL_LIST, 429, json, 1, "{}", code) == TG_ERR_UNAVAILABLE);
	TG_CHECK_STR(code, "rate_limited");
	TG_CHECK(tg_read(cfg, TG_CALL_CREATE_ORDER, 422, json, 1,
		"{\"error\":{\"code\":\"order_rejected\",\"message\":\"VAT number rejected\"}}", code) == TG_ERR_REJECTED);
	TG_CHECK_STR(code, "order_rejected");
	TG_CHECK(tg_read(cfg, TG_CALL_LIST, 302, json, 1, "{}", code) == TG_ERR_PROTOCOL);
	TG_CHECK_STR(code, "redirect");
}

/* A 5xx to an order creation may come from a gateway that gave up after TotalGest created it. */
static void tg_test_order_answer_ambiguity(const tg_config *cfg)
{
	const long statuses[] = {502, 504, 429, 422};
	const int ambiguous[] = {1, 1, 0, 0};

	for (size_t i = 0; i < 4; i++) {
		tg_http_call call;
		json_object *root = NULL;
		tg_error err;

		tg_error_init(&err);
		tg_answer(&call, statuses[i], "application/json", 1, "{\"error\":{\"code\":\"x\"}}");
		TG_CHECK(tg_contract_read_answer(cfg, TG_CALL_CREATE_ORDER, &call, &root, &err) != 0);
		TG_CHECK(err.ambiguous == ambiguous[i]);
		tg_buf_free(&call.body);
		tg_error_clear(&err);
	}
}

static void tg_test_found_orders(void)
{
	json_object *root = json_tokener_parse("{\"data\":[{\"id\":\"O-9\",\"number\":\"9\",\"external_ref\":\"N10\"},"
		"{\"id\":\"O-1\",\"number\":\"1\",\"external_ref\":\"N1\"}]}");
	tg_order_result result;
	tg_error err;
	int found = 0;

	tg_error_init(&err);
	TG_CHECK(tg_contract_parse_found_orders(root, "N1", &result, &found, &err) == 0 && found);
	TG_CHECK_STR(result.id, "O-1");
	tg_order_result_free(&result);
	TG_CHECK(tg_contract_parse_found_orders(root, "N2", &result, &found, &err) == 0 && !found);
	json_object_put(root);
}

static void tg_test_login_body(const tg_config *cfg)
{
	char *body = tg_contract_login_body(cfg);
	json_object *parsed = body ? json_tokener_parse(body) : NULL;

	TG_CHECK_STR(tg_json_get_string(parsed, "password"), "p\"w\\");
	TG_CHECK_STR(tg_json_get_string(parsed, "business_id"), "B/1");
	json_object_put(parsed);
	free(body);
}

static void tg_test_redaction(void)
{
	tg_error err;

	tg_error_init(&err);
	tg_error_set(&err, TG_ERR_UNAVAILABLE, "busy", "pw=s3cr3t, again s3cr3ts3cr3t.");
	tg_error_redact(&err, "s3cr3t");
	TG_CHECK_STR(err.message, "pw=[redacted], again [redacted][redacted].");
	tg_error_redact(&err, "");
	TG_CHECK_STR(err.message, "pw=[redacted], again [redacted][redacted].");
	tg_error_clear(&err);
}

static void tg_test_products(void)
{
	json_object *entry = json_tokener_parse(
		"{\"id\":\"P1\",\"sku\":\"TG-1\",\"ean\":\"4006381333931\",\"name\":\"Caff\\u00e8\",\"short_description\":null,"
		"\"description\":\"d\",\"price\":\"24.90\",\"vat_rate\":\"2.6\",\"stock\":17,\"active\":true,"
		"\"updated_at\":\"2026-11-28T09:15:00+00:00\"}");
	tg_product_entry parsed;

	tg_contract_parse_product(entry, &parsed);
	TG_CHECK(parsed.valid);
	TG_CHECK_STR(parsed.product.price, "24.90");
	TG_CHECK_STR(parsed.product.ean, "4006381333931");
	TG_CHECK(parsed.product.short_description == NULL && parsed.product.stock_quantity == 17);
	TG_CHECK(parsed.product.warning[0] == '\0');
	tg_product_free(&parsed.product);

	json_object_object_add(entry, "ean", json_object_new_string("4006381333932"));
	json_object_object_add(entry, "name", json_object_new_string_len("Caff\xe8", 5));
	tg_contract_parse_product(entry, &parsed);
	TG_CHECK(parsed.valid && parsed.product.ean == NULL && parsed.product.warning[0] != '\0');
	TG_CHECK_STR(parsed.product.name, "Caff\xef\xbf\xbd");
	tg_product_free(&parsed.product);

	json_object_object_add(entry, "price", json_object_new_double(24.9));
	tg_contract_parse_product(entry, &parsed);
	TG_CHECK(!parsed.valid && strstr(parsed.error, "price") != NULL);
	tg_product_free(&parsed.product);
	json_object_put(entry);
}

void tg_test_contract(void)
{
	tg_config_input input = {0};
	tg_config cfg;
	tg_error err;
	char *text;

	input.business_id = (tg_str) {"B/1", 3};
	input.owner_id = (tg_str) {"7", 1};
	input.endpoint = (tg_str) {"http://127.0.0.1:9", 18};
	input.username = (tg_str) {"shop", 4};
	input.password = (tg_str) {"p\"w\\", 4};
	tg_error_init(&err);
	TG_CHECK(tg_config_build(&cfg, &input, &err) == 0);

	text = tg_contract_products_url(&cfg, 100, "2026-11-28T09:15:00+00:00", NULL);
	TG_CHECK_STR(text, "http://127.0.0.1:9/api/v1/products?page_size=100&updated_since=2026-11-28T09%3A15%3A00%2B00%3A00");
	free(text);
	text = tg_contract_idempotency_header(&cfg, "10 04");
	TG_CHECK_STR(text, "Idempotency-Key: fw360:B%2F1:10%2004");
	free(text);

	tg_test_answers(&cfg);
	tg_test_order_answer_ambiguity(&cfg);
	tg_test_found_orders();
	tg_test_login_body(&cfg);
	tg_test_redaction();
	tg_test_products();
	tg_config_free(&cfg);
}
