/* A store in a temporary folder for one test, removed afterwards. */
#ifndef TG_TEST_STORE_H
#define TG_TEST_STORE_H

#include "tg_store.h"

typedef struct {
	char folder[64];
	char path[128];
	tg_store *store;
} tg_test_store;

/* Opens <tmp>/tg-<name>-XXXXXX/store.sqlite; returns the store, NULL (a failed check) when it cannot. */
tg_store *tg_test_store_open(tg_test_store *test_store, const char *name);
/* A further file path in the same folder. */
const char *tg_test_store_file(tg_test_store *test_store, const char *file);
/* Closes the store and removes the folder. */
void tg_test_store_remove(tg_test_store *test_store);

#endif
