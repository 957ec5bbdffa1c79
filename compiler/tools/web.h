/* web.h — `guidec web`: the tumour-board page of a ruleset (web.c). */
#ifndef GUIDE_WEB_H
#define GUIDE_WEB_H

/* The folder holding the kit `make wasm` builds (libguide.a and guide_web.o for WebAssembly,
 * index.html, page.js, page.css), malloc'ed: $GUIDE_WASM_DIR; wasm/ in the running program's
 * folder (build/guidec -> build/wasm/); ../lib/guide/wasm from it. NULL if none is complete. */
char *web_kit_dir(void);

/* `guidec web` (argv[0] is the verb); returns the exit status. */
extern const char web_usage[];
int web_main(int argc, char **argv);

#endif
