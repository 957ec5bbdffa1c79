/* fixture_ruleset.h — a small guide_ruleset_info built by hand for the runtime's unit tests.
 *
 * Inputs of every kind a case can give (an enum, numbers with a built-in and a user unit and a
 * range, an integer, a bool, a time in years), one derived enum, outputs of every type, two
 * rules and a two-row table, and the answers of each output's decision diagram. Shaped after
 * the GIST ruleset, but small enough to check by eye. */
#ifndef FIXTURE_RULESET_H
#define FIXTURE_RULESET_H

#include <math.h>

#include "guide.h"

enum {
    FX_LOCATION,      /* enum { stomach, jejunum, ileum } */
    FX_SIZE_CM,       /* cm in [0, 100] */
    FX_MITOSES,       /* mitoses_per_5mm2 in [0, 1000] (a user unit) */
    FX_LINES,         /* integer in [0, 20] */
    FX_RUPTURE,       /* bool */
    FX_YEARS,         /* years in [0, 50] */
    FX_SITE,          /* derived: enum { stomach, small_bowel } */
    FX_RISK,          /* output enum { none, very_low, low, moderate, high } */
    FX_RECURRENCE,    /* output % in [0, 100] */
    FX_ADJUVANT,      /* output enum { recommended, not_recommended } */
    FX_NEOADJ_MONTHS, /* output range months */
    FX_EXAMS,         /* output set { ct, endoscopy, mri } */
    FX_FEW_CASES,     /* output bool */
    FX_NEXT_LINE,     /* output integer in [0, 20] */
    FX_NVARS
};

static const char *const fx_location_labels[] = {"stomach", "jejunum", "ileum"};
static const char *const fx_site_labels[] = {"stomach", "small_bowel"};
static const char *const fx_risk_labels[] = {"none", "very_low", "low", "moderate", "high"};
static const char *const fx_adjuvant_labels[] = {"recommended", "not_recommended"};
static const char *const fx_exams_labels[] = {"ct", "endoscopy", "mri"};

static const guide_var_info fx_vars[FX_NVARS] = {
    {"location", GUIDE_VAR_INPUT, GUIDE_ENUM, NULL, -HUGE_VAL, HUGE_VAL, 3, fx_location_labels, 10, NULL, NULL, 0},
    {"size_cm", GUIDE_VAR_INPUT, GUIDE_NUMBER, "cm", 0, 100, 0, NULL, 11, NULL, NULL, 0},
    {"mitoses_per_5mm2", GUIDE_VAR_INPUT, GUIDE_NUMBER, "mitoses_per_5mm2", 0, 1000, 0, NULL, 12, NULL, NULL, 0},
    {"previous_lines", GUIDE_VAR_INPUT, GUIDE_INTEGER, NULL, 0, 20, 0, NULL, 13, NULL, NULL, 0},
    {"tumor_rupture", GUIDE_VAR_INPUT, GUIDE_BOOL, NULL, -HUGE_VAL, HUGE_VAL, 0, NULL, 14, NULL, NULL, 0},
    {"years_since_surgery", GUIDE_VAR_INPUT, GUIDE_NUMBER, "years", 0, 50, 0, NULL, 15, NULL, NULL, 0},
    {"site", GUIDE_VAR_DERIVED, GUIDE_ENUM, NULL, -HUGE_VAL, HUGE_VAL, 2, fx_site_labels, 20, NULL, NULL, 0},
    {"miettinen_risk", GUIDE_VAR_OUTPUT, GUIDE_ENUM, NULL, -HUGE_VAL, HUGE_VAL, 5, fx_risk_labels,
     30, NULL, NULL, 0},
    {"recurrence_pct", GUIDE_VAR_OUTPUT, GUIDE_NUMBER, "%", 0, 100, 0, NULL, 31, NULL, NULL, 0},
    {"adjuvant_imatinib", GUIDE_VAR_OUTPUT, GUIDE_ENUM, NULL, -HUGE_VAL, HUGE_VAL, 2,
     fx_adjuvant_labels, 32, NULL, NULL, 0},
    {"neoadjuvant_duration_months", GUIDE_VAR_OUTPUT, GUIDE_RANGE, "months", -HUGE_VAL, HUGE_VAL,
     0, NULL, 33, NULL, NULL, 0},
    {"staging_exams", GUIDE_VAR_OUTPUT, GUIDE_SET, NULL, -HUGE_VAL, HUGE_VAL, 3, fx_exams_labels,
     34, NULL, NULL, 0},
    {"miettinen_few_cases", GUIDE_VAR_OUTPUT, GUIDE_BOOL, NULL, -HUGE_VAL, HUGE_VAL, 0, NULL, 35, NULL, NULL, 0},
    {"next_line", GUIDE_VAR_OUTPUT, GUIDE_INTEGER, NULL, 0, 20, 0, NULL, 36, NULL, NULL, 0},
};

static const int fx_reads_adjuvant[] = {FX_RUPTURE, FX_RISK};
static const int fx_reads_no_adjuvant[] = {FX_RISK, FX_RUPTURE};
static const int fx_reads_row1[] = {FX_LOCATION, FX_SIZE_CM, FX_MITOSES};
static const int fx_reads_row2[] = {FX_SITE, FX_SIZE_CM, FX_MITOSES};

static const guide_clause_info fx_clauses[] = {
    {GUIDE_CLAUSE_RULE, "adjuvant_imatinib", -1, 0, NULL, "§7.2", 60, 2, fx_reads_adjuvant, 0, NULL, NULL},
    {GUIDE_CLAUSE_RULE, "no_adjuvant", -1, 0, NULL, "§7.2 situation adjuvante", 64, 2,
     fx_reads_no_adjuvant, 0, NULL, NULL},
    {GUIDE_CLAUSE_ROW, "miettinen", 0, 1, NULL, "§2.5", 42, 3, fx_reads_row1, 0, NULL, NULL},
    {GUIDE_CLAUSE_ROW, "miettinen", 0, 2, "duodenum", "§2.5 ND", 43, 3, fx_reads_row2, 0, NULL, NULL},
};

static const guide_table_info fx_tables[] = {
    {"miettinen", "§2.5", 40, GUIDE_HIT_UNIQUE, 2, 2},
};

static const guide_unit fx_units[] = {
    {"mitoses_per_5mm2", "mitoses_per_5mm2", 1, 1, "mitoses per 5 mm² (50 HPF)"},
};

/* Each output's decision diagram, its answers only (no nodes: nothing here walks them): what
 * the printers read to name the answers an undetermined output can take. In printing order:
 * values, ND, not applicable, undetermined, conflict. */
static const guide_dd_leaf fx_leaves_risk[] = {
    {GUIDE_CONCLUDED, 0, {.label = 3}}, {GUIDE_CONCLUDED, 0, {.label = 4}},
    {GUIDE_NOT_APPLICABLE, 0, {.num = 0}}};
static const guide_dd_leaf fx_leaves_recurrence[] = {
    {GUIDE_CONCLUDED, 0, {.num = 24}}, {GUIDE_CONCLUDED, 0, {.num = 85}},
    {GUIDE_CONCLUDED, 1, {.num = 0}}, {GUIDE_NOT_APPLICABLE, 0, {.num = 0}}};
static const guide_dd_leaf fx_leaves_adjuvant[] = {
    {GUIDE_CONCLUDED, 0, {.label = 0}}, {GUIDE_CONCLUDED, 0, {.label = 1}},
    {GUIDE_NOT_APPLICABLE, 0, {.num = 0}}, {GUIDE_UNDETERMINED, 0, {.num = 0}},
    {GUIDE_CONFLICT, 0, {.num = 0}}};
static const guide_dd_leaf fx_leaves_neoadj[] = {
    {GUIDE_CONCLUDED, 0, {.range = {6, 12}}}, {GUIDE_NOT_APPLICABLE, 0, {.num = 0}}};
static const guide_dd_leaf fx_leaves_exams[] = {
    {GUIDE_CONCLUDED, 0, {.set = 1}}, {GUIDE_CONCLUDED, 0, {.set = 1 | 4}}};
static const guide_dd_leaf fx_leaves_few_cases[] = {
    {GUIDE_CONCLUDED, 0, {.b = 0}}, {GUIDE_CONCLUDED, 0, {.b = 1}}};
static const guide_dd_leaf fx_leaves_next_line[] = {
    {GUIDE_CONCLUDED, 0, {.num = 1}}, {GUIDE_CONCLUDED, 0, {.num = 2}},
    {GUIDE_CONCLUDED, 0, {.num = 3}}, {GUIDE_CONCLUDED, 0, {.num = 4}},
    {GUIDE_CONCLUDED, 0, {.num = 5}}, {GUIDE_CONCLUDED, 0, {.num = 6}},
    {GUIDE_CONCLUDED, 0, {.num = 7}}, {GUIDE_CONCLUDED, 0, {.num = 8}},
    {GUIDE_CONCLUDED, 0, {.num = 9}}, {GUIDE_CONCLUDED, 0, {.num = 10}}};

#define FX_DD(v, l) {.output = (v), .root = -1, .nleaves = (int32_t)(sizeof l / sizeof l[0]), .leaves = l}

static const guide_dd fx_dds[] = {
    FX_DD(FX_RISK, fx_leaves_risk),           FX_DD(FX_RECURRENCE, fx_leaves_recurrence),
    FX_DD(FX_ADJUVANT, fx_leaves_adjuvant),   FX_DD(FX_NEOADJ_MONTHS, fx_leaves_neoadj),
    FX_DD(FX_EXAMS, fx_leaves_exams),         FX_DD(FX_FEW_CASES, fx_leaves_few_cases),
    FX_DD(FX_NEXT_LINE, fx_leaves_next_line),
};

#define FX_SHA256 "3f2a9c0d1e2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7"

static const guide_ruleset_info fx_ruleset = {
    .name = "gist",
    .title = "Tumeurs stromales gastro-intestinales (GIST)",
    .version = "2022-11-07",
    .source = "ONCOLOGIK GIST",
    .sha256 = FX_SHA256,
    .path = "gist.guide",
    .nvars = FX_NVARS,
    .ninputs = 6,
    .nderived = 1,
    .noutputs = 7,
    .vars = fx_vars,
    .nclauses = 4,
    .clauses = fx_clauses,
    .ntables = 1,
    .tables = fx_tables,
    .nunits = 1,
    .units = fx_units,
    .dds = fx_dds,
};

/* Output number (0-based among outputs) of an output variable. */
#define FX_OUT(v) ((v) - FX_RISK)

#endif
