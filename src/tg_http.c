#include "tg_http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static size_t tg_http_on_body(char *data, size_t size, size_t count, void *userdata)
{
	tg_http_call *call = userdata;
	size_t len = size * count;

	/* Returning less than len makes libcurl stop with CURLE_WRITE_ERROR; body.overflowed tells why. */
	return tg_buf_append(&call->body, data, len) == 0 ? len : 0;
}

static void tg_http_copy_header_value(char *out, size_t size, const char *value, size_t len)
{
	while (len && (*value == ' ' || *value == '\t')) {
		value++;
		len--;
	}
	while (len && (value[len - 1] == '\r' || value[len - 1] == '\n' || value[len - 1] == ' ')) {
		len--;
	}
	if (len >= size) {
		len = size - 1;
	}
	memcpy(out, value, len);
	out[len] = '\0';
}

static size_t tg_http_on_header(char *data, size_t size, size_t count, void *userdata)
{
	tg_http_call *call = userdata;
	size_t len = size * count;
	const char *colon = memchr(data, ':', len);
	size_t name_len;
	const char *value;
	size_t value_len;

	if (len >= 5 && strncmp(data, "HTTP/", 5) == 0) {
		/* A new status line (after 100 Continue): forget the headers of the interim answer. */
		call->content_type[0] = '\0';
		call->location[0] = '\0';
		call->retry_after_s = -1;
		call->totalgest_marker = 0;
		call->server_time = 0;
		return len;
	}
	if (!colon) {
		return len;
	}
	name_len = (size_t) (colon - data);
	value = colon + 1;
	value_len = len - name_len - 1;
	if (name_len == 12 && strncasecmp(data, "Content-Type", 12) == 0) {
		tg_http_copy_header_value(call->content_type, sizeof(call->content_type), value, value_len);
	} else if (name_len == 8 && strncasecmp(data, "Location", 8) == 0) {
		tg_http_copy_header_value(call->location, sizeof(call->location), value, value_len);
	} else if (name_len == 11 && strncasecmp(data, "Retry-After", 11) == 0) {
		char text[32];
		char *end;
		long seconds;
		tg_http_copy_header_value(text, sizeof(text), value, value_len);
		seconds = strtol(text, &end, 10);
		if (end != text && *end == '\0' && seconds >= 0) {
			call->retry_after_s = seconds;
		}
	} else if (name_len == 4 && strncasecmp(data, "Date", 4) == 0) {
		char text[64];
		time_t parsed;
		tg_http_copy_header_value(text, sizeof(text), value, value_len);
		parsed = curl_getdate(text, NULL);
		call->server_time = parsed > 0 ? (long long) parsed : 0;
	} else if (name_len == 15 && strncasecmp(data, "X-TotalGest-Api", 15) == 0) {
		call->totalgest_marker = 1;
	}
	return len;
}

static size_t tg_http_read_body(char *buffer, size_t size, size_t count, void *userdata)
{
	tg_http_call *call = userdata;
	size_t left = call->request_body_len - call->request_body_sent;
	size_t chunk = size * count < left ? size * count : left;

	memcpy(buffer, call->request_body + call->request_body_sent, chunk);
	call->request_body_sent += chunk;
	return chunk;
}

/* libcurl rewinds the body when it sends the request again on a fresh connection. */
static int tg_http_seek_body(void *userdata, curl_off_t offset, int origin)
{
	tg_http_call *call = userdata;

	if (origin != SEEK_SET || offset < 0 || (size_t) offset > call->request_body_len) {
		return CURL_SEEKFUNC_CANTSEEK;
	}
	call->request_body_sent = (size_t) offset;
	return CURL_SEEKFUNC_OK;
}

int tg_http_setup(tg_http_call *call, CURL *easy, const tg_http_options *options, const char *method,
	const char *url, const char *const *header_lines, const char *body, tg_error *err)
{
	memset(call, 0, sizeof(*call));
	call->easy = easy;
	call->retry_after_s = -1;
	tg_buf_init(&call->body, options->max_response_bytes);
	curl_easy_reset(easy);

	call->headers = curl_slist_append(NULL, "Accept: application/json");
	for (size_t i = 0; call->headers && header_lines && header_lines[i]; i++) {
		struct curl_slist *grown = curl_slist_append(call->headers, header_lines[i]);
		if (!grown) {
			curl_slist_free_all(call->headers);
			call->headers = NULL;
		}
		call->headers = grown;
	}
	if (body && call->headers) {
		call->headers = curl_slist_append(call->headers, "Content-Type: application/json; charset=utf-8");
		call->request_body = strdup(body);
		call->request_body_len = strlen(body);
	}
	if (!call->headers || (body && !call->request_body)) {
		tg_http_cleanup(call);
		return tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory");
	}

	curl_easy_setopt(easy, CURLOPT_URL, url);
	curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, call->errbuf);
	curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, options->connect_timeout_ms);
	curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, options->timeout_ms);
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	/* Redirects are never followed: a redirect would send the token to whatever host it names. */
	curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
	if (options->ca_file) {
		curl_easy_setopt(easy, CURLOPT_CAINFO, options->ca_file);
	}
	curl_easy_setopt(easy, CURLOPT_USERAGENT, options->user_agent);
	curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) options->max_response_bytes);
	curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(easy, CURLOPT_HTTPHEADER, call->headers);
	curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, tg_http_on_body);
	curl_easy_setopt(easy, CURLOPT_WRITEDATA, call);
	curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, tg_http_on_header);
	curl_easy_setopt(easy, CURLOPT_HEADERDATA, call);
	curl_easy_setopt(easy, CURLOPT_PRIVATE, call);
	if (body) {
		/* Read through a callback rather than handed over as POSTFIELDS: libcurl then copies it
		 * only into the handle's one upload buffer, not into a fresh request buffer per call that
		 * is freed unwiped (a login body holds the password). */
		curl_easy_setopt(easy, CURLOPT_POST, 1L);
		curl_easy_setopt(easy, CURLOPT_READFUNCTION, tg_http_read_body);
		curl_easy_setopt(easy, CURLOPT_READDATA, call);
		curl_easy_setopt(easy, CURLOPT_SEEKFUNCTION, tg_http_seek_body);
		curl_easy_setopt(easy, CURLOPT_SEEKDATA, call);
		curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) call->request_body_len);
	}
	if (strcmp(method, "GET") != 0 && strcmp(method, "POST") != 0) {
		curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method);
	}
	return 0;
}

void tg_http_run(CURLM *multi, tg_http_call **calls, size_t count)
{
	int running = 0;

	for (size_t i = 0; i < count; i++) {
		calls[i]->result = CURLE_FAILED_INIT;
		if (curl_multi_add_handle(multi, calls[i]->easy) != CURLM_OK) {
			snprintf(calls[i]->errbuf, sizeof(calls[i]->errbuf), "could not start the request");
			calls[i]->easy = NULL;
		}
	}
	do {
		CURLMsg *message;
		int queued;

		if (curl_multi_perform(multi, &running) != CURLM_OK) {
			break;
		}
		while ((message = curl_multi_info_read(multi, &queued)) != NULL) {
			tg_http_call *call = NULL;
			if (message->msg != CURLMSG_DONE) {
				continue;
			}
			curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, (char **) &call);
			call->result = message->data.result;
		}
		if (running) {
			curl_multi_poll(multi, NULL, 0, 1000, NULL);
		}
	} while (running);
	for (size_t i = 0; i < count; i++) {
		if (calls[i]->easy) {
			double total = 0;
			curl_easy_getinfo(calls[i]->easy, CURLINFO_RESPONSE_CODE, &calls[i]->status);
			curl_easy_getinfo(calls[i]->easy, CURLINFO_TOTAL_TIME, &total);
			calls[i]->elapsed_ms = total * 1000.0;
			curl_multi_remove_handle(multi, calls[i]->easy);
		}
	}
}

static int tg_http_request_left(const tg_http_call *call)
{
	curl_off_t uploaded = 0;
	long request_size = 0;

	curl_easy_getinfo(call->easy, CURLINFO_REQUEST_SIZE, &request_size);
	curl_easy_getinfo(call->easy, CURLINFO_SIZE_UPLOAD_T, &uploaded);
	return request_size > 0 || uploaded > 0;
}

int tg_http_transport_error(const tg_http_call *call, tg_error *err)
{
	const char *detail = call->errbuf[0] ? call->errbuf : curl_easy_strerror(call->result);
	int rc;

	if (call->result == CURLE_OK) {
		return 0;
	}
	if (!call->easy) {
		return tg_error_set(err, TG_ERR_INTERNAL, "curl_failed", "The request could not be started");
	}
	switch (call->result) {
	case CURLE_COULDNT_RESOLVE_HOST:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "host_not_found",
			"The TotalGest host was not found (DNS): check the API endpoint (%s)", detail);
		break;
	case CURLE_COULDNT_CONNECT:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "connection_refused",
			"Could not connect to the TotalGest host: the connection was refused or the host is unreachable (%s)", detail);
		break;
	case CURLE_OPERATION_TIMEDOUT: {
		double connect_time = 0;
		curl_easy_getinfo(call->easy, CURLINFO_CONNECT_TIME, &connect_time);
		/* A reused connection has no connect time: only a request that never left timed out connecting. */
		if (connect_time <= 0 && !tg_http_request_left(call)) {
			rc = tg_error_set(err, TG_ERR_CONNECTION, "connect_timeout",
				"Connecting to the TotalGest host timed out (%s)", detail);
		} else {
			rc = tg_error_set(err, TG_ERR_CONNECTION, "timeout",
				"TotalGest did not answer in time (%s)", detail);
		}
		break;
	}
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "tls_error",
			"The secure (TLS) connection to the TotalGest host failed: its certificate is not trusted or TLS is broken (%s)", detail);
		break;
	case CURLE_WRITE_ERROR:
	case CURLE_FILESIZE_EXCEEDED:
		if (call->body.overflowed || call->result == CURLE_FILESIZE_EXCEEDED) {
			rc = tg_error_set(err, TG_ERR_PROTOCOL, "response_too_large",
				"The answer is larger than %zu KiB: this is not a TotalGest answer", call->body.limit >> 10);
		} else {
			rc = tg_error_set(err, TG_ERR_INTERNAL, "out_of_memory", "Out of memory while reading the answer");
		}
		break;
	case CURLE_PARTIAL_FILE:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "truncated",
			"The connection closed before the whole answer arrived (%s)", detail);
		break;
	case CURLE_GOT_NOTHING:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "connection_dropped",
			"The connection to TotalGest was dropped without an answer (%s)", detail);
		break;
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "bad_url", "The API endpoint is not a usable URL (%s)", detail);
		break;
	default:
		rc = tg_error_set(err, TG_ERR_CONNECTION, "connection_failed",
			"The request to TotalGest failed (%s)", detail);
		break;
	}
	/* A request that left this machine may have been carried out even though no answer came back. */
	err->ambiguous = call->request_body && call->result != CURLE_COULDNT_RESOLVE_HOST
		&& call->result != CURLE_COULDNT_CONNECT && tg_http_request_left(call);
	return rc;
}

/* Request bodies and headers carry the password (login) or the token: wiped before freeing. */
void tg_http_cleanup(tg_http_call *call)
{
	for (struct curl_slist *line = call->headers; line; line = line->next) {
		memset(line->data, 0, strlen(line->data));
	}
	curl_slist_free_all(call->headers);
	call->headers = NULL;
	if (call->request_body) {
		memset(call->request_body, 0, call->request_body_len);
		free(call->request_body);
		call->request_body = NULL;
	}
	tg_buf_free(&call->body);
}
