#include "tg_process_lock.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tg_time.h"

/* Two locks taken by one process (a nested run) must not look like the same owner. */
static unsigned long tg_lock_nonce;

static void tg_lock_host(char *out, size_t size)
{
	if (gethostname(out, size) != 0) {
		snprintf(out, size, "unknown");
	}
	out[size - 1] = '\0';
}

/* Whether owner names a process of this machine that no longer exists. */
static int tg_lock_owner_is_dead(const char *owner)
{
	char host[128], own_host[128];
	long pid = 0;
	const char *pid_start, *nonce_start;
	size_t host_len;

	nonce_start = strrchr(owner, ':');
	if (!nonce_start || nonce_start == owner) {
		return 0;
	}
	pid_start = nonce_start - 1;
	while (pid_start > owner && *pid_start != ':') {
		pid_start--;
	}
	if (*pid_start != ':' || sscanf(pid_start + 1, "%ld", &pid) != 1 || pid <= 0) {
		return 0;
	}
	host_len = (size_t) (pid_start - owner);
	if (host_len >= sizeof(host)) {
		return 0;
	}
	memcpy(host, owner, host_len);
	host[host_len] = '\0';
	tg_lock_host(own_host, sizeof(own_host));
	if (strcmp(host, own_host) != 0 || pid == (long) getpid()) {
		return 0;
	}
	return kill((pid_t) pid, 0) != 0 && errno == ESRCH;
}

/* Deletes the lock when its holder died on this machine; returns 1 when it did. */
static int tg_lock_clear_dead_holder(tg_process_lock *lock, tg_error *err)
{
	sqlite3 *db = tg_store_db(lock->store);
	sqlite3_stmt *statement = NULL;
	char *owner = NULL;
	int cleared = 0;

	if (sqlite3_prepare_v2(db, "SELECT owner FROM locks WHERE name = ?1", -1, &statement, NULL) != SQLITE_OK) {
		return tg_store_fail(lock->store, "reading a lock", err);
	}
	sqlite3_bind_text(statement, 1, lock->name, -1, SQLITE_STATIC);
	if (sqlite3_step(statement) == SQLITE_ROW) {
		owner = strdup((const char *) sqlite3_column_text(statement, 0));
	}
	sqlite3_finalize(statement);
	if (owner && tg_lock_owner_is_dead(owner)) {
		if (tg_store_lock_release(lock->store, lock->name, owner, err) != 0) {
			free(owner);
			return -1;
		}
		cleared = 1;
	}
	free(owner);
	return cleared;
}

int tg_process_lock_acquire(tg_process_lock *lock, tg_store *store, const char *name, double ttl_s, tg_error *err)
{
	char host[128];
	int taken;

	memset(lock, 0, sizeof(*lock));
	lock->store = store;
	lock->ttl_s = ttl_s;
	snprintf(lock->name, sizeof(lock->name), "%s", name);
	tg_lock_host(host, sizeof(host));
	snprintf(lock->owner, sizeof(lock->owner), "%s:%ld:%lx.%lx", host, (long) getpid(), ++tg_lock_nonce,
		(unsigned long) (tg_time_now() * 1000.0));
	taken = tg_store_lock_acquire(store, lock->name, lock->owner, ttl_s, err);
	if (taken == 0) {
		int cleared = tg_lock_clear_dead_holder(lock, err);
		if (cleared < 0) {
			return -1;
		}
		if (cleared) {
			taken = tg_store_lock_acquire(store, lock->name, lock->owner, ttl_s, err);
		}
	}
	lock->held = taken == 1;
	return taken;
}

int tg_process_lock_renew(tg_process_lock *lock, tg_error *err)
{
	int still_ours;

	if (!lock->held) {
		return 0;
	}
	/* Acquiring again as the same owner only moves the expiry; it fails once someone took over. */
	still_ours = tg_store_lock_acquire(lock->store, lock->name, lock->owner, lock->ttl_s, err);
	if (still_ours == 0) {
		lock->held = 0;
	}
	return still_ours;
}

void tg_process_lock_release(tg_process_lock *lock)
{
	tg_error ignored;

	if (!lock->held) {
		return;
	}
	tg_error_init(&ignored);
	tg_store_lock_release(lock->store, lock->name, lock->owner, &ignored);
	tg_error_clear(&ignored);
	lock->held = 0;
}
