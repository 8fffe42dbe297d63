#include "tg_test_store.h"

#include <stdio.h>
#include <stdlib.h>

#include "tg_test.h"

tg_store *tg_test_store_open(tg_test_store *test_store, const char *name)
{
	tg_error err;

	tg_error_init(&err);
	snprintf(test_store->folder, sizeof(test_store->folder), "/tmp/tg-%s-XXXXXX", name);
	test_store->store = NULL;
	TG_CHECK(mkdtemp(test_store->folder) != NULL);
	snprintf(test_store->path, sizeof(test_store->path), "%s/store.sqlite", test_store->folder);
	test_store->store = tg_store_open(test_store->path, &err);
	TG_CHECK(test_store->store != NULL);
	if (!test_store->store) {
		fprintf(stderr, "store: %s\n", err.message);
	}
	tg_error_clear(&err);
	return test_store->store;
}

const char *tg_test_store_file(tg_test_store *test_store, const char *file)
{
	snprintf(test_store->path, sizeof(test_store->path), "%s/%s", test_store->folder, file);
	return test_store->path;
}

void tg_test_store_remove(tg_test_store *test_store)
{
	char command[96];

	tg_store_close(test_store->store);
	test_store->store = NULL;
	snprintf(command, sizeof(command), "rm -rf %s", test_store->folder);
	TG_CHECK(system(command) == 0);
}
