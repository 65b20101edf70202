/* The time module: the clocks (time, monotonic, perf_counter, process_time and
 * their _ns forms) and sleep, through the platform layer. Every member needs
 * the capability `time` (include/molt/capabilities.h); the module object's
 * gate checks it before any of these functions runs. */
#include <math.h>

#include "../core/args.h"
#include "../objects/module.h"
#include "../platform/platform.h"

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

static struct MoltBuiltinFunctionObject functions[] = {
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

static const MoltModuleAttribute attributes[] = {{NULL, NULL}};

struct MoltModule molt_module_time = {{MOLT_IMMORTAL_REFCOUNT, &molt_type_module}, "time", functions,
                                      sizeof functions / sizeof functions[0], attributes, 0};
