#include <stdlib.h>
#include <string.h>

#include "tg_config.h"
#include "tg_test.h"

static tg_str tg_s(const char *text)
{
	tg_str value = {text, strlen(text)};
	return value;
}

static char *tg_normalized(const char *endpoint)
{
	tg_error err;
	char *result;

	tg_error_init(&err);
	result = tg_endpoint_normalize(endpoint, strlen(endpoint), &err);
	tg_error_clear(&err);
	return result;
}

void tg_test_config(void)
{
	tg_config_input input = {0};
	tg_config config;
	tg_error err;
	char *url;

	url = tg_normalized("tg00.bweb.ch");
	TG_CHECK_STR(url, "https://tg00.bweb.ch");
	free(url);
	url = tg_normalized("  HTTPS://tg00.bweb.ch:8443/base/ ");
	TG_CHECK_STR(url, "https://tg00.bweb.ch:8443/base");
	free(url);
	url = tg_normalized("http://127.0.0.1:8080");
	TG_CHECK_STR(url, "http://127.0.0.1:8080");
	free(url);
	TG_CHECK(tg_normalized("http://tg00.bweb.ch") == NULL);
	TG_CHECK(tg_normalized("ftp://tg00.bweb.ch") == NULL);
	TG_CHECK(tg_normalized("https://user:pw@tg00.bweb.ch") == NULL);
	TG_CHECK(tg_normalized("https://tg00.bweb.ch/?x=1") == NULL);
	TG_CHECK(tg_normalized("") == NULL);

	input.business_id = tg_s("1001");
	input.owner_id = tg_s("7");
	input.endpoint = tg_s("tg00.bweb.ch");
	input.username = tg_s("shop");
	input.password = tg_s("secret");
	tg_error_init(&err);
	TG_CHECK(tg_config_build(&config, &input, &err) == 0);
	TG_CHECK(config.page_size == 200 && config.concurrency == 4 && strlen(config.fingerprint) == 32);
	tg_config_free(&config);

	input.options = json_tokener_parse("{\"page_size\": 5000, \"concurrency\": \"4\", \"nope\": 1, \"timeout_ms\": 100}");
	input.password = tg_s("");
	TG_CHECK(tg_config_build(&config, &input, &err) != 0);
	TG_CHECK(err.kind == TG_ERR_VALIDATION && err.field_count == 4);
	TG_CHECK_STR(err.fields[0].field, "password");
	json_object_put(input.options);
	tg_error_clear(&err);
}
