#include "tg_store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tg_time.h"

#define TG_STORE_BUSY_TIMEOUT_MS 10000

struct tg_store {
	sqlite3 *db;
	char *path;
};

/* Migration N brings the schema from version N-1 to N. Append only: never edit a released step. */
static const char *const tg_migrations[] = {
	"CREATE TABLE meta ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT"
	");"
	"CREATE TABLE locks ("
	"  name TEXT PRIMARY KEY,"
	"  owner TEXT NOT NULL,"
	"  expires_at REAL NOT NULL"
	");"
	/* One row per TotalGest product the shop has received. */
	"CREATE TABLE products ("
	"  external_id TEXT PRIMARY KEY,"
	"  shop_id TEXT,"
	"  sku TEXT,"
	"  hash TEXT,"
	"  data TEXT,"
	"  active INTEGER NOT NULL DEFAULT 1,"
	"  state TEXT NOT NULL CHECK (state IN ('synced', 'error')),"
	"  message TEXT,"
	"  tg_updated_at TEXT,"
	"  synced_at REAL,"
	"  seen_run INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE UNIQUE INDEX products_by_shop_id ON products(shop_id);"
	/* The order queue; a row stays after export so the status column can show it. */
	"CREATE TABLE orders ("
	"  shop_id TEXT PRIMARY KEY,"
	"  payload TEXT,"
	"  state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'retrying', 'failed', 'exported')),"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  next_attempt_at REAL NOT NULL DEFAULT 0,"
	"  lease_owner TEXT,"
	"  lease_until REAL,"
	"  ambiguous INTEGER NOT NULL DEFAULT 0,"
	"  tg_id TEXT,"
	"  tg_number TEXT,"
	"  error_code TEXT,"
	"  error_message TEXT,"
	"  created_at REAL NOT NULL,"
	"  updated_at REAL NOT NULL,"
	"  exported_at REAL"
	");"
	"CREATE INDEX orders_due ON orders(state, next_attempt_at);",
};

int tg_store_fail(tg_store *store, const char *what, tg_error *err)
{
	return tg_error_set(err, TG_ERR_STORE, "store_error", "The local store failed while %s: %s", what,
		store && store->db ? sqlite3_errmsg(store->db) : "not open");
}

int tg_store_exec(tg_store *store, const char *sql, tg_error *err)
{
	char *message = NULL;

	if (sqlite3_exec(store->db, sql, NULL, NULL, &message) != SQLITE_OK) {
		tg_error_set(err, TG_ERR_STORE, "store_error", "The local store failed: %s", message ? message : "unknown error");
		sqlite3_free(message);
		return -1;
	}
	return 0;
}

static int tg_store_prepare_file(const char *path, tg_error *err)
{
	char *folder = strdup(path);
	char *slash;
	int fd;

	if (!folder) {
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}
	slash = strrchr(folder, '/');
	if (slash && slash != folder) {
		*slash = '\0';
		/* Every missing folder on the way, owner-only like the file. */
		for (char *p = folder + 1; ; p++) {
			if (*p != '/' && *p != '\0') {
				continue;
			}
			char saved = *p;
			*p = '\0';
			if (mkdir(folder, 0700) != 0 && errno != EEXIST) {
				tg_error_set(err, TG_ERR_STORE, "store_unavailable", "Cannot create the store folder %s: %s", folder,
					strerror(errno));
				free(folder);
				return -1;
			}
			*p = saved;
			if (saved == '\0') {
				break;
			}
		}
	}
	free(folder);
	/* Made here rather than by SQLite so that the umask cannot widen the permissions. */
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		return tg_error_set(err, TG_ERR_STORE, "store_unavailable", "Cannot open the store %s: %s", path,
			strerror(errno));
	}
	close(fd);
	return 0;
}

static int tg_store_migrate(tg_store *store, tg_error *err)
{
	const int latest = (int) (sizeof(tg_migrations) / sizeof(tg_migrations[0]));
	sqlite3_stmt *statement = NULL;
	int version = 0;

	if (tg_store_begin(store, err) != 0) {
		return -1;
	}
	if (sqlite3_prepare_v2(store->db, "PRAGMA user_version", -1, &statement, NULL) != SQLITE_OK
		|| sqlite3_step(statement) != SQLITE_ROW) {
		sqlite3_finalize(statement);
		tg_store_rollback(store);
		return tg_store_fail(store, "reading the schema version", err);
	}
	version = sqlite3_column_int(statement, 0);
	sqlite3_finalize(statement);
	if (version > latest) {
		tg_store_rollback(store);
		return tg_error_set(err, TG_ERR_STORE, "store_too_new",
			"The store %s was written by a newer version of the extension (schema %d, this one knows %d)",
			store->path, version, latest);
	}
	for (; version < latest; version++) {
		char pragma[48];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", version + 1);
		if (tg_store_exec(store, tg_migrations[version], err) != 0 || tg_store_exec(store, pragma, err) != 0) {
			tg_store_rollback(store);
			return -1;
		}
	}
	return tg_store_commit(store, err);
}

/* Switching a new file to WAL needs a moment of exclusive access, and SQLite does not wait for it
 * through the busy handler: when several processes open a fresh store at once, wait here. */
static int tg_store_use_wal(tg_store *store, tg_error *err)
{
	const double deadline = tg_time_now() + TG_STORE_BUSY_TIMEOUT_MS / 1000.0;

	for (;;) {
		char *message = NULL;
		int rc = sqlite3_exec(store->db, "PRAGMA journal_mode = WAL", NULL, NULL, &message);
		sqlite3_free(message);
		if (rc == SQLITE_OK) {
			return 0;
		}
		if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tg_time_now() > deadline) {
			return tg_store_fail(store, "switching to WAL mode", err);
		}
		usleep(10000);
	}
}

tg_store *tg_store_open(const char *dsn, tg_error *err)
{
	const char *path = strncmp(dsn, "sqlite:", 7) == 0 ? dsn + 7 : dsn;
	tg_store *store;

	if (path[0] == '\0') {
		tg_error_set(err, TG_ERR_VALIDATION, "invalid_store", "No store is configured: set totalgest.store");
		return NULL;
	}
	if (strstr(dsn, "://") || (strchr(dsn, ':') && strncmp(dsn, "sqlite:", 7) != 0)) {
		tg_error_set(err, TG_ERR_VALIDATION, "invalid_store",
			"Unsupported store \"%s\": use a file path or sqlite:/path/to/file.sqlite", dsn);
		return NULL;
	}
	if (tg_store_prepare_file(path, err) != 0) {
		return NULL;
	}
	store = calloc(1, sizeof(*store));
	if (!store || !(store->path = strdup(path))) {
		free(store);
		tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
		return NULL;
	}
	if (sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		tg_store_fail(store, "opening", err);
		tg_store_close(store);
		return NULL;
	}
	sqlite3_busy_timeout(store->db, TG_STORE_BUSY_TIMEOUT_MS);
	/* WAL: readers never block the writer; synchronous=FULL: a queued order survives a power cut. */
	if (tg_store_use_wal(store, err) != 0
		|| tg_store_exec(store, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", err) != 0
		|| tg_store_migrate(store, err) != 0) {
		tg_store_close(store);
		return NULL;
	}
	return store;
}

void tg_store_close(tg_store *store)
{
	if (!store) {
		return;
	}
	sqlite3_close_v2(store->db);
	free(store->path);
	free(store);
}

sqlite3 *tg_store_db(tg_store *store)
{
	return store->db;
}

const char *tg_store_path(const tg_store *store)
{
	return store->path;
}

int tg_store_begin(tg_store *store, tg_error *err)
{
	return tg_store_exec(store, "BEGIN IMMEDIATE", err);
}

int tg_store_commit(tg_store *store, tg_error *err)
{
	if (tg_store_exec(store, "COMMIT", err) != 0) {
		tg_store_rollback(store);
		return -1;
	}
	return 0;
}

void tg_store_rollback(tg_store *store)
{
	if (!sqlite3_get_autocommit(store->db)) {
		sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
	}
}

char *tg_store_meta_get(tg_store *store, const char *key, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	char *value = NULL;
	int rc;

	if (sqlite3_prepare_v2(store->db, "SELECT value FROM meta WHERE key = ?1", -1, &statement, NULL) != SQLITE_OK) {
		tg_store_fail(store, "reading a setting", err);
		return NULL;
	}
	sqlite3_bind_text(statement, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(statement);
	if (rc == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
		value = strdup((const char *) sqlite3_column_text(statement, 0));
	} else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		tg_store_fail(store, "reading a setting", err);
	}
	sqlite3_finalize(statement);
	return value;
}

int tg_store_meta_set(tg_store *store, const char *key, const char *value, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	int rc;

	if (sqlite3_prepare_v2(store->db,
		"INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
		-1, &statement, NULL) != SQLITE_OK) {
		return tg_store_fail(store, "writing a setting", err);
	}
	sqlite3_bind_text(statement, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(statement);
	sqlite3_finalize(statement);
	return rc == SQLITE_DONE ? 0 : tg_store_fail(store, "writing a setting", err);
}

int tg_store_lock_acquire(tg_store *store, const char *name, const char *owner, double ttl_s, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	double now = tg_time_now();
	int rc;

	/* Takes a free or expired lock in one statement; changes() tells whether it was ours to take. */
	if (sqlite3_prepare_v2(store->db,
		"INSERT INTO locks (name, owner, expires_at) VALUES (?1, ?2, ?3) "
		"ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at "
		"WHERE locks.expires_at < ?4 OR locks.owner = excluded.owner",
		-1, &statement, NULL) != SQLITE_OK) {
		return tg_store_fail(store, "taking a lock", err);
	}
	sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 2, owner, -1, SQLITE_STATIC);
	sqlite3_bind_double(statement, 3, now + ttl_s);
	sqlite3_bind_double(statement, 4, now);
	rc = sqlite3_step(statement);
	sqlite3_finalize(statement);
	if (rc != SQLITE_DONE) {
		return tg_store_fail(store, "taking a lock", err);
	}
	return sqlite3_changes(store->db) > 0 ? 1 : 0;
}

int tg_store_lock_release(tg_store *store, const char *name, const char *owner, tg_error *err)
{
	sqlite3_stmt *statement = NULL;
	int rc;

	if (sqlite3_prepare_v2(store->db, "DELETE FROM locks WHERE name = ?1 AND owner = ?2", -1, &statement, NULL)
		!= SQLITE_OK) {
		return tg_store_fail(store, "releasing a lock", err);
	}
	sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(statement, 2, owner, -1, SQLITE_STATIC);
	rc = sqlite3_step(statement);
	sqlite3_finalize(statement);
	return rc == SQLITE_DONE ? 0 : tg_store_fail(store, "releasing a lock", err);
}

const char *tg_store_sqlite_version(void)
{
	return sqlite3_libversion();
}
