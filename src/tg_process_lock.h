/* A named store lock held by one process at a time. Its owner is "host:pid:nonce", so a holder that
 * died on this machine (SIGKILL, OOM) is recognized at once instead of blocking everyone until the
 * lock expires; a holder on another machine is trusted until its expiry. */
#ifndef TG_PROCESS_LOCK_H
#define TG_PROCESS_LOCK_H

#include "tg_error.h"
#include "tg_store.h"

typedef struct {
	tg_store *store;
	char name[64];
	char owner[192];
	double ttl_s;
	int held;
} tg_process_lock;

/* Returns 1 when taken, 0 when a live process holds it, -1 on error. */
int tg_process_lock_acquire(tg_process_lock *lock, tg_store *store, const char *name, double ttl_s, tg_error *err);
/* Pushes the expiry forward; returns 1 while still ours, 0 when another process took it over. */
int tg_process_lock_renew(tg_process_lock *lock, tg_error *err);
/* Releases a held lock; errors are ignored (the expiry frees it anyway). */
void tg_process_lock_release(tg_process_lock *lock);

#endif
