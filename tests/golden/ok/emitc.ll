; ModuleID = 'emitc'
source_filename = "emitc.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_dd_level = type { i32, i32, i32, ptr, ptr, ptr, i32, ptr, ptr, ptr }
%guide_dd_leaf = type { i8, i8, [2 x i64] }
%guide_dd = type { i32, i32, ptr, i32, ptr, ptr, ptr, i32, i32, ptr, ptr, i32 }
%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32, ptr, ptr, double }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i32, ptr, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr, ptr, i32, ptr, ptr }
%eval_state = type { [11 x [2 x i64]], [11 x i8], ptr, [9 x i8], [9 x i8], [6 x i8], ptr, [2 x i32], [49 x i32], i8, ptr }
%guide_output = type { i8, i8, i8, i8 }
%guide_event = type { i8, i8, i32 }
%emitc_output = type { i32, double, i32, i64, i32, [5 x %guide_output], [5 x [1 x i64]], [5 x i64], double, [1 x i64] }
%emitc_input = type { [1 x i64], i32, double, double, double, i32 }

@dd.inputs.site = private constant [1 x i64] [i64 1]
@dd.cuts.size_cm = private constant [2 x double] [double 5.000000e+00, double 1.000000e+01]
@dd.pos_cell.size_cm = private constant [5 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4]
@dd.inputs.size_cm = private constant [1 x i64] [i64 2]
@dd.levels.risk = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 0, i32 3, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 5, i32 2, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.risk = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.risk = private constant [2 x i32] [i32 0, i32 5]
@dd.kids.risk = private constant [8 x i32] [i32 -1, i32 -1, i32 -2, i32 -2, i32 -2, i32 0, i32 0, i32 -3]
@dd.leaves.risk = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf zeroinitializer]
@dd.cone.risk = private constant [1 x i64] [i64 3]
@dd.levels.pct = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 0, i32 3, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 5, i32 2, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.pct = private constant [3 x i32] [i32 1, i32 1, i32 0]
@dd.node_kids.pct = private constant [3 x i32] [i32 0, i32 5, i32 10]
@dd.kids.pct = private constant [13 x i32] [i32 -1, i32 -1, i32 -2, i32 -2, i32 -2, i32 -1, i32 -1, i32 -3, i32 -3, i32 -3, i32 0, i32 1, i32 -4]
@dd.leaves.pct = private constant [4 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 4611686018427387904, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 4622945017495814144, i64 0] }, %guide_dd_leaf { i8 1, i8 1, [2 x i64] zeroinitializer }, %guide_dd_leaf zeroinitializer]
@dd.cone.pct = private constant [1 x i64] [i64 3]
@dd.cuts.lines = private constant [1 x double] [double 1.000000e+00]
@dd.pos_cell.lines = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.lines = private constant [1 x i64] [i64 8]
@dd.levels.line = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 3, i32 3, i32 1, ptr @dd.cuts.lines, ptr @dd.pos_cell.lines, ptr @dd.inputs.lines, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.line = private constant [1 x i32] zeroinitializer
@dd.node_kids.line = private constant [1 x i32] zeroinitializer
@dd.kids.line = private constant [3 x i32] [i32 -1, i32 -1, i32 -2]
@dd.leaves.line = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.line = private constant [1 x i64] [i64 8]
@dd.inputs.rupture = private constant [1 x i64] [i64 16]
@dd.levels.exams = private constant [3 x %guide_dd_level] [%guide_dd_level { i32 0, i32 3, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 5, i32 2, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.rupture, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.exams = private constant [5 x i32] [i32 2, i32 1, i32 2, i32 1, i32 0]
@dd.node_kids.exams = private constant [5 x i32] [i32 0, i32 2, i32 7, i32 9, i32 14]
@dd.kids.exams = private constant [17 x i32] [i32 -3, i32 -1, i32 -1, i32 -1, i32 -1, i32 -1, i32 0, i32 -2, i32 -4, i32 -4, i32 -4, i32 -4, i32 -4, i32 2, i32 1, i32 1, i32 3]
@dd.leaves.exams = private constant [4 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 2, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 3, i64 0] }, %guide_dd_leaf zeroinitializer]
@dd.cone.exams = private constant [1 x i64] [i64 19]
@dd.cuts.change = private constant [1 x double] [double 2.000000e+01]
@dd.pos_cell.change = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.change = private constant [1 x i64] [i64 6]
@dd.through.change = private constant [1 x i32] [i32 5]
@dd.through_at.change = private constant [2 x i32] [i32 0, i32 2]
@dd.through_from.change = private constant [2 x i32] [i32 1, i32 2]
@dd.levels.treat = private constant [3 x %guide_dd_level] [%guide_dd_level { i32 0, i32 3, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 5, i32 2, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 5, i32 3, i32 1, ptr @dd.cuts.change, ptr @dd.pos_cell.change, ptr @dd.inputs.change, i32 1, ptr @dd.through.change, ptr @dd.through_at.change, ptr @dd.through_from.change }]
@dd.node_level.treat = private constant [4 x i32] [i32 2, i32 1, i32 2, i32 0]
@dd.node_kids.treat = private constant [4 x i32] [i32 0, i32 3, i32 8, i32 11]
@dd.kids.treat = private constant [14 x i32] [i32 -2, i32 -2, i32 -1, i32 0, i32 0, i32 -1, i32 -1, i32 -1, i32 -3, i32 -3, i32 -1, i32 1, i32 1, i32 2]
@dd.leaves.treat = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf zeroinitializer]
@dd.cone.treat = private constant [1 x i64] [i64 7]
@dds = private constant [5 x %guide_dd] [%guide_dd { i32 6, i32 2, ptr @dd.levels.risk, i32 2, ptr @dd.node_level.risk, ptr @dd.node_kids.risk, ptr @dd.kids.risk, i32 1, i32 3, ptr @dd.leaves.risk, ptr @dd.cone.risk, i32 0 }, %guide_dd { i32 7, i32 2, ptr @dd.levels.pct, i32 3, ptr @dd.node_level.pct, ptr @dd.node_kids.pct, ptr @dd.kids.pct, i32 2, i32 4, ptr @dd.leaves.pct, ptr @dd.cone.pct, i32 0 }, %guide_dd { i32 8, i32 1, ptr @dd.levels.line, i32 1, ptr @dd.node_level.line, ptr @dd.node_kids.line, ptr @dd.kids.line, i32 0, i32 2, ptr @dd.leaves.line, ptr @dd.cone.line, i32 0 }, %guide_dd { i32 9, i32 3, ptr @dd.levels.exams, i32 5, ptr @dd.node_level.exams, ptr @dd.node_kids.exams, ptr @dd.kids.exams, i32 4, i32 4, ptr @dd.leaves.exams, ptr @dd.cone.exams, i32 0 }, %guide_dd { i32 10, i32 3, ptr @dd.levels.treat, i32 4, ptr @dd.node_level.treat, ptr @dd.node_kids.treat, ptr @dd.kids.treat, i32 3, i32 3, ptr @dd.leaves.treat, ptr @dd.cone.treat, i32 0 }]
@.str = private unnamed_addr constant [8 x i8] c"stomach\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"bowel\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"colon\00", align 1
@labels.site = private constant [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2]
@.str.3 = private unnamed_addr constant [5 x i8] c"site\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"size_cm\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"before_cm\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"cm\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"rupture\00", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"change\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@labels.risk = private constant [2 x ptr] [ptr @.str.12, ptr @.str.13]
@.str.15 = private unnamed_addr constant [4 x i8] c"pct\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"%\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.18 = private unnamed_addr constant [5 x i8] c"more\00", align 1
@labels.line = private constant [2 x ptr] [ptr @.str.17, ptr @.str.18]
@.str.19 = private unnamed_addr constant [5 x i8] c"line\00", align 1
@labels.exams = private constant [2 x ptr] [ptr @.str.41, ptr @.str.43]
@.str.22 = private unnamed_addr constant [6 x i8] c"exams\00", align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.24 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@labels.treat = private constant [2 x ptr] [ptr @.str.23, ptr @.str.24]
@vars = private constant [11 x %guide_var_info] [%guide_var_info { ptr @.str.3, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.site, i32 6, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.4, i32 0, i32 2, ptr @.str.7, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 7, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.6, i32 0, i32 2, ptr @.str.7, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 8, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.51, i32 0, i32 3, ptr null, double 0.000000e+00, double 5.000000e+00, i32 0, ptr null, i32 9, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.9, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 10, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.10, i32 1, i32 2, ptr @.str.16, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 12, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.49, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.risk, i32 14, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.15, i32 2, i32 2, ptr @.str.16, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 15, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.19, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.line, i32 16, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.22, i32 2, i32 5, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.exams, i32 17, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.45, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.treat, i32 18, ptr null, ptr null, double 0.000000e+00 }]
@reads.0 = private constant [2 x i32] [i32 0, i32 1]
@.str.28 = private unnamed_addr constant [23 x i8] c"size_cm: <= 5, site: -\00", align 1
@reads.1 = private constant [2 x i32] [i32 0, i32 1]
@.str.31 = private unnamed_addr constant [28 x i8] c"size_cm: > 5, site: stomach\00", align 1
@reads.2 = private constant [2 x i32] [i32 0, i32 1]
@.str.34 = private unnamed_addr constant [26 x i8] c"size_cm: > 5, site: bowel\00", align 1
@reads.3 = private constant [1 x i32] [i32 3]
@.str.37 = private unnamed_addr constant [12 x i8] c"lines: <= 1\00", align 1
@.str.40 = private unnamed_addr constant [9 x i8] c"lines: -\00", align 1
@.str.41 = private unnamed_addr constant [3 x i8] c"ct\00", align 1
@reads.5 = private constant [1 x i32] zeroinitializer
@.str.43 = private unnamed_addr constant [4 x i8] c"mri\00", align 1
@.str.44 = private unnamed_addr constant [4 x i8] c"\C2\A73\00", align 1
@reads.6 = private constant [2 x i32] [i32 1, i32 4]
@.str.45 = private unnamed_addr constant [6 x i8] c"treat\00", align 1
@reads.7 = private constant [2 x i32] [i32 6, i32 5]
@.str.47 = private unnamed_addr constant [9 x i8] c"no_treat\00", align 1
@.str.48 = private unnamed_addr constant [4 x i8] c"\C2\A74\00", align 1
@reads.8 = private constant [2 x i32] [i32 6, i32 5]
@clauses = private constant [9 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 1, ptr null, ptr @.str.50, i32 23, i32 2, ptr @reads.0, i32 0, ptr null, ptr @.str.28 }, %guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 2, ptr null, ptr @.str.50, i32 24, i32 2, ptr @reads.1, i32 0, ptr null, ptr @.str.31 }, %guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 3, ptr null, ptr @.str.50, i32 25, i32 2, ptr @reads.2, i32 0, ptr null, ptr @.str.34 }, %guide_clause_info { i32 1, ptr @.str.51, i32 1, i32 1, ptr null, ptr @.str.52, i32 30, i32 1, ptr @reads.3, i32 0, ptr null, ptr @.str.37 }, %guide_clause_info { i32 1, ptr @.str.51, i32 1, i32 2, ptr null, ptr @.str.52, i32 31, i32 0, ptr null, i32 0, ptr null, ptr @.str.40 }, %guide_clause_info { i32 0, ptr @.str.41, i32 -1, i32 0, ptr null, ptr @.str.44, i32 34, i32 1, ptr @reads.5, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.43, i32 -1, i32 0, ptr null, ptr @.str.44, i32 35, i32 2, ptr @reads.6, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.45, i32 -1, i32 0, ptr null, ptr @.str.48, i32 36, i32 2, ptr @reads.7, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.47, i32 -1, i32 0, ptr null, ptr @.str.48, i32 37, i32 2, ptr @reads.8, i32 0, ptr null, ptr null }]
@.str.49 = private unnamed_addr constant [5 x i8] c"risk\00", align 1
@.str.50 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@.str.51 = private unnamed_addr constant [6 x i8] c"lines\00", align 1
@.str.52 = private unnamed_addr constant [4 x i8] c"\C2\A72\00", align 1
@tables = private constant [2 x %guide_table_info] [%guide_table_info { ptr @.str.49, ptr @.str.50, i32 20, i32 0, i32 0, i32 3 }, %guide_table_info { ptr @.str.51, ptr @.str.52, i32 28, i32 1, i32 3, i32 2 }]
@.str.53 = private unnamed_addr constant [6 x i8] c"emitc\00", align 1
@.str.54 = private unnamed_addr constant [29 x i8] c"Golden test of the C backend\00", align 1
@.str.55 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.56 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.57 = private unnamed_addr constant [65 x i8] c"ac1afa0acfc163f3d7ff637d320483de0e3a5953f45d18853c08a36a45567024\00", align 1
@.str.58 = private unnamed_addr constant [12 x i8] c"emitc.guide\00", align 1
@emitc_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.53, ptr @.str.54, ptr @.str.55, ptr @.str.56, ptr @.str.57, ptr @.str.58, i32 11, i32 5, i32 1, i32 5, ptr @vars, i32 9, ptr @clauses, i32 2, ptr @tables, i32 0, ptr null, ptr @dds, i32 0, ptr null, ptr null }
@rows.risk = private unnamed_addr constant [10 x i16] [i16 0, i16 1, i16 -1, i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 -1]
@combos.risk = private unnamed_addr constant [9 x i32] [i32 0, i32 0, i32 3, i32 0, i32 0, i32 6, i32 9, i32 9, i32 9]
@answers.risk.pct = private unnamed_addr constant [9 x i32] [i32 2, i32 2, i32 3, i32 2, i32 2, i32 4, i32 0, i32 0, i32 0]
@rows.lines = private unnamed_addr constant [8 x i16] [i16 0, i16 1, i16 1, i16 4, i16 -1, i16 1, i16 1, i16 -1]
@combos.lines = private unnamed_addr constant [3 x i32] [i32 0, i32 0, i32 5]
@answers.lines.line = private unnamed_addr constant [3 x i32] [i32 2, i32 2, i32 3]
@values.risk = private unnamed_addr constant [3 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0]]
@values.pct = private unnamed_addr constant [3 x [2 x i64]] [[2 x i64] [i64 4611686018427387904, i64 0], [2 x i64] [i64 4622945017495814144, i64 0], [2 x i64] zeroinitializer]
@nulls.pct = private unnamed_addr constant [3 x i8] c"\00\00\01"
@values.treat = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0]]
@all_known = private unnamed_addr constant i64 -1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #0

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @table.risk(ptr nocapture %s) unnamed_addr #1 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 218
  store i8 1, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %s, i64 232
  %combo.i = load i32, ptr %1, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif2.i, %endif.i
  %.sink.i = phi i32 [ %12, %endif2.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %1, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 176
  %k.i = load i8, ptr %2, align 1
  %.not3.i = icmp eq i8 %k.i, 0
  %3 = getelementptr inbounds i8, ptr %s, i64 177
  %k1.i = load i8, ptr %3, align 1
  %.not4.i = icmp eq i8 %k1.i, 0
  %4 = or i1 %.not3.i, %.not4.i
  br i1 %4, label %common.ret.sink.split.i, label %endif2.i

endif2.i:                                         ; preds = %endif.i
  %site.i = load i32, ptr %s, align 4
  %5 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %5, align 8
  %6 = fcmp ogt double %size_cm.i, 5.000000e+00
  %7 = zext i1 %6 to i32
  %8 = fcmp oge double %size_cm.i, 5.000000e+00
  %9 = zext i1 %8 to i32
  %10 = mul i32 %site.i, 3
  %11 = add i32 %10, %9
  %12 = add i32 %11, %7
  br label %common.ret.sink.split.i

cells.risk.exit:                                  ; preds = %entry, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %entry ], [ %.sink.i, %common.ret.sink.split.i ]
  %13 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %13, label %lookup, label %endif

lookup:                                           ; preds = %cells.risk.exit
  %14 = getelementptr inbounds i8, ptr %s, i64 200
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %14, i8 0, i64 3, i1 false)
  %15 = getelementptr inbounds i8, ptr %s, i64 209
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(3) %15, i8 0, i64 3, i1 false)
  %16 = zext nneg i32 %common.ret.op.i to i64
  %17 = getelementptr inbounds [9 x i32], ptr @combos.risk, i64 0, i64 %16
  %off = load i32, ptr %17, align 4
  %18 = sext i32 %off to i64
  %19 = lshr i64 804, %18
  %20 = and i64 %19, 1
  %.not2628 = icmp eq i64 %20, 0
  br i1 %.not2628, label %hit, label %common.ret

common.ret:                                       ; preds = %hit, %lookup, %endif
  ret void

endif:                                            ; preds = %cells.risk.exit
  %site = load i32, ptr %s, align 4
  %21 = and i32 %site, 63
  %22 = zext nneg i32 %21 to i64
  %23 = lshr i64 3, %22
  %24 = trunc nuw nsw i64 %23 to i32
  %25 = getelementptr inbounds i8, ptr %s, i64 176
  %k = load i8, ptr %25, align 1
  %.not = icmp eq i8 %k, 0
  %26 = and i32 %24, 1
  %27 = select i1 %.not, i32 2, i32 %26
  %28 = icmp eq i32 %27, 0
  %29 = icmp eq i32 %27, 1
  %30 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm = load double, ptr %30, align 8
  %31 = fcmp ole double %size_cm, 5.000000e+00
  %32 = getelementptr inbounds i8, ptr %s, i64 177
  %k1 = load i8, ptr %32, align 1
  %.not14 = icmp ne i8 %k1, 0
  %33 = xor i1 %31, true
  %34 = select i1 %.not14, i1 %33, i1 false
  %35 = or i1 %34, %28
  %36 = select i1 %.not14, i1 %31, i1 false
  %37 = and i1 %36, %29
  %not. = xor i1 %35, true
  %38 = select i1 %not., i1 %37, i1 false
  %39 = select i1 %38, i8 1, i8 2
  %40 = select i1 %35, i8 0, i8 %39
  %41 = getelementptr inbounds i8, ptr %s, i64 200
  store i8 %40, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %s, i64 209
  store i8 %40, ptr %42, align 1
  %43 = fcmp ogt double %size_cm, 5.000000e+00
  %44 = xor i1 %43, true
  %45 = select i1 %.not14, i1 %44, i1 false
  %46 = or i1 %45, %28
  %47 = select i1 %.not14, i1 %43, i1 false
  %48 = and i1 %47, %29
  %49 = lshr i64 1, %22
  %50 = trunc nuw nsw i64 %49 to i32
  %51 = select i1 %.not, i32 2, i32 %50
  %52 = icmp eq i32 %51, 0
  %53 = or i1 %52, %46
  %not.18 = xor i1 %46, true
  %54 = select i1 %not.18, i1 %48, i1 false
  %55 = icmp eq i32 %51, 1
  %56 = and i1 %55, %54
  %not.19 = xor i1 %53, true
  %57 = select i1 %not.19, i1 %56, i1 false
  %58 = select i1 %57, i8 1, i8 2
  %59 = select i1 %53, i8 0, i8 %58
  %60 = getelementptr inbounds i8, ptr %s, i64 201
  store i8 %59, ptr %60, align 1
  %61 = getelementptr inbounds i8, ptr %s, i64 210
  store i8 %59, ptr %61, align 1
  %62 = lshr i64 2, %22
  %63 = trunc nuw nsw i64 %62 to i32
  %64 = and i32 %63, 1
  %65 = select i1 %.not, i32 2, i32 %64
  %66 = icmp eq i32 %65, 0
  %67 = or i1 %66, %46
  %68 = icmp eq i32 %65, 1
  %69 = and i1 %68, %54
  %not.24 = xor i1 %67, true
  %70 = select i1 %not.24, i1 %69, i1 false
  %71 = select i1 %70, i8 1, i8 2
  %72 = select i1 %67, i8 0, i8 %71
  %73 = getelementptr inbounds i8, ptr %s, i64 202
  store i8 %72, ptr %73, align 1
  %74 = getelementptr inbounds i8, ptr %s, i64 211
  store i8 %72, ptr %74, align 1
  br label %common.ret

hit:                                              ; preds = %lookup, %hit
  %75 = phi i64 [ %88, %hit ], [ %18, %lookup ]
  %pos.029 = phi i32 [ %87, %hit ], [ %off, %lookup ]
  %76 = getelementptr inbounds [10 x i16], ptr @rows.risk, i64 0, i64 %75
  %row = load i16, ptr %76, align 2
  %77 = add i32 %pos.029, 1
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [10 x i16], ptr @rows.risk, i64 0, i64 %78
  %status = load i16, ptr %79, align 2
  %80 = trunc i16 %status to i8
  %81 = zext i16 %row to i64
  %82 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %81
  store i8 %80, ptr %82, align 1
  %83 = lshr i64 154, %78
  %84 = trunc nuw i64 %83 to i8
  %85 = and i8 %84, 1
  %86 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %81
  store i8 %85, ptr %86, align 1
  %87 = add i32 %pos.029, 2
  %88 = sext i32 %87 to i64
  %89 = lshr i64 804, %88
  %90 = and i64 %89, 1
  %.not26 = icmp eq i64 %90, 0
  br i1 %.not26, label %hit, label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, i32 %o, ptr %asks, ptr %possible) unnamed_addr #3 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 240
  %1 = getelementptr inbounds i8, ptr %s, i64 436
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(196) %0, i8 0, i64 196, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = sext i32 %o to i64
  %4 = getelementptr inbounds [5 x %guide_dd], ptr @dds, i64 0, i64 %3
  %5 = getelementptr inbounds i8, ptr %s, i64 176
  %6 = getelementptr inbounds i8, ptr %s, i64 440
  %memos = load ptr, ptr %6, align 8
  %has_memos.not = icmp eq ptr %memos, null
  br i1 %has_memos.not, label %walk, label %memo

memo:                                             ; preds = %endif
  %7 = getelementptr inbounds ptr, ptr %memos, i64 %3
  %m = load ptr, ptr %7, align 8
  br label %walk

walk:                                             ; preds = %memo, %endif
  %memo1 = phi ptr [ null, %endif ], [ %m, %memo ]
  %n = call i32 @guide_dd_walk(ptr nonnull %4, i32 5, ptr nonnull %s, ptr nonnull %5, ptr nonnull %0, ptr %memo1, ptr %possible, ptr %asks, ptr nonnull %leaf)
  %var = add nuw nsw i32 %o, 6
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
  %14 = getelementptr inbounds i8, ptr %s, i64 192
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
  %32 = getelementptr inbounds i8, ptr %s, i64 192
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

define internal fastcc range(i32 0, 6) i32 @eval_with(ptr nocapture readonly %in, ptr %out, ptr %trace, ptr %memo) unnamed_addr {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 176
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(11) %0, i8 0, i64 11, i1 false)
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %site, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit272, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit272 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %rupture, %lines, %before_cm, %size_cm, %site
  %bad = phi i32 [ 1, %site ], [ 2, %size_cm ], [ 3, %before_cm ], [ 4, %lines ], [ 5, %rupture ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(152) %out, i8 0, i64 152, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 36
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 40
  store i8 2, ptr %3, align 1
  %4 = getelementptr inbounds i8, ptr %out, i64 44
  store i8 2, ptr %4, align 1
  %5 = getelementptr inbounds i8, ptr %out, i64 48
  store i8 2, ptr %5, align 1
  %6 = getelementptr inbounds i8, ptr %out, i64 52
  store i8 2, ptr %6, align 1
  br label %common.ret

site:                                             ; preds = %entry
  %7 = getelementptr inbounds i8, ptr %in, i64 8
  %site1 = load i32, ptr %7, align 4
  %8 = icmp ult i32 %site1, 3
  br i1 %8, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %9 = and i64 %known, 2
  %.not.not = icmp eq i64 %9, 0
  br i1 %.not.not, label %unknown3, label %size_cm

good:                                             ; preds = %site
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  store i32 %site1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  br label %next

size_cm:                                          ; preds = %next
  %10 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm5 = load double, ptr %10, align 8
  %11 = fcmp oge double %size_cm5, 0.000000e+00
  %12 = fcmp ole double %size_cm5, 3.000000e+01
  %13 = and i1 %11, %12
  br i1 %13, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %14 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %14, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good6, %unknown3
  %15 = phi double [ %size_cm5, %good6 ], [ 0.000000e+00, %unknown3 ]
  %16 = and i64 %known, 4
  %.not53.not = icmp eq i64 %16, 0
  br i1 %.not53.not, label %unknown8, label %before_cm

good6:                                            ; preds = %size_cm
  %17 = getelementptr inbounds i8, ptr %s, i64 16
  %18 = getelementptr inbounds i8, ptr %s, i64 24
  store i64 0, ptr %18, align 8
  store double %size_cm5, ptr %17, align 8
  %19 = getelementptr inbounds i8, ptr %s, i64 177
  store i8 1, ptr %19, align 1
  br label %next4

before_cm:                                        ; preds = %next4
  %20 = getelementptr inbounds i8, ptr %in, i64 24
  %before_cm10 = load double, ptr %20, align 8
  %21 = fcmp oge double %before_cm10, 0.000000e+00
  %22 = fcmp ole double %before_cm10, 3.000000e+01
  %23 = and i1 %21, %22
  br i1 %23, label %good11, label %bad_input

unknown8:                                         ; preds = %next4
  %24 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %24, i8 0, i64 16, i1 false)
  br label %next9

next9:                                            ; preds = %good11, %unknown8
  %25 = phi double [ %before_cm10, %good11 ], [ 0.000000e+00, %unknown8 ]
  %26 = and i64 %known, 8
  %.not54 = icmp eq i64 %26, 0
  br i1 %.not54, label %unknown13, label %lines

good11:                                           ; preds = %before_cm
  %27 = getelementptr inbounds i8, ptr %s, i64 32
  %28 = getelementptr inbounds i8, ptr %s, i64 40
  store i64 0, ptr %28, align 8
  store double %before_cm10, ptr %27, align 8
  %29 = getelementptr inbounds i8, ptr %s, i64 178
  store i8 1, ptr %29, align 2
  br label %next9

lines:                                            ; preds = %next9
  %30 = getelementptr inbounds i8, ptr %in, i64 32
  %lines15 = load double, ptr %30, align 8
  %31 = fcmp oge double %lines15, 0.000000e+00
  %32 = fcmp ole double %lines15, 5.000000e+00
  %33 = and i1 %31, %32
  %34 = tail call double @llvm.floor.f64(double %lines15)
  %35 = fcmp oeq double %lines15, %34
  %36 = and i1 %33, %35
  br i1 %36, label %good16, label %bad_input

unknown13:                                        ; preds = %next9
  %37 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %37, i8 0, i64 16, i1 false)
  br label %next14

next14:                                           ; preds = %good16, %unknown13
  %38 = and i64 %known, 16
  %.not55 = icmp eq i64 %38, 0
  br i1 %.not55, label %unknown18, label %rupture

good16:                                           ; preds = %lines
  %39 = getelementptr inbounds i8, ptr %s, i64 48
  %40 = getelementptr inbounds i8, ptr %s, i64 56
  store i64 0, ptr %40, align 8
  store double %lines15, ptr %39, align 8
  %41 = getelementptr inbounds i8, ptr %s, i64 179
  store i8 1, ptr %41, align 1
  br label %next14

rupture:                                          ; preds = %next14
  %42 = getelementptr inbounds i8, ptr %in, i64 40
  %rupture20 = load i32, ptr %42, align 4
  %switch = icmp ult i32 %rupture20, 2
  br i1 %switch, label %good21, label %bad_input

unknown18:                                        ; preds = %next14
  %43 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %43, i8 0, i64 16, i1 false)
  br label %next19

next19:                                           ; preds = %good21, %unknown18
  %44 = getelementptr inbounds i8, ptr %s, i64 218
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %44, i8 0, i64 6, i1 false)
  %45 = getelementptr inbounds i8, ptr %s, i64 232
  store i64 -1, ptr %45, align 8
  %46 = getelementptr inbounds i8, ptr %s, i64 436
  store i8 0, ptr %46, align 4
  %47 = getelementptr inbounds i8, ptr %s, i64 440
  store ptr %memo, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %out, i64 36
  %49 = getelementptr inbounds i8, ptr %s, i64 192
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %s, i64 224
  store ptr %trace, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %out, i64 56
  %52 = getelementptr inbounds i8, ptr %out, i64 96
  %53 = getelementptr inbounds i8, ptr %s, i64 177
  %54 = getelementptr inbounds i8, ptr %s, i64 16
  %55 = fsub double %15, %25
  %56 = and i64 %known, 6
  %57 = icmp eq i64 %56, 6
  %58 = tail call double @llvm.fabs.f64(double %55)
  %59 = fcmp one double %58, 0x7FF0000000000000
  %60 = select i1 %57, double %55, double 0.000000e+00
  %61 = fdiv double %60, %25
  %62 = and i1 %57, %59
  %63 = tail call double @llvm.fabs.f64(double %61)
  %64 = fcmp one double %63, 0x7FF0000000000000
  %65 = fcmp one double %25, 0.000000e+00
  %66 = and i1 %65, %64
  %67 = fmul double %61, 1.000000e+02
  %68 = and i1 %62, %66
  %69 = and i1 %59, %66
  %70 = xor i1 %69, true
  %71 = and i1 %57, %70
  %72 = tail call double @llvm.fabs.f64(double %67)
  %73 = fcmp ueq double %72, 0x7FF0000000000000
  %.not5.i = and i1 %62, %73
  %not..not5.i = xor i1 %.not5.i, true
  %74 = select i1 %68, i1 %not..not5.i, i1 false
  %75 = zext i1 %74 to i8
  %76 = getelementptr inbounds i8, ptr %s, i64 181
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %51, i8 0, i64 80, i1 false)
  store i8 %75, ptr %76, align 1
  %77 = getelementptr inbounds i8, ptr %s, i64 80
  %78 = select i1 %74, double %67, double 0.000000e+00
  %79 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %79, align 8
  store double %78, ptr %77, align 8
  %80 = select i1 %68, i1 %.not5.i, i1 %71
  %81 = icmp ne ptr %trace, null
  %or.cond.not = select i1 %80, i1 %81, i1 false
  br i1 %or.cond.not, label %trace.i, label %endif

good21:                                           ; preds = %rupture
  %82 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %82, i8 0, i64 16, i1 false)
  store i32 %rupture20, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %s, i64 180
  store i8 1, ptr %83, align 4
  br label %next19

trace.i:                                          ; preds = %next19
  %84 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %85, align 8
  %86 = icmp eq i64 %len.i, %cap.i
  br i1 %86, label %endif.thread, label %add.i

endif.thread:                                     ; preds = %trace.i
  %87 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %87, align 4
  br label %endif.i

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %88 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 2, ptr %88, align 1
  %89 = getelementptr inbounds i8, ptr %88, i64 1
  store i8 0, ptr %89, align 1
  %90 = getelementptr inbounds i8, ptr %88, i64 4
  store i32 5, ptr %90, align 4
  %91 = add i64 %len.i, 1
  store i64 %91, ptr %84, align 8
  %trace.i57.pre = load ptr, ptr %50, align 8
  br label %endif

endif:                                            ; preds = %add.i, %next19
  %trace.i57 = phi ptr [ %trace.i57.pre, %add.i ], [ %trace, %next19 ]
  %92 = icmp eq ptr %trace.i57, null
  br i1 %92, label %untraced.i, label %endif.i

untraced.i:                                       ; preds = %endif
  %combo.i.i = load i32, ptr %45, align 8
  %.not.i.i = icmp eq i32 %combo.i.i, -1
  br i1 %.not.i.i, label %endif.i.i, label %cells.risk.exit.i

common.ret.sink.split.i.i:                        ; preds = %endif2.i.i, %endif.i.i
  %.sink.i.i = phi i32 [ %100, %endif2.i.i ], [ -2, %endif.i.i ]
  store i32 %.sink.i.i, ptr %45, align 8
  br label %cells.risk.exit.i

endif.i.i:                                        ; preds = %untraced.i
  %k.i.i = load i8, ptr %0, align 8
  %.not3.i.i = icmp eq i8 %k.i.i, 0
  %k1.i.i = load i8, ptr %53, align 1
  %.not4.i.i = icmp eq i8 %k1.i.i, 0
  %93 = or i1 %.not3.i.i, %.not4.i.i
  br i1 %93, label %common.ret.sink.split.i.i, label %endif2.i.i

endif2.i.i:                                       ; preds = %endif.i.i
  %site.i.i = load i32, ptr %s, align 8
  %size_cm.i.i = load double, ptr %54, align 8
  %94 = fcmp ogt double %size_cm.i.i, 5.000000e+00
  %95 = zext i1 %94 to i32
  %96 = fcmp oge double %size_cm.i.i, 5.000000e+00
  %97 = zext i1 %96 to i32
  %98 = mul i32 %site.i.i, 3
  %99 = add i32 %98, %97
  %100 = add i32 %99, %95
  br label %common.ret.sink.split.i.i

cells.risk.exit.i:                                ; preds = %common.ret.sink.split.i.i, %untraced.i
  %common.ret.op.i.i = phi i32 [ %combo.i.i, %untraced.i ], [ %.sink.i.i, %common.ret.sink.split.i.i ]
  %101 = icmp sgt i32 %common.ret.op.i.i, -1
  br i1 %101, label %lookup.i, label %endif.i

endif.i:                                          ; preds = %endif.thread, %cells.risk.exit.i, %endif
  %trace.i57289 = phi ptr [ %trace, %endif.thread ], [ null, %cells.risk.exit.i ], [ %trace.i57, %endif ]
  %done.i = load i8, ptr %44, align 2
  %102 = icmp eq i8 %done.i, 0
  br i1 %102, label %eval.i, label %endif4.i

lookup.i:                                         ; preds = %cells.risk.exit.i
  %103 = zext nneg i32 %common.ret.op.i.i to i64
  %104 = add nsw i64 %103, -6
  %105 = icmp ult i64 %104, 3
  br i1 %105, label %no_value.i, label %endif2.i

no_value.i:                                       ; preds = %lookup.i
  %out.i = load ptr, ptr %49, align 8
  %106 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %out.i, align 1
  %107 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %107, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %106, i8 0, i64 16, i1 false)
  br label %endif22

endif2.i:                                         ; preds = %lookup.i
  %108 = getelementptr inbounds [9 x i32], ptr @answers.risk.pct, i64 0, i64 %103
  %code.i = load i32, ptr %108, align 4
  %109 = add nsw i32 %code.i, -2
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [3 x [2 x i64]], ptr @values.risk, i64 0, i64 %110
  %value.unpack.i = load i64, ptr %111, align 16
  %out3.i = load ptr, ptr %49, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out3.i, align 1
  %112 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value.unpack.i, ptr %112, align 8
  %.repack55.i = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack55.i, align 8
  %113 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 1, ptr %113, align 2
  br label %endif22

eval.i:                                           ; preds = %endif.i
  call fastcc void @table.risk(ptr nonnull %s)
  %trace5.pre.i = load ptr, ptr %50, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %eval.i, %endif.i
  %trace5.i = phi ptr [ %trace5.pre.i, %eval.i ], [ %trace.i57289, %endif.i ]
  %.not.i = icmp eq ptr %trace5.i, null
  br i1 %.not.i, label %endif7.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif4.i
  %114 = getelementptr inbounds i8, ptr %trace5.i, i64 8
  %115 = getelementptr inbounds i8, ptr %trace5.i, i64 16
  %116 = getelementptr inbounds i8, ptr %trace5.i, i64 24
  %len.i.i = load i64, ptr %114, align 8
  %cap.i.i = load i64, ptr %115, align 8
  %117 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %117, label %full.i.2.i, label %guide_trace_add.exit.i

endif7.i:                                         ; preds = %full.i.2.i, %add.i.2.i, %endif4.i
  %118 = getelementptr inbounds i8, ptr %s, i64 209
  %eff.i = load i8, ptr %118, align 1
  switch i8 %eff.i, label %next12.i [
    i8 1, label %holds.i
    i8 2, label %unknown14.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %119 = getelementptr inbounds i8, ptr %s, i64 200
  %st.i = load i8, ptr %119, align 8
  %ev.i.i = load ptr, ptr %trace5.i, align 8
  %120 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %120, align 1
  %121 = getelementptr inbounds i8, ptr %120, i64 1
  store i8 %st.i, ptr %121, align 1
  %122 = getelementptr inbounds i8, ptr %120, i64 4
  store i32 0, ptr %122, align 4
  %123 = add i64 %len.i.i, 1
  store i64 %123, ptr %114, align 8
  %cap.i.1.pre.i = load i64, ptr %115, align 8
  %124 = icmp eq i64 %123, %cap.i.1.pre.i
  br i1 %124, label %full.i.2.i, label %guide_trace_add.exit.1.i

guide_trace_add.exit.1.i:                         ; preds = %guide_trace_add.exit.i
  %125 = getelementptr inbounds i8, ptr %s, i64 201
  %st.1.i = load i8, ptr %125, align 1
  %ev.i.1.i = load ptr, ptr %trace5.i, align 8
  %126 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %123
  store i8 0, ptr %126, align 1
  %127 = getelementptr inbounds i8, ptr %126, i64 1
  store i8 %st.1.i, ptr %127, align 1
  %128 = getelementptr inbounds i8, ptr %126, i64 4
  store i32 1, ptr %128, align 4
  %129 = add i64 %len.i.i, 2
  store i64 %129, ptr %114, align 8
  %cap.i.2.pre.i = load i64, ptr %115, align 8
  %130 = icmp eq i64 %129, %cap.i.2.pre.i
  br i1 %130, label %full.i.2.i, label %add.i.2.i

add.i.2.i:                                        ; preds = %guide_trace_add.exit.1.i
  %131 = getelementptr inbounds i8, ptr %s, i64 202
  %st.2.i = load i8, ptr %131, align 2
  %ev.i.2.i = load ptr, ptr %trace5.i, align 8
  %132 = getelementptr inbounds %guide_event, ptr %ev.i.2.i, i64 %129
  store i8 0, ptr %132, align 1
  %133 = getelementptr inbounds i8, ptr %132, i64 1
  store i8 %st.2.i, ptr %133, align 1
  %134 = getelementptr inbounds i8, ptr %132, i64 4
  store i32 2, ptr %134, align 4
  %135 = add i64 %len.i.i, 3
  store i64 %135, ptr %114, align 8
  br label %endif7.i

full.i.2.i:                                       ; preds = %guide_trace_add.exit.1.i, %guide_trace_add.exit.i, %loop.preheader.i
  store i32 1, ptr %116, align 4
  br label %endif7.i

next12.i:                                         ; preds = %unknown14.i, %holds.i, %endif7.i
  %unknown.1.i = phi i1 [ false, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %136 = phi i1 [ true, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif7.i ], [ -1, %unknown14.i ], [ 0, %holds.i ]
  %137 = getelementptr inbounds i8, ptr %s, i64 210
  %eff.1.i = load i8, ptr %137, align 2
  switch i8 %eff.1.i, label %next12.1.i [
    i8 1, label %holds.1.i
    i8 2, label %unknown14.1.i
  ]

unknown14.1.i:                                    ; preds = %next12.i
  br label %next12.1.i

holds.1.i:                                        ; preds = %next12.i
  %not..i = xor i1 %136, true
  %spec.select95.i = select i1 %136, i32 1, i32 %cls.1.i
  br label %next12.1.i

next12.1.i:                                       ; preds = %holds.1.i, %unknown14.1.i, %next12.i
  %unknown.1.1.i = phi i1 [ %unknown.1.i, %next12.i ], [ true, %unknown14.1.i ], [ %unknown.1.i, %holds.1.i ]
  %clash.1.1.i = phi i1 [ false, %next12.i ], [ false, %unknown14.1.i ], [ %not..i, %holds.1.i ]
  %cls.1.1.i = phi i32 [ %cls.1.i, %next12.i ], [ %cls.1.i, %unknown14.1.i ], [ %spec.select95.i, %holds.1.i ]
  %138 = getelementptr inbounds i8, ptr %s, i64 211
  %eff.2.i = load i8, ptr %138, align 1
  switch i8 %eff.2.i, label %next12.2.i [
    i8 1, label %holds.2.i
    i8 2, label %unknown14.2.i
  ]

unknown14.2.i:                                    ; preds = %next12.1.i
  br i1 %clash.1.1.i, label %conflict.i, label %endif15.thread.i

endif15.thread.i:                                 ; preds = %unknown14.2.i
  %none83.i = icmp slt i32 %cls.1.1.i, 0
  br i1 %none83.i, label %walk, label %body22.preheader.i

holds.2.i:                                        ; preds = %next12.1.i
  %139 = icmp slt i32 %cls.1.1.i, 0
  br i1 %139, label %next12.2.i, label %compare.2.i

compare.2.i:                                      ; preds = %holds.2.i
  %140 = icmp ne i32 %cls.1.1.i, 1
  %141 = or i1 %clash.1.1.i, %140
  br i1 %141, label %conflict.i, label %endif15.i

next12.2.i:                                       ; preds = %holds.2.i, %next12.1.i
  %cls.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ 1, %holds.2.i ]
  %first.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ 2, %holds.2.i ]
  br i1 %clash.1.1.i, label %conflict.i, label %endif15.i

holds.i:                                          ; preds = %endif7.i
  br label %next12.i

unknown14.i:                                      ; preds = %endif7.i
  br label %next12.i

conflict.i:                                       ; preds = %next12.2.i, %compare.2.i, %unknown14.2.i
  %out16.i = load ptr, ptr %49, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16.i, align 1
  %142 = getelementptr inbounds i8, ptr %s, i64 96
  %143 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %143, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %142, i8 0, i64 16, i1 false)
  br label %endif22

endif15.i:                                        ; preds = %next12.2.i, %compare.2.i
  %first.1.279.i = phi i32 [ %first.1.2.i, %next12.2.i ], [ 1, %compare.2.i ]
  %cls.1.278.i = phi i32 [ %cls.1.2.i, %next12.2.i ], [ 1, %compare.2.i ]
  %none.i = icmp slt i32 %first.1.279.i, 0
  br i1 %unknown.1.1.i, label %some_unknown.i, label %endif18.i

some_unknown.i:                                   ; preds = %endif15.i
  br i1 %none.i, label %walk, label %body22.preheader.i

body22.preheader.i:                               ; preds = %some_unknown.i, %endif15.thread.i
  %first.1.2798591.i = phi i32 [ %cls.1.1.i, %endif15.thread.i ], [ %first.1.279.i, %some_unknown.i ]
  %cls.1.2788690.i = phi i32 [ %cls.1.1.i, %endif15.thread.i ], [ %cls.1.278.i, %some_unknown.i ]
  %144 = icmp ne i32 %cls.1.2788690.i, 0
  %145 = icmp eq i8 %eff.i, 2
  %146 = and i1 %145, %144
  br i1 %146, label %walk, label %loop21.i

endif18.i:                                        ; preds = %endif15.i
  %out33.i.pre284 = load ptr, ptr %49, align 8
  br i1 %none.i, label %not_applicable.i, label %endif29.i

loop21.i:                                         ; preds = %body22.preheader.i
  %147 = icmp ne i32 %cls.1.2788690.i, 1
  %148 = icmp eq i8 %eff.1.i, 2
  %149 = icmp eq i8 %eff.2.i, 2
  %150 = or i1 %148, %149
  %or.cond.i = and i1 %150, %147
  br i1 %or.cond.i, label %walk, label %loop21.i.endif29.i_crit_edge

loop21.i.endif29.i_crit_edge:                     ; preds = %loop21.i
  %out33.i.pre = load ptr, ptr %49, align 8
  br label %endif29.i

not_applicable.i:                                 ; preds = %endif18.i
  %151 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %out33.i.pre284, align 1
  %152 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %152, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %151, i8 0, i64 16, i1 false)
  br label %endif22

endif29.i:                                        ; preds = %loop21.i.endif29.i_crit_edge, %endif18.i
  %out33.i = phi ptr [ %out33.i.pre284, %endif18.i ], [ %out33.i.pre, %loop21.i.endif29.i_crit_edge ]
  %first.1.2798494.i = phi i32 [ %first.1.279.i, %endif18.i ], [ %first.1.2798591.i, %loop21.i.endif29.i_crit_edge ]
  %153 = zext nneg i32 %first.1.2798494.i to i64
  %154 = getelementptr inbounds [3 x [2 x i64]], ptr @values.risk, i64 0, i64 %153
  %value31.unpack.i = load i64, ptr %154, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33.i, align 1
  %155 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value31.unpack.i, ptr %155, align 8
  %.repack47.i = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack47.i, align 8
  %156 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 1, ptr %156, align 2
  br label %endif22

walk:                                             ; preds = %loop21.i, %body22.preheader.i, %some_unknown.i, %endif15.thread.i
  %out28.i = load ptr, ptr %49, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %157 = getelementptr inbounds i8, ptr %s, i64 96
  %158 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %158, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %157, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, i32 0, ptr nonnull %51, ptr nonnull %52)
  br label %endif22

endif22:                                          ; preds = %endif29.i, %not_applicable.i, %conflict.i, %endif2.i, %no_value.i, %walk
  %159 = getelementptr inbounds i8, ptr %out, i64 37
  %how = load i8, ptr %159, align 1
  %160 = icmp eq ptr %trace, null
  br i1 %160, label %guide_trace_add.exit64, label %trace.i58

trace.i58:                                        ; preds = %endif22
  %161 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i59 = load i64, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i60 = load i64, ptr %162, align 8
  %163 = icmp eq i64 %len.i59, %cap.i60
  br i1 %163, label %full.i63, label %add.i61

full.i63:                                         ; preds = %trace.i58
  %164 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %164, align 4
  br label %guide_trace_add.exit64

add.i61:                                          ; preds = %trace.i58
  %ev.i62 = load ptr, ptr %trace, align 8
  %165 = getelementptr inbounds %guide_event, ptr %ev.i62, i64 %len.i59
  store i8 1, ptr %165, align 1
  %166 = getelementptr inbounds i8, ptr %165, i64 1
  store i8 %how, ptr %166, align 1
  %167 = getelementptr inbounds i8, ptr %165, i64 4
  store i32 0, ptr %167, align 4
  %168 = add i64 %len.i59, 1
  store i64 %168, ptr %161, align 8
  br label %guide_trace_add.exit64

guide_trace_add.exit64:                           ; preds = %endif22, %full.i63, %add.i61
  %trace.i65 = load ptr, ptr %50, align 8
  %169 = icmp eq ptr %trace.i65, null
  br i1 %169, label %untraced.i90, label %endif.i66

untraced.i90:                                     ; preds = %guide_trace_add.exit64
  %combo.i.i91 = load i32, ptr %45, align 8
  %.not.i.i92 = icmp eq i32 %combo.i.i91, -1
  br i1 %.not.i.i92, label %endif.i.i102, label %cells.risk.exit.i93

common.ret.sink.split.i.i110:                     ; preds = %endif2.i.i107, %endif.i.i102
  %.sink.i.i111 = phi i32 [ %177, %endif2.i.i107 ], [ -2, %endif.i.i102 ]
  store i32 %.sink.i.i111, ptr %45, align 8
  br label %cells.risk.exit.i93

endif.i.i102:                                     ; preds = %untraced.i90
  %k.i.i103 = load i8, ptr %0, align 8
  %.not3.i.i104 = icmp eq i8 %k.i.i103, 0
  %k1.i.i105 = load i8, ptr %53, align 1
  %.not4.i.i106 = icmp eq i8 %k1.i.i105, 0
  %170 = or i1 %.not3.i.i104, %.not4.i.i106
  br i1 %170, label %common.ret.sink.split.i.i110, label %endif2.i.i107

endif2.i.i107:                                    ; preds = %endif.i.i102
  %site.i.i108 = load i32, ptr %s, align 8
  %size_cm.i.i109 = load double, ptr %54, align 8
  %171 = fcmp ogt double %size_cm.i.i109, 5.000000e+00
  %172 = zext i1 %171 to i32
  %173 = fcmp oge double %size_cm.i.i109, 5.000000e+00
  %174 = zext i1 %173 to i32
  %175 = mul i32 %site.i.i108, 3
  %176 = add i32 %175, %174
  %177 = add i32 %176, %172
  br label %common.ret.sink.split.i.i110

cells.risk.exit.i93:                              ; preds = %common.ret.sink.split.i.i110, %untraced.i90
  %common.ret.op.i.i94 = phi i32 [ %combo.i.i91, %untraced.i90 ], [ %.sink.i.i111, %common.ret.sink.split.i.i110 ]
  %178 = icmp sgt i32 %common.ret.op.i.i94, -1
  br i1 %178, label %lookup.i95, label %endif.i66

endif.i66:                                        ; preds = %cells.risk.exit.i93, %guide_trace_add.exit64
  %done.i67 = load i8, ptr %44, align 2
  %179 = icmp eq i8 %done.i67, 0
  br i1 %179, label %eval.i89, label %endif4.i68

lookup.i95:                                       ; preds = %cells.risk.exit.i93
  %180 = zext nneg i32 %common.ret.op.i.i94 to i64
  %181 = add nsw i64 %180, -6
  %182 = icmp ult i64 %181, 3
  br i1 %182, label %no_value.i100, label %endif2.i96

no_value.i100:                                    ; preds = %lookup.i95
  %out.i101 = load ptr, ptr %49, align 8
  %183 = getelementptr inbounds i8, ptr %out.i101, i64 4
  %184 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %183, align 1
  %185 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %185, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %184, i8 0, i64 16, i1 false)
  br label %endif24

endif2.i96:                                       ; preds = %lookup.i95
  %186 = getelementptr inbounds [9 x i32], ptr @answers.risk.pct, i64 0, i64 %180
  %code.i97 = load i32, ptr %186, align 4
  %187 = add nsw i32 %code.i97, -2
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [3 x [2 x i64]], ptr @values.pct, i64 0, i64 %188
  %value.unpack.i98 = load i64, ptr %189, align 16
  %190 = getelementptr inbounds [3 x i8], ptr @nulls.pct, i64 0, i64 %188
  %is_null.i = load i8, ptr %190, align 1
  %out3.i99 = load ptr, ptr %49, align 8
  %191 = getelementptr inbounds i8, ptr %out3.i99, i64 4
  store i8 1, ptr %191, align 1
  %192 = getelementptr inbounds i8, ptr %out3.i99, i64 5
  store i8 0, ptr %192, align 1
  %193 = getelementptr inbounds i8, ptr %out3.i99, i64 6
  store i8 %is_null.i, ptr %193, align 1
  %194 = getelementptr inbounds i8, ptr %out3.i99, i64 7
  store i8 0, ptr %194, align 1
  %195 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack.i98, ptr %195, align 8
  %.repack45.i = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack45.i, align 8
  %196 = icmp ult i32 %187, 2
  %197 = zext i1 %196 to i8
  %198 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 %197, ptr %198, align 1
  br label %endif24

eval.i89:                                         ; preds = %endif.i66
  call fastcc void @table.risk(ptr nonnull %s)
  br label %endif4.i68

endif4.i68:                                       ; preds = %eval.i89, %endif.i66
  %199 = getelementptr inbounds i8, ptr %s, i64 209
  %eff.i69 = load i8, ptr %199, align 1
  switch i8 %eff.i69, label %next.i [
    i8 1, label %holds.i88
    i8 2, label %unknown6.i
  ]

next.i:                                           ; preds = %unknown6.i, %holds.i88, %endif4.i68
  %unknown.1.i70 = phi i1 [ false, %endif4.i68 ], [ true, %unknown6.i ], [ false, %holds.i88 ]
  %200 = phi i1 [ true, %endif4.i68 ], [ true, %unknown6.i ], [ false, %holds.i88 ]
  %cls.1.i71 = phi i32 [ -1, %endif4.i68 ], [ -1, %unknown6.i ], [ 0, %holds.i88 ]
  %201 = getelementptr inbounds i8, ptr %s, i64 210
  %eff.1.i72 = load i8, ptr %201, align 2
  switch i8 %eff.1.i72, label %next.1.i [
    i8 1, label %holds.1.i86
    i8 2, label %unknown6.1.i
  ]

unknown6.1.i:                                     ; preds = %next.i
  br label %next.1.i

holds.1.i86:                                      ; preds = %next.i
  %not..i87 = xor i1 %200, true
  %spec.select72.i = select i1 %200, i32 1, i32 %cls.1.i71
  br label %next.1.i

next.1.i:                                         ; preds = %holds.1.i86, %unknown6.1.i, %next.i
  %unknown.1.1.i73 = phi i1 [ %unknown.1.i70, %next.i ], [ true, %unknown6.1.i ], [ %unknown.1.i70, %holds.1.i86 ]
  %clash.1.1.i74 = phi i1 [ false, %next.i ], [ false, %unknown6.1.i ], [ %not..i87, %holds.1.i86 ]
  %cls.1.1.i75 = phi i32 [ %cls.1.i71, %next.i ], [ %cls.1.i71, %unknown6.1.i ], [ %spec.select72.i, %holds.1.i86 ]
  %202 = getelementptr inbounds i8, ptr %s, i64 211
  %eff.2.i76 = load i8, ptr %202, align 1
  switch i8 %eff.2.i76, label %next.2.i [
    i8 1, label %holds.2.i80
    i8 2, label %unknown6.2.i
  ]

unknown6.2.i:                                     ; preds = %next.1.i
  br i1 %clash.1.1.i74, label %conflict.i79, label %endif7.thread.i

endif7.thread.i:                                  ; preds = %unknown6.2.i
  %none62.i = icmp slt i32 %cls.1.1.i75, 0
  br i1 %none62.i, label %walk23, label %body14.preheader.i

holds.2.i80:                                      ; preds = %next.1.i
  %203 = icmp slt i32 %cls.1.1.i75, 0
  br i1 %203, label %next.2.i, label %conflict.i79

next.2.i:                                         ; preds = %holds.2.i80, %next.1.i
  %cls.1.2.i81 = phi i32 [ %cls.1.1.i75, %next.1.i ], [ 2, %holds.2.i80 ]
  br i1 %clash.1.1.i74, label %conflict.i79, label %endif7.i82

holds.i88:                                        ; preds = %endif4.i68
  br label %next.i

unknown6.i:                                       ; preds = %endif4.i68
  br label %next.i

conflict.i79:                                     ; preds = %next.2.i, %holds.2.i80, %unknown6.2.i
  %out8.i = load ptr, ptr %49, align 8
  %204 = getelementptr inbounds i8, ptr %out8.i, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %204, align 1
  %205 = getelementptr inbounds i8, ptr %s, i64 112
  %206 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %206, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %205, i8 0, i64 16, i1 false)
  br label %endif24

endif7.i82:                                       ; preds = %next.2.i
  %none.i83 = icmp slt i32 %cls.1.2.i81, 0
  br i1 %unknown.1.1.i73, label %some_unknown.i85, label %endif10.i

some_unknown.i85:                                 ; preds = %endif7.i82
  br i1 %none.i83, label %walk23, label %body14.preheader.i

body14.preheader.i:                               ; preds = %some_unknown.i85, %endif7.thread.i
  %cls.1.2596368.i = phi i32 [ %cls.1.1.i75, %endif7.thread.i ], [ %cls.1.2.i81, %some_unknown.i85 ]
  %207 = icmp ne i32 %cls.1.2596368.i, 0
  %208 = icmp eq i8 %eff.i69, 2
  %209 = and i1 %208, %207
  br i1 %209, label %walk23, label %loop13.i

endif10.i:                                        ; preds = %endif7.i82
  br i1 %none.i83, label %not_applicable.i84, label %endif21.i

loop13.i:                                         ; preds = %body14.preheader.i
  %210 = icmp ne i32 %cls.1.2596368.i, 1
  %211 = icmp eq i8 %eff.1.i72, 2
  %212 = and i1 %211, %210
  br i1 %212, label %walk23, label %loop13.1.i

loop13.1.i:                                       ; preds = %loop13.i
  %213 = icmp ne i32 %cls.1.2596368.i, 2
  %214 = icmp eq i8 %eff.2.i76, 2
  %215 = and i1 %214, %213
  br i1 %215, label %walk23, label %endif21.i

not_applicable.i84:                               ; preds = %endif10.i
  %out22.i = load ptr, ptr %49, align 8
  %216 = getelementptr inbounds i8, ptr %out22.i, i64 4
  %217 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %216, align 1
  %218 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %218, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %217, i8 0, i64 16, i1 false)
  br label %endif24

endif21.i:                                        ; preds = %loop13.1.i, %endif10.i
  %cls.1.2596471.i = phi i32 [ %cls.1.2.i81, %endif10.i ], [ %cls.1.2596368.i, %loop13.1.i ]
  %219 = zext nneg i32 %cls.1.2596471.i to i64
  %220 = getelementptr inbounds [3 x [2 x i64]], ptr @values.pct, i64 0, i64 %219
  %value23.unpack.i = load i64, ptr %220, align 16
  %221 = getelementptr inbounds [3 x i8], ptr @nulls.pct, i64 0, i64 %219
  %is_null24.i = load i8, ptr %221, align 1
  %out25.i = load ptr, ptr %49, align 8
  %222 = getelementptr inbounds i8, ptr %out25.i, i64 4
  store i8 1, ptr %222, align 1
  %223 = getelementptr inbounds i8, ptr %out25.i, i64 5
  store i8 0, ptr %223, align 1
  %224 = getelementptr inbounds i8, ptr %out25.i, i64 6
  store i8 %is_null24.i, ptr %224, align 1
  %225 = getelementptr inbounds i8, ptr %out25.i, i64 7
  store i8 0, ptr %225, align 1
  %226 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value23.unpack.i, ptr %226, align 8
  %.repack37.i = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack37.i, align 8
  %227 = icmp ult i32 %cls.1.2596471.i, 2
  %228 = zext i1 %227 to i8
  %229 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 %228, ptr %229, align 1
  br label %endif24

walk23:                                           ; preds = %loop13.1.i, %loop13.i, %body14.preheader.i, %some_unknown.i85, %endif7.thread.i
  %out20.i = load ptr, ptr %49, align 8
  %230 = getelementptr inbounds i8, ptr %out20.i, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %230, align 1
  %231 = getelementptr inbounds i8, ptr %s, i64 112
  %232 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %232, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %231, i8 0, i64 16, i1 false)
  %233 = getelementptr inbounds i8, ptr %out, i64 64
  %234 = getelementptr inbounds i8, ptr %out, i64 104
  call fastcc void @walk(ptr nonnull %s, i32 1, ptr nonnull %233, ptr nonnull %234)
  br label %endif24

endif24:                                          ; preds = %endif21.i, %not_applicable.i84, %conflict.i79, %endif2.i96, %no_value.i100, %walk23
  %235 = getelementptr inbounds i8, ptr %out, i64 41
  %how25 = load i8, ptr %235, align 1
  br i1 %160, label %guide_trace_add.exit118, label %trace.i112

trace.i112:                                       ; preds = %endif24
  %236 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i113 = load i64, ptr %236, align 8
  %237 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i114 = load i64, ptr %237, align 8
  %238 = icmp eq i64 %len.i113, %cap.i114
  br i1 %238, label %full.i117, label %add.i115

full.i117:                                        ; preds = %trace.i112
  %239 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %239, align 4
  br label %guide_trace_add.exit118

add.i115:                                         ; preds = %trace.i112
  %ev.i116 = load ptr, ptr %trace, align 8
  %240 = getelementptr inbounds %guide_event, ptr %ev.i116, i64 %len.i113
  store i8 1, ptr %240, align 1
  %241 = getelementptr inbounds i8, ptr %240, i64 1
  store i8 %how25, ptr %241, align 1
  %242 = getelementptr inbounds i8, ptr %240, i64 4
  store i32 1, ptr %242, align 4
  %243 = add i64 %len.i113, 1
  store i64 %243, ptr %236, align 8
  br label %guide_trace_add.exit118

guide_trace_add.exit118:                          ; preds = %endif24, %full.i117, %add.i115
  %trace.i119 = load ptr, ptr %50, align 8
  %244 = icmp eq ptr %trace.i119, null
  br i1 %244, label %untraced.i161, label %endif.i120

untraced.i161:                                    ; preds = %guide_trace_add.exit118
  %245 = getelementptr inbounds i8, ptr %s, i64 236
  %combo.i.i162 = load i32, ptr %245, align 4
  %.not.i.i163 = icmp eq i32 %combo.i.i162, -1
  br i1 %.not.i.i163, label %endif.i.i170, label %cells.lines.exit.i

common.ret.sink.split.i.i172:                     ; preds = %endif1.i.i, %endif.i.i170
  %.sink.i.i173 = phi i32 [ %252, %endif1.i.i ], [ -2, %endif.i.i170 ]
  store i32 %.sink.i.i173, ptr %245, align 4
  br label %cells.lines.exit.i

endif.i.i170:                                     ; preds = %untraced.i161
  %246 = getelementptr inbounds i8, ptr %s, i64 179
  %k.i.i171 = load i8, ptr %246, align 1
  %.not2.i.i = icmp eq i8 %k.i.i171, 0
  br i1 %.not2.i.i, label %common.ret.sink.split.i.i172, label %endif1.i.i

endif1.i.i:                                       ; preds = %endif.i.i170
  %247 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i.i = load double, ptr %247, align 8
  %248 = fcmp ogt double %lines.i.i, 1.000000e+00
  %249 = zext i1 %248 to i32
  %250 = fcmp oge double %lines.i.i, 1.000000e+00
  %251 = zext i1 %250 to i32
  %252 = add nuw nsw i32 %249, %251
  br label %common.ret.sink.split.i.i172

cells.lines.exit.i:                               ; preds = %common.ret.sink.split.i.i172, %untraced.i161
  %common.ret.op.i.i164 = phi i32 [ %combo.i.i162, %untraced.i161 ], [ %.sink.i.i173, %common.ret.sink.split.i.i172 ]
  %253 = icmp sgt i32 %common.ret.op.i.i164, -1
  br i1 %253, label %endif2.i165, label %endif.i120

endif.i120:                                       ; preds = %cells.lines.exit.i, %guide_trace_add.exit118
  %254 = getelementptr inbounds i8, ptr %s, i64 219
  %done.i121 = load i8, ptr %254, align 1
  %255 = icmp eq i8 %done.i121, 0
  br i1 %255, label %eval.i159, label %endif4.i122

endif2.i165:                                      ; preds = %cells.lines.exit.i
  %256 = zext nneg i32 %common.ret.op.i.i164 to i64
  %257 = getelementptr inbounds [3 x i32], ptr @answers.lines.line, i64 0, i64 %256
  %code.i166 = load i32, ptr %257, align 4
  %258 = add nsw i32 %code.i166, -2
  %259 = sext i32 %258 to i64
  %260 = getelementptr inbounds [2 x [2 x i64]], ptr @values.treat, i64 0, i64 %259
  %value.unpack.i167 = load i64, ptr %260, align 16
  %out3.i168 = load ptr, ptr %49, align 8
  %261 = getelementptr inbounds i8, ptr %out3.i168, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %261, align 1
  %262 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 %value.unpack.i167, ptr %262, align 8
  %.repack55.i169 = getelementptr inbounds i8, ptr %s, i64 136
  store i64 0, ptr %.repack55.i169, align 8
  %263 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 1, ptr %263, align 8
  br label %endif27

eval.i159:                                        ; preds = %endif.i120
  store i8 1, ptr %254, align 1
  %264 = getelementptr inbounds i8, ptr %s, i64 236
  %combo.i.i.i = load i32, ptr %264, align 4
  %.not.i.i.i = icmp eq i32 %combo.i.i.i, -1
  br i1 %.not.i.i.i, label %endif.i.i.i, label %cells.lines.exit.i.i

common.ret.sink.split.i.i.i:                      ; preds = %endif1.i.i.i, %endif.i.i.i
  %.sink.i.i.i = phi i32 [ %271, %endif1.i.i.i ], [ -2, %endif.i.i.i ]
  store i32 %.sink.i.i.i, ptr %264, align 4
  br label %cells.lines.exit.i.i

endif.i.i.i:                                      ; preds = %eval.i159
  %265 = getelementptr inbounds i8, ptr %s, i64 179
  %k.i.i.i = load i8, ptr %265, align 1
  %.not2.i.i.i = icmp eq i8 %k.i.i.i, 0
  br i1 %.not2.i.i.i, label %common.ret.sink.split.i.i.i, label %endif1.i.i.i

endif1.i.i.i:                                     ; preds = %endif.i.i.i
  %266 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i.i.i = load double, ptr %266, align 8
  %267 = fcmp ogt double %lines.i.i.i, 1.000000e+00
  %268 = zext i1 %267 to i32
  %269 = fcmp oge double %lines.i.i.i, 1.000000e+00
  %270 = zext i1 %269 to i32
  %271 = add nuw nsw i32 %268, %270
  br label %common.ret.sink.split.i.i.i

cells.lines.exit.i.i:                             ; preds = %common.ret.sink.split.i.i.i, %eval.i159
  %common.ret.op.i.i.i = phi i32 [ %combo.i.i.i, %eval.i159 ], [ %.sink.i.i.i, %common.ret.sink.split.i.i.i ]
  %272 = icmp sgt i32 %common.ret.op.i.i.i, -1
  br i1 %272, label %lookup.i.i, label %endif.i57.i

lookup.i.i:                                       ; preds = %cells.lines.exit.i.i
  %273 = getelementptr inbounds i8, ptr %s, i64 203
  store i16 0, ptr %273, align 1
  %274 = getelementptr inbounds i8, ptr %s, i64 212
  store i16 0, ptr %274, align 4
  %275 = zext nneg i32 %common.ret.op.i.i.i to i64
  %276 = getelementptr inbounds [3 x i32], ptr @combos.lines, i64 0, i64 %275
  %off.i.i = load i32, ptr %276, align 4
  br label %pair.i.i

endif.i57.i:                                      ; preds = %cells.lines.exit.i.i
  %277 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i58.i = load double, ptr %277, align 8
  %278 = fcmp ole double %lines.i58.i, 1.000000e+00
  %279 = getelementptr inbounds i8, ptr %s, i64 179
  %k.i59.i = load i8, ptr %279, align 1
  %.not.i60.i = icmp ne i8 %k.i59.i, 0
  %280 = xor i1 %278, true
  %281 = select i1 %.not.i60.i, i1 %280, i1 false
  %282 = xor i1 %.not.i60.i, %281
  %283 = select i1 %282, i1 %278, i1 false
  %284 = select i1 %283, i8 1, i8 2
  %285 = select i1 %281, i32 0, i32 2
  %286 = select i1 %283, i32 1, i32 %285
  %287 = select i1 %281, i8 0, i8 %284
  %288 = getelementptr inbounds i8, ptr %s, i64 203
  store i8 %287, ptr %288, align 1
  %289 = getelementptr inbounds i8, ptr %s, i64 212
  store i8 %287, ptr %289, align 4
  %290 = icmp eq i32 %286, 2
  %291 = sub nsw i32 1, %286
  %292 = select i1 %290, i32 2, i32 %291
  %293 = icmp eq i32 %292, 0
  %294 = icmp eq i32 %292, 1
  %295 = select i1 %294, i32 1, i32 2
  %296 = select i1 %293, i32 0, i32 %295
  %297 = icmp eq i32 %296, 2
  %298 = select i1 %297, i8 2, i8 1
  %299 = select i1 %283, i8 4, i8 %298
  %300 = getelementptr inbounds i8, ptr %s, i64 204
  store i8 %299, ptr %300, align 4
  %301 = trunc nuw nsw i32 %296 to i8
  %302 = getelementptr inbounds i8, ptr %s, i64 213
  store i8 %301, ptr %302, align 1
  br label %endif4.i122

pair.i.i:                                         ; preds = %hit.i.i, %lookup.i.i
  %pos.0.i.i = phi i32 [ %off.i.i, %lookup.i.i ], [ %316, %hit.i.i ]
  switch i32 %pos.0.i.i, label %hit.i.i [
    i32 7, label %endif4.loopexit.i
    i32 4, label %endif4.loopexit.i
  ]

hit.i.i:                                          ; preds = %pair.i.i
  %303 = sext i32 %pos.0.i.i to i64
  %304 = getelementptr inbounds [8 x i16], ptr @rows.lines, i64 0, i64 %303
  %row.i.i = load i16, ptr %304, align 2
  %305 = add i32 %pos.0.i.i, 1
  %306 = sext i32 %305 to i64
  %307 = getelementptr inbounds [8 x i16], ptr @rows.lines, i64 0, i64 %306
  %status.i.i = load i16, ptr %307, align 2
  %308 = zext i16 %row.i.i to i64
  %309 = add nuw nsw i64 %308, 3
  %310 = trunc i16 %status.i.i to i8
  %311 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %309
  store i8 %310, ptr %311, align 1
  %312 = lshr i64 102, %306
  %313 = trunc nuw nsw i64 %312 to i8
  %314 = and i8 %313, 1
  %315 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %309
  store i8 %314, ptr %315, align 1
  %316 = add i32 %pos.0.i.i, 2
  br label %pair.i.i

endif4.loopexit.i:                                ; preds = %pair.i.i, %pair.i.i
  %trace5.pre.i160 = load ptr, ptr %50, align 8
  br label %endif4.i122

endif4.i122:                                      ; preds = %endif4.loopexit.i, %endif.i57.i, %endif.i120
  %trace5.i123 = phi ptr [ %trace5.pre.i160, %endif4.loopexit.i ], [ %trace.i119, %endif.i57.i ], [ %trace.i119, %endif.i120 ]
  %.not.i124 = icmp eq ptr %trace5.i123, null
  br i1 %.not.i124, label %endif7.i134, label %loop.preheader.i125

loop.preheader.i125:                              ; preds = %endif4.i122
  %317 = getelementptr inbounds i8, ptr %trace5.i123, i64 8
  %318 = getelementptr inbounds i8, ptr %trace5.i123, i64 16
  %319 = getelementptr inbounds i8, ptr %trace5.i123, i64 24
  %len.i.i126 = load i64, ptr %317, align 8
  %cap.i.i127 = load i64, ptr %318, align 8
  %320 = icmp eq i64 %len.i.i126, %cap.i.i127
  br i1 %320, label %full.i.1.i, label %guide_trace_add.exit.i128

endif7.i134:                                      ; preds = %full.i.1.i, %add.i.1.i, %endif4.i122
  %321 = getelementptr inbounds i8, ptr %s, i64 212
  %eff.i135 = load i8, ptr %321, align 4
  switch i8 %eff.i135, label %next12.i137 [
    i8 1, label %holds.i158
    i8 2, label %unknown14.i136
  ]

guide_trace_add.exit.i128:                        ; preds = %loop.preheader.i125
  %322 = getelementptr inbounds i8, ptr %s, i64 203
  %st.i129 = load i8, ptr %322, align 1
  %ev.i.i130 = load ptr, ptr %trace5.i123, align 8
  %323 = getelementptr inbounds %guide_event, ptr %ev.i.i130, i64 %len.i.i126
  store i8 0, ptr %323, align 1
  %324 = getelementptr inbounds i8, ptr %323, i64 1
  store i8 %st.i129, ptr %324, align 1
  %325 = getelementptr inbounds i8, ptr %323, i64 4
  store i32 3, ptr %325, align 4
  %326 = add i64 %len.i.i126, 1
  store i64 %326, ptr %317, align 8
  %cap.i.1.pre.i131 = load i64, ptr %318, align 8
  %327 = icmp eq i64 %326, %cap.i.1.pre.i131
  br i1 %327, label %full.i.1.i, label %add.i.1.i

add.i.1.i:                                        ; preds = %guide_trace_add.exit.i128
  %328 = getelementptr inbounds i8, ptr %s, i64 204
  %st.1.i132 = load i8, ptr %328, align 4
  %ev.i.1.i133 = load ptr, ptr %trace5.i123, align 8
  %329 = getelementptr inbounds %guide_event, ptr %ev.i.1.i133, i64 %326
  store i8 0, ptr %329, align 1
  %330 = getelementptr inbounds i8, ptr %329, i64 1
  store i8 %st.1.i132, ptr %330, align 1
  %331 = getelementptr inbounds i8, ptr %329, i64 4
  store i32 4, ptr %331, align 4
  %332 = add i64 %len.i.i126, 2
  store i64 %332, ptr %317, align 8
  br label %endif7.i134

full.i.1.i:                                       ; preds = %guide_trace_add.exit.i128, %loop.preheader.i125
  store i32 1, ptr %319, align 4
  br label %endif7.i134

next12.i137:                                      ; preds = %unknown14.i136, %holds.i158, %endif7.i134
  %unknown.1.i138 = phi i1 [ false, %endif7.i134 ], [ true, %unknown14.i136 ], [ false, %holds.i158 ]
  %333 = phi i1 [ true, %endif7.i134 ], [ true, %unknown14.i136 ], [ false, %holds.i158 ]
  %cls.1.i139 = phi i32 [ -1, %endif7.i134 ], [ -1, %unknown14.i136 ], [ 0, %holds.i158 ]
  %334 = getelementptr inbounds i8, ptr %s, i64 213
  %eff.1.i140 = load i8, ptr %334, align 1
  switch i8 %eff.1.i140, label %endif15.i147 [
    i8 1, label %holds.1.i144
    i8 2, label %walk26
  ]

holds.1.i144:                                     ; preds = %next12.i137
  br i1 %333, label %endif15.i147, label %conflict.i145

holds.i158:                                       ; preds = %endif7.i134
  br label %next12.i137

unknown14.i136:                                   ; preds = %endif7.i134
  br label %next12.i137

conflict.i145:                                    ; preds = %holds.1.i144
  %out16.i146 = load ptr, ptr %49, align 8
  %335 = getelementptr inbounds i8, ptr %out16.i146, i64 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %335, align 1
  %336 = getelementptr inbounds i8, ptr %s, i64 128
  %337 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 0, ptr %337, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %336, i8 0, i64 16, i1 false)
  br label %endif27

endif15.i147:                                     ; preds = %holds.1.i144, %next12.i137
  %cls.1.1.ph.i = phi i32 [ 1, %holds.1.i144 ], [ %cls.1.i139, %next12.i137 ]
  %none.i148 = icmp slt i32 %cls.1.1.ph.i, 0
  br i1 %unknown.1.i138, label %some_unknown.i156, label %endif18.i149

some_unknown.i156:                                ; preds = %endif15.i147
  br i1 %none.i148, label %walk26, label %body22.preheader.i157

body22.preheader.i157:                            ; preds = %some_unknown.i156
  %338 = icmp ne i32 %cls.1.1.ph.i, 0
  %339 = icmp eq i8 %eff.i135, 2
  %340 = and i1 %339, %338
  br i1 %340, label %walk26, label %endif29.i150

endif18.i149:                                     ; preds = %endif15.i147
  br i1 %none.i148, label %not_applicable.i154, label %endif29.i150

not_applicable.i154:                              ; preds = %endif18.i149
  %out30.i155 = load ptr, ptr %49, align 8
  %341 = getelementptr inbounds i8, ptr %out30.i155, i64 8
  %342 = getelementptr inbounds i8, ptr %s, i64 128
  store i32 0, ptr %341, align 1
  %343 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 0, ptr %343, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %342, i8 0, i64 16, i1 false)
  br label %endif27

endif29.i150:                                     ; preds = %endif18.i149, %body22.preheader.i157
  %344 = zext nneg i32 %cls.1.1.ph.i to i64
  %345 = getelementptr inbounds [2 x [2 x i64]], ptr @values.treat, i64 0, i64 %344
  %value31.unpack.i151 = load i64, ptr %345, align 16
  %out33.i152 = load ptr, ptr %49, align 8
  %346 = getelementptr inbounds i8, ptr %out33.i152, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %346, align 1
  %347 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 %value31.unpack.i151, ptr %347, align 8
  %.repack47.i153 = getelementptr inbounds i8, ptr %s, i64 136
  store i64 0, ptr %.repack47.i153, align 8
  %348 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 1, ptr %348, align 8
  br label %endif27

walk26:                                           ; preds = %body22.preheader.i157, %some_unknown.i156, %next12.i137
  %out28.i142 = load ptr, ptr %49, align 8
  %349 = getelementptr inbounds i8, ptr %out28.i142, i64 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %349, align 1
  %350 = getelementptr inbounds i8, ptr %s, i64 128
  %351 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 0, ptr %351, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %350, i8 0, i64 16, i1 false)
  %352 = getelementptr inbounds i8, ptr %out, i64 72
  %353 = getelementptr inbounds i8, ptr %out, i64 112
  call fastcc void @walk(ptr nonnull %s, i32 2, ptr nonnull %352, ptr nonnull %353)
  br label %endif27

endif27:                                          ; preds = %endif29.i150, %not_applicable.i154, %conflict.i145, %endif2.i165, %walk26
  %354 = getelementptr inbounds i8, ptr %out, i64 45
  %how28 = load i8, ptr %354, align 1
  br i1 %160, label %guide_trace_add.exit180, label %trace.i174

trace.i174:                                       ; preds = %endif27
  %355 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i175 = load i64, ptr %355, align 8
  %356 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i176 = load i64, ptr %356, align 8
  %357 = icmp eq i64 %len.i175, %cap.i176
  br i1 %357, label %full.i179, label %add.i177

full.i179:                                        ; preds = %trace.i174
  %358 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %358, align 4
  br label %guide_trace_add.exit180

add.i177:                                         ; preds = %trace.i174
  %ev.i178 = load ptr, ptr %trace, align 8
  %359 = getelementptr inbounds %guide_event, ptr %ev.i178, i64 %len.i175
  store i8 1, ptr %359, align 1
  %360 = getelementptr inbounds i8, ptr %359, i64 1
  store i8 %how28, ptr %360, align 1
  %361 = getelementptr inbounds i8, ptr %359, i64 4
  store i32 2, ptr %361, align 4
  %362 = add i64 %len.i175, 1
  store i64 %362, ptr %355, align 8
  br label %guide_trace_add.exit180

guide_trace_add.exit180:                          ; preds = %endif27, %full.i179, %add.i177
  %363 = getelementptr inbounds i8, ptr %s, i64 220
  %done.i181 = load i8, ptr %363, align 4
  %364 = icmp eq i8 %done.i181, 0
  br i1 %364, label %eval.i210, label %endif.i182

eval.i210:                                        ; preds = %guide_trace_add.exit180
  store i8 1, ptr %363, align 4
  %site.i.i211 = load i32, ptr %s, align 8
  %365 = and i32 %site.i.i211, 63
  %366 = zext nneg i32 %365 to i64
  %367 = lshr i64 3, %366
  %368 = trunc nuw nsw i64 %367 to i32
  %k.i.i212 = load i8, ptr %0, align 8
  %.not.i.i213 = icmp eq i8 %k.i.i212, 0
  %369 = and i32 %368, 1
  %370 = select i1 %.not.i.i213, i32 2, i32 %369
  %371 = icmp eq i32 %370, 0
  %372 = icmp eq i32 %370, 1
  %373 = select i1 %372, i8 1, i8 2
  %374 = select i1 %371, i8 0, i8 %373
  %375 = getelementptr inbounds i8, ptr %s, i64 205
  store i8 %374, ptr %375, align 1
  %376 = getelementptr inbounds i8, ptr %s, i64 214
  store i8 %374, ptr %376, align 2
  br label %endif.i182

endif.i182:                                       ; preds = %eval.i210, %guide_trace_add.exit180
  %377 = getelementptr inbounds i8, ptr %s, i64 221
  %done1.i = load i8, ptr %377, align 1
  %378 = icmp eq i8 %done1.i, 0
  br i1 %378, label %eval2.i, label %endif3.i

eval2.i:                                          ; preds = %endif.i182
  store i8 1, ptr %377, align 1
  %size_cm.i.i207 = load double, ptr %54, align 8
  %379 = fcmp ogt double %size_cm.i.i207, 1.000000e+01
  %k.i39.i = load i8, ptr %53, align 1
  %.not.i40.i = icmp ne i8 %k.i39.i, 0
  %380 = getelementptr inbounds i8, ptr %s, i64 64
  %rupture.i.i = load i32, ptr %380, align 8
  %381 = icmp eq i32 %rupture.i.i, 1
  %382 = getelementptr inbounds i8, ptr %s, i64 180
  %k1.i.i208 = load i8, ptr %382, align 4
  %.not2.i.i209 = icmp ne i8 %k1.i.i208, 0
  %not..i.i = xor i1 %381, true
  %383 = xor i1 %379, true
  %384 = select i1 %.not.i40.i, i1 %383, i1 false
  %385 = select i1 %.not2.i.i209, i1 %381, i1 false
  %386 = or i1 %384, %385
  %387 = select i1 %.not.i40.i, i1 %379, i1 false
  %388 = select i1 %.not2.i.i209, i1 %not..i.i, i1 false
  %389 = and i1 %387, %388
  %390 = select i1 %389, i8 1, i8 2
  %not.3.i.i = xor i1 %386, true
  %391 = select i1 %not.3.i.i, i1 %389, i1 false
  %392 = select i1 %391, i8 1, i8 2
  %393 = select i1 %385, i8 3, i8 %392
  %394 = select i1 %384, i8 0, i8 %393
  %395 = getelementptr inbounds i8, ptr %s, i64 206
  store i8 %394, ptr %395, align 2
  %396 = select i1 %386, i8 0, i8 %390
  %397 = getelementptr inbounds i8, ptr %s, i64 215
  store i8 %396, ptr %397, align 1
  br label %endif3.i

endif3.i:                                         ; preds = %eval2.i, %endif.i182
  %trace.i183 = load ptr, ptr %50, align 8
  %.not.i184 = icmp eq ptr %trace.i183, null
  br i1 %.not.i184, label %endif5.i, label %loop.preheader.i185

loop.preheader.i185:                              ; preds = %endif3.i
  %398 = getelementptr inbounds i8, ptr %trace.i183, i64 8
  %399 = getelementptr inbounds i8, ptr %trace.i183, i64 16
  %400 = getelementptr inbounds i8, ptr %trace.i183, i64 24
  %len.i.i186 = load i64, ptr %398, align 8
  %cap.i.i187 = load i64, ptr %399, align 8
  %401 = icmp eq i64 %len.i.i186, %cap.i.i187
  br i1 %401, label %full.i.1.i206, label %guide_trace_add.exit.i188

endif5.i:                                         ; preds = %full.i.1.i206, %add.i.1.i192, %endif3.i
  %402 = getelementptr inbounds i8, ptr %s, i64 214
  %eff.i195 = load i8, ptr %402, align 2
  switch i8 %eff.i195, label %next10.i [
    i8 1, label %holds.i205
    i8 2, label %unknown12.i
  ]

guide_trace_add.exit.i188:                        ; preds = %loop.preheader.i185
  %403 = getelementptr inbounds i8, ptr %s, i64 205
  %st.i189 = load i8, ptr %403, align 1
  %ev.i.i190 = load ptr, ptr %trace.i183, align 8
  %404 = getelementptr inbounds %guide_event, ptr %ev.i.i190, i64 %len.i.i186
  store i8 0, ptr %404, align 1
  %405 = getelementptr inbounds i8, ptr %404, i64 1
  store i8 %st.i189, ptr %405, align 1
  %406 = getelementptr inbounds i8, ptr %404, i64 4
  store i32 5, ptr %406, align 4
  %407 = add i64 %len.i.i186, 1
  store i64 %407, ptr %398, align 8
  %cap.i.1.pre.i191 = load i64, ptr %399, align 8
  %408 = icmp eq i64 %407, %cap.i.1.pre.i191
  br i1 %408, label %full.i.1.i206, label %add.i.1.i192

add.i.1.i192:                                     ; preds = %guide_trace_add.exit.i188
  %409 = getelementptr inbounds i8, ptr %s, i64 206
  %st.1.i193 = load i8, ptr %409, align 2
  %ev.i.1.i194 = load ptr, ptr %trace.i183, align 8
  %410 = getelementptr inbounds %guide_event, ptr %ev.i.1.i194, i64 %407
  store i8 0, ptr %410, align 1
  %411 = getelementptr inbounds i8, ptr %410, i64 1
  store i8 %st.1.i193, ptr %411, align 1
  %412 = getelementptr inbounds i8, ptr %410, i64 4
  store i32 6, ptr %412, align 4
  %413 = add i64 %len.i.i186, 2
  store i64 %413, ptr %398, align 8
  br label %endif5.i

full.i.1.i206:                                    ; preds = %guide_trace_add.exit.i188, %loop.preheader.i185
  store i32 1, ptr %400, align 4
  br label %endif5.i

next10.i:                                         ; preds = %unknown12.i, %holds.i205, %endif5.i
  %set.1.i = phi i64 [ 0, %endif5.i ], [ 0, %unknown12.i ], [ 1, %holds.i205 ]
  %unknown.1.i196 = phi i1 [ false, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i205 ]
  %none56.i = phi i1 [ true, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i205 ]
  %414 = getelementptr inbounds i8, ptr %s, i64 215
  %eff.1.i197 = load i8, ptr %414, align 1
  switch i8 %eff.1.i197, label %next10.1.i [
    i8 1, label %holds.1.i201
    i8 2, label %next10.1.thread.i
  ]

next10.1.thread.i:                                ; preds = %next10.i
  br i1 %none56.i, label %walk29, label %loop17.preheader.i

holds.1.i201:                                     ; preds = %next10.i
  %415 = or disjoint i64 %set.1.i, 2
  br i1 %unknown.1.i196, label %loop17.preheader.i, label %endif24.i

next10.1.i:                                       ; preds = %next10.i
  br i1 %unknown.1.i196, label %some_unknown.i204, label %endif14.i

holds.i205:                                       ; preds = %endif5.i
  br label %next10.i

unknown12.i:                                      ; preds = %endif5.i
  br label %next10.i

some_unknown.i204:                                ; preds = %next10.1.i
  br i1 %none56.i, label %walk29, label %loop17.preheader.i

loop17.preheader.i:                               ; preds = %some_unknown.i204, %holds.1.i201, %next10.1.thread.i
  %set.1.15864.i = phi i64 [ %set.1.i, %some_unknown.i204 ], [ %set.1.i, %next10.1.thread.i ], [ %415, %holds.1.i201 ]
  %416 = and i64 %set.1.15864.i, 1
  %417 = icmp eq i64 %416, 0
  %418 = icmp eq i8 %eff.i195, 2
  %419 = and i1 %418, %417
  br i1 %419, label %walk29, label %loop17.i

endif14.i:                                        ; preds = %next10.1.i
  br i1 %none56.i, label %not_applicable.i202, label %endif24.i

loop17.i:                                         ; preds = %loop17.preheader.i
  %420 = and i64 %set.1.15864.i, 2
  %421 = icmp eq i64 %420, 0
  %422 = icmp eq i8 %eff.1.i197, 2
  %423 = and i1 %422, %421
  br i1 %423, label %walk29, label %endif24.i

not_applicable.i202:                              ; preds = %endif14.i
  %out25.i203 = load ptr, ptr %49, align 8
  %424 = getelementptr inbounds i8, ptr %out25.i203, i64 12
  %425 = getelementptr inbounds i8, ptr %s, i64 144
  store i32 0, ptr %424, align 1
  %426 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 0, ptr %426, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %425, i8 0, i64 16, i1 false)
  br label %endif30

endif24.i:                                        ; preds = %loop17.i, %endif14.i, %holds.1.i201
  %set.1.15767.i = phi i64 [ %set.1.i, %endif14.i ], [ %415, %holds.1.i201 ], [ %set.1.15864.i, %loop17.i ]
  %out26.i = load ptr, ptr %49, align 8
  %427 = getelementptr inbounds i8, ptr %out26.i, i64 12
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %427, align 1
  %428 = getelementptr inbounds i8, ptr %s, i64 144
  store i64 %set.1.15767.i, ptr %428, align 8
  %.repack35.i = getelementptr inbounds i8, ptr %s, i64 152
  store i64 0, ptr %.repack35.i, align 8
  %429 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 1, ptr %429, align 1
  br label %endif30

walk29:                                           ; preds = %loop17.i, %loop17.preheader.i, %some_unknown.i204, %next10.1.thread.i
  %out.i200 = load ptr, ptr %49, align 8
  %430 = getelementptr inbounds i8, ptr %out.i200, i64 12
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %430, align 1
  %431 = getelementptr inbounds i8, ptr %s, i64 144
  %432 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 0, ptr %432, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %431, i8 0, i64 16, i1 false)
  %433 = getelementptr inbounds i8, ptr %out, i64 80
  %434 = getelementptr inbounds i8, ptr %out, i64 120
  call fastcc void @walk(ptr nonnull %s, i32 3, ptr nonnull %433, ptr nonnull %434)
  br label %endif30

endif30:                                          ; preds = %endif24.i, %not_applicable.i202, %walk29
  %435 = getelementptr inbounds i8, ptr %out, i64 49
  %how31 = load i8, ptr %435, align 1
  br i1 %160, label %guide_trace_add.exit220, label %trace.i214

trace.i214:                                       ; preds = %endif30
  %436 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i215 = load i64, ptr %436, align 8
  %437 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i216 = load i64, ptr %437, align 8
  %438 = icmp eq i64 %len.i215, %cap.i216
  br i1 %438, label %full.i219, label %add.i217

full.i219:                                        ; preds = %trace.i214
  %439 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %439, align 4
  br label %guide_trace_add.exit220

add.i217:                                         ; preds = %trace.i214
  %ev.i218 = load ptr, ptr %trace, align 8
  %440 = getelementptr inbounds %guide_event, ptr %ev.i218, i64 %len.i215
  store i8 1, ptr %440, align 1
  %441 = getelementptr inbounds i8, ptr %440, i64 1
  store i8 %how31, ptr %441, align 1
  %442 = getelementptr inbounds i8, ptr %440, i64 4
  store i32 3, ptr %442, align 4
  %443 = add i64 %len.i215, 1
  store i64 %443, ptr %436, align 8
  br label %guide_trace_add.exit220

guide_trace_add.exit220:                          ; preds = %endif30, %full.i219, %add.i217
  %444 = getelementptr inbounds i8, ptr %s, i64 222
  %done.i221 = load i8, ptr %444, align 2
  %445 = icmp eq i8 %done.i221, 0
  br i1 %445, label %eval.i261, label %endif.i222

eval.i261:                                        ; preds = %guide_trace_add.exit220
  store i8 1, ptr %444, align 2
  %446 = getelementptr inbounds i8, ptr %s, i64 96
  %risk.i.i = load i32, ptr %446, align 8
  %447 = and i32 %risk.i.i, 63
  %448 = zext nneg i32 %447 to i64
  %449 = lshr i64 2, %448
  %450 = trunc nuw nsw i64 %449 to i32
  %451 = getelementptr inbounds i8, ptr %s, i64 182
  %k.i.i262 = load i8, ptr %451, align 2
  %.not.i.i263 = icmp eq i8 %k.i.i262, 0
  %452 = and i32 %450, 1
  %453 = select i1 %.not.i.i263, i32 2, i32 %452
  %out.i.i = load ptr, ptr %49, align 8
  %state.i.i = load i8, ptr %out.i.i, align 1
  %454 = icmp eq i8 %state.i.i, 0
  %455 = select i1 %454, i32 0, i32 %453
  %456 = icmp eq i32 %455, 1
  %457 = icmp eq i32 %455, 0
  %change.i.i = load double, ptr %77, align 8
  %458 = fcmp ogt double %change.i.i, 2.000000e+01
  %k1.i.i264 = load i8, ptr %76, align 1
  %.not2.i.i265 = icmp ne i8 %k1.i.i264, 0
  %459 = select i1 %.not2.i.i265, i1 %458, i1 false
  %460 = or i1 %459, %456
  %461 = xor i1 %458, true
  %462 = select i1 %.not2.i.i265, i1 %461, i1 false
  %463 = and i1 %462, %457
  %464 = select i1 %463, i8 0, i8 2
  %465 = select i1 %460, i8 1, i8 %464
  %466 = getelementptr inbounds i8, ptr %s, i64 207
  store i8 %465, ptr %466, align 1
  %467 = getelementptr inbounds i8, ptr %s, i64 216
  store i8 %465, ptr %467, align 8
  br label %endif.i222

endif.i222:                                       ; preds = %eval.i261, %guide_trace_add.exit220
  %468 = getelementptr inbounds i8, ptr %s, i64 223
  %done1.i223 = load i8, ptr %468, align 1
  %469 = icmp eq i8 %done1.i223, 0
  br i1 %469, label %eval2.i259, label %endif3.i224

eval2.i259:                                       ; preds = %endif.i222
  store i8 1, ptr %468, align 1
  %470 = getelementptr inbounds i8, ptr %s, i64 96
  %risk.i47.i = load i32, ptr %470, align 8
  %471 = and i32 %risk.i47.i, 63
  %472 = zext nneg i32 %471 to i64
  %473 = lshr i64 1, %472
  %474 = trunc nuw nsw i64 %473 to i32
  %475 = getelementptr inbounds i8, ptr %s, i64 182
  %k.i48.i = load i8, ptr %475, align 2
  %.not.i49.i = icmp eq i8 %k.i48.i, 0
  %476 = select i1 %.not.i49.i, i32 2, i32 %474
  %out.i50.i = load ptr, ptr %49, align 8
  %state.i51.i = load i8, ptr %out.i50.i, align 1
  %477 = icmp eq i8 %state.i51.i, 0
  %478 = select i1 %477, i32 0, i32 %476
  %479 = icmp eq i32 %478, 0
  %480 = icmp eq i32 %478, 1
  %change.i52.i = load double, ptr %77, align 8
  %481 = fcmp ole double %change.i52.i, 2.000000e+01
  %k1.i53.i = load i8, ptr %76, align 1
  %.not2.i54.i = icmp ne i8 %k1.i53.i, 0
  %482 = xor i1 %481, true
  %483 = select i1 %.not2.i54.i, i1 %482, i1 false
  %484 = or i1 %479, %483
  %485 = select i1 %.not2.i54.i, i1 %481, i1 false
  %486 = and i1 %480, %485
  %not..i.i260 = xor i1 %484, true
  %487 = select i1 %not..i.i260, i1 %486, i1 false
  %488 = select i1 %487, i8 1, i8 2
  %489 = select i1 %484, i8 0, i8 %488
  %490 = getelementptr inbounds i8, ptr %s, i64 208
  store i8 %489, ptr %490, align 8
  %491 = getelementptr inbounds i8, ptr %s, i64 217
  store i8 %489, ptr %491, align 1
  br label %endif3.i224

endif3.i224:                                      ; preds = %eval2.i259, %endif.i222
  %trace.i225 = load ptr, ptr %50, align 8
  %.not.i226 = icmp eq ptr %trace.i225, null
  br i1 %.not.i226, label %endif5.i237, label %loop.preheader.i227

loop.preheader.i227:                              ; preds = %endif3.i224
  %492 = getelementptr inbounds i8, ptr %trace.i225, i64 8
  %493 = getelementptr inbounds i8, ptr %trace.i225, i64 16
  %494 = getelementptr inbounds i8, ptr %trace.i225, i64 24
  %len.i.i228 = load i64, ptr %492, align 8
  %cap.i.i229 = load i64, ptr %493, align 8
  %495 = icmp eq i64 %len.i.i228, %cap.i.i229
  br i1 %495, label %full.i.1.i258, label %guide_trace_add.exit.i230

endif5.i237:                                      ; preds = %full.i.1.i258, %add.i.1.i234, %endif3.i224
  %496 = getelementptr inbounds i8, ptr %s, i64 216
  %eff.i238 = load i8, ptr %496, align 8
  switch i8 %eff.i238, label %next10.i240 [
    i8 1, label %holds.i257
    i8 2, label %unknown12.i239
  ]

guide_trace_add.exit.i230:                        ; preds = %loop.preheader.i227
  %497 = getelementptr inbounds i8, ptr %s, i64 207
  %st.i231 = load i8, ptr %497, align 1
  %ev.i.i232 = load ptr, ptr %trace.i225, align 8
  %498 = getelementptr inbounds %guide_event, ptr %ev.i.i232, i64 %len.i.i228
  store i8 0, ptr %498, align 1
  %499 = getelementptr inbounds i8, ptr %498, i64 1
  store i8 %st.i231, ptr %499, align 1
  %500 = getelementptr inbounds i8, ptr %498, i64 4
  store i32 7, ptr %500, align 4
  %501 = add i64 %len.i.i228, 1
  store i64 %501, ptr %492, align 8
  %cap.i.1.pre.i233 = load i64, ptr %493, align 8
  %502 = icmp eq i64 %501, %cap.i.1.pre.i233
  br i1 %502, label %full.i.1.i258, label %add.i.1.i234

add.i.1.i234:                                     ; preds = %guide_trace_add.exit.i230
  %503 = getelementptr inbounds i8, ptr %s, i64 208
  %st.1.i235 = load i8, ptr %503, align 8
  %ev.i.1.i236 = load ptr, ptr %trace.i225, align 8
  %504 = getelementptr inbounds %guide_event, ptr %ev.i.1.i236, i64 %501
  store i8 0, ptr %504, align 1
  %505 = getelementptr inbounds i8, ptr %504, i64 1
  store i8 %st.1.i235, ptr %505, align 1
  %506 = getelementptr inbounds i8, ptr %504, i64 4
  store i32 8, ptr %506, align 4
  %507 = add i64 %len.i.i228, 2
  store i64 %507, ptr %492, align 8
  br label %endif5.i237

full.i.1.i258:                                    ; preds = %guide_trace_add.exit.i230, %loop.preheader.i227
  store i32 1, ptr %494, align 4
  br label %endif5.i237

next10.i240:                                      ; preds = %unknown12.i239, %holds.i257, %endif5.i237
  %unknown.1.i241 = phi i1 [ false, %endif5.i237 ], [ true, %unknown12.i239 ], [ false, %holds.i257 ]
  %508 = phi i1 [ true, %endif5.i237 ], [ true, %unknown12.i239 ], [ false, %holds.i257 ]
  %cls.1.i242 = phi i32 [ -1, %endif5.i237 ], [ -1, %unknown12.i239 ], [ 0, %holds.i257 ]
  %509 = getelementptr inbounds i8, ptr %s, i64 217
  %eff.1.i243 = load i8, ptr %509, align 1
  switch i8 %eff.1.i243, label %endif13.i [
    i8 1, label %holds.1.i247
    i8 2, label %walk32
  ]

holds.1.i247:                                     ; preds = %next10.i240
  br i1 %508, label %endif13.i, label %conflict.i248

holds.i257:                                       ; preds = %endif5.i237
  br label %next10.i240

unknown12.i239:                                   ; preds = %endif5.i237
  br label %next10.i240

conflict.i248:                                    ; preds = %holds.1.i247
  %out.i249 = load ptr, ptr %49, align 8
  %510 = getelementptr inbounds i8, ptr %out.i249, i64 16
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %510, align 1
  %511 = getelementptr inbounds i8, ptr %s, i64 160
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %511, i8 0, i64 16, i1 false)
  br label %endif33

endif13.i:                                        ; preds = %holds.1.i247, %next10.i240
  %cls.1.1.ph.i250 = phi i32 [ 1, %holds.1.i247 ], [ %cls.1.i242, %next10.i240 ]
  %none.i251 = icmp slt i32 %cls.1.1.ph.i250, 0
  br i1 %unknown.1.i241, label %some_unknown.i256, label %endif15.i252

some_unknown.i256:                                ; preds = %endif13.i
  br i1 %none.i251, label %walk32, label %body19.preheader.i

body19.preheader.i:                               ; preds = %some_unknown.i256
  %512 = icmp ne i32 %cls.1.1.ph.i250, 0
  %513 = icmp eq i8 %eff.i238, 2
  %514 = and i1 %513, %512
  br i1 %514, label %walk32, label %body19.preheader.i.endif26.i_crit_edge

body19.preheader.i.endif26.i_crit_edge:           ; preds = %body19.preheader.i
  %out28.i254.pre = load ptr, ptr %49, align 8
  br label %endif26.i

endif15.i252:                                     ; preds = %endif13.i
  %out28.i254.pre286 = load ptr, ptr %49, align 8
  br i1 %none.i251, label %not_applicable.i255, label %endif26.i

not_applicable.i255:                              ; preds = %endif15.i252
  %515 = getelementptr inbounds i8, ptr %out28.i254.pre286, i64 16
  %516 = getelementptr inbounds i8, ptr %s, i64 160
  store i32 0, ptr %515, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %516, i8 0, i64 16, i1 false)
  br label %endif33

endif26.i:                                        ; preds = %body19.preheader.i.endif26.i_crit_edge, %endif15.i252
  %out28.i254 = phi ptr [ %out28.i254.pre, %body19.preheader.i.endif26.i_crit_edge ], [ %out28.i254.pre286, %endif15.i252 ]
  %517 = zext nneg i32 %cls.1.1.ph.i250 to i64
  %518 = getelementptr inbounds [2 x [2 x i64]], ptr @values.treat, i64 0, i64 %517
  %value.unpack.i253 = load i64, ptr %518, align 16
  %519 = getelementptr inbounds i8, ptr %out28.i254, i64 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %519, align 1
  %520 = getelementptr inbounds i8, ptr %s, i64 160
  store i64 %value.unpack.i253, ptr %520, align 8
  br label %endif33

walk32:                                           ; preds = %body19.preheader.i, %some_unknown.i256, %next10.i240
  %out25.i245 = load ptr, ptr %49, align 8
  %521 = getelementptr inbounds i8, ptr %out25.i245, i64 16
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %521, align 1
  %522 = getelementptr inbounds i8, ptr %s, i64 160
  %523 = getelementptr inbounds i8, ptr %s, i64 186
  store i8 0, ptr %523, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %522, i8 0, i64 16, i1 false)
  %524 = getelementptr inbounds i8, ptr %out, i64 88
  %525 = getelementptr inbounds i8, ptr %out, i64 128
  call fastcc void @walk(ptr nonnull %s, i32 4, ptr nonnull %524, ptr nonnull %525)
  br label %endif33

endif33:                                          ; preds = %endif26.i, %not_applicable.i255, %conflict.i248, %walk32
  %526 = getelementptr inbounds i8, ptr %out, i64 53
  %how34 = load i8, ptr %526, align 1
  br i1 %160, label %guide_trace_add.exit272, label %trace.i266

trace.i266:                                       ; preds = %endif33
  %527 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i267 = load i64, ptr %527, align 8
  %528 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i268 = load i64, ptr %528, align 8
  %529 = icmp eq i64 %len.i267, %cap.i268
  br i1 %529, label %full.i271, label %add.i269

full.i271:                                        ; preds = %trace.i266
  %530 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %530, align 4
  br label %guide_trace_add.exit272

add.i269:                                         ; preds = %trace.i266
  %ev.i270 = load ptr, ptr %trace, align 8
  %531 = getelementptr inbounds %guide_event, ptr %ev.i270, i64 %len.i267
  store i8 1, ptr %531, align 1
  %532 = getelementptr inbounds i8, ptr %531, i64 1
  store i8 %how34, ptr %532, align 1
  %533 = getelementptr inbounds i8, ptr %531, i64 4
  store i32 4, ptr %533, align 4
  %534 = add i64 %len.i267, 1
  store i64 %534, ptr %527, align 8
  br label %guide_trace_add.exit272

guide_trace_add.exit272:                          ; preds = %endif33, %full.i271, %add.i269
  %535 = getelementptr inbounds i8, ptr %s, i64 96
  %risk = load i32, ptr %535, align 8
  store i32 %risk, ptr %out, align 4
  %536 = getelementptr inbounds i8, ptr %s, i64 112
  %pct = load double, ptr %536, align 8
  %537 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct, ptr %537, align 8
  %538 = getelementptr inbounds i8, ptr %s, i64 128
  %line = load i32, ptr %538, align 8
  %539 = getelementptr inbounds i8, ptr %out, i64 16
  store i32 %line, ptr %539, align 4
  %540 = getelementptr inbounds i8, ptr %s, i64 144
  %exams = load i64, ptr %540, align 8
  %541 = getelementptr inbounds i8, ptr %out, i64 24
  store i64 %exams, ptr %541, align 8
  %542 = getelementptr inbounds i8, ptr %s, i64 160
  %treat = load i32, ptr %542, align 8
  %543 = getelementptr inbounds i8, ptr %out, i64 32
  store i32 %treat, ptr %543, align 4
  %544 = getelementptr inbounds i8, ptr %out, i64 144
  %change = load double, ptr %77, align 8
  %545 = getelementptr inbounds i8, ptr %out, i64 136
  store double %change, ptr %545, align 8
  %546 = load i8, ptr %76, align 1
  %547 = zext i8 %546 to i64
  store i64 %547, ptr %544, align 8
  br label %common.ret
}

define range(i32 0, 6) i32 @emitc_eval(ptr nocapture readonly %in, ptr %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @emitc_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #4 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %1, i8 0, i64 48, i1 false)
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
  %.not5 = icmp eq i8 %9, 0
  br i1 %.not5, label %endif1, label %size_cm

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
  %.not6 = icmp eq i8 %16, 0
  br i1 %.not6, label %endif2, label %before_cm

before_cm:                                        ; preds = %endif1
  %17 = or i64 %14, 4
  store i64 %17, ptr %1, align 8
  %18 = getelementptr inbounds i8, ptr %val, i64 32
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %1, i64 24
  store double %19, ptr %20, align 8
  br label %endif2

endif2:                                           ; preds = %before_cm, %endif1
  %21 = phi i64 [ %17, %before_cm ], [ %14, %endif1 ]
  %22 = getelementptr inbounds i8, ptr %known, i64 3
  %23 = load i8, ptr %22, align 1
  %.not7 = icmp eq i8 %23, 0
  br i1 %.not7, label %endif3, label %lines

lines:                                            ; preds = %endif2
  %24 = or i64 %21, 8
  store i64 %24, ptr %1, align 8
  %25 = getelementptr inbounds i8, ptr %val, i64 48
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %1, i64 32
  store double %26, ptr %27, align 8
  br label %endif3

endif3:                                           ; preds = %lines, %endif2
  %28 = phi i64 [ %24, %lines ], [ %21, %endif2 ]
  %29 = getelementptr inbounds i8, ptr %known, i64 4
  %30 = load i8, ptr %29, align 1
  %.not8 = icmp eq i8 %30, 0
  br i1 %.not8, label %endif4, label %rupture

rupture:                                          ; preds = %endif3
  %31 = or i64 %28, 16
  store i64 %31, ptr %1, align 8
  %32 = getelementptr inbounds i8, ptr %val, i64 64
  %33 = load i32, ptr %32, align 4
  %34 = getelementptr inbounds i8, ptr %1, i64 40
  store i32 %33, ptr %34, align 4
  br label %endif4

endif4:                                           ; preds = %rupture, %endif3
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none)
define void @emitc_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #5 {
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
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds i8, ptr %val, i64 32
  store double %27, ptr %28, align 8
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
  %37 = load i64, ptr %0, align 8
  %38 = trunc i64 %37 to i8
  %39 = lshr i8 %38, 4
  %40 = and i8 %39, 1
  %41 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %40, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %0, i64 40
  %43 = load i32, ptr %42, align 4
  %44 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %43, ptr %44, align 4
  %45 = getelementptr inbounds i8, ptr %1, i64 144
  %46 = load i64, ptr %45, align 8
  %47 = trunc i64 %46 to i8
  %48 = and i8 %47, 1
  %49 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %48, ptr %49, align 1
  %50 = getelementptr inbounds i8, ptr %1, i64 136
  %51 = load double, ptr %50, align 8
  %52 = getelementptr inbounds i8, ptr %val, i64 80
  store double %51, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %1, i64 36
  %54 = load i32, ptr %53, align 4
  store i32 %54, ptr %out, align 4
  %55 = load i32, ptr %1, align 4
  %56 = getelementptr inbounds i8, ptr %val, i64 96
  store i32 %55, ptr %56, align 4
  %state = load i8, ptr %53, align 1
  %57 = getelementptr inbounds i8, ptr %1, i64 38
  %58 = load i8, ptr %57, align 1
  %59 = icmp eq i8 %state, 1
  %60 = icmp eq i8 %58, 0
  %61 = and i1 %59, %60
  %62 = zext i1 %61 to i8
  %63 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %62, ptr %63, align 1
  %64 = getelementptr inbounds i8, ptr %1, i64 37
  %how = load i8, ptr %64, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %65 = getelementptr inbounds i8, ptr %1, i64 56
  %66 = load i64, ptr %65, align 8
  store i64 %66, ptr %asks, align 8
  %67 = getelementptr inbounds i8, ptr %1, i64 96
  %68 = load i64, ptr %67, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %68, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  %69 = getelementptr inbounds i8, ptr %1, i64 40
  %70 = getelementptr inbounds i8, ptr %out, i64 4
  %71 = load i32, ptr %69, align 4
  store i32 %71, ptr %70, align 4
  %72 = getelementptr inbounds i8, ptr %1, i64 8
  %73 = load double, ptr %72, align 8
  %74 = getelementptr inbounds i8, ptr %val, i64 112
  store double %73, ptr %74, align 8
  %state1 = load i8, ptr %69, align 1
  %75 = getelementptr inbounds i8, ptr %1, i64 42
  %76 = load i8, ptr %75, align 1
  %77 = icmp eq i8 %state1, 1
  %78 = icmp eq i8 %76, 0
  %79 = and i1 %77, %78
  %80 = zext i1 %79 to i8
  %81 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %80, ptr %81, align 1
  %82 = getelementptr inbounds i8, ptr %asks, i64 8
  %83 = getelementptr inbounds i8, ptr %possible, i64 8
  %84 = getelementptr inbounds i8, ptr %1, i64 41
  %how2 = load i8, ptr %84, align 1
  %.not21 = icmp eq i8 %how2, 0
  br i1 %.not21, label %direct4, label %walked3

walked3:                                          ; preds = %next
  %85 = getelementptr inbounds i8, ptr %1, i64 64
  %86 = load i64, ptr %85, align 8
  store i64 %86, ptr %82, align 8
  %87 = getelementptr inbounds i8, ptr %1, i64 104
  %88 = load i64, ptr %87, align 8
  br label %next5

direct4:                                          ; preds = %next
  store i64 0, ptr %82, align 8
  br label %next5

next5:                                            ; preds = %direct4, %walked3
  %storemerge22 = phi i64 [ %88, %walked3 ], [ 0, %direct4 ]
  store i64 %storemerge22, ptr %83, align 8
  %89 = getelementptr inbounds i8, ptr %1, i64 44
  %90 = getelementptr inbounds i8, ptr %out, i64 8
  %91 = load i32, ptr %89, align 4
  store i32 %91, ptr %90, align 4
  %92 = getelementptr inbounds i8, ptr %1, i64 16
  %93 = load i32, ptr %92, align 4
  %94 = getelementptr inbounds i8, ptr %val, i64 128
  store i32 %93, ptr %94, align 4
  %state6 = load i8, ptr %89, align 1
  %95 = getelementptr inbounds i8, ptr %1, i64 46
  %96 = load i8, ptr %95, align 1
  %97 = icmp eq i8 %state6, 1
  %98 = icmp eq i8 %96, 0
  %99 = and i1 %97, %98
  %100 = zext i1 %99 to i8
  %101 = getelementptr inbounds i8, ptr %known, i64 8
  store i8 %100, ptr %101, align 1
  %102 = getelementptr inbounds i8, ptr %asks, i64 16
  %103 = getelementptr inbounds i8, ptr %possible, i64 16
  %104 = getelementptr inbounds i8, ptr %1, i64 45
  %how7 = load i8, ptr %104, align 1
  %.not23 = icmp eq i8 %how7, 0
  br i1 %.not23, label %direct9, label %walked8

walked8:                                          ; preds = %next5
  %105 = getelementptr inbounds i8, ptr %1, i64 72
  %106 = load i64, ptr %105, align 8
  store i64 %106, ptr %102, align 8
  %107 = getelementptr inbounds i8, ptr %1, i64 112
  %108 = load i64, ptr %107, align 8
  br label %next10

direct9:                                          ; preds = %next5
  store i64 0, ptr %102, align 8
  br label %next10

next10:                                           ; preds = %direct9, %walked8
  %storemerge24 = phi i64 [ %108, %walked8 ], [ 0, %direct9 ]
  store i64 %storemerge24, ptr %103, align 8
  %109 = getelementptr inbounds i8, ptr %1, i64 48
  %110 = getelementptr inbounds i8, ptr %out, i64 12
  %111 = load i32, ptr %109, align 4
  store i32 %111, ptr %110, align 4
  %112 = getelementptr inbounds i8, ptr %1, i64 24
  %113 = load i64, ptr %112, align 8
  %114 = getelementptr inbounds i8, ptr %val, i64 144
  store i64 %113, ptr %114, align 8
  %state11 = load i8, ptr %109, align 1
  %115 = getelementptr inbounds i8, ptr %1, i64 50
  %116 = load i8, ptr %115, align 1
  %117 = icmp eq i8 %state11, 1
  %118 = icmp eq i8 %116, 0
  %119 = and i1 %117, %118
  %120 = zext i1 %119 to i8
  %121 = getelementptr inbounds i8, ptr %known, i64 9
  store i8 %120, ptr %121, align 1
  %122 = getelementptr inbounds i8, ptr %asks, i64 24
  %123 = getelementptr inbounds i8, ptr %possible, i64 24
  %124 = getelementptr inbounds i8, ptr %1, i64 49
  %how12 = load i8, ptr %124, align 1
  %.not25 = icmp eq i8 %how12, 0
  br i1 %.not25, label %direct14, label %walked13

walked13:                                         ; preds = %next10
  %125 = getelementptr inbounds i8, ptr %1, i64 80
  %126 = load i64, ptr %125, align 8
  store i64 %126, ptr %122, align 8
  %127 = getelementptr inbounds i8, ptr %1, i64 120
  %128 = load i64, ptr %127, align 8
  br label %next15

direct14:                                         ; preds = %next10
  store i64 0, ptr %122, align 8
  br label %next15

next15:                                           ; preds = %direct14, %walked13
  %storemerge26 = phi i64 [ %128, %walked13 ], [ 0, %direct14 ]
  store i64 %storemerge26, ptr %123, align 8
  %129 = getelementptr inbounds i8, ptr %1, i64 52
  %130 = getelementptr inbounds i8, ptr %out, i64 16
  %131 = load i32, ptr %129, align 4
  store i32 %131, ptr %130, align 4
  %132 = getelementptr inbounds i8, ptr %1, i64 32
  %133 = load i32, ptr %132, align 4
  %134 = getelementptr inbounds i8, ptr %val, i64 160
  store i32 %133, ptr %134, align 4
  %state16 = load i8, ptr %129, align 1
  %135 = getelementptr inbounds i8, ptr %1, i64 54
  %136 = load i8, ptr %135, align 1
  %137 = icmp eq i8 %state16, 1
  %138 = icmp eq i8 %136, 0
  %139 = and i1 %137, %138
  %140 = zext i1 %139 to i8
  %141 = getelementptr inbounds i8, ptr %known, i64 10
  store i8 %140, ptr %141, align 1
  %142 = getelementptr inbounds i8, ptr %asks, i64 32
  %143 = getelementptr inbounds i8, ptr %1, i64 53
  %how17 = load i8, ptr %143, align 1
  %.not27 = icmp eq i8 %how17, 0
  br i1 %.not27, label %direct19, label %walked18

walked18:                                         ; preds = %next15
  %144 = getelementptr inbounds i8, ptr %1, i64 88
  %145 = load i64, ptr %144, align 8
  store i64 %145, ptr %142, align 8
  %146 = getelementptr inbounds i8, ptr %1, i64 128
  %147 = load i64, ptr %146, align 8
  br label %next20

direct19:                                         ; preds = %next15
  store i64 0, ptr %142, align 8
  br label %next20

next20:                                           ; preds = %direct19, %walked18
  %storemerge28 = phi i64 [ %147, %walked18 ], [ 0, %direct19 ]
  %148 = getelementptr inbounds i8, ptr %possible, i64 32
  store i64 %storemerge28, ptr %148, align 8
  ret void
}

define range(i32 0, 6) i32 @emitc_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %emitc_output, align 8
  %in = alloca %emitc_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %in, i8 0, i64 48, i1 false)
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
  %.not5.i = icmp eq i8 %9, 0
  br i1 %.not5.i, label %endif1.i, label %size_cm.i

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
  %.not6.i = icmp eq i8 %16, 0
  br i1 %.not6.i, label %endif2.i, label %before_cm.i

before_cm.i:                                      ; preds = %endif1.i
  %17 = or i64 %14, 4
  store i64 %17, ptr %in, align 8
  %18 = getelementptr inbounds i8, ptr %val.i, i64 32
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %in, i64 24
  store double %19, ptr %20, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %before_cm.i, %endif1.i
  %21 = phi i64 [ %17, %before_cm.i ], [ %14, %endif1.i ]
  %22 = getelementptr inbounds i8, ptr %known.i, i64 3
  %23 = load i8, ptr %22, align 1
  %.not7.i = icmp eq i8 %23, 0
  br i1 %.not7.i, label %endif3.i, label %lines.i

lines.i:                                          ; preds = %endif2.i
  %24 = or i64 %21, 8
  store i64 %24, ptr %in, align 8
  %25 = getelementptr inbounds i8, ptr %val.i, i64 48
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %in, i64 32
  store double %26, ptr %27, align 8
  br label %endif3.i

endif3.i:                                         ; preds = %lines.i, %endif2.i
  %28 = phi i64 [ %24, %lines.i ], [ %21, %endif2.i ]
  %29 = getelementptr inbounds i8, ptr %known.i, i64 4
  %30 = load i8, ptr %29, align 1
  %.not8.i = icmp eq i8 %30, 0
  br i1 %.not8.i, label %emitc_from_frame.exit, label %rupture.i

rupture.i:                                        ; preds = %endif3.i
  %31 = or i64 %28, 16
  store i64 %31, ptr %in, align 8
  %32 = getelementptr inbounds i8, ptr %val.i, i64 64
  %33 = load i32, ptr %32, align 4
  %34 = getelementptr inbounds i8, ptr %in, i64 40
  store i32 %33, ptr %34, align 8
  br label %emitc_from_frame.exit

emitc_from_frame.exit:                            ; preds = %endif3.i, %rupture.i
  %35 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %35, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  call void @emitc_to_frame(ptr nonnull %in, ptr nonnull %out, ptr nonnull %0)
  ret i32 %rc
}

define i64 @emitc_eval_many(i64 %n, ptr nocapture readonly %in, ptr %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %emitc_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %emitc_output, ptr %out, i64 %i.05
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

define i64 @emitc_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %out.i = alloca %emitc_output, align 8
  %in.i = alloca %emitc_input, align 8
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %1 = getelementptr inbounds i8, ptr %in.i, i64 8
  %2 = getelementptr inbounds i8, ptr %c, i64 40
  %3 = getelementptr inbounds i8, ptr %c, i64 8
  %4 = getelementptr inbounds i8, ptr %in.i, i64 16
  %5 = getelementptr inbounds i8, ptr %c, i64 16
  %6 = getelementptr inbounds i8, ptr %in.i, i64 24
  %7 = getelementptr inbounds i8, ptr %c, i64 24
  %8 = getelementptr inbounds i8, ptr %in.i, i64 32
  %9 = getelementptr inbounds i8, ptr %c, i64 32
  %10 = getelementptr inbounds i8, ptr %in.i, i64 40
  %11 = getelementptr inbounds i8, ptr %c, i64 128
  %12 = getelementptr inbounds i8, ptr %c, i64 136
  %13 = getelementptr inbounds i8, ptr %c, i64 48
  %14 = getelementptr inbounds i8, ptr %c, i64 88
  %15 = getelementptr inbounds i8, ptr %out.i, i64 36
  %16 = getelementptr inbounds i8, ptr %out.i, i64 37
  %17 = getelementptr inbounds i8, ptr %out.i, i64 38
  %18 = getelementptr inbounds i8, ptr %out.i, i64 56
  %19 = getelementptr inbounds i8, ptr %out.i, i64 96
  %20 = getelementptr inbounds i8, ptr %c, i64 56
  %21 = getelementptr inbounds i8, ptr %out.i, i64 8
  %22 = getelementptr inbounds i8, ptr %c, i64 96
  %23 = getelementptr inbounds i8, ptr %out.i, i64 40
  %24 = getelementptr inbounds i8, ptr %out.i, i64 41
  %25 = getelementptr inbounds i8, ptr %out.i, i64 42
  %26 = getelementptr inbounds i8, ptr %out.i, i64 64
  %27 = getelementptr inbounds i8, ptr %out.i, i64 104
  %28 = getelementptr inbounds i8, ptr %c, i64 64
  %29 = getelementptr inbounds i8, ptr %out.i, i64 16
  %30 = getelementptr inbounds i8, ptr %c, i64 104
  %31 = getelementptr inbounds i8, ptr %out.i, i64 44
  %32 = getelementptr inbounds i8, ptr %out.i, i64 45
  %33 = getelementptr inbounds i8, ptr %out.i, i64 46
  %34 = getelementptr inbounds i8, ptr %out.i, i64 72
  %35 = getelementptr inbounds i8, ptr %out.i, i64 112
  %36 = getelementptr inbounds i8, ptr %c, i64 72
  %37 = getelementptr inbounds i8, ptr %out.i, i64 24
  %38 = getelementptr inbounds i8, ptr %c, i64 112
  %39 = getelementptr inbounds i8, ptr %out.i, i64 48
  %40 = getelementptr inbounds i8, ptr %out.i, i64 49
  %41 = getelementptr inbounds i8, ptr %out.i, i64 50
  %42 = getelementptr inbounds i8, ptr %out.i, i64 80
  %43 = getelementptr inbounds i8, ptr %out.i, i64 120
  %44 = getelementptr inbounds i8, ptr %c, i64 80
  %45 = getelementptr inbounds i8, ptr %out.i, i64 32
  %46 = getelementptr inbounds i8, ptr %c, i64 120
  %47 = getelementptr inbounds i8, ptr %out.i, i64 52
  %48 = getelementptr inbounds i8, ptr %out.i, i64 53
  %49 = getelementptr inbounds i8, ptr %out.i, i64 54
  %50 = getelementptr inbounds i8, ptr %out.i, i64 88
  %51 = getelementptr inbounds i8, ptr %out.i, i64 128
  %52 = getelementptr inbounds i8, ptr %c, i64 144
  br label %body

body:                                             ; preds = %body.lr.ph, %column_row.exit
  %bad.06 = phi i64 [ 0, %body.lr.ph ], [ %176, %column_row.exit ]
  %i.05 = phi i64 [ 0, %body.lr.ph ], [ %177, %column_row.exit ]
  call void @llvm.lifetime.start.p0(i64 152, ptr nonnull %out.i)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %in.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %1, i8 0, i64 40, i1 false)
  %known.i = load ptr, ptr %2, align 8
  %.not.i = icmp eq ptr %known.i, null
  %53 = getelementptr inbounds i64, ptr %known.i, i64 %i.05
  %54 = select i1 %.not.i, ptr @all_known, ptr %53
  %known1.i = load i64, ptr %54, align 8
  %site.i = load ptr, ptr %c, align 8
  %55 = trunc i64 %known1.i to i1
  %56 = icmp ne ptr %site.i, null
  %57 = and i1 %56, %55
  br i1 %57, label %site2.i, label %endif.i

site2.i:                                          ; preds = %body
  %58 = getelementptr inbounds i32, ptr %site.i, i64 %i.05
  %59 = load i32, ptr %58, align 4
  store i32 %59, ptr %1, align 8
  br label %endif.i

endif.i:                                          ; preds = %site2.i, %body
  %60 = phi i64 [ -1, %site2.i ], [ -2, %body ]
  %size_cm.i = load ptr, ptr %3, align 8
  %61 = and i64 %known1.i, 2
  %62 = icmp ne i64 %61, 0
  %63 = icmp ne ptr %size_cm.i, null
  %64 = and i1 %62, %63
  br i1 %64, label %size_cm3.i, label %endif4.i

size_cm3.i:                                       ; preds = %endif.i
  %65 = getelementptr inbounds double, ptr %size_cm.i, i64 %i.05
  %66 = load double, ptr %65, align 8
  store double %66, ptr %4, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %size_cm3.i, %endif.i
  %67 = phi i64 [ -1, %size_cm3.i ], [ -3, %endif.i ]
  %before_cm.i = load ptr, ptr %5, align 8
  %68 = and i64 %known1.i, 4
  %69 = icmp ne i64 %68, 0
  %70 = icmp ne ptr %before_cm.i, null
  %71 = and i1 %69, %70
  br i1 %71, label %before_cm5.i, label %endif6.i

before_cm5.i:                                     ; preds = %endif4.i
  %72 = getelementptr inbounds double, ptr %before_cm.i, i64 %i.05
  %73 = load double, ptr %72, align 8
  store double %73, ptr %6, align 8
  br label %endif6.i

endif6.i:                                         ; preds = %before_cm5.i, %endif4.i
  %74 = phi i64 [ -1, %before_cm5.i ], [ -5, %endif4.i ]
  %lines.i = load ptr, ptr %7, align 8
  %75 = and i64 %known1.i, 8
  %76 = icmp ne i64 %75, 0
  %77 = icmp ne ptr %lines.i, null
  %78 = and i1 %76, %77
  br i1 %78, label %lines7.i, label %endif8.i

lines7.i:                                         ; preds = %endif6.i
  %79 = getelementptr inbounds double, ptr %lines.i, i64 %i.05
  %80 = load double, ptr %79, align 8
  store double %80, ptr %8, align 8
  br label %endif8.i

endif8.i:                                         ; preds = %lines7.i, %endif6.i
  %81 = phi i64 [ -1, %lines7.i ], [ -9, %endif6.i ]
  %82 = and i64 %60, %67
  %83 = and i64 %82, %74
  %84 = and i64 %83, %81
  %85 = and i64 %84, %known1.i
  %rupture.i = load ptr, ptr %9, align 8
  %86 = and i64 %85, 16
  %87 = icmp ne i64 %86, 0
  %88 = icmp ne ptr %rupture.i, null
  %89 = and i1 %88, %87
  br i1 %89, label %rupture9.i, label %endif10.i

rupture9.i:                                       ; preds = %endif8.i
  %90 = getelementptr inbounds i32, ptr %rupture.i, i64 %i.05
  %91 = load i32, ptr %90, align 4
  store i32 %91, ptr %10, align 8
  br label %endif10.i

endif10.i:                                        ; preds = %rupture9.i, %endif8.i
  %92 = phi i64 [ -1, %rupture9.i ], [ -17, %endif8.i ]
  %93 = and i64 %85, 31
  %94 = and i64 %93, %92
  store i64 %94, ptr %in.i, align 8
  %rc.i = call fastcc i32 @eval_with(ptr nonnull %in.i, ptr nonnull %out.i, ptr null, ptr null)
  %asks.i = load ptr, ptr %11, align 8
  %possible.i = load ptr, ptr %12, align 8
  %risk.i = load ptr, ptr %13, align 8
  %.not82.i = icmp eq ptr %risk.i, null
  br i1 %.not82.i, label %endif11.i, label %value.i

value.i:                                          ; preds = %endif10.i
  %95 = load i32, ptr %out.i, align 8
  %96 = getelementptr inbounds i32, ptr %risk.i, i64 %i.05
  store i32 %95, ptr %96, align 4
  br label %endif11.i

endif11.i:                                        ; preds = %value.i, %endif10.i
  %states.i = load ptr, ptr %14, align 8
  %.not83.i = icmp eq ptr %states.i, null
  br i1 %.not83.i, label %endif12.i, label %state.i

state.i:                                          ; preds = %endif11.i
  %state13.i = load i8, ptr %15, align 4
  %how.i = load i8, ptr %16, align 1
  %is_null.i = load i8, ptr %17, align 2
  %97 = and i8 %state13.i, 3
  %98 = shl i8 %how.i, 2
  %99 = and i8 %98, 12
  %100 = or disjoint i8 %99, %97
  %101 = shl i8 %is_null.i, 4
  %102 = and i8 %101, 16
  %103 = or disjoint i8 %100, %102
  %104 = getelementptr inbounds i8, ptr %states.i, i64 %i.05
  store i8 %103, ptr %104, align 1
  br label %endif12.i

endif12.i:                                        ; preds = %state.i, %endif11.i
  %how14.i = load i8, ptr %16, align 1
  %.not84.i = icmp eq i8 %how14.i, 0
  br i1 %.not84.i, label %endif15.i, label %walked.i

walked.i:                                         ; preds = %endif12.i
  %.not85.i = icmp eq ptr %asks.i, null
  br i1 %.not85.i, label %endif17.i, label %asks16.i

endif15.i:                                        ; preds = %possible18.i, %endif17.i, %endif12.i
  %pct.i = load ptr, ptr %20, align 8
  %.not88.i = icmp eq ptr %pct.i, null
  br i1 %.not88.i, label %endif21.i, label %value20.i

asks16.i:                                         ; preds = %walked.i
  %.idx.i = mul i64 %i.05, 40
  %105 = getelementptr inbounds i8, ptr %asks.i, i64 %.idx.i
  %106 = load i64, ptr %18, align 8
  store i64 %106, ptr %105, align 8
  br label %endif17.i

endif17.i:                                        ; preds = %asks16.i, %walked.i
  %.not86.i = icmp eq ptr %possible.i, null
  br i1 %.not86.i, label %endif15.i, label %possible18.i

possible18.i:                                     ; preds = %endif17.i
  %.idx87.i = mul i64 %i.05, 40
  %107 = getelementptr inbounds i8, ptr %possible.i, i64 %.idx87.i
  %108 = load i64, ptr %19, align 8
  store i64 %108, ptr %107, align 8
  br label %endif15.i

value20.i:                                        ; preds = %endif15.i
  %109 = load double, ptr %21, align 8
  %110 = getelementptr inbounds double, ptr %pct.i, i64 %i.05
  store double %109, ptr %110, align 8
  br label %endif21.i

endif21.i:                                        ; preds = %value20.i, %endif15.i
  %states22.i = load ptr, ptr %22, align 8
  %.not89.i = icmp eq ptr %states22.i, null
  br i1 %.not89.i, label %endif24.i, label %state23.i

state23.i:                                        ; preds = %endif21.i
  %state25.i = load i8, ptr %23, align 8
  %how26.i = load i8, ptr %24, align 1
  %is_null27.i = load i8, ptr %25, align 2
  %111 = and i8 %state25.i, 3
  %112 = shl i8 %how26.i, 2
  %113 = and i8 %112, 12
  %114 = or disjoint i8 %113, %111
  %115 = shl i8 %is_null27.i, 4
  %116 = and i8 %115, 16
  %117 = or disjoint i8 %114, %116
  %118 = getelementptr inbounds i8, ptr %states22.i, i64 %i.05
  store i8 %117, ptr %118, align 1
  br label %endif24.i

endif24.i:                                        ; preds = %state23.i, %endif21.i
  %how28.i = load i8, ptr %24, align 1
  %.not90.i = icmp eq i8 %how28.i, 0
  br i1 %.not90.i, label %endif30.i, label %walked29.i

walked29.i:                                       ; preds = %endif24.i
  %.not91.i = icmp eq ptr %asks.i, null
  br i1 %.not91.i, label %endif32.i, label %asks31.i

endif30.i:                                        ; preds = %possible33.i, %endif32.i, %endif24.i
  %line.i = load ptr, ptr %28, align 8
  %.not95.i = icmp eq ptr %line.i, null
  br i1 %.not95.i, label %endif36.i, label %value35.i

asks31.i:                                         ; preds = %walked29.i
  %.idx92.i = mul i64 %i.05, 40
  %119 = getelementptr i8, ptr %asks.i, i64 %.idx92.i
  %120 = getelementptr i8, ptr %119, i64 8
  %121 = load i64, ptr %26, align 8
  store i64 %121, ptr %120, align 8
  br label %endif32.i

endif32.i:                                        ; preds = %asks31.i, %walked29.i
  %.not93.i = icmp eq ptr %possible.i, null
  br i1 %.not93.i, label %endif30.i, label %possible33.i

possible33.i:                                     ; preds = %endif32.i
  %.idx94.i = mul i64 %i.05, 40
  %122 = getelementptr i8, ptr %possible.i, i64 %.idx94.i
  %123 = getelementptr i8, ptr %122, i64 8
  %124 = load i64, ptr %27, align 8
  store i64 %124, ptr %123, align 8
  br label %endif30.i

value35.i:                                        ; preds = %endif30.i
  %125 = load i32, ptr %29, align 8
  %126 = getelementptr inbounds i32, ptr %line.i, i64 %i.05
  store i32 %125, ptr %126, align 4
  br label %endif36.i

endif36.i:                                        ; preds = %value35.i, %endif30.i
  %states37.i = load ptr, ptr %30, align 8
  %.not96.i = icmp eq ptr %states37.i, null
  br i1 %.not96.i, label %endif39.i, label %state38.i

state38.i:                                        ; preds = %endif36.i
  %state40.i = load i8, ptr %31, align 4
  %how41.i = load i8, ptr %32, align 1
  %is_null42.i = load i8, ptr %33, align 2
  %127 = and i8 %state40.i, 3
  %128 = shl i8 %how41.i, 2
  %129 = and i8 %128, 12
  %130 = or disjoint i8 %129, %127
  %131 = shl i8 %is_null42.i, 4
  %132 = and i8 %131, 16
  %133 = or disjoint i8 %130, %132
  %134 = getelementptr inbounds i8, ptr %states37.i, i64 %i.05
  store i8 %133, ptr %134, align 1
  br label %endif39.i

endif39.i:                                        ; preds = %state38.i, %endif36.i
  %how43.i = load i8, ptr %32, align 1
  %.not97.i = icmp eq i8 %how43.i, 0
  br i1 %.not97.i, label %endif45.i, label %walked44.i

walked44.i:                                       ; preds = %endif39.i
  %.not98.i = icmp eq ptr %asks.i, null
  br i1 %.not98.i, label %endif47.i, label %asks46.i

endif45.i:                                        ; preds = %possible48.i, %endif47.i, %endif39.i
  %exams.i = load ptr, ptr %36, align 8
  %.not102.i = icmp eq ptr %exams.i, null
  br i1 %.not102.i, label %endif51.i, label %value50.i

asks46.i:                                         ; preds = %walked44.i
  %.idx99.i = mul i64 %i.05, 40
  %135 = getelementptr i8, ptr %asks.i, i64 %.idx99.i
  %136 = getelementptr i8, ptr %135, i64 16
  %137 = load i64, ptr %34, align 8
  store i64 %137, ptr %136, align 8
  br label %endif47.i

endif47.i:                                        ; preds = %asks46.i, %walked44.i
  %.not100.i = icmp eq ptr %possible.i, null
  br i1 %.not100.i, label %endif45.i, label %possible48.i

possible48.i:                                     ; preds = %endif47.i
  %.idx101.i = mul i64 %i.05, 40
  %138 = getelementptr i8, ptr %possible.i, i64 %.idx101.i
  %139 = getelementptr i8, ptr %138, i64 16
  %140 = load i64, ptr %35, align 8
  store i64 %140, ptr %139, align 8
  br label %endif45.i

value50.i:                                        ; preds = %endif45.i
  %141 = load i64, ptr %37, align 8
  %142 = getelementptr inbounds i64, ptr %exams.i, i64 %i.05
  store i64 %141, ptr %142, align 8
  br label %endif51.i

endif51.i:                                        ; preds = %value50.i, %endif45.i
  %states52.i = load ptr, ptr %38, align 8
  %.not103.i = icmp eq ptr %states52.i, null
  br i1 %.not103.i, label %endif54.i, label %state53.i

state53.i:                                        ; preds = %endif51.i
  %state55.i = load i8, ptr %39, align 8
  %how56.i = load i8, ptr %40, align 1
  %is_null57.i = load i8, ptr %41, align 2
  %143 = and i8 %state55.i, 3
  %144 = shl i8 %how56.i, 2
  %145 = and i8 %144, 12
  %146 = or disjoint i8 %145, %143
  %147 = shl i8 %is_null57.i, 4
  %148 = and i8 %147, 16
  %149 = or disjoint i8 %146, %148
  %150 = getelementptr inbounds i8, ptr %states52.i, i64 %i.05
  store i8 %149, ptr %150, align 1
  br label %endif54.i

endif54.i:                                        ; preds = %state53.i, %endif51.i
  %how58.i = load i8, ptr %40, align 1
  %.not104.i = icmp eq i8 %how58.i, 0
  br i1 %.not104.i, label %endif60.i, label %walked59.i

walked59.i:                                       ; preds = %endif54.i
  %.not105.i = icmp eq ptr %asks.i, null
  br i1 %.not105.i, label %endif62.i, label %asks61.i

endif60.i:                                        ; preds = %possible63.i, %endif62.i, %endif54.i
  %treat.i = load ptr, ptr %44, align 8
  %.not109.i = icmp eq ptr %treat.i, null
  br i1 %.not109.i, label %endif66.i, label %value65.i

asks61.i:                                         ; preds = %walked59.i
  %.idx106.i = mul i64 %i.05, 40
  %151 = getelementptr i8, ptr %asks.i, i64 %.idx106.i
  %152 = getelementptr i8, ptr %151, i64 24
  %153 = load i64, ptr %42, align 8
  store i64 %153, ptr %152, align 8
  br label %endif62.i

endif62.i:                                        ; preds = %asks61.i, %walked59.i
  %.not107.i = icmp eq ptr %possible.i, null
  br i1 %.not107.i, label %endif60.i, label %possible63.i

possible63.i:                                     ; preds = %endif62.i
  %.idx108.i = mul i64 %i.05, 40
  %154 = getelementptr i8, ptr %possible.i, i64 %.idx108.i
  %155 = getelementptr i8, ptr %154, i64 24
  %156 = load i64, ptr %43, align 8
  store i64 %156, ptr %155, align 8
  br label %endif60.i

value65.i:                                        ; preds = %endif60.i
  %157 = load i32, ptr %45, align 8
  %158 = getelementptr inbounds i32, ptr %treat.i, i64 %i.05
  store i32 %157, ptr %158, align 4
  br label %endif66.i

endif66.i:                                        ; preds = %value65.i, %endif60.i
  %states67.i = load ptr, ptr %46, align 8
  %.not110.i = icmp eq ptr %states67.i, null
  br i1 %.not110.i, label %endif69.i, label %state68.i

state68.i:                                        ; preds = %endif66.i
  %state70.i = load i8, ptr %47, align 4
  %how71.i = load i8, ptr %48, align 1
  %is_null72.i = load i8, ptr %49, align 2
  %159 = and i8 %state70.i, 3
  %160 = shl i8 %how71.i, 2
  %161 = and i8 %160, 12
  %162 = or disjoint i8 %161, %159
  %163 = shl i8 %is_null72.i, 4
  %164 = and i8 %163, 16
  %165 = or disjoint i8 %162, %164
  %166 = getelementptr inbounds i8, ptr %states67.i, i64 %i.05
  store i8 %165, ptr %166, align 1
  br label %endif69.i

endif69.i:                                        ; preds = %state68.i, %endif66.i
  %how73.i = load i8, ptr %48, align 1
  %.not111.i = icmp eq i8 %how73.i, 0
  br i1 %.not111.i, label %endif75.i, label %walked74.i

walked74.i:                                       ; preds = %endif69.i
  %.not112.i = icmp eq ptr %asks.i, null
  br i1 %.not112.i, label %endif77.i, label %asks76.i

endif75.i:                                        ; preds = %possible78.i, %endif77.i, %endif69.i
  %rcs.i = load ptr, ptr %52, align 8
  %.not116.i = icmp eq ptr %rcs.i, null
  br i1 %.not116.i, label %column_row.exit, label %rc80.i

asks76.i:                                         ; preds = %walked74.i
  %.idx113.i = mul i64 %i.05, 40
  %167 = getelementptr i8, ptr %asks.i, i64 %.idx113.i
  %168 = getelementptr i8, ptr %167, i64 32
  %169 = load i64, ptr %50, align 8
  store i64 %169, ptr %168, align 8
  br label %endif77.i

endif77.i:                                        ; preds = %asks76.i, %walked74.i
  %.not114.i = icmp eq ptr %possible.i, null
  br i1 %.not114.i, label %endif75.i, label %possible78.i

possible78.i:                                     ; preds = %endif77.i
  %.idx115.i = mul i64 %i.05, 40
  %170 = getelementptr i8, ptr %possible.i, i64 %.idx115.i
  %171 = getelementptr i8, ptr %170, i64 32
  %172 = load i64, ptr %51, align 8
  store i64 %172, ptr %171, align 8
  br label %endif75.i

rc80.i:                                           ; preds = %endif75.i
  %173 = getelementptr inbounds i32, ptr %rcs.i, i64 %i.05
  store i32 %rc.i, ptr %173, align 4
  br label %column_row.exit

column_row.exit:                                  ; preds = %endif75.i, %rc80.i
  call void @llvm.lifetime.end.p0(i64 152, ptr nonnull %out.i)
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %in.i)
  %174 = icmp ne i32 %rc.i, 0
  %175 = zext i1 %174 to i64
  %176 = add i64 %bad.06, %175
  %177 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %177, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %column_row.exit, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %176, %column_row.exit ]
  ret i64 %bad.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #7

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { noinline }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!guide.clauses = !{!0, !1, !2, !3, !4, !5, !6, !7, !8}
!guide.ruleset = !{!9}

!0 = !{!"clause 0: table risk row 1 (\C2\A71), line 23"}
!1 = !{!"clause 1: table risk row 2 (\C2\A71), line 24"}
!2 = !{!"clause 2: table risk row 3 (\C2\A71), line 25"}
!3 = !{!"clause 3: table lines row 1 (\C2\A72), line 30"}
!4 = !{!"clause 4: table lines row 2 (\C2\A72), line 31"}
!5 = !{!"clause 5: rule ct (\C2\A73), line 34"}
!6 = !{!"clause 6: rule mri (\C2\A73), line 35"}
!7 = !{!"clause 7: rule treat (\C2\A74), line 36"}
!8 = !{!"clause 8: rule no_treat (\C2\A74), line 37"}
!9 = !{!"guideline emitc \22Golden test of the C backend\22 version \221\22, SHA-256 ac1afa0acfc163f3d7ff637d320483de0e3a5953f45d18853c08a36a45567024"}
