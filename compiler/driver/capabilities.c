/* Reading the capabilities a program is granted: the names of
 * include/molt/capabilities.h, from --cap and from pyproject.toml. Only as much
 * TOML is understood as finding `[tool.molt] capabilities = [...]` needs:
 * tables, keys (bare, quoted, dotted), and every value form well enough to skip
 * it (strings of the four kinds, arrays over several lines, inline tables,
 * scalars). Anything malformed is reported at its line and column. */
#include "capabilities.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/molt/capabilities.h"
#include "../common/diag.h"
#include "../common/strbuf.h"

static const char capability_list[] = "time, random, env, fs.read, fs.write, net, proc, stdin";

/* The capability `text` names (up to length; "fs.read=./data" names fs.read),
 * or -1 with *problem saying why not. */
static int parse_capability(const char *text, size_t length, const char **problem) {
    const char *equals = memchr(text, '=', length);
    size_t name_length = equals ? (size_t)(equals - text) : length;
    for (int c = 0; c < MOLT_CAP_COUNT; c++) {
        const char *name = molt_capability_name((MoltCapability)c);
        if (strlen(name) != name_length || memcmp(name, text, name_length) != 0) continue;
        if (equals && c != MOLT_CAP_FS_READ && c != MOLT_CAP_FS_WRITE) {
            *problem = "only fs.read and fs.write take a path (fs.read=./data)";
            return -1;
        }
        if (equals && equals + 1 == text + length) {
            *problem = "a path must follow '=' (fs.read=./data)";
            return -1;
        }
        return c;
    }
    *problem = NULL;
    return -1;
}

bool capabilities_add_flag(uint32_t *granted, const char *text) {
    const char *problem;
    int capability = parse_capability(text, strlen(text), &problem);
    if (capability < 0) {
        if (problem) fprintf(stderr, "molt: error: --cap %s: %s\n", text, problem);
        else fprintf(stderr, "molt: error: unknown capability '%s' (capabilities: %s)\n", text, capability_list);
        fprintf(stderr, "Run 'molt --help' for usage.\n");
        return false;
    }
    *granted |= MOLT_CAPABILITY_BIT(capability);
    return true;
}

/* ---- the TOML reader ---------------------------------------------------------- */

typedef struct Toml {
    const SourceFile *file;
    const char *cursor;
    const char *end;
    bool failed;
} Toml;

static SourceLoc toml_loc(const Toml *toml, const char *at) {
    SourceLoc loc = {1, 0};
    for (const char *p = toml->file->text; p < at; p++) {
        if (*p == '\n') {
            loc.line++;
            loc.col = 0;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            loc.col++;
        }
    }
    return loc;
}

static void toml_error(Toml *toml, const char *at, const char *message, const char *hint) {
    if (toml->failed) return;
    toml->failed = true;
    diag_error(toml->file, toml_loc(toml, at), hint, "%s", message);
}

static bool at_end(const Toml *toml) { return toml->cursor >= toml->end; }

/* Spaces and tabs; with newlines, also line breaks and comments. */
static void skip_space(Toml *toml, bool newlines) {
    while (!at_end(toml)) {
        char c = *toml->cursor;
        if (c == ' ' || c == '\t') toml->cursor++;
        else if (newlines && (c == '\n' || c == '\r')) toml->cursor++;
        else if (newlines && c == '#') {
            while (!at_end(toml) && *toml->cursor != '\n') toml->cursor++;
        } else break;
    }
}

/* After a header or a key's value: nothing but a comment before the newline. */
static void expect_line_end(Toml *toml) {
    skip_space(toml, false);
    if (!at_end(toml) && *toml->cursor == '#')
        while (!at_end(toml) && *toml->cursor != '\n') toml->cursor++;
    if (!at_end(toml) && *toml->cursor != '\n' && *toml->cursor != '\r')
        toml_error(toml, toml->cursor, "expected the end of the line", "one key = value or [table] per line");
}

/* A string of any of TOML's four kinds at the cursor; its value goes to
 * `out` when not NULL (escapes of basic strings decoded; \u only for ASCII). */
static void read_string(Toml *toml, StrBuf *out) {
    const char *start = toml->cursor;
    char quote = *toml->cursor;
    bool multiline = toml->end - toml->cursor >= 3 && toml->cursor[1] == quote && toml->cursor[2] == quote;
    toml->cursor += multiline ? 3 : 1;
    while (!at_end(toml)) {
        char c = *toml->cursor;
        if (c == quote && (!multiline || (toml->end - toml->cursor >= 3 && toml->cursor[1] == quote && toml->cursor[2] == quote))) {
            toml->cursor += multiline ? 3 : 1;
            return;
        }
        if (!multiline && (c == '\n' || c == '\r')) break;
        if (c == '\\' && quote == '"') {
            if (toml->end - toml->cursor < 2) break;
            char escaped = toml->cursor[1];
            static const char escapes[] = "\"\\btnfr", decoded[] = "\"\\\b\t\n\f\r";
            const char *known = escaped ? strchr(escapes, escaped) : NULL;
            if (known) {
                if (out) strbuf_putc(out, decoded[known - escapes]);
                toml->cursor += 2;
                continue;
            }
            if (multiline && (escaped == '\n' || escaped == '\r' || escaped == ' ')) {
                toml->cursor++;
                skip_space(toml, true);
                continue;
            }
            if (escaped == 'u' && toml->end - toml->cursor >= 6) {
                char digits[5] = {0};
                memcpy(digits, toml->cursor + 2, 4);
                char *stop;
                long code = strtol(digits, &stop, 16);
                if (*stop == '\0' && code < 0x80) {
                    if (out) strbuf_putc(out, (char)code);
                    toml->cursor += 6;
                    continue;
                }
            }
            toml_error(toml, toml->cursor, "unsupported escape in a string", "write the character itself");
            return;
        }
        if (out) strbuf_putc(out, c);
        toml->cursor++;
    }
    toml_error(toml, start, "unterminated string", "close the string with the quote it starts with");
}

static bool is_bare_key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* A dotted key (a.b."c d") at the cursor, its parts joined by '.' in `out`. */
static void read_key(Toml *toml, StrBuf *out, const char *what) {
    for (;;) {
        skip_space(toml, false);
        if (!at_end(toml) && (*toml->cursor == '"' || *toml->cursor == '\'')) {
            read_string(toml, out);
        } else {
            const char *start = toml->cursor;
            while (!at_end(toml) && is_bare_key_char(*toml->cursor)) toml->cursor++;
            if (toml->cursor == start) {
                toml_error(toml, start, what, "a key is a name (letters, digits, _ and -) or a quoted string");
                return;
            }
            strbuf_append(out, start, (size_t)(toml->cursor - start));
        }
        if (toml->failed) return;
        skip_space(toml, false);
        if (at_end(toml) || *toml->cursor != '.') return;
        toml->cursor++;
        strbuf_putc(out, '.');
    }
}

static void skip_value(Toml *toml);

/* An array or inline table: its items, whatever they are. */
static void skip_container(Toml *toml, char close) {
    const char *start = toml->cursor++;
    for (;;) {
        skip_space(toml, close == ']');
        if (at_end(toml)) break;
        if (*toml->cursor == close) {
            toml->cursor++;
            return;
        }
        if (*toml->cursor == ',') {
            toml->cursor++;
            continue;
        }
        if (close == '}') {
            StrBuf key;
            strbuf_init(&key);
            read_key(toml, &key, "expected a key in the inline table");
            strbuf_free(&key);
            if (toml->failed) return;
            if (at_end(toml) || *toml->cursor != '=') break;
            toml->cursor++;
            skip_space(toml, false);
        }
        const char *before = toml->cursor;
        skip_value(toml);
        if (toml->failed) return;
        if (toml->cursor == before) break;
    }
    toml_error(toml, start, close == ']' ? "unterminated array" : "unterminated inline table",
               close == ']' ? "close the array with ]" : "close the inline table with } on the same line");
}

static void skip_value(Toml *toml) {
    if (at_end(toml)) {
        toml_error(toml, toml->cursor, "expected a value after '='", "key = value");
        return;
    }
    char c = *toml->cursor;
    if (c == '"' || c == '\'') {
        read_string(toml, NULL);
    } else if (c == '[') {
        skip_container(toml, ']');
    } else if (c == '{') {
        skip_container(toml, '}');
    } else {
        const char *start = toml->cursor;
        while (!at_end(toml) && !strchr(" \t\r\n#,]}", *toml->cursor)) toml->cursor++;
        if (toml->cursor == start) toml_error(toml, start, "expected a value after '='", "key = value");
    }
}

/* capabilities = ["time", "fs.read=./data"] */
static void read_capabilities(Toml *toml, uint32_t *granted) {
    const char *hint = "capabilities = [\"time\", \"fs.read=./data\"]";
    if (at_end(toml) || *toml->cursor != '[') {
        toml_error(toml, toml->cursor, "[tool.molt] capabilities must be an array of strings", hint);
        return;
    }
    const char *start = toml->cursor++;
    for (;;) {
        skip_space(toml, true);
        if (at_end(toml)) break;
        if (*toml->cursor == ']') {
            toml->cursor++;
            return;
        }
        if (*toml->cursor != '"' && *toml->cursor != '\'') {
            toml_error(toml, toml->cursor, "[tool.molt] capabilities must be an array of strings", hint);
            return;
        }
        const char *item = toml->cursor;
        StrBuf name;
        strbuf_init(&name);
        read_string(toml, &name);
        if (!toml->failed) {
            const char *problem;
            int capability = parse_capability(name.data ? name.data : "", name.length, &problem);
            if (capability >= 0) {
                *granted |= MOLT_CAPABILITY_BIT(capability);
            } else {
                char message[300];
                snprintf(message, sizeof message, "unknown capability '%.*s'", (int)name.length, name.data ? name.data : "");
                char known[160];
                snprintf(known, sizeof known, "the capabilities are: %s", capability_list);
                toml_error(toml, item, problem ? problem : message, problem ? hint : known);
            }
        }
        strbuf_free(&name);
        if (toml->failed) return;
        skip_space(toml, true);
        if (!at_end(toml) && *toml->cursor == ',') {
            toml->cursor++;
            continue;
        }
        if (!at_end(toml) && *toml->cursor == ']') continue;
        toml_error(toml, toml->cursor, "expected ',' or ']' in the capabilities array", hint);
        return;
    }
    toml_error(toml, start, "unterminated array", "close the array with ]");
}

static void read_document(Toml *toml, uint32_t *granted) {
    StrBuf table, key;
    strbuf_init(&table);
    strbuf_init(&key);
    bool seen = false;
    strbuf_puts(&table, "");
    while (!toml->failed) {
        skip_space(toml, true);
        if (at_end(toml)) break;
        if (*toml->cursor == '[') {
            const char *start = toml->cursor++;
            bool array = !at_end(toml) && *toml->cursor == '[';
            if (array) toml->cursor++;
            table.length = 0;
            read_key(toml, &table, "expected a table name after '['");
            if (toml->failed) break;
            if (at_end(toml) || *toml->cursor != ']' || (array && (toml->end - toml->cursor < 2 || toml->cursor[1] != ']'))) {
                toml_error(toml, start, "malformed table header", array ? "[[name]]" : "[name]");
                break;
            }
            toml->cursor += array ? 2 : 1;
            expect_line_end(toml);
            continue;
        }
        const char *key_start = toml->cursor;
        key.length = 0;
        if (table.length) {
            strbuf_append(&key, table.data, table.length);
            strbuf_putc(&key, '.');
        }
        read_key(toml, &key, "expected a key or a [table]");
        if (toml->failed) break;
        if (at_end(toml) || *toml->cursor != '=') {
            toml_error(toml, toml->cursor, "expected '=' after the key", "key = value");
            break;
        }
        toml->cursor++;
        skip_space(toml, false);
        strbuf_putc(&key, '\0');
        if (strcmp(key.data, "tool.molt.capabilities") == 0) {
            if (seen) {
                toml_error(toml, key_start, "[tool.molt] capabilities is defined twice", "keep one capabilities array");
                break;
            }
            seen = true;
            read_capabilities(toml, granted);
        } else {
            skip_value(toml);
        }
        if (!toml->failed) expect_line_end(toml);
    }
    strbuf_free(&table);
    strbuf_free(&key);
}

/* The nearest pyproject.toml: in the entry script's directory (named as
 * the command line names the script, so diagnostics show a familiar path),
 * else in the nearest directory above it that has one. */
static bool find_pyproject(const char *entry_path, char *out, size_t size) {
    const char *slash = strrchr(entry_path, '/');
    if (slash) snprintf(out, size, "%.*s/pyproject.toml", (int)(slash - entry_path), entry_path);
    else snprintf(out, size, "pyproject.toml");
    FILE *file = fopen(out, "rb");
    if (file) {
        fclose(file);
        return true;
    }
    char directory[PATH_MAX];
    if (!realpath(entry_path, directory)) return false;
    char *last = strrchr(directory, '/');
    if (last) *last = '\0';   /* the script's own directory, looked at above */
    for (;;) {
        last = strrchr(directory, '/');
        if (!last) return false;
        *last = '\0';
        snprintf(out, size, "%s/pyproject.toml", directory);
        file = fopen(out, "rb");
        if (file) {
            fclose(file);
            return true;
        }
        if (directory[0] == '\0') return false;
    }
}

bool capabilities_from_pyproject(uint32_t *granted, const char *entry_path) {
    char path[PATH_MAX + 32];
    if (!find_pyproject(entry_path, path, sizeof path)) return true;
    size_t length;
    char *text = strbuf_read_file(path, &length);
    if (!text) {
        fprintf(stderr, "molt: error: cannot read '%s': %s\n", path, strerror(errno));
        return false;
    }
    SourceFile file = {path, text, length};
    Toml toml = {&file, text, text + length, false};
    read_document(&toml, granted);
    free(text);
    return !toml.failed;
}
