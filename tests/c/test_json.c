#include "tg_json.h"
#include "tg_test.h"

void tg_test_json(void)
{
	tg_error err;
	json_object *root;
	char deep[200];

	tg_error_init(&err);
	{
		const char *text = "{\"a\": \"x\", \"n\": 3, \"b\": true, \"z\": null}  \n";
		root = tg_json_parse(text, strlen(text), &err);
	}
	TG_CHECK(root != NULL);
	TG_CHECK_STR(tg_json_get_string(root, "a"), "x");
	{
		long long n = 0;
		int b = 0, present = 0;
		TG_CHECK(tg_json_get_int64(root, "n", &n) == 0 && n == 3);
		TG_CHECK(tg_json_get_bool(root, "b", &b) == 0 && b == 1);
		TG_CHECK(tg_json_get_nullable_string(root, "z", &present) == NULL && present == 1);
		TG_CHECK(tg_json_get_nullable_string(root, "missing", &present) == NULL && present == 0);
		TG_CHECK(tg_json_get_string(root, "n") == NULL);
	}
	json_object_put(root);

	TG_CHECK(tg_json_parse("{\"a\": 1} x", 10, &err) == NULL && err.kind == TG_ERR_PROTOCOL);
	tg_error_clear(&err);
	TG_CHECK(tg_json_parse("{\"data\": [1, 2", 14, &err) == NULL && err.kind == TG_ERR_PROTOCOL);
	tg_error_clear(&err);
	TG_CHECK(tg_json_parse("<html></html>", 13, &err) == NULL && err.kind == TG_ERR_PROTOCOL);
	tg_error_clear(&err);
	for (int i = 0; i < 100; i++) {
		deep[i] = '[';
		deep[100 + i] = ']';
	}
	TG_CHECK(tg_json_parse(deep, 200, &err) == NULL && err.kind == TG_ERR_PROTOCOL);
	tg_error_clear(&err);
}
