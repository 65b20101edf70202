/* The time module: the clocks (time, monotonic, perf_counter, process_time and
 * their _ns forms) and sleep, through the platform layer, and the calendar
 * side: struct_time, gmtime, localtime and strftime (the formatter the
 * datetime types use, datetime_format.c). The clocks need the capability
 * `time` (include/molt/capabilities.h), checked by the module object's gate
 * before these functions run; gmtime() without an argument, localtime and
 * strftime without a tuple read the host and check it themselves. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "molt/capabilities.h"
#include "../core/args.h"
#include "../objects/module.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../platform/platform.h"
#include "collections_internal.h"
#include "datetime_internal.h"

static MoltValue clock_value(const char *name, size_t nargs, MoltValue kwnames, MoltClock clock, bool nanoseconds) {
    if (molt_args_none("time", name, nargs, kwnames) < 0) return MOLT_ERROR;
    int64_t now;
    if (molt_platform_clock_ns(clock, &now) != 0)
        return molt_raise_format(&molt_type_OSError, "time.%s(): the host has no such clock", name);
    if (nanoseconds) return molt_int_from_i64(now);
    /* CPython's _PyTime_AsSecondsDouble: whole seconds exactly, else ns / 1e9. */
    if (now % 1000000000 == 0) return molt_from_double((double)(now / 1000000000));
    return molt_from_double((double)now / 1e9);
}

#define TIME_CLOCK(function, clock, nanoseconds)                                           \
    static MoltValue time_##function(const MoltValue *args, size_t nargs, MoltValue kwnames) { \
        (void)args;                                                                        \
        return clock_value(#function, nargs, kwnames, clock, nanoseconds);                 \
    }
TIME_CLOCK(time, MOLT_CLOCK_REALTIME, false)
TIME_CLOCK(time_ns, MOLT_CLOCK_REALTIME, true)
TIME_CLOCK(monotonic, MOLT_CLOCK_MONOTONIC, false)
TIME_CLOCK(monotonic_ns, MOLT_CLOCK_MONOTONIC, true)
TIME_CLOCK(perf_counter, MOLT_CLOCK_MONOTONIC, false)
TIME_CLOCK(perf_counter_ns, MOLT_CLOCK_MONOTONIC, true)
TIME_CLOCK(process_time, MOLT_CLOCK_PROCESS, false)
TIME_CLOCK(process_time_ns, MOLT_CLOCK_PROCESS, true)

static MoltValue time_sleep(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_exactly_one("time.sleep", nargs, kwnames) < 0) return MOLT_ERROR;
    double seconds;
    if (molt_is_int(args[0])) {
        if (!molt_int_to_double(args[0], &seconds)) return MOLT_ERROR;
    } else if (molt_is_double(args[0])) {
        seconds = molt_as_double(args[0]);
    } else {
        return molt_raise_format(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                                 molt_type_of(args[0])->name);
    }
    if (isnan(seconds)) return molt_raise_format(&molt_type_ValueError, "Invalid value NaN (not a number)");
    if (seconds < 0) return molt_raise_format(&molt_type_ValueError, "sleep length must be non-negative");
    if (seconds > 9.2e9) return molt_raise_format(&molt_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
    molt_platform_sleep_ns((int64_t)(seconds * 1e9));
    return MOLT_NONE;
}

/* ---- struct_time, gmtime, localtime, strftime ---- */

#define STRUCT_TIME_FIELDS "tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst"

static MoltValue struct_time_class = MOLT_UNBOUND;

static MoltValue struct_time_type(void) {
    if (struct_time_class == MOLT_UNBOUND) {
        MoltValue made = molt_struct_sequence_class("time.struct_time", STRUCT_TIME_FIELDS, true);
        if (made == MOLT_ERROR) return MOLT_ERROR;
        struct_time_class = made;
    }
    return molt_new_reference(struct_time_class);
}

MoltValue molt_time_struct_time_new(const int fields[9]) {
    MoltValue items[9];
    for (int i = 0; i < 9; i++) items[i] = molt_from_small_int(fields[i]);
    return molt_struct_sequence_new(&struct_time_class, "time.struct_time", STRUCT_TIME_FIELDS, true, items, 9);
}

void molt_time_release(void) {
    if (struct_time_class != MOLT_UNBOUND) molt_decref(struct_time_class);
    struct_time_class = MOLT_UNBOUND;
}

/* The broken-down UTC time of `seconds` since the epoch (+ `offset`). */
static int broken_down(int64_t seconds, int is_dst, int fields[9]) {
    int64_t days;
    molt_i64_floordiv(seconds, 86400, &days);
    int64_t ordinal = days + 719163;
    if (ordinal < 1 || ordinal > 3652059) {
        molt_raise_format(&molt_type_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    int year, month, day;
    datetime_ordinal_to_ymd(ordinal, &year, &month, &day);
    int64_t rest = seconds - days * 86400;
    int values[9] = {year, month, day, (int)(rest / 3600), (int)(rest / 60 % 60), (int)(rest % 60),
                     datetime_weekday(year, month, day), datetime_days_before_month(year, month) + day, is_dst};
    memcpy(fields, values, sizeof values);
    return 0;
}

/* gmtime/localtime's argument: None or absent is now (needs `time`); a
 * number is floored to whole seconds, as _PyTime_ObjectToTime_t. */
static int seconds_argument(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames, int64_t *out) {
    if (molt_args_no_keywords(name, kwnames) < 0 || molt_args_check_count(name, nargs, 0, 1) < 0) return -1;
    if (nargs == 0 || args[0] == MOLT_NONE) {
        char what[32];
        snprintf(what, sizeof what, "time.%s()", name);
        if (molt_capability_require(MOLT_CAP_TIME, what) < 0) return -1;
        int64_t now;
        if (molt_platform_clock_ns(MOLT_CLOCK_REALTIME, &now) != 0) {
            molt_raise_format(&molt_type_OSError, "the host has no clock");
            return -1;
        }
        molt_i64_floordiv(now, 1000000000, out);
        return 0;
    }
    int64_t microseconds;
    return datetime_timestamp_argument(args[0], true, out, &microseconds);
}

static MoltValue time_gmtime(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t seconds;
    int fields[9];
    if (seconds_argument("gmtime", args, nargs, kwnames, &seconds) < 0 || broken_down(seconds, 0, fields) < 0)
        return MOLT_ERROR;
    return molt_time_struct_time_new(fields);
}

static MoltValue time_localtime(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    int64_t seconds, offset;
    int fields[9], is_dst;
    if (seconds_argument("localtime", args, nargs, kwnames, &seconds) < 0) return MOLT_ERROR;
    if (molt_capability_require(MOLT_CAP_TIME, "time.localtime()") < 0) return MOLT_ERROR;
    if (molt_platform_local_offset(seconds, &offset, NULL, 0, &is_dst) != 0)
        return molt_raise_format(&molt_type_OverflowError, "timestamp out of range for platform time_t");
    if (broken_down(seconds + offset, is_dst, fields) < 0) return MOLT_ERROR;
    return molt_time_struct_time_new(fields);
}

/* gettmarg and checktm: nine ints, CPython's range checks and messages. */
static int time_tuple_argument(MoltValue tuple, DateTimeFields *out) {
    if (!molt_type_is_subtype(molt_type_of(tuple), &molt_type_tuple)) {
        molt_raise_format(&molt_type_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    int64_t count = molt_tuple_length(tuple);
    if (count != 9) {
        molt_raise_format(&molt_type_TypeError, "strftime(): illegal time tuple argument");
        return -1;
    }
    int values[9];
    for (int i = 0; i < 9; i++) {
        MoltValue item = molt_tuple_items(tuple)[i];
        if (molt_is_double(item)) {
            molt_raise_format(&molt_type_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        MoltValue index = molt_args_index(item);
        if (index == MOLT_ERROR) return -1;
        int64_t wide;
        bool fits = molt_int_to_i64(index, &wide) && wide >= INT32_MIN && wide <= INT32_MAX;
        molt_decref(index);
        if (!fits) {
            molt_raise_format(&molt_type_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        values[i] = (int)wide;
    }
    const char *message = NULL;
    int c_weekday = (values[6] + 1) % 7;   /* struct tm's, Sunday 0, as C's remainder */
    if (values[1] == 0) values[1] = 1;
    if (values[2] == 0) values[2] = 1;
    if (values[7] == 0) values[7] = 1;
    if (values[1] < 1 || values[1] > 12) message = "month out of range";
    else if (values[2] < 1 || values[2] > 31) message = "day of month out of range";
    else if (values[3] < 0 || values[3] > 23) message = "hour out of range";
    else if (values[4] < 0 || values[4] > 59) message = "minute out of range";
    else if (values[5] < 0 || values[5] > 61) message = "seconds out of range";
    else if (c_weekday < 0) message = "day of week out of range";
    else if (values[7] < 1 || values[7] > 366) message = "day of year out of range";
    if (message) {
        molt_raise_format(&molt_type_ValueError, "%s", message);
        return -1;
    }
    out->year = values[0], out->month = values[1], out->day = values[2];
    out->hour = values[3], out->minute = values[4], out->second = values[5];
    out->weekday = (c_weekday + 6) % 7, out->yearday = values[7];
    return 0;
}

static MoltValue time_strftime(const MoltValue *args, size_t nargs, MoltValue kwnames) {
    if (molt_args_no_keywords("strftime", kwnames) < 0 || molt_args_check_count("strftime", nargs, 1, 2) < 0)
        return MOLT_ERROR;
    if (molt_type_of(args[0]) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "strftime() argument 1 must be str, not %s",
                                 molt_type_of(args[0])->name);
    DateTimeFields fields = {.zone = "", .python_directives = false};
    if (nargs == 2) {
        if (time_tuple_argument(args[1], &fields) < 0) return MOLT_ERROR;
    } else {
        MoltValue now = time_localtime(NULL, 0, MOLT_NONE);
        if (now == MOLT_ERROR) return MOLT_ERROR;
        int status = time_tuple_argument(now, &fields);
        molt_decref(now);
        if (status < 0) return MOLT_ERROR;
    }
    size_t length;
    const char *format = molt_str_utf8(args[0], &length);
    if (strstr(format, "%Z") || strstr(format, "%z"))
        return molt_raise_format(&molt_type_NotImplementedError,
                                 "time.strftime: Molt does not format %%Z or %%z of a time tuple (its struct_time "
                                 "has no tm_zone); use datetime's strftime");
    MoltBuffer out;
    molt_buffer_init(&out);
    if (datetime_strftime(&out, args[0], &fields) < 0) {
        molt_buffer_free(&out);
        return MOLT_ERROR;
    }
    return molt_buffer_finish(&out);
}

static struct MoltBuiltinFunctionObject functions[] = {
    MOLT_MODULE_FUNCTION("gmtime", time_gmtime),
    MOLT_MODULE_FUNCTION("localtime", time_localtime),
    MOLT_MODULE_FUNCTION("strftime", time_strftime),
    MOLT_MODULE_FUNCTION("time", time_time),
    MOLT_MODULE_FUNCTION("time_ns", time_time_ns),
    MOLT_MODULE_FUNCTION("monotonic", time_monotonic),
    MOLT_MODULE_FUNCTION("monotonic_ns", time_monotonic_ns),
    MOLT_MODULE_FUNCTION("perf_counter", time_perf_counter),
    MOLT_MODULE_FUNCTION("perf_counter_ns", time_perf_counter_ns),
    MOLT_MODULE_FUNCTION("process_time", time_process_time),
    MOLT_MODULE_FUNCTION("process_time_ns", time_process_time_ns),
    MOLT_MODULE_FUNCTION("sleep", time_sleep),
};

static const MoltModuleAttribute attributes[] = {{"struct_time", struct_time_type}};

struct MoltModule molt_module_time = MOLT_MODULE("time", functions, attributes);
