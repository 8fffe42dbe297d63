/* The local store: one SQLite database (WAL, busy timeout, 0600) holding the product map, the
 * order queue, sync cursors and locks. Modules run their own SQL on tg_store_db(). */
#ifndef TG_STORE_H
#define TG_STORE_H

#include <sqlite3.h>

#include "tg_error.h"

typedef struct tg_store tg_store;

#define TG_STORE_SCHEMA_VERSION 1

/* dsn: "sqlite:/path/file.sqlite" or a plain path. The file and a missing parent folder are made
 * with owner-only permissions. */
tg_store *tg_store_open(const char *dsn, tg_error *err);
void tg_store_close(tg_store *store);
sqlite3 *tg_store_db(tg_store *store);
const char *tg_store_path(const tg_store *store);

/* Transactions: BEGIN IMMEDIATE takes the write lock up front, so no deadlock on upgrade. */
int tg_store_begin(tg_store *store, tg_error *err);
int tg_store_commit(tg_store *store, tg_error *err);
void tg_store_rollback(tg_store *store);
/* Sets err from the database's last error; returns -1. */
int tg_store_fail(tg_store *store, const char *what, tg_error *err);
int tg_store_exec(tg_store *store, const char *sql, tg_error *err);

/* meta key/value pairs (cursors, last run). tg_store_meta_get: caller frees, NULL when absent. */
char *tg_store_meta_get(tg_store *store, const char *key, tg_error *err);
int tg_store_meta_set(tg_store *store, const char *key, const char *value, tg_error *err);

/* A lock shared by all processes using the store, with an expiry so a crashed holder blocks
 * nobody for long. Returns 1 when taken, 0 when someone else holds it, -1 on error. */
int tg_store_lock_acquire(tg_store *store, const char *name, const char *owner, double ttl_s, tg_error *err);
int tg_store_lock_release(tg_store *store, const char *name, const char *owner, tg_error *err);

const char *tg_store_sqlite_version(void);

#endif
