/* Runs every C unit test of the core and prints the plain summary line. */
#include <curl/curl.h>

#include "tg_test.h"

int tg_test_passed;
int tg_test_failed;

#define TG_TESTS(X) \
	X(decimal) \
	X(time) \
	X(text) \
	X(json) \
	X(config) \
	X(contract) \
	X(store) \
	X(status) \
	X(product_sync) \
	X(order) \
	X(queue) \
	X(export)

#define TG_DECLARE(name) void tg_test_##name(void);
TG_TESTS(TG_DECLARE)

int main(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
#define TG_RUN(name) tg_test_##name();
	TG_TESTS(TG_RUN)
	curl_global_cleanup();
	printf("%d passed, %d failed\n", tg_test_passed, tg_test_failed);
	return tg_test_failed == 0 ? 0 : 1;
}
