; ModuleID = 'lookup'
source_filename = "lookup.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_dd_level = type { i32, i32, i32, ptr, ptr, ptr, i32, ptr, ptr, ptr }
%guide_dd_leaf = type { i8, i8, [2 x i64] }
%guide_dd = type { i32, i32, ptr, i32, ptr, ptr, ptr, i32, i32, ptr, ptr, i32 }
%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32, ptr, ptr, double }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i32, ptr, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr, ptr, i32, ptr, ptr }
%direct.risk = type { [2 x %guide_output], i32, double }
%guide_output = type { i8, i8, i8, i8 }
%direct.lines = type { [1 x %guide_output], i32 }
%eval_state = type { [8 x [2 x i64]], [8 x i8], ptr, [10 x i8], [10 x i8], [2 x i8], ptr, [2 x i32], [37 x i32], i8, ptr }
%guide_event = type { i8, i8, i32 }
%lookup_output = type { i32, double, i32, [3 x %guide_output], [3 x [1 x i64]], [3 x i64], i32, [1 x i64] }
%lookup_input = type { [1 x i64], i32, double, i32, double }

@dd.inputs.site = private constant [1 x i64] [i64 1]
@dd.cuts.size_cm = private constant [1 x double] [double 5.000000e+00]
@dd.pos_cell.size_cm = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.size_cm = private constant [1 x i64] [i64 2]
@dd.inputs.rupture = private constant [1 x i64] [i64 4]
@dd.levels.risk = private constant [3 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 2, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.rupture, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.risk = private constant [3 x i32] [i32 2, i32 1, i32 0]
@dd.node_kids.risk = private constant [3 x i32] [i32 0, i32 2, i32 5]
@dd.kids.risk = private constant [9 x i32] [i32 -1, i32 -2, i32 0, i32 0, i32 -2, i32 1, i32 1, i32 1, i32 -3]
@dd.leaves.risk = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf zeroinitializer]
@dd.cone.risk = private constant [1 x i64] [i64 7]
@dd.levels.pct = private constant [3 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 2, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.rupture, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.pct = private constant [4 x i32] [i32 2, i32 1, i32 1, i32 0]
@dd.node_kids.pct = private constant [4 x i32] [i32 0, i32 2, i32 5, i32 8]
@dd.kids.pct = private constant [12 x i32] [i32 -1, i32 -4, i32 0, i32 0, i32 -2, i32 0, i32 0, i32 -3, i32 1, i32 2, i32 2, i32 -5]
@dd.leaves.pct = private constant [5 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 4611686018427387904, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 4622945017495814144, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 4632515166703976448, i64 0] }, %guide_dd_leaf { i8 1, i8 1, [2 x i64] zeroinitializer }, %guide_dd_leaf zeroinitializer]
@dd.cone.pct = private constant [1 x i64] [i64 7]
@dd.cuts.lines = private constant [3 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00]
@dd.pos_cell.lines = private constant [7 x i32] [i32 0, i32 1, i32 -1, i32 2, i32 -1, i32 3, i32 4]
@dd.inputs.lines = private constant [1 x i64] [i64 8]
@dd.levels.line = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 5, i32 3, ptr @dd.cuts.lines, ptr @dd.pos_cell.lines, ptr @dd.inputs.lines, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.line = private constant [3 x i32] [i32 1, i32 1, i32 0]
@dd.node_kids.line = private constant [3 x i32] [i32 0, i32 5, i32 10]
@dd.kids.line = private constant [14 x i32] [i32 -1, i32 -1, i32 -2, i32 -3, i32 -3, i32 -1, i32 -1, i32 -3, i32 -3, i32 -3, i32 0, i32 0, i32 1, i32 1]
@dd.leaves.line = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 2, i64 0] }]
@dd.cone.line = private constant [1 x i64] [i64 9]
@dds = private constant [3 x %guide_dd] [%guide_dd { i32 5, i32 3, ptr @dd.levels.risk, i32 3, ptr @dd.node_level.risk, ptr @dd.node_kids.risk, ptr @dd.kids.risk, i32 2, i32 3, ptr @dd.leaves.risk, ptr @dd.cone.risk, i32 0 }, %guide_dd { i32 6, i32 3, ptr @dd.levels.pct, i32 4, ptr @dd.node_level.pct, ptr @dd.node_kids.pct, ptr @dd.kids.pct, i32 3, i32 5, ptr @dd.leaves.pct, ptr @dd.cone.pct, i32 0 }, %guide_dd { i32 7, i32 2, ptr @dd.levels.line, i32 3, ptr @dd.node_level.line, ptr @dd.node_kids.line, ptr @dd.kids.line, i32 2, i32 3, ptr @dd.leaves.line, ptr @dd.cone.line, i32 0 }]
@.str.1 = private unnamed_addr constant [8 x i8] c"jejunum\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"ileum\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"colon\00", align 1
@labels.site = private constant [4 x ptr] [ptr @.str.9, ptr @.str.1, ptr @.str.2, ptr @.str.3]
@.str.4 = private unnamed_addr constant [5 x i8] c"site\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"size_cm\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"cm\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"rupture\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"stomach\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"bowel\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@labels.part = private constant [3 x ptr] [ptr @.str.9, ptr @.str.10, ptr @.str.11]
@.str.12 = private unnamed_addr constant [5 x i8] c"part\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@labels.risk = private constant [2 x ptr] [ptr @.str.13, ptr @.str.14]
@.str.16 = private unnamed_addr constant [4 x i8] c"pct\00", align 1
@.str.17 = private unnamed_addr constant [2 x i8] c"%\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.20 = private unnamed_addr constant [5 x i8] c"more\00", align 1
@labels.line = private constant [3 x ptr] [ptr @.str.18, ptr @.str.19, ptr @.str.20]
@.str.21 = private unnamed_addr constant [5 x i8] c"line\00", align 1
@vars = private constant [8 x %guide_var_info] [%guide_var_info { ptr @.str.4, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 4, ptr @labels.site, i32 7, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.5, i32 0, i32 2, ptr @.str.6, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 8, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.7, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 9, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.54, i32 0, i32 3, ptr null, double 0.000000e+00, double 5.000000e+00, i32 0, ptr null, i32 10, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.12, i32 1, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.part, i32 16, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.52, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.risk, i32 12, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.16, i32 2, i32 2, ptr @.str.17, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 13, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.21, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.line, i32 14, ptr null, ptr null, double 0.000000e+00 }]
@reads.0 = private constant [3 x i32] [i32 4, i32 1, i32 2]
@.str.24 = private unnamed_addr constant [39 x i8] c"size_cm: <= 5, part: -, rupture: false\00", align 1
@reads.1 = private constant [3 x i32] [i32 4, i32 1, i32 2]
@.str.27 = private unnamed_addr constant [38 x i8] c"size_cm: <= 5, part: -, rupture: true\00", align 1
@reads.2 = private constant [2 x i32] [i32 4, i32 1]
@.str.30 = private unnamed_addr constant [40 x i8] c"size_cm: > 5, part: stomach, rupture: -\00", align 1
@reads.3 = private constant [2 x i32] [i32 4, i32 1]
@.str.33 = private unnamed_addr constant [38 x i8] c"size_cm: > 5, part: bowel, rupture: -\00", align 1
@reads.4 = private constant [1 x i32] [i32 3]
@.str.36 = private unnamed_addr constant [21 x i8] c"lines: <= 1, site: -\00", align 1
@reads.5 = private constant [2 x i32] [i32 3, i32 0]
@.str.39 = private unnamed_addr constant [24 x i8] c"lines: 2, site: stomach\00", align 1
@reads.6 = private constant [2 x i32] [i32 3, i32 0]
@.str.42 = private unnamed_addr constant [24 x i8] c"lines: 2, site: jejunum\00", align 1
@reads.7 = private constant [2 x i32] [i32 3, i32 0]
@.str.45 = private unnamed_addr constant [22 x i8] c"lines: 2, site: ileum\00", align 1
@reads.8 = private constant [2 x i32] [i32 3, i32 0]
@.str.48 = private unnamed_addr constant [22 x i8] c"lines: 2, site: colon\00", align 1
@reads.9 = private constant [1 x i32] [i32 3]
@.str.51 = private unnamed_addr constant [21 x i8] c"lines: >= 3, site: -\00", align 1
@clauses = private constant [10 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.52, i32 0, i32 1, ptr null, ptr @.str.53, i32 25, i32 3, ptr @reads.0, i32 0, ptr null, ptr @.str.24 }, %guide_clause_info { i32 1, ptr @.str.52, i32 0, i32 2, ptr null, ptr @.str.53, i32 26, i32 3, ptr @reads.1, i32 0, ptr null, ptr @.str.27 }, %guide_clause_info { i32 1, ptr @.str.52, i32 0, i32 3, ptr null, ptr @.str.53, i32 27, i32 2, ptr @reads.2, i32 0, ptr null, ptr @.str.30 }, %guide_clause_info { i32 1, ptr @.str.52, i32 0, i32 4, ptr null, ptr @.str.53, i32 28, i32 2, ptr @reads.3, i32 0, ptr null, ptr @.str.33 }, %guide_clause_info { i32 1, ptr @.str.54, i32 1, i32 1, ptr null, ptr @.str.55, i32 33, i32 1, ptr @reads.4, i32 0, ptr null, ptr @.str.36 }, %guide_clause_info { i32 1, ptr @.str.54, i32 1, i32 2, ptr null, ptr @.str.55, i32 34, i32 2, ptr @reads.5, i32 0, ptr null, ptr @.str.39 }, %guide_clause_info { i32 1, ptr @.str.54, i32 1, i32 3, ptr null, ptr @.str.55, i32 35, i32 2, ptr @reads.6, i32 0, ptr null, ptr @.str.42 }, %guide_clause_info { i32 1, ptr @.str.54, i32 1, i32 4, ptr null, ptr @.str.55, i32 36, i32 2, ptr @reads.7, i32 0, ptr null, ptr @.str.45 }, %guide_clause_info { i32 1, ptr @.str.54, i32 1, i32 5, ptr null, ptr @.str.55, i32 37, i32 2, ptr @reads.8, i32 0, ptr null, ptr @.str.48 }, %guide_clause_info { i32 1, ptr @.str.54, i32 1, i32 6, ptr null, ptr @.str.55, i32 38, i32 1, ptr @reads.9, i32 0, ptr null, ptr @.str.51 }]
@.str.52 = private unnamed_addr constant [5 x i8] c"risk\00", align 1
@.str.53 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@.str.54 = private unnamed_addr constant [6 x i8] c"lines\00", align 1
@.str.55 = private unnamed_addr constant [4 x i8] c"\C2\A72\00", align 1
@tables = private constant [2 x %guide_table_info] [%guide_table_info { ptr @.str.52, ptr @.str.53, i32 22, i32 0, i32 0, i32 4 }, %guide_table_info { ptr @.str.54, ptr @.str.55, i32 31, i32 0, i32 4, i32 6 }]
@.str.56 = private unnamed_addr constant [7 x i8] c"lookup\00", align 1
@.str.57 = private unnamed_addr constant [31 x i8] c"Golden test of the direct path\00", align 1
@.str.58 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.59 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.60 = private unnamed_addr constant [65 x i8] c"e073e17f0b75585fc257981133f6df5a6be122064b697463154989b77b983fc6\00", align 1
@.str.61 = private unnamed_addr constant [13 x i8] c"lookup.guide\00", align 1
@lookup_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.56, ptr @.str.57, ptr @.str.58, ptr @.str.59, ptr @.str.60, ptr @.str.61, i32 8, i32 4, i32 1, i32 3, ptr @vars, i32 10, ptr @clauses, i32 2, ptr @tables, i32 0, ptr null, ptr @dds, i32 0, ptr null, ptr null }
@map.part = private unnamed_addr constant [4 x i32] [i32 0, i32 1, i32 1, i32 2]
@rows.risk = private unnamed_addr constant [13 x i16] [i16 0, i16 1, i16 -1, i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 3, i16 1, i16 -1, i16 -1]
@combos.risk = private unnamed_addr constant [24 x i32] [i32 0, i32 3, i32 0, i32 3, i32 6, i32 6, i32 0, i32 3, i32 0, i32 3, i32 9, i32 9, i32 0, i32 3, i32 0, i32 3, i32 9, i32 9, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12]
@answers.risk.pct = private unnamed_addr constant [24 x i32] [i32 2, i32 3, i32 2, i32 3, i32 4, i32 4, i32 2, i32 3, i32 2, i32 3, i32 5, i32 5, i32 2, i32 3, i32 2, i32 3, i32 5, i32 5, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0]
@rows.lines = private unnamed_addr constant [19 x i16] [i16 0, i16 1, i16 -1, i16 -1, i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 3, i16 1, i16 -1, i16 4, i16 1, i16 -1, i16 5, i16 1, i16 -1]
@combos.lines = private unnamed_addr constant [28 x i32] [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 3, i32 3, i32 3, i32 3, i32 4, i32 7, i32 10, i32 13, i32 3, i32 3, i32 3, i32 3, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16]
@answers.lines.line = private unnamed_addr constant [28 x i32] [i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 0, i32 3, i32 4, i32 5, i32 6, i32 0, i32 0, i32 0, i32 0, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7]
@values.risk = private unnamed_addr constant [4 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0]]
@values.pct = private unnamed_addr constant [4 x [2 x i64]] [[2 x i64] [i64 4611686018427387904, i64 0], [2 x i64] zeroinitializer, [2 x i64] [i64 4622945017495814144, i64 0], [2 x i64] [i64 4632515166703976448, i64 0]]
@nulls.pct = private unnamed_addr constant [4 x i8] c"\00\01\00\00"
@values.line = private unnamed_addr constant [6 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0], [2 x i64] [i64 2, i64 0], [2 x i64] [i64 2, i64 0]]
@direct.risk = private unnamed_addr constant [12 x %direct.risk] [%direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0, double 2.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 1, i8 0 }], i32 1, double 0.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 1.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 1.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0, double 2.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 1, i8 0 }], i32 1, double 0.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 5.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 5.200000e+01 }, %direct.risk zeroinitializer, %direct.risk zeroinitializer, %direct.risk zeroinitializer, %direct.risk zeroinitializer]
@direct.lines = private unnamed_addr constant [6 x %direct.lines] [%direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 2 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 2 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 2 }]
@class.risk.site = private unnamed_addr constant [4 x i8] c"\00\01\01\02"
@class.lines.site = private unnamed_addr constant [4 x i8] c"\00\00\01\01"
@all_known = private unnamed_addr constant i64 -1
@state_bytes.risk = private unnamed_addr constant [2 x [12 x i8]] [[12 x i8] c"\01\01\01\01\01\01\01\01\00\00\00\00", [12 x i8] c"\01\11\01\01\01\11\01\01\00\00\00\00"]

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #0

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @table.risk(ptr nocapture %s) unnamed_addr #1 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 164
  store i8 1, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %s, i64 176
  %combo.i = load i32, ptr %1, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif3.i, %endif.i
  %.sink.i = phi i32 [ %17, %endif3.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %1, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 128
  %k.i = load i8, ptr %2, align 1
  %.not4.i = icmp eq i8 %k.i, 0
  %3 = getelementptr inbounds i8, ptr %s, i64 129
  %k1.i = load i8, ptr %3, align 1
  %.not5.i = icmp eq i8 %k1.i, 0
  %4 = or i1 %.not4.i, %.not5.i
  %5 = getelementptr inbounds i8, ptr %s, i64 130
  %k2.i = load i8, ptr %5, align 1
  %.not6.i = icmp eq i8 %k2.i, 0
  %6 = or i1 %4, %.not6.i
  br i1 %6, label %common.ret.sink.split.i, label %endif3.i

endif3.i:                                         ; preds = %endif.i
  %site.i = load i32, ptr %s, align 4
  %7 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %7, align 8
  %8 = fcmp ogt double %size_cm.i, 5.000000e+00
  %9 = zext i1 %8 to i32
  %10 = fcmp oge double %size_cm.i, 5.000000e+00
  %11 = zext i1 %10 to i32
  %12 = mul i32 %site.i, 3
  %13 = add i32 %12, %11
  %14 = add i32 %13, %9
  %15 = getelementptr inbounds i8, ptr %s, i64 32
  %rupture.i = load i32, ptr %15, align 4
  %16 = shl i32 %14, 1
  %17 = add i32 %16, %rupture.i
  br label %common.ret.sink.split.i

cells.risk.exit:                                  ; preds = %entry, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %entry ], [ %.sink.i, %common.ret.sink.split.i ]
  %18 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %18, label %lookup, label %endif

lookup:                                           ; preds = %cells.risk.exit
  %19 = getelementptr inbounds i8, ptr %s, i64 144
  store i32 0, ptr %19, align 1
  %20 = getelementptr inbounds i8, ptr %s, i64 154
  store i32 0, ptr %20, align 1
  %21 = zext nneg i32 %common.ret.op.i to i64
  %22 = getelementptr inbounds [24 x i32], ptr @combos.risk, i64 0, i64 %21
  %off = load i32, ptr %22, align 4
  %23 = sext i32 %off to i64
  %24 = lshr i64 6436, %23
  %25 = and i64 %24, 1
  %.not4143 = icmp eq i64 %25, 0
  br i1 %.not4143, label %hit, label %common.ret

common.ret:                                       ; preds = %hit, %lookup, %endif
  ret void

endif:                                            ; preds = %cells.risk.exit
  %site = load i32, ptr %s, align 4
  %26 = and i32 %site, 63
  %27 = zext nneg i32 %26 to i64
  %28 = lshr i64 7, %27
  %29 = trunc nuw nsw i64 %28 to i32
  %30 = getelementptr inbounds i8, ptr %s, i64 128
  %k = load i8, ptr %30, align 1
  %.not = icmp eq i8 %k, 0
  %31 = and i32 %29, 1
  %32 = select i1 %.not, i32 2, i32 %31
  %33 = icmp eq i32 %32, 0
  %34 = icmp eq i32 %32, 1
  %35 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm = load double, ptr %35, align 8
  %36 = fcmp ole double %size_cm, 5.000000e+00
  %37 = getelementptr inbounds i8, ptr %s, i64 129
  %k1 = load i8, ptr %37, align 1
  %.not21 = icmp ne i8 %k1, 0
  %38 = xor i1 %36, true
  %39 = select i1 %.not21, i1 %38, i1 false
  %40 = or i1 %39, %33
  %41 = select i1 %.not21, i1 %36, i1 false
  %42 = and i1 %41, %34
  %43 = getelementptr inbounds i8, ptr %s, i64 32
  %rupture = load i32, ptr %43, align 4
  %44 = icmp eq i32 %rupture, 0
  %45 = getelementptr inbounds i8, ptr %s, i64 130
  %k2 = load i8, ptr %45, align 1
  %.not22 = icmp ne i8 %k2, 0
  %46 = xor i1 %44, true
  %47 = select i1 %.not22, i1 %46, i1 false
  %48 = or i1 %47, %40
  %not. = xor i1 %40, true
  %49 = select i1 %not., i1 %42, i1 false
  %50 = select i1 %.not22, i1 %44, i1 false
  %51 = and i1 %50, %49
  %not.23 = xor i1 %48, true
  %52 = select i1 %not.23, i1 %51, i1 false
  %53 = select i1 %52, i8 1, i8 2
  %54 = select i1 %48, i8 0, i8 %53
  %55 = getelementptr inbounds i8, ptr %s, i64 144
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %s, i64 154
  store i8 %54, ptr %56, align 1
  %57 = icmp eq i32 %rupture, 1
  %58 = xor i1 %57, true
  %59 = select i1 %.not22, i1 %58, i1 false
  %60 = or i1 %59, %40
  %61 = select i1 %.not22, i1 %57, i1 false
  %62 = and i1 %61, %49
  %not.29 = xor i1 %60, true
  %63 = select i1 %not.29, i1 %62, i1 false
  %64 = select i1 %63, i8 1, i8 2
  %65 = select i1 %60, i8 0, i8 %64
  %66 = getelementptr inbounds i8, ptr %s, i64 145
  store i8 %65, ptr %66, align 1
  %67 = getelementptr inbounds i8, ptr %s, i64 155
  store i8 %65, ptr %67, align 1
  %68 = fcmp ogt double %size_cm, 5.000000e+00
  %69 = xor i1 %68, true
  %70 = select i1 %.not21, i1 %69, i1 false
  %71 = or i1 %70, %33
  %72 = select i1 %.not21, i1 %68, i1 false
  %73 = and i1 %72, %34
  %74 = lshr i64 1, %27
  %75 = trunc nuw nsw i64 %74 to i32
  %76 = select i1 %.not, i32 2, i32 %75
  %77 = icmp eq i32 %76, 0
  %78 = or i1 %77, %71
  %not.33 = xor i1 %71, true
  %79 = select i1 %not.33, i1 %73, i1 false
  %80 = icmp eq i32 %76, 1
  %81 = and i1 %80, %79
  %not.34 = xor i1 %78, true
  %82 = select i1 %not.34, i1 %81, i1 false
  %83 = select i1 %82, i8 1, i8 2
  %84 = select i1 %78, i8 0, i8 %83
  %85 = getelementptr inbounds i8, ptr %s, i64 146
  store i8 %84, ptr %85, align 1
  %86 = getelementptr inbounds i8, ptr %s, i64 156
  store i8 %84, ptr %86, align 1
  %87 = lshr i64 6, %27
  %88 = trunc nuw nsw i64 %87 to i32
  %89 = and i32 %88, 1
  %90 = select i1 %.not, i32 2, i32 %89
  %91 = icmp eq i32 %90, 0
  %92 = or i1 %91, %71
  %93 = icmp eq i32 %90, 1
  %94 = and i1 %93, %79
  %not.39 = xor i1 %92, true
  %95 = select i1 %not.39, i1 %94, i1 false
  %96 = select i1 %95, i8 1, i8 2
  %97 = select i1 %92, i8 0, i8 %96
  %98 = getelementptr inbounds i8, ptr %s, i64 147
  store i8 %97, ptr %98, align 1
  %99 = getelementptr inbounds i8, ptr %s, i64 157
  store i8 %97, ptr %99, align 1
  br label %common.ret

hit:                                              ; preds = %lookup, %hit
  %100 = phi i64 [ %113, %hit ], [ %23, %lookup ]
  %pos.044 = phi i32 [ %112, %hit ], [ %off, %lookup ]
  %101 = getelementptr inbounds [13 x i16], ptr @rows.risk, i64 0, i64 %100
  %row = load i16, ptr %101, align 2
  %102 = add i32 %pos.044, 1
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [13 x i16], ptr @rows.risk, i64 0, i64 %103
  %status = load i16, ptr %104, align 2
  %105 = trunc i16 %status to i8
  %106 = zext i16 %row to i64
  %107 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %106
  store i8 %105, ptr %107, align 1
  %108 = lshr i64 1178, %103
  %109 = trunc i64 %108 to i8
  %110 = and i8 %109, 1
  %111 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %106
  store i8 %110, ptr %111, align 1
  %112 = add i32 %pos.044, 2
  %113 = sext i32 %112 to i64
  %114 = lshr i64 6436, %113
  %115 = and i64 %114, 1
  %.not41 = icmp eq i64 %115, 0
  br i1 %.not41, label %hit, label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, i32 %o, ptr %asks, ptr %possible) unnamed_addr #3 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 184
  %1 = getelementptr inbounds i8, ptr %s, i64 332
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(148) %0, i8 0, i64 148, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = sext i32 %o to i64
  %4 = getelementptr inbounds [3 x %guide_dd], ptr @dds, i64 0, i64 %3
  %5 = getelementptr inbounds i8, ptr %s, i64 128
  %6 = getelementptr inbounds i8, ptr %s, i64 336
  %memos = load ptr, ptr %6, align 8
  %has_memos.not = icmp eq ptr %memos, null
  br i1 %has_memos.not, label %walk, label %memo

memo:                                             ; preds = %endif
  %7 = getelementptr inbounds ptr, ptr %memos, i64 %3
  %m = load ptr, ptr %7, align 8
  br label %walk

walk:                                             ; preds = %memo, %endif
  %memo1 = phi ptr [ null, %endif ], [ %m, %memo ]
  %n = call i32 @guide_dd_walk(ptr nonnull %4, i32 4, ptr nonnull %s, ptr nonnull %5, ptr nonnull %0, ptr %memo1, ptr %possible, ptr %asks, ptr nonnull %leaf)
  %var = add nuw nsw i32 %o, 5
  %8 = icmp eq i32 %n, 1
  br i1 %8, label %decided, label %undetermined

common.ret:                                       ; preds = %undetermined, %decided
  ret void

decided:                                          ; preds = %walk
  %9 = getelementptr inbounds i8, ptr %4, i64 56
  %leaves = load ptr, ptr %9, align 8
  %k = load i32, ptr %leaf, align 4
  %10 = sext i32 %k to i64
  %11 = getelementptr inbounds %guide_dd_leaf, ptr %leaves, i64 %10
  %state = load i8, ptr %11, align 1
  %12 = getelementptr inbounds i8, ptr %11, i64 1
  %is_null = load i8, ptr %12, align 1
  %13 = getelementptr inbounds i8, ptr %11, i64 8
  %14 = getelementptr inbounds i8, ptr %s, i64 136
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr inbounds %guide_output, ptr %out, i64 %3
  %16 = getelementptr inbounds i8, ptr %15, i64 1
  %17 = getelementptr inbounds i8, ptr %15, i64 2
  %18 = getelementptr inbounds i8, ptr %15, i64 3
  %19 = sext i32 %var to i64
  %20 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 0, i64 %19
  %21 = load <2 x i64>, ptr %13, align 8
  store i8 %state, ptr %15, align 1
  store i8 1, ptr %16, align 1
  store i8 %is_null, ptr %17, align 1
  store i8 0, ptr %18, align 1
  store <2 x i64> %21, ptr %20, align 8
  %22 = icmp eq i8 %state, 1
  %23 = icmp eq i8 %is_null, 0
  %24 = and i1 %22, %23
  %25 = zext i1 %24 to i8
  %26 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 1, i64 %19
  store i8 %25, ptr %26, align 1
  %27 = getelementptr inbounds i8, ptr %4, i64 52
  %nleaves = load i32, ptr %27, align 4
  %28 = add i32 %nleaves, 63
  %29 = lshr i32 %28, 3
  %30 = and i32 %29, 536870904
  %31 = zext nneg i32 %30 to i64
  call void @llvm.memset.p0.i64(ptr align 8 %possible, i8 0, i64 %31, i1 false)
  br label %common.ret

undetermined:                                     ; preds = %walk
  %32 = getelementptr inbounds i8, ptr %s, i64 136
  %out2 = load ptr, ptr %32, align 8
  %33 = getelementptr inbounds %guide_output, ptr %out2, i64 %3
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %33, align 1
  %34 = sext i32 %var to i64
  %35 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 0, i64 %34
  %36 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 1, i64 %34
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %35, i8 0, i64 16, i1 false)
  store i8 0, ptr %36, align 1
  br label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: noinline
define internal fastcc range(i32 0, 5) i32 @evaluate(ptr nocapture readonly %in, ptr %out, ptr %trace, ptr %memo) unnamed_addr #3 {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 0, ptr %0, align 8
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %site, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit201, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit201 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %rupture, %lines, %size_cm, %site
  %bad = phi i32 [ 1, %site ], [ 2, %size_cm ], [ 3, %rupture ], [ 4, %lines ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(96) %out, i8 0, i64 96, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 20
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 24
  store i8 2, ptr %3, align 1
  %4 = getelementptr inbounds i8, ptr %out, i64 28
  store i8 2, ptr %4, align 1
  br label %common.ret

site:                                             ; preds = %entry
  %5 = getelementptr inbounds i8, ptr %in, i64 8
  %site1 = load i32, ptr %5, align 4
  %6 = icmp ult i32 %site1, 4
  br i1 %6, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %site.i = phi i32 [ %site1, %good ], [ 0, %unknown ]
  %k.i = phi i8 [ 1, %good ], [ 0, %unknown ]
  %7 = and i64 %known, 2
  %.not = icmp eq i64 %7, 0
  br i1 %.not, label %unknown3, label %size_cm

good:                                             ; preds = %site
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  store i32 %site1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  br label %next

size_cm:                                          ; preds = %next
  %8 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm5 = load double, ptr %8, align 8
  %9 = fcmp oge double %size_cm5, 0.000000e+00
  %10 = fcmp ole double %size_cm5, 3.000000e+01
  %11 = and i1 %9, %10
  br i1 %11, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %12 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good6, %unknown3
  %size_cm.i.i = phi double [ %size_cm5, %good6 ], [ 0.000000e+00, %unknown3 ]
  %13 = and i64 %known, 4
  %.not38 = icmp eq i64 %13, 0
  br i1 %.not38, label %unknown8, label %rupture

good6:                                            ; preds = %size_cm
  %14 = getelementptr inbounds i8, ptr %s, i64 16
  %15 = getelementptr inbounds i8, ptr %s, i64 24
  store i64 0, ptr %15, align 8
  store double %size_cm5, ptr %14, align 8
  %16 = getelementptr inbounds i8, ptr %s, i64 129
  store i8 1, ptr %16, align 1
  br label %next4

rupture:                                          ; preds = %next4
  %17 = getelementptr inbounds i8, ptr %in, i64 24
  %rupture10 = load i32, ptr %17, align 4
  %switch = icmp ult i32 %rupture10, 2
  br i1 %switch, label %good11, label %bad_input

unknown8:                                         ; preds = %next4
  %18 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %18, i8 0, i64 16, i1 false)
  br label %next9

next9:                                            ; preds = %good11, %unknown8
  %rupture.i.i = phi i32 [ %rupture10, %good11 ], [ 0, %unknown8 ]
  %19 = and i64 %known, 8
  %.not39 = icmp eq i64 %19, 0
  br i1 %.not39, label %unknown13, label %lines

good11:                                           ; preds = %rupture
  %20 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %20, i8 0, i64 16, i1 false)
  store i32 %rupture10, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %s, i64 130
  store i8 1, ptr %21, align 2
  br label %next9

lines:                                            ; preds = %next9
  %22 = getelementptr inbounds i8, ptr %in, i64 32
  %lines15 = load double, ptr %22, align 8
  %23 = fcmp oge double %lines15, 0.000000e+00
  %24 = fcmp ole double %lines15, 5.000000e+00
  %25 = and i1 %23, %24
  %26 = tail call double @llvm.floor.f64(double %lines15)
  %27 = fcmp oeq double %lines15, %26
  %28 = and i1 %25, %27
  br i1 %28, label %good16, label %bad_input

unknown13:                                        ; preds = %next9
  %29 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %29, i8 0, i64 16, i1 false)
  br label %next14

next14:                                           ; preds = %good16, %unknown13
  %30 = getelementptr inbounds i8, ptr %s, i64 164
  store i16 0, ptr %30, align 4
  %31 = getelementptr inbounds i8, ptr %s, i64 176
  store i64 -1, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %s, i64 332
  store i8 0, ptr %32, align 4
  %33 = getelementptr inbounds i8, ptr %s, i64 336
  store ptr %memo, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %out, i64 20
  %35 = getelementptr inbounds i8, ptr %s, i64 136
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %s, i64 168
  store ptr %trace, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %out, i64 32
  %38 = getelementptr inbounds i8, ptr %out, i64 56
  %39 = getelementptr inbounds i8, ptr %s, i64 132
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %37, i8 0, i64 48, i1 false)
  store i8 %k.i, ptr %39, align 4
  %40 = zext nneg i32 %site.i to i64
  %41 = select i1 %1, i64 %40, i64 0
  %42 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4
  %44 = select i1 %1, i32 %43, i32 0
  %45 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %45, i8 0, i64 16, i1 false)
  store i32 %44, ptr %45, align 8
  %46 = icmp eq ptr %trace, null
  br i1 %46, label %endif.i.i, label %endif4.i

endif.i.i:                                        ; preds = %next14
  %47 = and i64 %known, 6
  %48 = icmp eq i64 %47, 6
  %.not218 = and i1 %48, %1
  br i1 %.not218, label %lookup.i, label %cells.risk.exit.i

cells.risk.exit.i:                                ; preds = %endif.i.i
  store i32 -2, ptr %31, align 8
  br label %endif4.i

lookup.i:                                         ; preds = %endif.i.i
  %49 = fcmp ogt double %size_cm.i.i, 5.000000e+00
  %50 = zext i1 %49 to i32
  %51 = fcmp oge double %size_cm.i.i, 5.000000e+00
  %52 = zext i1 %51 to i32
  %53 = mul nuw nsw i32 %site.i, 3
  %54 = add nuw nsw i32 %53, %52
  %55 = add nuw nsw i32 %54, %50
  %56 = shl nuw nsw i32 %55, 1
  %57 = or disjoint i32 %56, %rupture.i.i
  store i32 %57, ptr %31, align 8
  %58 = zext nneg i32 %57 to i64
  %59 = add nsw i64 %58, -18
  %60 = icmp ult i64 %59, 6
  br i1 %60, label %no_value.i, label %endif2.i

no_value.i:                                       ; preds = %lookup.i
  %61 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %34, align 1
  %62 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %62, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %61, i8 0, i64 16, i1 false)
  br label %guide_trace_add.exit

endif2.i:                                         ; preds = %lookup.i
  %63 = getelementptr inbounds [24 x i32], ptr @answers.risk.pct, i64 0, i64 %58
  %code.i = load i32, ptr %63, align 4
  %64 = add nsw i32 %code.i, -2
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [4 x [2 x i64]], ptr @values.risk, i64 0, i64 %65
  %value.unpack.i = load i64, ptr %66, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %34, align 1
  %67 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value.unpack.i, ptr %67, align 8
  %.repack55.i = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack55.i, align 8
  %68 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 1, ptr %68, align 1
  br label %guide_trace_add.exit

endif4.i:                                         ; preds = %cells.risk.exit.i, %next14
  call fastcc void @table.risk(ptr nonnull %s)
  %trace5.pre.i = load ptr, ptr %36, align 8
  %.not.i40 = icmp eq ptr %trace5.pre.i, null
  br i1 %.not.i40, label %endif7.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif4.i
  %69 = getelementptr inbounds i8, ptr %trace5.pre.i, i64 8
  %70 = getelementptr inbounds i8, ptr %trace5.pre.i, i64 16
  %71 = getelementptr inbounds i8, ptr %trace5.pre.i, i64 24
  %len.i.i = load i64, ptr %69, align 8
  %cap.i.i = load i64, ptr %70, align 8
  %72 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %72, label %full.i.3.i, label %guide_trace_add.exit.i

endif7.i:                                         ; preds = %full.i.3.i, %add.i.3.i, %endif4.i
  %73 = getelementptr inbounds i8, ptr %s, i64 154
  %eff.i = load i8, ptr %73, align 2
  switch i8 %eff.i, label %next12.i [
    i8 1, label %holds.i
    i8 2, label %unknown14.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %74 = getelementptr inbounds i8, ptr %s, i64 144
  %st.i = load i8, ptr %74, align 8
  %ev.i.i = load ptr, ptr %trace5.pre.i, align 8
  %75 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %75, align 1
  %76 = getelementptr inbounds i8, ptr %75, i64 1
  store i8 %st.i, ptr %76, align 1
  %77 = getelementptr inbounds i8, ptr %75, i64 4
  store i32 0, ptr %77, align 4
  %78 = add i64 %len.i.i, 1
  store i64 %78, ptr %69, align 8
  %cap.i.1.pre.i = load i64, ptr %70, align 8
  %79 = icmp eq i64 %78, %cap.i.1.pre.i
  br i1 %79, label %full.i.3.i, label %guide_trace_add.exit.1.i

guide_trace_add.exit.1.i:                         ; preds = %guide_trace_add.exit.i
  %80 = getelementptr inbounds i8, ptr %s, i64 145
  %st.1.i = load i8, ptr %80, align 1
  %ev.i.1.i = load ptr, ptr %trace5.pre.i, align 8
  %81 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %78
  store i8 0, ptr %81, align 1
  %82 = getelementptr inbounds i8, ptr %81, i64 1
  store i8 %st.1.i, ptr %82, align 1
  %83 = getelementptr inbounds i8, ptr %81, i64 4
  store i32 1, ptr %83, align 4
  %84 = add i64 %len.i.i, 2
  store i64 %84, ptr %69, align 8
  %cap.i.2.pre.i = load i64, ptr %70, align 8
  %85 = icmp eq i64 %84, %cap.i.2.pre.i
  br i1 %85, label %full.i.3.i, label %guide_trace_add.exit.2.i

guide_trace_add.exit.2.i:                         ; preds = %guide_trace_add.exit.1.i
  %86 = getelementptr inbounds i8, ptr %s, i64 146
  %st.2.i = load i8, ptr %86, align 2
  %ev.i.2.i = load ptr, ptr %trace5.pre.i, align 8
  %87 = getelementptr inbounds %guide_event, ptr %ev.i.2.i, i64 %84
  store i8 0, ptr %87, align 1
  %88 = getelementptr inbounds i8, ptr %87, i64 1
  store i8 %st.2.i, ptr %88, align 1
  %89 = getelementptr inbounds i8, ptr %87, i64 4
  store i32 2, ptr %89, align 4
  %90 = add i64 %len.i.i, 3
  store i64 %90, ptr %69, align 8
  %cap.i.3.pre.i = load i64, ptr %70, align 8
  %91 = icmp eq i64 %90, %cap.i.3.pre.i
  br i1 %91, label %full.i.3.i, label %add.i.3.i

add.i.3.i:                                        ; preds = %guide_trace_add.exit.2.i
  %92 = getelementptr inbounds i8, ptr %s, i64 147
  %st.3.i = load i8, ptr %92, align 1
  %ev.i.3.i = load ptr, ptr %trace5.pre.i, align 8
  %93 = getelementptr inbounds %guide_event, ptr %ev.i.3.i, i64 %90
  store i8 0, ptr %93, align 1
  %94 = getelementptr inbounds i8, ptr %93, i64 1
  store i8 %st.3.i, ptr %94, align 1
  %95 = getelementptr inbounds i8, ptr %93, i64 4
  store i32 3, ptr %95, align 4
  %96 = add i64 %len.i.i, 4
  store i64 %96, ptr %69, align 8
  br label %endif7.i

full.i.3.i:                                       ; preds = %loop.preheader.i, %guide_trace_add.exit.2.i, %guide_trace_add.exit.1.i, %guide_trace_add.exit.i
  store i32 1, ptr %71, align 4
  br label %endif7.i

next12.i:                                         ; preds = %unknown14.i, %holds.i, %endif7.i
  %unknown.1.i = phi i1 [ false, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %97 = phi i1 [ true, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif7.i ], [ -1, %unknown14.i ], [ 0, %holds.i ]
  %98 = getelementptr inbounds i8, ptr %s, i64 155
  %eff.1.i = load i8, ptr %98, align 1
  switch i8 %eff.1.i, label %next12.1.i [
    i8 1, label %holds.1.i
    i8 2, label %unknown14.1.i
  ]

unknown14.1.i:                                    ; preds = %next12.i
  br label %next12.1.i

holds.1.i:                                        ; preds = %next12.i
  %not..i = xor i1 %97, true
  %spec.select100.i = select i1 %97, i32 1, i32 %cls.1.i
  br label %next12.1.i

next12.1.i:                                       ; preds = %holds.1.i, %unknown14.1.i, %next12.i
  %unknown.1.1.i = phi i1 [ %unknown.1.i, %next12.i ], [ true, %unknown14.1.i ], [ %unknown.1.i, %holds.1.i ]
  %clash.1.1.i = phi i1 [ false, %next12.i ], [ false, %unknown14.1.i ], [ %not..i, %holds.1.i ]
  %cls.1.1.i = phi i32 [ %cls.1.i, %next12.i ], [ %cls.1.i, %unknown14.1.i ], [ %spec.select100.i, %holds.1.i ]
  %99 = getelementptr inbounds i8, ptr %s, i64 156
  %eff.2.i = load i8, ptr %99, align 4
  switch i8 %eff.2.i, label %next12.2.i [
    i8 1, label %holds.2.i
    i8 2, label %unknown14.2.i
  ]

unknown14.2.i:                                    ; preds = %next12.1.i
  br label %next12.2.i

holds.2.i:                                        ; preds = %next12.1.i
  %100 = icmp slt i32 %cls.1.1.i, 0
  br i1 %100, label %next12.2.i, label %compare.2.i

compare.2.i:                                      ; preds = %holds.2.i
  %101 = icmp ne i32 %cls.1.1.i, 1
  %102 = or i1 %clash.1.1.i, %101
  br label %next12.2.i

next12.2.i:                                       ; preds = %compare.2.i, %holds.2.i, %unknown14.2.i, %next12.1.i
  %unknown.1.2.i = phi i1 [ %unknown.1.1.i, %next12.1.i ], [ true, %unknown14.2.i ], [ %unknown.1.1.i, %compare.2.i ], [ %unknown.1.1.i, %holds.2.i ]
  %clash.1.2.i = phi i1 [ %clash.1.1.i, %next12.1.i ], [ %clash.1.1.i, %unknown14.2.i ], [ %102, %compare.2.i ], [ %clash.1.1.i, %holds.2.i ]
  %cls.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ %cls.1.1.i, %unknown14.2.i ], [ %cls.1.1.i, %compare.2.i ], [ 1, %holds.2.i ]
  %first.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ %cls.1.1.i, %unknown14.2.i ], [ %cls.1.1.i, %compare.2.i ], [ 2, %holds.2.i ]
  %103 = getelementptr inbounds i8, ptr %s, i64 157
  %eff.3.i = load i8, ptr %103, align 1
  switch i8 %eff.3.i, label %next12.3.i [
    i8 1, label %holds.3.i
    i8 2, label %unknown14.3.i
  ]

unknown14.3.i:                                    ; preds = %next12.2.i
  br i1 %clash.1.2.i, label %conflict.i, label %endif15.thread.i

endif15.thread.i:                                 ; preds = %unknown14.3.i
  %none88.i = icmp slt i32 %first.1.2.i, 0
  br i1 %none88.i, label %walk, label %body22.preheader.i

holds.3.i:                                        ; preds = %next12.2.i
  %104 = icmp slt i32 %first.1.2.i, 0
  br i1 %104, label %next12.3.i, label %compare.3.i

compare.3.i:                                      ; preds = %holds.3.i
  %105 = icmp ne i32 %cls.1.2.i, 1
  %106 = or i1 %clash.1.2.i, %105
  br i1 %106, label %conflict.i, label %endif15.i

next12.3.i:                                       ; preds = %holds.3.i, %next12.2.i
  %cls.1.3.i = phi i32 [ %cls.1.2.i, %next12.2.i ], [ 1, %holds.3.i ]
  %first.1.3.i = phi i32 [ %first.1.2.i, %next12.2.i ], [ 3, %holds.3.i ]
  br i1 %clash.1.2.i, label %conflict.i, label %endif15.i

holds.i:                                          ; preds = %endif7.i
  br label %next12.i

unknown14.i:                                      ; preds = %endif7.i
  br label %next12.i

conflict.i:                                       ; preds = %next12.3.i, %compare.3.i, %unknown14.3.i
  %out16.i = load ptr, ptr %35, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16.i, align 1
  %107 = getelementptr inbounds i8, ptr %s, i64 80
  %108 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %108, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %107, i8 0, i64 16, i1 false)
  br label %endif17

endif15.i:                                        ; preds = %next12.3.i, %compare.3.i
  %first.1.384.i = phi i32 [ %first.1.3.i, %next12.3.i ], [ %first.1.2.i, %compare.3.i ]
  %cls.1.383.i = phi i32 [ %cls.1.3.i, %next12.3.i ], [ 1, %compare.3.i ]
  %none.i = icmp slt i32 %first.1.384.i, 0
  br i1 %unknown.1.2.i, label %some_unknown.i, label %endif18.i

some_unknown.i:                                   ; preds = %endif15.i
  br i1 %none.i, label %walk, label %body22.preheader.i

body22.preheader.i:                               ; preds = %some_unknown.i, %endif15.thread.i
  %first.1.3849096.i = phi i32 [ %first.1.2.i, %endif15.thread.i ], [ %first.1.384.i, %some_unknown.i ]
  %cls.1.3839195.i = phi i32 [ %cls.1.2.i, %endif15.thread.i ], [ %cls.1.383.i, %some_unknown.i ]
  %109 = icmp ne i32 %cls.1.3839195.i, 0
  %110 = icmp eq i8 %eff.i, 2
  %111 = and i1 %110, %109
  br i1 %111, label %walk, label %loop21.i

endif18.i:                                        ; preds = %endif15.i
  %out33.i.pre212 = load ptr, ptr %35, align 8
  br i1 %none.i, label %not_applicable.i, label %endif29.i

loop21.i:                                         ; preds = %body22.preheader.i
  %112 = icmp ne i32 %cls.1.3839195.i, 1
  %113 = icmp eq i8 %eff.1.i, 2
  %114 = icmp eq i8 %eff.2.i, 2
  %115 = or i1 %113, %114
  %116 = icmp eq i8 %eff.3.i, 2
  %or.cond104.i = or i1 %115, %116
  %or.cond103.i = and i1 %or.cond104.i, %112
  br i1 %or.cond103.i, label %walk, label %loop21.i.endif29.i_crit_edge

loop21.i.endif29.i_crit_edge:                     ; preds = %loop21.i
  %out33.i.pre = load ptr, ptr %35, align 8
  br label %endif29.i

not_applicable.i:                                 ; preds = %endif18.i
  %117 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %out33.i.pre212, align 1
  %118 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %118, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %117, i8 0, i64 16, i1 false)
  br label %endif17

endif29.i:                                        ; preds = %loop21.i.endif29.i_crit_edge, %endif18.i
  %out33.i = phi ptr [ %out33.i.pre212, %endif18.i ], [ %out33.i.pre, %loop21.i.endif29.i_crit_edge ]
  %first.1.3848999.i = phi i32 [ %first.1.384.i, %endif18.i ], [ %first.1.3849096.i, %loop21.i.endif29.i_crit_edge ]
  %119 = zext nneg i32 %first.1.3848999.i to i64
  %120 = getelementptr inbounds [4 x [2 x i64]], ptr @values.risk, i64 0, i64 %119
  %value31.unpack.i = load i64, ptr %120, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33.i, align 1
  %121 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value31.unpack.i, ptr %121, align 8
  %.repack47.i = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack47.i, align 8
  %122 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 1, ptr %122, align 1
  br label %endif17

good16:                                           ; preds = %lines
  %123 = getelementptr inbounds i8, ptr %s, i64 48
  %124 = getelementptr inbounds i8, ptr %s, i64 56
  store i64 0, ptr %124, align 8
  store double %lines15, ptr %123, align 8
  %125 = getelementptr inbounds i8, ptr %s, i64 131
  store i8 1, ptr %125, align 1
  br label %next14

walk:                                             ; preds = %loop21.i, %body22.preheader.i, %some_unknown.i, %endif15.thread.i
  %out28.i = load ptr, ptr %35, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %126 = getelementptr inbounds i8, ptr %s, i64 80
  %127 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %127, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %126, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, i32 0, ptr nonnull %37, ptr nonnull %38)
  br label %endif17

endif17:                                          ; preds = %endif29.i, %not_applicable.i, %conflict.i, %walk
  %128 = getelementptr inbounds i8, ptr %out, i64 21
  %how = load i8, ptr %128, align 1
  br i1 %46, label %guide_trace_add.exit, label %trace.i41

trace.i41:                                        ; preds = %endif17
  %129 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %129, align 8
  %130 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %130, align 8
  %131 = icmp eq i64 %len.i, %cap.i
  br i1 %131, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i41
  %132 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %132, align 4
  br label %guide_trace_add.exit

add.i:                                            ; preds = %trace.i41
  %ev.i = load ptr, ptr %trace, align 8
  %133 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 1, ptr %133, align 1
  %134 = getelementptr inbounds i8, ptr %133, i64 1
  store i8 %how, ptr %134, align 1
  %135 = getelementptr inbounds i8, ptr %133, i64 4
  store i32 0, ptr %135, align 4
  %136 = add i64 %len.i, 1
  store i64 %136, ptr %129, align 8
  br label %guide_trace_add.exit

guide_trace_add.exit:                             ; preds = %no_value.i, %endif2.i, %endif17, %full.i, %add.i
  %trace.i42 = load ptr, ptr %36, align 8
  %137 = icmp eq ptr %trace.i42, null
  br i1 %137, label %untraced.i72, label %endif.i43

untraced.i72:                                     ; preds = %guide_trace_add.exit
  %combo.i.i73 = load i32, ptr %31, align 8
  %.not.i.i74 = icmp eq i32 %combo.i.i73, -1
  br i1 %.not.i.i74, label %endif.i.i84, label %cells.risk.exit.i75

common.ret.sink.split.i.i95:                      ; preds = %endif3.i.i91, %endif.i.i84
  %.sink.i.i96 = phi i32 [ %152, %endif3.i.i91 ], [ -2, %endif.i.i84 ]
  store i32 %.sink.i.i96, ptr %31, align 8
  br label %cells.risk.exit.i75

endif.i.i84:                                      ; preds = %untraced.i72
  %k.i.i85 = load i8, ptr %0, align 8
  %.not4.i.i86 = icmp eq i8 %k.i.i85, 0
  %138 = getelementptr inbounds i8, ptr %s, i64 129
  %k1.i.i87 = load i8, ptr %138, align 1
  %.not5.i.i88 = icmp eq i8 %k1.i.i87, 0
  %139 = or i1 %.not4.i.i86, %.not5.i.i88
  %140 = getelementptr inbounds i8, ptr %s, i64 130
  %k2.i.i89 = load i8, ptr %140, align 2
  %.not6.i.i90 = icmp eq i8 %k2.i.i89, 0
  %141 = or i1 %139, %.not6.i.i90
  br i1 %141, label %common.ret.sink.split.i.i95, label %endif3.i.i91

endif3.i.i91:                                     ; preds = %endif.i.i84
  %site.i.i92 = load i32, ptr %s, align 8
  %142 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i.i93 = load double, ptr %142, align 8
  %143 = fcmp ogt double %size_cm.i.i93, 5.000000e+00
  %144 = zext i1 %143 to i32
  %145 = fcmp oge double %size_cm.i.i93, 5.000000e+00
  %146 = zext i1 %145 to i32
  %147 = mul i32 %site.i.i92, 3
  %148 = add i32 %147, %146
  %149 = add i32 %148, %144
  %150 = getelementptr inbounds i8, ptr %s, i64 32
  %rupture.i.i94 = load i32, ptr %150, align 8
  %151 = shl i32 %149, 1
  %152 = add i32 %151, %rupture.i.i94
  br label %common.ret.sink.split.i.i95

cells.risk.exit.i75:                              ; preds = %common.ret.sink.split.i.i95, %untraced.i72
  %common.ret.op.i.i76 = phi i32 [ %combo.i.i73, %untraced.i72 ], [ %.sink.i.i96, %common.ret.sink.split.i.i95 ]
  %153 = icmp sgt i32 %common.ret.op.i.i76, -1
  br i1 %153, label %lookup.i77, label %endif.i43

endif.i43:                                        ; preds = %cells.risk.exit.i75, %guide_trace_add.exit
  %done.i44 = load i8, ptr %30, align 4
  %154 = icmp eq i8 %done.i44, 0
  br i1 %154, label %eval.i71, label %endif4.i45

lookup.i77:                                       ; preds = %cells.risk.exit.i75
  %155 = zext nneg i32 %common.ret.op.i.i76 to i64
  %156 = add nsw i64 %155, -18
  %157 = icmp ult i64 %156, 6
  br i1 %157, label %no_value.i82, label %endif2.i78

no_value.i82:                                     ; preds = %lookup.i77
  %out.i83 = load ptr, ptr %35, align 8
  %158 = getelementptr inbounds i8, ptr %out.i83, i64 4
  %159 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %158, align 1
  %160 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %160, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %159, i8 0, i64 16, i1 false)
  br label %endif19

endif2.i78:                                       ; preds = %lookup.i77
  %161 = getelementptr inbounds [24 x i32], ptr @answers.risk.pct, i64 0, i64 %155
  %code.i79 = load i32, ptr %161, align 4
  %162 = add nsw i32 %code.i79, -2
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [4 x [2 x i64]], ptr @values.pct, i64 0, i64 %163
  %value.unpack.i80 = load i64, ptr %164, align 16
  %165 = getelementptr inbounds [4 x i8], ptr @nulls.pct, i64 0, i64 %163
  %is_null.i = load i8, ptr %165, align 1
  %out3.i81 = load ptr, ptr %35, align 8
  %166 = getelementptr inbounds i8, ptr %out3.i81, i64 4
  store i8 1, ptr %166, align 1
  %167 = getelementptr inbounds i8, ptr %out3.i81, i64 5
  store i8 0, ptr %167, align 1
  %168 = getelementptr inbounds i8, ptr %out3.i81, i64 6
  store i8 %is_null.i, ptr %168, align 1
  %169 = getelementptr inbounds i8, ptr %out3.i81, i64 7
  store i8 0, ptr %169, align 1
  %170 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value.unpack.i80, ptr %170, align 8
  %.repack45.i = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack45.i, align 8
  %171 = icmp ne i32 %162, 1
  %172 = zext i1 %171 to i8
  %173 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 %172, ptr %173, align 2
  br label %endif19

eval.i71:                                         ; preds = %endif.i43
  call fastcc void @table.risk(ptr nonnull %s)
  br label %endif4.i45

endif4.i45:                                       ; preds = %eval.i71, %endif.i43
  %174 = getelementptr inbounds i8, ptr %s, i64 154
  %eff.i46 = load i8, ptr %174, align 2
  switch i8 %eff.i46, label %next.i [
    i8 1, label %holds.i70
    i8 2, label %unknown6.i
  ]

next.i:                                           ; preds = %unknown6.i, %holds.i70, %endif4.i45
  %unknown.1.i47 = phi i1 [ false, %endif4.i45 ], [ true, %unknown6.i ], [ false, %holds.i70 ]
  %175 = phi i1 [ true, %endif4.i45 ], [ true, %unknown6.i ], [ false, %holds.i70 ]
  %cls.1.i48 = phi i32 [ -1, %endif4.i45 ], [ -1, %unknown6.i ], [ 0, %holds.i70 ]
  %176 = getelementptr inbounds i8, ptr %s, i64 155
  %eff.1.i49 = load i8, ptr %176, align 1
  switch i8 %eff.1.i49, label %next.1.i [
    i8 1, label %holds.1.i68
    i8 2, label %unknown6.1.i
  ]

unknown6.1.i:                                     ; preds = %next.i
  br label %next.1.i

holds.1.i68:                                      ; preds = %next.i
  %not..i69 = xor i1 %175, true
  %spec.select72.i = select i1 %175, i32 1, i32 %cls.1.i48
  br label %next.1.i

next.1.i:                                         ; preds = %holds.1.i68, %unknown6.1.i, %next.i
  %unknown.1.1.i50 = phi i1 [ %unknown.1.i47, %next.i ], [ true, %unknown6.1.i ], [ %unknown.1.i47, %holds.1.i68 ]
  %clash.1.1.i51 = phi i1 [ false, %next.i ], [ false, %unknown6.1.i ], [ %not..i69, %holds.1.i68 ]
  %cls.1.1.i52 = phi i32 [ %cls.1.i48, %next.i ], [ %cls.1.i48, %unknown6.1.i ], [ %spec.select72.i, %holds.1.i68 ]
  %177 = getelementptr inbounds i8, ptr %s, i64 156
  %eff.2.i53 = load i8, ptr %177, align 4
  switch i8 %eff.2.i53, label %next.2.i [
    i8 1, label %holds.2.i67
    i8 2, label %unknown6.2.i
  ]

unknown6.2.i:                                     ; preds = %next.1.i
  br label %next.2.i

holds.2.i67:                                      ; preds = %next.1.i
  %178 = icmp sgt i32 %cls.1.1.i52, -1
  %spec.select73.i = or i1 %clash.1.1.i51, %178
  %spec.select74.i = select i1 %178, i32 %cls.1.1.i52, i32 2
  br label %next.2.i

next.2.i:                                         ; preds = %holds.2.i67, %unknown6.2.i, %next.1.i
  %unknown.1.2.i54 = phi i1 [ %unknown.1.1.i50, %next.1.i ], [ true, %unknown6.2.i ], [ %unknown.1.1.i50, %holds.2.i67 ]
  %clash.1.2.i55 = phi i1 [ %clash.1.1.i51, %next.1.i ], [ %clash.1.1.i51, %unknown6.2.i ], [ %spec.select73.i, %holds.2.i67 ]
  %cls.1.2.i56 = phi i32 [ %cls.1.1.i52, %next.1.i ], [ %cls.1.1.i52, %unknown6.2.i ], [ %spec.select74.i, %holds.2.i67 ]
  %179 = getelementptr inbounds i8, ptr %s, i64 157
  %eff.3.i57 = load i8, ptr %179, align 1
  switch i8 %eff.3.i57, label %next.3.i [
    i8 1, label %holds.3.i61
    i8 2, label %unknown6.3.i
  ]

unknown6.3.i:                                     ; preds = %next.2.i
  br i1 %clash.1.2.i55, label %conflict.i60, label %endif7.thread.i

endif7.thread.i:                                  ; preds = %unknown6.3.i
  %none62.i = icmp slt i32 %cls.1.2.i56, 0
  br i1 %none62.i, label %walk18, label %body14.preheader.i

holds.3.i61:                                      ; preds = %next.2.i
  %180 = icmp slt i32 %cls.1.2.i56, 0
  br i1 %180, label %next.3.i, label %conflict.i60

next.3.i:                                         ; preds = %holds.3.i61, %next.2.i
  %cls.1.3.i62 = phi i32 [ %cls.1.2.i56, %next.2.i ], [ 3, %holds.3.i61 ]
  br i1 %clash.1.2.i55, label %conflict.i60, label %endif7.i63

holds.i70:                                        ; preds = %endif4.i45
  br label %next.i

unknown6.i:                                       ; preds = %endif4.i45
  br label %next.i

conflict.i60:                                     ; preds = %next.3.i, %holds.3.i61, %unknown6.3.i
  %out8.i = load ptr, ptr %35, align 8
  %181 = getelementptr inbounds i8, ptr %out8.i, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %181, align 1
  %182 = getelementptr inbounds i8, ptr %s, i64 96
  %183 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %183, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %182, i8 0, i64 16, i1 false)
  br label %endif19

endif7.i63:                                       ; preds = %next.3.i
  %none.i64 = icmp slt i32 %cls.1.3.i62, 0
  br i1 %unknown.1.2.i54, label %some_unknown.i66, label %endif10.i

some_unknown.i66:                                 ; preds = %endif7.i63
  br i1 %none.i64, label %walk18, label %body14.preheader.i

body14.preheader.i:                               ; preds = %some_unknown.i66, %endif7.thread.i
  %cls.1.3596368.i = phi i32 [ %cls.1.2.i56, %endif7.thread.i ], [ %cls.1.3.i62, %some_unknown.i66 ]
  %184 = icmp ne i32 %cls.1.3596368.i, 0
  %185 = icmp eq i8 %eff.i46, 2
  %186 = and i1 %185, %184
  br i1 %186, label %walk18, label %loop13.i

endif10.i:                                        ; preds = %endif7.i63
  %out25.i.pre214 = load ptr, ptr %35, align 8
  br i1 %none.i64, label %not_applicable.i65, label %endif21.i

loop13.i:                                         ; preds = %body14.preheader.i
  %187 = icmp ne i32 %cls.1.3596368.i, 1
  %188 = icmp eq i8 %eff.1.i49, 2
  %189 = and i1 %188, %187
  br i1 %189, label %walk18, label %loop13.1.i

loop13.1.i:                                       ; preds = %loop13.i
  %190 = icmp ne i32 %cls.1.3596368.i, 2
  %191 = icmp eq i8 %eff.2.i53, 2
  %192 = and i1 %191, %190
  br i1 %192, label %walk18, label %loop13.2.i

loop13.2.i:                                       ; preds = %loop13.1.i
  %193 = icmp ne i32 %cls.1.3596368.i, 3
  %194 = icmp eq i8 %eff.3.i57, 2
  %195 = and i1 %194, %193
  br i1 %195, label %walk18, label %loop13.2.i.endif21.i_crit_edge

loop13.2.i.endif21.i_crit_edge:                   ; preds = %loop13.2.i
  %out25.i.pre = load ptr, ptr %35, align 8
  br label %endif21.i

not_applicable.i65:                               ; preds = %endif10.i
  %196 = getelementptr inbounds i8, ptr %out25.i.pre214, i64 4
  %197 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %196, align 1
  %198 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %198, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %197, i8 0, i64 16, i1 false)
  br label %endif19

endif21.i:                                        ; preds = %loop13.2.i.endif21.i_crit_edge, %endif10.i
  %out25.i = phi ptr [ %out25.i.pre214, %endif10.i ], [ %out25.i.pre, %loop13.2.i.endif21.i_crit_edge ]
  %cls.1.3596471.i = phi i32 [ %cls.1.3.i62, %endif10.i ], [ %cls.1.3596368.i, %loop13.2.i.endif21.i_crit_edge ]
  %199 = zext nneg i32 %cls.1.3596471.i to i64
  %200 = getelementptr inbounds [4 x [2 x i64]], ptr @values.pct, i64 0, i64 %199
  %value23.unpack.i = load i64, ptr %200, align 16
  %201 = getelementptr inbounds [4 x i8], ptr @nulls.pct, i64 0, i64 %199
  %is_null24.i = load i8, ptr %201, align 1
  %202 = getelementptr inbounds i8, ptr %out25.i, i64 4
  store i8 1, ptr %202, align 1
  %203 = getelementptr inbounds i8, ptr %out25.i, i64 5
  store i8 0, ptr %203, align 1
  %204 = getelementptr inbounds i8, ptr %out25.i, i64 6
  store i8 %is_null24.i, ptr %204, align 1
  %205 = getelementptr inbounds i8, ptr %out25.i, i64 7
  store i8 0, ptr %205, align 1
  %206 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value23.unpack.i, ptr %206, align 8
  %.repack37.i = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack37.i, align 8
  %207 = icmp ne i32 %cls.1.3596471.i, 1
  %208 = zext i1 %207 to i8
  %209 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 %208, ptr %209, align 2
  br label %endif19

walk18:                                           ; preds = %loop13.2.i, %loop13.1.i, %loop13.i, %body14.preheader.i, %some_unknown.i66, %endif7.thread.i
  %out20.i = load ptr, ptr %35, align 8
  %210 = getelementptr inbounds i8, ptr %out20.i, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %210, align 1
  %211 = getelementptr inbounds i8, ptr %s, i64 96
  %212 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %212, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %211, i8 0, i64 16, i1 false)
  %213 = getelementptr inbounds i8, ptr %out, i64 40
  %214 = getelementptr inbounds i8, ptr %out, i64 64
  call fastcc void @walk(ptr nonnull %s, i32 1, ptr nonnull %213, ptr nonnull %214)
  br label %endif19

endif19:                                          ; preds = %endif21.i, %not_applicable.i65, %conflict.i60, %endif2.i78, %no_value.i82, %walk18
  %215 = getelementptr inbounds i8, ptr %out, i64 25
  %how20 = load i8, ptr %215, align 1
  br i1 %46, label %guide_trace_add.exit103, label %trace.i97

trace.i97:                                        ; preds = %endif19
  %216 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i98 = load i64, ptr %216, align 8
  %217 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i99 = load i64, ptr %217, align 8
  %218 = icmp eq i64 %len.i98, %cap.i99
  br i1 %218, label %full.i102, label %add.i100

full.i102:                                        ; preds = %trace.i97
  %219 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %219, align 4
  br label %guide_trace_add.exit103

add.i100:                                         ; preds = %trace.i97
  %ev.i101 = load ptr, ptr %trace, align 8
  %220 = getelementptr inbounds %guide_event, ptr %ev.i101, i64 %len.i98
  store i8 1, ptr %220, align 1
  %221 = getelementptr inbounds i8, ptr %220, i64 1
  store i8 %how20, ptr %221, align 1
  %222 = getelementptr inbounds i8, ptr %220, i64 4
  store i32 1, ptr %222, align 4
  %223 = add i64 %len.i98, 1
  store i64 %223, ptr %216, align 8
  br label %guide_trace_add.exit103

guide_trace_add.exit103:                          ; preds = %endif19, %full.i102, %add.i100
  %trace.i104 = load ptr, ptr %36, align 8
  %224 = icmp eq ptr %trace.i104, null
  br i1 %224, label %untraced.i177, label %endif.i105

untraced.i177:                                    ; preds = %guide_trace_add.exit103
  %225 = getelementptr inbounds i8, ptr %s, i64 180
  %combo.i.i178 = load i32, ptr %225, align 4
  %.not.i.i179 = icmp eq i32 %combo.i.i178, -1
  br i1 %.not.i.i179, label %endif.i.i188, label %cells.lines.exit.i

common.ret.sink.split.i.i193:                     ; preds = %endif2.i.i, %endif.i.i188
  %.sink.i.i194 = phi i32 [ %247, %endif2.i.i ], [ -2, %endif.i.i188 ]
  store i32 %.sink.i.i194, ptr %225, align 4
  br label %cells.lines.exit.i

endif.i.i188:                                     ; preds = %untraced.i177
  %226 = getelementptr inbounds i8, ptr %s, i64 131
  %k.i.i189 = load i8, ptr %226, align 1
  %.not3.i.i = icmp eq i8 %k.i.i189, 0
  %k1.i.i190 = load i8, ptr %0, align 8
  %.not4.i.i191 = icmp eq i8 %k1.i.i190, 0
  %227 = or i1 %.not3.i.i, %.not4.i.i191
  br i1 %227, label %common.ret.sink.split.i.i193, label %endif2.i.i

endif2.i.i:                                       ; preds = %endif.i.i188
  %228 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i.i = load double, ptr %228, align 8
  %229 = fcmp ogt double %lines.i.i, 1.000000e+00
  %230 = zext i1 %229 to i32
  %231 = fcmp oge double %lines.i.i, 1.000000e+00
  %232 = zext i1 %231 to i32
  %233 = add nuw nsw i32 %230, %232
  %234 = fcmp ogt double %lines.i.i, 2.000000e+00
  %235 = zext i1 %234 to i32
  %236 = add nuw nsw i32 %233, %235
  %237 = fcmp oge double %lines.i.i, 2.000000e+00
  %238 = zext i1 %237 to i32
  %239 = add nuw nsw i32 %236, %238
  %240 = fcmp ogt double %lines.i.i, 3.000000e+00
  %241 = zext i1 %240 to i32
  %242 = add nuw nsw i32 %239, %241
  %243 = fcmp oge double %lines.i.i, 3.000000e+00
  %244 = zext i1 %243 to i32
  %245 = add nuw nsw i32 %242, %244
  %site.i.i192 = load i32, ptr %s, align 8
  %246 = shl nuw nsw i32 %245, 2
  %247 = add i32 %246, %site.i.i192
  br label %common.ret.sink.split.i.i193

cells.lines.exit.i:                               ; preds = %common.ret.sink.split.i.i193, %untraced.i177
  %common.ret.op.i.i180 = phi i32 [ %combo.i.i178, %untraced.i177 ], [ %.sink.i.i194, %common.ret.sink.split.i.i193 ]
  %248 = icmp sgt i32 %common.ret.op.i.i180, -1
  br i1 %248, label %lookup.i181, label %endif.i105

endif.i105:                                       ; preds = %cells.lines.exit.i, %guide_trace_add.exit103
  %249 = getelementptr inbounds i8, ptr %s, i64 165
  %done.i106 = load i8, ptr %249, align 1
  %250 = icmp eq i8 %done.i106, 0
  br i1 %250, label %eval.i176, label %endif4.i107

lookup.i181:                                      ; preds = %cells.lines.exit.i
  %251 = zext nneg i32 %common.ret.op.i.i180 to i64
  %252 = lshr i64 986880, %251
  %253 = and i64 %252, 1
  %.not52.i = icmp eq i64 %253, 0
  br i1 %.not52.i, label %endif2.i184, label %no_value.i182

no_value.i182:                                    ; preds = %lookup.i181
  %out.i183 = load ptr, ptr %35, align 8
  %254 = getelementptr inbounds i8, ptr %out.i183, i64 8
  %255 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %254, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %255, i8 0, i64 16, i1 false)
  br label %endif22

endif2.i184:                                      ; preds = %lookup.i181
  %256 = getelementptr inbounds [28 x i32], ptr @answers.lines.line, i64 0, i64 %251
  %code.i185 = load i32, ptr %256, align 4
  %257 = add nsw i32 %code.i185, -2
  %258 = sext i32 %257 to i64
  %259 = getelementptr inbounds [6 x [2 x i64]], ptr @values.line, i64 0, i64 %258
  %value.unpack.i186 = load i64, ptr %259, align 16
  %out3.i187 = load ptr, ptr %35, align 8
  %260 = getelementptr inbounds i8, ptr %out3.i187, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %260, align 1
  %261 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack.i186, ptr %261, align 8
  br label %endif22

eval.i176:                                        ; preds = %endif.i105
  store i8 1, ptr %249, align 1
  %262 = getelementptr inbounds i8, ptr %s, i64 180
  %combo.i.i.i = load i32, ptr %262, align 4
  %.not.i.i.i = icmp eq i32 %combo.i.i.i, -1
  br i1 %.not.i.i.i, label %endif.i.i.i, label %cells.lines.exit.i.i

common.ret.sink.split.i.i.i:                      ; preds = %endif2.i.i.i, %endif.i.i.i
  %.sink.i.i.i = phi i32 [ %284, %endif2.i.i.i ], [ -2, %endif.i.i.i ]
  store i32 %.sink.i.i.i, ptr %262, align 4
  br label %cells.lines.exit.i.i

endif.i.i.i:                                      ; preds = %eval.i176
  %263 = getelementptr inbounds i8, ptr %s, i64 131
  %k.i.i.i = load i8, ptr %263, align 1
  %.not3.i.i.i = icmp eq i8 %k.i.i.i, 0
  %k1.i.i.i = load i8, ptr %0, align 8
  %.not4.i.i.i = icmp eq i8 %k1.i.i.i, 0
  %264 = or i1 %.not3.i.i.i, %.not4.i.i.i
  br i1 %264, label %common.ret.sink.split.i.i.i, label %endif2.i.i.i

endif2.i.i.i:                                     ; preds = %endif.i.i.i
  %265 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i.i.i = load double, ptr %265, align 8
  %266 = fcmp ogt double %lines.i.i.i, 1.000000e+00
  %267 = zext i1 %266 to i32
  %268 = fcmp oge double %lines.i.i.i, 1.000000e+00
  %269 = zext i1 %268 to i32
  %270 = add nuw nsw i32 %267, %269
  %271 = fcmp ogt double %lines.i.i.i, 2.000000e+00
  %272 = zext i1 %271 to i32
  %273 = add nuw nsw i32 %270, %272
  %274 = fcmp oge double %lines.i.i.i, 2.000000e+00
  %275 = zext i1 %274 to i32
  %276 = add nuw nsw i32 %273, %275
  %277 = fcmp ogt double %lines.i.i.i, 3.000000e+00
  %278 = zext i1 %277 to i32
  %279 = add nuw nsw i32 %276, %278
  %280 = fcmp oge double %lines.i.i.i, 3.000000e+00
  %281 = zext i1 %280 to i32
  %282 = add nuw nsw i32 %279, %281
  %site.i.i.i = load i32, ptr %s, align 8
  %283 = shl nuw nsw i32 %282, 2
  %284 = add i32 %283, %site.i.i.i
  br label %common.ret.sink.split.i.i.i

cells.lines.exit.i.i:                             ; preds = %common.ret.sink.split.i.i.i, %eval.i176
  %common.ret.op.i.i.i = phi i32 [ %combo.i.i.i, %eval.i176 ], [ %.sink.i.i.i, %common.ret.sink.split.i.i.i ]
  %285 = icmp sgt i32 %common.ret.op.i.i.i, -1
  br i1 %285, label %lookup.i.i, label %endif.i59.i

lookup.i.i:                                       ; preds = %cells.lines.exit.i.i
  %286 = getelementptr inbounds i8, ptr %s, i64 148
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(6) %286, i8 0, i64 6, i1 false)
  %287 = getelementptr inbounds i8, ptr %s, i64 158
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %287, i8 0, i64 6, i1 false)
  %288 = zext nneg i32 %common.ret.op.i.i.i to i64
  %289 = getelementptr inbounds [28 x i32], ptr @combos.lines, i64 0, i64 %288
  %off.i.i = load i32, ptr %289, align 4
  %290 = sext i32 %off.i.i to i64
  %291 = lshr i64 299596, %290
  %292 = and i64 %291, 1
  %.not3941.i.i = icmp eq i64 %292, 0
  br i1 %.not3941.i.i, label %hit.i.i, label %endif4.i107

endif.i59.i:                                      ; preds = %cells.lines.exit.i.i
  %293 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i60.i = load double, ptr %293, align 8
  %294 = fcmp ole double %lines.i60.i, 1.000000e+00
  %295 = getelementptr inbounds i8, ptr %s, i64 131
  %k.i61.i = load i8, ptr %295, align 1
  %.not.i62.i = icmp ne i8 %k.i61.i, 0
  %296 = xor i1 %294, true
  %297 = select i1 %.not.i62.i, i1 %296, i1 false
  %298 = select i1 %.not.i62.i, i1 %294, i1 false
  %299 = select i1 %298, i8 1, i8 2
  %300 = select i1 %297, i8 0, i8 %299
  %301 = getelementptr inbounds i8, ptr %s, i64 148
  store i8 %300, ptr %301, align 4
  %302 = getelementptr inbounds i8, ptr %s, i64 158
  store i8 %300, ptr %302, align 2
  %303 = fcmp oeq double %lines.i60.i, 2.000000e+00
  %304 = xor i1 %303, true
  %305 = select i1 %.not.i62.i, i1 %304, i1 false
  %site.i63.i = load i32, ptr %s, align 8
  %306 = and i32 %site.i63.i, 63
  %307 = zext nneg i32 %306 to i64
  %308 = lshr i64 1, %307
  %309 = trunc nuw nsw i64 %308 to i32
  %k3.i.i = load i8, ptr %0, align 8
  %.not19.i.i = icmp eq i8 %k3.i.i, 0
  %310 = xor i1 %.not.i62.i, %305
  %311 = select i1 %310, i1 %303, i1 false
  %312 = getelementptr inbounds i8, ptr %s, i64 149
  %313 = getelementptr inbounds i8, ptr %s, i64 159
  %314 = lshr i64 2, %307
  %315 = trunc nuw nsw i64 %314 to i32
  %316 = and i32 %315, 1
  %317 = insertelement <2 x i64> poison, i64 %307, i64 0
  %318 = shufflevector <2 x i64> %317, <2 x i64> poison, <2 x i32> zeroinitializer
  %319 = lshr <2 x i64> <i64 4, i64 8>, %318
  %320 = trunc nuw nsw <2 x i64> %319 to <2 x i32>
  %321 = and <2 x i32> %320, <i32 1, i32 1>
  %322 = insertelement <4 x i1> poison, i1 %.not19.i.i, i64 0
  %323 = shufflevector <4 x i1> %322, <4 x i1> poison, <4 x i32> zeroinitializer
  %324 = insertelement <4 x i32> poison, i32 %309, i64 0
  %325 = insertelement <4 x i32> %324, i32 %316, i64 1
  %326 = shufflevector <2 x i32> %321, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>
  %327 = shufflevector <4 x i32> %325, <4 x i32> %326, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %328 = select <4 x i1> %323, <4 x i32> <i32 2, i32 2, i32 2, i32 2>, <4 x i32> %327
  %329 = icmp eq <4 x i32> %328, zeroinitializer
  %330 = insertelement <4 x i1> poison, i1 %305, i64 0
  %331 = shufflevector <4 x i1> %330, <4 x i1> poison, <4 x i32> zeroinitializer
  %332 = or <4 x i1> %331, %329
  %333 = icmp eq <4 x i32> %328, <i32 1, i32 1, i32 1, i32 1>
  %334 = insertelement <4 x i1> poison, i1 %311, i64 0
  %335 = shufflevector <4 x i1> %334, <4 x i1> poison, <4 x i32> zeroinitializer
  %336 = and <4 x i1> %335, %333
  %337 = xor <4 x i1> %332, <i1 true, i1 true, i1 true, i1 true>
  %338 = select <4 x i1> %337, <4 x i1> %336, <4 x i1> zeroinitializer
  %339 = select <4 x i1> %338, <4 x i8> <i8 1, i8 1, i8 1, i8 1>, <4 x i8> <i8 2, i8 2, i8 2, i8 2>
  %340 = select <4 x i1> %332, <4 x i8> zeroinitializer, <4 x i8> %339
  store <4 x i8> %340, ptr %312, align 1
  store <4 x i8> %340, ptr %313, align 1
  %341 = fcmp oge double %lines.i60.i, 3.000000e+00
  %342 = xor i1 %341, true
  %343 = select i1 %.not.i62.i, i1 %342, i1 false
  %344 = select i1 %.not.i62.i, i1 %341, i1 false
  %345 = select i1 %344, i8 1, i8 2
  %346 = select i1 %343, i8 0, i8 %345
  %347 = getelementptr inbounds i8, ptr %s, i64 153
  store i8 %346, ptr %347, align 1
  %348 = getelementptr inbounds i8, ptr %s, i64 163
  store i8 %346, ptr %348, align 1
  br label %endif4.i107

hit.i.i:                                          ; preds = %lookup.i.i, %hit.i.i
  %349 = phi i64 [ %363, %hit.i.i ], [ %290, %lookup.i.i ]
  %pos.042.i.i = phi i32 [ %362, %hit.i.i ], [ %off.i.i, %lookup.i.i ]
  %350 = getelementptr inbounds [19 x i16], ptr @rows.lines, i64 0, i64 %349
  %row.i.i = load i16, ptr %350, align 2
  %351 = add i32 %pos.042.i.i, 1
  %352 = sext i32 %351 to i64
  %353 = getelementptr inbounds [19 x i16], ptr @rows.lines, i64 0, i64 %352
  %status.i.i = load i16, ptr %353, align 2
  %354 = zext i16 %row.i.i to i64
  %355 = add nuw nsw i64 %354, 4
  %356 = trunc i16 %status.i.i to i8
  %357 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %355
  store i8 %356, ptr %357, align 1
  %358 = lshr i64 149810, %352
  %359 = trunc i64 %358 to i8
  %360 = and i8 %359, 1
  %361 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %355
  store i8 %360, ptr %361, align 1
  %362 = add i32 %pos.042.i.i, 2
  %363 = sext i32 %362 to i64
  %364 = lshr i64 299596, %363
  %365 = and i64 %364, 1
  %.not39.i.i = icmp eq i64 %365, 0
  br i1 %.not39.i.i, label %hit.i.i, label %endif4.i107.loopexit

endif4.i107.loopexit:                             ; preds = %hit.i.i
  %trace5.i108.pre = load ptr, ptr %36, align 8
  br label %endif4.i107

endif4.i107:                                      ; preds = %endif4.i107.loopexit, %endif.i59.i, %lookup.i.i, %endif.i105
  %trace5.i108 = phi ptr [ %trace5.i108.pre, %endif4.i107.loopexit ], [ %trace.i104, %endif.i59.i ], [ %trace.i104, %lookup.i.i ], [ %trace.i104, %endif.i105 ]
  %.not.i109 = icmp eq ptr %trace5.i108, null
  br i1 %.not.i109, label %endif7.i127, label %loop.preheader.i110

loop.preheader.i110:                              ; preds = %endif4.i107
  %366 = getelementptr inbounds i8, ptr %trace5.i108, i64 8
  %367 = getelementptr inbounds i8, ptr %trace5.i108, i64 16
  %368 = getelementptr inbounds i8, ptr %trace5.i108, i64 24
  %len.i.i111 = load i64, ptr %366, align 8
  %cap.i.i112 = load i64, ptr %367, align 8
  %369 = icmp eq i64 %len.i.i111, %cap.i.i112
  br i1 %369, label %full.i.5.i, label %guide_trace_add.exit.i113

endif7.i127:                                      ; preds = %full.i.5.i, %add.i.5.i, %endif4.i107
  %370 = getelementptr inbounds i8, ptr %s, i64 158
  %eff.i128 = load i8, ptr %370, align 2
  switch i8 %eff.i128, label %next12.i130 [
    i8 1, label %holds.i175
    i8 2, label %unknown14.i129
  ]

guide_trace_add.exit.i113:                        ; preds = %loop.preheader.i110
  %371 = getelementptr inbounds i8, ptr %s, i64 148
  %st.i114 = load i8, ptr %371, align 4
  %ev.i.i115 = load ptr, ptr %trace5.i108, align 8
  %372 = getelementptr inbounds %guide_event, ptr %ev.i.i115, i64 %len.i.i111
  store i8 0, ptr %372, align 1
  %373 = getelementptr inbounds i8, ptr %372, i64 1
  store i8 %st.i114, ptr %373, align 1
  %374 = getelementptr inbounds i8, ptr %372, i64 4
  store i32 4, ptr %374, align 4
  %375 = add i64 %len.i.i111, 1
  store i64 %375, ptr %366, align 8
  %cap.i.1.pre.i116 = load i64, ptr %367, align 8
  %376 = icmp eq i64 %375, %cap.i.1.pre.i116
  br i1 %376, label %full.i.5.i, label %guide_trace_add.exit.1.i117

guide_trace_add.exit.1.i117:                      ; preds = %guide_trace_add.exit.i113
  %377 = getelementptr inbounds i8, ptr %s, i64 149
  %st.1.i118 = load i8, ptr %377, align 1
  %ev.i.1.i119 = load ptr, ptr %trace5.i108, align 8
  %378 = getelementptr inbounds %guide_event, ptr %ev.i.1.i119, i64 %375
  store i8 0, ptr %378, align 1
  %379 = getelementptr inbounds i8, ptr %378, i64 1
  store i8 %st.1.i118, ptr %379, align 1
  %380 = getelementptr inbounds i8, ptr %378, i64 4
  store i32 5, ptr %380, align 4
  %381 = add i64 %len.i.i111, 2
  store i64 %381, ptr %366, align 8
  %cap.i.2.pre.i120 = load i64, ptr %367, align 8
  %382 = icmp eq i64 %381, %cap.i.2.pre.i120
  br i1 %382, label %full.i.5.i, label %guide_trace_add.exit.2.i121

guide_trace_add.exit.2.i121:                      ; preds = %guide_trace_add.exit.1.i117
  %383 = getelementptr inbounds i8, ptr %s, i64 150
  %st.2.i122 = load i8, ptr %383, align 2
  %ev.i.2.i123 = load ptr, ptr %trace5.i108, align 8
  %384 = getelementptr inbounds %guide_event, ptr %ev.i.2.i123, i64 %381
  store i8 0, ptr %384, align 1
  %385 = getelementptr inbounds i8, ptr %384, i64 1
  store i8 %st.2.i122, ptr %385, align 1
  %386 = getelementptr inbounds i8, ptr %384, i64 4
  store i32 6, ptr %386, align 4
  %387 = add i64 %len.i.i111, 3
  store i64 %387, ptr %366, align 8
  %cap.i.3.pre.i124 = load i64, ptr %367, align 8
  %388 = icmp eq i64 %387, %cap.i.3.pre.i124
  br i1 %388, label %full.i.5.i, label %guide_trace_add.exit.3.i

guide_trace_add.exit.3.i:                         ; preds = %guide_trace_add.exit.2.i121
  %389 = getelementptr inbounds i8, ptr %s, i64 151
  %st.3.i125 = load i8, ptr %389, align 1
  %ev.i.3.i126 = load ptr, ptr %trace5.i108, align 8
  %390 = getelementptr inbounds %guide_event, ptr %ev.i.3.i126, i64 %387
  store i8 0, ptr %390, align 1
  %391 = getelementptr inbounds i8, ptr %390, i64 1
  store i8 %st.3.i125, ptr %391, align 1
  %392 = getelementptr inbounds i8, ptr %390, i64 4
  store i32 7, ptr %392, align 4
  %393 = add i64 %len.i.i111, 4
  store i64 %393, ptr %366, align 8
  %cap.i.4.pre.i = load i64, ptr %367, align 8
  %394 = icmp eq i64 %393, %cap.i.4.pre.i
  br i1 %394, label %full.i.5.i, label %guide_trace_add.exit.4.i

guide_trace_add.exit.4.i:                         ; preds = %guide_trace_add.exit.3.i
  %395 = getelementptr inbounds i8, ptr %s, i64 152
  %st.4.i = load i8, ptr %395, align 8
  %ev.i.4.i = load ptr, ptr %trace5.i108, align 8
  %396 = getelementptr inbounds %guide_event, ptr %ev.i.4.i, i64 %393
  store i8 0, ptr %396, align 1
  %397 = getelementptr inbounds i8, ptr %396, i64 1
  store i8 %st.4.i, ptr %397, align 1
  %398 = getelementptr inbounds i8, ptr %396, i64 4
  store i32 8, ptr %398, align 4
  %399 = add i64 %len.i.i111, 5
  store i64 %399, ptr %366, align 8
  %cap.i.5.pre.i = load i64, ptr %367, align 8
  %400 = icmp eq i64 %399, %cap.i.5.pre.i
  br i1 %400, label %full.i.5.i, label %add.i.5.i

add.i.5.i:                                        ; preds = %guide_trace_add.exit.4.i
  %401 = getelementptr inbounds i8, ptr %s, i64 153
  %st.5.i = load i8, ptr %401, align 1
  %ev.i.5.i = load ptr, ptr %trace5.i108, align 8
  %402 = getelementptr inbounds %guide_event, ptr %ev.i.5.i, i64 %399
  store i8 0, ptr %402, align 1
  %403 = getelementptr inbounds i8, ptr %402, i64 1
  store i8 %st.5.i, ptr %403, align 1
  %404 = getelementptr inbounds i8, ptr %402, i64 4
  store i32 9, ptr %404, align 4
  %405 = add i64 %len.i.i111, 6
  store i64 %405, ptr %366, align 8
  br label %endif7.i127

full.i.5.i:                                       ; preds = %loop.preheader.i110, %guide_trace_add.exit.i113, %guide_trace_add.exit.1.i117, %guide_trace_add.exit.4.i, %guide_trace_add.exit.3.i, %guide_trace_add.exit.2.i121
  store i32 1, ptr %368, align 4
  br label %endif7.i127

next12.i130:                                      ; preds = %unknown14.i129, %holds.i175, %endif7.i127
  %unknown.1.i131 = phi i1 [ false, %endif7.i127 ], [ true, %unknown14.i129 ], [ false, %holds.i175 ]
  %406 = phi i1 [ true, %endif7.i127 ], [ true, %unknown14.i129 ], [ false, %holds.i175 ]
  %cls.1.i132 = phi i32 [ -1, %endif7.i127 ], [ -1, %unknown14.i129 ], [ 0, %holds.i175 ]
  %407 = getelementptr inbounds i8, ptr %s, i64 159
  %eff.1.i133 = load i8, ptr %407, align 1
  switch i8 %eff.1.i133, label %next12.1.i135 [
    i8 1, label %holds.1.i173
    i8 2, label %unknown14.1.i134
  ]

unknown14.1.i134:                                 ; preds = %next12.i130
  br label %next12.1.i135

holds.1.i173:                                     ; preds = %next12.i130
  %not..i174 = xor i1 %406, true
  %spec.select115.i = select i1 %406, i32 1, i32 %cls.1.i132
  br label %next12.1.i135

next12.1.i135:                                    ; preds = %holds.1.i173, %unknown14.1.i134, %next12.i130
  %unknown.1.1.i136 = phi i1 [ %unknown.1.i131, %next12.i130 ], [ true, %unknown14.1.i134 ], [ %unknown.1.i131, %holds.1.i173 ]
  %clash.1.1.i137 = phi i1 [ false, %next12.i130 ], [ false, %unknown14.1.i134 ], [ %not..i174, %holds.1.i173 ]
  %cls.1.1.i138 = phi i32 [ %cls.1.i132, %next12.i130 ], [ %cls.1.i132, %unknown14.1.i134 ], [ %spec.select115.i, %holds.1.i173 ]
  %408 = getelementptr inbounds i8, ptr %s, i64 160
  %eff.2.i139 = load i8, ptr %408, align 8
  switch i8 %eff.2.i139, label %next12.2.i141 [
    i8 1, label %holds.2.i171
    i8 2, label %unknown14.2.i140
  ]

unknown14.2.i140:                                 ; preds = %next12.1.i135
  br label %next12.2.i141

holds.2.i171:                                     ; preds = %next12.1.i135
  %409 = icmp slt i32 %cls.1.1.i138, 0
  br i1 %409, label %next12.2.i141, label %compare.2.i172

compare.2.i172:                                   ; preds = %holds.2.i171
  %410 = icmp ne i32 %cls.1.1.i138, 1
  %411 = or i1 %clash.1.1.i137, %410
  br label %next12.2.i141

next12.2.i141:                                    ; preds = %compare.2.i172, %holds.2.i171, %unknown14.2.i140, %next12.1.i135
  %unknown.1.2.i142 = phi i1 [ %unknown.1.1.i136, %next12.1.i135 ], [ true, %unknown14.2.i140 ], [ %unknown.1.1.i136, %compare.2.i172 ], [ %unknown.1.1.i136, %holds.2.i171 ]
  %clash.1.2.i143 = phi i1 [ %clash.1.1.i137, %next12.1.i135 ], [ %clash.1.1.i137, %unknown14.2.i140 ], [ %411, %compare.2.i172 ], [ %clash.1.1.i137, %holds.2.i171 ]
  %cls.1.2.i144 = phi i32 [ %cls.1.1.i138, %next12.1.i135 ], [ %cls.1.1.i138, %unknown14.2.i140 ], [ %cls.1.1.i138, %compare.2.i172 ], [ 1, %holds.2.i171 ]
  %first.1.2.i145 = phi i32 [ %cls.1.1.i138, %next12.1.i135 ], [ %cls.1.1.i138, %unknown14.2.i140 ], [ %cls.1.1.i138, %compare.2.i172 ], [ 2, %holds.2.i171 ]
  %412 = getelementptr inbounds i8, ptr %s, i64 161
  %eff.3.i146 = load i8, ptr %412, align 1
  switch i8 %eff.3.i146, label %next12.3.i148 [
    i8 1, label %holds.3.i169
    i8 2, label %unknown14.3.i147
  ]

unknown14.3.i147:                                 ; preds = %next12.2.i141
  br label %next12.3.i148

holds.3.i169:                                     ; preds = %next12.2.i141
  %413 = icmp slt i32 %first.1.2.i145, 0
  br i1 %413, label %next12.3.i148, label %compare.3.i170

compare.3.i170:                                   ; preds = %holds.3.i169
  br label %next12.3.i148

next12.3.i148:                                    ; preds = %compare.3.i170, %holds.3.i169, %unknown14.3.i147, %next12.2.i141
  %unknown.1.3.i = phi i1 [ %unknown.1.2.i142, %next12.2.i141 ], [ true, %unknown14.3.i147 ], [ %unknown.1.2.i142, %compare.3.i170 ], [ %unknown.1.2.i142, %holds.3.i169 ]
  %clash.1.3.i = phi i1 [ %clash.1.2.i143, %next12.2.i141 ], [ %clash.1.2.i143, %unknown14.3.i147 ], [ true, %compare.3.i170 ], [ %clash.1.2.i143, %holds.3.i169 ]
  %cls.1.3.i149 = phi i32 [ %cls.1.2.i144, %next12.2.i141 ], [ %cls.1.2.i144, %unknown14.3.i147 ], [ %cls.1.2.i144, %compare.3.i170 ], [ 3, %holds.3.i169 ]
  %first.1.3.i150 = phi i32 [ %first.1.2.i145, %next12.2.i141 ], [ %first.1.2.i145, %unknown14.3.i147 ], [ %first.1.2.i145, %compare.3.i170 ], [ 3, %holds.3.i169 ]
  %414 = getelementptr inbounds i8, ptr %s, i64 162
  %eff.4.i = load i8, ptr %414, align 2
  switch i8 %eff.4.i, label %next12.4.i [
    i8 1, label %holds.4.i
    i8 2, label %unknown14.4.i
  ]

unknown14.4.i:                                    ; preds = %next12.3.i148
  br label %next12.4.i

holds.4.i:                                        ; preds = %next12.3.i148
  %415 = icmp slt i32 %first.1.3.i150, 0
  br i1 %415, label %next12.4.i, label %compare.4.i

compare.4.i:                                      ; preds = %holds.4.i
  %416 = icmp ne i32 %cls.1.3.i149, 3
  %417 = or i1 %clash.1.3.i, %416
  br label %next12.4.i

next12.4.i:                                       ; preds = %compare.4.i, %holds.4.i, %unknown14.4.i, %next12.3.i148
  %unknown.1.4.i = phi i1 [ %unknown.1.3.i, %next12.3.i148 ], [ true, %unknown14.4.i ], [ %unknown.1.3.i, %compare.4.i ], [ %unknown.1.3.i, %holds.4.i ]
  %clash.1.4.i = phi i1 [ %clash.1.3.i, %next12.3.i148 ], [ %clash.1.3.i, %unknown14.4.i ], [ %417, %compare.4.i ], [ %clash.1.3.i, %holds.4.i ]
  %cls.1.4.i = phi i32 [ %cls.1.3.i149, %next12.3.i148 ], [ %cls.1.3.i149, %unknown14.4.i ], [ %cls.1.3.i149, %compare.4.i ], [ 3, %holds.4.i ]
  %first.1.4.i = phi i32 [ %first.1.3.i150, %next12.3.i148 ], [ %first.1.3.i150, %unknown14.4.i ], [ %first.1.3.i150, %compare.4.i ], [ 4, %holds.4.i ]
  %418 = getelementptr inbounds i8, ptr %s, i64 163
  %eff.5.i = load i8, ptr %418, align 1
  switch i8 %eff.5.i, label %next12.5.i [
    i8 1, label %holds.5.i
    i8 2, label %unknown14.5.i
  ]

unknown14.5.i:                                    ; preds = %next12.4.i
  br i1 %clash.1.4.i, label %conflict.i161, label %endif15.thread.i151

endif15.thread.i151:                              ; preds = %unknown14.5.i
  %none103.i = icmp slt i32 %first.1.4.i, 0
  br i1 %none103.i, label %walk21, label %body22.preheader.i152

holds.5.i:                                        ; preds = %next12.4.i
  %419 = icmp slt i32 %first.1.4.i, 0
  br i1 %419, label %next12.5.i, label %compare.5.i

compare.5.i:                                      ; preds = %holds.5.i
  %420 = icmp ne i32 %cls.1.4.i, 3
  %421 = or i1 %clash.1.4.i, %420
  br i1 %421, label %conflict.i161, label %endif15.i163

next12.5.i:                                       ; preds = %holds.5.i, %next12.4.i
  %cls.1.5.i = phi i32 [ %cls.1.4.i, %next12.4.i ], [ 3, %holds.5.i ]
  %first.1.5.i = phi i32 [ %first.1.4.i, %next12.4.i ], [ 5, %holds.5.i ]
  br i1 %clash.1.4.i, label %conflict.i161, label %endif15.i163

holds.i175:                                       ; preds = %endif7.i127
  br label %next12.i130

unknown14.i129:                                   ; preds = %endif7.i127
  br label %next12.i130

conflict.i161:                                    ; preds = %next12.5.i, %compare.5.i, %unknown14.5.i
  %out16.i162 = load ptr, ptr %35, align 8
  %422 = getelementptr inbounds i8, ptr %out16.i162, i64 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %422, align 1
  %423 = getelementptr inbounds i8, ptr %s, i64 112
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %423, i8 0, i64 16, i1 false)
  br label %endif22

endif15.i163:                                     ; preds = %next12.5.i, %compare.5.i
  %first.1.599.i = phi i32 [ %first.1.5.i, %next12.5.i ], [ %first.1.4.i, %compare.5.i ]
  %cls.1.598.i = phi i32 [ %cls.1.5.i, %next12.5.i ], [ 3, %compare.5.i ]
  %none.i164 = icmp slt i32 %first.1.599.i, 0
  br i1 %unknown.1.4.i, label %some_unknown.i168, label %endif18.i165

some_unknown.i168:                                ; preds = %endif15.i163
  br i1 %none.i164, label %walk21, label %body22.preheader.i152

body22.preheader.i152:                            ; preds = %some_unknown.i168, %endif15.thread.i151
  %first.1.599105111.i = phi i32 [ %first.1.4.i, %endif15.thread.i151 ], [ %first.1.599.i, %some_unknown.i168 ]
  %cls.1.598106110.i = phi i32 [ %cls.1.4.i, %endif15.thread.i151 ], [ %cls.1.598.i, %some_unknown.i168 ]
  %424 = icmp ne i32 %cls.1.598106110.i, 0
  %425 = icmp eq i8 %eff.i128, 2
  %426 = and i1 %425, %424
  br i1 %426, label %walk21, label %loop21.i153

endif18.i165:                                     ; preds = %endif15.i163
  br i1 %none.i164, label %not_applicable.i166, label %endif29.i154

loop21.i153:                                      ; preds = %body22.preheader.i152
  %427 = icmp ne i32 %cls.1.598106110.i, 1
  %428 = icmp eq i8 %eff.1.i133, 2
  %429 = icmp eq i8 %eff.2.i139, 2
  %430 = or i1 %428, %429
  %or.cond.i = and i1 %430, %427
  br i1 %or.cond.i, label %walk21, label %loop21.2.i

loop21.2.i:                                       ; preds = %loop21.i153
  %431 = icmp ne i32 %cls.1.598106110.i, 3
  %432 = icmp eq i8 %eff.3.i146, 2
  %433 = icmp eq i8 %eff.4.i, 2
  %434 = or i1 %432, %433
  %435 = icmp eq i8 %eff.5.i, 2
  %or.cond118121.i = or i1 %434, %435
  %or.cond120.i = and i1 %or.cond118121.i, %431
  br i1 %or.cond120.i, label %walk21, label %endif29.i154

not_applicable.i166:                              ; preds = %endif18.i165
  %out30.i167 = load ptr, ptr %35, align 8
  %436 = getelementptr inbounds i8, ptr %out30.i167, i64 8
  %437 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %436, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %437, i8 0, i64 16, i1 false)
  br label %endif22

endif29.i154:                                     ; preds = %loop21.2.i, %endif18.i165
  %first.1.599104114.i = phi i32 [ %first.1.599.i, %endif18.i165 ], [ %first.1.599105111.i, %loop21.2.i ]
  %438 = zext nneg i32 %first.1.599104114.i to i64
  %439 = getelementptr inbounds [6 x [2 x i64]], ptr @values.line, i64 0, i64 %438
  %value31.unpack.i155 = load i64, ptr %439, align 16
  %out33.i156 = load ptr, ptr %35, align 8
  %440 = getelementptr inbounds i8, ptr %out33.i156, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %440, align 1
  %441 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value31.unpack.i155, ptr %441, align 8
  br label %endif22

walk21:                                           ; preds = %loop21.2.i, %loop21.i153, %body22.preheader.i152, %some_unknown.i168, %endif15.thread.i151
  %out28.i160 = load ptr, ptr %35, align 8
  %442 = getelementptr inbounds i8, ptr %out28.i160, i64 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %442, align 1
  %443 = getelementptr inbounds i8, ptr %s, i64 112
  %444 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %444, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %443, i8 0, i64 16, i1 false)
  %445 = getelementptr inbounds i8, ptr %out, i64 48
  %446 = getelementptr inbounds i8, ptr %out, i64 72
  call fastcc void @walk(ptr nonnull %s, i32 2, ptr nonnull %445, ptr nonnull %446)
  br label %endif22

endif22:                                          ; preds = %endif29.i154, %not_applicable.i166, %conflict.i161, %endif2.i184, %no_value.i182, %walk21
  %447 = getelementptr inbounds i8, ptr %out, i64 29
  %how23 = load i8, ptr %447, align 1
  br i1 %46, label %guide_trace_add.exit201, label %trace.i195

trace.i195:                                       ; preds = %endif22
  %448 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i196 = load i64, ptr %448, align 8
  %449 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i197 = load i64, ptr %449, align 8
  %450 = icmp eq i64 %len.i196, %cap.i197
  br i1 %450, label %full.i200, label %add.i198

full.i200:                                        ; preds = %trace.i195
  %451 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %451, align 4
  br label %guide_trace_add.exit201

add.i198:                                         ; preds = %trace.i195
  %ev.i199 = load ptr, ptr %trace, align 8
  %452 = getelementptr inbounds %guide_event, ptr %ev.i199, i64 %len.i196
  store i8 1, ptr %452, align 1
  %453 = getelementptr inbounds i8, ptr %452, i64 1
  store i8 %how23, ptr %453, align 1
  %454 = getelementptr inbounds i8, ptr %452, i64 4
  store i32 2, ptr %454, align 4
  %455 = add i64 %len.i196, 1
  store i64 %455, ptr %448, align 8
  br label %guide_trace_add.exit201

guide_trace_add.exit201:                          ; preds = %endif22, %full.i200, %add.i198
  %456 = getelementptr inbounds i8, ptr %s, i64 80
  %risk = load i32, ptr %456, align 8
  store i32 %risk, ptr %out, align 4
  %457 = getelementptr inbounds i8, ptr %s, i64 96
  %pct = load double, ptr %457, align 8
  %458 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct, ptr %458, align 8
  %459 = getelementptr inbounds i8, ptr %s, i64 112
  %line = load i32, ptr %459, align 8
  %460 = getelementptr inbounds i8, ptr %out, i64 16
  store i32 %line, ptr %460, align 4
  %461 = getelementptr inbounds i8, ptr %out, i64 88
  %part = load i32, ptr %45, align 8
  %462 = getelementptr inbounds i8, ptr %out, i64 80
  store i32 %part, ptr %462, align 4
  %463 = load i8, ptr %39, align 4
  %464 = zext i8 %463 to i64
  store i64 %464, ptr %461, align 8
  br label %common.ret
}

define internal fastcc range(i32 0, 5) i32 @eval_with(ptr nocapture readonly %in, ptr nocapture writeonly %out, ptr %trace, ptr %memo) unnamed_addr {
entry:
  %all = alloca %lookup_output, align 8
  %untraced1 = icmp eq ptr %trace, null
  br i1 %untraced1, label %untraced, label %general

untraced:                                         ; preds = %entry
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !16)
  %known.i = load i64, ptr %in, align 8, !alias.scope !13, !noalias !16
  %0 = and i64 %known.i, 15
  %1 = icmp eq i64 %0, 15
  br i1 %1, label %columns_known.i, label %general

columns_known.i:                                  ; preds = %untraced
  %2 = getelementptr inbounds i8, ptr %in, i64 8
  %site.i = load i32, ptr %2, align 4, !alias.scope !13, !noalias !16
  %3 = icmp ult i32 %site.i, 4
  br i1 %3, label %valid.i, label %general

valid.i:                                          ; preds = %columns_known.i
  %4 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm13.i = load i64, ptr %4, align 8, !alias.scope !13, !noalias !16
  %5 = icmp ult i64 %size_cm13.i, 4629137466983448577
  br i1 %5, label %valid1.i, label %general

valid1.i:                                         ; preds = %valid.i
  %6 = getelementptr inbounds i8, ptr %in, i64 24
  %rupture.i = load i32, ptr %6, align 4, !alias.scope !13, !noalias !16
  %switch.i = icmp ult i32 %rupture.i, 2
  br i1 %switch.i, label %valid2.i, label %general

valid2.i:                                         ; preds = %valid1.i
  %7 = getelementptr inbounds i8, ptr %in, i64 32
  %lines.i = load double, ptr %7, align 8, !alias.scope !13, !noalias !16
  %8 = fcmp oge double %lines.i, 0.000000e+00
  %9 = fcmp ole double %lines.i, 5.000000e+00
  %10 = and i1 %8, %9
  %11 = tail call double @llvm.floor.f64(double %lines.i)
  %12 = fcmp oeq double %lines.i, %11
  %13 = and i1 %10, %12
  br i1 %13, label %eval_direct.exit, label %general

eval_direct.exit:                                 ; preds = %valid2.i
  %14 = zext nneg i32 %site.i to i64
  %15 = getelementptr inbounds [4 x i8], ptr @class.risk.site, i64 0, i64 %14
  %16 = load i8, ptr %15, align 1, !noalias !18
  %class.site.i = zext i8 %16 to i32
  %17 = shl nuw nsw i32 %class.site.i, 2
  %18 = icmp ugt i64 %size_cm13.i, 4617315517961601024
  %19 = select i1 %18, i32 2, i32 0
  %20 = or disjoint i32 %17, %19
  %class.risk.i = or disjoint i32 %20, %rupture.i
  %21 = zext nneg i32 %class.risk.i to i64
  %22 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %21, i32 0, i64 0
  %23 = getelementptr inbounds i8, ptr %out, i64 20
  %24 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %21, i32 1
  %risk.i = load i32, ptr %24, align 8, !noalias !18
  store i32 %risk.i, ptr %out, align 4, !alias.scope !16, !noalias !13
  %25 = load <2 x i32>, ptr %22, align 8, !noalias !18
  store <2 x i32> %25, ptr %23, align 4, !alias.scope !16, !noalias !13
  %26 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %21, i32 2
  %pct.i = load double, ptr %26, align 8, !noalias !18
  %27 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct.i, ptr %27, align 8, !alias.scope !16, !noalias !13
  %28 = fcmp oge double %lines.i, 2.000000e+00
  %29 = zext i1 %28 to i64
  %30 = fcmp oge double %lines.i, 3.000000e+00
  %31 = zext i1 %30 to i64
  %class.lines.i = add nuw nsw i64 %29, %31
  %32 = shl nuw nsw i64 %class.lines.i, 1
  %33 = getelementptr inbounds [4 x i8], ptr @class.lines.site, i64 0, i64 %14
  %34 = load i8, ptr %33, align 1, !noalias !18
  %class.site9.i = zext i8 %34 to i64
  %class.lines10.i = add nuw nsw i64 %32, %class.site9.i
  %35 = getelementptr inbounds i8, ptr %out, i64 28
  store i32 1, ptr %35, align 4, !alias.scope !16, !noalias !13
  %36 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %class.lines10.i, i32 1
  %line.i = load i32, ptr %36, align 4, !noalias !18
  %37 = getelementptr inbounds i8, ptr %out, i64 16
  store i32 %line.i, ptr %37, align 4, !alias.scope !16, !noalias !13
  %38 = getelementptr inbounds i8, ptr %out, i64 80
  %39 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %14
  %40 = load i32, ptr %39, align 4, !noalias !18
  store i32 %40, ptr %38, align 4, !alias.scope !16, !noalias !13
  %41 = getelementptr inbounds i8, ptr %out, i64 88
  store i64 1, ptr %41, align 8, !alias.scope !16, !noalias !13
  br label %common.ret

common.ret:                                       ; preds = %eval_direct.exit, %general
  %common.ret.op = phi i32 [ %rc, %general ], [ 0, %eval_direct.exit ]
  ret i32 %common.ret.op

general:                                          ; preds = %untraced, %columns_known.i, %valid.i, %valid1.i, %valid2.i, %entry
  %rc = call fastcc i32 @evaluate(ptr %in, ptr nonnull %all, ptr %trace, ptr %memo)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(96) %out, ptr noundef nonnull align 8 dereferenceable(96) %all, i64 96, i1 false)
  br label %common.ret
}

define range(i32 0, 5) i32 @lookup_eval(ptr nocapture readonly %in, ptr nocapture writeonly %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @lookup_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #5 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known, align 1
  %.not = icmp eq i8 %4, 0
  br i1 %.not, label %endif, label %site

site:                                             ; preds = %entry
  store i64 1, ptr %1, align 8
  %5 = load i32, ptr %val, align 4
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %5, ptr %6, align 4
  br label %endif

endif:                                            ; preds = %site, %entry
  %7 = phi i64 [ 1, %site ], [ 0, %entry ]
  %8 = getelementptr inbounds i8, ptr %known, i64 1
  %9 = load i8, ptr %8, align 1
  %.not4 = icmp eq i8 %9, 0
  br i1 %.not4, label %endif1, label %size_cm

size_cm:                                          ; preds = %endif
  %10 = or disjoint i64 %7, 2
  store i64 %10, ptr %1, align 8
  %11 = getelementptr inbounds i8, ptr %val, i64 16
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds i8, ptr %1, i64 16
  store double %12, ptr %13, align 8
  br label %endif1

endif1:                                           ; preds = %size_cm, %endif
  %14 = phi i64 [ %10, %size_cm ], [ %7, %endif ]
  %15 = getelementptr inbounds i8, ptr %known, i64 2
  %16 = load i8, ptr %15, align 1
  %.not5 = icmp eq i8 %16, 0
  br i1 %.not5, label %endif2, label %rupture

rupture:                                          ; preds = %endif1
  %17 = or i64 %14, 4
  store i64 %17, ptr %1, align 8
  %18 = getelementptr inbounds i8, ptr %val, i64 32
  %19 = load i32, ptr %18, align 4
  %20 = getelementptr inbounds i8, ptr %1, i64 24
  store i32 %19, ptr %20, align 4
  br label %endif2

endif2:                                           ; preds = %rupture, %endif1
  %21 = phi i64 [ %17, %rupture ], [ %14, %endif1 ]
  %22 = getelementptr inbounds i8, ptr %known, i64 3
  %23 = load i8, ptr %22, align 1
  %.not6 = icmp eq i8 %23, 0
  br i1 %.not6, label %endif3, label %lines

lines:                                            ; preds = %endif2
  %24 = or i64 %21, 8
  store i64 %24, ptr %1, align 8
  %25 = getelementptr inbounds i8, ptr %val, i64 48
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %1, i64 32
  store double %26, ptr %27, align 8
  br label %endif3

endif3:                                           ; preds = %lines, %endif2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none)
define void @lookup_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #6 {
entry:
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %val = load ptr, ptr %3, align 8
  %4 = getelementptr inbounds i8, ptr %2, i64 24
  %known = load ptr, ptr %4, align 8
  %5 = getelementptr inbounds i8, ptr %2, i64 32
  %out = load ptr, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 40
  %asks = load ptr, ptr %6, align 8
  %7 = getelementptr inbounds i8, ptr %2, i64 48
  %possible = load ptr, ptr %7, align 8
  %8 = load i64, ptr %0, align 8
  %9 = trunc i64 %8 to i8
  %10 = and i8 %9, 1
  store i8 %10, ptr %known, align 1
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load i32, ptr %11, align 4
  store i32 %12, ptr %val, align 4
  %13 = load i64, ptr %0, align 8
  %14 = trunc i64 %13 to i8
  %15 = lshr i8 %14, 1
  %16 = and i8 %15, 1
  %17 = getelementptr inbounds i8, ptr %known, i64 1
  store i8 %16, ptr %17, align 1
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %val, i64 16
  store double %19, ptr %20, align 8
  %21 = load i64, ptr %0, align 8
  %22 = trunc i64 %21 to i8
  %23 = lshr i8 %22, 2
  %24 = and i8 %23, 1
  %25 = getelementptr inbounds i8, ptr %known, i64 2
  store i8 %24, ptr %25, align 1
  %26 = getelementptr inbounds i8, ptr %0, i64 24
  %27 = load i32, ptr %26, align 4
  %28 = getelementptr inbounds i8, ptr %val, i64 32
  store i32 %27, ptr %28, align 4
  %29 = load i64, ptr %0, align 8
  %30 = trunc i64 %29 to i8
  %31 = lshr i8 %30, 3
  %32 = and i8 %31, 1
  %33 = getelementptr inbounds i8, ptr %known, i64 3
  store i8 %32, ptr %33, align 1
  %34 = getelementptr inbounds i8, ptr %0, i64 32
  %35 = load double, ptr %34, align 8
  %36 = getelementptr inbounds i8, ptr %val, i64 48
  store double %35, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %1, i64 88
  %38 = load i64, ptr %37, align 8
  %39 = trunc i64 %38 to i8
  %40 = and i8 %39, 1
  %41 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %40, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %1, i64 80
  %43 = load i32, ptr %42, align 4
  %44 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %43, ptr %44, align 4
  %45 = getelementptr inbounds i8, ptr %1, i64 20
  %46 = load i32, ptr %45, align 4
  store i32 %46, ptr %out, align 4
  %47 = load i32, ptr %1, align 4
  %48 = getelementptr inbounds i8, ptr %val, i64 80
  store i32 %47, ptr %48, align 4
  %state = load i8, ptr %45, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 22
  %50 = load i8, ptr %49, align 1
  %51 = icmp eq i8 %state, 1
  %52 = icmp eq i8 %50, 0
  %53 = and i1 %51, %52
  %54 = zext i1 %53 to i8
  %55 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %1, i64 21
  %how = load i8, ptr %56, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %57 = getelementptr inbounds i8, ptr %1, i64 32
  %58 = load i64, ptr %57, align 8
  store i64 %58, ptr %asks, align 8
  %59 = getelementptr inbounds i8, ptr %1, i64 56
  %60 = load i64, ptr %59, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %60, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  %61 = getelementptr inbounds i8, ptr %1, i64 24
  %62 = getelementptr inbounds i8, ptr %out, i64 4
  %63 = load i32, ptr %61, align 4
  store i32 %63, ptr %62, align 4
  %64 = getelementptr inbounds i8, ptr %1, i64 8
  %65 = load double, ptr %64, align 8
  %66 = getelementptr inbounds i8, ptr %val, i64 96
  store double %65, ptr %66, align 8
  %state1 = load i8, ptr %61, align 1
  %67 = getelementptr inbounds i8, ptr %1, i64 26
  %68 = load i8, ptr %67, align 1
  %69 = icmp eq i8 %state1, 1
  %70 = icmp eq i8 %68, 0
  %71 = and i1 %69, %70
  %72 = zext i1 %71 to i8
  %73 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %72, ptr %73, align 1
  %74 = getelementptr inbounds i8, ptr %asks, i64 8
  %75 = getelementptr inbounds i8, ptr %possible, i64 8
  %76 = getelementptr inbounds i8, ptr %1, i64 25
  %how2 = load i8, ptr %76, align 1
  %.not11 = icmp eq i8 %how2, 0
  br i1 %.not11, label %direct4, label %walked3

walked3:                                          ; preds = %next
  %77 = getelementptr inbounds i8, ptr %1, i64 40
  %78 = load i64, ptr %77, align 8
  store i64 %78, ptr %74, align 8
  %79 = getelementptr inbounds i8, ptr %1, i64 64
  %80 = load i64, ptr %79, align 8
  br label %next5

direct4:                                          ; preds = %next
  store i64 0, ptr %74, align 8
  br label %next5

next5:                                            ; preds = %direct4, %walked3
  %storemerge12 = phi i64 [ %80, %walked3 ], [ 0, %direct4 ]
  store i64 %storemerge12, ptr %75, align 8
  %81 = getelementptr inbounds i8, ptr %1, i64 28
  %82 = getelementptr inbounds i8, ptr %out, i64 8
  %83 = load i32, ptr %81, align 4
  store i32 %83, ptr %82, align 4
  %84 = getelementptr inbounds i8, ptr %1, i64 16
  %85 = load i32, ptr %84, align 4
  %86 = getelementptr inbounds i8, ptr %val, i64 112
  store i32 %85, ptr %86, align 4
  %state6 = load i8, ptr %81, align 1
  %87 = getelementptr inbounds i8, ptr %1, i64 30
  %88 = load i8, ptr %87, align 1
  %89 = icmp eq i8 %state6, 1
  %90 = icmp eq i8 %88, 0
  %91 = and i1 %89, %90
  %92 = zext i1 %91 to i8
  %93 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %92, ptr %93, align 1
  %94 = getelementptr inbounds i8, ptr %asks, i64 16
  %95 = getelementptr inbounds i8, ptr %1, i64 29
  %how7 = load i8, ptr %95, align 1
  %.not13 = icmp eq i8 %how7, 0
  br i1 %.not13, label %direct9, label %walked8

walked8:                                          ; preds = %next5
  %96 = getelementptr inbounds i8, ptr %1, i64 48
  %97 = load i64, ptr %96, align 8
  store i64 %97, ptr %94, align 8
  %98 = getelementptr inbounds i8, ptr %1, i64 72
  %99 = load i64, ptr %98, align 8
  br label %next10

direct9:                                          ; preds = %next5
  store i64 0, ptr %94, align 8
  br label %next10

next10:                                           ; preds = %direct9, %walked8
  %storemerge14 = phi i64 [ %99, %walked8 ], [ 0, %direct9 ]
  %100 = getelementptr inbounds i8, ptr %possible, i64 16
  store i64 %storemerge14, ptr %100, align 8
  ret void
}

define range(i32 0, 5) i32 @lookup_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %lookup_output, align 8
  %in = alloca %lookup_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %in, i8 0, i64 40, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %4, 0
  br i1 %.not.i, label %endif.i, label %site.i

site.i:                                           ; preds = %entry
  store i64 1, ptr %in, align 8
  %5 = load i32, ptr %val.i, align 4
  %6 = getelementptr inbounds i8, ptr %in, i64 8
  store i32 %5, ptr %6, align 8
  br label %endif.i

endif.i:                                          ; preds = %site.i, %entry
  %7 = phi i64 [ 1, %site.i ], [ 0, %entry ]
  %8 = getelementptr inbounds i8, ptr %known.i, i64 1
  %9 = load i8, ptr %8, align 1
  %.not4.i = icmp eq i8 %9, 0
  br i1 %.not4.i, label %endif1.i, label %size_cm.i

size_cm.i:                                        ; preds = %endif.i
  %10 = or disjoint i64 %7, 2
  store i64 %10, ptr %in, align 8
  %11 = getelementptr inbounds i8, ptr %val.i, i64 16
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds i8, ptr %in, i64 16
  store double %12, ptr %13, align 8
  br label %endif1.i

endif1.i:                                         ; preds = %size_cm.i, %endif.i
  %14 = phi i64 [ %10, %size_cm.i ], [ %7, %endif.i ]
  %15 = getelementptr inbounds i8, ptr %known.i, i64 2
  %16 = load i8, ptr %15, align 1
  %.not5.i = icmp eq i8 %16, 0
  br i1 %.not5.i, label %endif2.i, label %rupture.i

rupture.i:                                        ; preds = %endif1.i
  %17 = or i64 %14, 4
  store i64 %17, ptr %in, align 8
  %18 = getelementptr inbounds i8, ptr %val.i, i64 32
  %19 = load i32, ptr %18, align 4
  %20 = getelementptr inbounds i8, ptr %in, i64 24
  store i32 %19, ptr %20, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %rupture.i, %endif1.i
  %21 = phi i64 [ %17, %rupture.i ], [ %14, %endif1.i ]
  %22 = getelementptr inbounds i8, ptr %known.i, i64 3
  %23 = load i8, ptr %22, align 1
  %.not6.i = icmp eq i8 %23, 0
  br i1 %.not6.i, label %lookup_from_frame.exit, label %lines.i

lines.i:                                          ; preds = %endif2.i
  %24 = or i64 %21, 8
  store i64 %24, ptr %in, align 8
  %25 = getelementptr inbounds i8, ptr %val.i, i64 48
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %in, i64 32
  store double %26, ptr %27, align 8
  br label %lookup_from_frame.exit

lookup_from_frame.exit:                           ; preds = %endif2.i, %lines.i
  %28 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %28, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  call void @lookup_to_frame(ptr nonnull %in, ptr nonnull %out, ptr nonnull %0)
  ret i32 %rc
}

define i64 @lookup_eval_many(i64 %n, ptr nocapture readonly %in, ptr nocapture writeonly %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %lookup_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %lookup_output, ptr %out, i64 %i.05
  %rc = tail call fastcc i32 @eval_with(ptr %1, ptr %2, ptr null, ptr null)
  %3 = icmp ne i32 %rc, 0
  %4 = zext i1 %3 to i64
  %5 = add i64 %bad.06, %4
  %6 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %6, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %body, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %5, %body ]
  ret i64 %bad.0.lcssa
}

define internal fastcc range(i32 0, 5) i32 @column_row(ptr nocapture readonly %c, i64 %i) unnamed_addr {
entry:
  %out = alloca %lookup_output, align 8
  %in = alloca %lookup_input, align 8
  %0 = getelementptr inbounds i8, ptr %in, i64 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %0, i8 0, i64 32, i1 false)
  %1 = getelementptr inbounds i8, ptr %c, i64 32
  %known = load ptr, ptr %1, align 8
  %.not = icmp eq ptr %known, null
  %2 = getelementptr inbounds i64, ptr %known, i64 %i
  %3 = select i1 %.not, ptr @all_known, ptr %2
  %known1 = load i64, ptr %3, align 8
  %site = load ptr, ptr %c, align 8
  %4 = trunc i64 %known1 to i1
  %5 = icmp ne ptr %site, null
  %6 = and i1 %5, %4
  br i1 %6, label %site2, label %endif

site2:                                            ; preds = %entry
  %7 = getelementptr inbounds i32, ptr %site, i64 %i
  %8 = load i32, ptr %7, align 4
  %9 = getelementptr inbounds i8, ptr %in, i64 8
  store i32 %8, ptr %9, align 8
  br label %endif

endif:                                            ; preds = %site2, %entry
  %10 = phi i64 [ -1, %site2 ], [ -2, %entry ]
  %11 = getelementptr inbounds i8, ptr %c, i64 8
  %size_cm = load ptr, ptr %11, align 8
  %12 = and i64 %known1, 2
  %13 = icmp ne i64 %12, 0
  %14 = icmp ne ptr %size_cm, null
  %15 = and i1 %13, %14
  br i1 %15, label %size_cm3, label %endif4

size_cm3:                                         ; preds = %endif
  %16 = getelementptr inbounds double, ptr %size_cm, i64 %i
  %17 = load double, ptr %16, align 8
  %18 = getelementptr inbounds i8, ptr %in, i64 16
  store double %17, ptr %18, align 8
  br label %endif4

endif4:                                           ; preds = %size_cm3, %endif
  %19 = phi i64 [ -1, %size_cm3 ], [ -3, %endif ]
  %20 = getelementptr inbounds i8, ptr %c, i64 16
  %rupture = load ptr, ptr %20, align 8
  %21 = and i64 %known1, 4
  %22 = icmp ne i64 %21, 0
  %23 = icmp ne ptr %rupture, null
  %24 = and i1 %22, %23
  br i1 %24, label %rupture5, label %endif6

rupture5:                                         ; preds = %endif4
  %25 = getelementptr inbounds i32, ptr %rupture, i64 %i
  %26 = load i32, ptr %25, align 4
  %27 = getelementptr inbounds i8, ptr %in, i64 24
  store i32 %26, ptr %27, align 8
  br label %endif6

endif6:                                           ; preds = %rupture5, %endif4
  %28 = phi i64 [ -1, %rupture5 ], [ -5, %endif4 ]
  %29 = getelementptr inbounds i8, ptr %c, i64 24
  %lines = load ptr, ptr %29, align 8
  %30 = and i64 %known1, 8
  %31 = icmp ne i64 %30, 0
  %32 = icmp ne ptr %lines, null
  %33 = and i1 %31, %32
  br i1 %33, label %lines7, label %endif8

lines7:                                           ; preds = %endif6
  %34 = getelementptr inbounds double, ptr %lines, i64 %i
  %35 = load double, ptr %34, align 8
  %36 = getelementptr inbounds i8, ptr %in, i64 32
  store double %35, ptr %36, align 8
  br label %endif8

endif8:                                           ; preds = %lines7, %endif6
  %37 = phi i64 [ -1, %lines7 ], [ -9, %endif6 ]
  %38 = and i64 %known1, 15
  %39 = and i64 %38, %10
  %40 = and i64 %39, %19
  %41 = and i64 %40, %28
  %42 = and i64 %41, %37
  store i64 %42, ptr %in, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr null, ptr null)
  %43 = getelementptr inbounds i8, ptr %c, i64 88
  %asks = load ptr, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %c, i64 96
  %possible = load ptr, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %c, i64 40
  %risk = load ptr, ptr %45, align 8
  %.not50 = icmp eq ptr %risk, null
  br i1 %.not50, label %endif9, label %value

value:                                            ; preds = %endif8
  %46 = load i32, ptr %out, align 8
  %47 = getelementptr inbounds i32, ptr %risk, i64 %i
  store i32 %46, ptr %47, align 4
  br label %endif9

endif9:                                           ; preds = %value, %endif8
  %48 = getelementptr inbounds i8, ptr %c, i64 64
  %states = load ptr, ptr %48, align 8
  %.not51 = icmp eq ptr %states, null
  br i1 %.not51, label %endif9.endif10_crit_edge, label %state

endif9.endif10_crit_edge:                         ; preds = %endif9
  %.phi.trans.insert = getelementptr inbounds i8, ptr %out, i64 21
  %how12.pre = load i8, ptr %.phi.trans.insert, align 1
  br label %endif10

state:                                            ; preds = %endif9
  %49 = getelementptr inbounds i8, ptr %out, i64 20
  %state11 = load i8, ptr %49, align 4
  %50 = getelementptr inbounds i8, ptr %out, i64 21
  %how = load i8, ptr %50, align 1
  %51 = getelementptr inbounds i8, ptr %out, i64 22
  %is_null = load i8, ptr %51, align 2
  %52 = and i8 %state11, 3
  %53 = shl i8 %how, 2
  %54 = and i8 %53, 12
  %55 = or disjoint i8 %54, %52
  %56 = shl i8 %is_null, 4
  %57 = and i8 %56, 16
  %58 = or disjoint i8 %55, %57
  %59 = getelementptr inbounds i8, ptr %states, i64 %i
  store i8 %58, ptr %59, align 1
  br label %endif10

endif10:                                          ; preds = %endif9.endif10_crit_edge, %state
  %how12 = phi i8 [ %how12.pre, %endif9.endif10_crit_edge ], [ %how, %state ]
  %.not52 = icmp eq i8 %how12, 0
  br i1 %.not52, label %endif13, label %walked

walked:                                           ; preds = %endif10
  %.not53 = icmp eq ptr %asks, null
  br i1 %.not53, label %endif15, label %asks14

endif13:                                          ; preds = %endif15, %possible16, %endif10
  %60 = getelementptr inbounds i8, ptr %c, i64 48
  %pct = load ptr, ptr %60, align 8
  %.not56 = icmp eq ptr %pct, null
  br i1 %.not56, label %endif19, label %value18

asks14:                                           ; preds = %walked
  %.idx = mul i64 %i, 24
  %61 = getelementptr inbounds i8, ptr %asks, i64 %.idx
  %62 = getelementptr inbounds i8, ptr %out, i64 32
  %63 = load i64, ptr %62, align 8
  store i64 %63, ptr %61, align 8
  br label %endif15

endif15:                                          ; preds = %asks14, %walked
  %.not54 = icmp eq ptr %possible, null
  br i1 %.not54, label %endif13, label %possible16

possible16:                                       ; preds = %endif15
  %.idx55 = mul i64 %i, 24
  %64 = getelementptr inbounds i8, ptr %possible, i64 %.idx55
  %65 = getelementptr inbounds i8, ptr %out, i64 56
  %66 = load i64, ptr %65, align 8
  store i64 %66, ptr %64, align 8
  br label %endif13

value18:                                          ; preds = %endif13
  %67 = getelementptr inbounds i8, ptr %out, i64 8
  %68 = load double, ptr %67, align 8
  %69 = getelementptr inbounds double, ptr %pct, i64 %i
  store double %68, ptr %69, align 8
  br label %endif19

endif19:                                          ; preds = %value18, %endif13
  %70 = getelementptr inbounds i8, ptr %c, i64 72
  %states20 = load ptr, ptr %70, align 8
  %.not57 = icmp eq ptr %states20, null
  br i1 %.not57, label %endif19.endif22_crit_edge, label %state21

endif19.endif22_crit_edge:                        ; preds = %endif19
  %.phi.trans.insert72 = getelementptr inbounds i8, ptr %out, i64 25
  %how26.pre = load i8, ptr %.phi.trans.insert72, align 1
  br label %endif22

state21:                                          ; preds = %endif19
  %71 = getelementptr inbounds i8, ptr %out, i64 24
  %state23 = load i8, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %out, i64 25
  %how24 = load i8, ptr %72, align 1
  %73 = getelementptr inbounds i8, ptr %out, i64 26
  %is_null25 = load i8, ptr %73, align 2
  %74 = and i8 %state23, 3
  %75 = shl i8 %how24, 2
  %76 = and i8 %75, 12
  %77 = or disjoint i8 %76, %74
  %78 = shl i8 %is_null25, 4
  %79 = and i8 %78, 16
  %80 = or disjoint i8 %77, %79
  %81 = getelementptr inbounds i8, ptr %states20, i64 %i
  store i8 %80, ptr %81, align 1
  br label %endif22

endif22:                                          ; preds = %endif19.endif22_crit_edge, %state21
  %how26 = phi i8 [ %how26.pre, %endif19.endif22_crit_edge ], [ %how24, %state21 ]
  %.not58 = icmp eq i8 %how26, 0
  br i1 %.not58, label %endif28, label %walked27

walked27:                                         ; preds = %endif22
  %.not59 = icmp eq ptr %asks, null
  br i1 %.not59, label %endif30, label %asks29

endif28:                                          ; preds = %endif30, %possible31, %endif22
  %82 = getelementptr inbounds i8, ptr %c, i64 56
  %line = load ptr, ptr %82, align 8
  %.not63 = icmp eq ptr %line, null
  br i1 %.not63, label %endif34, label %value33

asks29:                                           ; preds = %walked27
  %.idx60 = mul i64 %i, 24
  %83 = getelementptr i8, ptr %asks, i64 %.idx60
  %84 = getelementptr i8, ptr %83, i64 8
  %85 = getelementptr inbounds i8, ptr %out, i64 40
  %86 = load i64, ptr %85, align 8
  store i64 %86, ptr %84, align 8
  br label %endif30

endif30:                                          ; preds = %asks29, %walked27
  %.not61 = icmp eq ptr %possible, null
  br i1 %.not61, label %endif28, label %possible31

possible31:                                       ; preds = %endif30
  %.idx62 = mul i64 %i, 24
  %87 = getelementptr i8, ptr %possible, i64 %.idx62
  %88 = getelementptr i8, ptr %87, i64 8
  %89 = getelementptr inbounds i8, ptr %out, i64 64
  %90 = load i64, ptr %89, align 8
  store i64 %90, ptr %88, align 8
  br label %endif28

value33:                                          ; preds = %endif28
  %91 = getelementptr inbounds i8, ptr %out, i64 16
  %92 = load i32, ptr %91, align 8
  %93 = getelementptr inbounds i32, ptr %line, i64 %i
  store i32 %92, ptr %93, align 4
  br label %endif34

endif34:                                          ; preds = %value33, %endif28
  %94 = getelementptr inbounds i8, ptr %c, i64 80
  %states35 = load ptr, ptr %94, align 8
  %.not64 = icmp eq ptr %states35, null
  br i1 %.not64, label %endif34.endif37_crit_edge, label %state36

endif34.endif37_crit_edge:                        ; preds = %endif34
  %.phi.trans.insert74 = getelementptr inbounds i8, ptr %out, i64 29
  %how41.pre = load i8, ptr %.phi.trans.insert74, align 1
  br label %endif37

state36:                                          ; preds = %endif34
  %95 = getelementptr inbounds i8, ptr %out, i64 28
  %state38 = load i8, ptr %95, align 4
  %96 = getelementptr inbounds i8, ptr %out, i64 29
  %how39 = load i8, ptr %96, align 1
  %97 = getelementptr inbounds i8, ptr %out, i64 30
  %is_null40 = load i8, ptr %97, align 2
  %98 = and i8 %state38, 3
  %99 = shl i8 %how39, 2
  %100 = and i8 %99, 12
  %101 = or disjoint i8 %100, %98
  %102 = shl i8 %is_null40, 4
  %103 = and i8 %102, 16
  %104 = or disjoint i8 %101, %103
  %105 = getelementptr inbounds i8, ptr %states35, i64 %i
  store i8 %104, ptr %105, align 1
  br label %endif37

endif37:                                          ; preds = %endif34.endif37_crit_edge, %state36
  %how41 = phi i8 [ %how41.pre, %endif34.endif37_crit_edge ], [ %how39, %state36 ]
  %.not65 = icmp eq i8 %how41, 0
  br i1 %.not65, label %endif43, label %walked42

walked42:                                         ; preds = %endif37
  %.not66 = icmp eq ptr %asks, null
  br i1 %.not66, label %endif45, label %asks44

endif43:                                          ; preds = %endif45, %possible46, %endif37
  %106 = getelementptr inbounds i8, ptr %c, i64 104
  %rcs = load ptr, ptr %106, align 8
  %.not70 = icmp eq ptr %rcs, null
  br i1 %.not70, label %endif49, label %rc48

asks44:                                           ; preds = %walked42
  %.idx67 = mul i64 %i, 24
  %107 = getelementptr i8, ptr %asks, i64 %.idx67
  %108 = getelementptr i8, ptr %107, i64 16
  %109 = getelementptr inbounds i8, ptr %out, i64 48
  %110 = load i64, ptr %109, align 8
  store i64 %110, ptr %108, align 8
  br label %endif45

endif45:                                          ; preds = %asks44, %walked42
  %.not68 = icmp eq ptr %possible, null
  br i1 %.not68, label %endif43, label %possible46

possible46:                                       ; preds = %endif45
  %.idx69 = mul i64 %i, 24
  %111 = getelementptr i8, ptr %possible, i64 %.idx69
  %112 = getelementptr i8, ptr %111, i64 16
  %113 = getelementptr inbounds i8, ptr %out, i64 72
  %114 = load i64, ptr %113, align 8
  store i64 %114, ptr %112, align 8
  br label %endif43

rc48:                                             ; preds = %endif43
  %115 = getelementptr inbounds i32, ptr %rcs, i64 %i
  store i32 %rc, ptr %115, align 4
  br label %endif49

endif49:                                          ; preds = %rc48, %endif43
  ret i32 %rc
}

define i64 @lookup_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %slow.i = alloca [256 x i8], align 1
  %cls.lines.i = alloca [256 x i32], align 4
  %cls.risk.i = alloca [256 x i32], align 4
  %0 = getelementptr inbounds i8, ptr %c, i64 8
  %1 = getelementptr inbounds i8, ptr %c, i64 16
  %2 = getelementptr inbounds i8, ptr %c, i64 24
  %3 = load <4 x ptr>, ptr %c, align 8
  %4 = icmp eq <4 x ptr> %3, zeroinitializer
  %5 = bitcast <4 x i1> %4 to i4
  %6 = icmp eq i4 %5, 0
  br i1 %6, label %blocks, label %loop3.preheader

loop3.preheader:                                  ; preds = %entry
  %7 = icmp sgt i64 %n, 0
  br i1 %7, label %body4, label %common.ret

blocks:                                           ; preds = %entry
  %8 = add i64 %n, 255
  %nblocks15 = lshr i64 %8, 8
  %.not31 = icmp ult i64 %8, 256
  br i1 %.not31, label %common.ret, label %body.lr.ph

body.lr.ph:                                       ; preds = %blocks
  %9 = getelementptr inbounds i8, ptr %c, i64 32
  %10 = getelementptr inbounds i8, ptr %c, i64 40
  %11 = getelementptr inbounds i8, ptr %c, i64 64
  %12 = getelementptr inbounds i8, ptr %c, i64 48
  %13 = getelementptr inbounds i8, ptr %c, i64 72
  %14 = getelementptr inbounds i8, ptr %c, i64 56
  %15 = getelementptr inbounds i8, ptr %c, i64 80
  %16 = getelementptr inbounds i8, ptr %c, i64 104
  br label %body

body:                                             ; preds = %body.lr.ph, %columns_block.exit
  %bad.029 = phi i64 [ 0, %body.lr.ph ], [ %541, %columns_block.exit ]
  %i.028 = phi i64 [ 0, %body.lr.ph ], [ %542, %columns_block.exit ]
  %17 = shl i64 %i.028, 8
  %18 = sub i64 %n, %17
  %umin138 = tail call i64 @llvm.umin.i64(i64 %18, i64 256)
  %19 = shl i64 %i.028, 8
  %20 = sub i64 %n, %19
  %umin132 = tail call i64 @llvm.umin.i64(i64 %20, i64 256)
  %21 = add nsw i64 %umin132, -1
  %22 = shl i64 %i.028, 8
  %23 = sub i64 %n, %22
  %umin126 = tail call i64 @llvm.umin.i64(i64 %23, i64 256)
  %24 = shl i64 %i.028, 8
  %25 = sub i64 %n, %24
  %umin120 = tail call i64 @llvm.umin.i64(i64 %25, i64 256)
  %26 = add nsw i64 %umin120, -1
  %27 = shl i64 %i.028, 8
  %28 = sub i64 %n, %27
  %umin114 = tail call i64 @llvm.umin.i64(i64 %28, i64 256)
  %29 = add nsw i64 %umin114, -1
  %30 = shl i64 %i.028, 8
  %31 = sub i64 %n, %30
  %umin108 = tail call i64 @llvm.umin.i64(i64 %31, i64 256)
  %32 = shl i64 %i.028, 8
  %33 = sub i64 %n, %32
  %umin102 = tail call i64 @llvm.umin.i64(i64 %33, i64 256)
  %34 = add nsw i64 %umin102, -1
  %35 = shl i64 %i.028, 8
  %36 = sub i64 %n, %35
  %umin101 = tail call i64 @llvm.umin.i64(i64 %36, i64 256)
  %37 = add nsw i64 %umin101, -1
  %38 = shl i64 %i.028, 8
  %39 = sub i64 %n, %38
  %umin62 = tail call i64 @llvm.umin.i64(i64 %39, i64 256)
  %40 = shl i64 %i.028, 8
  %41 = sub i64 %n, %40
  %umin = tail call i64 @llvm.umin.i64(i64 %41, i64 256)
  %base = shl i64 %i.028, 8
  %42 = sub i64 %n, %base
  %43 = tail call i64 @llvm.umin.i64(i64 %42, i64 256)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %slow.i)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %cls.lines.i)
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %cls.risk.i)
  %site.i = load ptr, ptr %c, align 8
  %44 = getelementptr inbounds i32, ptr %site.i, i64 %base
  %size_cm.i = load ptr, ptr %0, align 8
  %45 = getelementptr inbounds double, ptr %size_cm.i, i64 %base
  %rupture.i = load ptr, ptr %1, align 8
  %46 = getelementptr inbounds i32, ptr %rupture.i, i64 %base
  %lines.i = load ptr, ptr %2, align 8
  %47 = getelementptr inbounds double, ptr %lines.i, i64 %base
  %known.i = load ptr, ptr %9, align 8
  %.not.i = icmp eq ptr %known.i, null
  br i1 %.not.i, label %no_masks.i, label %masks.i

masks.i:                                          ; preds = %body
  %48 = getelementptr inbounds i64, ptr %known.i, i64 %base
  tail call void @llvm.experimental.noalias.scope.decl(metadata !19)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !22)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !24)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !26)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !28)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !30)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !32)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !34)
  %.not = icmp eq i64 %base, %n
  br i1 %.not, label %rows.i, label %body.i.i.preheader

body.i.i.preheader:                               ; preds = %masks.i
  %min.iters.check65 = icmp ult i64 %39, 4
  br i1 %min.iters.check65, label %body.i.i.preheader91, label %vector.ph66

vector.ph66:                                      ; preds = %body.i.i.preheader
  %n.vec68 = and i64 %umin62, 508
  br label %vector.body70

vector.body70:                                    ; preds = %vector.body70, %vector.ph66
  %index71 = phi i64 [ 0, %vector.ph66 ], [ %index.next84, %vector.body70 ]
  %vec.phi72 = phi <2 x i64> [ zeroinitializer, %vector.ph66 ], [ %149, %vector.body70 ]
  %vec.phi73 = phi <2 x i64> [ zeroinitializer, %vector.ph66 ], [ %150, %vector.body70 ]
  %49 = getelementptr inbounds i32, ptr %44, i64 %index71
  %50 = getelementptr inbounds i8, ptr %49, i64 8
  %wide.load74 = load <2 x i32>, ptr %49, align 4, !alias.scope !19, !noalias !36
  %wide.load75 = load <2 x i32>, ptr %50, align 4, !alias.scope !19, !noalias !36
  %51 = getelementptr inbounds double, ptr %45, i64 %index71
  %52 = getelementptr inbounds i8, ptr %51, i64 16
  %wide.load76 = load <2 x double>, ptr %51, align 8, !alias.scope !22, !noalias !37
  %wide.load77 = load <2 x double>, ptr %52, align 8, !alias.scope !22, !noalias !37
  %53 = getelementptr inbounds i32, ptr %46, i64 %index71
  %54 = getelementptr inbounds i8, ptr %53, i64 8
  %wide.load78 = load <2 x i32>, ptr %53, align 4, !alias.scope !24, !noalias !38
  %wide.load79 = load <2 x i32>, ptr %54, align 4, !alias.scope !24, !noalias !38
  %55 = getelementptr inbounds double, ptr %47, i64 %index71
  %56 = getelementptr inbounds i8, ptr %55, i64 16
  %wide.load80 = load <2 x double>, ptr %55, align 8, !alias.scope !26, !noalias !39
  %wide.load81 = load <2 x double>, ptr %56, align 8, !alias.scope !26, !noalias !39
  %57 = getelementptr inbounds i64, ptr %48, i64 %index71
  %58 = getelementptr inbounds i8, ptr %57, i64 16
  %wide.load82 = load <2 x i64>, ptr %57, align 8, !alias.scope !28, !noalias !40
  %wide.load83 = load <2 x i64>, ptr %58, align 8, !alias.scope !28, !noalias !40
  %59 = and <2 x i64> %wide.load82, <i64 15, i64 15>
  %60 = and <2 x i64> %wide.load83, <i64 15, i64 15>
  %61 = icmp ne <2 x i64> %59, <i64 15, i64 15>
  %62 = icmp ne <2 x i64> %60, <i64 15, i64 15>
  %63 = icmp ugt <2 x i32> %wide.load74, <i32 3, i32 3>
  %64 = icmp ugt <2 x i32> %wide.load75, <i32 3, i32 3>
  %65 = or <2 x i1> %63, %61
  %66 = or <2 x i1> %64, %62
  %67 = fcmp ult <2 x double> %wide.load76, zeroinitializer
  %68 = fcmp ult <2 x double> %wide.load77, zeroinitializer
  %69 = fcmp ugt <2 x double> %wide.load76, <double 3.000000e+01, double 3.000000e+01>
  %70 = fcmp ugt <2 x double> %wide.load77, <double 3.000000e+01, double 3.000000e+01>
  %71 = or <2 x i1> %67, %69
  %72 = or <2 x i1> %68, %70
  %73 = or <2 x i1> %71, %65
  %74 = or <2 x i1> %72, %66
  %75 = icmp ugt <2 x i32> %wide.load78, <i32 1, i32 1>
  %76 = icmp ugt <2 x i32> %wide.load79, <i32 1, i32 1>
  %77 = or <2 x i1> %75, %73
  %78 = or <2 x i1> %76, %74
  %79 = fcmp ult <2 x double> %wide.load80, zeroinitializer
  %80 = fcmp ult <2 x double> %wide.load81, zeroinitializer
  %81 = fcmp ugt <2 x double> %wide.load80, <double 5.000000e+00, double 5.000000e+00>
  %82 = fcmp ugt <2 x double> %wide.load81, <double 5.000000e+00, double 5.000000e+00>
  %83 = or <2 x i1> %79, %81
  %84 = or <2 x i1> %80, %82
  %85 = tail call <2 x double> @llvm.floor.v2f64(<2 x double> %wide.load80)
  %86 = tail call <2 x double> @llvm.floor.v2f64(<2 x double> %wide.load81)
  %87 = fcmp une <2 x double> %wide.load80, %85
  %88 = fcmp une <2 x double> %wide.load81, %86
  %89 = or <2 x i1> %83, %87
  %90 = or <2 x i1> %84, %88
  %91 = or <2 x i1> %89, %77
  %92 = or <2 x i1> %90, %78
  %93 = zext <2 x i32> %wide.load74 to <2 x i64>
  %94 = zext <2 x i32> %wide.load75 to <2 x i64>
  %95 = select <2 x i1> %91, <2 x i64> zeroinitializer, <2 x i64> %93
  %96 = select <2 x i1> %92, <2 x i64> zeroinitializer, <2 x i64> %94
  %97 = shl nuw nsw <2 x i64> %95, <i64 1, i64 1>
  %98 = shl nuw nsw <2 x i64> %96, <i64 1, i64 1>
  %99 = lshr <2 x i64> <i64 148, i64 148>, %97
  %100 = lshr <2 x i64> <i64 148, i64 148>, %98
  %101 = trunc nuw nsw <2 x i64> %99 to <2 x i32>
  %102 = trunc nuw nsw <2 x i64> %100 to <2 x i32>
  %103 = shl nuw nsw <2 x i32> %101, <i32 2, i32 2>
  %104 = shl nuw nsw <2 x i32> %102, <i32 2, i32 2>
  %105 = and <2 x i32> %103, <i32 12, i32 12>
  %106 = and <2 x i32> %104, <i32 12, i32 12>
  %107 = fcmp ogt <2 x double> %wide.load76, <double 5.000000e+00, double 5.000000e+00>
  %108 = fcmp ogt <2 x double> %wide.load77, <double 5.000000e+00, double 5.000000e+00>
  %109 = select <2 x i1> %107, <2 x i32> <i32 2, i32 2>, <2 x i32> zeroinitializer
  %110 = select <2 x i1> %108, <2 x i32> <i32 2, i32 2>, <2 x i32> zeroinitializer
  %111 = add <2 x i32> %109, %wide.load78
  %112 = add <2 x i32> %110, %wide.load79
  %113 = add <2 x i32> %111, %105
  %114 = add <2 x i32> %112, %106
  %115 = select <2 x i1> %91, <2 x i32> zeroinitializer, <2 x i32> %113
  %116 = select <2 x i1> %92, <2 x i32> zeroinitializer, <2 x i32> %114
  %117 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %index71
  %118 = getelementptr inbounds i8, ptr %117, i64 8
  store <2 x i32> %115, ptr %117, align 4, !alias.scope !30, !noalias !41
  store <2 x i32> %116, ptr %118, align 4, !alias.scope !30, !noalias !41
  %119 = fcmp oge <2 x double> %wide.load80, <double 2.000000e+00, double 2.000000e+00>
  %120 = fcmp oge <2 x double> %wide.load81, <double 2.000000e+00, double 2.000000e+00>
  %121 = zext <2 x i1> %119 to <2 x i32>
  %122 = zext <2 x i1> %120 to <2 x i32>
  %123 = fcmp oge <2 x double> %wide.load80, <double 3.000000e+00, double 3.000000e+00>
  %124 = fcmp oge <2 x double> %wide.load81, <double 3.000000e+00, double 3.000000e+00>
  %125 = zext <2 x i1> %123 to <2 x i32>
  %126 = zext <2 x i1> %124 to <2 x i32>
  %127 = add nuw nsw <2 x i32> %121, %125
  %128 = add nuw nsw <2 x i32> %122, %126
  %129 = shl nuw nsw <2 x i32> %127, <i32 1, i32 1>
  %130 = shl nuw nsw <2 x i32> %128, <i32 1, i32 1>
  %131 = lshr <2 x i64> <i64 12, i64 12>, %95
  %132 = lshr <2 x i64> <i64 12, i64 12>, %96
  %133 = trunc nuw nsw <2 x i64> %131 to <2 x i32>
  %134 = trunc nuw nsw <2 x i64> %132 to <2 x i32>
  %135 = and <2 x i32> %133, <i32 1, i32 1>
  %136 = and <2 x i32> %134, <i32 1, i32 1>
  %137 = or disjoint <2 x i32> %135, %129
  %138 = or disjoint <2 x i32> %136, %130
  %139 = select <2 x i1> %91, <2 x i32> zeroinitializer, <2 x i32> %137
  %140 = select <2 x i1> %92, <2 x i32> zeroinitializer, <2 x i32> %138
  %141 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %index71
  %142 = getelementptr inbounds i8, ptr %141, i64 8
  store <2 x i32> %139, ptr %141, align 4, !alias.scope !32, !noalias !42
  store <2 x i32> %140, ptr %142, align 4, !alias.scope !32, !noalias !42
  %143 = zext <2 x i1> %91 to <2 x i8>
  %144 = zext <2 x i1> %92 to <2 x i8>
  %145 = getelementptr inbounds i8, ptr %slow.i, i64 %index71
  %146 = getelementptr inbounds i8, ptr %145, i64 2
  store <2 x i8> %143, ptr %145, align 1, !alias.scope !34, !noalias !43
  store <2 x i8> %144, ptr %146, align 1, !alias.scope !34, !noalias !43
  %147 = zext <2 x i1> %91 to <2 x i64>
  %148 = zext <2 x i1> %92 to <2 x i64>
  %149 = add <2 x i64> %vec.phi72, %147
  %150 = add <2 x i64> %vec.phi73, %148
  %index.next84 = add nuw i64 %index71, 4
  %151 = icmp eq i64 %index.next84, %n.vec68
  br i1 %151, label %middle.block63, label %vector.body70, !llvm.loop !44

middle.block63:                                   ; preds = %vector.body70
  %bin.rdx85 = add <2 x i64> %150, %149
  %152 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %bin.rdx85)
  %cmp.n86 = icmp eq i64 %umin62, %n.vec68
  br i1 %cmp.n86, label %rows.i, label %body.i.i.preheader91

body.i.i.preheader91:                             ; preds = %middle.block63, %body.i.i.preheader
  %nslow.024.i.i.ph = phi i64 [ 0, %body.i.i.preheader ], [ %152, %middle.block63 ]
  %i.023.i.i.ph = phi i64 [ 0, %body.i.i.preheader ], [ %n.vec68, %middle.block63 ]
  br label %body.i.i

body.i.i:                                         ; preds = %body.i.i.preheader91, %body.i.i
  %nslow.024.i.i = phi i64 [ %191, %body.i.i ], [ %nslow.024.i.i.ph, %body.i.i.preheader91 ]
  %i.023.i.i = phi i64 [ %192, %body.i.i ], [ %i.023.i.i.ph, %body.i.i.preheader91 ]
  %153 = getelementptr inbounds i32, ptr %44, i64 %i.023.i.i
  %site.i.i = load i32, ptr %153, align 4, !alias.scope !19, !noalias !36
  %154 = getelementptr inbounds double, ptr %45, i64 %i.023.i.i
  %size_cm.i.i = load double, ptr %154, align 8, !alias.scope !22, !noalias !37
  %155 = getelementptr inbounds i32, ptr %46, i64 %i.023.i.i
  %class.rupture.i.i = load i32, ptr %155, align 4, !alias.scope !24, !noalias !38
  %156 = getelementptr inbounds double, ptr %47, i64 %i.023.i.i
  %lines.i.i = load double, ptr %156, align 8, !alias.scope !26, !noalias !39
  %157 = getelementptr inbounds i64, ptr %48, i64 %i.023.i.i
  %known.i.i = load i64, ptr %157, align 8, !alias.scope !28, !noalias !40
  %158 = and i64 %known.i.i, 15
  %159 = icmp ne i64 %158, 15
  %160 = icmp ugt i32 %site.i.i, 3
  %.not15.i.i = or i1 %160, %159
  %161 = fcmp ult double %size_cm.i.i, 0.000000e+00
  %162 = fcmp ugt double %size_cm.i.i, 3.000000e+01
  %.not17.i.i = or i1 %161, %162
  %.not12.i.i = or i1 %.not17.i.i, %.not15.i.i
  %163 = icmp ugt i32 %class.rupture.i.i, 1
  %.not10.i.i = or i1 %163, %.not12.i.i
  %164 = fcmp ult double %lines.i.i, 0.000000e+00
  %165 = fcmp ugt double %lines.i.i, 5.000000e+00
  %.not22.i.i = or i1 %164, %165
  %166 = tail call double @llvm.floor.f64(double %lines.i.i)
  %167 = fcmp une double %lines.i.i, %166
  %.not19.i.i = or i1 %.not22.i.i, %167
  %ok.not.i.i = or i1 %.not19.i.i, %.not10.i.i
  %168 = zext i32 %site.i.i to i64
  %169 = select i1 %ok.not.i.i, i64 0, i64 %168
  %170 = shl nuw nsw i64 %169, 1
  %171 = lshr i64 148, %170
  %172 = trunc nuw nsw i64 %171 to i32
  %class.site.i.i = shl nuw nsw i32 %172, 2
  %173 = and i32 %class.site.i.i, 12
  %174 = fcmp ogt double %size_cm.i.i, 5.000000e+00
  %175 = select i1 %174, i32 2, i32 0
  %176 = add i32 %175, %class.rupture.i.i
  %class.risk.i.i = add i32 %176, %173
  %177 = select i1 %ok.not.i.i, i32 0, i32 %class.risk.i.i
  %178 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i.023.i.i
  store i32 %177, ptr %178, align 4, !alias.scope !30, !noalias !41
  %179 = fcmp oge double %lines.i.i, 2.000000e+00
  %180 = zext i1 %179 to i32
  %181 = fcmp oge double %lines.i.i, 3.000000e+00
  %182 = zext i1 %181 to i32
  %class.lines.i.i = add nuw nsw i32 %180, %182
  %183 = shl nuw nsw i32 %class.lines.i.i, 1
  %184 = lshr i64 12, %169
  %185 = trunc nuw nsw i64 %184 to i32
  %class.site1.i.i = and i32 %185, 1
  %class.lines2.i.i = or disjoint i32 %class.site1.i.i, %183
  %186 = select i1 %ok.not.i.i, i32 0, i32 %class.lines2.i.i
  %187 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %i.023.i.i
  store i32 %186, ptr %187, align 4, !alias.scope !32, !noalias !42
  %188 = zext i1 %ok.not.i.i to i8
  %189 = getelementptr inbounds i8, ptr %slow.i, i64 %i.023.i.i
  store i8 %188, ptr %189, align 1, !alias.scope !34, !noalias !43
  %190 = zext i1 %ok.not.i.i to i64
  %191 = add i64 %nslow.024.i.i, %190
  %192 = add nuw nsw i64 %i.023.i.i, 1
  %exitcond.not.i.i = icmp eq i64 %192, %43
  br i1 %exitcond.not.i.i, label %rows.i, label %body.i.i, !llvm.loop !47

no_masks.i:                                       ; preds = %body
  tail call void @llvm.experimental.noalias.scope.decl(metadata !48)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !51)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !53)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !55)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !57)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !59)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !61)
  %.not20 = icmp eq i64 %base, %n
  br i1 %.not20, label %rows.i, label %body.i117.i.preheader

body.i117.i.preheader:                            ; preds = %no_masks.i
  %min.iters.check = icmp ult i64 %41, 4
  br i1 %min.iters.check, label %body.i117.i.preheader90, label %vector.ph

vector.ph:                                        ; preds = %body.i117.i.preheader
  %n.vec = and i64 %umin, 508
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.phi = phi <2 x i64> [ zeroinitializer, %vector.ph ], [ %285, %vector.body ]
  %vec.phi54 = phi <2 x i64> [ zeroinitializer, %vector.ph ], [ %286, %vector.body ]
  %193 = getelementptr inbounds i32, ptr %44, i64 %index
  %194 = getelementptr inbounds i8, ptr %193, i64 8
  %wide.load = load <2 x i32>, ptr %193, align 4, !alias.scope !48, !noalias !63
  %wide.load55 = load <2 x i32>, ptr %194, align 4, !alias.scope !48, !noalias !63
  %195 = getelementptr inbounds double, ptr %45, i64 %index
  %196 = getelementptr inbounds i8, ptr %195, i64 16
  %wide.load56 = load <2 x double>, ptr %195, align 8, !alias.scope !51, !noalias !64
  %wide.load57 = load <2 x double>, ptr %196, align 8, !alias.scope !51, !noalias !64
  %197 = getelementptr inbounds i32, ptr %46, i64 %index
  %198 = getelementptr inbounds i8, ptr %197, i64 8
  %wide.load58 = load <2 x i32>, ptr %197, align 4, !alias.scope !53, !noalias !65
  %wide.load59 = load <2 x i32>, ptr %198, align 4, !alias.scope !53, !noalias !65
  %199 = getelementptr inbounds double, ptr %47, i64 %index
  %200 = getelementptr inbounds i8, ptr %199, i64 16
  %wide.load60 = load <2 x double>, ptr %199, align 8, !alias.scope !55, !noalias !66
  %wide.load61 = load <2 x double>, ptr %200, align 8, !alias.scope !55, !noalias !66
  %201 = icmp ugt <2 x i32> %wide.load, <i32 3, i32 3>
  %202 = icmp ugt <2 x i32> %wide.load55, <i32 3, i32 3>
  %203 = fcmp ult <2 x double> %wide.load56, zeroinitializer
  %204 = fcmp ult <2 x double> %wide.load57, zeroinitializer
  %205 = fcmp ugt <2 x double> %wide.load56, <double 3.000000e+01, double 3.000000e+01>
  %206 = fcmp ugt <2 x double> %wide.load57, <double 3.000000e+01, double 3.000000e+01>
  %207 = or <2 x i1> %203, %205
  %208 = or <2 x i1> %204, %206
  %209 = or <2 x i1> %201, %207
  %210 = or <2 x i1> %202, %208
  %211 = icmp ugt <2 x i32> %wide.load58, <i32 1, i32 1>
  %212 = icmp ugt <2 x i32> %wide.load59, <i32 1, i32 1>
  %213 = or <2 x i1> %211, %209
  %214 = or <2 x i1> %212, %210
  %215 = fcmp ult <2 x double> %wide.load60, zeroinitializer
  %216 = fcmp ult <2 x double> %wide.load61, zeroinitializer
  %217 = fcmp ugt <2 x double> %wide.load60, <double 5.000000e+00, double 5.000000e+00>
  %218 = fcmp ugt <2 x double> %wide.load61, <double 5.000000e+00, double 5.000000e+00>
  %219 = or <2 x i1> %215, %217
  %220 = or <2 x i1> %216, %218
  %221 = tail call <2 x double> @llvm.floor.v2f64(<2 x double> %wide.load60)
  %222 = tail call <2 x double> @llvm.floor.v2f64(<2 x double> %wide.load61)
  %223 = fcmp une <2 x double> %wide.load60, %221
  %224 = fcmp une <2 x double> %wide.load61, %222
  %225 = or <2 x i1> %219, %223
  %226 = or <2 x i1> %220, %224
  %227 = or <2 x i1> %213, %225
  %228 = or <2 x i1> %214, %226
  %229 = zext <2 x i32> %wide.load to <2 x i64>
  %230 = zext <2 x i32> %wide.load55 to <2 x i64>
  %231 = select <2 x i1> %227, <2 x i64> zeroinitializer, <2 x i64> %229
  %232 = select <2 x i1> %228, <2 x i64> zeroinitializer, <2 x i64> %230
  %233 = shl nuw nsw <2 x i64> %231, <i64 1, i64 1>
  %234 = shl nuw nsw <2 x i64> %232, <i64 1, i64 1>
  %235 = lshr <2 x i64> <i64 148, i64 148>, %233
  %236 = lshr <2 x i64> <i64 148, i64 148>, %234
  %237 = trunc nuw nsw <2 x i64> %235 to <2 x i32>
  %238 = trunc nuw nsw <2 x i64> %236 to <2 x i32>
  %239 = shl nuw nsw <2 x i32> %237, <i32 2, i32 2>
  %240 = shl nuw nsw <2 x i32> %238, <i32 2, i32 2>
  %241 = and <2 x i32> %239, <i32 12, i32 12>
  %242 = and <2 x i32> %240, <i32 12, i32 12>
  %243 = fcmp ogt <2 x double> %wide.load56, <double 5.000000e+00, double 5.000000e+00>
  %244 = fcmp ogt <2 x double> %wide.load57, <double 5.000000e+00, double 5.000000e+00>
  %245 = select <2 x i1> %243, <2 x i32> <i32 2, i32 2>, <2 x i32> zeroinitializer
  %246 = select <2 x i1> %244, <2 x i32> <i32 2, i32 2>, <2 x i32> zeroinitializer
  %247 = add <2 x i32> %245, %wide.load58
  %248 = add <2 x i32> %246, %wide.load59
  %249 = add <2 x i32> %247, %241
  %250 = add <2 x i32> %248, %242
  %251 = select <2 x i1> %227, <2 x i32> zeroinitializer, <2 x i32> %249
  %252 = select <2 x i1> %228, <2 x i32> zeroinitializer, <2 x i32> %250
  %253 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %index
  %254 = getelementptr inbounds i8, ptr %253, i64 8
  store <2 x i32> %251, ptr %253, align 4, !alias.scope !57, !noalias !67
  store <2 x i32> %252, ptr %254, align 4, !alias.scope !57, !noalias !67
  %255 = fcmp oge <2 x double> %wide.load60, <double 2.000000e+00, double 2.000000e+00>
  %256 = fcmp oge <2 x double> %wide.load61, <double 2.000000e+00, double 2.000000e+00>
  %257 = zext <2 x i1> %255 to <2 x i32>
  %258 = zext <2 x i1> %256 to <2 x i32>
  %259 = fcmp oge <2 x double> %wide.load60, <double 3.000000e+00, double 3.000000e+00>
  %260 = fcmp oge <2 x double> %wide.load61, <double 3.000000e+00, double 3.000000e+00>
  %261 = zext <2 x i1> %259 to <2 x i32>
  %262 = zext <2 x i1> %260 to <2 x i32>
  %263 = add nuw nsw <2 x i32> %257, %261
  %264 = add nuw nsw <2 x i32> %258, %262
  %265 = shl nuw nsw <2 x i32> %263, <i32 1, i32 1>
  %266 = shl nuw nsw <2 x i32> %264, <i32 1, i32 1>
  %267 = lshr <2 x i64> <i64 12, i64 12>, %231
  %268 = lshr <2 x i64> <i64 12, i64 12>, %232
  %269 = trunc nuw nsw <2 x i64> %267 to <2 x i32>
  %270 = trunc nuw nsw <2 x i64> %268 to <2 x i32>
  %271 = and <2 x i32> %269, <i32 1, i32 1>
  %272 = and <2 x i32> %270, <i32 1, i32 1>
  %273 = or disjoint <2 x i32> %271, %265
  %274 = or disjoint <2 x i32> %272, %266
  %275 = select <2 x i1> %227, <2 x i32> zeroinitializer, <2 x i32> %273
  %276 = select <2 x i1> %228, <2 x i32> zeroinitializer, <2 x i32> %274
  %277 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %index
  %278 = getelementptr inbounds i8, ptr %277, i64 8
  store <2 x i32> %275, ptr %277, align 4, !alias.scope !59, !noalias !68
  store <2 x i32> %276, ptr %278, align 4, !alias.scope !59, !noalias !68
  %279 = zext <2 x i1> %227 to <2 x i8>
  %280 = zext <2 x i1> %228 to <2 x i8>
  %281 = getelementptr inbounds i8, ptr %slow.i, i64 %index
  %282 = getelementptr inbounds i8, ptr %281, i64 2
  store <2 x i8> %279, ptr %281, align 1, !alias.scope !61, !noalias !69
  store <2 x i8> %280, ptr %282, align 1, !alias.scope !61, !noalias !69
  %283 = zext <2 x i1> %227 to <2 x i64>
  %284 = zext <2 x i1> %228 to <2 x i64>
  %285 = add <2 x i64> %vec.phi, %283
  %286 = add <2 x i64> %vec.phi54, %284
  %index.next = add nuw i64 %index, 4
  %287 = icmp eq i64 %index.next, %n.vec
  br i1 %287, label %middle.block, label %vector.body, !llvm.loop !70

middle.block:                                     ; preds = %vector.body
  %bin.rdx = add <2 x i64> %286, %285
  %288 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %bin.rdx)
  %cmp.n = icmp eq i64 %umin, %n.vec
  br i1 %cmp.n, label %rows.i, label %body.i117.i.preheader90

body.i117.i.preheader90:                          ; preds = %middle.block, %body.i117.i.preheader
  %nslow.021.i.i.ph = phi i64 [ 0, %body.i117.i.preheader ], [ %288, %middle.block ]
  %i.020.i.i.ph = phi i64 [ 0, %body.i117.i.preheader ], [ %n.vec, %middle.block ]
  br label %body.i117.i

body.i117.i:                                      ; preds = %body.i117.i.preheader90, %body.i117.i
  %nslow.021.i.i = phi i64 [ %324, %body.i117.i ], [ %nslow.021.i.i.ph, %body.i117.i.preheader90 ]
  %i.020.i.i = phi i64 [ %325, %body.i117.i ], [ %i.020.i.i.ph, %body.i117.i.preheader90 ]
  %289 = getelementptr inbounds i32, ptr %44, i64 %i.020.i.i
  %site.i118.i = load i32, ptr %289, align 4, !alias.scope !48, !noalias !63
  %290 = getelementptr inbounds double, ptr %45, i64 %i.020.i.i
  %size_cm.i119.i = load double, ptr %290, align 8, !alias.scope !51, !noalias !64
  %291 = getelementptr inbounds i32, ptr %46, i64 %i.020.i.i
  %class.rupture.i120.i = load i32, ptr %291, align 4, !alias.scope !53, !noalias !65
  %292 = getelementptr inbounds double, ptr %47, i64 %i.020.i.i
  %lines.i121.i = load double, ptr %292, align 8, !alias.scope !55, !noalias !66
  %293 = icmp ugt i32 %site.i118.i, 3
  %294 = fcmp ult double %size_cm.i119.i, 0.000000e+00
  %295 = fcmp ugt double %size_cm.i119.i, 3.000000e+01
  %.not14.i.i = or i1 %294, %295
  %.not12.i122.i = or i1 %293, %.not14.i.i
  %296 = icmp ugt i32 %class.rupture.i120.i, 1
  %.not10.i123.i = or i1 %296, %.not12.i122.i
  %297 = fcmp ult double %lines.i121.i, 0.000000e+00
  %298 = fcmp ugt double %lines.i121.i, 5.000000e+00
  %.not19.i124.i = or i1 %297, %298
  %299 = tail call double @llvm.floor.f64(double %lines.i121.i)
  %300 = fcmp une double %lines.i121.i, %299
  %.not16.i.i = or i1 %.not19.i124.i, %300
  %ok.not.i125.i = or i1 %.not10.i123.i, %.not16.i.i
  %301 = zext i32 %site.i118.i to i64
  %302 = select i1 %ok.not.i125.i, i64 0, i64 %301
  %303 = shl nuw nsw i64 %302, 1
  %304 = lshr i64 148, %303
  %305 = trunc nuw nsw i64 %304 to i32
  %class.site.i126.i = shl nuw nsw i32 %305, 2
  %306 = and i32 %class.site.i126.i, 12
  %307 = fcmp ogt double %size_cm.i119.i, 5.000000e+00
  %308 = select i1 %307, i32 2, i32 0
  %309 = add i32 %308, %class.rupture.i120.i
  %class.risk.i127.i = add i32 %309, %306
  %310 = select i1 %ok.not.i125.i, i32 0, i32 %class.risk.i127.i
  %311 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i.020.i.i
  store i32 %310, ptr %311, align 4, !alias.scope !57, !noalias !67
  %312 = fcmp oge double %lines.i121.i, 2.000000e+00
  %313 = zext i1 %312 to i32
  %314 = fcmp oge double %lines.i121.i, 3.000000e+00
  %315 = zext i1 %314 to i32
  %class.lines.i128.i = add nuw nsw i32 %313, %315
  %316 = shl nuw nsw i32 %class.lines.i128.i, 1
  %317 = lshr i64 12, %302
  %318 = trunc nuw nsw i64 %317 to i32
  %class.site1.i129.i = and i32 %318, 1
  %class.lines2.i130.i = or disjoint i32 %class.site1.i129.i, %316
  %319 = select i1 %ok.not.i125.i, i32 0, i32 %class.lines2.i130.i
  %320 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %i.020.i.i
  store i32 %319, ptr %320, align 4, !alias.scope !59, !noalias !68
  %321 = zext i1 %ok.not.i125.i to i8
  %322 = getelementptr inbounds i8, ptr %slow.i, i64 %i.020.i.i
  store i8 %321, ptr %322, align 1, !alias.scope !61, !noalias !69
  %323 = zext i1 %ok.not.i125.i to i64
  %324 = add i64 %nslow.021.i.i, %323
  %325 = add nuw nsw i64 %i.020.i.i, 1
  %exitcond.not.i131.i = icmp eq i64 %325, %43
  br i1 %exitcond.not.i131.i, label %rows.i, label %body.i117.i, !llvm.loop !71

rows.i:                                           ; preds = %body.i.i, %body.i117.i, %middle.block63, %middle.block, %no_masks.i, %masks.i
  %nslow2.i = phi i64 [ 0, %masks.i ], [ 0, %no_masks.i ], [ %288, %middle.block ], [ %152, %middle.block63 ], [ %324, %body.i117.i ], [ %191, %body.i.i ]
  %risk.i = load ptr, ptr %10, align 8
  %states.i = load ptr, ptr %11, align 8
  %326 = icmp ne ptr %risk.i, null
  %327 = icmp ne ptr %states.i, null
  %328 = getelementptr inbounds i32, ptr %risk.i, i64 %base
  %329 = getelementptr inbounds i8, ptr %states.i, i64 %base
  %330 = and i1 %326, %327
  %331 = icmp ne i64 %base, %n
  br i1 %330, label %loop.preheader.i, label %endif.i

loop.preheader.i:                                 ; preds = %rows.i
  br i1 %331, label %body.i.preheader, label %copied33.i

body.i.preheader:                                 ; preds = %loop.preheader.i
  %xtraiter109 = and i64 %umin108, 1
  %332 = icmp eq i64 %31, 1
  br i1 %332, label %copied.i.loopexit.unr-lcssa, label %body.i.preheader.new

body.i.preheader.new:                             ; preds = %body.i.preheader
  %unroll_iter112 = and i64 %umin108, 510
  br label %body.i

endif.i:                                          ; preds = %rows.i
  %or.cond150.i = select i1 %326, i1 %331, i1 false
  br i1 %or.cond150.i, label %body8.i.preheader, label %endif5.i

body8.i.preheader:                                ; preds = %endif.i
  %xtraiter = and i64 %umin101, 3
  %333 = icmp ult i64 %37, 3
  br i1 %333, label %endif5.i.loopexit.unr-lcssa, label %body8.i.preheader.new

body8.i.preheader.new:                            ; preds = %body8.i.preheader
  %unroll_iter = and i64 %umin101, 508
  br label %body8.i

body.i:                                           ; preds = %body.i, %body.i.preheader.new
  %i.0139.i = phi i64 [ 0, %body.i.preheader.new ], [ %347, %body.i ]
  %niter113 = phi i64 [ 0, %body.i.preheader.new ], [ %niter113.next.1, %body.i ]
  %334 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i.0139.i
  %cls.i = load i32, ptr %334, align 4
  %335 = sext i32 %cls.i to i64
  %336 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %335, i32 1
  %risk3.i = load i32, ptr %336, align 8
  %337 = getelementptr inbounds i32, ptr %328, i64 %i.0139.i
  store i32 %risk3.i, ptr %337, align 4
  %338 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %335
  %state.i = load i8, ptr %338, align 1
  %339 = getelementptr inbounds i8, ptr %329, i64 %i.0139.i
  store i8 %state.i, ptr %339, align 1
  %340 = or disjoint i64 %i.0139.i, 1
  %341 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %340
  %cls.i.1 = load i32, ptr %341, align 4
  %342 = sext i32 %cls.i.1 to i64
  %343 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %342, i32 1
  %risk3.i.1 = load i32, ptr %343, align 8
  %344 = getelementptr inbounds i32, ptr %328, i64 %340
  store i32 %risk3.i.1, ptr %344, align 4
  %345 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %342
  %state.i.1 = load i8, ptr %345, align 1
  %346 = getelementptr inbounds i8, ptr %329, i64 %340
  store i8 %state.i.1, ptr %346, align 1
  %347 = add nuw nsw i64 %i.0139.i, 2
  %niter113.next.1 = add i64 %niter113, 2
  %niter113.ncmp.1 = icmp eq i64 %niter113.next.1, %unroll_iter112
  br i1 %niter113.ncmp.1, label %copied.i.loopexit.unr-lcssa, label %body.i, !llvm.loop !72

copied.i.loopexit.unr-lcssa:                      ; preds = %body.i, %body.i.preheader
  %i.0139.i.unr = phi i64 [ 0, %body.i.preheader ], [ %347, %body.i ]
  %lcmp.mod111.not = icmp eq i64 %xtraiter109, 0
  br i1 %lcmp.mod111.not, label %copied.i, label %body.i.epil

body.i.epil:                                      ; preds = %copied.i.loopexit.unr-lcssa
  %348 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i.0139.i.unr
  %cls.i.epil = load i32, ptr %348, align 4
  %349 = sext i32 %cls.i.epil to i64
  %350 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %349, i32 1
  %risk3.i.epil = load i32, ptr %350, align 8
  %351 = getelementptr inbounds i32, ptr %328, i64 %i.0139.i.unr
  store i32 %risk3.i.epil, ptr %351, align 4
  %352 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %349
  %state.i.epil = load i8, ptr %352, align 1
  %353 = getelementptr inbounds i8, ptr %329, i64 %i.0139.i.unr
  store i8 %state.i.epil, ptr %353, align 1
  br label %copied.i

copied.i.loopexit89.unr-lcssa:                    ; preds = %body17.i, %body17.i.preheader
  %i15.0138.i.unr = phi i64 [ 0, %body17.i.preheader ], [ %410, %body17.i ]
  %lcmp.mod105.not = icmp eq i64 %xtraiter103, 0
  br i1 %lcmp.mod105.not, label %copied.i, label %body17.i.epil

body17.i.epil:                                    ; preds = %copied.i.loopexit89.unr-lcssa, %body17.i.epil
  %i15.0138.i.epil = phi i64 [ %358, %body17.i.epil ], [ %i15.0138.i.unr, %copied.i.loopexit89.unr-lcssa ]
  %epil.iter104 = phi i64 [ %epil.iter104.next, %body17.i.epil ], [ 0, %copied.i.loopexit89.unr-lcssa ]
  %354 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i15.0138.i.epil
  %cls20.i.epil = load i32, ptr %354, align 4
  %355 = sext i32 %cls20.i.epil to i64
  %356 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %355
  %state21.i.epil = load i8, ptr %356, align 1
  %357 = getelementptr inbounds i8, ptr %329, i64 %i15.0138.i.epil
  store i8 %state21.i.epil, ptr %357, align 1
  %358 = add nuw nsw i64 %i15.0138.i.epil, 1
  %epil.iter104.next = add i64 %epil.iter104, 1
  %epil.iter104.cmp.not = icmp eq i64 %epil.iter104.next, %xtraiter103
  br i1 %epil.iter104.cmp.not, label %copied.i, label %body17.i.epil, !llvm.loop !74

copied.i:                                         ; preds = %copied.i.loopexit89.unr-lcssa, %body17.i.epil, %body.i.epil, %copied.i.loopexit.unr-lcssa, %endif5.i
  %pct.i = load ptr, ptr %12, align 8
  %states22.i = load ptr, ptr %13, align 8
  %359 = icmp ne ptr %pct.i, null
  %360 = icmp ne ptr %states22.i, null
  %361 = getelementptr inbounds double, ptr %pct.i, i64 %base
  %362 = getelementptr inbounds i8, ptr %states22.i, i64 %base
  %363 = and i1 %359, %360
  br i1 %363, label %loop26.preheader.i, label %endif24.i

loop26.preheader.i:                               ; preds = %copied.i
  br i1 %331, label %body27.i.preheader, label %copied33.i

body27.i.preheader:                               ; preds = %loop26.preheader.i
  %xtraiter127 = and i64 %umin126, 1
  %364 = icmp eq i64 %23, 1
  br i1 %364, label %copied33.i.loopexit.unr-lcssa, label %body27.i.preheader.new

body27.i.preheader.new:                           ; preds = %body27.i.preheader
  %unroll_iter130 = and i64 %umin126, 510
  br label %body27.i

endif5.i.loopexit.unr-lcssa:                      ; preds = %body8.i, %body8.i.preheader
  %i6.0137.i.unr = phi i64 [ 0, %body8.i.preheader ], [ %390, %body8.i ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %endif5.i, label %body8.i.epil

body8.i.epil:                                     ; preds = %endif5.i.loopexit.unr-lcssa, %body8.i.epil
  %i6.0137.i.epil = phi i64 [ %369, %body8.i.epil ], [ %i6.0137.i.unr, %endif5.i.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body8.i.epil ], [ 0, %endif5.i.loopexit.unr-lcssa ]
  %365 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i6.0137.i.epil
  %cls11.i.epil = load i32, ptr %365, align 4
  %366 = sext i32 %cls11.i.epil to i64
  %367 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %366, i32 1
  %risk12.i.epil = load i32, ptr %367, align 8
  %368 = getelementptr inbounds i32, ptr %328, i64 %i6.0137.i.epil
  store i32 %risk12.i.epil, ptr %368, align 4
  %369 = add nuw nsw i64 %i6.0137.i.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %endif5.i, label %body8.i.epil, !llvm.loop !76

endif5.i:                                         ; preds = %endif5.i.loopexit.unr-lcssa, %body8.i.epil, %endif.i
  %or.cond.i = select i1 %327, i1 %331, i1 false
  br i1 %or.cond.i, label %body17.i.preheader, label %copied.i

body17.i.preheader:                               ; preds = %endif5.i
  %xtraiter103 = and i64 %umin102, 3
  %370 = icmp ult i64 %34, 3
  br i1 %370, label %copied.i.loopexit89.unr-lcssa, label %body17.i.preheader.new

body17.i.preheader.new:                           ; preds = %body17.i.preheader
  %unroll_iter106 = and i64 %umin102, 508
  br label %body17.i

body8.i:                                          ; preds = %body8.i, %body8.i.preheader.new
  %i6.0137.i = phi i64 [ 0, %body8.i.preheader.new ], [ %390, %body8.i ]
  %niter = phi i64 [ 0, %body8.i.preheader.new ], [ %niter.next.3, %body8.i ]
  %371 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i6.0137.i
  %cls11.i = load i32, ptr %371, align 4
  %372 = sext i32 %cls11.i to i64
  %373 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %372, i32 1
  %risk12.i = load i32, ptr %373, align 8
  %374 = getelementptr inbounds i32, ptr %328, i64 %i6.0137.i
  store i32 %risk12.i, ptr %374, align 4
  %375 = or disjoint i64 %i6.0137.i, 1
  %376 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %375
  %cls11.i.1 = load i32, ptr %376, align 4
  %377 = sext i32 %cls11.i.1 to i64
  %378 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %377, i32 1
  %risk12.i.1 = load i32, ptr %378, align 8
  %379 = getelementptr inbounds i32, ptr %328, i64 %375
  store i32 %risk12.i.1, ptr %379, align 4
  %380 = or disjoint i64 %i6.0137.i, 2
  %381 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %380
  %cls11.i.2 = load i32, ptr %381, align 4
  %382 = sext i32 %cls11.i.2 to i64
  %383 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %382, i32 1
  %risk12.i.2 = load i32, ptr %383, align 8
  %384 = getelementptr inbounds i32, ptr %328, i64 %380
  store i32 %risk12.i.2, ptr %384, align 4
  %385 = or disjoint i64 %i6.0137.i, 3
  %386 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %385
  %cls11.i.3 = load i32, ptr %386, align 4
  %387 = sext i32 %cls11.i.3 to i64
  %388 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %387, i32 1
  %risk12.i.3 = load i32, ptr %388, align 8
  %389 = getelementptr inbounds i32, ptr %328, i64 %385
  store i32 %risk12.i.3, ptr %389, align 4
  %390 = add nuw nsw i64 %i6.0137.i, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %endif5.i.loopexit.unr-lcssa, label %body8.i, !llvm.loop !77

body17.i:                                         ; preds = %body17.i, %body17.i.preheader.new
  %i15.0138.i = phi i64 [ 0, %body17.i.preheader.new ], [ %410, %body17.i ]
  %niter107 = phi i64 [ 0, %body17.i.preheader.new ], [ %niter107.next.3, %body17.i ]
  %391 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i15.0138.i
  %cls20.i = load i32, ptr %391, align 4
  %392 = sext i32 %cls20.i to i64
  %393 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %392
  %state21.i = load i8, ptr %393, align 1
  %394 = getelementptr inbounds i8, ptr %329, i64 %i15.0138.i
  store i8 %state21.i, ptr %394, align 1
  %395 = or disjoint i64 %i15.0138.i, 1
  %396 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %395
  %cls20.i.1 = load i32, ptr %396, align 4
  %397 = sext i32 %cls20.i.1 to i64
  %398 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %397
  %state21.i.1 = load i8, ptr %398, align 1
  %399 = getelementptr inbounds i8, ptr %329, i64 %395
  store i8 %state21.i.1, ptr %399, align 1
  %400 = or disjoint i64 %i15.0138.i, 2
  %401 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %400
  %cls20.i.2 = load i32, ptr %401, align 4
  %402 = sext i32 %cls20.i.2 to i64
  %403 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %402
  %state21.i.2 = load i8, ptr %403, align 1
  %404 = getelementptr inbounds i8, ptr %329, i64 %400
  store i8 %state21.i.2, ptr %404, align 1
  %405 = or disjoint i64 %i15.0138.i, 3
  %406 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %405
  %cls20.i.3 = load i32, ptr %406, align 4
  %407 = sext i32 %cls20.i.3 to i64
  %408 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 0, i64 %407
  %state21.i.3 = load i8, ptr %408, align 1
  %409 = getelementptr inbounds i8, ptr %329, i64 %405
  store i8 %state21.i.3, ptr %409, align 1
  %410 = add nuw nsw i64 %i15.0138.i, 4
  %niter107.next.3 = add i64 %niter107, 4
  %niter107.ncmp.3 = icmp eq i64 %niter107.next.3, %unroll_iter106
  br i1 %niter107.ncmp.3, label %copied.i.loopexit89.unr-lcssa, label %body17.i, !llvm.loop !78

endif24.i:                                        ; preds = %copied.i
  %or.cond151.i = select i1 %359, i1 %331, i1 false
  br i1 %or.cond151.i, label %body38.i.preheader, label %endif35.i

body38.i.preheader:                               ; preds = %endif24.i
  %xtraiter115 = and i64 %umin114, 3
  %411 = icmp ult i64 %29, 3
  br i1 %411, label %endif35.i.loopexit.unr-lcssa, label %body38.i.preheader.new

body38.i.preheader.new:                           ; preds = %body38.i.preheader
  %unroll_iter118 = and i64 %umin114, 508
  br label %body38.i

body27.i:                                         ; preds = %body27.i, %body27.i.preheader.new
  %i25.0142.i = phi i64 [ 0, %body27.i.preheader.new ], [ %425, %body27.i ]
  %niter131 = phi i64 [ 0, %body27.i.preheader.new ], [ %niter131.next.1, %body27.i ]
  %412 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i25.0142.i
  %cls30.i = load i32, ptr %412, align 4
  %413 = sext i32 %cls30.i to i64
  %414 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %413, i32 2
  %pct31.i = load double, ptr %414, align 8
  %415 = getelementptr inbounds double, ptr %361, i64 %i25.0142.i
  store double %pct31.i, ptr %415, align 8
  %416 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %413
  %state32.i = load i8, ptr %416, align 1
  %417 = getelementptr inbounds i8, ptr %362, i64 %i25.0142.i
  store i8 %state32.i, ptr %417, align 1
  %418 = or disjoint i64 %i25.0142.i, 1
  %419 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %418
  %cls30.i.1 = load i32, ptr %419, align 4
  %420 = sext i32 %cls30.i.1 to i64
  %421 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %420, i32 2
  %pct31.i.1 = load double, ptr %421, align 8
  %422 = getelementptr inbounds double, ptr %361, i64 %418
  store double %pct31.i.1, ptr %422, align 8
  %423 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %420
  %state32.i.1 = load i8, ptr %423, align 1
  %424 = getelementptr inbounds i8, ptr %362, i64 %418
  store i8 %state32.i.1, ptr %424, align 1
  %425 = add nuw nsw i64 %i25.0142.i, 2
  %niter131.next.1 = add i64 %niter131, 2
  %niter131.ncmp.1 = icmp eq i64 %niter131.next.1, %unroll_iter130
  br i1 %niter131.ncmp.1, label %copied33.i.loopexit.unr-lcssa, label %body27.i, !llvm.loop !79

copied33.i.loopexit.unr-lcssa:                    ; preds = %body27.i, %body27.i.preheader
  %i25.0142.i.unr = phi i64 [ 0, %body27.i.preheader ], [ %425, %body27.i ]
  %lcmp.mod129.not = icmp eq i64 %xtraiter127, 0
  br i1 %lcmp.mod129.not, label %copied33.i, label %body27.i.epil

body27.i.epil:                                    ; preds = %copied33.i.loopexit.unr-lcssa
  %426 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i25.0142.i.unr
  %cls30.i.epil = load i32, ptr %426, align 4
  %427 = sext i32 %cls30.i.epil to i64
  %428 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %427, i32 2
  %pct31.i.epil = load double, ptr %428, align 8
  %429 = getelementptr inbounds double, ptr %361, i64 %i25.0142.i.unr
  store double %pct31.i.epil, ptr %429, align 8
  %430 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %427
  %state32.i.epil = load i8, ptr %430, align 1
  %431 = getelementptr inbounds i8, ptr %362, i64 %i25.0142.i.unr
  store i8 %state32.i.epil, ptr %431, align 1
  br label %copied33.i

copied33.i.loopexit88.unr-lcssa:                  ; preds = %body47.i, %body47.i.preheader
  %i45.0141.i.unr = phi i64 [ 0, %body47.i.preheader ], [ %488, %body47.i ]
  %lcmp.mod123.not = icmp eq i64 %xtraiter121, 0
  br i1 %lcmp.mod123.not, label %copied33.i, label %body47.i.epil

body47.i.epil:                                    ; preds = %copied33.i.loopexit88.unr-lcssa, %body47.i.epil
  %i45.0141.i.epil = phi i64 [ %436, %body47.i.epil ], [ %i45.0141.i.unr, %copied33.i.loopexit88.unr-lcssa ]
  %epil.iter122 = phi i64 [ %epil.iter122.next, %body47.i.epil ], [ 0, %copied33.i.loopexit88.unr-lcssa ]
  %432 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i45.0141.i.epil
  %cls50.i.epil = load i32, ptr %432, align 4
  %433 = sext i32 %cls50.i.epil to i64
  %434 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %433
  %state51.i.epil = load i8, ptr %434, align 1
  %435 = getelementptr inbounds i8, ptr %362, i64 %i45.0141.i.epil
  store i8 %state51.i.epil, ptr %435, align 1
  %436 = add nuw nsw i64 %i45.0141.i.epil, 1
  %epil.iter122.next = add i64 %epil.iter122, 1
  %epil.iter122.cmp.not = icmp eq i64 %epil.iter122.next, %xtraiter121
  br i1 %epil.iter122.cmp.not, label %copied33.i, label %body47.i.epil, !llvm.loop !80

copied33.i:                                       ; preds = %copied33.i.loopexit88.unr-lcssa, %body47.i.epil, %body27.i.epil, %copied33.i.loopexit.unr-lcssa, %loop.preheader.i, %endif35.i, %loop26.preheader.i
  %line.i = load ptr, ptr %14, align 8
  %states52.i = load ptr, ptr %15, align 8
  %437 = icmp ne ptr %line.i, null
  %438 = icmp ne ptr %states52.i, null
  %439 = getelementptr inbounds i32, ptr %line.i, i64 %base
  %440 = getelementptr i8, ptr %states52.i, i64 %base
  %441 = and i1 %437, %438
  br i1 %441, label %loop56.preheader.i, label %endif54.i

loop56.preheader.i:                               ; preds = %copied33.i
  br i1 %331, label %body57.i.preheader, label %copied63.i

body57.i.preheader:                               ; preds = %loop56.preheader.i
  %xtraiter139 = and i64 %umin138, 1
  %442 = icmp eq i64 %18, 1
  br i1 %442, label %copied63.i.loopexit.unr-lcssa, label %body57.i.preheader.new

body57.i.preheader.new:                           ; preds = %body57.i.preheader
  %unroll_iter142 = and i64 %umin138, 510
  br label %body57.i

endif35.i.loopexit.unr-lcssa:                     ; preds = %body38.i, %body38.i.preheader
  %i36.0140.i.unr = phi i64 [ 0, %body38.i.preheader ], [ %468, %body38.i ]
  %lcmp.mod117.not = icmp eq i64 %xtraiter115, 0
  br i1 %lcmp.mod117.not, label %endif35.i, label %body38.i.epil

body38.i.epil:                                    ; preds = %endif35.i.loopexit.unr-lcssa, %body38.i.epil
  %i36.0140.i.epil = phi i64 [ %447, %body38.i.epil ], [ %i36.0140.i.unr, %endif35.i.loopexit.unr-lcssa ]
  %epil.iter116 = phi i64 [ %epil.iter116.next, %body38.i.epil ], [ 0, %endif35.i.loopexit.unr-lcssa ]
  %443 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i36.0140.i.epil
  %cls41.i.epil = load i32, ptr %443, align 4
  %444 = sext i32 %cls41.i.epil to i64
  %445 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %444, i32 2
  %pct42.i.epil = load double, ptr %445, align 8
  %446 = getelementptr inbounds double, ptr %361, i64 %i36.0140.i.epil
  store double %pct42.i.epil, ptr %446, align 8
  %447 = add nuw nsw i64 %i36.0140.i.epil, 1
  %epil.iter116.next = add i64 %epil.iter116, 1
  %epil.iter116.cmp.not = icmp eq i64 %epil.iter116.next, %xtraiter115
  br i1 %epil.iter116.cmp.not, label %endif35.i, label %body38.i.epil, !llvm.loop !81

endif35.i:                                        ; preds = %endif35.i.loopexit.unr-lcssa, %body38.i.epil, %endif24.i
  %or.cond148.i = select i1 %360, i1 %331, i1 false
  br i1 %or.cond148.i, label %body47.i.preheader, label %copied33.i

body47.i.preheader:                               ; preds = %endif35.i
  %xtraiter121 = and i64 %umin120, 3
  %448 = icmp ult i64 %26, 3
  br i1 %448, label %copied33.i.loopexit88.unr-lcssa, label %body47.i.preheader.new

body47.i.preheader.new:                           ; preds = %body47.i.preheader
  %unroll_iter124 = and i64 %umin120, 508
  br label %body47.i

body38.i:                                         ; preds = %body38.i, %body38.i.preheader.new
  %i36.0140.i = phi i64 [ 0, %body38.i.preheader.new ], [ %468, %body38.i ]
  %niter119 = phi i64 [ 0, %body38.i.preheader.new ], [ %niter119.next.3, %body38.i ]
  %449 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i36.0140.i
  %cls41.i = load i32, ptr %449, align 4
  %450 = sext i32 %cls41.i to i64
  %451 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %450, i32 2
  %pct42.i = load double, ptr %451, align 8
  %452 = getelementptr inbounds double, ptr %361, i64 %i36.0140.i
  store double %pct42.i, ptr %452, align 8
  %453 = or disjoint i64 %i36.0140.i, 1
  %454 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %453
  %cls41.i.1 = load i32, ptr %454, align 4
  %455 = sext i32 %cls41.i.1 to i64
  %456 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %455, i32 2
  %pct42.i.1 = load double, ptr %456, align 8
  %457 = getelementptr inbounds double, ptr %361, i64 %453
  store double %pct42.i.1, ptr %457, align 8
  %458 = or disjoint i64 %i36.0140.i, 2
  %459 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %458
  %cls41.i.2 = load i32, ptr %459, align 4
  %460 = sext i32 %cls41.i.2 to i64
  %461 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %460, i32 2
  %pct42.i.2 = load double, ptr %461, align 8
  %462 = getelementptr inbounds double, ptr %361, i64 %458
  store double %pct42.i.2, ptr %462, align 8
  %463 = or disjoint i64 %i36.0140.i, 3
  %464 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %463
  %cls41.i.3 = load i32, ptr %464, align 4
  %465 = sext i32 %cls41.i.3 to i64
  %466 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %465, i32 2
  %pct42.i.3 = load double, ptr %466, align 8
  %467 = getelementptr inbounds double, ptr %361, i64 %463
  store double %pct42.i.3, ptr %467, align 8
  %468 = add nuw nsw i64 %i36.0140.i, 4
  %niter119.next.3 = add i64 %niter119, 4
  %niter119.ncmp.3 = icmp eq i64 %niter119.next.3, %unroll_iter118
  br i1 %niter119.ncmp.3, label %endif35.i.loopexit.unr-lcssa, label %body38.i, !llvm.loop !82

body47.i:                                         ; preds = %body47.i, %body47.i.preheader.new
  %i45.0141.i = phi i64 [ 0, %body47.i.preheader.new ], [ %488, %body47.i ]
  %niter125 = phi i64 [ 0, %body47.i.preheader.new ], [ %niter125.next.3, %body47.i ]
  %469 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %i45.0141.i
  %cls50.i = load i32, ptr %469, align 4
  %470 = sext i32 %cls50.i to i64
  %471 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %470
  %state51.i = load i8, ptr %471, align 1
  %472 = getelementptr inbounds i8, ptr %362, i64 %i45.0141.i
  store i8 %state51.i, ptr %472, align 1
  %473 = or disjoint i64 %i45.0141.i, 1
  %474 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %473
  %cls50.i.1 = load i32, ptr %474, align 4
  %475 = sext i32 %cls50.i.1 to i64
  %476 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %475
  %state51.i.1 = load i8, ptr %476, align 1
  %477 = getelementptr inbounds i8, ptr %362, i64 %473
  store i8 %state51.i.1, ptr %477, align 1
  %478 = or disjoint i64 %i45.0141.i, 2
  %479 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %478
  %cls50.i.2 = load i32, ptr %479, align 4
  %480 = sext i32 %cls50.i.2 to i64
  %481 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %480
  %state51.i.2 = load i8, ptr %481, align 1
  %482 = getelementptr inbounds i8, ptr %362, i64 %478
  store i8 %state51.i.2, ptr %482, align 1
  %483 = or disjoint i64 %i45.0141.i, 3
  %484 = getelementptr inbounds i32, ptr %cls.risk.i, i64 %483
  %cls50.i.3 = load i32, ptr %484, align 4
  %485 = sext i32 %cls50.i.3 to i64
  %486 = getelementptr inbounds [2 x [12 x i8]], ptr @state_bytes.risk, i64 0, i64 1, i64 %485
  %state51.i.3 = load i8, ptr %486, align 1
  %487 = getelementptr inbounds i8, ptr %362, i64 %483
  store i8 %state51.i.3, ptr %487, align 1
  %488 = add nuw nsw i64 %i45.0141.i, 4
  %niter125.next.3 = add i64 %niter125, 4
  %niter125.ncmp.3 = icmp eq i64 %niter125.next.3, %unroll_iter124
  br i1 %niter125.ncmp.3, label %copied33.i.loopexit88.unr-lcssa, label %body47.i, !llvm.loop !83

endif54.i:                                        ; preds = %copied33.i
  %or.cond152.i = select i1 %437, i1 %331, i1 false
  br i1 %or.cond152.i, label %body68.i.preheader, label %endif65.i

body68.i.preheader:                               ; preds = %endif54.i
  %xtraiter133 = and i64 %umin132, 3
  %489 = icmp ult i64 %21, 3
  br i1 %489, label %endif65.i.loopexit.unr-lcssa, label %body68.i.preheader.new

body68.i.preheader.new:                           ; preds = %body68.i.preheader
  %unroll_iter136 = and i64 %umin132, 508
  br label %body68.i

body57.i:                                         ; preds = %body57.i, %body57.i.preheader.new
  %i55.0145.i = phi i64 [ 0, %body57.i.preheader.new ], [ %501, %body57.i ]
  %niter143 = phi i64 [ 0, %body57.i.preheader.new ], [ %niter143.next.1, %body57.i ]
  %490 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %i55.0145.i
  %cls60.i = load i32, ptr %490, align 4
  %491 = sext i32 %cls60.i to i64
  %492 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %491, i32 1
  %line61.i = load i32, ptr %492, align 4
  %493 = getelementptr inbounds i32, ptr %439, i64 %i55.0145.i
  store i32 %line61.i, ptr %493, align 4
  %494 = getelementptr inbounds i8, ptr %440, i64 %i55.0145.i
  store i8 1, ptr %494, align 1
  %495 = or disjoint i64 %i55.0145.i, 1
  %496 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %495
  %cls60.i.1 = load i32, ptr %496, align 4
  %497 = sext i32 %cls60.i.1 to i64
  %498 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %497, i32 1
  %line61.i.1 = load i32, ptr %498, align 4
  %499 = getelementptr inbounds i32, ptr %439, i64 %495
  store i32 %line61.i.1, ptr %499, align 4
  %500 = getelementptr inbounds i8, ptr %440, i64 %495
  store i8 1, ptr %500, align 1
  %501 = add nuw nsw i64 %i55.0145.i, 2
  %niter143.next.1 = add i64 %niter143, 2
  %niter143.ncmp.1 = icmp eq i64 %niter143.next.1, %unroll_iter142
  br i1 %niter143.ncmp.1, label %copied63.i.loopexit.unr-lcssa, label %body57.i, !llvm.loop !84

copied63.i.loopexit.unr-lcssa:                    ; preds = %body57.i, %body57.i.preheader
  %i55.0145.i.unr = phi i64 [ 0, %body57.i.preheader ], [ %501, %body57.i ]
  %lcmp.mod141.not = icmp eq i64 %xtraiter139, 0
  br i1 %lcmp.mod141.not, label %copied63.i, label %body57.i.epil

body57.i.epil:                                    ; preds = %copied63.i.loopexit.unr-lcssa
  %502 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %i55.0145.i.unr
  %cls60.i.epil = load i32, ptr %502, align 4
  %503 = sext i32 %cls60.i.epil to i64
  %504 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %503, i32 1
  %line61.i.epil = load i32, ptr %504, align 4
  %505 = getelementptr inbounds i32, ptr %439, i64 %i55.0145.i.unr
  store i32 %line61.i.epil, ptr %505, align 4
  %506 = getelementptr inbounds i8, ptr %440, i64 %i55.0145.i.unr
  store i8 1, ptr %506, align 1
  br label %copied63.i

copied63.i:                                       ; preds = %body57.i.epil, %copied63.i.loopexit.unr-lcssa, %body77.preheader.i, %endif65.i, %loop56.preheader.i
  %rcs.i = load ptr, ptr %16, align 8
  %.not113.i = icmp eq ptr %rcs.i, null
  br i1 %.not113.i, label %endif82.i, label %rc.i

endif65.i.loopexit.unr-lcssa:                     ; preds = %body68.i, %body68.i.preheader
  %i66.0143.i.unr = phi i64 [ 0, %body68.i.preheader ], [ %531, %body68.i ]
  %lcmp.mod135.not = icmp eq i64 %xtraiter133, 0
  br i1 %lcmp.mod135.not, label %endif65.i, label %body68.i.epil

body68.i.epil:                                    ; preds = %endif65.i.loopexit.unr-lcssa, %body68.i.epil
  %i66.0143.i.epil = phi i64 [ %511, %body68.i.epil ], [ %i66.0143.i.unr, %endif65.i.loopexit.unr-lcssa ]
  %epil.iter134 = phi i64 [ %epil.iter134.next, %body68.i.epil ], [ 0, %endif65.i.loopexit.unr-lcssa ]
  %507 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %i66.0143.i.epil
  %cls71.i.epil = load i32, ptr %507, align 4
  %508 = sext i32 %cls71.i.epil to i64
  %509 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %508, i32 1
  %line72.i.epil = load i32, ptr %509, align 4
  %510 = getelementptr inbounds i32, ptr %439, i64 %i66.0143.i.epil
  store i32 %line72.i.epil, ptr %510, align 4
  %511 = add nuw nsw i64 %i66.0143.i.epil, 1
  %epil.iter134.next = add i64 %epil.iter134, 1
  %epil.iter134.cmp.not = icmp eq i64 %epil.iter134.next, %xtraiter133
  br i1 %epil.iter134.cmp.not, label %endif65.i, label %body68.i.epil, !llvm.loop !85

endif65.i:                                        ; preds = %endif65.i.loopexit.unr-lcssa, %body68.i.epil, %endif54.i
  %or.cond149.i = select i1 %438, i1 %331, i1 false
  br i1 %or.cond149.i, label %body77.preheader.i, label %copied63.i

body77.preheader.i:                               ; preds = %endif65.i
  tail call void @llvm.memset.p0.i64(ptr align 1 %440, i8 1, i64 %43, i1 false)
  br label %copied63.i

body68.i:                                         ; preds = %body68.i, %body68.i.preheader.new
  %i66.0143.i = phi i64 [ 0, %body68.i.preheader.new ], [ %531, %body68.i ]
  %niter137 = phi i64 [ 0, %body68.i.preheader.new ], [ %niter137.next.3, %body68.i ]
  %512 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %i66.0143.i
  %cls71.i = load i32, ptr %512, align 4
  %513 = sext i32 %cls71.i to i64
  %514 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %513, i32 1
  %line72.i = load i32, ptr %514, align 4
  %515 = getelementptr inbounds i32, ptr %439, i64 %i66.0143.i
  store i32 %line72.i, ptr %515, align 4
  %516 = or disjoint i64 %i66.0143.i, 1
  %517 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %516
  %cls71.i.1 = load i32, ptr %517, align 4
  %518 = sext i32 %cls71.i.1 to i64
  %519 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %518, i32 1
  %line72.i.1 = load i32, ptr %519, align 4
  %520 = getelementptr inbounds i32, ptr %439, i64 %516
  store i32 %line72.i.1, ptr %520, align 4
  %521 = or disjoint i64 %i66.0143.i, 2
  %522 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %521
  %cls71.i.2 = load i32, ptr %522, align 4
  %523 = sext i32 %cls71.i.2 to i64
  %524 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %523, i32 1
  %line72.i.2 = load i32, ptr %524, align 4
  %525 = getelementptr inbounds i32, ptr %439, i64 %521
  store i32 %line72.i.2, ptr %525, align 4
  %526 = or disjoint i64 %i66.0143.i, 3
  %527 = getelementptr inbounds i32, ptr %cls.lines.i, i64 %526
  %cls71.i.3 = load i32, ptr %527, align 4
  %528 = sext i32 %cls71.i.3 to i64
  %529 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %528, i32 1
  %line72.i.3 = load i32, ptr %529, align 4
  %530 = getelementptr inbounds i32, ptr %439, i64 %526
  store i32 %line72.i.3, ptr %530, align 4
  %531 = add nuw nsw i64 %i66.0143.i, 4
  %niter137.next.3 = add i64 %niter137, 4
  %niter137.ncmp.3 = icmp eq i64 %niter137.next.3, %unroll_iter136
  br i1 %niter137.ncmp.3, label %endif65.i.loopexit.unr-lcssa, label %body68.i, !llvm.loop !86

rc.i:                                             ; preds = %copied63.i
  %532 = shl nuw nsw i64 %43, 2
  %533 = getelementptr inbounds i32, ptr %rcs.i, i64 %base
  tail call void @llvm.memset.p0.i64(ptr nonnull align 4 %533, i8 0, i64 %532, i1 false)
  br label %endif82.i

endif82.i:                                        ; preds = %rc.i, %copied63.i
  %.not114.i = icmp ne i64 %nslow2.i, 0
  %or.cond153.i = select i1 %.not114.i, i1 %331, i1 false
  br i1 %or.cond153.i, label %body86.i, label %columns_block.exit

body86.i:                                         ; preds = %endif82.i, %endif89.i
  %bad.1147.i = phi i64 [ %bad.2.i, %endif89.i ], [ 0, %endif82.i ]
  %i84.0146.i = phi i64 [ %540, %endif89.i ], [ 0, %endif82.i ]
  %534 = getelementptr inbounds i8, ptr %slow.i, i64 %i84.0146.i
  %535 = load i8, ptr %534, align 1
  %.not115.i = icmp eq i8 %535, 0
  br i1 %.not115.i, label %endif89.i, label %slow_row.i

slow_row.i:                                       ; preds = %body86.i
  %536 = add i64 %i84.0146.i, %base
  %rc90.i = tail call fastcc i32 @column_row(ptr nonnull readonly %c, i64 %536)
  %537 = icmp ne i32 %rc90.i, 0
  %538 = zext i1 %537 to i64
  %539 = add i64 %bad.1147.i, %538
  br label %endif89.i

endif89.i:                                        ; preds = %slow_row.i, %body86.i
  %bad.2.i = phi i64 [ %539, %slow_row.i ], [ %bad.1147.i, %body86.i ]
  %540 = add nuw nsw i64 %i84.0146.i, 1
  %exitcond166.not.i = icmp eq i64 %540, %43
  br i1 %exitcond166.not.i, label %columns_block.exit, label %body86.i

columns_block.exit:                               ; preds = %endif89.i, %endif82.i
  %bad.0.i = phi i64 [ 0, %endif82.i ], [ %bad.2.i, %endif89.i ]
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %slow.i)
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %cls.lines.i)
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %cls.risk.i)
  %541 = add i64 %bad.0.i, %bad.029
  %542 = add nuw nsw i64 %i.028, 1
  %exitcond39.not = icmp eq i64 %542, %nblocks15
  br i1 %exitcond39.not, label %common.ret, label %body

common.ret:                                       ; preds = %body4, %columns_block.exit, %loop3.preheader, %blocks
  %common.ret.op = phi i64 [ 0, %blocks ], [ 0, %loop3.preheader ], [ %541, %columns_block.exit ], [ %545, %body4 ]
  ret i64 %common.ret.op

body4:                                            ; preds = %loop3.preheader, %body4
  %bad.127 = phi i64 [ %545, %body4 ], [ 0, %loop3.preheader ]
  %i2.026 = phi i64 [ %546, %body4 ], [ 0, %loop3.preheader ]
  %rc = tail call fastcc i32 @column_row(ptr nonnull %c, i64 %i2.026)
  %543 = icmp ne i32 %rc, 0
  %544 = zext i1 %543 to i64
  %545 = add i64 %bad.127, %544
  %546 = add nuw nsw i64 %i2.026, 1
  %exitcond.not = icmp eq i64 %546, %n
  br i1 %exitcond.not, label %common.ret, label %body4
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.floor.v2f64(<2 x double>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #7

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { noinline }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #9 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!guide.clauses = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9}
!guide.ruleset = !{!10}
!guide.direct = !{!11, !12}

!0 = !{!"clause 0: table risk row 1 (\C2\A71), line 25"}
!1 = !{!"clause 1: table risk row 2 (\C2\A71), line 26"}
!2 = !{!"clause 2: table risk row 3 (\C2\A71), line 27"}
!3 = !{!"clause 3: table risk row 4 (\C2\A71), line 28"}
!4 = !{!"clause 4: table lines row 1 (\C2\A72), line 33"}
!5 = !{!"clause 5: table lines row 2 (\C2\A72), line 34"}
!6 = !{!"clause 6: table lines row 3 (\C2\A72), line 35"}
!7 = !{!"clause 7: table lines row 4 (\C2\A72), line 36"}
!8 = !{!"clause 8: table lines row 5 (\C2\A72), line 37"}
!9 = !{!"clause 9: table lines row 6 (\C2\A72), line 38"}
!10 = !{!"guideline lookup \22Golden test of the direct path\22 version \221\22, SHA-256 e073e17f0b75585fc257981133f6df5a6be122064b697463154989b77b983fc6"}
!11 = !{!"table risk: @direct.risk[class.risk], classes of site 3, size_cm 2, rupture 2 (the last turns fastest); answers risk, pct"}
!12 = !{!"table lines: @direct.lines[class.lines], classes of lines 3, site 2 (the last turns fastest); answers line"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"eval_direct: %in"}
!15 = distinct !{!15, !"eval_direct"}
!16 = !{!17}
!17 = distinct !{!17, !15, !"eval_direct: %out"}
!18 = !{!14, !17}
!19 = !{!20}
!20 = distinct !{!20, !21, !"columns_loop.known: argument 0"}
!21 = distinct !{!21, !"columns_loop.known"}
!22 = !{!23}
!23 = distinct !{!23, !21, !"columns_loop.known: argument 1"}
!24 = !{!25}
!25 = distinct !{!25, !21, !"columns_loop.known: argument 2"}
!26 = !{!27}
!27 = distinct !{!27, !21, !"columns_loop.known: argument 3"}
!28 = !{!29}
!29 = distinct !{!29, !21, !"columns_loop.known: argument 4"}
!30 = !{!31}
!31 = distinct !{!31, !21, !"columns_loop.known: argument 5"}
!32 = !{!33}
!33 = distinct !{!33, !21, !"columns_loop.known: argument 6"}
!34 = !{!35}
!35 = distinct !{!35, !21, !"columns_loop.known: argument 7"}
!36 = !{!23, !25, !27, !29, !31, !33, !35}
!37 = !{!20, !25, !27, !29, !31, !33, !35}
!38 = !{!20, !23, !27, !29, !31, !33, !35}
!39 = !{!20, !23, !25, !29, !31, !33, !35}
!40 = !{!20, !23, !25, !27, !31, !33, !35}
!41 = !{!20, !23, !25, !27, !29, !33, !35}
!42 = !{!20, !23, !25, !27, !29, !31, !35}
!43 = !{!20, !23, !25, !27, !29, !31, !33}
!44 = distinct !{!44, !45, !46}
!45 = !{!"llvm.loop.isvectorized", i32 1}
!46 = !{!"llvm.loop.unroll.runtime.disable"}
!47 = distinct !{!47, !46, !45}
!48 = !{!49}
!49 = distinct !{!49, !50, !"columns_loop.all: argument 0"}
!50 = distinct !{!50, !"columns_loop.all"}
!51 = !{!52}
!52 = distinct !{!52, !50, !"columns_loop.all: argument 1"}
!53 = !{!54}
!54 = distinct !{!54, !50, !"columns_loop.all: argument 2"}
!55 = !{!56}
!56 = distinct !{!56, !50, !"columns_loop.all: argument 3"}
!57 = !{!58}
!58 = distinct !{!58, !50, !"columns_loop.all: argument 4"}
!59 = !{!60}
!60 = distinct !{!60, !50, !"columns_loop.all: argument 5"}
!61 = !{!62}
!62 = distinct !{!62, !50, !"columns_loop.all: argument 6"}
!63 = !{!52, !54, !56, !58, !60, !62}
!64 = !{!49, !54, !56, !58, !60, !62}
!65 = !{!49, !52, !56, !58, !60, !62}
!66 = !{!49, !52, !54, !58, !60, !62}
!67 = !{!49, !52, !54, !56, !60, !62}
!68 = !{!49, !52, !54, !56, !58, !62}
!69 = !{!49, !52, !54, !56, !58, !60}
!70 = distinct !{!70, !45, !46}
!71 = distinct !{!71, !46, !45}
!72 = distinct !{!72, !73}
!73 = !{!"llvm.loop.vectorize.enable", i1 false}
!74 = distinct !{!74, !75}
!75 = !{!"llvm.loop.unroll.disable"}
!76 = distinct !{!76, !75}
!77 = distinct !{!77, !73}
!78 = distinct !{!78, !73}
!79 = distinct !{!79, !73}
!80 = distinct !{!80, !75}
!81 = distinct !{!81, !75}
!82 = distinct !{!82, !73}
!83 = distinct !{!83, !73}
!84 = distinct !{!84, !73}
!85 = distinct !{!85, !75}
!86 = distinct !{!86, !73}
