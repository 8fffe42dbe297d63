#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tg_store.h"
#include "tg_test.h"

void tg_test_store(void)
{
	char folder[] = "/tmp/tg-store-test-XXXXXX";
	char path[128];
	tg_error err;
	tg_store *store, *other;
	struct stat info;
	char *value;

	tg_error_init(&err);
	TG_CHECK(mkdtemp(folder) != NULL);
	snprintf(path, sizeof(path), "%s/sub/store.sqlite", folder);
	store = tg_store_open(path, &err);
	TG_CHECK(store != NULL);
	if (!store) {
		return;
	}
	TG_CHECK(stat(path, &info) == 0 && (info.st_mode & 0777) == 0600);
	TG_CHECK(tg_store_meta_set(store, "cursor", "2026-11-28T09:15:00+00:00", &err) == 0);
	value = tg_store_meta_get(store, "cursor", &err);
	TG_CHECK_STR(value, "2026-11-28T09:15:00+00:00");
	free(value);
	TG_CHECK(tg_store_meta_get(store, "missing", &err) == NULL && err.kind == TG_OK);

	/* A second connection, as another process would have, sees the lock taken. */
	other = tg_store_open(path, &err);
	TG_CHECK(other != NULL);
	TG_CHECK(tg_store_lock_acquire(store, "sync", "a", 60, &err) == 1);
	TG_CHECK(tg_store_lock_acquire(other, "sync", "b", 60, &err) == 0);
	TG_CHECK(tg_store_lock_acquire(store, "sync", "a", 60, &err) == 1);
	TG_CHECK(tg_store_lock_release(store, "sync", "a", &err) == 0);
	TG_CHECK(tg_store_lock_acquire(other, "sync", "b", -1, &err) == 1);
	/* An expired lock is free for the next taker. */
	TG_CHECK(tg_store_lock_acquire(store, "sync", "a", 60, &err) == 1);
	tg_store_close(other);
	tg_store_close(store);

	/* Reopening keeps the data and does not migrate again. */
	store = tg_store_open(path, &err);
	value = store ? tg_store_meta_get(store, "cursor", &err) : NULL;
	TG_CHECK_STR(value, "2026-11-28T09:15:00+00:00");
	free(value);
	tg_store_close(store);

	TG_CHECK(tg_store_open("mysql://host/db", &err) == NULL && err.kind == TG_ERR_VALIDATION);
	tg_error_clear(&err);
	TG_CHECK(tg_store_open("", &err) == NULL && err.kind == TG_ERR_VALIDATION);
	tg_error_clear(&err);
	snprintf(path, sizeof(path), "rm -rf %s", folder);
	TG_CHECK(system(path) == 0);
}
