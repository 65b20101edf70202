/* Text forms of dates and times: strftime (one formatter for the datetime
 * types and time.strftime: glibc's conversions with the C locale's names,
 * plus CPython's own %f, %z, %:z and %Z for the datetime types), strptime
 * (Lib/_strptime.py: the format becomes the same regular expression, matched
 * by Molt's re, and the same rules turn the groups into a datetime), and
 * the ISO 8601 parsers of fromisoformat (_datetimemodule.c's, step by step). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../objects/dict.h"
#include "../objects/module.h"
#include "datetime_internal.h"

static const char *const weekday_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const char *const month_names[] = {"",     "January", "February",  "March",   "April",    "May",     "June",
                                          "July", "August",  "September", "October", "November", "December"};

/* ---- strftime ---- */

/* A number with glibc's padding flags: '-' none, '_' spaces, '0' zeros. */
static void append_number(MoltBuffer *out, long long value, int width, char pad, char flag) {
    if (flag == '-') width = 1;
    else if (flag == '_') pad = ' ';
    else if (flag == '0') pad = '0';
    char text[32];
    int used = pad == ' ' ? snprintf(text, sizeof text, "%*lld", width, value) : snprintf(text, sizeof text, "%0*lld", width, value);
    molt_buffer_append(out, text, (size_t)used);
}

static void append_name(MoltBuffer *out, const char *name, size_t length, bool upper) {
    for (size_t i = 0; i < length; i++) {
        char c = upper ? (char)toupper((unsigned char)name[i]) : name[i];
        molt_buffer_append(out, &c, 1);
    }
}

static int format_fields(MoltBuffer *out, const char *format, size_t length, const DateTimeFields *f);

/* A composite conversion (%c, %D, %F...) through the same formatter. */
static int format_composite(MoltBuffer *out, const char *format, const DateTimeFields *f) {
    return format_fields(out, format, strlen(format), f);
}

static int format_fields(MoltBuffer *out, const char *format, size_t length, const DateTimeFields *f) {
    int sunday_weekday = (f->weekday + 1) % 7, yday0 = f->yearday - 1;
    int hour12 = f->hour % 12 == 0 ? 12 : f->hour % 12;
    for (size_t i = 0; i < length; i++) {
        if (format[i] != '%') {
            molt_buffer_append(out, format + i, 1);
            continue;
        }
        size_t start = i++;
        if (i >= length) {
            molt_buffer_append_cstr(out, "%");
            break;
        }
        char flag = 0;
        if (strchr("-_0^#", format[i]) && i + 1 < length) flag = format[i++];
        bool colon = false;
        if (format[i] == ':' && f->python_directives && i + 1 < length && format[i + 1] == 'z') colon = true, i++;
        bool upper = flag == '^';
        int iso_year, iso_week, iso_weekday;
        switch (format[i]) {
        case 'a': append_name(out, weekday_names[f->weekday], 3, upper); break;
        case 'A': append_name(out, weekday_names[f->weekday], strlen(weekday_names[f->weekday]), upper); break;
        case 'b': case 'h': append_name(out, month_names[f->month], 3, upper); break;
        case 'B': append_name(out, month_names[f->month], strlen(month_names[f->month]), upper); break;
        case 'c': if (format_composite(out, "%a %b %e %H:%M:%S %Y", f) < 0) return -1; break;
        case 'C': append_number(out, f->year / 100, 1, '0', flag); break;
        case 'd': append_number(out, f->day, 2, '0', flag); break;
        case 'D': case 'x': if (format_composite(out, "%m/%d/%y", f) < 0) return -1; break;
        case 'e': append_number(out, f->day, 2, ' ', flag); break;
        case 'F': if (format_composite(out, "%Y-%m-%d", f) < 0) return -1; break;
        case 'f':
            if (!f->python_directives) goto literal;
            append_number(out, f->microsecond, 6, '0', flag);
            break;
        case 'G': case 'g': case 'V':
            datetime_iso_calendar(f->year, f->month, f->day, &iso_year, &iso_week, &iso_weekday);
            if (format[i] == 'G') append_number(out, iso_year, 1, '0', flag);
            else if (format[i] == 'g') append_number(out, iso_year % 100, 2, '0', flag);
            else append_number(out, iso_week, 2, '0', flag);
            break;
        case 'H': append_number(out, f->hour, 2, '0', flag); break;
        case 'I': append_number(out, hour12, 2, '0', flag); break;
        case 'j': append_number(out, f->yearday, 3, '0', flag); break;
        case 'k': append_number(out, f->hour, 2, ' ', flag); break;
        case 'l': append_number(out, hour12, 2, ' ', flag); break;
        case 'm': append_number(out, f->month, 2, '0', flag); break;
        case 'M': append_number(out, f->minute, 2, '0', flag); break;
        case 'n': molt_buffer_append_cstr(out, "\n"); break;
        case 'p': molt_buffer_append_cstr(out, f->hour < 12 ? "AM" : "PM"); break;
        case 'P': molt_buffer_append_cstr(out, f->hour < 12 ? "am" : "pm"); break;
        case 'r': if (format_composite(out, "%I:%M:%S %p", f) < 0) return -1; break;
        case 'R': if (format_composite(out, "%H:%M", f) < 0) return -1; break;
        case 'S': append_number(out, f->second, 2, '0', flag); break;
        case 't': molt_buffer_append_cstr(out, "\t"); break;
        case 'T': case 'X': if (format_composite(out, "%H:%M:%S", f) < 0) return -1; break;
        case 'u': append_number(out, f->weekday + 1, 1, '0', flag); break;
        case 'U': append_number(out, (yday0 - sunday_weekday + 7) / 7, 2, '0', flag); break;
        case 'w': append_number(out, sunday_weekday, 1, '0', flag); break;
        case 'W': append_number(out, (yday0 - (sunday_weekday + 6) % 7 + 7) / 7, 2, '0', flag); break;
        case 'y': append_number(out, f->year % 100, 2, '0', flag); break;
        case 'Y': append_number(out, f->year, 1, '0', flag); break;
        case 'z':
            if (f->has_offset) datetime_format_offset(out, &f->offset, colon ? ":" : "");
            break;
        case 'Z': molt_buffer_append_cstr(out, f->zone); break;
        case '%': molt_buffer_append_cstr(out, "%"); break;
        case 's':
            molt_raise_format(&molt_type_NotImplementedError, "strftime: Molt does not format %%s (local seconds)");
            return -1;
        default:
        literal:
            /* glibc copies an unknown conversion as written. */
            molt_buffer_append(out, format + start, i - start + 1);
            break;
        }
    }
    return 0;
}

int datetime_strftime(MoltBuffer *out, MoltValue format, const DateTimeFields *fields) {
    size_t length;
    const char *text = molt_str_utf8(format, &length);
    if (memchr(text, '\0', length)) {
        molt_raise_format(&molt_type_ValueError, "embedded null character");
        return -1;
    }
    return format_fields(out, text, length, fields);
}

/* ---- strptime ---- */

typedef struct Directive {
    char letter;
    const char *regex;   /* NULL: made from names */
} Directive;

static const Directive directives[] = {
    {'d', "(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])"},
    {'f', "(?P<f>[0-9]{1,6})"},
    {'H', "(?P<H>2[0-3]|[0-1]\\d|\\d)"},
    {'I', "(?P<I>1[0-2]|0[1-9]|[1-9])"},
    {'G', "(?P<G>\\d\\d\\d\\d)"},
    {'j', "(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])"},
    {'m', "(?P<m>1[0-2]|0[1-9]|[1-9])"},
    {'M', "(?P<M>[0-5]\\d|\\d)"},
    {'S', "(?P<S>6[0-1]|[0-5]\\d|\\d)"},
    {'U', "(?P<U>5[0-3]|[0-4]\\d|\\d)"},
    {'W', "(?P<W>5[0-3]|[0-4]\\d|\\d)"},
    {'w', "(?P<w>[0-6])"},
    {'u', "(?P<u>[1-7])"},
    {'V', "(?P<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)"},
    {'y', "(?P<y>\\d\\d)"},
    {'Y', "(?P<Y>\\d\\d\\d\\d)"},
    {'z', "(?P<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))"},
    /* __seqToRE: the C locale's names, lowercased, longest first. */
    {'A', "(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)"},
    {'a', "(?P<a>mon|tue|wed|thu|fri|sat|sun)"},
    {'B', "(?P<B>september|february|november|december|january|october|august|march|april|june|july|may)"},
    {'b', "(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"},
    {'p', "(?P<p>am|pm)"},
    {'Z', "(?P<Z>utc|gmt)"},
    {'%', "%"},
};

static bool is_regex_special(char c) { return c && strchr("\\.^$*+?(){}[]|", c) != NULL; }

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* TimeRE.pattern(): escapes, whitespace runs as \s+, then each %x as its
 * regex (%c, %x, %X as the C locale's formats). 0, or the bad directive
 * (a character, '\\' for a stray %), or -1 for a % at the very end. */
static int build_pattern(MoltBuffer *out, const char *format, size_t length) {
    MoltBuffer escaped;
    molt_buffer_init(&escaped);
    for (size_t i = 0; i < length; i++) {
        if (is_space(format[i])) {
            while (i + 1 < length && is_space(format[i + 1])) i++;
            molt_buffer_append_cstr(&escaped, "\\s+");
            continue;
        }
        if (is_regex_special(format[i])) molt_buffer_append_cstr(&escaped, "\\");
        molt_buffer_append(&escaped, format + i, 1);
    }
    int status = 0;
    for (size_t i = 0; i < escaped.length && !status; i++) {
        if (escaped.data[i] != '%') {
            molt_buffer_append(out, escaped.data + i, 1);
            continue;
        }
        if (++i >= escaped.length) {
            status = -1;
            break;
        }
        char letter = escaped.data[i];
        const char *locale_format = letter == 'c' ? "%a %b %d %H:%M:%S %Y" : letter == 'x' ? "%m/%d/%y"
                                  : letter == 'X' ? "%H:%M:%S" : NULL;
        if (locale_format) {
            status = build_pattern(out, locale_format, strlen(locale_format));
            continue;
        }
        const char *regex = NULL;
        for (size_t d = 0; d < sizeof directives / sizeof directives[0]; d++)
            if (directives[d].letter == letter) regex = directives[d].regex;
        if (!regex) status = (unsigned char)letter;
        else molt_buffer_append_cstr(out, regex);
    }
    molt_buffer_free(&escaped);
    return status;
}

/* The group's text as an int (it matched digits). */
static int group_int(MoltValue dict, const char *name, int *out) {
    MoltValue key = molt_str_from_utf8(name, strlen(name));
    MoltValue text = molt_dict_lookup(dict, key);
    molt_decref(key);
    MoltValue number = molt_int_from_str(text, 10);
    if (number == MOLT_ERROR) return -1;
    int64_t value = 0;
    molt_int_to_i64(number, &value);
    molt_decref(number);
    *out = (int)value;
    return 0;
}

static const char *group_text(MoltValue dict, const char *name, size_t *length) {
    MoltValue key = molt_str_from_utf8(name, strlen(name));
    MoltValue text = molt_dict_lookup(dict, key);
    molt_decref(key);
    return molt_str_utf8(text, length);
}

static int name_index(const char *text, size_t length, const char *const *names, int count, size_t prefix) {
    for (int i = 0; i < count; i++) {
        const char *name = names[i];
        size_t name_length = prefix ? prefix : strlen(name);
        if (!*name || name_length != length) continue;
        size_t k = 0;
        while (k < length && tolower((unsigned char)text[k]) == tolower((unsigned char)name[k])) k++;
        if (k == length) return i;
    }
    return -1;
}

/* _calc_julian_from_U_or_W. */
static int julian_from_week(int year, int week_of_year, int day_of_week, bool week_starts_monday) {
    int first_weekday = datetime_weekday(year, 1, 1);
    if (!week_starts_monday) {
        first_weekday = (first_weekday + 1) % 7;
        day_of_week = (day_of_week + 1) % 7;
    }
    int week_0_length = (7 - first_weekday) % 7;
    if (week_of_year == 0) return 1 + day_of_week - first_weekday;
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week;
}

static MoltValue raise_value_error_repr(const char *format, MoltValue a, MoltValue b) {
    MoltValue ra = molt_repr(a), rb = b == MOLT_UNBOUND ? MOLT_UNBOUND : molt_repr(b);
    size_t la, lb = 0;
    const char *ta = molt_str_utf8(ra, &la), *tb = rb == MOLT_UNBOUND ? "" : molt_str_utf8(rb, &lb);
    molt_raise_format(&molt_type_ValueError, format, ta, tb);
    molt_decref(ra);
    if (rb != MOLT_UNBOUND) molt_decref(rb);
    return MOLT_ERROR;
}

/* The fields _strptime computes from the groups of the match. */
static MoltValue strptime_fields(MoltValue groups) {
    int year = -1, month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0;
    int iso_year = -1, iso_week = -1, week_of_year = -1, week_of_year_start = -1, weekday = -1, julian = 0;
    bool has_julian = false;
    bool has_offset = false;
    int64_t offset_seconds = 0, offset_fraction = 0;
    MoltValue zone_name = MOLT_NONE;
    MoltValue iterator = molt_iter(groups);
    if (iterator == MOLT_ERROR) return MOLT_ERROR;
    MoltValue key;
    int status = 0;
    while (status == 0 && (key = molt_iter_next(iterator)) != MOLT_STOP) {
        if (key == MOLT_ERROR) {
            status = -1;
            break;
        }
        size_t key_length, length;
        const char *name = molt_str_utf8(key, &key_length);
        const char *text = group_text(groups, name, &length);
        switch (name[0]) {
        case 'y':
            status = group_int(groups, "y", &year);
            year += year <= 68 ? 2000 : 1900;
            break;
        case 'Y': status = group_int(groups, "Y", &year); break;
        case 'G': status = group_int(groups, "G", &iso_year); break;
        case 'm': status = group_int(groups, "m", &month); break;
        case 'B': month = name_index(text, length, month_names, 13, 0); break;
        case 'b': month = name_index(text, length, month_names, 13, 3); break;
        case 'd': status = group_int(groups, "d", &day); break;
        case 'H': status = group_int(groups, "H", &hour); break;
        case 'I': {
            status = group_int(groups, "I", &hour);
            MoltValue p = molt_str_from_utf8("p", 1);
            MoltValue ampm = molt_dict_lookup(groups, p);
            molt_decref(p);
            size_t ampm_length = 0;
            const char *ampm_text = ampm == MOLT_STOP ? "" : molt_str_utf8(ampm, &ampm_length);
            bool pm = ampm_length == 2 && tolower((unsigned char)ampm_text[0]) == 'p';
            if (!pm && hour == 12) hour = 0;
            else if (pm && hour != 12) hour += 12;
            break;
        }
        case 'M': status = group_int(groups, "M", &minute); break;
        case 'S': status = group_int(groups, "S", &second); break;
        case 'f': {
            char padded[7] = "000000";
            memcpy(padded, text, length);
            fraction = atoi(padded);
            break;
        }
        case 'A': weekday = name_index(text, length, weekday_names, 7, 0); break;
        case 'a': weekday = name_index(text, length, weekday_names, 7, 3); break;
        case 'w':
            status = group_int(groups, "w", &weekday);
            weekday = weekday == 0 ? 6 : weekday - 1;
            break;
        case 'u':
            status = group_int(groups, "u", &weekday);
            weekday -= 1;
            break;
        case 'j':
            status = group_int(groups, "j", &julian);
            has_julian = true;
            break;
        case 'U': case 'W':
            status = group_int(groups, name, &week_of_year);
            week_of_year_start = name[0] == 'U' ? 6 : 0;
            break;
        case 'V': status = group_int(groups, "V", &iso_week); break;
        case 'z': {
            has_offset = true;
            if (length == 1) break;   /* Z */
            char z[32];
            size_t n = 0;
            for (size_t k = 0; k < length && n + 1 < sizeof z; k++) z[n++] = text[k];
            z[n] = '\0';
            if (z[3] == ':') {
                memmove(z + 3, z + 4, strlen(z + 4) + 1);
                if (strlen(z) > 5) {
                    if (z[5] != ':') {
                        molt_raise_format(&molt_type_ValueError, "Inconsistent use of : in %.*s", (int)length, text);
                        status = -1;
                        break;
                    }
                    memmove(z + 5, z + 6, strlen(z + 6) + 1);
                }
            }
            int hours = (z[1] - '0') * 10 + (z[2] - '0'), minutes = (z[3] - '0') * 10 + (z[4] - '0');
            int seconds = strlen(z) >= 7 ? (z[5] - '0') * 10 + (z[6] - '0') : 0;
            offset_seconds = hours * 3600 + minutes * 60 + seconds;
            char remainder[7] = "000000";
            if (strlen(z) > 8) memcpy(remainder, z + 8, strlen(z + 8) < 6 ? strlen(z + 8) : 6);
            offset_fraction = atoi(remainder);
            if (z[0] == '-') offset_seconds = -offset_seconds, offset_fraction = -offset_fraction;
            break;
        }
        case 'Z':
            molt_decref(zone_name);
            zone_name = molt_str_from_utf8(text, length);
            break;
        default: break;
        }
        molt_decref(key);
    }
    molt_decref(iterator);
    MoltValue result = MOLT_ERROR;
    if (status < 0) goto done;
    if (year < 0 && iso_year >= 0) {
        if (iso_week < 0 || weekday < 0) {
            molt_raise_format(&molt_type_ValueError, "ISO year directive '%%G' must be used with the ISO week directive "
                              "'%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
            goto done;
        }
        if (has_julian) {
            molt_raise_format(&molt_type_ValueError, "Day of the year directive '%%j' is not compatible with ISO year "
                              "directive '%%G'. Use '%%Y' instead.");
            goto done;
        }
    } else if (week_of_year < 0 && iso_week >= 0) {
        if (weekday < 0)
            molt_raise_format(&molt_type_ValueError, "ISO week directive '%%V' must be used with the ISO year directive "
                              "'%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        else
            molt_raise_format(&molt_type_ValueError, "ISO week directive '%%V' is incompatible with the year directive "
                              "'%%Y'. Use the ISO year '%%G' instead.");
        goto done;
    }
    bool leap_year_fix = false;
    if (year < 0 && month == 2 && day == 29) {
        year = 1904;
        leap_year_fix = true;
    } else if (year < 0) {
        year = 1900;
    }
    if (!has_julian && weekday >= 0) {
        if (week_of_year >= 0) {
            julian = julian_from_week(year, week_of_year, weekday, week_of_year_start == 0);
            has_julian = true;
        } else if (iso_year >= 0 && iso_week >= 0) {
            if (datetime_iso_to_ymd(iso_year, iso_week, weekday + 1, &year, &month, &day) < 0) goto done;
        }
        if (has_julian && julian <= 0) {
            year -= 1;
            julian += datetime_is_leap(year) ? 366 : 365;
        }
    }
    if (!has_julian) {
        if (datetime_check_date(year, month, day) < 0) goto done;
    } else {
        if (datetime_check_date(year, 1, 1) < 0) goto done;
        int64_t ordinal = julian - 1 + datetime_ymd_to_ordinal(year, 1, 1);
        if (ordinal < 1 || ordinal > 3652059) {
            molt_raise_format(&molt_type_ValueError, ordinal < 1 ? "ordinal must be >= 1" : "year %d is out of range",
                              (int)(ordinal / 365 + 1));
            goto done;
        }
        datetime_ordinal_to_ymd(ordinal, &year, &month, &day);
    }
    if (leap_year_fix) year = 1900;
    MoltValue tzinfo = MOLT_NONE;
    if (has_offset) {
        bool named = zone_name != MOLT_NONE && molt_str_length(zone_name) > 0;
        tzinfo = datetime_timezone_checked(offset_seconds, offset_fraction, named ? zone_name : MOLT_NONE);
        if (tzinfo == MOLT_ERROR) goto done;
    }
    result = datetime_datetime_new(year, month, day, hour, minute, second, fraction, tzinfo, 0);
    molt_decref(tzinfo);
done:
    molt_decref(zone_name);
    return result;
}

MoltValue datetime_strptime(MoltValue string, MoltValue format) {
    if (molt_type_of(string) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "strptime() argument 1 must be str, not %s",
                                 molt_type_of(string)->name);
    if (molt_type_of(format) != &molt_type_str)
        return molt_raise_format(&molt_type_TypeError, "strptime() argument 2 must be str, not %s",
                                 molt_type_of(format)->name);
    size_t length;
    const char *text = molt_str_utf8(format, &length);
    MoltBuffer pattern;
    molt_buffer_init(&pattern);
    int status = build_pattern(&pattern, text, length);
    if (status != 0) {
        molt_buffer_free(&pattern);
        if (status < 0) return molt_raise_format(&molt_type_ValueError, "stray %% in format '%s'", text);
        char bad = status == '\\' ? '%' : (char)status;
        return molt_raise_format(&molt_type_ValueError, "'%c' is a bad directive in format '%s'", bad, text);
    }
    MoltValue args[2] = {molt_buffer_finish(&pattern), molt_from_small_int(2) /* re.IGNORECASE */};
    MoltValue regex = molt_call_method(MOLT_MODULE_VALUE(re), "compile", args, 2, MOLT_NONE);
    molt_decref(args[0]);
    if (regex == MOLT_ERROR) return MOLT_ERROR;
    MoltValue match = molt_call_method(regex, "match", &string, 1, MOLT_NONE);
    molt_decref(regex);
    if (match == MOLT_ERROR) return MOLT_ERROR;
    if (match == MOLT_NONE) return raise_value_error_repr("time data %s does not match format %s", string, format);
    MoltValue end = molt_call_method(match, "end", NULL, 0, MOLT_NONE);
    int64_t stop = 0;
    molt_int_to_i64(end, &stop);
    molt_decref(end);
    if (stop != molt_str_length(string)) {
        molt_decref(match);
        MoltValue start = molt_int_from_i64(stop);
        MoltValue slice = molt_slice_new(start, MOLT_NONE, MOLT_NONE);
        MoltValue rest = molt_getitem(string, slice);
        molt_decref(slice);
        molt_decref(start);
        if (rest == MOLT_ERROR) return MOLT_ERROR;
        size_t rest_length;
        molt_raise_format(&molt_type_ValueError, "unconverted data remains: %s", molt_str_utf8(rest, &rest_length));
        molt_decref(rest);
        return MOLT_ERROR;
    }
    MoltValue groups = molt_call_method(match, "groupdict", NULL, 0, MOLT_NONE);
    molt_decref(match);
    if (groups == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = strptime_fields(groups);
    molt_decref(groups);
    return result;
}

/* ---- ISO 8601 ---- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* parse_digits: exactly `count` ASCII digits, or NULL. */
static const char *parse_digits(const char *p, int *value, size_t count) {
    *value = 0;
    for (size_t i = 0; i < count; i++, p++) {
        if (!is_digit(*p)) return NULL;
        *value = *value * 10 + (*p - '0');
    }
    return p;
}

static int parse_iso_date(const char *text, size_t length, int *year, int *month, int *day) {
    const char *p = parse_digits(text, year, 4);
    if (!p) return -1;
    bool separator = *p == '-';
    if (separator) p++;
    if (*p == 'W') {
        p++;
        int week = 0, weekday = 1;
        p = parse_digits(p, &week, 2);
        if (!p) return -3;
        if ((size_t)(p - text) < length) {
            if (separator && *(p++) != '-') return -2;
            p = parse_digits(p, &weekday, 1);
            if (!p) return -4;
        }
        if (datetime_iso_to_ymd(*year, week, weekday, year, month, day) < 0) {
            molt_decref(molt_exc_fetch());
            return -3;
        }
        return 0;
    }
    p = parse_digits(p, month, 2);
    if (!p) return -1;
    if (separator && *(p++) != '-') return -2;
    p = parse_digits(p, day, 2);
    return p ? 0 : -1;
}

/* parse_hh_mm_ss_ff over [text, end): 0 at the end, 1 when more follows, < 0 on error. */
static int parse_hh_mm_ss_ff(const char *text, const char *end, int *hour, int *minute, int *second, int *microsecond) {
    *hour = *minute = *second = *microsecond = 0;
    const char *p = text;
    int *values[3] = {hour, minute, second};
    bool has_separator = true;
    for (int i = 0; i < 3; i++) {
        p = parse_digits(p, values[i], 2);
        if (!p) return -3;
        char c = *(p++);
        if (i == 0) has_separator = c == ':';
        if (p >= end) return c != '\0';
        if (has_separator && c == ':') continue;
        if (c == '.' || c == ',') break;
        if (!has_separator) p--;
        else return -4;
    }
    size_t remaining = (size_t)(end - p), count = remaining >= 6 ? 6 : remaining;
    if (count == 0) return -3;
    p = parse_digits(p, microsecond, count);
    if (!p) return -3;
    static const int correction[] = {100000, 10000, 1000, 100, 10};
    if (count < 6) *microsecond *= correction[count - 1];
    while (is_digit(*p)) p++;
    return *p != '\0';
}

static int parse_iso_time(const char *text, size_t length, int *hour, int *minute, int *second, int *microsecond,
                          int *offset, int *offset_microsecond) {
    const char *end = text + length, *zone = text;
    do {
        if (*zone == 'Z' || *zone == '+' || *zone == '-') break;
    } while (++zone < end);
    int status = parse_hh_mm_ss_ff(text, zone, hour, minute, second, microsecond);
    if (status < 0) return status;
    if (zone == end) return status == 1 ? -5 : 0;
    if (*zone == 'Z') {
        *offset = *offset_microsecond = 0;
        return zone[1] != '\0' ? -5 : 1;
    }
    int sign = *zone == '-' ? -1 : 1, zone_hour, zone_minute, zone_second;
    status = parse_hh_mm_ss_ff(zone + 1, end, &zone_hour, &zone_minute, &zone_second, offset_microsecond);
    *offset = sign * (zone_hour * 3600 + zone_minute * 60 + zone_second);
    *offset_microsecond *= sign;
    return status ? -5 : 1;
}

static MoltValue iso_tzinfo(int status, int offset, int offset_microsecond) {
    if (status != 1) return MOLT_NONE;
    return datetime_timezone_checked(offset, offset_microsecond, MOLT_NONE);
}

static const char *iso_text(MoltValue text, size_t *length) {
    if (molt_type_of(text) != &molt_type_str) {
        molt_raise_format(&molt_type_TypeError, "fromisoformat: argument must be str");
        return NULL;
    }
    return molt_str_utf8(text, length);
}

static MoltValue invalid_iso(MoltValue text) { return raise_value_error_repr("Invalid isoformat string: %s%s", text, MOLT_UNBOUND); }

MoltValue datetime_date_fromisoformat(MoltValue text) {
    size_t length;
    const char *utf8 = iso_text(text, &length);
    if (!utf8) return MOLT_ERROR;
    int year, month, day;
    if ((length != 7 && length != 8 && length != 10) || memchr(utf8, '\0', length) ||
        parse_iso_date(utf8, length, &year, &month, &day) < 0)
        return invalid_iso(text);
    return datetime_date_new(year, month, day);
}

MoltValue datetime_time_fromisoformat(MoltValue text) {
    size_t length;
    const char *utf8 = iso_text(text, &length);
    if (!utf8) return MOLT_ERROR;
    const char *p = utf8;
    if (length && *p == 'T') p++, length--;
    int hour, minute, second, microsecond, offset = 0, offset_microsecond = 0;
    int status = length == 0 || memchr(p, '\0', length) ? -1
                 : parse_iso_time(p, length, &hour, &minute, &second, &microsecond, &offset, &offset_microsecond);
    if (status < 0) return invalid_iso(text);
    MoltValue tzinfo = iso_tzinfo(status, offset, offset_microsecond);
    if (tzinfo == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = datetime_time_new(hour, minute, second, microsecond, tzinfo, 0);
    molt_decref(tzinfo);
    return result;
}

/* _find_isoformat_datetime_separator. */
static size_t iso_separator(const char *text, size_t length) {
    if (length == 7) return 7;
    if (text[4] == '-') {
        if (text[5] == 'W') {
            if (length < 8) return (size_t)-1;
            if (length > 8 && text[8] == '-') {
                if (length == 9) return (size_t)-1;
                if (length > 10 && is_digit(text[10])) return 8;
                return 10;
            }
            return 8;
        }
        return 10;
    }
    if (text[4] == 'W') {
        size_t index = 7;
        while (index < length && is_digit(text[index])) index++;
        if (index < 9) return index;
        return index % 2 == 0 ? 7 : 8;
    }
    return 8;
}

MoltValue datetime_datetime_fromisoformat(MoltValue text) {
    size_t length;
    const char *utf8 = iso_text(text, &length);
    if (!utf8) return MOLT_ERROR;
    if (length < 7 || memchr(utf8, '\0', length)) return invalid_iso(text);
    size_t separator = iso_separator(utf8, length);
    if (separator == (size_t)-1 || separator > length) return invalid_iso(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, microsecond = 0, offset = 0, offset_microsecond = 0;
    int status = parse_iso_date(utf8, separator, &year, &month, &day);
    if (!status && length > separator) {
        const char *p = utf8 + separator + 1;
        status = parse_iso_time(p, length - (size_t)(p - utf8), &hour, &minute, &second, &microsecond, &offset,
                                &offset_microsecond);
    }
    if (status < 0) return invalid_iso(text);
    MoltValue tzinfo = iso_tzinfo(status, offset, offset_microsecond);
    if (tzinfo == MOLT_ERROR) return MOLT_ERROR;
    MoltValue result = datetime_datetime_new(year, month, day, hour, minute, second, microsecond, tzinfo, 0);
    molt_decref(tzinfo);
    return result;
}
