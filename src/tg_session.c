#include "tg_session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tg_time.h"

/* A token this close to its expiry (or half its lifetime, when shorter) is renewed before use
 * rather than risk a 401 in the middle of a listing. */
#define TG_TOKEN_RENEW_MARGIN_S 30.0

static void tg_wipe(char *secret)
{
	volatile char *p = secret;

	while (p && *p) {
		*p++ = '\0';
	}
}

tg_session *tg_session_new(const char *fingerprint, const char *identity)
{
	tg_session *session = calloc(1, sizeof(*session));

	if (!session) {
		return NULL;
	}
	session->identity = strdup(identity);
	if (!session->identity) {
		free(session);
		return NULL;
	}
	snprintf(session->fingerprint, sizeof(session->fingerprint), "%s", fingerprint);
	session->pid = (long) getpid();
	session->multi = curl_multi_init();
	if (!session->multi) {
		tg_wipe(session->identity);
		free(session->identity);
		free(session);
		return NULL;
	}
	return session;
}

int tg_session_matches(const tg_session *session, const char *identity)
{
	return strcmp(session->identity, identity) == 0;
}

void tg_session_free(tg_session *session)
{
	if (!session) {
		return;
	}
	tg_session_forget_token(session);
	for (size_t i = 0; i < session->handle_count; i++) {
		curl_easy_cleanup(session->handles[i]);
	}
	curl_multi_cleanup(session->multi);
	tg_wipe(session->identity);
	free(session->identity);
	free(session);
}

int tg_session_is_own(const tg_session *session)
{
	return session->pid == (long) getpid();
}

CURL *tg_session_handle(tg_session *session, size_t index)
{
	if (index >= TG_SESSION_MAX_HANDLES) {
		return NULL;
	}
	while (session->handle_count <= index) {
		CURL *easy = curl_easy_init();
		if (!easy) {
			return NULL;
		}
		session->handles[session->handle_count++] = easy;
	}
	return session->handles[index];
}

void tg_session_set_token(tg_session *session, const char *token, double issued_at, double lifetime_s)
{
	double margin = lifetime_s / 2 < TG_TOKEN_RENEW_MARGIN_S ? lifetime_s / 2 : TG_TOKEN_RENEW_MARGIN_S;

	tg_session_forget_token(session);
	session->token = strdup(token);
	session->token_expires_at = issued_at + lifetime_s;
	session->token_renew_at = session->token_expires_at - margin;
}

void tg_session_forget_token(tg_session *session)
{
	if (session->token) {
		tg_wipe(session->token);
		free(session->token);
		session->token = NULL;
	}
	session->token_expires_at = 0;
	session->token_renew_at = 0;
}

const char *tg_session_token(const tg_session *session)
{
	if (!session->token || session->token_renew_at <= tg_time_now()) {
		return NULL;
	}
	return session->token;
}
