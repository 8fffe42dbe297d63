/* A minimal test harness for the C core: each TG_TEST is a function, TG_CHECK counts one check. */
#ifndef TG_TEST_H
#define TG_TEST_H

#include <stdio.h>
#include <string.h>

extern int tg_test_passed;
extern int tg_test_failed;

#define TG_CHECK(condition) do { \
		if (condition) { \
			tg_test_passed++; \
		} else { \
			tg_test_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #condition); \
		} \
	} while (0)

#define TG_CHECK_STR(actual, expected) do { \
		const char *tg_actual_ = (actual); \
		const char *tg_expected_ = (expected); \
		if (tg_actual_ && tg_expected_ && strcmp(tg_actual_, tg_expected_) == 0) { \
			tg_test_passed++; \
		} else { \
			tg_test_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, \
				tg_actual_ ? tg_actual_ : "(null)", tg_expected_ ? tg_expected_ : "(null)"); \
		} \
	} while (0)

/* Each test file defines tg_test_<name>(void) and lists it in tests/c/main.c. */
typedef void (*tg_test_fn)(void);

#endif
