/* Parses each file named on the command line and prints its AST in the
 * format of CPython's ast.dump(tree, indent=1); on a syntax error prints the
 * diagnostic and exits 3. Used by tests/parse/check.sh. With --parse-only
 * it prints nothing on success (for timing the parser). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/common/arena.h"
#include "../../compiler/common/diag.h"
#include "../../compiler/common/strbuf.h"
#include "../../compiler/frontend/parser.h"

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    size_t capacity = 1 << 16, used = 0;
    char *data = malloc(capacity);
    size_t got;
    while ((got = fread(data + used, 1, capacity - used - 1, file)) > 0) {
        used += got;
        if (capacity - used < 2) data = realloc(data, capacity *= 2);
    }
    fclose(file);
    data[used] = '\0';
    *length = used;
    return data;
}

int main(int argc, char **argv) {
    int status = 0;
    int parse_only = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--parse-only") == 0) {
            parse_only = 1;
            continue;
        }
        size_t length;
        char *text = read_file(argv[i], &length);
        if (!text) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 2;
        }
        SourceFile file = {argv[i], text, length};
        Arena arena;
        arena_init(&arena);
        AstModule *module = parse_module(&arena, &file);
        if (!module) {
            status = 3;
        } else if (!parse_only) {
            StrBuf out;
            strbuf_init(&out);
            ast_print_module(&out, module);
            fwrite(out.data, 1, out.length, stdout);
            strbuf_free(&out);
        }
        arena_free(&arena);
        free(text);
    }
    return status;
}
