/* xalloc.c — allocation that ends guidec when memory runs out; see xalloc.h. */
#include "xalloc.h"
#include "oom.h"

void *guide_xcheck(void *p, const char *what)
{
    if (!p)
        guide_out_of_memory(what);
    return p;
}

void *guide_xmalloc(size_t n, const char *what) { return guide_xcheck(guide_malloc(n ? n : 1), what); }

void *guide_xcalloc(size_t n, size_t size, const char *what)
{
    return guide_xcheck(guide_calloc(n ? n : 1, size ? size : 1), what);
}

void *guide_xrealloc(void *p, size_t n, const char *what)
{
    return guide_xcheck(guide_realloc(p, n ? n : 1), what);
}

char *guide_xstrdup(const char *s, const char *what) { return guide_xcheck(guide_strdup(s), what); }

FILE *guide_xmemstream(char **buf, size_t *len, const char *what)
{
    return guide_xcheck(open_memstream(buf, len), what);
}

void guide_xmemstream_close(FILE *m, const char *what)
{
    int bad = ferror(m);
    if (fclose(m) != 0 || bad)
        guide_out_of_memory(what);
}
