/* HTTP calls over libcurl. Every call runs through a multi handle, so one call and a batch of
 * concurrent calls share the same connection cache and the same code path. */
#ifndef TG_HTTP_H
#define TG_HTTP_H

#include <curl/curl.h>
#include <stddef.h>

#include "tg_buf.h"
#include "tg_error.h"

/* Answers larger than this are not TotalGest's: a listing page, and any other answer. */
#define TG_HTTP_MAX_PAGE_BYTES (32u * 1024u * 1024u)
#define TG_HTTP_MAX_ANSWER_BYTES (1024u * 1024u)

typedef struct {
	long connect_timeout_ms;
	long timeout_ms;
	const char *ca_file;       /* NULL: the system's trust store */
	const char *user_agent;
	size_t max_response_bytes;
} tg_http_options;

typedef struct {
	CURL *easy;                /* borrowed from the session's pool */
	struct curl_slist *headers;
	char *request_body;
	size_t request_body_len;
	size_t request_body_sent;  /* how much of it libcurl has read */
	char errbuf[CURL_ERROR_SIZE];
	CURLcode result;
	/* The answer */
	long status;
	char content_type[128];
	char location[256];
	long retry_after_s;        /* -1: no Retry-After */
	int totalgest_marker;      /* the X-TotalGest-Api header was present */
	long long server_time;     /* the server's clock from the Date header; 0: absent */
	tg_buf body;
	double elapsed_ms;
} tg_http_call;

/* Prepares a call on a reset handle. header_lines: NULL-terminated "Name: value" strings. */
int tg_http_setup(tg_http_call *call, CURL *easy, const tg_http_options *options, const char *method,
	const char *url, const char *const *header_lines, const char *body, tg_error *err);
/* Runs the calls concurrently on multi until all have ended or failed. */
void tg_http_run(CURLM *multi, tg_http_call **calls, size_t count);
/* Turns a transport failure into an error an admin understands; 0 when an HTTP answer arrived. */
int tg_http_transport_error(const tg_http_call *call, tg_error *err);
void tg_http_cleanup(tg_http_call *call);

#endif
