/* Arena allocation for the compiler: every stage allocates from one arena per
 * compilation and the whole arena is freed at once, so no stage frees nodes. */
#ifndef MOLT_COMMON_ARENA_H
#define MOLT_COMMON_ARENA_H
#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *chunks;
    char *cursor;
    char *limit;
} Arena;

void arena_init(Arena *arena);
void arena_free(Arena *arena);
/* Zero-filled, 16-byte aligned; aborts on out-of-memory (the compiler has no
 * sensible way to continue without memory). */
void *arena_alloc(Arena *arena, size_t size);
char *arena_strndup(Arena *arena, const char *text, size_t length);
char *arena_strdup(Arena *arena, const char *text);
char *arena_printf(Arena *arena, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

#define ARENA_NEW(arena, Type) ((Type *)arena_alloc((arena), sizeof(Type)))
#define ARENA_ARRAY(arena, Type, count) ((Type *)arena_alloc((arena), sizeof(Type) * (size_t)(count)))

#endif
