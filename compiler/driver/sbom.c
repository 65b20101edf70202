/* The CycloneDX 1.5 document of sbom.h, written with the JSON writer from the
 * inventory (inventory.c) that molt.lock is made from too. */
#include "sbom.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/json.h"
#include "../common/sha256.h"
#include "inventory.h"

static void write_hash(JsonWriter *json, const char *sha256) {
    json_key(json, "hashes");
    json_begin_array(json);
    json_begin_object(json);
    json_member_string(json, "alg", "SHA-256");
    json_member_string(json, "content", sha256);
    json_end_object(json);
    json_end_array(json);
}

static void write_property(JsonWriter *json, const char *name, const char *value) {
    json_key(json, "properties");
    json_begin_array(json);
    json_begin_object(json);
    json_member_string(json, "name", name);
    json_member_string(json, "value", value);
    json_end_object(json);
    json_end_array(json);
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* The version number in a --version line: its last word that starts with a
 * digit and has a dot ("gcc (Debian 12.2.0-14) 12.2.0" -> 12.2.0); the
 * whole line when none does. */
static void tool_version(const char *line, char *out, size_t size) {
    snprintf(out, size, "%s", line);
    const char *found = NULL;
    size_t found_length = 0;
    for (const char *word = line; *word;) {
        size_t length = strcspn(word, " \t");
        if (length && isdigit((unsigned char)word[0]) && memchr(word, '.', length)) {
            found = word;
            found_length = length;
        }
        word += length;
        word += strspn(word, " \t");
    }
    if (found) snprintf(out, size, "%.*s", (int)found_length, found);
}

typedef struct Tools {
    InventoryTool compiler, linker;
    const char *compiler_name, *linker_name;
} Tools;

static void write_tool(JsonWriter *json, const char *reference, const char *role, const char *name,
                       const InventoryTool *tool) {
    char version[sizeof tool->version];
    tool_version(tool->version, version, sizeof version);
    json_begin_object(json);
    json_member_string(json, "type", "application");
    json_member_string(json, "bom-ref", reference);
    json_member_string(json, "name", name);
    json_member_string(json, "version", version);
    json_member_string(json, "description", tool->version);
    write_hash(json, tool->sha256);
    write_property(json, "molt:toolchain", role);
    json_end_object(json);
}

/* runtime/modules/NAME.c and NAME_*.c: the sources of runtime module NAME (docs/modules.md). */
static bool is_module_source(const char *file, const char *module) {
    const char *prefix = "runtime/modules/";
    size_t prefix_length = strlen(prefix), length = strlen(module);
    if (strncmp(file, prefix, prefix_length) != 0 || strncmp(file + prefix_length, module, length) != 0) return false;
    const char *rest = file + prefix_length + length;
    return strcmp(rest, ".c") == 0 || (rest[0] == '_' && strlen(rest) > 3 && strcmp(rest + strlen(rest) - 2, ".c") == 0);
}

static void write_runtime_module(JsonWriter *json, const SbomInputs *inputs, const InventoryFiles *sources,
                                 const char *module) {
    char reference[256];
    snprintf(reference, sizeof reference, "molt-stdlib:%s", module);
    json_begin_object(json);
    json_member_string(json, "type", "library");
    json_member_string(json, "bom-ref", reference);
    json_member_string(json, "group", "molt");
    json_member_string(json, "name", module);
    json_member_string(json, "version", inputs->molt_version);
    json_member_string(json, "description", "Molt's runtime module, linked from the runtime library");
    /* The module's own hash is its main source's; every source file is a sub-component. */
    char main_source[256];
    snprintf(main_source, sizeof main_source, "runtime/modules/%s.c", module);
    for (int i = 0; i < sources->count; i++)
        if (strcmp(sources->items[i].name, main_source) == 0) write_hash(json, sources->items[i].sha256);
    json_key(json, "components");
    json_begin_array(json);
    for (int i = 0; i < sources->count; i++) {
        if (!is_module_source(sources->items[i].name, module)) continue;
        json_begin_object(json);
        json_member_string(json, "type", "file");
        json_member_string(json, "name", sources->items[i].name);
        write_hash(json, sources->items[i].sha256);
        json_end_object(json);
    }
    json_end_array(json);
    json_end_object(json);
}

static void write_components(JsonWriter *json, const SbomInputs *inputs, const InventoryFiles *sources,
                             const char *runtime_sha256, const Tools *tools) {
    const PipelineReports *reports = inputs->reports;
    json_key(json, "components");
    json_begin_array(json);
    for (int i = 0; i < reports->modules.count; i++) {
        const InventoryFile *module = &reports->modules.items[i];
        char reference[PATH_MAX + 16];
        snprintf(reference, sizeof reference, "module:%s", module->name);
        json_begin_object(json);
        json_member_string(json, "type", "file");
        json_member_string(json, "bom-ref", reference);
        json_member_string(json, "name", module->name);
        json_member_string(json, "description", "a module of the program, compiled into it");
        write_hash(json, module->sha256);
        write_property(json, "molt:module", module->module);
        json_end_object(json);
    }
    json_begin_object(json);
    json_member_string(json, "type", "library");
    json_member_string(json, "bom-ref", "molt-runtime");
    json_member_string(json, "group", "molt");
    json_member_string(json, "name", "molt-runtime");
    json_member_string(json, "version", inputs->molt_version);
    json_member_string(json, "description", "Molt's runtime library, linked into the program");
    write_hash(json, runtime_sha256);
    write_property(json, "molt:library", base_name(inputs->toolchain->runtime_library));
    json_end_object(json);
    for (int i = 0; i < reports->runtime_module_count; i++)
        write_runtime_module(json, inputs, sources, reports->runtime_modules[i]);
    write_tool(json, "toolchain:cc", "C compiler", tools->compiler_name, &tools->compiler);
    write_tool(json, "toolchain:ld", "linker", tools->linker_name, &tools->linker);
    json_end_array(json);
}

static void write_dependencies(JsonWriter *json, const PipelineReports *reports) {
    json_key(json, "dependencies");
    json_begin_array(json);
    json_begin_object(json);
    json_member_string(json, "ref", "application");
    json_key(json, "dependsOn");
    json_begin_array(json);
    for (int i = 0; i < reports->modules.count; i++) {
        char reference[PATH_MAX + 16];
        snprintf(reference, sizeof reference, "module:%s", reports->modules.items[i].name);
        json_string(json, reference);
    }
    json_string(json, "molt-runtime");
    for (int i = 0; i < reports->runtime_module_count; i++) {
        char reference[256];
        snprintf(reference, sizeof reference, "molt-stdlib:%s", reports->runtime_modules[i]);
        json_string(json, reference);
    }
    json_end_array(json);
    json_end_object(json);
    json_end_array(json);
}

/* The document; with serial NULL, the text the serial number is derived from. */
static void write_bom(StrBuf *out, const SbomInputs *inputs, const char *serial, const char *program_sha256,
                      const InventoryFiles *sources, const char *runtime_sha256, const Tools *tools) {
    JsonWriter json;
    json_init(&json, out);
    json_begin_object(&json);
    json_member_string(&json, "bomFormat", "CycloneDX");
    json_member_string(&json, "specVersion", "1.5");
    if (serial) json_member_string(&json, "serialNumber", serial);
    json_member_int(&json, "version", 1);
    json_key(&json, "metadata");
    json_begin_object(&json);
    json_key(&json, "tools");
    json_begin_object(&json);
    json_key(&json, "components");
    json_begin_array(&json);
    json_begin_object(&json);
    json_member_string(&json, "type", "application");
    json_member_string(&json, "name", "molt");
    json_member_string(&json, "version", inputs->molt_version);
    json_end_object(&json);
    json_end_array(&json);
    json_end_object(&json);
    json_key(&json, "component");
    json_begin_object(&json);
    json_member_string(&json, "type", "application");
    json_member_string(&json, "bom-ref", "application");
    json_member_string(&json, "name", base_name(inputs->output_path));
    write_hash(&json, program_sha256);
    write_property(&json, "molt:target", inputs->toolchain->target->name);
    json_end_object(&json);
    json_end_object(&json);
    write_components(&json, inputs, sources, runtime_sha256, tools);
    write_dependencies(&json, inputs->reports);
    json_end_object(&json);
    json_finish(&json);
}

/* A urn:uuid from the document's sha256, in the form of a name-based
 * (version 5, RFC 4122 variant) UUID, as CycloneDX's schema requires. */
static void serial_number(const StrBuf *document, char out[64]) {
    Sha256 hash;
    sha256_init(&hash);
    sha256_update(&hash, document->data, document->length);
    char hex[65];
    sha256_final_hex(&hash, hex);
    hex[12] = '5';
    int nibble = hex[16] <= '9' ? hex[16] - '0' : hex[16] - 'a' + 10;
    hex[16] = "89ab"[nibble & 3];
    snprintf(out, 64, "urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}

bool sbom_write(const SbomInputs *inputs, const char *path) {
    char program_sha256[65], runtime_sha256[65];
    if (!sha256_file_hex(inputs->output_path, program_sha256) ||
        !sha256_file_hex(inputs->toolchain->runtime_library, runtime_sha256)) {
        fprintf(stderr, "molt: error: cannot read '%s' for the SBOM: %s\n", inputs->output_path, strerror(errno));
        return false;
    }
    InventoryFiles sources = {0};
    Tools tools = {.compiler_name = base_name(inputs->toolchain->c_compiler),
                   .linker_name = inputs->toolchain->target->linker};
    bool ok = inventory_add_tree(&sources, inputs->root_dir, "runtime/modules", 0) &&
              inventory_tool(inputs->toolchain->c_compiler, "C compiler", inputs->toolchain->target->install_hint,
                             &tools.compiler) &&
              inventory_tool(inputs->toolchain->target->linker, "linker", inputs->toolchain->target->install_hint,
                             &tools.linker);
    if (ok) {
        StrBuf draft, document;
        strbuf_init(&draft);
        strbuf_init(&document);
        write_bom(&draft, inputs, NULL, program_sha256, &sources, runtime_sha256, &tools);
        char serial[64];
        serial_number(&draft, serial);
        write_bom(&document, inputs, serial, program_sha256, &sources, runtime_sha256, &tools);
        ok = strbuf_write_file(&document, path);
        strbuf_free(&draft);
        strbuf_free(&document);
    }
    inventory_files_free(&sources);
    return ok;
}
