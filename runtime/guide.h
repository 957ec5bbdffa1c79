/* guide.h — libguide: what evaluated rulesets and the tools around them share.
 *
 * A ruleset is described by a const guide_ruleset_info (names, types, labels, units, ranges,
 * clauses with citations, version, SHA-256 of the source). Everything generic is driven by it:
 * the case reader, the result writers and the trace printers work for every ruleset and for
 * every backend (interpreter, generated C, LLVM).
 *
 * Values live in a guide_frame: one guide_value and one known flag per variable, inputs first,
 * then derived values, then outputs, plus a state per output. Missing data is a known flag of
 * 0, never a special value. */
#ifndef GUIDE_H
#define GUIDE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Units ------------------------------------------------------------------------------ */

/* A unit: value_in_dimension_base = value * mul / div. Keeping mul and div separate makes the
 * common conversions exact (35 mm -> 3.5 cm divides by 10 instead of multiplying by 0.1). */
typedef struct guide_unit {
    const char *name;      /* as written: "cm", "%", "mitoses_per_5mm2" */
    const char *dimension; /* "length", "time", ...; a user unit is its own dimension */
    double      mul, div;
    const char *desc;      /* description (user units), or NULL */
} guide_unit;

/* The built-in units (mm, cm, m, km, days, weeks, months, years, mg, g, kg, %, mg_per_day, and
 * the singular forms day, week, month, year). */
extern const guide_unit guide_builtin_units[];
extern const int        guide_builtin_unit_count;

/* Looks a unit up among the built-ins, then in user[0..nuser). NULL if not found. */
const guide_unit *guide_unit_find(const char *name, const guide_unit *user, int nuser);
/* Converts v from one unit to another of the same dimension (the caller checks that). */
double guide_unit_convert(double v, const guide_unit *from, const guide_unit *to);
/* Nonzero if both units have the same dimension. */
int guide_unit_same_dimension(const guide_unit *a, const guide_unit *b);

/* ---- Measurement precision (step.c) ----------------------------------------------------- */

/* x rounded to the nearest multiple of step, half away from zero, as a person rounds the decimal
 * text of x (1.05 with step 0.1 is 1.1, 1.04 is 1.0, 2.25 with step 0.5 is 2.5); x itself when
 * step is 0 (no step declared). */
double guide_step_round(double x, double step);
/* The boundary between the multiples k * step and (k + 1) * step: the nearest double to the
 * decimal (k + 0.5) * step. A value on it rounds away from zero. */
double guide_step_boundary(double k, double step);
/* The index k of the multiple k * step nearest to x when x is one (within a relative 1e-9: 1.0
 * is 10 steps of 0.1), else that of the multiple above x (up) or below it (!up). */
double guide_step_index(double x, double step, int up);

/* ---- Positions around constants ---------------------------------------------------------- */

/* Where x lies among the sorted constants cuts[0..ncuts): 0 below cuts[0], 1 on it, 2 between
 * cuts[0] and cuts[1], ..., 2 * ncuts above the last. A decision diagram's numeric level and an
 * aggregate's element test both cut numbers this way. */
static inline int guide_cut_position(const double *cuts, int ncuts, double x)
{
    int lo = 0, hi = ncuts; /* the number of cuts below x */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (cuts[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 2 * lo + (lo < ncuts && cuts[lo] == x);
}

/* ---- Kleene logic ----------------------------------------------------------------------- */

/* A condition's truth when inputs may be unknown: Kleene's three values and their truth tables,
 * the one definition every evaluator uses. The interpreter and the decision diagrams call these
 * (compiler/eval/interp.h names the values K_FALSE, K_TRUE, K_UNKNOWN), the generated C through
 * guide_gen.h (GK_F, GK_T, GK_U, gk_and ...), and the LLVM backend builds the same tables as
 * instructions on these same numbers (emit_llvm.c k_and ...). */
enum { GUIDE_K_FALSE = 0, GUIDE_K_TRUE = 1, GUIDE_K_UNKNOWN = 2 };

/* False if either is false, true if both are true, else unknown. */
static inline int guide_k_and(int a, int b)
{
    if (a == GUIDE_K_FALSE || b == GUIDE_K_FALSE)
        return GUIDE_K_FALSE;
    return a == GUIDE_K_TRUE && b == GUIDE_K_TRUE ? GUIDE_K_TRUE : GUIDE_K_UNKNOWN;
}

/* True if either is true, false if both are false, else unknown. */
static inline int guide_k_or(int a, int b)
{
    if (a == GUIDE_K_TRUE || b == GUIDE_K_TRUE)
        return GUIDE_K_TRUE;
    return a == GUIDE_K_FALSE && b == GUIDE_K_FALSE ? GUIDE_K_FALSE : GUIDE_K_UNKNOWN;
}

/* Unknown stays unknown; false and true swap. */
static inline int guide_k_not(int a)
{
    return a == GUIDE_K_UNKNOWN ? GUIDE_K_UNKNOWN : !a;
}

/* ---- Values ----------------------------------------------------------------------------- */

typedef enum guide_type {
    GUIDE_BOOL,
    GUIDE_ENUM,
    GUIDE_NUMBER,
    GUIDE_INTEGER,
    GUIDE_RANGE, /* [lo, hi] in the variable's unit */
    GUIDE_SET,   /* a set of labels, as a bit mask (at most 64 labels) */
    GUIDE_LIST,  /* an input holding numbers (`list of SUV in [0, 100]`): the unit, range and
                    step are its elements'; read by aggregates (lists.c) */
} guide_type;

/* How a type's value is held in a guide_value, its member and its field in the generated ABI
 * structs. Most code cares about this and not about the type: a new type held as an existing
 * representation (a date as a number of days) is a row of guide_types.c's table. */
typedef enum guide_repr {
    GUIDE_REPR_TRUTH,  /* b: 0 or 1 (int32_t) */
    GUIDE_REPR_LABEL,  /* label: an index into the variable's labels (int32_t) */
    GUIDE_REPR_NUMBER, /* num: a double in the variable's unit */
    GUIDE_REPR_RANGE,  /* range: [lo, hi] in the variable's unit */
    GUIDE_REPR_SET,    /* set: bit i = label i (uint64_t) */
    GUIDE_REPR_LIST,   /* list: numbers in the variable's unit */
} guide_repr;

typedef struct guide_range {
    double lo, hi;
} guide_range;

/* A list's elements, in the variable's unit; n may be 0 (known and empty). The elements belong
 * to whoever filled the value: a frame's case reader (guide_frame), or the caller of generated
 * code. */
enum { GUIDE_LIST_MAX = 100000 }; /* elements of one list in a case */

typedef struct guide_list {
    const double *items;
    int32_t       n;
} guide_list;

typedef union guide_value {
    double      num;   /* NUMBER, INTEGER (integral), in the variable's declared unit */
    int32_t     label; /* ENUM: index into the variable's labels */
    int32_t     b;     /* BOOL: 0 or 1 */
    guide_range range; /* RANGE */
    uint64_t    set;   /* SET: bit i = label i */
    guide_list  list;  /* LIST */
} guide_value;

/* ---- What each type is (guide_types.c) --------------------------------------------------- */

/* One table gives, per guide_type, its representation and the few properties code asks of a
 * type, so that code asks them rather than naming types. A type outside the enumeration is a
 * bool with the word "?". */

/* How its value is held. */
guide_repr guide_type_repr(guide_type t);
/* Nonzero when its values are whole numbers only (an integer). */
int guide_type_is_integral(guide_type t);
/* Nonzero when it is held as a number (GUIDE_REPR_NUMBER): compared with constants, cut at
 * them, read as "35 mm". */
int guide_type_is_numeric(guide_type t);
/* Nonzero when a value is one of finitely many, an int32_t index: false / true, or a label. */
int guide_type_is_discrete(guide_type t);
/* Nonzero when the variable declares labels (an enum, a set). */
int guide_type_has_labels(guide_type t);
/* The C type of its field in the generated ABI structs: "int32_t", "double", "guide_range",
 * "uint64_t", "guide_list". */
const char *guide_type_c_type(guide_type t);
/* The size of that field in bytes. */
size_t guide_type_c_size(guide_type t);
/* The member of guide_value that holds it: "b", "label", "num", "range", "set", "list". */
const char *guide_type_member(guide_type t);
/* Its word with an article, for messages: "a bool", "an integer". */
const char *guide_type_noun(guide_type t);
/* Its enumerator's name, as generated C writes it: "GUIDE_BOOL". */
const char *guide_type_enumerator(guide_type t);

/* ---- Aggregates over lists (lists.c) ------------------------------------------------------ */

typedef enum guide_agg {
    GUIDE_AGG_MEAN, GUIDE_AGG_MIN, GUIDE_AGG_MAX, GUIDE_AGG_SUM, /* numbers, in the list's unit */
    GUIDE_AGG_COUNT,                                              /* a number of elements */
    GUIDE_AGG_ANY, GUIDE_AGG_ALL,                                 /* 0 or 1 */
} guide_agg;

/* The elements an aggregate keeps (`count (x in L: x > 2.5 SUV)`): an element at position k
 * around cuts (guide_cut_position) is kept when holds[k]. ncuts 0 and holds NULL keep every
 * element. */
typedef struct guide_elem_test {
    int32_t        ncuts;
    const double  *cuts;
    const uint8_t *holds; /* [2 * ncuts + 1] */
} guide_elem_test;

/* Aggregate op of the n elements at items, each first rounded to step (0: none) as a case's
 * number is, keeping those test passes (NULL: all): the mean, least, greatest or sum of them;
 * how many; whether any does (1 or 0); whether all do (an empty list: 1). Returns 1 with *out
 * set, or 0 when there is no such number: the mean, least or greatest of no element, or a sum
 * that is not finite. The one implementation every evaluator calls (scalar arguments, so that
 * generated code calls it without a struct passed by value). */
int guide_list_aggregate(guide_agg op, const double *items, int32_t n, double step,
                         const guide_elem_test *test, double *out);
/* Whether a list input's value is one: n not negative, items not NULL when n is not 0, and
 * every element in [lo, hi] once recorded to step, as the case reader checks it. */
int guide_list_valid(const double *items, int32_t n, double lo, double hi, double step);
/* Why a derived value of rs can be unknown although what it is computed from is known (the
 * trace's GUIDE_EV_NOT_COMPUTABLE), for people. */
struct guide_ruleset_info;
const char *guide_not_computable_reason(const struct guide_ruleset_info *rs);
/* The aggregate's name as written (`mean`, `count`, ...). */
const char *guide_agg_name(guide_agg op);

/* ---- Ruleset description ---------------------------------------------------------------- */

typedef enum guide_var_kind { GUIDE_VAR_INPUT, GUIDE_VAR_DERIVED, GUIDE_VAR_OUTPUT } guide_var_kind;

typedef struct guide_var_info {
    const char        *name;
    guide_var_kind     kind;
    guide_type         type;
    const char        *unit;    /* unit name, NULL if none */
    double             lo, hi;  /* declared range; -HUGE_VAL / HUGE_VAL when none */
    int                nlabels; /* ENUM and SET */
    const char *const *labels;
    int                line;    /* declaration line in the source */
    /* Display texts (the guideline's words, UTF-8) for people; identifiers stay the names. */
    const char        *display;       /* the variable's, or NULL */
    const char *const *label_display; /* [nlabels]: each label's, NULL where none; NULL if none */
    double             step;    /* input recorded to a multiple of step (guide_step_round);
                                   0 when none is declared */
} guide_var_info;

typedef enum guide_clause_kind { GUIDE_CLAUSE_RULE, GUIDE_CLAUSE_ROW } guide_clause_kind;

/* A rule, or one row of a table: something whose condition is evaluated and that concludes
 * outputs. Trace events point at clauses. */
typedef struct guide_clause_info {
    guide_clause_kind kind;
    const char       *name;   /* rule name, or the table's name for a row */
    int               table;  /* ROW: index into tables; -1 for a rule */
    int               row;    /* ROW: 1-based row number as printed in the table; 0 for a rule */
    const char       *column; /* ROW of a two-dimensional table: the column's heading, else NULL */
    const char       *cite;   /* citation (the row's, else the table's / rule's); never NULL */
    int               line;   /* source line of the rule or row */
    int               nreads; /* variables its condition reads (unless and table guard included) */
    const int        *reads;  /* variable indices, in order of first mention */
    int               reading;      /* interpretation number (`reading N "..."`), 0 if none */
    const char       *reading_text; /* its statement, or NULL */
    const char       *cells;  /* ROW: its input cells as written, "column: cell" joined by ", "
                                 ("mitoses_per_5mm2: <= 5, size_cm: (2, 5]"; a two-dimensional
                                 table's heading last), for traces; NULL for a rule */
} guide_clause_info;

typedef enum guide_hit { GUIDE_HIT_UNIQUE, GUIDE_HIT_FIRST, GUIDE_HIT_COLLECT } guide_hit;

typedef struct guide_table_info {
    const char *name;
    const char *cite;
    int         line;
    guide_hit   hit;
    int         first_clause; /* its rows are clauses first_clause .. first_clause + nrows - 1 */
    int         nrows;
} guide_table_info;

/* ---- Decision diagrams (DESIGN.md item 8) ------------------------------------------------ */

/* What one level of an output's decision diagram tests: a variable, cut into cells. An input's
 * cells are those of its type (false, true; the labels of an enum) or, for a number, the
 * positions around the constants the rules compare it with: below cuts[0], on cuts[0], between
 * cuts[0] and cuts[1], ..., above the last. An arithmetic derived value is a level of its own,
 * known when it could be computed. */
typedef struct guide_dd_level {
    int32_t         var;      /* the variable tested */
    int32_t         ncells;   /* children of a node on this level */
    int32_t         ncuts;    /* numbers: the sorted constants; 0 for bool and enum */
    const double   *cuts;
    const int32_t  *pos_cell; /* numbers, [2 * ncuts + 1]: the cell of each position, -1 where
                                 no admissible value lies (an integer between two cuts 1 apart) */
    const uint64_t *inputs;   /* [input words]: the inputs it stands for (asked for when it
                                 matters): the input itself, or an arithmetic value's inputs */
    /* An arithmetic value's level: the derived values it is computed through, itself first and
     * each before those it reads, with their operands, so that a walk asks only for the unknown
     * inputs behind unknown values (`A else B` known from A needs nothing of B). nderived 0: ask
     * for the unknown ones of inputs. */
    int32_t         nderived;
    const int32_t  *derived;  /* [nderived]: the variables */
    const int32_t  *from_at;  /* [nderived + 1]: derived[k] reads from[from_at[k] .. from_at[k+1]) */
    const int32_t  *from;     /* an input's index, or -1 - j for derived[j] */
} guide_dd_level;

/* An answer of an output: a leaf of its diagram. */
typedef struct guide_dd_leaf {
    uint8_t     state;   /* guide_state */
    uint8_t     is_null; /* CONCLUDED with ND */
    guide_value v;
} guide_dd_leaf;

/* One output's reduced ordered decision diagram. Nodes are numbered so that every child of a
 * node has a smaller number; a reference is a node number, or -1 - k for leaf k. Node n tests
 * levels[node_level[n]] and its child for cell c is kids[node_kids[n] + c]. Leaves are
 * distinct answers, so one reachable leaf means one answer. */
typedef struct guide_dd {
    int32_t               output;   /* the output variable */
    int32_t               nlevels;  /* the levels it tests, in order from the root */
    const guide_dd_level *levels;
    int32_t               nnodes;
    const int32_t        *node_level;
    const int32_t        *node_kids;
    const int32_t        *kids;
    int32_t               root;
    int32_t               nleaves;
    const guide_dd_leaf  *leaves;
    const uint64_t       *cone;     /* [input words]: the inputs the output depends on */
    int32_t               impossible; /* leaf number + 1 of the answer of the worlds no case
                                         has (they break a constraint), 0 when none: the walk
                                         neither offers it nor asks to tell it apart */
} guide_dd;

/* Scratch a walk of dd needs, in int32_t, zeroed before the first walk (each walk leaves it
 * zeroed again): sized once per diagram, so that walking allocates nothing. */
size_t guide_dd_work_size(const guide_dd *dd);

/* Words of a set of dd's leaves (guide_dd_walk's possible). */
static inline int guide_dd_leaf_words(const guide_dd *dd) { return (dd->nleaves + 63) / 64; }

/* What walks of one diagram found, kept by the cells of its levels (a case's known values, as
 * far as the diagram can tell them apart): a stream of cases that know the same few inputs
 * walks each pattern once. Optional; made once, outside evaluation. */
typedef struct guide_dd_memo guide_dd_memo;
/* NULL when memory runs out (a walk then simply goes without). */
guide_dd_memo *guide_dd_memo_new(const guide_dd *dd);
void           guide_dd_memo_free(guide_dd_memo *m);

/* Walks dd for the case in val / known (indexed by variable, as in a frame), taking every
 * branch of a level whose variable is unknown. Sets possible (the reachable leaves) and asks
 * ([input words], cleared first): when one leaf is reachable the output is decided and asks are
 * the unknown inputs of its cone (it was decided without them); with two or more it is
 * undetermined and asks are the unknown inputs that matter: those of a level on which a
 * reachable node of the diagram restricted to the known values has two different children
 * (the impossible leaf, dd->impossible, is never reached as an answer and counts as any child).
 * Returns the number of reachable leaves; *leaf is the lowest. Linear in the reachable part of
 * the diagram, no budget, no allocation. memo (NULL: none) is looked up first and filled after.
 */
int guide_dd_walk(const guide_dd *dd, int ninputs, const guide_value *val, const uint8_t *known,
                  int32_t *work, guide_dd_memo *memo, uint64_t *possible, uint64_t *asks, int *leaf);

/* A constraint between inputs (`constraint NAME when C then D`): every real case has D when it
 * has C. Its diagram's leaves are true, false and undetermined (an arithmetic value that cannot
 * be computed); a case breaks it when only false is reachable from its known values. */
typedef struct guide_constraint_info {
    const char    *name;
    const char    *cite; /* NULL when none */
    int            line;
    guide_dd       dd;
    int            reading;      /* interpretation number (`reading N "..."`), 0 if none */
    const char    *reading_text; /* NULL if none */
} guide_constraint_info;

typedef struct guide_ruleset_info {
    const char *name;     /* guideline NAME */
    const char *title;
    const char *version;
    const char *source;
    const char *sha256;   /* hex SHA-256 of the source file */
    const char *path;     /* source file name as compiled */

    int                   nvars; /* ninputs + nderived + noutputs */
    int                   ninputs, nderived, noutputs;
    const guide_var_info *vars;  /* inputs, then derived, then outputs */

    int                      nclauses;
    const guide_clause_info *clauses;
    int                      ntables;
    const guide_table_info  *tables;

    int               nunits; /* user-declared units */
    const guide_unit *units;

    const guide_dd   *dds;   /* [noutputs]: each output's decision diagram */

    int                          nconstraints;
    const guide_constraint_info *constraints;
    const guide_dd              *consistent; /* true where every constraint may hold; NULL
                                                when there are no constraints */
} guide_ruleset_info;

/* The first constraint that the known values in val / known break, or nconstraints when each
 * may hold but no case satisfies them all together, or -1 when some case satisfies every one.
 * work: guide_constraints_work_size(rs) int32_t, zeroed (and left zeroed). */
int    guide_constraints_check(const guide_ruleset_info *rs, const guide_value *val,
                               const uint8_t *known, int32_t *work);
size_t guide_constraints_work_size(const guide_ruleset_info *rs);
/* Nonzero when the diagram of all the constraints (rs->consistent) tests a derived value: an
 * arithmetic or aggregate value, a level of its own, known only once the case is evaluated. */
int    guide_constraints_read_derived(const guide_ruleset_info *rs);

/* Index of the first output variable. */
static inline int guide_first_output(const guide_ruleset_info *rs)
{
    return rs->ninputs + rs->nderived;
}
/* Words of a bit set over the inputs. */
static inline int guide_input_words(const guide_ruleset_info *rs)
{
    return (rs->ninputs + 63) / 64;
}
/* Index of a variable by name, or -1. */
int guide_var_index(const guide_ruleset_info *rs, const char *name);
/* Index of a label of variable v, or -1. */
int guide_label_index(const guide_ruleset_info *rs, int v, const char *label);

/* ---- Evaluation state ------------------------------------------------------------------- */

typedef enum guide_state {
    GUIDE_NOT_APPLICABLE = 0, /* no rule concludes this output for this case */
    GUIDE_CONCLUDED,          /* a value (or ND: is_null) was concluded */
    GUIDE_UNDETERMINED,       /* depends on unknown inputs: see asks */
    GUIDE_CONFLICT,           /* rules concluded different values */
} guide_state;

typedef enum guide_how {
    GUIDE_HOW_DIRECT = 0, /* decided from the known inputs (Kleene evaluation) */
    GUIDE_HOW_SEARCH,     /* decided by the walk of the output's decision diagram: the same
                             answer for every value of the unknown inputs in asks */
    GUIDE_HOW_DEPENDS,    /* undetermined: the answer changes with the inputs in asks, and
                             guide_possible holds the answers it can take */
} guide_how;

/* An output's state: four bytes, so that the generated code writes it in one store. */
typedef struct guide_output {
    uint8_t state;   /* guide_state */
    uint8_t how;     /* guide_how */
    uint8_t is_null; /* CONCLUDED with ND: the guideline gives no value */
    uint8_t spare;   /* 0 */
} guide_output;

/* An output's state in one byte, as the state columns of NAME_eval_columns hold it (a quarter of
 * the memory a guide_output takes, where a column of many rows is bound by memory): the state in
 * bits 0-1, how it was decided in bits 2-3, is_null in bit 4. */
static inline uint8_t guide_state_byte(guide_output o)
{
    return (uint8_t)((o.state & 3) | (o.how & 3) << 2 | (o.is_null & 1) << 4);
}
static inline guide_output guide_state_of_byte(uint8_t b)
{
    guide_output o = {(uint8_t)(b & 3), (uint8_t)(b >> 2 & 3), (uint8_t)(b >> 4 & 1), 0};
    return o;
}

/* The values of one case: inputs as read, derived values and outputs as evaluated. */
typedef struct guide_frame {
    const guide_ruleset_info *rs;
    char                     *id;    /* case id, NULL if none (owned) */
    guide_value              *val;   /* [nvars] */
    uint8_t                  *known; /* [nvars] */
    guide_output             *out;   /* [noutputs] */
    /* [noutputs * guide_input_words]: for an undetermined output, the unknown inputs that would
     * decide it; for one decided by the walk of its diagram, the unknown inputs it was decided
     * without. */
    uint64_t                 *asks;
    /* For an undetermined output, its possible answers: a set of the leaves of its diagram
     * (rs->dds[output]), at possible + possible_at[output]. */
    uint64_t                 *possible;
    size_t                   *possible_at; /* [noutputs + 1] */
    /* [noutputs]: what walks of each output's diagram found for the cases this frame held
     * (guide_dd_walk's memo), so that a stream of cases evaluated through one frame walks each
     * pattern of known values once */
    struct guide_dd_memo    **memo;
    /* the ruleset's names quoted for JSON once (NULL: quoted as they are printed) */
    struct guide_json_names  *json;
    /* guide_check_case's scratch (guide_constraints_work_size), zero between checks */
    int32_t                  *check_work;
    /* [ninputs]: the case reader's room for each list input's elements (val[v].list points
     * into it), kept from case to case; NULL when the ruleset has no list input */
    double                  **list_room;
    int32_t                  *list_cap;
    /* a constraint tests a value evaluation computes (guide_constraints_read_derived), so
     * guide_check_evaluated checks the evaluated case again; decided when the frame is made */
    int                       check_evaluated;
} guide_frame;

guide_frame *guide_frame_new(const guide_ruleset_info *rs);
void         guide_frame_free(guide_frame *f);
/* Room for n elements of list input v, owned by f and valid until the next call for v (or the
 * frame's end): what a case reader fills before setting val[v].list. NULL when memory runs
 * out. */
double      *guide_frame_list_room(guide_frame *f, int v, int32_t n);
/* Forgets every value and state (all unknown, all not applicable, no id). */
void         guide_frame_clear(guide_frame *f);
static inline uint64_t *guide_asks(const guide_frame *f, int output)
{
    return f->asks + (size_t)output * (size_t)guide_input_words(f->rs);
}
static inline uint64_t *guide_possible(const guide_frame *f, int output)
{
    return f->possible + f->possible_at[output];
}

/* ---- Trace ------------------------------------------------------------------------------ */

typedef enum guide_event_kind {
    GUIDE_EV_CLAUSE, /* a rule or table row was considered: status says how it went */
    GUIDE_EV_OUTPUT, /* an output was decided: status is its guide_how */
    GUIDE_EV_NOT_COMPUTABLE, /* a derived value (index = variable) is unknown although what it
                                is computed from is known: a division by zero or a result that
                                is not a finite number */
} guide_event_kind;

typedef enum guide_clause_status {
    GUIDE_CL_NOT_FIRED = 0, /* condition false (row: not matched) */
    GUIDE_CL_FIRED,         /* condition true (row: matched) */
    GUIDE_CL_UNDETERMINED,  /* condition unknown */
    GUIDE_CL_EXCEPTED,      /* `when` held but the `unless` exception held too */
    GUIDE_CL_SHADOWED,      /* first-hit table: an earlier row matched */
} guide_clause_status;

typedef struct guide_event {
    uint8_t kind;   /* guide_event_kind */
    uint8_t status; /* guide_clause_status or guide_how */
    int32_t index;  /* clause index, or output number (0-based among outputs) */
} guide_event;

/* A caller-owned buffer of events; evaluation appends and never allocates. When it is full,
 * later events are dropped and overflow is set (the printers say so). */
typedef struct guide_trace {
    guide_event *ev;
    size_t       len, cap;
    int          overflow;
} guide_trace;

static inline void guide_trace_add(guide_trace *t, guide_event_kind k, int status, int index)
{
    if (!t)
        return;
    if (t->len == t->cap) {
        t->overflow = 1;
        return;
    }
    t->ev[t->len].kind = (uint8_t)k;
    t->ev[t->len].status = (uint8_t)status;
    t->ev[t->len].index = index;
    t->len++;
}

guide_trace *guide_trace_new(size_t cap);
void         guide_trace_free(guide_trace *t);

/* ---- Words (guide_words.c; a type's, guide_types.c) -------------------------------------- */

/* The words of the enumerations above, one table per fact, so that every printer (traces,
 * report, graph, test runner, dumps, comments of generated code, language server) spells them
 * alike. A value outside its enumeration is "?". */

/* "unique", "first", "collect": as a table's `hit` is written. */
const char *guide_hit_word(guide_hit h);
/* Its enumerator's name, as generated C writes it ("GUIDE_HIT_FIRST"). */
const char *guide_hit_enumerator(guide_hit h);
/* "bool", "enum", "number", "integer", "range", "set", "list": as a declaration says it. */
const char *guide_type_word(guide_type t);
/* The same for a reader: "list of numbers" for a list. */
const char *guide_type_phrase(guide_type t);
/* A clause's status (guide_clause_status) in a trace: a rule "fired" / "not fired", a row
 * (row nonzero) "matched" / "not matched"; "undetermined", "excepted", "shadowed". */
const char *guide_status_word(int status, int row);
/* The same explained for a reader who sees it alone: "excepted (its unless held)", "shadowed by
 * an earlier row". */
const char *guide_status_phrase(int status, int row);
/* The HTML class of a status in a report: "fired", "undetermined", "excepted", "not-fired". */
const char *guide_status_class(int status);
/* An output's state (guide_state): "not applicable", "concluded", "undetermined", "conflict". */
const char *guide_state_word(int state);
/* Its HTML class in a report: "na", "concluded", "undetermined", "conflict". */
const char *guide_state_class(int state);

/* ---- Cases in, results out -------------------------------------------------------------- */

/* Why a case could not be read. */
typedef struct guide_case_error {
    char field[128];   /* the offending key, "" when the record itself is bad */
    char message[512]; /* what is wrong, for a person */
} guide_case_error;

/* Called once per record, in order: f holds the case when err is NULL; otherwise err says why
 * record number `record` (1-based), which starts on `line`, could not be read (f->id is set when
 * the record had a readable id). Return nonzero to stop. */
typedef int (*guide_case_fn)(void *ctx, guide_frame *f, const guide_case_error *err, int record,
                             int line);

/* Reads the cases in buf: one JSON object, or several (one per line, JSON Lines, or simply one
 * after another). Every record yields exactly one callback. Returns the number of records with
 * errors. */
int guide_read_cases(const guide_ruleset_info *rs, const char *buf, size_t len, guide_case_fn fn,
                     void *ctx);

/* guide_read_cases on a stream, read in one pass with the memory of a few records (the whole
 * stream is never held): the same callbacks, the same errors. A read error ends the input
 * (ferror(in) says so). Returns the number of records with errors. */
int guide_read_cases_file(const guide_ruleset_info *rs, FILE *in, guide_case_fn fn, void *ctx);

/* Reads exactly one case, the JSON object in buf[0..len) (one line of JSON Lines), into f, which
 * is cleared first; `line` is the line it starts on, for messages. Returns 0, or -1 with err
 * filled (f->id is set when the record had a readable id). */
int guide_read_case(guide_frame *f, const char *buf, size_t len, int line, guide_case_error *err);

/* Reads input v of f from its text as a CSV cell gives it, with the rules of a JSON case: an
 * empty text is unknown; true / false for a bool; a plain number, or a number with a unit
 * ("35 mm"), for a number; a label for an enum. Returns 0, or -1 with err filled. */
int guide_read_text_value(guide_frame *f, int v, const char *text, size_t len,
                          guide_case_error *err);

/* Parses "35 mm" / "3.5" into a value in unit `to`; returns 0, or -1 with a message in err. */
int guide_parse_quantity(const guide_ruleset_info *rs, const char *text, const guide_unit *to,
                         double *out, char *err, size_t errlen);

/* Whether the known inputs of f can belong to a real case: 0, or -1 with err naming the
 * constraint they break (guide_constraints_check) and the values that break it. The case
 * readers call it after reading a record. */
int guide_check_case(const guide_frame *f, guide_case_error *err);

/* guide_check_case again on f once evaluated, when a constraint tests a value evaluation
 * computes: an arithmetic or aggregate derived value is unknown when the case is read, so its
 * known inputs can be found to break such a constraint only now (f->check_evaluated; without
 * such a constraint this returns 0 at once). Every reader of cases calls it after evaluating
 * one that guide_check_case let through, and gives err in place of the result, as for a case
 * it cannot read. */
int guide_check_evaluated(const guide_frame *f, guide_case_error *err);

/* Output formats for results and traces. */
typedef enum guide_format { GUIDE_FMT_TEXT, GUIDE_FMT_JSON } guide_format;

/* Which trace events a result shows (guide_print_opts.trace). */
typedef enum guide_trace_mode {
    GUIDE_TRACE_NONE = 0,  /* no trace */
    GUIDE_TRACE_ALL = 1,   /* every event: rules and rows whatever their status */
    GUIDE_TRACE_FIRED = 2, /* what the case took: the rules that fired, the rows that matched,
                              every output's line; not fired, not matched, undetermined,
                              excepted and shadowed ones are left out */
} guide_trace_mode;

typedef struct guide_print_opts {
    guide_format format;
    int          trace;   /* guide_trace_mode: 0, no trace */
    int          missing; /* text: list the inputs to ask for per undetermined output */
    int          labels;  /* JSON: add the display texts ("labels", "label", "value_label") */
} guide_print_opts;

/* Writes one evaluated case: JSON as one line (the shape of CASES.md, plus "not_applicable": the
 * outputs no rule concludes, and "possible": the answers each undetermined output can take;
 * docs/LANGUAGE.md), text for people. Returns 0, or -1 when memory ran out building a text:
 * then the JSON line is an error record ("out of memory writing the result"), and a text the
 * result could not hold reads "(out of memory)" where it belongs. (Write errors are the
 * stream's: ferror.) */
int guide_print_result(FILE *out, const guide_frame *f, const guide_trace *t,
                       const guide_print_opts *o);
/* Writes an error record in place of a result: 0, or -1 when memory ran out building its JSON
 * line (the record "out of memory writing the result" is written instead). */
int guide_print_case_error(FILE *out, const guide_ruleset_info *rs, const char *id,
                           const guide_case_error *err, int record, int line,
                           const guide_print_opts *o);

/* Formats a value of variable v ("12 cm", "jejunum", "true", "[6, 12] months", "{a, b}") into
 * buf, as snprintf does: returns the length of the whole text, so a result >= len says the text
 * was cut (GUIDE_VALUE_TEXT_MAX bytes always hold it). When memory runs out it returns
 * GUIDE_FORMAT_FAILED with buf empty (the text is built whole before it is copied). */
size_t guide_format_value(const guide_ruleset_info *rs, int v, const guide_value *val, char *buf,
                          size_t len);
/* guide_format_value for the value of variable v the rules compared: for an input recorded to a
 * step that rounding changed, "1 mm (recorded 1.04 mm, step 0.1)"; the value itself otherwise.
 * GUIDE_FORMAT_FAILED, with buf empty, when memory runs out. */
size_t guide_format_compared(const guide_ruleset_info *rs, int v, const guide_value *val, char *buf,
                             size_t len);
/* Bytes that hold the text of any value of a ruleset guidec accepts: a set of 64 labels of 100
 * bytes with their separators and braces, or two numbers and a unit name, and the NUL. */
enum { GUIDE_VALUE_TEXT_MAX = 64 * (100 + 2) + 256 };
/* What guide_format_value and guide_format_compared return when memory runs out. */
#define GUIDE_FORMAT_FAILED ((size_t)-1)

#ifdef __cplusplus
}
#endif

#endif
