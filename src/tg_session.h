/* What a process keeps between calls for one configuration: the auth token and the curl handles
 * with their open connections. Made in one process, never used in another (after fork). */
#ifndef TG_SESSION_H
#define TG_SESSION_H

#include <curl/curl.h>
#include <stddef.h>

#define TG_SESSION_MAX_HANDLES 64

typedef struct {
	char fingerprint[33];
	char *identity;          /* the full settings the fingerprint stands for, compared on lookup */
	long pid;
	char *token;
	double token_expires_at;
	double token_renew_at;   /* renewed from here on, before it expires mid-request */
	CURLM *multi;
	CURL *handles[TG_SESSION_MAX_HANDLES];
	size_t handle_count;
} tg_session;

tg_session *tg_session_new(const char *fingerprint, const char *identity);
/* The session belongs to these exact settings (the fingerprint alone could collide). */
int tg_session_matches(const tg_session *session, const char *identity);
/* Closes connections and wipes the token. Only in the process that made the session. */
void tg_session_free(tg_session *session);
int tg_session_is_own(const tg_session *session);
/* The index-th pooled easy handle, made on first use; NULL when out of memory. */
CURL *tg_session_handle(tg_session *session, size_t index);
void tg_session_set_token(tg_session *session, const char *token, double issued_at, double lifetime_s);
void tg_session_forget_token(tg_session *session);
/* The token when it is still valid for at least a few seconds, else NULL. */
const char *tg_session_token(const tg_session *session);

#endif
