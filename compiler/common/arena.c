/* Bump allocator backing every compiler data structure (see arena.h). */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;
    _Alignas(16) char data[];
};

enum { ARENA_CHUNK_SIZE = 1 << 20 };

void arena_init(Arena *arena) {
    arena->chunks = NULL;
    arena->cursor = NULL;
    arena->limit = NULL;
}

void arena_free(Arena *arena) {
    ArenaChunk *chunk = arena->chunks;
    while (chunk) {
        ArenaChunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    arena_init(arena);
}

void *arena_alloc(Arena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (!arena->cursor || (size_t)(arena->limit - arena->cursor) < size) {
        size_t chunk_size = size > ARENA_CHUNK_SIZE ? size : ARENA_CHUNK_SIZE;
        ArenaChunk *chunk = malloc(sizeof(ArenaChunk) + chunk_size);
        if (!chunk) {
            fputs("molt: out of memory\n", stderr);
            exit(3);
        }
        chunk->next = arena->chunks;
        chunk->size = chunk_size;
        arena->chunks = chunk;
        arena->cursor = chunk->data;
        arena->limit = chunk->data + chunk_size;
    }
    void *result = arena->cursor;
    arena->cursor += size;
    memset(result, 0, size);
    return result;
}

char *arena_strndup(Arena *arena, const char *text, size_t length) {
    char *copy = arena_alloc(arena, length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

char *arena_strdup(Arena *arena, const char *text) {
    return arena_strndup(arena, text, strlen(text));
}

char *arena_printf(Arena *arena, const char *format, ...) {
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int length = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    char *result = arena_alloc(arena, (size_t)length + 1);
    vsnprintf(result, (size_t)length + 1, format, args);
    va_end(args);
    return result;
}
