; ModuleID = 'precision'
source_filename = "precision.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_dd_level = type { i32, i32, i32, ptr, ptr, ptr, i32, ptr, ptr, ptr }
%guide_dd_leaf = type { i8, i8, [2 x i64] }
%guide_dd = type { i32, i32, ptr, i32, ptr, ptr, ptr, i32, i32, ptr, ptr, i32 }
%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32, ptr, ptr, double }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i32, ptr, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr, ptr, i32, ptr, ptr }
%guide_output = type { i8, i8, i8, i8 }
%eval_state = type { [9 x [2 x i64]], [9 x i8], ptr, [12 x i8], [12 x i8], [8 x i8], ptr, [1 x i32], [30 x i32], i8, ptr }
%guide_event = type { i8, i8, i32 }
%precision_output = type { i32, i32, i32, i32, [4 x %guide_output], [4 x [1 x i64]], [4 x i64], double, [1 x i64] }
%precision_input = type { [1 x i64], double, double, double, i32 }

@dd.cuts.breslow_mm = private constant [2 x double] [double 7.500000e-01, double 1.050000e+00]
@dd.pos_cell.breslow_mm = private constant [5 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4]
@dd.inputs.breslow_mm = private constant [1 x i64] [i64 1]
@dd.inputs.ulceration = private constant [1 x i64] [i64 8]
@dd.levels.t_category = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 0, i32 5, i32 2, ptr @dd.cuts.breslow_mm, ptr @dd.pos_cell.breslow_mm, ptr @dd.inputs.breslow_mm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.ulceration, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.t_category = private constant [3 x i32] [i32 1, i32 1, i32 0]
@dd.node_kids.t_category = private constant [3 x i32] [i32 0, i32 2, i32 4]
@dd.kids.t_category = private constant [9 x i32] [i32 -1, i32 -2, i32 -3, i32 -4, i32 0, i32 -2, i32 -2, i32 1, i32 1]
@dd.leaves.t_category = private constant [4 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 2, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 3, i64 0] }]
@dd.cone.t_category = private constant [1 x i64] [i64 9]
@dd.cuts.temp_change = private constant [2 x double] [double -2.500000e-01, double 2.500000e-01]
@dd.pos_cell.temp_change = private constant [5 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4]
@dd.inputs.temp_change = private constant [1 x i64] [i64 2]
@dd.levels.fever_trend = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 1, i32 5, i32 2, ptr @dd.cuts.temp_change, ptr @dd.pos_cell.temp_change, ptr @dd.inputs.temp_change, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.fever_trend = private constant [1 x i32] zeroinitializer
@dd.node_kids.fever_trend = private constant [1 x i32] zeroinitializer
@dd.kids.fever_trend = private constant [5 x i32] [i32 -1, i32 -1, i32 -2, i32 -3, i32 -3]
@dd.leaves.fever_trend = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 2, i64 0] }]
@dd.cone.fever_trend = private constant [1 x i64] [i64 2]
@dd.cuts.mitoses = private constant [1 x double] [double 1.500000e+01]
@dd.pos_cell.mitoses = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.mitoses = private constant [1 x i64] [i64 4]
@dd.levels.mitotic = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 2, i32 3, i32 1, ptr @dd.cuts.mitoses, ptr @dd.pos_cell.mitoses, ptr @dd.inputs.mitoses, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.mitotic = private constant [1 x i32] zeroinitializer
@dd.node_kids.mitotic = private constant [1 x i32] zeroinitializer
@dd.kids.mitotic = private constant [3 x i32] [i32 -1, i32 -2, i32 -2]
@dd.leaves.mitotic = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.mitotic = private constant [1 x i64] [i64 4]
@dd.cuts.double_mm = private constant [1 x double] [double 2.050000e+00]
@dd.pos_cell.double_mm = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.double_mm = private constant [1 x i64] [i64 1]
@dd.through.double_mm = private constant [1 x i32] [i32 4]
@dd.through_at.double_mm = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.double_mm = private constant [1 x i32] zeroinitializer
@dd.levels.thick = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 4, i32 3, i32 1, ptr @dd.cuts.double_mm, ptr @dd.pos_cell.double_mm, ptr @dd.inputs.double_mm, i32 1, ptr @dd.through.double_mm, ptr @dd.through_at.double_mm, ptr @dd.through_from.double_mm }]
@dd.node_level.thick = private constant [1 x i32] zeroinitializer
@dd.node_kids.thick = private constant [1 x i32] zeroinitializer
@dd.kids.thick = private constant [3 x i32] [i32 -1, i32 -1, i32 -2]
@dd.leaves.thick = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.thick = private constant [1 x i64] [i64 1]
@dds = private constant [4 x %guide_dd] [%guide_dd { i32 5, i32 2, ptr @dd.levels.t_category, i32 3, ptr @dd.node_level.t_category, ptr @dd.node_kids.t_category, ptr @dd.kids.t_category, i32 2, i32 4, ptr @dd.leaves.t_category, ptr @dd.cone.t_category, i32 0 }, %guide_dd { i32 6, i32 1, ptr @dd.levels.fever_trend, i32 1, ptr @dd.node_level.fever_trend, ptr @dd.node_kids.fever_trend, ptr @dd.kids.fever_trend, i32 0, i32 3, ptr @dd.leaves.fever_trend, ptr @dd.cone.fever_trend, i32 0 }, %guide_dd { i32 7, i32 1, ptr @dd.levels.mitotic, i32 1, ptr @dd.node_level.mitotic, ptr @dd.node_kids.mitotic, ptr @dd.kids.mitotic, i32 0, i32 2, ptr @dd.leaves.mitotic, ptr @dd.cone.mitotic, i32 0 }, %guide_dd { i32 8, i32 1, ptr @dd.levels.thick, i32 1, ptr @dd.node_level.thick, ptr @dd.node_kids.thick, ptr @dd.kids.thick, i32 0, i32 2, ptr @dd.leaves.thick, ptr @dd.cone.thick, i32 0 }]
@.str = private unnamed_addr constant [11 x i8] c"breslow_mm\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"temp_change\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"mitoses\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"ulceration\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"double_mm\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"mm\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"T1a\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"T1b\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"T2a\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"T2b\00", align 1
@labels.t_category = private constant [4 x ptr] [ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10]
@.str.11 = private unnamed_addr constant [11 x i8] c"t_category\00", align 1
@labels.fever_trend = private constant [3 x ptr] [ptr @.str.35, ptr @.str.37, ptr @.str.39]
@.str.15 = private unnamed_addr constant [12 x i8] c"fever_trend\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@labels.mitotic = private constant [2 x ptr] [ptr @.str.16, ptr @.str.17]
@.str.18 = private unnamed_addr constant [8 x i8] c"mitotic\00", align 1
@vars = private constant [9 x %guide_var_info] [%guide_var_info { ptr @.str, i32 0, i32 2, ptr @.str.6, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 6, ptr null, ptr null, double 1.000000e-01 }, %guide_var_info { ptr @.str.2, i32 0, i32 2, ptr null, double -1.000000e+01, double 1.000000e+01, i32 0, ptr null, i32 7, ptr null, ptr null, double 5.000000e-01 }, %guide_var_info { ptr @.str.3, i32 0, i32 3, ptr null, double 0.000000e+00, double 1.000000e+03, i32 0, ptr null, i32 8, ptr null, ptr null, double 1.000000e+01 }, %guide_var_info { ptr @.str.4, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 9, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.5, i32 1, i32 2, ptr @.str.6, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 17, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.11, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 4, ptr @labels.t_category, i32 11, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.15, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.fever_trend, i32 12, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.18, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.mitotic, i32 13, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.45, i32 2, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 14, ptr null, ptr null, double 0.000000e+00 }]
@reads.0 = private constant [2 x i32] [i32 0, i32 3]
@.str.22 = private unnamed_addr constant [40 x i8] c"breslow_mm: < 0.8 mm, ulceration: false\00", align 1
@reads.1 = private constant [2 x i32] [i32 0, i32 3]
@.str.25 = private unnamed_addr constant [39 x i8] c"breslow_mm: < 0.8 mm, ulceration: true\00", align 1
@reads.2 = private constant [1 x i32] zeroinitializer
@.str.28 = private unnamed_addr constant [41 x i8] c"breslow_mm: [0.8, 1.0] mm, ulceration: -\00", align 1
@reads.3 = private constant [2 x i32] [i32 0, i32 3]
@.str.31 = private unnamed_addr constant [41 x i8] c"breslow_mm: > 1.05 mm, ulceration: false\00", align 1
@reads.4 = private constant [2 x i32] [i32 0, i32 3]
@.str.34 = private unnamed_addr constant [40 x i8] c"breslow_mm: > 1.05 mm, ulceration: true\00", align 1
@.str.35 = private unnamed_addr constant [8 x i8] c"falling\00", align 1
@reads.5 = private constant [1 x i32] [i32 1]
@.str.37 = private unnamed_addr constant [7 x i8] c"steady\00", align 1
@reads.6 = private constant [1 x i32] [i32 1]
@.str.39 = private unnamed_addr constant [7 x i8] c"rising\00", align 1
@.str.40 = private unnamed_addr constant [6 x i8] c"trend\00", align 1
@reads.7 = private constant [1 x i32] [i32 1]
@.str.41 = private unnamed_addr constant [4 x i8] c"few\00", align 1
@reads.8 = private constant [1 x i32] [i32 2]
@.str.43 = private unnamed_addr constant [5 x i8] c"many\00", align 1
@.str.44 = private unnamed_addr constant [6 x i8] c"count\00", align 1
@reads.9 = private constant [1 x i32] [i32 2]
@.str.45 = private unnamed_addr constant [6 x i8] c"thick\00", align 1
@reads.10 = private constant [1 x i32] [i32 4]
@.str.47 = private unnamed_addr constant [5 x i8] c"thin\00", align 1
@.str.48 = private unnamed_addr constant [6 x i8] c"depth\00", align 1
@reads.11 = private constant [1 x i32] [i32 4]
@clauses = private constant [12 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 1, ptr null, ptr @.str.50, i32 23, i32 2, ptr @reads.0, i32 0, ptr null, ptr @.str.22 }, %guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 2, ptr null, ptr @.str.50, i32 24, i32 2, ptr @reads.1, i32 0, ptr null, ptr @.str.25 }, %guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 3, ptr null, ptr @.str.50, i32 25, i32 1, ptr @reads.2, i32 0, ptr null, ptr @.str.28 }, %guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 4, ptr null, ptr @.str.50, i32 26, i32 2, ptr @reads.3, i32 0, ptr null, ptr @.str.31 }, %guide_clause_info { i32 1, ptr @.str.49, i32 0, i32 5, ptr null, ptr @.str.50, i32 27, i32 2, ptr @reads.4, i32 0, ptr null, ptr @.str.34 }, %guide_clause_info { i32 0, ptr @.str.35, i32 -1, i32 0, ptr null, ptr @.str.40, i32 30, i32 1, ptr @reads.5, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.37, i32 -1, i32 0, ptr null, ptr @.str.40, i32 31, i32 1, ptr @reads.6, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.39, i32 -1, i32 0, ptr null, ptr @.str.40, i32 32, i32 1, ptr @reads.7, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.41, i32 -1, i32 0, ptr null, ptr @.str.44, i32 34, i32 1, ptr @reads.8, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.43, i32 -1, i32 0, ptr null, ptr @.str.44, i32 35, i32 1, ptr @reads.9, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.45, i32 -1, i32 0, ptr null, ptr @.str.48, i32 37, i32 1, ptr @reads.10, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.47, i32 -1, i32 0, ptr null, ptr @.str.48, i32 38, i32 1, ptr @reads.11, i32 0, ptr null, ptr null }]
@.str.49 = private unnamed_addr constant [2 x i8] c"t\00", align 1
@.str.50 = private unnamed_addr constant [16 x i8] c"AJCC melanoma T\00", align 1
@tables = private constant [1 x %guide_table_info] [%guide_table_info { ptr @.str.49, ptr @.str.50, i32 21, i32 0, i32 0, i32 5 }]
@.str.51 = private unnamed_addr constant [10 x i8] c"precision\00", align 1
@.str.52 = private unnamed_addr constant [22 x i8] c"Measurement precision\00", align 1
@.str.53 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.54 = private unnamed_addr constant [38 x i8] c"AJCC 8th edition, melanoma T category\00", align 1
@.str.55 = private unnamed_addr constant [65 x i8] c"5ae940a3068cca0544d565a3e9e4cfaa28bd65984c8195b452f8bc9eab98505c\00", align 1
@.str.56 = private unnamed_addr constant [16 x i8] c"precision.guide\00", align 1
@precision_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.51, ptr @.str.52, ptr @.str.53, ptr @.str.54, ptr @.str.55, ptr @.str.56, i32 9, i32 4, i32 1, i32 4, ptr @vars, i32 12, ptr @clauses, i32 1, ptr @tables, i32 0, ptr null, ptr @dds, i32 0, ptr null, ptr null }
@rows.t = private unnamed_addr constant [15 x i16] [i16 0, i16 1, i16 -1, i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 3, i16 1, i16 -1, i16 4, i16 1, i16 -1]
@combos.t = private unnamed_addr constant [10 x i32] [i32 0, i32 3, i32 6, i32 6, i32 6, i32 6, i32 9, i32 12, i32 9, i32 12]
@answers.t.t_category = private unnamed_addr constant [10 x i32] [i32 2, i32 3, i32 4, i32 4, i32 4, i32 4, i32 5, i32 6, i32 5, i32 6]
@values.t_category = private unnamed_addr constant [5 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0], [2 x i64] [i64 3, i64 0]]
@values.fever_trend = private unnamed_addr constant [3 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0]]
@values.mitotic = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0]]
@values.thick = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] zeroinitializer]
@all_known = private unnamed_addr constant i64 -1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #0

declare double @guide_step_round(double, double) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, i32 %o, ptr %asks, ptr %possible) unnamed_addr #2 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 212
  %1 = getelementptr inbounds i8, ptr %s, i64 332
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(120) %0, i8 0, i64 120, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = sext i32 %o to i64
  %4 = getelementptr inbounds [4 x %guide_dd], ptr @dds, i64 0, i64 %3
  %5 = getelementptr inbounds i8, ptr %s, i64 144
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
  %14 = getelementptr inbounds i8, ptr %s, i64 160
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
  %32 = getelementptr inbounds i8, ptr %s, i64 160
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

define internal fastcc range(i32 0, 5) i32 @eval_with(ptr nocapture readonly %in, ptr %out, ptr %trace, ptr %memo) unnamed_addr {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 144
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(9) %0, i8 0, i64 9, i1 false)
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %breslow_mm, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit203, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit203 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %ulceration, %mitoses, %temp_change, %breslow_mm
  %bad = phi i32 [ 1, %breslow_mm ], [ 2, %temp_change ], [ 3, %mitoses ], [ 4, %ulceration ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(112) %out, i8 0, i64 112, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 16
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 20
  store i8 2, ptr %3, align 1
  %4 = getelementptr inbounds i8, ptr %out, i64 24
  store i8 2, ptr %4, align 1
  %5 = getelementptr inbounds i8, ptr %out, i64 28
  store i8 2, ptr %5, align 1
  br label %common.ret

breslow_mm:                                       ; preds = %entry
  %6 = getelementptr inbounds i8, ptr %in, i64 8
  %breslow_mm1 = load double, ptr %6, align 8
  %7 = fcmp ogt double %breslow_mm1, -5.000000e-02
  %8 = fcmp olt double %breslow_mm1, 1.000500e+02
  %9 = and i1 %7, %8
  br i1 %9, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %breslow_mm.i = phi double [ %breslow_mm1, %good ], [ 0.000000e+00, %unknown ]
  %.not.i = xor i1 %1, true
  %10 = and i64 %known, 2
  %.not = icmp eq i64 %10, 0
  br i1 %.not, label %unknown3, label %temp_change

good:                                             ; preds = %breslow_mm
  %11 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 0, ptr %11, align 8
  store double %breslow_mm1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  br label %next

temp_change:                                      ; preds = %next
  %12 = getelementptr inbounds i8, ptr %in, i64 16
  %temp_change5 = load double, ptr %12, align 8
  %13 = tail call double @llvm.fabs.f64(double %temp_change5)
  %14 = fcmp olt double %13, 1.025000e+01
  br i1 %14, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %15 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %15, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good6, %unknown3
  %16 = and i64 %known, 4
  %.not41 = icmp eq i64 %16, 0
  br i1 %.not41, label %unknown8, label %mitoses

good6:                                            ; preds = %temp_change
  %17 = getelementptr inbounds i8, ptr %s, i64 16
  %18 = getelementptr inbounds i8, ptr %s, i64 24
  store i64 0, ptr %18, align 8
  store double %temp_change5, ptr %17, align 8
  %19 = getelementptr inbounds i8, ptr %s, i64 145
  store i8 1, ptr %19, align 1
  br label %next4

mitoses:                                          ; preds = %next4
  %20 = getelementptr inbounds i8, ptr %in, i64 24
  %mitoses10 = load double, ptr %20, align 8
  %21 = fcmp ogt double %mitoses10, -5.000000e+00
  %22 = fcmp olt double %mitoses10, 1.005000e+03
  %23 = and i1 %21, %22
  %24 = tail call double @llvm.floor.f64(double %mitoses10)
  %25 = fcmp oeq double %mitoses10, %24
  %26 = and i1 %23, %25
  br i1 %26, label %good11, label %bad_input

unknown8:                                         ; preds = %next4
  %27 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %27, i8 0, i64 16, i1 false)
  br label %next9

next9:                                            ; preds = %good11, %unknown8
  %28 = and i64 %known, 8
  %.not42 = icmp eq i64 %28, 0
  br i1 %.not42, label %unknown13, label %ulceration

good11:                                           ; preds = %mitoses
  %29 = getelementptr inbounds i8, ptr %s, i64 32
  %30 = getelementptr inbounds i8, ptr %s, i64 40
  store i64 0, ptr %30, align 8
  store double %mitoses10, ptr %29, align 8
  %31 = getelementptr inbounds i8, ptr %s, i64 146
  store i8 1, ptr %31, align 2
  br label %next9

ulceration:                                       ; preds = %next9
  %32 = getelementptr inbounds i8, ptr %in, i64 32
  %ulceration15 = load i32, ptr %32, align 4
  %switch = icmp ult i32 %ulceration15, 2
  br i1 %switch, label %good16, label %bad_input

unknown13:                                        ; preds = %next9
  %33 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %33, i8 0, i64 16, i1 false)
  br label %next14

next14:                                           ; preds = %good16, %unknown13
  %34 = getelementptr inbounds i8, ptr %s, i64 192
  store i64 0, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %s, i64 208
  store i32 -1, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %s, i64 332
  store i8 0, ptr %36, align 4
  %37 = getelementptr inbounds i8, ptr %s, i64 336
  store ptr %memo, ptr %37, align 8
  %38 = getelementptr inbounds i8, ptr %out, i64 16
  %39 = getelementptr inbounds i8, ptr %s, i64 160
  store ptr %38, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %s, i64 200
  store ptr %trace, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %out, i64 32
  %42 = getelementptr inbounds i8, ptr %out, i64 64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(64) %41, i8 0, i64 64, i1 false)
  %43 = tail call double @guide_step_round(double %breslow_mm.i, double 1.000000e-01)
  %44 = fmul double %43, 2.000000e+00
  %45 = tail call double @llvm.fabs.f64(double %44)
  %46 = fcmp one double %45, 0x7FF0000000000000
  %47 = select i1 %1, i1 %46, i1 false
  %48 = zext i1 %47 to i8
  %49 = getelementptr inbounds i8, ptr %s, i64 148
  store i8 %48, ptr %49, align 4
  %50 = getelementptr inbounds i8, ptr %s, i64 64
  %51 = select i1 %47, double %44, double 0.000000e+00
  %52 = getelementptr inbounds i8, ptr %s, i64 72
  store i64 0, ptr %52, align 8
  store double %51, ptr %50, align 8
  %53 = select i1 %.not.i, i1 true, i1 %46
  %54 = icmp eq ptr %trace, null
  %or.cond = select i1 %53, i1 true, i1 %54
  br i1 %or.cond, label %endif, label %trace.i

good16:                                           ; preds = %ulceration
  %55 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %55, i8 0, i64 16, i1 false)
  store i32 %ulceration15, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %s, i64 147
  store i8 1, ptr %56, align 1
  br label %next14

trace.i:                                          ; preds = %next14
  %57 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %58, align 8
  %59 = icmp eq i64 %len.i, %cap.i
  br i1 %59, label %endif.thread, label %add.i

endif.thread:                                     ; preds = %trace.i
  %60 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %60, align 4
  br label %endif.i

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %61 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 2, ptr %61, align 1
  %62 = getelementptr inbounds i8, ptr %61, i64 1
  store i8 0, ptr %62, align 1
  %63 = getelementptr inbounds i8, ptr %61, i64 4
  store i32 4, ptr %63, align 4
  %64 = add i64 %len.i, 1
  store i64 %64, ptr %57, align 8
  %trace.i44.pre = load ptr, ptr %40, align 8
  br label %endif

endif:                                            ; preds = %add.i, %next14
  %trace.i44 = phi ptr [ %trace.i44.pre, %add.i ], [ %trace, %next14 ]
  %65 = icmp eq ptr %trace.i44, null
  br i1 %65, label %untraced.i, label %endif.i

untraced.i:                                       ; preds = %endif
  %combo.i.i = load i32, ptr %35, align 8
  %.not.i.i = icmp eq i32 %combo.i.i, -1
  br i1 %.not.i.i, label %endif.i.i, label %cells.t.exit.i

common.ret.sink.split.i.i:                        ; preds = %endif2.i.i, %endif.i.i
  %.sink.i.i = phi i32 [ %81, %endif2.i.i ], [ -2, %endif.i.i ]
  store i32 %.sink.i.i, ptr %35, align 8
  br label %cells.t.exit.i

endif.i.i:                                        ; preds = %untraced.i
  %k.i.i = load i8, ptr %0, align 8
  %.not3.i.i = icmp eq i8 %k.i.i, 0
  %66 = getelementptr inbounds i8, ptr %s, i64 147
  %k1.i.i = load i8, ptr %66, align 1
  %.not4.i.i = icmp eq i8 %k1.i.i, 0
  %67 = or i1 %.not3.i.i, %.not4.i.i
  br i1 %67, label %common.ret.sink.split.i.i, label %endif2.i.i

endif2.i.i:                                       ; preds = %endif.i.i
  %breslow_mm.i.i = load double, ptr %s, align 8
  %68 = fcmp ogt double %breslow_mm.i.i, 7.500000e-01
  %69 = zext i1 %68 to i32
  %70 = fcmp oge double %breslow_mm.i.i, 7.500000e-01
  %71 = zext i1 %70 to i32
  %72 = add nuw nsw i32 %69, %71
  %73 = fcmp ogt double %breslow_mm.i.i, 1.050000e+00
  %74 = zext i1 %73 to i32
  %75 = add nuw nsw i32 %72, %74
  %76 = fcmp oge double %breslow_mm.i.i, 1.050000e+00
  %77 = zext i1 %76 to i32
  %78 = add nuw nsw i32 %75, %77
  %79 = getelementptr inbounds i8, ptr %s, i64 48
  %ulceration.i.i = load i32, ptr %79, align 8
  %80 = shl nuw nsw i32 %78, 1
  %81 = add i32 %80, %ulceration.i.i
  br label %common.ret.sink.split.i.i

cells.t.exit.i:                                   ; preds = %common.ret.sink.split.i.i, %untraced.i
  %common.ret.op.i.i = phi i32 [ %combo.i.i, %untraced.i ], [ %.sink.i.i, %common.ret.sink.split.i.i ]
  %82 = icmp sgt i32 %common.ret.op.i.i, -1
  br i1 %82, label %endif2.i, label %endif.i

endif.i:                                          ; preds = %endif.thread, %cells.t.exit.i, %endif
  %trace.i44214 = phi ptr [ %trace, %endif.thread ], [ null, %cells.t.exit.i ], [ %trace.i44, %endif ]
  %done.i = load i8, ptr %34, align 8
  %83 = icmp eq i8 %done.i, 0
  br i1 %83, label %eval.i, label %endif4.i

endif2.i:                                         ; preds = %cells.t.exit.i
  %84 = zext nneg i32 %common.ret.op.i.i to i64
  %85 = getelementptr inbounds [10 x i32], ptr @answers.t.t_category, i64 0, i64 %84
  %code.i = load i32, ptr %85, align 4
  %86 = add nsw i32 %code.i, -2
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [5 x [2 x i64]], ptr @values.t_category, i64 0, i64 %87
  %value.unpack.i = load i64, ptr %88, align 16
  %out3.i = load ptr, ptr %39, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out3.i, align 1
  %89 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value.unpack.i, ptr %89, align 8
  %.repack55.i = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack55.i, align 8
  %90 = getelementptr inbounds i8, ptr %s, i64 149
  store i8 1, ptr %90, align 1
  br label %endif17

eval.i:                                           ; preds = %endif.i
  store i8 1, ptr %34, align 8
  %combo.i.i.i = load i32, ptr %35, align 8
  %.not.i.i.i = icmp eq i32 %combo.i.i.i, -1
  br i1 %.not.i.i.i, label %endif.i.i.i, label %cells.t.exit.i.i

common.ret.sink.split.i.i.i:                      ; preds = %endif2.i.i.i, %endif.i.i.i
  %.sink.i.i.i = phi i32 [ %106, %endif2.i.i.i ], [ -2, %endif.i.i.i ]
  store i32 %.sink.i.i.i, ptr %35, align 8
  br label %cells.t.exit.i.i

endif.i.i.i:                                      ; preds = %eval.i
  %k.i.i.i = load i8, ptr %0, align 8
  %.not3.i.i.i = icmp eq i8 %k.i.i.i, 0
  %91 = getelementptr inbounds i8, ptr %s, i64 147
  %k1.i.i.i = load i8, ptr %91, align 1
  %.not4.i.i.i = icmp eq i8 %k1.i.i.i, 0
  %92 = or i1 %.not3.i.i.i, %.not4.i.i.i
  br i1 %92, label %common.ret.sink.split.i.i.i, label %endif2.i.i.i

endif2.i.i.i:                                     ; preds = %endif.i.i.i
  %breslow_mm.i.i.i = load double, ptr %s, align 8
  %93 = fcmp ogt double %breslow_mm.i.i.i, 7.500000e-01
  %94 = zext i1 %93 to i32
  %95 = fcmp oge double %breslow_mm.i.i.i, 7.500000e-01
  %96 = zext i1 %95 to i32
  %97 = add nuw nsw i32 %94, %96
  %98 = fcmp ogt double %breslow_mm.i.i.i, 1.050000e+00
  %99 = zext i1 %98 to i32
  %100 = add nuw nsw i32 %97, %99
  %101 = fcmp oge double %breslow_mm.i.i.i, 1.050000e+00
  %102 = zext i1 %101 to i32
  %103 = add nuw nsw i32 %100, %102
  %104 = getelementptr inbounds i8, ptr %s, i64 48
  %ulceration.i.i.i = load i32, ptr %104, align 8
  %105 = shl nuw nsw i32 %103, 1
  %106 = add i32 %105, %ulceration.i.i.i
  br label %common.ret.sink.split.i.i.i

cells.t.exit.i.i:                                 ; preds = %common.ret.sink.split.i.i.i, %eval.i
  %common.ret.op.i.i.i = phi i32 [ %combo.i.i.i, %eval.i ], [ %.sink.i.i.i, %common.ret.sink.split.i.i.i ]
  %107 = icmp sgt i32 %common.ret.op.i.i.i, -1
  br i1 %107, label %lookup.i.i, label %endif.i57.i

lookup.i.i:                                       ; preds = %cells.t.exit.i.i
  %108 = getelementptr inbounds i8, ptr %s, i64 168
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %108, i8 0, i64 5, i1 false)
  %109 = getelementptr inbounds i8, ptr %s, i64 180
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(5) %109, i8 0, i64 5, i1 false)
  %110 = zext nneg i32 %common.ret.op.i.i.i to i64
  %111 = getelementptr inbounds [10 x i32], ptr @combos.t, i64 0, i64 %110
  %off.i.i = load i32, ptr %111, align 4
  %112 = sext i32 %off.i.i to i64
  %113 = lshr i64 18724, %112
  %114 = and i64 %113, 1
  %.not3638.i.i = icmp eq i64 %114, 0
  br i1 %.not3638.i.i, label %hit.i.i, label %endif4.i

endif.i57.i:                                      ; preds = %cells.t.exit.i.i
  %breslow_mm.i58.i = load double, ptr %s, align 8
  %115 = fcmp olt double %breslow_mm.i58.i, 7.500000e-01
  %k.i59.i = load i8, ptr %0, align 8
  %.not.i60.i = icmp ne i8 %k.i59.i, 0
  %116 = xor i1 %115, true
  %117 = select i1 %.not.i60.i, i1 %116, i1 false
  %118 = getelementptr inbounds i8, ptr %s, i64 48
  %ulceration.i61.i = load i32, ptr %118, align 8
  %119 = icmp eq i32 %ulceration.i61.i, 0
  %120 = getelementptr inbounds i8, ptr %s, i64 147
  %k1.i62.i = load i8, ptr %120, align 1
  %.not16.i.i = icmp ne i8 %k1.i62.i, 0
  %121 = xor i1 %119, true
  %122 = select i1 %.not16.i.i, i1 %121, i1 false
  %123 = or i1 %117, %122
  %124 = xor i1 %.not.i60.i, %117
  %125 = select i1 %124, i1 %115, i1 false
  %126 = select i1 %.not16.i.i, i1 %119, i1 false
  %127 = and i1 %125, %126
  %not..i.i = xor i1 %123, true
  %128 = select i1 %not..i.i, i1 %127, i1 false
  %129 = select i1 %128, i8 1, i8 2
  %130 = select i1 %123, i8 0, i8 %129
  %131 = getelementptr inbounds i8, ptr %s, i64 168
  store i8 %130, ptr %131, align 8
  %132 = getelementptr inbounds i8, ptr %s, i64 180
  store i8 %130, ptr %132, align 4
  %133 = icmp eq i32 %ulceration.i61.i, 1
  %134 = xor i1 %133, true
  %135 = select i1 %.not16.i.i, i1 %134, i1 false
  %136 = or i1 %117, %135
  %137 = select i1 %.not16.i.i, i1 %133, i1 false
  %138 = and i1 %125, %137
  %not.21.i.i = xor i1 %136, true
  %139 = select i1 %not.21.i.i, i1 %138, i1 false
  %140 = select i1 %139, i8 1, i8 2
  %141 = select i1 %136, i8 0, i8 %140
  %142 = getelementptr inbounds i8, ptr %s, i64 169
  store i8 %141, ptr %142, align 1
  %143 = getelementptr inbounds i8, ptr %s, i64 181
  store i8 %141, ptr %143, align 1
  %144 = fcmp oge double %breslow_mm.i58.i, 7.500000e-01
  %145 = fcmp olt double %breslow_mm.i58.i, 1.050000e+00
  %146 = and i1 %144, %145
  %147 = xor i1 %146, true
  %148 = select i1 %.not.i60.i, i1 %147, i1 false
  %149 = select i1 %.not.i60.i, i1 %146, i1 false
  %150 = select i1 %149, i8 1, i8 2
  %151 = select i1 %148, i8 0, i8 %150
  %152 = getelementptr inbounds i8, ptr %s, i64 170
  store i8 %151, ptr %152, align 2
  %153 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 %151, ptr %153, align 2
  %154 = fcmp oge double %breslow_mm.i58.i, 1.050000e+00
  %155 = xor i1 %154, true
  %156 = select i1 %.not.i60.i, i1 %155, i1 false
  %157 = or i1 %156, %122
  %158 = xor i1 %.not.i60.i, %156
  %159 = select i1 %158, i1 %154, i1 false
  %160 = and i1 %159, %126
  %not.29.i.i = xor i1 %157, true
  %161 = select i1 %not.29.i.i, i1 %160, i1 false
  %162 = select i1 %161, i8 1, i8 2
  %163 = select i1 %157, i8 0, i8 %162
  %164 = getelementptr inbounds i8, ptr %s, i64 171
  store i8 %163, ptr %164, align 1
  %165 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 %163, ptr %165, align 1
  %166 = or i1 %156, %135
  %167 = and i1 %159, %137
  %not.34.i.i = xor i1 %166, true
  %168 = select i1 %not.34.i.i, i1 %167, i1 false
  %169 = select i1 %168, i8 1, i8 2
  %170 = select i1 %166, i8 0, i8 %169
  %171 = getelementptr inbounds i8, ptr %s, i64 172
  store i8 %170, ptr %171, align 4
  %172 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 %170, ptr %172, align 8
  br label %endif4.i

hit.i.i:                                          ; preds = %lookup.i.i, %hit.i.i
  %173 = phi i64 [ %186, %hit.i.i ], [ %112, %lookup.i.i ]
  %pos.039.i.i = phi i32 [ %185, %hit.i.i ], [ %off.i.i, %lookup.i.i ]
  %174 = getelementptr inbounds [15 x i16], ptr @rows.t, i64 0, i64 %173
  %row.i.i = load i16, ptr %174, align 2
  %175 = add i32 %pos.039.i.i, 1
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [15 x i16], ptr @rows.t, i64 0, i64 %176
  %status.i.i = load i16, ptr %177, align 2
  %178 = trunc i16 %status.i.i to i8
  %179 = zext i16 %row.i.i to i64
  %180 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %179
  store i8 %178, ptr %180, align 1
  %181 = lshr i64 9370, %176
  %182 = trunc i64 %181 to i8
  %183 = and i8 %182, 1
  %184 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %179
  store i8 %183, ptr %184, align 1
  %185 = add i32 %pos.039.i.i, 2
  %186 = sext i32 %185 to i64
  %187 = lshr i64 18724, %186
  %188 = and i64 %187, 1
  %.not36.i.i = icmp eq i64 %188, 0
  br i1 %.not36.i.i, label %hit.i.i, label %endif4.loopexit.i

endif4.loopexit.i:                                ; preds = %hit.i.i
  %trace5.pre.i = load ptr, ptr %40, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %endif4.loopexit.i, %endif.i57.i, %lookup.i.i, %endif.i
  %trace5.i = phi ptr [ %trace5.pre.i, %endif4.loopexit.i ], [ %trace.i44214, %endif.i57.i ], [ %trace.i44214, %lookup.i.i ], [ %trace.i44214, %endif.i ]
  %.not.i45 = icmp eq ptr %trace5.i, null
  br i1 %.not.i45, label %endif7.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif4.i
  %189 = getelementptr inbounds i8, ptr %trace5.i, i64 8
  %190 = getelementptr inbounds i8, ptr %trace5.i, i64 16
  %191 = getelementptr inbounds i8, ptr %trace5.i, i64 24
  %len.i.i = load i64, ptr %189, align 8
  %cap.i.i = load i64, ptr %190, align 8
  %192 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %192, label %full.i.4.i, label %guide_trace_add.exit.i

endif7.i:                                         ; preds = %full.i.4.i, %add.i.4.i, %endif4.i
  %193 = getelementptr inbounds i8, ptr %s, i64 180
  %eff.i = load i8, ptr %193, align 4
  switch i8 %eff.i, label %next12.i [
    i8 1, label %holds.i
    i8 2, label %unknown14.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %194 = getelementptr inbounds i8, ptr %s, i64 168
  %st.i = load i8, ptr %194, align 8
  %ev.i.i = load ptr, ptr %trace5.i, align 8
  %195 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %195, align 1
  %196 = getelementptr inbounds i8, ptr %195, i64 1
  store i8 %st.i, ptr %196, align 1
  %197 = getelementptr inbounds i8, ptr %195, i64 4
  store i32 0, ptr %197, align 4
  %198 = add i64 %len.i.i, 1
  store i64 %198, ptr %189, align 8
  %cap.i.1.pre.i = load i64, ptr %190, align 8
  %199 = icmp eq i64 %198, %cap.i.1.pre.i
  br i1 %199, label %full.i.4.i, label %guide_trace_add.exit.1.i

guide_trace_add.exit.1.i:                         ; preds = %guide_trace_add.exit.i
  %200 = getelementptr inbounds i8, ptr %s, i64 169
  %st.1.i = load i8, ptr %200, align 1
  %ev.i.1.i = load ptr, ptr %trace5.i, align 8
  %201 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %198
  store i8 0, ptr %201, align 1
  %202 = getelementptr inbounds i8, ptr %201, i64 1
  store i8 %st.1.i, ptr %202, align 1
  %203 = getelementptr inbounds i8, ptr %201, i64 4
  store i32 1, ptr %203, align 4
  %204 = add i64 %len.i.i, 2
  store i64 %204, ptr %189, align 8
  %cap.i.2.pre.i = load i64, ptr %190, align 8
  %205 = icmp eq i64 %204, %cap.i.2.pre.i
  br i1 %205, label %full.i.4.i, label %guide_trace_add.exit.2.i

guide_trace_add.exit.2.i:                         ; preds = %guide_trace_add.exit.1.i
  %206 = getelementptr inbounds i8, ptr %s, i64 170
  %st.2.i = load i8, ptr %206, align 2
  %ev.i.2.i = load ptr, ptr %trace5.i, align 8
  %207 = getelementptr inbounds %guide_event, ptr %ev.i.2.i, i64 %204
  store i8 0, ptr %207, align 1
  %208 = getelementptr inbounds i8, ptr %207, i64 1
  store i8 %st.2.i, ptr %208, align 1
  %209 = getelementptr inbounds i8, ptr %207, i64 4
  store i32 2, ptr %209, align 4
  %210 = add i64 %len.i.i, 3
  store i64 %210, ptr %189, align 8
  %cap.i.3.pre.i = load i64, ptr %190, align 8
  %211 = icmp eq i64 %210, %cap.i.3.pre.i
  br i1 %211, label %full.i.4.i, label %guide_trace_add.exit.3.i

guide_trace_add.exit.3.i:                         ; preds = %guide_trace_add.exit.2.i
  %212 = getelementptr inbounds i8, ptr %s, i64 171
  %st.3.i = load i8, ptr %212, align 1
  %ev.i.3.i = load ptr, ptr %trace5.i, align 8
  %213 = getelementptr inbounds %guide_event, ptr %ev.i.3.i, i64 %210
  store i8 0, ptr %213, align 1
  %214 = getelementptr inbounds i8, ptr %213, i64 1
  store i8 %st.3.i, ptr %214, align 1
  %215 = getelementptr inbounds i8, ptr %213, i64 4
  store i32 3, ptr %215, align 4
  %216 = add i64 %len.i.i, 4
  store i64 %216, ptr %189, align 8
  %cap.i.4.pre.i = load i64, ptr %190, align 8
  %217 = icmp eq i64 %216, %cap.i.4.pre.i
  br i1 %217, label %full.i.4.i, label %add.i.4.i

add.i.4.i:                                        ; preds = %guide_trace_add.exit.3.i
  %218 = getelementptr inbounds i8, ptr %s, i64 172
  %st.4.i = load i8, ptr %218, align 4
  %ev.i.4.i = load ptr, ptr %trace5.i, align 8
  %219 = getelementptr inbounds %guide_event, ptr %ev.i.4.i, i64 %216
  store i8 0, ptr %219, align 1
  %220 = getelementptr inbounds i8, ptr %219, i64 1
  store i8 %st.4.i, ptr %220, align 1
  %221 = getelementptr inbounds i8, ptr %219, i64 4
  store i32 4, ptr %221, align 4
  %222 = add i64 %len.i.i, 5
  store i64 %222, ptr %189, align 8
  br label %endif7.i

full.i.4.i:                                       ; preds = %loop.preheader.i, %guide_trace_add.exit.i, %guide_trace_add.exit.3.i, %guide_trace_add.exit.2.i, %guide_trace_add.exit.1.i
  store i32 1, ptr %191, align 4
  br label %endif7.i

next12.i:                                         ; preds = %unknown14.i, %holds.i, %endif7.i
  %unknown.1.i = phi i1 [ false, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %223 = phi i1 [ true, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif7.i ], [ -1, %unknown14.i ], [ 0, %holds.i ]
  %224 = getelementptr inbounds i8, ptr %s, i64 181
  %eff.1.i = load i8, ptr %224, align 1
  switch i8 %eff.1.i, label %next12.1.i [
    i8 1, label %holds.1.i
    i8 2, label %unknown14.1.i
  ]

unknown14.1.i:                                    ; preds = %next12.i
  br label %next12.1.i

holds.1.i:                                        ; preds = %next12.i
  %not..i = xor i1 %223, true
  %spec.select110.i = select i1 %223, i32 1, i32 %cls.1.i
  br label %next12.1.i

next12.1.i:                                       ; preds = %holds.1.i, %unknown14.1.i, %next12.i
  %unknown.1.1.i = phi i1 [ %unknown.1.i, %next12.i ], [ true, %unknown14.1.i ], [ %unknown.1.i, %holds.1.i ]
  %clash.1.1.i = phi i1 [ false, %next12.i ], [ false, %unknown14.1.i ], [ %not..i, %holds.1.i ]
  %cls.1.1.i = phi i32 [ %cls.1.i, %next12.i ], [ %cls.1.i, %unknown14.1.i ], [ %spec.select110.i, %holds.1.i ]
  %225 = getelementptr inbounds i8, ptr %s, i64 182
  %eff.2.i = load i8, ptr %225, align 2
  switch i8 %eff.2.i, label %next12.2.i [
    i8 1, label %holds.2.i
    i8 2, label %unknown14.2.i
  ]

unknown14.2.i:                                    ; preds = %next12.1.i
  br label %next12.2.i

holds.2.i:                                        ; preds = %next12.1.i
  %226 = icmp slt i32 %cls.1.1.i, 0
  br i1 %226, label %next12.2.i, label %compare.2.i

compare.2.i:                                      ; preds = %holds.2.i
  %227 = icmp ne i32 %cls.1.1.i, 1
  %228 = or i1 %clash.1.1.i, %227
  br label %next12.2.i

next12.2.i:                                       ; preds = %compare.2.i, %holds.2.i, %unknown14.2.i, %next12.1.i
  %unknown.1.2.i = phi i1 [ %unknown.1.1.i, %next12.1.i ], [ true, %unknown14.2.i ], [ %unknown.1.1.i, %compare.2.i ], [ %unknown.1.1.i, %holds.2.i ]
  %clash.1.2.i = phi i1 [ %clash.1.1.i, %next12.1.i ], [ %clash.1.1.i, %unknown14.2.i ], [ %228, %compare.2.i ], [ %clash.1.1.i, %holds.2.i ]
  %cls.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ %cls.1.1.i, %unknown14.2.i ], [ %cls.1.1.i, %compare.2.i ], [ 1, %holds.2.i ]
  %first.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ %cls.1.1.i, %unknown14.2.i ], [ %cls.1.1.i, %compare.2.i ], [ 2, %holds.2.i ]
  %229 = getelementptr inbounds i8, ptr %s, i64 183
  %eff.3.i = load i8, ptr %229, align 1
  switch i8 %eff.3.i, label %next12.3.i [
    i8 1, label %holds.3.i
    i8 2, label %unknown14.3.i
  ]

unknown14.3.i:                                    ; preds = %next12.2.i
  br label %next12.3.i

holds.3.i:                                        ; preds = %next12.2.i
  %230 = icmp slt i32 %first.1.2.i, 0
  br i1 %230, label %next12.3.i, label %compare.3.i

compare.3.i:                                      ; preds = %holds.3.i
  br label %next12.3.i

next12.3.i:                                       ; preds = %compare.3.i, %holds.3.i, %unknown14.3.i, %next12.2.i
  %unknown.1.3.i = phi i1 [ %unknown.1.2.i, %next12.2.i ], [ true, %unknown14.3.i ], [ %unknown.1.2.i, %compare.3.i ], [ %unknown.1.2.i, %holds.3.i ]
  %clash.1.3.i = phi i1 [ %clash.1.2.i, %next12.2.i ], [ %clash.1.2.i, %unknown14.3.i ], [ true, %compare.3.i ], [ %clash.1.2.i, %holds.3.i ]
  %cls.1.3.i = phi i32 [ %cls.1.2.i, %next12.2.i ], [ %cls.1.2.i, %unknown14.3.i ], [ %cls.1.2.i, %compare.3.i ], [ 3, %holds.3.i ]
  %first.1.3.i = phi i32 [ %first.1.2.i, %next12.2.i ], [ %first.1.2.i, %unknown14.3.i ], [ %first.1.2.i, %compare.3.i ], [ 3, %holds.3.i ]
  %231 = getelementptr inbounds i8, ptr %s, i64 184
  %eff.4.i = load i8, ptr %231, align 8
  switch i8 %eff.4.i, label %next12.4.i [
    i8 1, label %holds.4.i
    i8 2, label %unknown14.4.i
  ]

unknown14.4.i:                                    ; preds = %next12.3.i
  br i1 %clash.1.3.i, label %conflict.i, label %endif15.thread.i

endif15.thread.i:                                 ; preds = %unknown14.4.i
  %none98.i = icmp slt i32 %first.1.3.i, 0
  br i1 %none98.i, label %walk, label %body22.preheader.i

holds.4.i:                                        ; preds = %next12.3.i
  %232 = icmp slt i32 %first.1.3.i, 0
  br i1 %232, label %next12.4.i, label %conflict.i

next12.4.i:                                       ; preds = %holds.4.i, %next12.3.i
  %cls.1.4.i = phi i32 [ %cls.1.3.i, %next12.3.i ], [ 4, %holds.4.i ]
  %first.1.4.i = phi i32 [ %first.1.3.i, %next12.3.i ], [ 4, %holds.4.i ]
  br i1 %clash.1.3.i, label %conflict.i, label %endif15.i

holds.i:                                          ; preds = %endif7.i
  br label %next12.i

unknown14.i:                                      ; preds = %endif7.i
  br label %next12.i

conflict.i:                                       ; preds = %next12.4.i, %holds.4.i, %unknown14.4.i
  %out16.i = load ptr, ptr %39, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16.i, align 1
  %233 = getelementptr inbounds i8, ptr %s, i64 80
  %234 = getelementptr inbounds i8, ptr %s, i64 149
  store i8 0, ptr %234, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %233, i8 0, i64 16, i1 false)
  br label %endif17

endif15.i:                                        ; preds = %next12.4.i
  %none.i = icmp slt i32 %first.1.4.i, 0
  br i1 %unknown.1.3.i, label %some_unknown.i, label %endif18.i

some_unknown.i:                                   ; preds = %endif15.i
  br i1 %none.i, label %walk, label %body22.preheader.i

body22.preheader.i:                               ; preds = %some_unknown.i, %endif15.thread.i
  %first.1.494100106.i = phi i32 [ %first.1.3.i, %endif15.thread.i ], [ %first.1.4.i, %some_unknown.i ]
  %cls.1.493101105.i = phi i32 [ %cls.1.3.i, %endif15.thread.i ], [ %cls.1.4.i, %some_unknown.i ]
  %235 = icmp ne i32 %cls.1.493101105.i, 0
  %236 = icmp eq i8 %eff.i, 2
  %237 = and i1 %236, %235
  br i1 %237, label %walk, label %loop21.i

endif18.i:                                        ; preds = %endif15.i
  %out33.i.pre211 = load ptr, ptr %39, align 8
  br i1 %none.i, label %not_applicable.i, label %endif29.i

loop21.i:                                         ; preds = %body22.preheader.i
  %238 = icmp ne i32 %cls.1.493101105.i, 1
  %239 = icmp eq i8 %eff.1.i, 2
  %240 = icmp eq i8 %eff.2.i, 2
  %241 = or i1 %239, %240
  %or.cond.i = and i1 %241, %238
  br i1 %or.cond.i, label %walk, label %loop21.2.i

loop21.2.i:                                       ; preds = %loop21.i
  %242 = icmp ne i32 %cls.1.493101105.i, 3
  %243 = icmp eq i8 %eff.3.i, 2
  %244 = and i1 %243, %242
  br i1 %244, label %walk, label %loop21.3.i

loop21.3.i:                                       ; preds = %loop21.2.i
  %245 = icmp ne i32 %cls.1.493101105.i, 4
  %246 = icmp eq i8 %eff.4.i, 2
  %247 = and i1 %246, %245
  br i1 %247, label %walk, label %loop21.3.i.endif29.i_crit_edge

loop21.3.i.endif29.i_crit_edge:                   ; preds = %loop21.3.i
  %out33.i.pre = load ptr, ptr %39, align 8
  br label %endif29.i

not_applicable.i:                                 ; preds = %endif18.i
  %248 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %out33.i.pre211, align 1
  %249 = getelementptr inbounds i8, ptr %s, i64 149
  store i8 0, ptr %249, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %248, i8 0, i64 16, i1 false)
  br label %endif17

endif29.i:                                        ; preds = %loop21.3.i.endif29.i_crit_edge, %endif18.i
  %out33.i = phi ptr [ %out33.i.pre211, %endif18.i ], [ %out33.i.pre, %loop21.3.i.endif29.i_crit_edge ]
  %first.1.49499109.i = phi i32 [ %first.1.4.i, %endif18.i ], [ %first.1.494100106.i, %loop21.3.i.endif29.i_crit_edge ]
  %250 = zext nneg i32 %first.1.49499109.i to i64
  %251 = getelementptr inbounds [5 x [2 x i64]], ptr @values.t_category, i64 0, i64 %250
  %value31.unpack.i = load i64, ptr %251, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33.i, align 1
  %252 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value31.unpack.i, ptr %252, align 8
  %.repack47.i = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack47.i, align 8
  %253 = getelementptr inbounds i8, ptr %s, i64 149
  store i8 1, ptr %253, align 1
  br label %endif17

walk:                                             ; preds = %loop21.3.i, %loop21.2.i, %loop21.i, %body22.preheader.i, %some_unknown.i, %endif15.thread.i
  %out28.i = load ptr, ptr %39, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %254 = getelementptr inbounds i8, ptr %s, i64 80
  %255 = getelementptr inbounds i8, ptr %s, i64 149
  store i8 0, ptr %255, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %254, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, i32 0, ptr nonnull %41, ptr nonnull %42)
  br label %endif17

endif17:                                          ; preds = %endif29.i, %not_applicable.i, %conflict.i, %endif2.i, %walk
  %256 = getelementptr inbounds i8, ptr %out, i64 17
  %how = load i8, ptr %256, align 1
  br i1 %54, label %guide_trace_add.exit52, label %trace.i46

trace.i46:                                        ; preds = %endif17
  %257 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i47 = load i64, ptr %257, align 8
  %258 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i48 = load i64, ptr %258, align 8
  %259 = icmp eq i64 %len.i47, %cap.i48
  br i1 %259, label %full.i51, label %add.i49

full.i51:                                         ; preds = %trace.i46
  %260 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %260, align 4
  br label %guide_trace_add.exit52

add.i49:                                          ; preds = %trace.i46
  %ev.i50 = load ptr, ptr %trace, align 8
  %261 = getelementptr inbounds %guide_event, ptr %ev.i50, i64 %len.i47
  store i8 1, ptr %261, align 1
  %262 = getelementptr inbounds i8, ptr %261, i64 1
  store i8 %how, ptr %262, align 1
  %263 = getelementptr inbounds i8, ptr %261, i64 4
  store i32 0, ptr %263, align 4
  %264 = add i64 %len.i47, 1
  store i64 %264, ptr %257, align 8
  br label %guide_trace_add.exit52

guide_trace_add.exit52:                           ; preds = %endif17, %full.i51, %add.i49
  %265 = getelementptr inbounds i8, ptr %s, i64 193
  %done.i53 = load i8, ptr %265, align 1
  %266 = icmp eq i8 %done.i53, 0
  br i1 %266, label %eval.i96, label %endif.i54

eval.i96:                                         ; preds = %guide_trace_add.exit52
  store i8 1, ptr %265, align 1
  %267 = getelementptr inbounds i8, ptr %s, i64 16
  %temp_change.i.i = load double, ptr %267, align 8
  %268 = fcmp ole double %temp_change.i.i, -2.500000e-01
  %269 = getelementptr inbounds i8, ptr %s, i64 145
  %k.i.i97 = load i8, ptr %269, align 1
  %.not.i.i98 = icmp ne i8 %k.i.i97, 0
  %270 = xor i1 %268, true
  %271 = select i1 %.not.i.i98, i1 %270, i1 false
  %272 = select i1 %.not.i.i98, i1 %268, i1 false
  %273 = select i1 %272, i8 1, i8 2
  %274 = select i1 %271, i8 0, i8 %273
  %275 = getelementptr inbounds i8, ptr %s, i64 173
  store i8 %274, ptr %275, align 1
  %276 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 %274, ptr %276, align 1
  br label %endif.i54

endif.i54:                                        ; preds = %eval.i96, %guide_trace_add.exit52
  %277 = getelementptr inbounds i8, ptr %s, i64 194
  %done1.i = load i8, ptr %277, align 2
  %278 = icmp eq i8 %done1.i, 0
  br i1 %278, label %eval2.i, label %endif3.i

eval2.i:                                          ; preds = %endif.i54
  store i8 1, ptr %277, align 2
  %279 = getelementptr inbounds i8, ptr %s, i64 16
  %temp_change.i50.i = load double, ptr %279, align 8
  %280 = call double @llvm.fabs.f64(double %temp_change.i50.i)
  %281 = fcmp olt double %280, 2.500000e-01
  %282 = getelementptr inbounds i8, ptr %s, i64 145
  %k.i51.i = load i8, ptr %282, align 1
  %.not.i52.i = icmp ne i8 %k.i51.i, 0
  %283 = xor i1 %281, true
  %284 = select i1 %.not.i52.i, i1 %283, i1 false
  %285 = select i1 %.not.i52.i, i1 %281, i1 false
  %286 = select i1 %285, i8 1, i8 2
  %287 = select i1 %284, i8 0, i8 %286
  %288 = getelementptr inbounds i8, ptr %s, i64 174
  store i8 %287, ptr %288, align 2
  %289 = getelementptr inbounds i8, ptr %s, i64 186
  store i8 %287, ptr %289, align 2
  br label %endif3.i

endif3.i:                                         ; preds = %eval2.i, %endif.i54
  %290 = getelementptr inbounds i8, ptr %s, i64 195
  %done4.i = load i8, ptr %290, align 1
  %291 = icmp eq i8 %done4.i, 0
  br i1 %291, label %eval5.i, label %endif6.i

eval5.i:                                          ; preds = %endif3.i
  store i8 1, ptr %290, align 1
  %292 = getelementptr inbounds i8, ptr %s, i64 16
  %temp_change.i53.i = load double, ptr %292, align 8
  %293 = fcmp oge double %temp_change.i53.i, 2.500000e-01
  %294 = getelementptr inbounds i8, ptr %s, i64 145
  %k.i54.i = load i8, ptr %294, align 1
  %.not.i55.i = icmp ne i8 %k.i54.i, 0
  %295 = xor i1 %293, true
  %296 = select i1 %.not.i55.i, i1 %295, i1 false
  %297 = select i1 %.not.i55.i, i1 %293, i1 false
  %298 = select i1 %297, i8 1, i8 2
  %299 = select i1 %296, i8 0, i8 %298
  %300 = getelementptr inbounds i8, ptr %s, i64 175
  store i8 %299, ptr %300, align 1
  %301 = getelementptr inbounds i8, ptr %s, i64 187
  store i8 %299, ptr %301, align 1
  br label %endif6.i

endif6.i:                                         ; preds = %eval5.i, %endif3.i
  %trace.i55 = load ptr, ptr %40, align 8
  %.not.i56 = icmp eq ptr %trace.i55, null
  br i1 %.not.i56, label %endif8.i, label %loop.preheader.i57

loop.preheader.i57:                               ; preds = %endif6.i
  %302 = getelementptr inbounds i8, ptr %trace.i55, i64 8
  %303 = getelementptr inbounds i8, ptr %trace.i55, i64 16
  %304 = getelementptr inbounds i8, ptr %trace.i55, i64 24
  %len.i.i58 = load i64, ptr %302, align 8
  %cap.i.i59 = load i64, ptr %303, align 8
  %305 = icmp eq i64 %len.i.i58, %cap.i.i59
  br i1 %305, label %full.i.2.i, label %guide_trace_add.exit.i60

endif8.i:                                         ; preds = %full.i.2.i, %add.i.2.i, %endif6.i
  %306 = getelementptr inbounds i8, ptr %s, i64 185
  %eff.i70 = load i8, ptr %306, align 1
  switch i8 %eff.i70, label %next13.i [
    i8 1, label %holds.i95
    i8 2, label %unknown15.i
  ]

guide_trace_add.exit.i60:                         ; preds = %loop.preheader.i57
  %307 = getelementptr inbounds i8, ptr %s, i64 173
  %st.i61 = load i8, ptr %307, align 1
  %ev.i.i62 = load ptr, ptr %trace.i55, align 8
  %308 = getelementptr inbounds %guide_event, ptr %ev.i.i62, i64 %len.i.i58
  store i8 0, ptr %308, align 1
  %309 = getelementptr inbounds i8, ptr %308, i64 1
  store i8 %st.i61, ptr %309, align 1
  %310 = getelementptr inbounds i8, ptr %308, i64 4
  store i32 5, ptr %310, align 4
  %311 = add i64 %len.i.i58, 1
  store i64 %311, ptr %302, align 8
  %cap.i.1.pre.i63 = load i64, ptr %303, align 8
  %312 = icmp eq i64 %311, %cap.i.1.pre.i63
  br i1 %312, label %full.i.2.i, label %guide_trace_add.exit.1.i64

guide_trace_add.exit.1.i64:                       ; preds = %guide_trace_add.exit.i60
  %313 = getelementptr inbounds i8, ptr %s, i64 174
  %st.1.i65 = load i8, ptr %313, align 2
  %ev.i.1.i66 = load ptr, ptr %trace.i55, align 8
  %314 = getelementptr inbounds %guide_event, ptr %ev.i.1.i66, i64 %311
  store i8 0, ptr %314, align 1
  %315 = getelementptr inbounds i8, ptr %314, i64 1
  store i8 %st.1.i65, ptr %315, align 1
  %316 = getelementptr inbounds i8, ptr %314, i64 4
  store i32 6, ptr %316, align 4
  %317 = add i64 %len.i.i58, 2
  store i64 %317, ptr %302, align 8
  %cap.i.2.pre.i67 = load i64, ptr %303, align 8
  %318 = icmp eq i64 %317, %cap.i.2.pre.i67
  br i1 %318, label %full.i.2.i, label %add.i.2.i

add.i.2.i:                                        ; preds = %guide_trace_add.exit.1.i64
  %319 = getelementptr inbounds i8, ptr %s, i64 175
  %st.2.i68 = load i8, ptr %319, align 1
  %ev.i.2.i69 = load ptr, ptr %trace.i55, align 8
  %320 = getelementptr inbounds %guide_event, ptr %ev.i.2.i69, i64 %317
  store i8 0, ptr %320, align 1
  %321 = getelementptr inbounds i8, ptr %320, i64 1
  store i8 %st.2.i68, ptr %321, align 1
  %322 = getelementptr inbounds i8, ptr %320, i64 4
  store i32 7, ptr %322, align 4
  %323 = add i64 %len.i.i58, 3
  store i64 %323, ptr %302, align 8
  br label %endif8.i

full.i.2.i:                                       ; preds = %guide_trace_add.exit.1.i64, %guide_trace_add.exit.i60, %loop.preheader.i57
  store i32 1, ptr %304, align 4
  br label %endif8.i

next13.i:                                         ; preds = %unknown15.i, %holds.i95, %endif8.i
  %unknown.1.i71 = phi i1 [ false, %endif8.i ], [ true, %unknown15.i ], [ false, %holds.i95 ]
  %324 = phi i1 [ true, %endif8.i ], [ true, %unknown15.i ], [ false, %holds.i95 ]
  %cls.1.i72 = phi i32 [ -1, %endif8.i ], [ -1, %unknown15.i ], [ 0, %holds.i95 ]
  %325 = getelementptr inbounds i8, ptr %s, i64 186
  %eff.1.i73 = load i8, ptr %325, align 2
  switch i8 %eff.1.i73, label %next13.1.i [
    i8 1, label %holds.1.i93
    i8 2, label %unknown15.1.i
  ]

unknown15.1.i:                                    ; preds = %next13.i
  br label %next13.1.i

holds.1.i93:                                      ; preds = %next13.i
  %not..i94 = xor i1 %324, true
  %spec.select91.i = select i1 %324, i32 1, i32 %cls.1.i72
  br label %next13.1.i

next13.1.i:                                       ; preds = %holds.1.i93, %unknown15.1.i, %next13.i
  %unknown.1.1.i74 = phi i1 [ %unknown.1.i71, %next13.i ], [ true, %unknown15.1.i ], [ %unknown.1.i71, %holds.1.i93 ]
  %clash.1.1.i75 = phi i1 [ false, %next13.i ], [ false, %unknown15.1.i ], [ %not..i94, %holds.1.i93 ]
  %cls.1.1.i76 = phi i32 [ %cls.1.i72, %next13.i ], [ %cls.1.i72, %unknown15.1.i ], [ %spec.select91.i, %holds.1.i93 ]
  %326 = getelementptr inbounds i8, ptr %s, i64 187
  %eff.2.i77 = load i8, ptr %326, align 1
  switch i8 %eff.2.i77, label %next13.2.i [
    i8 1, label %holds.2.i86
    i8 2, label %unknown15.2.i
  ]

unknown15.2.i:                                    ; preds = %next13.1.i
  br i1 %clash.1.1.i75, label %conflict.i85, label %endif16.thread.i

endif16.thread.i:                                 ; preds = %unknown15.2.i
  %none81.i = icmp slt i32 %cls.1.1.i76, 0
  br i1 %none81.i, label %walk18, label %body22.preheader.i78

holds.2.i86:                                      ; preds = %next13.1.i
  %327 = icmp slt i32 %cls.1.1.i76, 0
  br i1 %327, label %next13.2.i, label %conflict.i85

next13.2.i:                                       ; preds = %holds.2.i86, %next13.1.i
  %cls.1.2.i87 = phi i32 [ %cls.1.1.i76, %next13.1.i ], [ 2, %holds.2.i86 ]
  br i1 %clash.1.1.i75, label %conflict.i85, label %endif16.i

holds.i95:                                        ; preds = %endif8.i
  br label %next13.i

unknown15.i:                                      ; preds = %endif8.i
  br label %next13.i

conflict.i85:                                     ; preds = %next13.2.i, %holds.2.i86, %unknown15.2.i
  %out.i = load ptr, ptr %39, align 8
  %328 = getelementptr inbounds i8, ptr %out.i, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %328, align 1
  %329 = getelementptr inbounds i8, ptr %s, i64 96
  %330 = getelementptr inbounds i8, ptr %s, i64 150
  store i8 0, ptr %330, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %329, i8 0, i64 16, i1 false)
  br label %endif19

endif16.i:                                        ; preds = %next13.2.i
  %none.i88 = icmp slt i32 %cls.1.2.i87, 0
  br i1 %unknown.1.1.i74, label %some_unknown.i92, label %endif18.i89

some_unknown.i92:                                 ; preds = %endif16.i
  br i1 %none.i88, label %walk18, label %body22.preheader.i78

body22.preheader.i78:                             ; preds = %some_unknown.i92, %endif16.thread.i
  %cls.1.2788287.i = phi i32 [ %cls.1.1.i76, %endif16.thread.i ], [ %cls.1.2.i87, %some_unknown.i92 ]
  %331 = icmp ne i32 %cls.1.2788287.i, 0
  %332 = icmp eq i8 %eff.i70, 2
  %333 = and i1 %332, %331
  br i1 %333, label %walk18, label %loop21.i79

endif18.i89:                                      ; preds = %endif16.i
  br i1 %none.i88, label %not_applicable.i90, label %endif29.i80

loop21.i79:                                       ; preds = %body22.preheader.i78
  %334 = icmp ne i32 %cls.1.2788287.i, 1
  %335 = icmp eq i8 %eff.1.i73, 2
  %336 = and i1 %335, %334
  br i1 %336, label %walk18, label %loop21.1.i

loop21.1.i:                                       ; preds = %loop21.i79
  %337 = icmp ne i32 %cls.1.2788287.i, 2
  %338 = icmp eq i8 %eff.2.i77, 2
  %339 = and i1 %338, %337
  br i1 %339, label %walk18, label %endif29.i80

not_applicable.i90:                               ; preds = %endif18.i89
  %out30.i91 = load ptr, ptr %39, align 8
  %340 = getelementptr inbounds i8, ptr %out30.i91, i64 4
  %341 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %340, align 1
  %342 = getelementptr inbounds i8, ptr %s, i64 150
  store i8 0, ptr %342, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %341, i8 0, i64 16, i1 false)
  br label %endif19

endif29.i80:                                      ; preds = %loop21.1.i, %endif18.i89
  %cls.1.2788390.i = phi i32 [ %cls.1.2.i87, %endif18.i89 ], [ %cls.1.2788287.i, %loop21.1.i ]
  %343 = zext nneg i32 %cls.1.2788390.i to i64
  %344 = getelementptr inbounds [3 x [2 x i64]], ptr @values.fever_trend, i64 0, i64 %343
  %value.unpack.i81 = load i64, ptr %344, align 16
  %out31.i = load ptr, ptr %39, align 8
  %345 = getelementptr inbounds i8, ptr %out31.i, i64 4
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %345, align 1
  %346 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value.unpack.i81, ptr %346, align 8
  %.repack45.i = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack45.i, align 8
  %347 = getelementptr inbounds i8, ptr %s, i64 150
  store i8 1, ptr %347, align 2
  br label %endif19

walk18:                                           ; preds = %loop21.1.i, %loop21.i79, %body22.preheader.i78, %some_unknown.i92, %endif16.thread.i
  %out28.i84 = load ptr, ptr %39, align 8
  %348 = getelementptr inbounds i8, ptr %out28.i84, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %348, align 1
  %349 = getelementptr inbounds i8, ptr %s, i64 96
  %350 = getelementptr inbounds i8, ptr %s, i64 150
  store i8 0, ptr %350, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %349, i8 0, i64 16, i1 false)
  %351 = getelementptr inbounds i8, ptr %out, i64 40
  %352 = getelementptr inbounds i8, ptr %out, i64 72
  call fastcc void @walk(ptr nonnull %s, i32 1, ptr nonnull %351, ptr nonnull %352)
  br label %endif19

endif19:                                          ; preds = %endif29.i80, %not_applicable.i90, %conflict.i85, %walk18
  %353 = getelementptr inbounds i8, ptr %out, i64 21
  %how20 = load i8, ptr %353, align 1
  br i1 %54, label %guide_trace_add.exit105, label %trace.i99

trace.i99:                                        ; preds = %endif19
  %354 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i100 = load i64, ptr %354, align 8
  %355 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i101 = load i64, ptr %355, align 8
  %356 = icmp eq i64 %len.i100, %cap.i101
  br i1 %356, label %full.i104, label %add.i102

full.i104:                                        ; preds = %trace.i99
  %357 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %357, align 4
  br label %guide_trace_add.exit105

add.i102:                                         ; preds = %trace.i99
  %ev.i103 = load ptr, ptr %trace, align 8
  %358 = getelementptr inbounds %guide_event, ptr %ev.i103, i64 %len.i100
  store i8 1, ptr %358, align 1
  %359 = getelementptr inbounds i8, ptr %358, i64 1
  store i8 %how20, ptr %359, align 1
  %360 = getelementptr inbounds i8, ptr %358, i64 4
  store i32 1, ptr %360, align 4
  %361 = add i64 %len.i100, 1
  store i64 %361, ptr %354, align 8
  br label %guide_trace_add.exit105

guide_trace_add.exit105:                          ; preds = %endif19, %full.i104, %add.i102
  %362 = getelementptr inbounds i8, ptr %s, i64 196
  %done.i106 = load i8, ptr %362, align 4
  %363 = icmp eq i8 %done.i106, 0
  br i1 %363, label %eval.i138, label %endif.i107

eval.i138:                                        ; preds = %guide_trace_add.exit105
  store i8 1, ptr %362, align 4
  %364 = getelementptr inbounds i8, ptr %s, i64 32
  %mitoses.i.i = load double, ptr %364, align 8
  %365 = fcmp olt double %mitoses.i.i, 1.500000e+01
  %366 = getelementptr inbounds i8, ptr %s, i64 146
  %k.i.i139 = load i8, ptr %366, align 2
  %.not.i.i140 = icmp ne i8 %k.i.i139, 0
  %367 = xor i1 %365, true
  %368 = select i1 %.not.i.i140, i1 %367, i1 false
  %369 = select i1 %.not.i.i140, i1 %365, i1 false
  %370 = select i1 %369, i8 1, i8 2
  %371 = select i1 %368, i8 0, i8 %370
  %372 = getelementptr inbounds i8, ptr %s, i64 176
  store i8 %371, ptr %372, align 8
  %373 = getelementptr inbounds i8, ptr %s, i64 188
  store i8 %371, ptr %373, align 4
  br label %endif.i107

endif.i107:                                       ; preds = %eval.i138, %guide_trace_add.exit105
  %374 = getelementptr inbounds i8, ptr %s, i64 197
  %done1.i108 = load i8, ptr %374, align 1
  %375 = icmp eq i8 %done1.i108, 0
  br i1 %375, label %eval2.i137, label %endif3.i109

eval2.i137:                                       ; preds = %endif.i107
  store i8 1, ptr %374, align 1
  %376 = getelementptr inbounds i8, ptr %s, i64 32
  %mitoses.i47.i = load double, ptr %376, align 8
  %377 = fcmp oge double %mitoses.i47.i, 1.500000e+01
  %378 = getelementptr inbounds i8, ptr %s, i64 146
  %k.i48.i = load i8, ptr %378, align 2
  %.not.i49.i = icmp ne i8 %k.i48.i, 0
  %379 = xor i1 %377, true
  %380 = select i1 %.not.i49.i, i1 %379, i1 false
  %381 = select i1 %.not.i49.i, i1 %377, i1 false
  %382 = select i1 %381, i8 1, i8 2
  %383 = select i1 %380, i8 0, i8 %382
  %384 = getelementptr inbounds i8, ptr %s, i64 177
  store i8 %383, ptr %384, align 1
  %385 = getelementptr inbounds i8, ptr %s, i64 189
  store i8 %383, ptr %385, align 1
  br label %endif3.i109

endif3.i109:                                      ; preds = %eval2.i137, %endif.i107
  %trace.i110 = load ptr, ptr %40, align 8
  %.not.i111 = icmp eq ptr %trace.i110, null
  br i1 %.not.i111, label %endif5.i, label %loop.preheader.i112

loop.preheader.i112:                              ; preds = %endif3.i109
  %386 = getelementptr inbounds i8, ptr %trace.i110, i64 8
  %387 = getelementptr inbounds i8, ptr %trace.i110, i64 16
  %388 = getelementptr inbounds i8, ptr %trace.i110, i64 24
  %len.i.i113 = load i64, ptr %386, align 8
  %cap.i.i114 = load i64, ptr %387, align 8
  %389 = icmp eq i64 %len.i.i113, %cap.i.i114
  br i1 %389, label %full.i.1.i, label %guide_trace_add.exit.i115

endif5.i:                                         ; preds = %full.i.1.i, %add.i.1.i, %endif3.i109
  %390 = getelementptr inbounds i8, ptr %s, i64 188
  %eff.i121 = load i8, ptr %390, align 4
  switch i8 %eff.i121, label %next10.i [
    i8 1, label %holds.i136
    i8 2, label %unknown12.i
  ]

guide_trace_add.exit.i115:                        ; preds = %loop.preheader.i112
  %391 = getelementptr inbounds i8, ptr %s, i64 176
  %st.i116 = load i8, ptr %391, align 8
  %ev.i.i117 = load ptr, ptr %trace.i110, align 8
  %392 = getelementptr inbounds %guide_event, ptr %ev.i.i117, i64 %len.i.i113
  store i8 0, ptr %392, align 1
  %393 = getelementptr inbounds i8, ptr %392, i64 1
  store i8 %st.i116, ptr %393, align 1
  %394 = getelementptr inbounds i8, ptr %392, i64 4
  store i32 8, ptr %394, align 4
  %395 = add i64 %len.i.i113, 1
  store i64 %395, ptr %386, align 8
  %cap.i.1.pre.i118 = load i64, ptr %387, align 8
  %396 = icmp eq i64 %395, %cap.i.1.pre.i118
  br i1 %396, label %full.i.1.i, label %add.i.1.i

add.i.1.i:                                        ; preds = %guide_trace_add.exit.i115
  %397 = getelementptr inbounds i8, ptr %s, i64 177
  %st.1.i119 = load i8, ptr %397, align 1
  %ev.i.1.i120 = load ptr, ptr %trace.i110, align 8
  %398 = getelementptr inbounds %guide_event, ptr %ev.i.1.i120, i64 %395
  store i8 0, ptr %398, align 1
  %399 = getelementptr inbounds i8, ptr %398, i64 1
  store i8 %st.1.i119, ptr %399, align 1
  %400 = getelementptr inbounds i8, ptr %398, i64 4
  store i32 9, ptr %400, align 4
  %401 = add i64 %len.i.i113, 2
  store i64 %401, ptr %386, align 8
  br label %endif5.i

full.i.1.i:                                       ; preds = %guide_trace_add.exit.i115, %loop.preheader.i112
  store i32 1, ptr %388, align 4
  br label %endif5.i

next10.i:                                         ; preds = %unknown12.i, %holds.i136, %endif5.i
  %unknown.1.i122 = phi i1 [ false, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i136 ]
  %402 = phi i1 [ true, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i136 ]
  %cls.1.i123 = phi i32 [ -1, %endif5.i ], [ -1, %unknown12.i ], [ 0, %holds.i136 ]
  %403 = getelementptr inbounds i8, ptr %s, i64 189
  %eff.1.i124 = load i8, ptr %403, align 1
  switch i8 %eff.1.i124, label %endif13.i [
    i8 1, label %holds.1.i127
    i8 2, label %walk21
  ]

holds.1.i127:                                     ; preds = %next10.i
  br i1 %402, label %endif13.i, label %conflict.i128

holds.i136:                                       ; preds = %endif5.i
  br label %next10.i

unknown12.i:                                      ; preds = %endif5.i
  br label %next10.i

conflict.i128:                                    ; preds = %holds.1.i127
  %out.i129 = load ptr, ptr %39, align 8
  %404 = getelementptr inbounds i8, ptr %out.i129, i64 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %404, align 1
  %405 = getelementptr inbounds i8, ptr %s, i64 112
  %406 = getelementptr inbounds i8, ptr %s, i64 151
  store i8 0, ptr %406, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %405, i8 0, i64 16, i1 false)
  br label %endif22

endif13.i:                                        ; preds = %holds.1.i127, %next10.i
  %cls.1.1.ph.i = phi i32 [ 1, %holds.1.i127 ], [ %cls.1.i123, %next10.i ]
  %none.i130 = icmp slt i32 %cls.1.1.ph.i, 0
  br i1 %unknown.1.i122, label %some_unknown.i135, label %endif15.i131

some_unknown.i135:                                ; preds = %endif13.i
  br i1 %none.i130, label %walk21, label %body19.preheader.i

body19.preheader.i:                               ; preds = %some_unknown.i135
  %407 = icmp ne i32 %cls.1.1.ph.i, 0
  %408 = icmp eq i8 %eff.i121, 2
  %409 = and i1 %408, %407
  br i1 %409, label %walk21, label %endif26.i

endif15.i131:                                     ; preds = %endif13.i
  br i1 %none.i130, label %not_applicable.i134, label %endif26.i

not_applicable.i134:                              ; preds = %endif15.i131
  %out27.i = load ptr, ptr %39, align 8
  %410 = getelementptr inbounds i8, ptr %out27.i, i64 8
  %411 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %410, align 1
  %412 = getelementptr inbounds i8, ptr %s, i64 151
  store i8 0, ptr %412, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %411, i8 0, i64 16, i1 false)
  br label %endif22

endif26.i:                                        ; preds = %endif15.i131, %body19.preheader.i
  %413 = zext nneg i32 %cls.1.1.ph.i to i64
  %414 = getelementptr inbounds [2 x [2 x i64]], ptr @values.mitotic, i64 0, i64 %413
  %value.unpack.i132 = load i64, ptr %414, align 16
  %out28.i133 = load ptr, ptr %39, align 8
  %415 = getelementptr inbounds i8, ptr %out28.i133, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %415, align 1
  %416 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack.i132, ptr %416, align 8
  %.repack42.i = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack42.i, align 8
  %417 = getelementptr inbounds i8, ptr %s, i64 151
  store i8 1, ptr %417, align 1
  br label %endif22

walk21:                                           ; preds = %body19.preheader.i, %some_unknown.i135, %next10.i
  %out25.i = load ptr, ptr %39, align 8
  %418 = getelementptr inbounds i8, ptr %out25.i, i64 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %418, align 1
  %419 = getelementptr inbounds i8, ptr %s, i64 112
  %420 = getelementptr inbounds i8, ptr %s, i64 151
  store i8 0, ptr %420, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %419, i8 0, i64 16, i1 false)
  %421 = getelementptr inbounds i8, ptr %out, i64 48
  %422 = getelementptr inbounds i8, ptr %out, i64 80
  call fastcc void @walk(ptr nonnull %s, i32 2, ptr nonnull %421, ptr nonnull %422)
  br label %endif22

endif22:                                          ; preds = %endif26.i, %not_applicable.i134, %conflict.i128, %walk21
  %423 = getelementptr inbounds i8, ptr %out, i64 25
  %how23 = load i8, ptr %423, align 1
  br i1 %54, label %guide_trace_add.exit147, label %trace.i141

trace.i141:                                       ; preds = %endif22
  %424 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i142 = load i64, ptr %424, align 8
  %425 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i143 = load i64, ptr %425, align 8
  %426 = icmp eq i64 %len.i142, %cap.i143
  br i1 %426, label %full.i146, label %add.i144

full.i146:                                        ; preds = %trace.i141
  %427 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %427, align 4
  br label %guide_trace_add.exit147

add.i144:                                         ; preds = %trace.i141
  %ev.i145 = load ptr, ptr %trace, align 8
  %428 = getelementptr inbounds %guide_event, ptr %ev.i145, i64 %len.i142
  store i8 1, ptr %428, align 1
  %429 = getelementptr inbounds i8, ptr %428, i64 1
  store i8 %how23, ptr %429, align 1
  %430 = getelementptr inbounds i8, ptr %428, i64 4
  store i32 2, ptr %430, align 4
  %431 = add i64 %len.i142, 1
  store i64 %431, ptr %424, align 8
  br label %guide_trace_add.exit147

guide_trace_add.exit147:                          ; preds = %endif22, %full.i146, %add.i144
  %432 = getelementptr inbounds i8, ptr %s, i64 198
  %done.i148 = load i8, ptr %432, align 2
  %433 = icmp eq i8 %done.i148, 0
  br i1 %433, label %eval.i194, label %endif.i149

eval.i194:                                        ; preds = %guide_trace_add.exit147
  store i8 1, ptr %432, align 2
  %double_mm.i.i = load double, ptr %50, align 8
  %434 = fcmp ogt double %double_mm.i.i, 2.050000e+00
  %k.i.i195 = load i8, ptr %49, align 4
  %.not.i.i196 = icmp ne i8 %k.i.i195, 0
  %435 = xor i1 %434, true
  %436 = select i1 %.not.i.i196, i1 %435, i1 false
  %437 = select i1 %.not.i.i196, i1 %434, i1 false
  %438 = select i1 %437, i8 1, i8 2
  %439 = select i1 %436, i8 0, i8 %438
  %440 = getelementptr inbounds i8, ptr %s, i64 178
  store i8 %439, ptr %440, align 2
  %441 = getelementptr inbounds i8, ptr %s, i64 190
  store i8 %439, ptr %441, align 2
  br label %endif.i149

endif.i149:                                       ; preds = %eval.i194, %guide_trace_add.exit147
  %442 = getelementptr inbounds i8, ptr %s, i64 199
  %done1.i150 = load i8, ptr %442, align 1
  %443 = icmp eq i8 %done1.i150, 0
  br i1 %443, label %eval2.i191, label %endif3.i151

eval2.i191:                                       ; preds = %endif.i149
  store i8 1, ptr %442, align 1
  %double_mm.i47.i = load double, ptr %50, align 8
  %444 = fcmp ole double %double_mm.i47.i, 2.050000e+00
  %k.i48.i192 = load i8, ptr %49, align 4
  %.not.i49.i193 = icmp ne i8 %k.i48.i192, 0
  %445 = xor i1 %444, true
  %446 = select i1 %.not.i49.i193, i1 %445, i1 false
  %447 = select i1 %.not.i49.i193, i1 %444, i1 false
  %448 = select i1 %447, i8 1, i8 2
  %449 = select i1 %446, i8 0, i8 %448
  %450 = getelementptr inbounds i8, ptr %s, i64 179
  store i8 %449, ptr %450, align 1
  %451 = getelementptr inbounds i8, ptr %s, i64 191
  store i8 %449, ptr %451, align 1
  br label %endif3.i151

endif3.i151:                                      ; preds = %eval2.i191, %endif.i149
  %trace.i152 = load ptr, ptr %40, align 8
  %.not.i153 = icmp eq ptr %trace.i152, null
  br i1 %.not.i153, label %endif5.i164, label %loop.preheader.i154

loop.preheader.i154:                              ; preds = %endif3.i151
  %452 = getelementptr inbounds i8, ptr %trace.i152, i64 8
  %453 = getelementptr inbounds i8, ptr %trace.i152, i64 16
  %454 = getelementptr inbounds i8, ptr %trace.i152, i64 24
  %len.i.i155 = load i64, ptr %452, align 8
  %cap.i.i156 = load i64, ptr %453, align 8
  %455 = icmp eq i64 %len.i.i155, %cap.i.i156
  br i1 %455, label %full.i.1.i190, label %guide_trace_add.exit.i157

endif5.i164:                                      ; preds = %full.i.1.i190, %add.i.1.i161, %endif3.i151
  %456 = getelementptr inbounds i8, ptr %s, i64 190
  %eff.i165 = load i8, ptr %456, align 2
  switch i8 %eff.i165, label %next10.i167 [
    i8 1, label %holds.i189
    i8 2, label %unknown12.i166
  ]

guide_trace_add.exit.i157:                        ; preds = %loop.preheader.i154
  %457 = getelementptr inbounds i8, ptr %s, i64 178
  %st.i158 = load i8, ptr %457, align 2
  %ev.i.i159 = load ptr, ptr %trace.i152, align 8
  %458 = getelementptr inbounds %guide_event, ptr %ev.i.i159, i64 %len.i.i155
  store i8 0, ptr %458, align 1
  %459 = getelementptr inbounds i8, ptr %458, i64 1
  store i8 %st.i158, ptr %459, align 1
  %460 = getelementptr inbounds i8, ptr %458, i64 4
  store i32 10, ptr %460, align 4
  %461 = add i64 %len.i.i155, 1
  store i64 %461, ptr %452, align 8
  %cap.i.1.pre.i160 = load i64, ptr %453, align 8
  %462 = icmp eq i64 %461, %cap.i.1.pre.i160
  br i1 %462, label %full.i.1.i190, label %add.i.1.i161

add.i.1.i161:                                     ; preds = %guide_trace_add.exit.i157
  %463 = getelementptr inbounds i8, ptr %s, i64 179
  %st.1.i162 = load i8, ptr %463, align 1
  %ev.i.1.i163 = load ptr, ptr %trace.i152, align 8
  %464 = getelementptr inbounds %guide_event, ptr %ev.i.1.i163, i64 %461
  store i8 0, ptr %464, align 1
  %465 = getelementptr inbounds i8, ptr %464, i64 1
  store i8 %st.1.i162, ptr %465, align 1
  %466 = getelementptr inbounds i8, ptr %464, i64 4
  store i32 11, ptr %466, align 4
  %467 = add i64 %len.i.i155, 2
  store i64 %467, ptr %452, align 8
  br label %endif5.i164

full.i.1.i190:                                    ; preds = %guide_trace_add.exit.i157, %loop.preheader.i154
  store i32 1, ptr %454, align 4
  br label %endif5.i164

next10.i167:                                      ; preds = %unknown12.i166, %holds.i189, %endif5.i164
  %unknown.1.i168 = phi i1 [ false, %endif5.i164 ], [ true, %unknown12.i166 ], [ false, %holds.i189 ]
  %468 = phi i1 [ true, %endif5.i164 ], [ true, %unknown12.i166 ], [ false, %holds.i189 ]
  %cls.1.i169 = phi i32 [ -1, %endif5.i164 ], [ -1, %unknown12.i166 ], [ 0, %holds.i189 ]
  %469 = getelementptr inbounds i8, ptr %s, i64 191
  %eff.1.i170 = load i8, ptr %469, align 1
  switch i8 %eff.1.i170, label %endif13.i177 [
    i8 1, label %holds.1.i174
    i8 2, label %walk24
  ]

holds.1.i174:                                     ; preds = %next10.i167
  br i1 %468, label %endif13.i177, label %conflict.i175

holds.i189:                                       ; preds = %endif5.i164
  br label %next10.i167

unknown12.i166:                                   ; preds = %endif5.i164
  br label %next10.i167

conflict.i175:                                    ; preds = %holds.1.i174
  %out.i176 = load ptr, ptr %39, align 8
  %470 = getelementptr inbounds i8, ptr %out.i176, i64 12
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %470, align 1
  %471 = getelementptr inbounds i8, ptr %s, i64 128
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %471, i8 0, i64 16, i1 false)
  br label %endif25

endif13.i177:                                     ; preds = %holds.1.i174, %next10.i167
  %cls.1.1.ph.i178 = phi i32 [ 1, %holds.1.i174 ], [ %cls.1.i169, %next10.i167 ]
  %none.i179 = icmp slt i32 %cls.1.1.ph.i178, 0
  br i1 %unknown.1.i168, label %some_unknown.i187, label %endif15.i180

some_unknown.i187:                                ; preds = %endif13.i177
  br i1 %none.i179, label %walk24, label %body19.preheader.i188

body19.preheader.i188:                            ; preds = %some_unknown.i187
  %472 = icmp ne i32 %cls.1.1.ph.i178, 0
  %473 = icmp eq i8 %eff.i165, 2
  %474 = and i1 %473, %472
  br i1 %474, label %walk24, label %endif26.i181

endif15.i180:                                     ; preds = %endif13.i177
  br i1 %none.i179, label %not_applicable.i185, label %endif26.i181

not_applicable.i185:                              ; preds = %endif15.i180
  %out27.i186 = load ptr, ptr %39, align 8
  %475 = getelementptr inbounds i8, ptr %out27.i186, i64 12
  %476 = getelementptr inbounds i8, ptr %s, i64 128
  store i32 0, ptr %475, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %476, i8 0, i64 16, i1 false)
  br label %endif25

endif26.i181:                                     ; preds = %endif15.i180, %body19.preheader.i188
  %477 = zext nneg i32 %cls.1.1.ph.i178 to i64
  %478 = getelementptr inbounds [2 x [2 x i64]], ptr @values.thick, i64 0, i64 %477
  %value.unpack.i182 = load i64, ptr %478, align 16
  %out28.i183 = load ptr, ptr %39, align 8
  %479 = getelementptr inbounds i8, ptr %out28.i183, i64 12
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %479, align 1
  %480 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 %value.unpack.i182, ptr %480, align 8
  br label %endif25

walk24:                                           ; preds = %body19.preheader.i188, %some_unknown.i187, %next10.i167
  %out25.i172 = load ptr, ptr %39, align 8
  %481 = getelementptr inbounds i8, ptr %out25.i172, i64 12
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %481, align 1
  %482 = getelementptr inbounds i8, ptr %s, i64 128
  %483 = getelementptr inbounds i8, ptr %s, i64 152
  store i8 0, ptr %483, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %482, i8 0, i64 16, i1 false)
  %484 = getelementptr inbounds i8, ptr %out, i64 56
  %485 = getelementptr inbounds i8, ptr %out, i64 88
  call fastcc void @walk(ptr nonnull %s, i32 3, ptr nonnull %484, ptr nonnull %485)
  br label %endif25

endif25:                                          ; preds = %endif26.i181, %not_applicable.i185, %conflict.i175, %walk24
  %486 = getelementptr inbounds i8, ptr %out, i64 29
  %how26 = load i8, ptr %486, align 1
  br i1 %54, label %guide_trace_add.exit203, label %trace.i197

trace.i197:                                       ; preds = %endif25
  %487 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i198 = load i64, ptr %487, align 8
  %488 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i199 = load i64, ptr %488, align 8
  %489 = icmp eq i64 %len.i198, %cap.i199
  br i1 %489, label %full.i202, label %add.i200

full.i202:                                        ; preds = %trace.i197
  %490 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %490, align 4
  br label %guide_trace_add.exit203

add.i200:                                         ; preds = %trace.i197
  %ev.i201 = load ptr, ptr %trace, align 8
  %491 = getelementptr inbounds %guide_event, ptr %ev.i201, i64 %len.i198
  store i8 1, ptr %491, align 1
  %492 = getelementptr inbounds i8, ptr %491, i64 1
  store i8 %how26, ptr %492, align 1
  %493 = getelementptr inbounds i8, ptr %491, i64 4
  store i32 3, ptr %493, align 4
  %494 = add i64 %len.i198, 1
  store i64 %494, ptr %487, align 8
  br label %guide_trace_add.exit203

guide_trace_add.exit203:                          ; preds = %endif25, %full.i202, %add.i200
  %495 = getelementptr inbounds i8, ptr %s, i64 80
  %t_category = load i32, ptr %495, align 8
  store i32 %t_category, ptr %out, align 4
  %496 = getelementptr inbounds i8, ptr %s, i64 96
  %fever_trend = load i32, ptr %496, align 8
  %497 = getelementptr inbounds i8, ptr %out, i64 4
  store i32 %fever_trend, ptr %497, align 4
  %498 = getelementptr inbounds i8, ptr %s, i64 112
  %mitotic = load i32, ptr %498, align 8
  %499 = getelementptr inbounds i8, ptr %out, i64 8
  store i32 %mitotic, ptr %499, align 4
  %500 = getelementptr inbounds i8, ptr %s, i64 128
  %thick = load i32, ptr %500, align 8
  %501 = getelementptr inbounds i8, ptr %out, i64 12
  store i32 %thick, ptr %501, align 4
  %502 = getelementptr inbounds i8, ptr %out, i64 104
  %double_mm = load double, ptr %50, align 8
  %503 = getelementptr inbounds i8, ptr %out, i64 96
  store double %double_mm, ptr %503, align 8
  %504 = load i8, ptr %49, align 4
  %505 = zext i8 %504 to i64
  store i64 %505, ptr %502, align 8
  br label %common.ret
}

define range(i32 0, 5) i32 @precision_eval(ptr nocapture readonly %in, ptr %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @precision_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #3 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known, align 1
  %.not = icmp eq i8 %4, 0
  br i1 %.not, label %endif, label %breslow_mm

breslow_mm:                                       ; preds = %entry
  store i64 1, ptr %1, align 8
  %5 = load double, ptr %val, align 8
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store double %5, ptr %6, align 8
  br label %endif

endif:                                            ; preds = %breslow_mm, %entry
  %7 = phi i64 [ 1, %breslow_mm ], [ 0, %entry ]
  %8 = getelementptr inbounds i8, ptr %known, i64 1
  %9 = load i8, ptr %8, align 1
  %.not4 = icmp eq i8 %9, 0
  br i1 %.not4, label %endif1, label %temp_change

temp_change:                                      ; preds = %endif
  %10 = or disjoint i64 %7, 2
  store i64 %10, ptr %1, align 8
  %11 = getelementptr inbounds i8, ptr %val, i64 16
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds i8, ptr %1, i64 16
  store double %12, ptr %13, align 8
  br label %endif1

endif1:                                           ; preds = %temp_change, %endif
  %14 = phi i64 [ %10, %temp_change ], [ %7, %endif ]
  %15 = getelementptr inbounds i8, ptr %known, i64 2
  %16 = load i8, ptr %15, align 1
  %.not5 = icmp eq i8 %16, 0
  br i1 %.not5, label %endif2, label %mitoses

mitoses:                                          ; preds = %endif1
  %17 = or i64 %14, 4
  store i64 %17, ptr %1, align 8
  %18 = getelementptr inbounds i8, ptr %val, i64 32
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %1, i64 24
  store double %19, ptr %20, align 8
  br label %endif2

endif2:                                           ; preds = %mitoses, %endif1
  %21 = phi i64 [ %17, %mitoses ], [ %14, %endif1 ]
  %22 = getelementptr inbounds i8, ptr %known, i64 3
  %23 = load i8, ptr %22, align 1
  %.not6 = icmp eq i8 %23, 0
  br i1 %.not6, label %endif3, label %ulceration

ulceration:                                       ; preds = %endif2
  %24 = or i64 %21, 8
  store i64 %24, ptr %1, align 8
  %25 = getelementptr inbounds i8, ptr %val, i64 48
  %26 = load i32, ptr %25, align 4
  %27 = getelementptr inbounds i8, ptr %1, i64 32
  store i32 %26, ptr %27, align 4
  br label %endif3

endif3:                                           ; preds = %ulceration, %endif2
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none)
define void @precision_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #4 {
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
  %12 = load double, ptr %11, align 8
  store double %12, ptr %val, align 8
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
  %35 = load i32, ptr %34, align 4
  %36 = getelementptr inbounds i8, ptr %val, i64 48
  store i32 %35, ptr %36, align 4
  %37 = getelementptr inbounds i8, ptr %1, i64 104
  %38 = load i64, ptr %37, align 8
  %39 = trunc i64 %38 to i8
  %40 = and i8 %39, 1
  %41 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %40, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %1, i64 96
  %43 = load double, ptr %42, align 8
  %44 = getelementptr inbounds i8, ptr %val, i64 64
  store double %43, ptr %44, align 8
  %45 = getelementptr inbounds i8, ptr %1, i64 16
  %46 = load i32, ptr %45, align 4
  store i32 %46, ptr %out, align 4
  %47 = load i32, ptr %1, align 4
  %48 = getelementptr inbounds i8, ptr %val, i64 80
  store i32 %47, ptr %48, align 4
  %state = load i8, ptr %45, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 18
  %50 = load i8, ptr %49, align 1
  %51 = icmp eq i8 %state, 1
  %52 = icmp eq i8 %50, 0
  %53 = and i1 %51, %52
  %54 = zext i1 %53 to i8
  %55 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %1, i64 17
  %how = load i8, ptr %56, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %57 = getelementptr inbounds i8, ptr %1, i64 32
  %58 = load i64, ptr %57, align 8
  store i64 %58, ptr %asks, align 8
  %59 = getelementptr inbounds i8, ptr %1, i64 64
  %60 = load i64, ptr %59, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %60, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  %61 = getelementptr inbounds i8, ptr %1, i64 20
  %62 = getelementptr inbounds i8, ptr %out, i64 4
  %63 = load i32, ptr %61, align 4
  store i32 %63, ptr %62, align 4
  %64 = getelementptr inbounds i8, ptr %1, i64 4
  %65 = load i32, ptr %64, align 4
  %66 = getelementptr inbounds i8, ptr %val, i64 96
  store i32 %65, ptr %66, align 4
  %state1 = load i8, ptr %61, align 1
  %67 = getelementptr inbounds i8, ptr %1, i64 22
  %68 = load i8, ptr %67, align 1
  %69 = icmp eq i8 %state1, 1
  %70 = icmp eq i8 %68, 0
  %71 = and i1 %69, %70
  %72 = zext i1 %71 to i8
  %73 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %72, ptr %73, align 1
  %74 = getelementptr inbounds i8, ptr %asks, i64 8
  %75 = getelementptr inbounds i8, ptr %possible, i64 8
  %76 = getelementptr inbounds i8, ptr %1, i64 21
  %how2 = load i8, ptr %76, align 1
  %.not16 = icmp eq i8 %how2, 0
  br i1 %.not16, label %direct4, label %walked3

walked3:                                          ; preds = %next
  %77 = getelementptr inbounds i8, ptr %1, i64 40
  %78 = load i64, ptr %77, align 8
  store i64 %78, ptr %74, align 8
  %79 = getelementptr inbounds i8, ptr %1, i64 72
  %80 = load i64, ptr %79, align 8
  br label %next5

direct4:                                          ; preds = %next
  store i64 0, ptr %74, align 8
  br label %next5

next5:                                            ; preds = %direct4, %walked3
  %storemerge17 = phi i64 [ %80, %walked3 ], [ 0, %direct4 ]
  store i64 %storemerge17, ptr %75, align 8
  %81 = getelementptr inbounds i8, ptr %1, i64 24
  %82 = getelementptr inbounds i8, ptr %out, i64 8
  %83 = load i32, ptr %81, align 4
  store i32 %83, ptr %82, align 4
  %84 = getelementptr inbounds i8, ptr %1, i64 8
  %85 = load i32, ptr %84, align 4
  %86 = getelementptr inbounds i8, ptr %val, i64 112
  store i32 %85, ptr %86, align 4
  %state6 = load i8, ptr %81, align 1
  %87 = getelementptr inbounds i8, ptr %1, i64 26
  %88 = load i8, ptr %87, align 1
  %89 = icmp eq i8 %state6, 1
  %90 = icmp eq i8 %88, 0
  %91 = and i1 %89, %90
  %92 = zext i1 %91 to i8
  %93 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %92, ptr %93, align 1
  %94 = getelementptr inbounds i8, ptr %asks, i64 16
  %95 = getelementptr inbounds i8, ptr %possible, i64 16
  %96 = getelementptr inbounds i8, ptr %1, i64 25
  %how7 = load i8, ptr %96, align 1
  %.not18 = icmp eq i8 %how7, 0
  br i1 %.not18, label %direct9, label %walked8

walked8:                                          ; preds = %next5
  %97 = getelementptr inbounds i8, ptr %1, i64 48
  %98 = load i64, ptr %97, align 8
  store i64 %98, ptr %94, align 8
  %99 = getelementptr inbounds i8, ptr %1, i64 80
  %100 = load i64, ptr %99, align 8
  br label %next10

direct9:                                          ; preds = %next5
  store i64 0, ptr %94, align 8
  br label %next10

next10:                                           ; preds = %direct9, %walked8
  %storemerge19 = phi i64 [ %100, %walked8 ], [ 0, %direct9 ]
  store i64 %storemerge19, ptr %95, align 8
  %101 = getelementptr inbounds i8, ptr %1, i64 28
  %102 = getelementptr inbounds i8, ptr %out, i64 12
  %103 = load i32, ptr %101, align 4
  store i32 %103, ptr %102, align 4
  %104 = getelementptr inbounds i8, ptr %1, i64 12
  %105 = load i32, ptr %104, align 4
  %106 = getelementptr inbounds i8, ptr %val, i64 128
  store i32 %105, ptr %106, align 4
  %state11 = load i8, ptr %101, align 1
  %107 = getelementptr inbounds i8, ptr %1, i64 30
  %108 = load i8, ptr %107, align 1
  %109 = icmp eq i8 %state11, 1
  %110 = icmp eq i8 %108, 0
  %111 = and i1 %109, %110
  %112 = zext i1 %111 to i8
  %113 = getelementptr inbounds i8, ptr %known, i64 8
  store i8 %112, ptr %113, align 1
  %114 = getelementptr inbounds i8, ptr %asks, i64 24
  %115 = getelementptr inbounds i8, ptr %1, i64 29
  %how12 = load i8, ptr %115, align 1
  %.not20 = icmp eq i8 %how12, 0
  br i1 %.not20, label %direct14, label %walked13

walked13:                                         ; preds = %next10
  %116 = getelementptr inbounds i8, ptr %1, i64 56
  %117 = load i64, ptr %116, align 8
  store i64 %117, ptr %114, align 8
  %118 = getelementptr inbounds i8, ptr %1, i64 88
  %119 = load i64, ptr %118, align 8
  br label %next15

direct14:                                         ; preds = %next10
  store i64 0, ptr %114, align 8
  br label %next15

next15:                                           ; preds = %direct14, %walked13
  %storemerge21 = phi i64 [ %119, %walked13 ], [ 0, %direct14 ]
  %120 = getelementptr inbounds i8, ptr %possible, i64 24
  store i64 %storemerge21, ptr %120, align 8
  ret void
}

define range(i32 0, 5) i32 @precision_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %precision_output, align 8
  %in = alloca %precision_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %in, i8 0, i64 40, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %4, 0
  br i1 %.not.i, label %endif.i, label %breslow_mm.i

breslow_mm.i:                                     ; preds = %entry
  store i64 1, ptr %in, align 8
  %5 = load double, ptr %val.i, align 8
  %6 = getelementptr inbounds i8, ptr %in, i64 8
  store double %5, ptr %6, align 8
  br label %endif.i

endif.i:                                          ; preds = %breslow_mm.i, %entry
  %7 = phi i64 [ 1, %breslow_mm.i ], [ 0, %entry ]
  %8 = getelementptr inbounds i8, ptr %known.i, i64 1
  %9 = load i8, ptr %8, align 1
  %.not4.i = icmp eq i8 %9, 0
  br i1 %.not4.i, label %endif1.i, label %temp_change.i

temp_change.i:                                    ; preds = %endif.i
  %10 = or disjoint i64 %7, 2
  store i64 %10, ptr %in, align 8
  %11 = getelementptr inbounds i8, ptr %val.i, i64 16
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds i8, ptr %in, i64 16
  store double %12, ptr %13, align 8
  br label %endif1.i

endif1.i:                                         ; preds = %temp_change.i, %endif.i
  %14 = phi i64 [ %10, %temp_change.i ], [ %7, %endif.i ]
  %15 = getelementptr inbounds i8, ptr %known.i, i64 2
  %16 = load i8, ptr %15, align 1
  %.not5.i = icmp eq i8 %16, 0
  br i1 %.not5.i, label %endif2.i, label %mitoses.i

mitoses.i:                                        ; preds = %endif1.i
  %17 = or i64 %14, 4
  store i64 %17, ptr %in, align 8
  %18 = getelementptr inbounds i8, ptr %val.i, i64 32
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %in, i64 24
  store double %19, ptr %20, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %mitoses.i, %endif1.i
  %21 = phi i64 [ %17, %mitoses.i ], [ %14, %endif1.i ]
  %22 = getelementptr inbounds i8, ptr %known.i, i64 3
  %23 = load i8, ptr %22, align 1
  %.not6.i = icmp eq i8 %23, 0
  br i1 %.not6.i, label %precision_from_frame.exit, label %ulceration.i

ulceration.i:                                     ; preds = %endif2.i
  %24 = or i64 %21, 8
  store i64 %24, ptr %in, align 8
  %25 = getelementptr inbounds i8, ptr %val.i, i64 48
  %26 = load i32, ptr %25, align 4
  %27 = getelementptr inbounds i8, ptr %in, i64 32
  store i32 %26, ptr %27, align 8
  br label %precision_from_frame.exit

precision_from_frame.exit:                        ; preds = %endif2.i, %ulceration.i
  %28 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %28, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  call void @precision_to_frame(ptr nonnull %in, ptr nonnull %out, ptr nonnull %0)
  ret i32 %rc
}

define i64 @precision_eval_many(i64 %n, ptr nocapture readonly %in, ptr %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %precision_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %precision_output, ptr %out, i64 %i.05
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

define i64 @precision_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %out.i = alloca %precision_output, align 8
  %in.i = alloca %precision_input, align 8
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %1 = getelementptr inbounds i8, ptr %in.i, i64 8
  %2 = getelementptr inbounds i8, ptr %c, i64 32
  %3 = getelementptr inbounds i8, ptr %c, i64 8
  %4 = getelementptr inbounds i8, ptr %in.i, i64 16
  %5 = getelementptr inbounds i8, ptr %c, i64 16
  %6 = getelementptr inbounds i8, ptr %in.i, i64 24
  %7 = getelementptr inbounds i8, ptr %c, i64 24
  %8 = getelementptr inbounds i8, ptr %in.i, i64 32
  %9 = getelementptr inbounds i8, ptr %c, i64 104
  %10 = getelementptr inbounds i8, ptr %c, i64 112
  %11 = getelementptr inbounds i8, ptr %c, i64 40
  %12 = getelementptr inbounds i8, ptr %c, i64 72
  %13 = getelementptr inbounds i8, ptr %out.i, i64 16
  %14 = getelementptr inbounds i8, ptr %out.i, i64 17
  %15 = getelementptr inbounds i8, ptr %out.i, i64 18
  %16 = getelementptr inbounds i8, ptr %out.i, i64 32
  %17 = getelementptr inbounds i8, ptr %out.i, i64 64
  %18 = getelementptr inbounds i8, ptr %c, i64 48
  %19 = getelementptr inbounds i8, ptr %out.i, i64 4
  %20 = getelementptr inbounds i8, ptr %c, i64 80
  %21 = getelementptr inbounds i8, ptr %out.i, i64 20
  %22 = getelementptr inbounds i8, ptr %out.i, i64 21
  %23 = getelementptr inbounds i8, ptr %out.i, i64 22
  %24 = getelementptr inbounds i8, ptr %out.i, i64 40
  %25 = getelementptr inbounds i8, ptr %out.i, i64 72
  %26 = getelementptr inbounds i8, ptr %c, i64 56
  %27 = getelementptr inbounds i8, ptr %out.i, i64 8
  %28 = getelementptr inbounds i8, ptr %c, i64 88
  %29 = getelementptr inbounds i8, ptr %out.i, i64 24
  %30 = getelementptr inbounds i8, ptr %out.i, i64 25
  %31 = getelementptr inbounds i8, ptr %out.i, i64 26
  %32 = getelementptr inbounds i8, ptr %out.i, i64 48
  %33 = getelementptr inbounds i8, ptr %out.i, i64 80
  %34 = getelementptr inbounds i8, ptr %c, i64 64
  %35 = getelementptr inbounds i8, ptr %out.i, i64 12
  %36 = getelementptr inbounds i8, ptr %c, i64 96
  %37 = getelementptr inbounds i8, ptr %out.i, i64 28
  %38 = getelementptr inbounds i8, ptr %out.i, i64 29
  %39 = getelementptr inbounds i8, ptr %out.i, i64 30
  %40 = getelementptr inbounds i8, ptr %out.i, i64 56
  %41 = getelementptr inbounds i8, ptr %out.i, i64 88
  %42 = getelementptr inbounds i8, ptr %c, i64 120
  br label %body

body:                                             ; preds = %body.lr.ph, %column_row.exit
  %bad.06 = phi i64 [ 0, %body.lr.ph ], [ %148, %column_row.exit ]
  %i.05 = phi i64 [ 0, %body.lr.ph ], [ %149, %column_row.exit ]
  call void @llvm.lifetime.start.p0(i64 112, ptr nonnull %out.i)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %in.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 32, i1 false)
  %known.i = load ptr, ptr %2, align 8
  %.not.i = icmp eq ptr %known.i, null
  %43 = getelementptr inbounds i64, ptr %known.i, i64 %i.05
  %44 = select i1 %.not.i, ptr @all_known, ptr %43
  %known1.i = load i64, ptr %44, align 8
  %breslow_mm.i = load ptr, ptr %c, align 8
  %45 = trunc i64 %known1.i to i1
  %46 = icmp ne ptr %breslow_mm.i, null
  %47 = and i1 %46, %45
  br i1 %47, label %breslow_mm2.i, label %endif.i

breslow_mm2.i:                                    ; preds = %body
  %48 = getelementptr inbounds double, ptr %breslow_mm.i, i64 %i.05
  %49 = load double, ptr %48, align 8
  store double %49, ptr %1, align 8
  br label %endif.i

endif.i:                                          ; preds = %breslow_mm2.i, %body
  %50 = phi i64 [ -1, %breslow_mm2.i ], [ -2, %body ]
  %temp_change.i = load ptr, ptr %3, align 8
  %51 = and i64 %known1.i, 2
  %52 = icmp ne i64 %51, 0
  %53 = icmp ne ptr %temp_change.i, null
  %54 = and i1 %52, %53
  br i1 %54, label %temp_change3.i, label %endif4.i

temp_change3.i:                                   ; preds = %endif.i
  %55 = getelementptr inbounds double, ptr %temp_change.i, i64 %i.05
  %56 = load double, ptr %55, align 8
  store double %56, ptr %4, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %temp_change3.i, %endif.i
  %57 = phi i64 [ -1, %temp_change3.i ], [ -3, %endif.i ]
  %mitoses.i = load ptr, ptr %5, align 8
  %58 = and i64 %known1.i, 4
  %59 = icmp ne i64 %58, 0
  %60 = icmp ne ptr %mitoses.i, null
  %61 = and i1 %59, %60
  br i1 %61, label %mitoses5.i, label %endif6.i

mitoses5.i:                                       ; preds = %endif4.i
  %62 = getelementptr inbounds double, ptr %mitoses.i, i64 %i.05
  %63 = load double, ptr %62, align 8
  store double %63, ptr %6, align 8
  br label %endif6.i

endif6.i:                                         ; preds = %mitoses5.i, %endif4.i
  %64 = phi i64 [ -1, %mitoses5.i ], [ -5, %endif4.i ]
  %ulceration.i = load ptr, ptr %7, align 8
  %65 = and i64 %known1.i, 8
  %66 = icmp ne i64 %65, 0
  %67 = icmp ne ptr %ulceration.i, null
  %68 = and i1 %66, %67
  br i1 %68, label %ulceration7.i, label %endif8.i

ulceration7.i:                                    ; preds = %endif6.i
  %69 = getelementptr inbounds i32, ptr %ulceration.i, i64 %i.05
  %70 = load i32, ptr %69, align 4
  store i32 %70, ptr %8, align 8
  br label %endif8.i

endif8.i:                                         ; preds = %ulceration7.i, %endif6.i
  %71 = phi i64 [ -1, %ulceration7.i ], [ -9, %endif6.i ]
  %72 = and i64 %known1.i, 15
  %73 = and i64 %72, %50
  %74 = and i64 %73, %57
  %75 = and i64 %74, %64
  %76 = and i64 %75, %71
  store i64 %76, ptr %in.i, align 8
  %rc.i = call fastcc i32 @eval_with(ptr nonnull %in.i, ptr nonnull %out.i, ptr null, ptr null)
  %asks.i = load ptr, ptr %9, align 8
  %possible.i = load ptr, ptr %10, align 8
  %t_category.i = load ptr, ptr %11, align 8
  %.not65.i = icmp eq ptr %t_category.i, null
  br i1 %.not65.i, label %endif9.i, label %value.i

value.i:                                          ; preds = %endif8.i
  %77 = load i32, ptr %out.i, align 8
  %78 = getelementptr inbounds i32, ptr %t_category.i, i64 %i.05
  store i32 %77, ptr %78, align 4
  br label %endif9.i

endif9.i:                                         ; preds = %value.i, %endif8.i
  %states.i = load ptr, ptr %12, align 8
  %.not66.i = icmp eq ptr %states.i, null
  br i1 %.not66.i, label %endif10.i, label %state.i

state.i:                                          ; preds = %endif9.i
  %state11.i = load i8, ptr %13, align 8
  %how.i = load i8, ptr %14, align 1
  %is_null.i = load i8, ptr %15, align 2
  %79 = and i8 %state11.i, 3
  %80 = shl i8 %how.i, 2
  %81 = and i8 %80, 12
  %82 = or disjoint i8 %81, %79
  %83 = shl i8 %is_null.i, 4
  %84 = and i8 %83, 16
  %85 = or disjoint i8 %82, %84
  %86 = getelementptr inbounds i8, ptr %states.i, i64 %i.05
  store i8 %85, ptr %86, align 1
  br label %endif10.i

endif10.i:                                        ; preds = %state.i, %endif9.i
  %how12.i = load i8, ptr %14, align 1
  %.not67.i = icmp eq i8 %how12.i, 0
  br i1 %.not67.i, label %endif13.i, label %walked.i

walked.i:                                         ; preds = %endif10.i
  %.not68.i = icmp eq ptr %asks.i, null
  br i1 %.not68.i, label %endif15.i, label %asks14.i

endif13.i:                                        ; preds = %possible16.i, %endif15.i, %endif10.i
  %fever_trend.i = load ptr, ptr %18, align 8
  %.not71.i = icmp eq ptr %fever_trend.i, null
  br i1 %.not71.i, label %endif19.i, label %value18.i

asks14.i:                                         ; preds = %walked.i
  %.idx.i = shl i64 %i.05, 5
  %87 = getelementptr inbounds i8, ptr %asks.i, i64 %.idx.i
  %88 = load i64, ptr %16, align 8
  store i64 %88, ptr %87, align 8
  br label %endif15.i

endif15.i:                                        ; preds = %asks14.i, %walked.i
  %.not69.i = icmp eq ptr %possible.i, null
  br i1 %.not69.i, label %endif13.i, label %possible16.i

possible16.i:                                     ; preds = %endif15.i
  %.idx70.i = shl i64 %i.05, 5
  %89 = getelementptr inbounds i8, ptr %possible.i, i64 %.idx70.i
  %90 = load i64, ptr %17, align 8
  store i64 %90, ptr %89, align 8
  br label %endif13.i

value18.i:                                        ; preds = %endif13.i
  %91 = load i32, ptr %19, align 4
  %92 = getelementptr inbounds i32, ptr %fever_trend.i, i64 %i.05
  store i32 %91, ptr %92, align 4
  br label %endif19.i

endif19.i:                                        ; preds = %value18.i, %endif13.i
  %states20.i = load ptr, ptr %20, align 8
  %.not72.i = icmp eq ptr %states20.i, null
  br i1 %.not72.i, label %endif22.i, label %state21.i

state21.i:                                        ; preds = %endif19.i
  %state23.i = load i8, ptr %21, align 4
  %how24.i = load i8, ptr %22, align 1
  %is_null25.i = load i8, ptr %23, align 2
  %93 = and i8 %state23.i, 3
  %94 = shl i8 %how24.i, 2
  %95 = and i8 %94, 12
  %96 = or disjoint i8 %95, %93
  %97 = shl i8 %is_null25.i, 4
  %98 = and i8 %97, 16
  %99 = or disjoint i8 %96, %98
  %100 = getelementptr inbounds i8, ptr %states20.i, i64 %i.05
  store i8 %99, ptr %100, align 1
  br label %endif22.i

endif22.i:                                        ; preds = %state21.i, %endif19.i
  %how26.i = load i8, ptr %22, align 1
  %.not73.i = icmp eq i8 %how26.i, 0
  br i1 %.not73.i, label %endif28.i, label %walked27.i

walked27.i:                                       ; preds = %endif22.i
  %.not74.i = icmp eq ptr %asks.i, null
  br i1 %.not74.i, label %endif30.i, label %asks29.i

endif28.i:                                        ; preds = %possible31.i, %endif30.i, %endif22.i
  %mitotic.i = load ptr, ptr %26, align 8
  %.not76.i = icmp eq ptr %mitotic.i, null
  br i1 %.not76.i, label %endif34.i, label %value33.i

asks29.i:                                         ; preds = %walked27.i
  %101 = shl i64 %i.05, 2
  %102 = or disjoint i64 %101, 1
  %103 = getelementptr inbounds i64, ptr %asks.i, i64 %102
  %104 = load i64, ptr %24, align 8
  store i64 %104, ptr %103, align 8
  br label %endif30.i

endif30.i:                                        ; preds = %asks29.i, %walked27.i
  %.not75.i = icmp eq ptr %possible.i, null
  br i1 %.not75.i, label %endif28.i, label %possible31.i

possible31.i:                                     ; preds = %endif30.i
  %105 = shl i64 %i.05, 2
  %106 = or disjoint i64 %105, 1
  %107 = getelementptr inbounds i64, ptr %possible.i, i64 %106
  %108 = load i64, ptr %25, align 8
  store i64 %108, ptr %107, align 8
  br label %endif28.i

value33.i:                                        ; preds = %endif28.i
  %109 = load i32, ptr %27, align 8
  %110 = getelementptr inbounds i32, ptr %mitotic.i, i64 %i.05
  store i32 %109, ptr %110, align 4
  br label %endif34.i

endif34.i:                                        ; preds = %value33.i, %endif28.i
  %states35.i = load ptr, ptr %28, align 8
  %.not77.i = icmp eq ptr %states35.i, null
  br i1 %.not77.i, label %endif37.i, label %state36.i

state36.i:                                        ; preds = %endif34.i
  %state38.i = load i8, ptr %29, align 8
  %how39.i = load i8, ptr %30, align 1
  %is_null40.i = load i8, ptr %31, align 2
  %111 = and i8 %state38.i, 3
  %112 = shl i8 %how39.i, 2
  %113 = and i8 %112, 12
  %114 = or disjoint i8 %113, %111
  %115 = shl i8 %is_null40.i, 4
  %116 = and i8 %115, 16
  %117 = or disjoint i8 %114, %116
  %118 = getelementptr inbounds i8, ptr %states35.i, i64 %i.05
  store i8 %117, ptr %118, align 1
  br label %endif37.i

endif37.i:                                        ; preds = %state36.i, %endif34.i
  %how41.i = load i8, ptr %30, align 1
  %.not78.i = icmp eq i8 %how41.i, 0
  br i1 %.not78.i, label %endif43.i, label %walked42.i

walked42.i:                                       ; preds = %endif37.i
  %.not79.i = icmp eq ptr %asks.i, null
  br i1 %.not79.i, label %endif45.i, label %asks44.i

endif43.i:                                        ; preds = %possible46.i, %endif45.i, %endif37.i
  %thick.i = load ptr, ptr %34, align 8
  %.not81.i = icmp eq ptr %thick.i, null
  br i1 %.not81.i, label %endif49.i, label %value48.i

asks44.i:                                         ; preds = %walked42.i
  %119 = shl i64 %i.05, 2
  %120 = or disjoint i64 %119, 2
  %121 = getelementptr inbounds i64, ptr %asks.i, i64 %120
  %122 = load i64, ptr %32, align 8
  store i64 %122, ptr %121, align 8
  br label %endif45.i

endif45.i:                                        ; preds = %asks44.i, %walked42.i
  %.not80.i = icmp eq ptr %possible.i, null
  br i1 %.not80.i, label %endif43.i, label %possible46.i

possible46.i:                                     ; preds = %endif45.i
  %123 = shl i64 %i.05, 2
  %124 = or disjoint i64 %123, 2
  %125 = getelementptr inbounds i64, ptr %possible.i, i64 %124
  %126 = load i64, ptr %33, align 8
  store i64 %126, ptr %125, align 8
  br label %endif43.i

value48.i:                                        ; preds = %endif43.i
  %127 = load i32, ptr %35, align 4
  %128 = getelementptr inbounds i32, ptr %thick.i, i64 %i.05
  store i32 %127, ptr %128, align 4
  br label %endif49.i

endif49.i:                                        ; preds = %value48.i, %endif43.i
  %states50.i = load ptr, ptr %36, align 8
  %.not82.i = icmp eq ptr %states50.i, null
  br i1 %.not82.i, label %endif52.i, label %state51.i

state51.i:                                        ; preds = %endif49.i
  %state53.i = load i8, ptr %37, align 4
  %how54.i = load i8, ptr %38, align 1
  %is_null55.i = load i8, ptr %39, align 2
  %129 = and i8 %state53.i, 3
  %130 = shl i8 %how54.i, 2
  %131 = and i8 %130, 12
  %132 = or disjoint i8 %131, %129
  %133 = shl i8 %is_null55.i, 4
  %134 = and i8 %133, 16
  %135 = or disjoint i8 %132, %134
  %136 = getelementptr inbounds i8, ptr %states50.i, i64 %i.05
  store i8 %135, ptr %136, align 1
  br label %endif52.i

endif52.i:                                        ; preds = %state51.i, %endif49.i
  %how56.i = load i8, ptr %38, align 1
  %.not83.i = icmp eq i8 %how56.i, 0
  br i1 %.not83.i, label %endif58.i, label %walked57.i

walked57.i:                                       ; preds = %endif52.i
  %.not84.i = icmp eq ptr %asks.i, null
  br i1 %.not84.i, label %endif60.i, label %asks59.i

endif58.i:                                        ; preds = %possible61.i, %endif60.i, %endif52.i
  %rcs.i = load ptr, ptr %42, align 8
  %.not86.i = icmp eq ptr %rcs.i, null
  br i1 %.not86.i, label %column_row.exit, label %rc63.i

asks59.i:                                         ; preds = %walked57.i
  %137 = shl i64 %i.05, 2
  %138 = or disjoint i64 %137, 3
  %139 = getelementptr inbounds i64, ptr %asks.i, i64 %138
  %140 = load i64, ptr %40, align 8
  store i64 %140, ptr %139, align 8
  br label %endif60.i

endif60.i:                                        ; preds = %asks59.i, %walked57.i
  %.not85.i = icmp eq ptr %possible.i, null
  br i1 %.not85.i, label %endif58.i, label %possible61.i

possible61.i:                                     ; preds = %endif60.i
  %141 = shl i64 %i.05, 2
  %142 = or disjoint i64 %141, 3
  %143 = getelementptr inbounds i64, ptr %possible.i, i64 %142
  %144 = load i64, ptr %41, align 8
  store i64 %144, ptr %143, align 8
  br label %endif58.i

rc63.i:                                           ; preds = %endif58.i
  %145 = getelementptr inbounds i32, ptr %rcs.i, i64 %i.05
  store i32 %rc.i, ptr %145, align 4
  br label %column_row.exit

column_row.exit:                                  ; preds = %endif58.i, %rc63.i
  call void @llvm.lifetime.end.p0(i64 112, ptr nonnull %out.i)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %in.i)
  %146 = icmp ne i32 %rc.i, 0
  %147 = zext i1 %146 to i64
  %148 = add i64 %bad.06, %147
  %149 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %149, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %column_row.exit, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %148, %column_row.exit ]
  ret i64 %bad.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #6

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { noinline }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!guide.clauses = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11}
!guide.ruleset = !{!12}

!0 = !{!"clause 0: table t row 1 (AJCC melanoma T), line 23"}
!1 = !{!"clause 1: table t row 2 (AJCC melanoma T), line 24"}
!2 = !{!"clause 2: table t row 3 (AJCC melanoma T), line 25"}
!3 = !{!"clause 3: table t row 4 (AJCC melanoma T), line 26"}
!4 = !{!"clause 4: table t row 5 (AJCC melanoma T), line 27"}
!5 = !{!"clause 5: rule falling (trend), line 30"}
!6 = !{!"clause 6: rule steady (trend), line 31"}
!7 = !{!"clause 7: rule rising (trend), line 32"}
!8 = !{!"clause 8: rule few (count), line 34"}
!9 = !{!"clause 9: rule many (count), line 35"}
!10 = !{!"clause 10: rule thick (depth), line 37"}
!11 = !{!"clause 11: rule thin (depth), line 38"}
!12 = !{!"guideline precision \22Measurement precision\22 version \221\22, SHA-256 5ae940a3068cca0544d565a3e9e4cfaa28bd65984c8195b452f8bc9eab98505c"}
