; ModuleID = 'constraints'
source_filename = "constraints.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_dd_level = type { i32, i32, i32, ptr, ptr, ptr, i32, ptr, ptr, ptr }
%guide_dd_leaf = type { i8, i8, [2 x i64] }
%guide_dd = type { i32, i32, ptr, i32, ptr, ptr, ptr, i32, i32, ptr, ptr, i32 }
%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32, ptr, ptr, double }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i32, ptr, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_constraint_info = type { ptr, ptr, i32, %guide_dd, i32, ptr }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr, ptr, i32, ptr, ptr }
%guide_output = type { i8, i8, i8, i8 }
%eval_state = type { [7 x [2 x i64]], [7 x i8], ptr, [7 x i8], [7 x i8], [3 x i8], ptr, [1 x i32], [95 x i32], i8, ptr }
%guide_event = type { i8, i8, i32 }
%constraints_output = type { i32, i32, [2 x %guide_output], [2 x [1 x i64]], [2 x i64] }
%constraints_input = type { [1 x i64], i32, i32, double, i32, i32 }

@dd.inputs.resection = private constant [1 x i64] [i64 1]
@dd.inputs.margin_positive = private constant [1 x i64] [i64 2]
@dd.cuts.size_cm = private constant [1 x double] [double 5.000000e+00]
@dd.pos_cell.size_cm = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.size_cm = private constant [1 x i64] [i64 4]
@dd.inputs.fit_for_surgery = private constant [1 x i64] [i64 16]
@dd.inputs.frail = private constant [1 x i64] [i64 8]
@dd.levels.plan = private constant [5 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.resection, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.margin_positive, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 2, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.fit_for_surgery, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.frail, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.plan = private constant [11 x i32] [i32 4, i32 3, i32 4, i32 2, i32 1, i32 4, i32 3, i32 2, i32 3, i32 2, i32 0]
@dd.node_kids.plan = private constant [11 x i32] [i32 0, i32 2, i32 4, i32 6, i32 9, i32 11, i32 13, i32 15, i32 18, i32 20, i32 23]
@dd.kids.plan = private constant [27 x i32] [i32 -1, i32 -4, i32 -1, i32 0, i32 -3, i32 -4, i32 1, i32 1, i32 2, i32 3, i32 -4, i32 -2, i32 -4, i32 -2, i32 5, i32 6, i32 6, i32 5, i32 -3, i32 2, i32 8, i32 8, i32 2, i32 4, i32 7, i32 9, i32 9]
@dd.leaves.plan = private constant [4 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 2, i64 0] }, %guide_dd_leaf { i8 2, i8 0, [2 x i64] zeroinitializer }]
@dd.cone.plan = private constant [1 x i64] [i64 7]
@dd.levels.surgery_offered = private constant [5 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.resection, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.margin_positive, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 2, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.fit_for_surgery, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.frail, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.surgery_offered = private constant [7 x i32] [i32 4, i32 3, i32 4, i32 3, i32 2, i32 1, i32 0]
@dd.node_kids.surgery_offered = private constant [7 x i32] [i32 0, i32 2, i32 4, i32 6, i32 8, i32 11, i32 13]
@dd.kids.surgery_offered = private constant [17 x i32] [i32 -2, i32 -3, i32 -1, i32 0, i32 -1, i32 -3, i32 2, i32 0, i32 1, i32 1, i32 3, i32 4, i32 -3, i32 5, i32 4, i32 4, i32 4]
@dd.leaves.surgery_offered = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 2, i8 0, [2 x i64] zeroinitializer }]
@dd.cone.surgery_offered = private constant [1 x i64] [i64 16]
@dds = private constant [2 x %guide_dd] [%guide_dd { i32 5, i32 5, ptr @dd.levels.plan, i32 11, ptr @dd.node_level.plan, ptr @dd.node_kids.plan, ptr @dd.kids.plan, i32 10, i32 4, ptr @dd.leaves.plan, ptr @dd.cone.plan, i32 4 }, %guide_dd { i32 6, i32 5, ptr @dd.levels.surgery_offered, i32 7, ptr @dd.node_level.surgery_offered, ptr @dd.node_kids.surgery_offered, ptr @dd.kids.surgery_offered, i32 6, i32 3, ptr @dd.leaves.surgery_offered, ptr @dd.cone.surgery_offered, i32 3 }]
@.str = private unnamed_addr constant [3 x i8] c"R0\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"R1\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"R2\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"none\00", align 1
@labels.resection = private constant [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3]
@.str.4 = private unnamed_addr constant [10 x i8] c"resection\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"margin_positive\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"size_cm\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"cm\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"frail\00", align 1
@.str.9 = private unnamed_addr constant [16 x i8] c"fit_for_surgery\00", align 1
@.str.10 = private unnamed_addr constant [8 x i8] c"observe\00", align 1
@.str.11 = private unnamed_addr constant [9 x i8] c"reexcise\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"treat\00", align 1
@labels.plan = private constant [3 x ptr] [ptr @.str.10, ptr @.str.11, ptr @.str.12]
@.str.13 = private unnamed_addr constant [5 x i8] c"plan\00", align 1
@.str.14 = private unnamed_addr constant [16 x i8] c"surgery_offered\00", align 1
@vars = private constant [7 x %guide_var_info] [%guide_var_info { ptr @.str.4, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 4, ptr @labels.resection, i32 5, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.5, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 6, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.6, i32 0, i32 2, ptr @.str.7, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 7, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.8, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 8, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.9, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 9, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.13, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.plan, i32 10, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.14, i32 2, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 11, ptr null, ptr null, double 0.000000e+00 }]
@reads.0 = private constant [3 x i32] [i32 0, i32 1, i32 2]
@.str.17 = private unnamed_addr constant [56 x i8] c"resection: R0, margin_positive: false, size_cm: <= 5 cm\00", align 1
@reads.1 = private constant [3 x i32] [i32 0, i32 1, i32 2]
@.str.20 = private unnamed_addr constant [55 x i8] c"resection: R0, margin_positive: false, size_cm: > 5 cm\00", align 1
@reads.2 = private constant [1 x i32] zeroinitializer
@.str.23 = private unnamed_addr constant [46 x i8] c"resection: R1, margin_positive: -, size_cm: -\00", align 1
@reads.3 = private constant [1 x i32] zeroinitializer
@.str.26 = private unnamed_addr constant [46 x i8] c"resection: R2, margin_positive: -, size_cm: -\00", align 1
@reads.4 = private constant [1 x i32] zeroinitializer
@.str.29 = private unnamed_addr constant [48 x i8] c"resection: none, margin_positive: -, size_cm: -\00", align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"offer\00", align 1
@reads.5 = private constant [1 x i32] [i32 4]
@.str.32 = private unnamed_addr constant [9 x i8] c"no_offer\00", align 1
@.str.33 = private unnamed_addr constant [4 x i8] c"\C2\A72\00", align 1
@reads.6 = private constant [1 x i32] [i32 4]
@clauses = private constant [7 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.34, i32 0, i32 1, ptr null, ptr @.str.35, i32 16, i32 3, ptr @reads.0, i32 0, ptr null, ptr @.str.17 }, %guide_clause_info { i32 1, ptr @.str.34, i32 0, i32 2, ptr null, ptr @.str.35, i32 17, i32 3, ptr @reads.1, i32 0, ptr null, ptr @.str.20 }, %guide_clause_info { i32 1, ptr @.str.34, i32 0, i32 3, ptr null, ptr @.str.35, i32 18, i32 1, ptr @reads.2, i32 0, ptr null, ptr @.str.23 }, %guide_clause_info { i32 1, ptr @.str.34, i32 0, i32 4, ptr null, ptr @.str.35, i32 19, i32 1, ptr @reads.3, i32 0, ptr null, ptr @.str.26 }, %guide_clause_info { i32 1, ptr @.str.34, i32 0, i32 5, ptr null, ptr @.str.35, i32 20, i32 1, ptr @reads.4, i32 0, ptr null, ptr @.str.29 }, %guide_clause_info { i32 0, ptr @.str.30, i32 -1, i32 0, ptr null, ptr @.str.33, i32 23, i32 1, ptr @reads.5, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.32, i32 -1, i32 0, ptr null, ptr @.str.33, i32 25, i32 1, ptr @reads.6, i32 0, ptr null, ptr null }]
@.str.34 = private unnamed_addr constant [6 x i8] c"plans\00", align 1
@.str.35 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@tables = private constant [1 x %guide_table_info] [%guide_table_info { ptr @.str.34, ptr @.str.35, i32 14, i32 0, i32 0, i32 5 }]
@.str.36 = private unnamed_addr constant [9 x i8] c"r0_clean\00", align 1
@.str.37 = private unnamed_addr constant [22 x i8] c"\C2\A73 R0: marges saines\00", align 1
@dd.levels.constraint.r0_clean = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.resection, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.margin_positive, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.constraint.r0_clean = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.constraint.r0_clean = private constant [2 x i32] [i32 0, i32 2]
@dd.kids.constraint.r0_clean = private constant [6 x i32] [i32 -2, i32 -1, i32 0, i32 -2, i32 -2, i32 -2]
@dd.leaves.constraint.r0_clean = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraint.r0_clean = private constant [1 x i64] [i64 3]
@.str.38 = private unnamed_addr constant [23 x i8] c"R0 a des marges saines\00", align 1
@.str.39 = private unnamed_addr constant [14 x i8] c"frail_not_fit\00", align 1
@dd.levels.constraint.frail_not_fit = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.fit_for_surgery, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.frail, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.constraint.frail_not_fit = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.constraint.frail_not_fit = private constant [2 x i32] [i32 0, i32 2]
@dd.kids.constraint.frail_not_fit = private constant [4 x i32] [i32 -2, i32 -1, i32 -2, i32 0]
@dd.leaves.constraint.frail_not_fit = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraint.frail_not_fit = private constant [1 x i64] [i64 24]
@.str.41 = private unnamed_addr constant [14 x i8] c"big_needs_fit\00", align 1
@.str.42 = private unnamed_addr constant [4 x i8] c"\C2\A74\00", align 1
@dd.levels.constraint.big_needs_fit = private constant [3 x %guide_dd_level] [%guide_dd_level { i32 2, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.fit_for_surgery, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.frail, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.constraint.big_needs_fit = private constant [3 x i32] [i32 2, i32 1, i32 0]
@dd.node_kids.constraint.big_needs_fit = private constant [3 x i32] [i32 0, i32 2, i32 4]
@dd.kids.constraint.big_needs_fit = private constant [7 x i32] [i32 -2, i32 -1, i32 0, i32 -2, i32 -2, i32 -2, i32 1]
@dd.leaves.constraint.big_needs_fit = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraint.big_needs_fit = private constant [1 x i64] [i64 28]
@constraints = private constant [3 x %guide_constraint_info] [%guide_constraint_info { ptr @.str.36, ptr @.str.37, i32 27, %guide_dd { i32 -1, i32 2, ptr @dd.levels.constraint.r0_clean, i32 2, ptr @dd.node_level.constraint.r0_clean, ptr @dd.node_kids.constraint.r0_clean, ptr @dd.kids.constraint.r0_clean, i32 1, i32 2, ptr @dd.leaves.constraint.r0_clean, ptr @dd.cone.constraint.r0_clean, i32 0 }, i32 1, ptr @.str.38 }, %guide_constraint_info { ptr @.str.39, ptr @.str.42, i32 33, %guide_dd { i32 -1, i32 2, ptr @dd.levels.constraint.frail_not_fit, i32 2, ptr @dd.node_level.constraint.frail_not_fit, ptr @dd.node_kids.constraint.frail_not_fit, ptr @dd.kids.constraint.frail_not_fit, i32 1, i32 2, ptr @dd.leaves.constraint.frail_not_fit, ptr @dd.cone.constraint.frail_not_fit, i32 0 }, i32 0, ptr null }, %guide_constraint_info { ptr @.str.41, ptr @.str.42, i32 35, %guide_dd { i32 -1, i32 3, ptr @dd.levels.constraint.big_needs_fit, i32 3, ptr @dd.node_level.constraint.big_needs_fit, ptr @dd.node_kids.constraint.big_needs_fit, ptr @dd.kids.constraint.big_needs_fit, i32 2, i32 2, ptr @dd.leaves.constraint.big_needs_fit, ptr @dd.cone.constraint.big_needs_fit, i32 0 }, i32 0, ptr null }]
@dd.levels.constraints = private constant [5 x %guide_dd_level] [%guide_dd_level { i32 0, i32 4, i32 0, ptr null, ptr null, ptr @dd.inputs.resection, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.margin_positive, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 2, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.fit_for_surgery, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 3, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.frail, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.constraints = private constant [5 x i32] [i32 4, i32 3, i32 2, i32 1, i32 0]
@dd.node_kids.constraints = private constant [5 x i32] [i32 0, i32 2, i32 4, i32 7, i32 9]
@dd.kids.constraints = private constant [13 x i32] [i32 -2, i32 -1, i32 -2, i32 0, i32 1, i32 1, i32 0, i32 2, i32 -1, i32 3, i32 2, i32 2, i32 2]
@dd.leaves.constraints = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraints = private constant [1 x i64] [i64 31]
@consistent = private constant %guide_dd { i32 -1, i32 5, ptr @dd.levels.constraints, i32 5, ptr @dd.node_level.constraints, ptr @dd.node_kids.constraints, ptr @dd.kids.constraints, i32 4, i32 2, ptr @dd.leaves.constraints, ptr @dd.cone.constraints, i32 0 }
@.str.43 = private unnamed_addr constant [12 x i8] c"constraints\00", align 1
@.str.44 = private unnamed_addr constant [12 x i8] c"Constraints\00", align 1
@.str.45 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.46 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.47 = private unnamed_addr constant [65 x i8] c"1df820e9a7de438d5be4d033e8d54918b72a35b7248428c93a16197d0b810ebd\00", align 1
@.str.48 = private unnamed_addr constant [18 x i8] c"constraints.guide\00", align 1
@constraints_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.43, ptr @.str.44, ptr @.str.45, ptr @.str.46, ptr @.str.47, ptr @.str.48, i32 7, i32 5, i32 0, i32 2, ptr @vars, i32 7, ptr @clauses, i32 1, ptr @tables, i32 0, ptr null, ptr @dds, i32 3, ptr @constraints, ptr @consistent }
@rows.plans = private unnamed_addr constant [16 x i16] [i16 0, i16 1, i16 -1, i16 1, i16 1, i16 -1, i16 -1, i16 2, i16 1, i16 -1, i16 3, i16 1, i16 -1, i16 4, i16 1, i16 -1]
@combos.plans = private unnamed_addr constant [24 x i32] [i32 0, i32 0, i32 3, i32 6, i32 6, i32 6, i32 7, i32 7, i32 7, i32 7, i32 7, i32 7, i32 10, i32 10, i32 10, i32 10, i32 10, i32 10, i32 13, i32 13, i32 13, i32 13, i32 13, i32 13]
@answers.plans.plan = private unnamed_addr constant [24 x i32] [i32 2, i32 2, i32 3, i32 0, i32 0, i32 0, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 5, i32 5, i32 5, i32 5, i32 5, i32 5, i32 6, i32 6, i32 6, i32 6, i32 6, i32 6]
@values.plan = private unnamed_addr constant [5 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 2, i64 0], [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0], [2 x i64] [i64 2, i64 0]]
@values.surgery_offered = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] zeroinitializer]
@all_known = private unnamed_addr constant i64 -1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #0

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, i32 %o, ptr %asks, ptr %possible) unnamed_addr #1 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 164
  %1 = getelementptr inbounds i8, ptr %s, i64 544
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(380) %0, i8 0, i64 380, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = sext i32 %o to i64
  %4 = getelementptr inbounds [2 x %guide_dd], ptr @dds, i64 0, i64 %3
  %5 = getelementptr inbounds i8, ptr %s, i64 112
  %6 = getelementptr inbounds i8, ptr %s, i64 552
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
  %14 = getelementptr inbounds i8, ptr %s, i64 120
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
  %32 = getelementptr inbounds i8, ptr %s, i64 120
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
  %0 = getelementptr inbounds i8, ptr %s, i64 112
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(7) %0, i8 0, i64 7, i1 false)
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %resection, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit87, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit87 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %fit_for_surgery, %frail, %margin_positive, %size_cm, %resection
  %bad = phi i32 [ 1, %resection ], [ 2, %margin_positive ], [ 3, %size_cm ], [ 4, %frail ], [ 5, %fit_for_surgery ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %out, i8 0, i64 48, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 8
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 12
  store i8 2, ptr %3, align 1
  br label %common.ret

resection:                                        ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %in, i64 8
  %resection1 = load i32, ptr %4, align 4
  %5 = icmp ult i32 %resection1, 4
  br i1 %5, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %resection.i59.i = phi i32 [ %resection1, %good ], [ 0, %unknown ]
  %6 = and i64 %known, 2
  %.not = icmp ne i64 %6, 0
  br i1 %.not, label %margin_positive, label %unknown3

good:                                             ; preds = %resection
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  store i32 %resection1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  br label %next

margin_positive:                                  ; preds = %next
  %7 = getelementptr inbounds i8, ptr %in, i64 12
  %margin_positive5 = load i32, ptr %7, align 4
  %switch = icmp ult i32 %margin_positive5, 2
  br i1 %switch, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %8 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %8, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good6, %unknown3
  %margin_positive.i62.i = phi i32 [ %margin_positive5, %good6 ], [ 0, %unknown3 ]
  %9 = and i64 %known, 4
  %.not43 = icmp ne i64 %9, 0
  br i1 %.not43, label %size_cm, label %unknown8

good6:                                            ; preds = %margin_positive
  %10 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %10, i8 0, i64 16, i1 false)
  store i32 %margin_positive5, ptr %10, align 8
  %11 = getelementptr inbounds i8, ptr %s, i64 113
  store i8 1, ptr %11, align 1
  br label %next4

size_cm:                                          ; preds = %next4
  %12 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm10 = load double, ptr %12, align 8
  %13 = fcmp oge double %size_cm10, 0.000000e+00
  %14 = fcmp ole double %size_cm10, 1.000000e+02
  %15 = and i1 %13, %14
  br i1 %15, label %good11, label %bad_input

unknown8:                                         ; preds = %next4
  %16 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %16, i8 0, i64 16, i1 false)
  br label %next9

next9:                                            ; preds = %good11, %unknown8
  %size_cm.i64.i = phi double [ %size_cm10, %good11 ], [ 0.000000e+00, %unknown8 ]
  %17 = and i64 %known, 8
  %.not44 = icmp eq i64 %17, 0
  br i1 %.not44, label %unknown13, label %frail

good11:                                           ; preds = %size_cm
  %18 = getelementptr inbounds i8, ptr %s, i64 32
  %19 = getelementptr inbounds i8, ptr %s, i64 40
  store i64 0, ptr %19, align 8
  store double %size_cm10, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %s, i64 114
  store i8 1, ptr %20, align 2
  br label %next9

frail:                                            ; preds = %next9
  %21 = getelementptr inbounds i8, ptr %in, i64 24
  %frail15 = load i32, ptr %21, align 4
  %switch46 = icmp ult i32 %frail15, 2
  br i1 %switch46, label %good16, label %bad_input

unknown13:                                        ; preds = %next9
  %22 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %22, i8 0, i64 16, i1 false)
  br label %next14

next14:                                           ; preds = %good16, %unknown13
  %23 = and i64 %known, 16
  %.not45 = icmp eq i64 %23, 0
  br i1 %.not45, label %unknown18, label %fit_for_surgery

good16:                                           ; preds = %frail
  %24 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %24, i8 0, i64 16, i1 false)
  store i32 %frail15, ptr %24, align 8
  %25 = getelementptr inbounds i8, ptr %s, i64 115
  store i8 1, ptr %25, align 1
  br label %next14

fit_for_surgery:                                  ; preds = %next14
  %26 = getelementptr inbounds i8, ptr %in, i64 28
  %fit_for_surgery20 = load i32, ptr %26, align 4
  %switch47 = icmp ult i32 %fit_for_surgery20, 2
  br i1 %switch47, label %good21, label %bad_input

unknown18:                                        ; preds = %next14
  %27 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %27, i8 0, i64 16, i1 false)
  br label %next19

next19:                                           ; preds = %good21, %unknown18
  %28 = getelementptr inbounds i8, ptr %s, i64 142
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(3) %28, i8 0, i64 3, i1 false)
  %29 = getelementptr inbounds i8, ptr %s, i64 160
  %30 = getelementptr inbounds i8, ptr %s, i64 544
  store i8 0, ptr %30, align 8
  %31 = getelementptr inbounds i8, ptr %s, i64 552
  store ptr %memo, ptr %31, align 8
  %32 = getelementptr inbounds i8, ptr %out, i64 8
  %33 = getelementptr inbounds i8, ptr %s, i64 120
  store ptr %32, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %s, i64 152
  store ptr %trace, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %out, i64 16
  %36 = getelementptr inbounds i8, ptr %out, i64 32
  %37 = icmp eq ptr %trace, null
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %35, i8 0, i64 32, i1 false)
  br i1 %37, label %endif.i.i, label %eval.i.thread

eval.i.thread:                                    ; preds = %next19
  store i8 1, ptr %28, align 2
  %38 = and i64 %known, 6
  %39 = icmp eq i64 %38, 6
  %.not106 = and i1 %39, %1
  br i1 %.not106, label %endif3.i.i.i, label %common.ret.sink.split.i.i.i

endif.i.i:                                        ; preds = %next19
  %40 = and i64 %known, 6
  %41 = icmp eq i64 %40, 6
  %.not104 = and i1 %41, %1
  br i1 %.not104, label %cells.plans.exit.i, label %cells.plans.exit.i.i.thread

cells.plans.exit.i.i.thread:                      ; preds = %endif.i.i
  store i32 -2, ptr %29, align 8
  store i8 1, ptr %28, align 2
  br label %endif.i58.i

cells.plans.exit.i:                               ; preds = %endif.i.i
  %42 = shl nuw nsw i32 %resection.i59.i, 1
  %43 = or disjoint i32 %42, %margin_positive.i62.i
  %44 = fcmp ogt double %size_cm.i64.i, 5.000000e+00
  %45 = zext i1 %44 to i32
  %46 = fcmp oge double %size_cm.i64.i, 5.000000e+00
  %47 = zext i1 %46 to i32
  %48 = mul nuw nsw i32 %43, 3
  %49 = add nuw nsw i32 %48, %47
  %50 = add nuw nsw i32 %49, %45
  store i32 %50, ptr %29, align 8
  %51 = zext nneg i32 %50 to i64
  %52 = add nsw i64 %51, -3
  %53 = icmp ult i64 %52, 3
  br i1 %53, label %no_value.i, label %endif2.i

no_value.i:                                       ; preds = %cells.plans.exit.i
  %54 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %32, align 1
  %55 = getelementptr inbounds i8, ptr %s, i64 117
  store i8 0, ptr %55, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %54, i8 0, i64 16, i1 false)
  br label %guide_trace_add.exit

endif2.i:                                         ; preds = %cells.plans.exit.i
  %56 = getelementptr inbounds [24 x i32], ptr @answers.plans.plan, i64 0, i64 %51
  %code.i = load i32, ptr %56, align 4
  %57 = add nsw i32 %code.i, -2
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [5 x [2 x i64]], ptr @values.plan, i64 0, i64 %58
  %value.unpack.i = load i64, ptr %59, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %32, align 1
  %60 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value.unpack.i, ptr %60, align 8
  %.repack55.i = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack55.i, align 8
  %61 = getelementptr inbounds i8, ptr %s, i64 117
  store i8 1, ptr %61, align 1
  br label %guide_trace_add.exit

common.ret.sink.split.i.i.i:                      ; preds = %endif3.i.i.i, %eval.i.thread
  %.sink.i.i.i = phi i32 [ %71, %endif3.i.i.i ], [ -2, %eval.i.thread ]
  store i32 %.sink.i.i.i, ptr %29, align 8
  %62 = icmp sgt i32 %.sink.i.i.i, -1
  br i1 %62, label %lookup.i.i, label %endif.i58.i

endif3.i.i.i:                                     ; preds = %eval.i.thread
  %63 = shl nuw nsw i32 %resection.i59.i, 1
  %64 = or disjoint i32 %63, %margin_positive.i62.i
  %65 = fcmp ogt double %size_cm.i64.i, 5.000000e+00
  %66 = zext i1 %65 to i32
  %67 = fcmp oge double %size_cm.i64.i, 5.000000e+00
  %68 = zext i1 %67 to i32
  %69 = mul nuw nsw i32 %64, 3
  %70 = add nuw nsw i32 %69, %68
  %71 = add nuw nsw i32 %70, %66
  br label %common.ret.sink.split.i.i.i

lookup.i.i:                                       ; preds = %common.ret.sink.split.i.i.i
  %72 = getelementptr inbounds i8, ptr %s, i64 128
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %72, i8 0, i64 5, i1 false)
  %73 = getelementptr inbounds i8, ptr %s, i64 135
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(5) %73, i8 0, i64 5, i1 false)
  %74 = zext nneg i32 %.sink.i.i.i to i64
  %75 = getelementptr inbounds [24 x i32], ptr @combos.plans, i64 0, i64 %74
  %off.i.i = load i32, ptr %75, align 4
  %76 = sext i32 %off.i.i to i64
  %77 = lshr i64 37476, %76
  %78 = and i64 %77, 1
  %.not2830.i.i = icmp eq i64 %78, 0
  br i1 %.not2830.i.i, label %hit.i.i, label %endif4.i

endif.i58.i:                                      ; preds = %cells.plans.exit.i.i.thread, %common.ret.sink.split.i.i.i
  %79 = zext nneg i32 %resection.i59.i to i64
  %80 = lshr i64 1, %79
  %81 = trunc nuw nsw i64 %80 to i32
  %82 = select i1 %1, i32 %81, i32 2
  %83 = icmp eq i32 %82, 0
  %84 = icmp eq i32 %82, 1
  %85 = icmp eq i32 %margin_positive.i62.i, 0
  %86 = xor i1 %85, true
  %87 = and i1 %.not, %86
  %88 = or i1 %87, %83
  %89 = and i1 %85, %84
  %90 = and i1 %89, %.not
  %91 = fcmp ole double %size_cm.i64.i, 5.000000e+00
  %92 = xor i1 %91, true
  %93 = and i1 %.not43, %92
  %94 = or i1 %88, %93
  %not..i.i = xor i1 %88, true
  %95 = select i1 %not..i.i, i1 %90, i1 false
  %96 = and i1 %.not43, %91
  %97 = and i1 %96, %95
  %not.17.i.i = xor i1 %94, true
  %98 = select i1 %not.17.i.i, i1 %97, i1 false
  %99 = select i1 %98, i8 1, i8 2
  %100 = select i1 %94, i8 0, i8 %99
  %101 = getelementptr inbounds i8, ptr %s, i64 128
  store i8 %100, ptr %101, align 8
  %102 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 %100, ptr %102, align 1
  %103 = fcmp ogt double %size_cm.i64.i, 5.000000e+00
  %104 = xor i1 %103, true
  %105 = and i1 %.not43, %104
  %106 = or i1 %88, %105
  %107 = and i1 %.not43, %103
  %108 = and i1 %107, %95
  %not.23.i.i = xor i1 %106, true
  %109 = select i1 %not.23.i.i, i1 %108, i1 false
  %110 = select i1 %109, i8 1, i8 2
  %111 = select i1 %106, i8 0, i8 %110
  %112 = getelementptr inbounds i8, ptr %s, i64 129
  store i8 %111, ptr %112, align 1
  %113 = getelementptr inbounds i8, ptr %s, i64 136
  store i8 %111, ptr %113, align 8
  %114 = lshr i64 2, %79
  %115 = trunc nuw nsw i64 %114 to i32
  %116 = and i32 %115, 1
  %117 = select i1 %1, i32 %116, i32 2
  %118 = icmp eq i32 %117, 0
  %119 = icmp eq i32 %117, 1
  %120 = select i1 %119, i8 1, i8 2
  %121 = select i1 %118, i8 0, i8 %120
  %122 = getelementptr inbounds i8, ptr %s, i64 130
  store i8 %121, ptr %122, align 2
  %123 = getelementptr inbounds i8, ptr %s, i64 137
  store i8 %121, ptr %123, align 1
  %124 = lshr i64 4, %79
  %125 = trunc nuw nsw i64 %124 to i32
  %126 = and i32 %125, 1
  %127 = select i1 %1, i32 %126, i32 2
  %128 = icmp eq i32 %127, 0
  %129 = icmp eq i32 %127, 1
  %130 = select i1 %129, i8 1, i8 2
  %131 = select i1 %128, i8 0, i8 %130
  %132 = getelementptr inbounds i8, ptr %s, i64 131
  store i8 %131, ptr %132, align 1
  %133 = getelementptr inbounds i8, ptr %s, i64 138
  store i8 %131, ptr %133, align 2
  %134 = lshr exact i64 8, %79
  %135 = trunc nuw nsw i64 %134 to i32
  %136 = and i32 %135, 1
  %137 = select i1 %1, i32 %136, i32 2
  %138 = icmp eq i32 %137, 0
  %139 = icmp eq i32 %137, 1
  %140 = select i1 %139, i8 1, i8 2
  %141 = select i1 %138, i8 0, i8 %140
  %142 = getelementptr inbounds i8, ptr %s, i64 132
  store i8 %141, ptr %142, align 4
  %143 = getelementptr inbounds i8, ptr %s, i64 139
  store i8 %141, ptr %143, align 1
  br label %endif4.i

hit.i.i:                                          ; preds = %lookup.i.i, %hit.i.i
  %144 = phi i64 [ %157, %hit.i.i ], [ %76, %lookup.i.i ]
  %pos.031.i.i = phi i32 [ %156, %hit.i.i ], [ %off.i.i, %lookup.i.i ]
  %145 = getelementptr inbounds [16 x i16], ptr @rows.plans, i64 0, i64 %144
  %row.i.i = load i16, ptr %145, align 2
  %146 = add i32 %pos.031.i.i, 1
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [16 x i16], ptr @rows.plans, i64 0, i64 %147
  %status.i.i = load i16, ptr %148, align 2
  %149 = trunc i16 %status.i.i to i8
  %150 = zext i16 %row.i.i to i64
  %151 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %150
  store i8 %149, ptr %151, align 1
  %152 = lshr i64 18714, %147
  %153 = trunc i64 %152 to i8
  %154 = and i8 %153, 1
  %155 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %150
  store i8 %154, ptr %155, align 1
  %156 = add i32 %pos.031.i.i, 2
  %157 = sext i32 %156 to i64
  %158 = lshr i64 37476, %157
  %159 = and i64 %158, 1
  %.not28.i.i = icmp eq i64 %159, 0
  br i1 %.not28.i.i, label %hit.i.i, label %endif4.loopexit.i

endif4.loopexit.i:                                ; preds = %hit.i.i
  %trace5.pre.i = load ptr, ptr %34, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %endif4.loopexit.i, %endif.i58.i, %lookup.i.i
  %trace5.i = phi ptr [ %trace5.pre.i, %endif4.loopexit.i ], [ %trace, %endif.i58.i ], [ %trace, %lookup.i.i ]
  %.not.i = icmp eq ptr %trace5.i, null
  br i1 %.not.i, label %endif7.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif4.i
  %160 = getelementptr inbounds i8, ptr %trace5.i, i64 8
  %161 = getelementptr inbounds i8, ptr %trace5.i, i64 16
  %162 = getelementptr inbounds i8, ptr %trace5.i, i64 24
  %len.i.i = load i64, ptr %160, align 8
  %cap.i.i = load i64, ptr %161, align 8
  %163 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %163, label %full.i.4.i, label %guide_trace_add.exit.i

endif7.i:                                         ; preds = %full.i.4.i, %add.i.4.i, %endif4.i
  %164 = getelementptr inbounds i8, ptr %s, i64 135
  %eff.i = load i8, ptr %164, align 1
  switch i8 %eff.i, label %next12.i [
    i8 1, label %holds.i
    i8 2, label %unknown14.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %165 = getelementptr inbounds i8, ptr %s, i64 128
  %st.i = load i8, ptr %165, align 8
  %ev.i.i = load ptr, ptr %trace5.i, align 8
  %166 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %166, align 1
  %167 = getelementptr inbounds i8, ptr %166, i64 1
  store i8 %st.i, ptr %167, align 1
  %168 = getelementptr inbounds i8, ptr %166, i64 4
  store i32 0, ptr %168, align 4
  %169 = add i64 %len.i.i, 1
  store i64 %169, ptr %160, align 8
  %cap.i.1.pre.i = load i64, ptr %161, align 8
  %170 = icmp eq i64 %169, %cap.i.1.pre.i
  br i1 %170, label %full.i.4.i, label %guide_trace_add.exit.1.i

guide_trace_add.exit.1.i:                         ; preds = %guide_trace_add.exit.i
  %171 = getelementptr inbounds i8, ptr %s, i64 129
  %st.1.i = load i8, ptr %171, align 1
  %ev.i.1.i = load ptr, ptr %trace5.i, align 8
  %172 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %169
  store i8 0, ptr %172, align 1
  %173 = getelementptr inbounds i8, ptr %172, i64 1
  store i8 %st.1.i, ptr %173, align 1
  %174 = getelementptr inbounds i8, ptr %172, i64 4
  store i32 1, ptr %174, align 4
  %175 = add i64 %len.i.i, 2
  store i64 %175, ptr %160, align 8
  %cap.i.2.pre.i = load i64, ptr %161, align 8
  %176 = icmp eq i64 %175, %cap.i.2.pre.i
  br i1 %176, label %full.i.4.i, label %guide_trace_add.exit.2.i

guide_trace_add.exit.2.i:                         ; preds = %guide_trace_add.exit.1.i
  %177 = getelementptr inbounds i8, ptr %s, i64 130
  %st.2.i = load i8, ptr %177, align 2
  %ev.i.2.i = load ptr, ptr %trace5.i, align 8
  %178 = getelementptr inbounds %guide_event, ptr %ev.i.2.i, i64 %175
  store i8 0, ptr %178, align 1
  %179 = getelementptr inbounds i8, ptr %178, i64 1
  store i8 %st.2.i, ptr %179, align 1
  %180 = getelementptr inbounds i8, ptr %178, i64 4
  store i32 2, ptr %180, align 4
  %181 = add i64 %len.i.i, 3
  store i64 %181, ptr %160, align 8
  %cap.i.3.pre.i = load i64, ptr %161, align 8
  %182 = icmp eq i64 %181, %cap.i.3.pre.i
  br i1 %182, label %full.i.4.i, label %guide_trace_add.exit.3.i

guide_trace_add.exit.3.i:                         ; preds = %guide_trace_add.exit.2.i
  %183 = getelementptr inbounds i8, ptr %s, i64 131
  %st.3.i = load i8, ptr %183, align 1
  %ev.i.3.i = load ptr, ptr %trace5.i, align 8
  %184 = getelementptr inbounds %guide_event, ptr %ev.i.3.i, i64 %181
  store i8 0, ptr %184, align 1
  %185 = getelementptr inbounds i8, ptr %184, i64 1
  store i8 %st.3.i, ptr %185, align 1
  %186 = getelementptr inbounds i8, ptr %184, i64 4
  store i32 3, ptr %186, align 4
  %187 = add i64 %len.i.i, 4
  store i64 %187, ptr %160, align 8
  %cap.i.4.pre.i = load i64, ptr %161, align 8
  %188 = icmp eq i64 %187, %cap.i.4.pre.i
  br i1 %188, label %full.i.4.i, label %add.i.4.i

add.i.4.i:                                        ; preds = %guide_trace_add.exit.3.i
  %189 = getelementptr inbounds i8, ptr %s, i64 132
  %st.4.i = load i8, ptr %189, align 4
  %ev.i.4.i = load ptr, ptr %trace5.i, align 8
  %190 = getelementptr inbounds %guide_event, ptr %ev.i.4.i, i64 %187
  store i8 0, ptr %190, align 1
  %191 = getelementptr inbounds i8, ptr %190, i64 1
  store i8 %st.4.i, ptr %191, align 1
  %192 = getelementptr inbounds i8, ptr %190, i64 4
  store i32 4, ptr %192, align 4
  %193 = add i64 %len.i.i, 5
  store i64 %193, ptr %160, align 8
  br label %endif7.i

full.i.4.i:                                       ; preds = %loop.preheader.i, %guide_trace_add.exit.i, %guide_trace_add.exit.3.i, %guide_trace_add.exit.2.i, %guide_trace_add.exit.1.i
  store i32 1, ptr %162, align 4
  br label %endif7.i

next12.i:                                         ; preds = %unknown14.i, %holds.i, %endif7.i
  %unknown.1.i = phi i1 [ false, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %194 = phi i1 [ true, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif7.i ], [ -1, %unknown14.i ], [ 0, %holds.i ]
  %195 = getelementptr inbounds i8, ptr %s, i64 136
  %eff.1.i = load i8, ptr %195, align 8
  switch i8 %eff.1.i, label %next12.1.i [
    i8 1, label %holds.1.i
    i8 2, label %unknown14.1.i
  ]

unknown14.1.i:                                    ; preds = %next12.i
  br label %next12.1.i

holds.1.i:                                        ; preds = %next12.i
  %not..i = xor i1 %194, true
  %spec.select113.i = select i1 %194, i32 1, i32 %cls.1.i
  br label %next12.1.i

next12.1.i:                                       ; preds = %holds.1.i, %unknown14.1.i, %next12.i
  %unknown.1.1.i = phi i1 [ %unknown.1.i, %next12.i ], [ true, %unknown14.1.i ], [ %unknown.1.i, %holds.1.i ]
  %clash.1.1.i = phi i1 [ false, %next12.i ], [ false, %unknown14.1.i ], [ %not..i, %holds.1.i ]
  %cls.1.1.i = phi i32 [ %cls.1.i, %next12.i ], [ %cls.1.i, %unknown14.1.i ], [ %spec.select113.i, %holds.1.i ]
  %196 = getelementptr inbounds i8, ptr %s, i64 137
  %eff.2.i = load i8, ptr %196, align 1
  switch i8 %eff.2.i, label %next12.2.i [
    i8 1, label %holds.2.i
    i8 2, label %unknown14.2.i
  ]

unknown14.2.i:                                    ; preds = %next12.1.i
  br label %next12.2.i

holds.2.i:                                        ; preds = %next12.1.i
  %197 = icmp sgt i32 %cls.1.1.i, -1
  %spec.select114.i = or i1 %clash.1.1.i, %197
  %spec.select115.i = select i1 %197, i32 %cls.1.1.i, i32 2
  br label %next12.2.i

next12.2.i:                                       ; preds = %holds.2.i, %unknown14.2.i, %next12.1.i
  %unknown.1.2.i = phi i1 [ %unknown.1.1.i, %next12.1.i ], [ true, %unknown14.2.i ], [ %unknown.1.1.i, %holds.2.i ]
  %clash.1.2.i = phi i1 [ %clash.1.1.i, %next12.1.i ], [ %clash.1.1.i, %unknown14.2.i ], [ %spec.select114.i, %holds.2.i ]
  %cls.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ %cls.1.1.i, %unknown14.2.i ], [ %spec.select115.i, %holds.2.i ]
  %198 = getelementptr inbounds i8, ptr %s, i64 138
  %eff.3.i = load i8, ptr %198, align 2
  switch i8 %eff.3.i, label %next12.3.i [
    i8 1, label %holds.3.i
    i8 2, label %unknown14.3.i
  ]

unknown14.3.i:                                    ; preds = %next12.2.i
  br label %next12.3.i

holds.3.i:                                        ; preds = %next12.2.i
  %199 = icmp slt i32 %cls.1.2.i, 0
  br i1 %199, label %next12.3.i, label %compare.3.i

compare.3.i:                                      ; preds = %holds.3.i
  %200 = icmp ne i32 %cls.1.2.i, 1
  %201 = or i1 %clash.1.2.i, %200
  br label %next12.3.i

next12.3.i:                                       ; preds = %compare.3.i, %holds.3.i, %unknown14.3.i, %next12.2.i
  %unknown.1.3.i = phi i1 [ %unknown.1.2.i, %next12.2.i ], [ true, %unknown14.3.i ], [ %unknown.1.2.i, %compare.3.i ], [ %unknown.1.2.i, %holds.3.i ]
  %clash.1.3.i = phi i1 [ %clash.1.2.i, %next12.2.i ], [ %clash.1.2.i, %unknown14.3.i ], [ %201, %compare.3.i ], [ %clash.1.2.i, %holds.3.i ]
  %cls.1.3.i = phi i32 [ %cls.1.2.i, %next12.2.i ], [ %cls.1.2.i, %unknown14.3.i ], [ %cls.1.2.i, %compare.3.i ], [ 1, %holds.3.i ]
  %first.1.3.i = phi i32 [ %cls.1.2.i, %next12.2.i ], [ %cls.1.2.i, %unknown14.3.i ], [ %cls.1.2.i, %compare.3.i ], [ 3, %holds.3.i ]
  %202 = getelementptr inbounds i8, ptr %s, i64 139
  %eff.4.i = load i8, ptr %202, align 1
  switch i8 %eff.4.i, label %next12.4.i [
    i8 1, label %holds.4.i
    i8 2, label %unknown14.4.i
  ]

unknown14.4.i:                                    ; preds = %next12.3.i
  br i1 %clash.1.3.i, label %conflict.i, label %endif15.thread.i

endif15.thread.i:                                 ; preds = %unknown14.4.i
  %none101.i = icmp slt i32 %first.1.3.i, 0
  br i1 %none101.i, label %walk, label %body22.preheader.i

holds.4.i:                                        ; preds = %next12.3.i
  %203 = icmp slt i32 %first.1.3.i, 0
  br i1 %203, label %next12.4.i, label %compare.4.i

compare.4.i:                                      ; preds = %holds.4.i
  %204 = icmp ne i32 %cls.1.3.i, 1
  %205 = or i1 %clash.1.3.i, %204
  br i1 %205, label %conflict.i, label %endif15.i

next12.4.i:                                       ; preds = %holds.4.i, %next12.3.i
  %cls.1.4.i = phi i32 [ %cls.1.3.i, %next12.3.i ], [ 1, %holds.4.i ]
  %first.1.4.i = phi i32 [ %first.1.3.i, %next12.3.i ], [ 4, %holds.4.i ]
  br i1 %clash.1.3.i, label %conflict.i, label %endif15.i

holds.i:                                          ; preds = %endif7.i
  br label %next12.i

unknown14.i:                                      ; preds = %endif7.i
  br label %next12.i

conflict.i:                                       ; preds = %next12.4.i, %compare.4.i, %unknown14.4.i
  %out16.i = load ptr, ptr %33, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16.i, align 1
  %206 = getelementptr inbounds i8, ptr %s, i64 80
  %207 = getelementptr inbounds i8, ptr %s, i64 117
  store i8 0, ptr %207, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %206, i8 0, i64 16, i1 false)
  br label %endif

endif15.i:                                        ; preds = %next12.4.i, %compare.4.i
  %first.1.497.i = phi i32 [ %first.1.4.i, %next12.4.i ], [ %first.1.3.i, %compare.4.i ]
  %cls.1.496.i = phi i32 [ %cls.1.4.i, %next12.4.i ], [ 1, %compare.4.i ]
  %none.i = icmp slt i32 %first.1.497.i, 0
  br i1 %unknown.1.3.i, label %some_unknown.i, label %endif18.i

some_unknown.i:                                   ; preds = %endif15.i
  br i1 %none.i, label %walk, label %body22.preheader.i

body22.preheader.i:                               ; preds = %some_unknown.i, %endif15.thread.i
  %first.1.497103109.i = phi i32 [ %first.1.3.i, %endif15.thread.i ], [ %first.1.497.i, %some_unknown.i ]
  %cls.1.496104108.i = phi i32 [ %cls.1.3.i, %endif15.thread.i ], [ %cls.1.496.i, %some_unknown.i ]
  %208 = icmp ne i32 %cls.1.496104108.i, 0
  %209 = icmp eq i8 %eff.i, 2
  %210 = and i1 %209, %208
  br i1 %210, label %walk, label %loop21.i

endif18.i:                                        ; preds = %endif15.i
  %out33.i.pre99 = load ptr, ptr %33, align 8
  br i1 %none.i, label %not_applicable.i, label %endif29.i

loop21.i:                                         ; preds = %body22.preheader.i
  %211 = icmp ne i32 %cls.1.496104108.i, 1
  %212 = icmp eq i8 %eff.1.i, 2
  %213 = and i1 %212, %211
  br i1 %213, label %walk, label %loop21.1.i

loop21.1.i:                                       ; preds = %loop21.i
  %214 = icmp ne i32 %cls.1.496104108.i, 2
  %215 = icmp eq i8 %eff.2.i, 2
  %216 = and i1 %215, %214
  %217 = icmp eq i8 %eff.3.i, 2
  %218 = icmp eq i8 %eff.4.i, 2
  %219 = or i1 %217, %218
  %220 = and i1 %219, %211
  %or.cond118.i = or i1 %216, %220
  br i1 %or.cond118.i, label %walk, label %loop21.1.i.endif29.i_crit_edge

loop21.1.i.endif29.i_crit_edge:                   ; preds = %loop21.1.i
  %out33.i.pre = load ptr, ptr %33, align 8
  br label %endif29.i

not_applicable.i:                                 ; preds = %endif18.i
  %221 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %out33.i.pre99, align 1
  %222 = getelementptr inbounds i8, ptr %s, i64 117
  store i8 0, ptr %222, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %221, i8 0, i64 16, i1 false)
  br label %endif

endif29.i:                                        ; preds = %loop21.1.i.endif29.i_crit_edge, %endif18.i
  %out33.i = phi ptr [ %out33.i.pre99, %endif18.i ], [ %out33.i.pre, %loop21.1.i.endif29.i_crit_edge ]
  %first.1.497102112.i = phi i32 [ %first.1.497.i, %endif18.i ], [ %first.1.497103109.i, %loop21.1.i.endif29.i_crit_edge ]
  %223 = zext nneg i32 %first.1.497102112.i to i64
  %224 = getelementptr inbounds [5 x [2 x i64]], ptr @values.plan, i64 0, i64 %223
  %value31.unpack.i = load i64, ptr %224, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33.i, align 1
  %225 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value31.unpack.i, ptr %225, align 8
  %.repack47.i = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack47.i, align 8
  %226 = getelementptr inbounds i8, ptr %s, i64 117
  store i8 1, ptr %226, align 1
  br label %endif

good21:                                           ; preds = %fit_for_surgery
  %227 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %227, i8 0, i64 16, i1 false)
  store i32 %fit_for_surgery20, ptr %227, align 8
  %228 = getelementptr inbounds i8, ptr %s, i64 116
  store i8 1, ptr %228, align 4
  br label %next19

walk:                                             ; preds = %loop21.1.i, %loop21.i, %body22.preheader.i, %some_unknown.i, %endif15.thread.i
  %out28.i = load ptr, ptr %33, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %229 = getelementptr inbounds i8, ptr %s, i64 80
  %230 = getelementptr inbounds i8, ptr %s, i64 117
  store i8 0, ptr %230, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %229, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, i32 0, ptr nonnull %35, ptr nonnull %36)
  br label %endif

endif:                                            ; preds = %endif29.i, %not_applicable.i, %conflict.i, %walk
  %231 = getelementptr inbounds i8, ptr %out, i64 9
  %how = load i8, ptr %231, align 1
  br i1 %37, label %guide_trace_add.exit, label %trace.i48

trace.i48:                                        ; preds = %endif
  %232 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %232, align 8
  %233 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %233, align 8
  %234 = icmp eq i64 %len.i, %cap.i
  br i1 %234, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i48
  %235 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %235, align 4
  br label %guide_trace_add.exit

add.i:                                            ; preds = %trace.i48
  %ev.i = load ptr, ptr %trace, align 8
  %236 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 1, ptr %236, align 1
  %237 = getelementptr inbounds i8, ptr %236, i64 1
  store i8 %how, ptr %237, align 1
  %238 = getelementptr inbounds i8, ptr %236, i64 4
  store i32 0, ptr %238, align 4
  %239 = add i64 %len.i, 1
  store i64 %239, ptr %232, align 8
  br label %guide_trace_add.exit

guide_trace_add.exit:                             ; preds = %no_value.i, %endif2.i, %endif, %full.i, %add.i
  %240 = getelementptr inbounds i8, ptr %s, i64 143
  %done.i49 = load i8, ptr %240, align 1
  %241 = icmp eq i8 %done.i49, 0
  br i1 %241, label %eval.i78, label %endif.i50

eval.i78:                                         ; preds = %guide_trace_add.exit
  store i8 1, ptr %240, align 1
  %242 = getelementptr inbounds i8, ptr %s, i64 64
  %fit_for_surgery.i.i = load i32, ptr %242, align 8
  %243 = icmp eq i32 %fit_for_surgery.i.i, 1
  %244 = getelementptr inbounds i8, ptr %s, i64 116
  %k.i.i79 = load i8, ptr %244, align 4
  %.not.i.i80 = icmp ne i8 %k.i.i79, 0
  %245 = xor i1 %243, true
  %246 = select i1 %.not.i.i80, i1 %245, i1 false
  %247 = select i1 %.not.i.i80, i1 %243, i1 false
  %248 = select i1 %247, i8 1, i8 2
  %249 = select i1 %246, i8 0, i8 %248
  %250 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 %249, ptr %250, align 1
  %251 = getelementptr inbounds i8, ptr %s, i64 140
  store i8 %249, ptr %251, align 4
  br label %endif.i50

endif.i50:                                        ; preds = %eval.i78, %guide_trace_add.exit
  %252 = getelementptr inbounds i8, ptr %s, i64 144
  %done1.i = load i8, ptr %252, align 8
  %253 = icmp eq i8 %done1.i, 0
  br i1 %253, label %eval2.i, label %endif3.i

eval2.i:                                          ; preds = %endif.i50
  store i8 1, ptr %252, align 8
  %254 = getelementptr inbounds i8, ptr %s, i64 64
  %fit_for_surgery.i47.i = load i32, ptr %254, align 8
  %255 = icmp ne i32 %fit_for_surgery.i47.i, 1
  %256 = getelementptr inbounds i8, ptr %s, i64 116
  %k.i48.i = load i8, ptr %256, align 4
  %.not.i49.i = icmp ne i8 %k.i48.i, 0
  %257 = xor i1 %255, true
  %258 = select i1 %.not.i49.i, i1 %257, i1 false
  %259 = select i1 %.not.i49.i, i1 %255, i1 false
  %260 = select i1 %259, i8 1, i8 2
  %261 = select i1 %258, i8 0, i8 %260
  %262 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 %261, ptr %262, align 2
  %263 = getelementptr inbounds i8, ptr %s, i64 141
  store i8 %261, ptr %263, align 1
  br label %endif3.i

endif3.i:                                         ; preds = %eval2.i, %endif.i50
  %trace.i51 = load ptr, ptr %34, align 8
  %.not.i52 = icmp eq ptr %trace.i51, null
  br i1 %.not.i52, label %endif5.i, label %loop.preheader.i53

loop.preheader.i53:                               ; preds = %endif3.i
  %264 = getelementptr inbounds i8, ptr %trace.i51, i64 8
  %265 = getelementptr inbounds i8, ptr %trace.i51, i64 16
  %266 = getelementptr inbounds i8, ptr %trace.i51, i64 24
  %len.i.i54 = load i64, ptr %264, align 8
  %cap.i.i55 = load i64, ptr %265, align 8
  %267 = icmp eq i64 %len.i.i54, %cap.i.i55
  br i1 %267, label %full.i.1.i, label %guide_trace_add.exit.i56

endif5.i:                                         ; preds = %full.i.1.i, %add.i.1.i, %endif3.i
  %268 = getelementptr inbounds i8, ptr %s, i64 140
  %eff.i62 = load i8, ptr %268, align 4
  switch i8 %eff.i62, label %next10.i [
    i8 1, label %holds.i77
    i8 2, label %unknown12.i
  ]

guide_trace_add.exit.i56:                         ; preds = %loop.preheader.i53
  %269 = getelementptr inbounds i8, ptr %s, i64 133
  %st.i57 = load i8, ptr %269, align 1
  %ev.i.i58 = load ptr, ptr %trace.i51, align 8
  %270 = getelementptr inbounds %guide_event, ptr %ev.i.i58, i64 %len.i.i54
  store i8 0, ptr %270, align 1
  %271 = getelementptr inbounds i8, ptr %270, i64 1
  store i8 %st.i57, ptr %271, align 1
  %272 = getelementptr inbounds i8, ptr %270, i64 4
  store i32 5, ptr %272, align 4
  %273 = add i64 %len.i.i54, 1
  store i64 %273, ptr %264, align 8
  %cap.i.1.pre.i59 = load i64, ptr %265, align 8
  %274 = icmp eq i64 %273, %cap.i.1.pre.i59
  br i1 %274, label %full.i.1.i, label %add.i.1.i

add.i.1.i:                                        ; preds = %guide_trace_add.exit.i56
  %275 = getelementptr inbounds i8, ptr %s, i64 134
  %st.1.i60 = load i8, ptr %275, align 2
  %ev.i.1.i61 = load ptr, ptr %trace.i51, align 8
  %276 = getelementptr inbounds %guide_event, ptr %ev.i.1.i61, i64 %273
  store i8 0, ptr %276, align 1
  %277 = getelementptr inbounds i8, ptr %276, i64 1
  store i8 %st.1.i60, ptr %277, align 1
  %278 = getelementptr inbounds i8, ptr %276, i64 4
  store i32 6, ptr %278, align 4
  %279 = add i64 %len.i.i54, 2
  store i64 %279, ptr %264, align 8
  br label %endif5.i

full.i.1.i:                                       ; preds = %guide_trace_add.exit.i56, %loop.preheader.i53
  store i32 1, ptr %266, align 4
  br label %endif5.i

next10.i:                                         ; preds = %unknown12.i, %holds.i77, %endif5.i
  %unknown.1.i63 = phi i1 [ false, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i77 ]
  %280 = phi i1 [ true, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i77 ]
  %cls.1.i64 = phi i32 [ -1, %endif5.i ], [ -1, %unknown12.i ], [ 0, %holds.i77 ]
  %281 = getelementptr inbounds i8, ptr %s, i64 141
  %eff.1.i65 = load i8, ptr %281, align 1
  switch i8 %eff.1.i65, label %endif13.i [
    i8 1, label %holds.1.i68
    i8 2, label %walk22
  ]

holds.1.i68:                                      ; preds = %next10.i
  br i1 %280, label %endif13.i, label %conflict.i69

holds.i77:                                        ; preds = %endif5.i
  br label %next10.i

unknown12.i:                                      ; preds = %endif5.i
  br label %next10.i

conflict.i69:                                     ; preds = %holds.1.i68
  %out.i70 = load ptr, ptr %33, align 8
  %282 = getelementptr inbounds i8, ptr %out.i70, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %282, align 1
  %283 = getelementptr inbounds i8, ptr %s, i64 96
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %283, i8 0, i64 16, i1 false)
  br label %endif23

endif13.i:                                        ; preds = %holds.1.i68, %next10.i
  %cls.1.1.ph.i = phi i32 [ 1, %holds.1.i68 ], [ %cls.1.i64, %next10.i ]
  %none.i71 = icmp slt i32 %cls.1.1.ph.i, 0
  br i1 %unknown.1.i63, label %some_unknown.i76, label %endif15.i72

some_unknown.i76:                                 ; preds = %endif13.i
  br i1 %none.i71, label %walk22, label %body19.preheader.i

body19.preheader.i:                               ; preds = %some_unknown.i76
  %284 = icmp ne i32 %cls.1.1.ph.i, 0
  %285 = icmp eq i8 %eff.i62, 2
  %286 = and i1 %285, %284
  br i1 %286, label %walk22, label %body19.preheader.i.endif26.i_crit_edge

body19.preheader.i.endif26.i_crit_edge:           ; preds = %body19.preheader.i
  %out28.i74.pre = load ptr, ptr %33, align 8
  br label %endif26.i

endif15.i72:                                      ; preds = %endif13.i
  %out28.i74.pre101 = load ptr, ptr %33, align 8
  br i1 %none.i71, label %not_applicable.i75, label %endif26.i

not_applicable.i75:                               ; preds = %endif15.i72
  %287 = getelementptr inbounds i8, ptr %out28.i74.pre101, i64 4
  %288 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %287, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %288, i8 0, i64 16, i1 false)
  br label %endif23

endif26.i:                                        ; preds = %body19.preheader.i.endif26.i_crit_edge, %endif15.i72
  %out28.i74 = phi ptr [ %out28.i74.pre, %body19.preheader.i.endif26.i_crit_edge ], [ %out28.i74.pre101, %endif15.i72 ]
  %289 = zext nneg i32 %cls.1.1.ph.i to i64
  %290 = getelementptr inbounds [2 x [2 x i64]], ptr @values.surgery_offered, i64 0, i64 %289
  %value.unpack.i73 = load i64, ptr %290, align 16
  %291 = getelementptr inbounds i8, ptr %out28.i74, i64 4
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %291, align 1
  %292 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value.unpack.i73, ptr %292, align 8
  br label %endif23

walk22:                                           ; preds = %body19.preheader.i, %some_unknown.i76, %next10.i
  %out25.i = load ptr, ptr %33, align 8
  %293 = getelementptr inbounds i8, ptr %out25.i, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %293, align 1
  %294 = getelementptr inbounds i8, ptr %s, i64 96
  %295 = getelementptr inbounds i8, ptr %s, i64 118
  store i8 0, ptr %295, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %294, i8 0, i64 16, i1 false)
  %296 = getelementptr inbounds i8, ptr %out, i64 24
  %297 = getelementptr inbounds i8, ptr %out, i64 40
  call fastcc void @walk(ptr nonnull %s, i32 1, ptr nonnull %296, ptr nonnull %297)
  br label %endif23

endif23:                                          ; preds = %endif26.i, %not_applicable.i75, %conflict.i69, %walk22
  %298 = getelementptr inbounds i8, ptr %out, i64 13
  %how24 = load i8, ptr %298, align 1
  br i1 %37, label %guide_trace_add.exit87, label %trace.i81

trace.i81:                                        ; preds = %endif23
  %299 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i82 = load i64, ptr %299, align 8
  %300 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i83 = load i64, ptr %300, align 8
  %301 = icmp eq i64 %len.i82, %cap.i83
  br i1 %301, label %full.i86, label %add.i84

full.i86:                                         ; preds = %trace.i81
  %302 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %302, align 4
  br label %guide_trace_add.exit87

add.i84:                                          ; preds = %trace.i81
  %ev.i85 = load ptr, ptr %trace, align 8
  %303 = getelementptr inbounds %guide_event, ptr %ev.i85, i64 %len.i82
  store i8 1, ptr %303, align 1
  %304 = getelementptr inbounds i8, ptr %303, i64 1
  store i8 %how24, ptr %304, align 1
  %305 = getelementptr inbounds i8, ptr %303, i64 4
  store i32 1, ptr %305, align 4
  %306 = add i64 %len.i82, 1
  store i64 %306, ptr %299, align 8
  br label %guide_trace_add.exit87

guide_trace_add.exit87:                           ; preds = %endif23, %full.i86, %add.i84
  %307 = getelementptr inbounds i8, ptr %s, i64 80
  %plan = load i32, ptr %307, align 8
  store i32 %plan, ptr %out, align 4
  %308 = getelementptr inbounds i8, ptr %s, i64 96
  %surgery_offered = load i32, ptr %308, align 8
  %309 = getelementptr inbounds i8, ptr %out, i64 4
  store i32 %surgery_offered, ptr %309, align 4
  br label %common.ret
}

define range(i32 0, 6) i32 @constraints_eval(ptr nocapture readonly %in, ptr %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @constraints_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #2 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %1, i8 0, i64 32, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known, align 1
  %.not = icmp eq i8 %4, 0
  br i1 %.not, label %endif, label %resection

resection:                                        ; preds = %entry
  store i64 1, ptr %1, align 8
  %5 = load i32, ptr %val, align 4
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %5, ptr %6, align 4
  br label %endif

endif:                                            ; preds = %resection, %entry
  %7 = phi i64 [ 1, %resection ], [ 0, %entry ]
  %8 = getelementptr inbounds i8, ptr %known, i64 1
  %9 = load i8, ptr %8, align 1
  %.not5 = icmp eq i8 %9, 0
  br i1 %.not5, label %endif1, label %margin_positive

margin_positive:                                  ; preds = %endif
  %10 = or disjoint i64 %7, 2
  store i64 %10, ptr %1, align 8
  %11 = getelementptr inbounds i8, ptr %val, i64 16
  %12 = load i32, ptr %11, align 4
  %13 = getelementptr inbounds i8, ptr %1, i64 12
  store i32 %12, ptr %13, align 4
  br label %endif1

endif1:                                           ; preds = %margin_positive, %endif
  %14 = phi i64 [ %10, %margin_positive ], [ %7, %endif ]
  %15 = getelementptr inbounds i8, ptr %known, i64 2
  %16 = load i8, ptr %15, align 1
  %.not6 = icmp eq i8 %16, 0
  br i1 %.not6, label %endif2, label %size_cm

size_cm:                                          ; preds = %endif1
  %17 = or i64 %14, 4
  store i64 %17, ptr %1, align 8
  %18 = getelementptr inbounds i8, ptr %val, i64 32
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %1, i64 16
  store double %19, ptr %20, align 8
  br label %endif2

endif2:                                           ; preds = %size_cm, %endif1
  %21 = phi i64 [ %17, %size_cm ], [ %14, %endif1 ]
  %22 = getelementptr inbounds i8, ptr %known, i64 3
  %23 = load i8, ptr %22, align 1
  %.not7 = icmp eq i8 %23, 0
  br i1 %.not7, label %endif3, label %frail

frail:                                            ; preds = %endif2
  %24 = or i64 %21, 8
  store i64 %24, ptr %1, align 8
  %25 = getelementptr inbounds i8, ptr %val, i64 48
  %26 = load i32, ptr %25, align 4
  %27 = getelementptr inbounds i8, ptr %1, i64 24
  store i32 %26, ptr %27, align 4
  br label %endif3

endif3:                                           ; preds = %frail, %endif2
  %28 = phi i64 [ %24, %frail ], [ %21, %endif2 ]
  %29 = getelementptr inbounds i8, ptr %known, i64 4
  %30 = load i8, ptr %29, align 1
  %.not8 = icmp eq i8 %30, 0
  br i1 %.not8, label %endif4, label %fit_for_surgery

fit_for_surgery:                                  ; preds = %endif3
  %31 = or i64 %28, 16
  store i64 %31, ptr %1, align 8
  %32 = getelementptr inbounds i8, ptr %val, i64 64
  %33 = load i32, ptr %32, align 4
  %34 = getelementptr inbounds i8, ptr %1, i64 28
  store i32 %33, ptr %34, align 4
  br label %endif4

endif4:                                           ; preds = %fit_for_surgery, %endif3
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none)
define void @constraints_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #3 {
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
  %18 = getelementptr inbounds i8, ptr %0, i64 12
  %19 = load i32, ptr %18, align 4
  %20 = getelementptr inbounds i8, ptr %val, i64 16
  store i32 %19, ptr %20, align 4
  %21 = load i64, ptr %0, align 8
  %22 = trunc i64 %21 to i8
  %23 = lshr i8 %22, 2
  %24 = and i8 %23, 1
  %25 = getelementptr inbounds i8, ptr %known, i64 2
  store i8 %24, ptr %25, align 1
  %26 = getelementptr inbounds i8, ptr %0, i64 16
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds i8, ptr %val, i64 32
  store double %27, ptr %28, align 8
  %29 = load i64, ptr %0, align 8
  %30 = trunc i64 %29 to i8
  %31 = lshr i8 %30, 3
  %32 = and i8 %31, 1
  %33 = getelementptr inbounds i8, ptr %known, i64 3
  store i8 %32, ptr %33, align 1
  %34 = getelementptr inbounds i8, ptr %0, i64 24
  %35 = load i32, ptr %34, align 4
  %36 = getelementptr inbounds i8, ptr %val, i64 48
  store i32 %35, ptr %36, align 4
  %37 = load i64, ptr %0, align 8
  %38 = trunc i64 %37 to i8
  %39 = lshr i8 %38, 4
  %40 = and i8 %39, 1
  %41 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %40, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %0, i64 28
  %43 = load i32, ptr %42, align 4
  %44 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %43, ptr %44, align 4
  %45 = getelementptr inbounds i8, ptr %1, i64 8
  %46 = load i32, ptr %45, align 4
  store i32 %46, ptr %out, align 4
  %47 = load i32, ptr %1, align 4
  %48 = getelementptr inbounds i8, ptr %val, i64 80
  store i32 %47, ptr %48, align 4
  %state = load i8, ptr %45, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 10
  %50 = load i8, ptr %49, align 1
  %51 = icmp eq i8 %state, 1
  %52 = icmp eq i8 %50, 0
  %53 = and i1 %51, %52
  %54 = zext i1 %53 to i8
  %55 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %1, i64 9
  %how = load i8, ptr %56, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %57 = getelementptr inbounds i8, ptr %1, i64 16
  %58 = load i64, ptr %57, align 8
  store i64 %58, ptr %asks, align 8
  %59 = getelementptr inbounds i8, ptr %1, i64 32
  %60 = load i64, ptr %59, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %60, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  %61 = getelementptr inbounds i8, ptr %1, i64 12
  %62 = getelementptr inbounds i8, ptr %out, i64 4
  %63 = load i32, ptr %61, align 4
  store i32 %63, ptr %62, align 4
  %64 = getelementptr inbounds i8, ptr %1, i64 4
  %65 = load i32, ptr %64, align 4
  %66 = getelementptr inbounds i8, ptr %val, i64 96
  store i32 %65, ptr %66, align 4
  %state1 = load i8, ptr %61, align 1
  %67 = getelementptr inbounds i8, ptr %1, i64 14
  %68 = load i8, ptr %67, align 1
  %69 = icmp eq i8 %state1, 1
  %70 = icmp eq i8 %68, 0
  %71 = and i1 %69, %70
  %72 = zext i1 %71 to i8
  %73 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %72, ptr %73, align 1
  %74 = getelementptr inbounds i8, ptr %asks, i64 8
  %75 = getelementptr inbounds i8, ptr %1, i64 13
  %how2 = load i8, ptr %75, align 1
  %.not6 = icmp eq i8 %how2, 0
  br i1 %.not6, label %direct4, label %walked3

walked3:                                          ; preds = %next
  %76 = getelementptr inbounds i8, ptr %1, i64 24
  %77 = load i64, ptr %76, align 8
  store i64 %77, ptr %74, align 8
  %78 = getelementptr inbounds i8, ptr %1, i64 40
  %79 = load i64, ptr %78, align 8
  br label %next5

direct4:                                          ; preds = %next
  store i64 0, ptr %74, align 8
  br label %next5

next5:                                            ; preds = %direct4, %walked3
  %storemerge7 = phi i64 [ %79, %walked3 ], [ 0, %direct4 ]
  %80 = getelementptr inbounds i8, ptr %possible, i64 8
  store i64 %storemerge7, ptr %80, align 8
  ret void
}

define range(i32 0, 6) i32 @constraints_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %constraints_output, align 8
  %in = alloca %constraints_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %in, i8 0, i64 32, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %4, 0
  br i1 %.not.i, label %endif.i, label %resection.i

resection.i:                                      ; preds = %entry
  store i64 1, ptr %in, align 8
  %5 = load i32, ptr %val.i, align 4
  %6 = getelementptr inbounds i8, ptr %in, i64 8
  store i32 %5, ptr %6, align 8
  br label %endif.i

endif.i:                                          ; preds = %resection.i, %entry
  %7 = phi i32 [ %5, %resection.i ], [ 0, %entry ]
  %8 = phi i64 [ 1, %resection.i ], [ 0, %entry ]
  %9 = getelementptr inbounds i8, ptr %known.i, i64 1
  %10 = load i8, ptr %9, align 1
  %.not5.i = icmp eq i8 %10, 0
  br i1 %.not5.i, label %endif1.i, label %margin_positive.i

margin_positive.i:                                ; preds = %endif.i
  %11 = or disjoint i64 %8, 2
  store i64 %11, ptr %in, align 8
  %12 = getelementptr inbounds i8, ptr %val.i, i64 16
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i8, ptr %in, i64 12
  store i32 %13, ptr %14, align 4
  br label %endif1.i

endif1.i:                                         ; preds = %margin_positive.i, %endif.i
  %15 = phi i32 [ %13, %margin_positive.i ], [ 0, %endif.i ]
  %16 = phi i64 [ %11, %margin_positive.i ], [ %8, %endif.i ]
  %17 = getelementptr inbounds i8, ptr %known.i, i64 2
  %18 = load i8, ptr %17, align 1
  %.not6.i = icmp eq i8 %18, 0
  br i1 %.not6.i, label %endif2.i, label %size_cm.i

size_cm.i:                                        ; preds = %endif1.i
  %19 = or i64 %16, 4
  store i64 %19, ptr %in, align 8
  %20 = getelementptr inbounds i8, ptr %val.i, i64 32
  %21 = load double, ptr %20, align 8
  %22 = getelementptr inbounds i8, ptr %in, i64 16
  store double %21, ptr %22, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %size_cm.i, %endif1.i
  %23 = phi double [ %21, %size_cm.i ], [ 0.000000e+00, %endif1.i ]
  %24 = phi i64 [ %19, %size_cm.i ], [ %16, %endif1.i ]
  %25 = getelementptr inbounds i8, ptr %known.i, i64 3
  %26 = load i8, ptr %25, align 1
  %.not7.i = icmp eq i8 %26, 0
  br i1 %.not7.i, label %endif3.i, label %frail.i

frail.i:                                          ; preds = %endif2.i
  %27 = or i64 %24, 8
  store i64 %27, ptr %in, align 8
  %28 = getelementptr inbounds i8, ptr %val.i, i64 48
  %29 = load i32, ptr %28, align 4
  %30 = getelementptr inbounds i8, ptr %in, i64 24
  store i32 %29, ptr %30, align 8
  br label %endif3.i

endif3.i:                                         ; preds = %frail.i, %endif2.i
  %31 = phi i32 [ %29, %frail.i ], [ 0, %endif2.i ]
  %32 = phi i64 [ %27, %frail.i ], [ %24, %endif2.i ]
  %33 = getelementptr inbounds i8, ptr %known.i, i64 4
  %34 = load i8, ptr %33, align 1
  %.not8.i = icmp eq i8 %34, 0
  br i1 %.not8.i, label %constraints_from_frame.exit, label %fit_for_surgery.i

fit_for_surgery.i:                                ; preds = %endif3.i
  %35 = or i64 %32, 16
  store i64 %35, ptr %in, align 8
  %36 = getelementptr inbounds i8, ptr %val.i, i64 64
  %37 = load i32, ptr %36, align 4
  %38 = getelementptr inbounds i8, ptr %in, i64 28
  store i32 %37, ptr %38, align 4
  br label %constraints_from_frame.exit

constraints_from_frame.exit:                      ; preds = %endif3.i, %fit_for_surgery.i
  %39 = phi i32 [ 0, %endif3.i ], [ %37, %fit_for_surgery.i ]
  %40 = phi i64 [ %32, %endif3.i ], [ %35, %fit_for_surgery.i ]
  %41 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %41, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  %val.i1 = load ptr, ptr %2, align 8
  %known.i2 = load ptr, ptr %3, align 8
  %42 = getelementptr inbounds i8, ptr %0, i64 32
  %out.i = load ptr, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %0, i64 40
  %asks.i = load ptr, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %0, i64 48
  %possible.i = load ptr, ptr %44, align 8
  %45 = trunc nuw nsw i64 %40 to i8
  %46 = and i8 %45, 1
  store i8 %46, ptr %known.i2, align 1
  store i32 %7, ptr %val.i1, align 4
  %47 = lshr i8 %45, 1
  %48 = and i8 %47, 1
  %49 = getelementptr inbounds i8, ptr %known.i2, i64 1
  store i8 %48, ptr %49, align 1
  %50 = getelementptr inbounds i8, ptr %val.i1, i64 16
  store i32 %15, ptr %50, align 4
  %51 = lshr i8 %45, 2
  %52 = and i8 %51, 1
  %53 = getelementptr inbounds i8, ptr %known.i2, i64 2
  store i8 %52, ptr %53, align 1
  %54 = getelementptr inbounds i8, ptr %val.i1, i64 32
  store double %23, ptr %54, align 8
  %55 = lshr i8 %45, 3
  %56 = and i8 %55, 1
  %57 = getelementptr inbounds i8, ptr %known.i2, i64 3
  store i8 %56, ptr %57, align 1
  %58 = getelementptr inbounds i8, ptr %val.i1, i64 48
  store i32 %31, ptr %58, align 4
  %59 = lshr i8 %45, 4
  %60 = getelementptr inbounds i8, ptr %known.i2, i64 4
  store i8 %59, ptr %60, align 1
  %61 = getelementptr inbounds i8, ptr %val.i1, i64 64
  store i32 %39, ptr %61, align 4
  %62 = getelementptr inbounds i8, ptr %out, i64 8
  %63 = load i32, ptr %62, align 8
  store i32 %63, ptr %out.i, align 4
  %64 = load i32, ptr %out, align 8
  %65 = getelementptr inbounds i8, ptr %val.i1, i64 80
  store i32 %64, ptr %65, align 4
  %state.i = load i8, ptr %62, align 8
  %66 = getelementptr inbounds i8, ptr %out, i64 10
  %67 = load i8, ptr %66, align 2
  %68 = icmp eq i8 %state.i, 1
  %69 = icmp eq i8 %67, 0
  %70 = and i1 %68, %69
  %71 = zext i1 %70 to i8
  %72 = getelementptr inbounds i8, ptr %known.i2, i64 5
  store i8 %71, ptr %72, align 1
  %73 = getelementptr inbounds i8, ptr %out, i64 9
  %how.i = load i8, ptr %73, align 1
  %.not.i3 = icmp eq i8 %how.i, 0
  br i1 %.not.i3, label %direct.i, label %walked.i

walked.i:                                         ; preds = %constraints_from_frame.exit
  %74 = getelementptr inbounds i8, ptr %out, i64 16
  %75 = load i64, ptr %74, align 8
  store i64 %75, ptr %asks.i, align 8
  %76 = getelementptr inbounds i8, ptr %out, i64 32
  %77 = load i64, ptr %76, align 8
  br label %next.i

direct.i:                                         ; preds = %constraints_from_frame.exit
  store i64 0, ptr %asks.i, align 8
  br label %next.i

next.i:                                           ; preds = %direct.i, %walked.i
  %storemerge.i = phi i64 [ %77, %walked.i ], [ 0, %direct.i ]
  store i64 %storemerge.i, ptr %possible.i, align 8
  %78 = getelementptr inbounds i8, ptr %out, i64 12
  %79 = getelementptr inbounds i8, ptr %out.i, i64 4
  %80 = load i32, ptr %78, align 4
  store i32 %80, ptr %79, align 4
  %81 = getelementptr inbounds i8, ptr %out, i64 4
  %82 = load i32, ptr %81, align 4
  %83 = getelementptr inbounds i8, ptr %val.i1, i64 96
  store i32 %82, ptr %83, align 4
  %state1.i = load i8, ptr %78, align 4
  %84 = getelementptr inbounds i8, ptr %out, i64 14
  %85 = load i8, ptr %84, align 2
  %86 = icmp eq i8 %state1.i, 1
  %87 = icmp eq i8 %85, 0
  %88 = and i1 %86, %87
  %89 = zext i1 %88 to i8
  %90 = getelementptr inbounds i8, ptr %known.i2, i64 6
  store i8 %89, ptr %90, align 1
  %91 = getelementptr inbounds i8, ptr %asks.i, i64 8
  %92 = getelementptr inbounds i8, ptr %out, i64 13
  %how2.i = load i8, ptr %92, align 1
  %.not6.i4 = icmp eq i8 %how2.i, 0
  br i1 %.not6.i4, label %direct4.i, label %walked3.i

walked3.i:                                        ; preds = %next.i
  %93 = getelementptr inbounds i8, ptr %out, i64 24
  %94 = load i64, ptr %93, align 8
  store i64 %94, ptr %91, align 8
  %95 = getelementptr inbounds i8, ptr %out, i64 40
  %96 = load i64, ptr %95, align 8
  br label %constraints_to_frame.exit

direct4.i:                                        ; preds = %next.i
  store i64 0, ptr %91, align 8
  br label %constraints_to_frame.exit

constraints_to_frame.exit:                        ; preds = %walked3.i, %direct4.i
  %storemerge7.i = phi i64 [ %96, %walked3.i ], [ 0, %direct4.i ]
  %97 = getelementptr inbounds i8, ptr %possible.i, i64 8
  store i64 %storemerge7.i, ptr %97, align 8
  ret i32 %rc
}

define i64 @constraints_eval_many(i64 %n, ptr nocapture readonly %in, ptr %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %constraints_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %constraints_output, ptr %out, i64 %i.05
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

define i64 @constraints_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %out.i = alloca %constraints_output, align 8
  %in.i = alloca %constraints_input, align 8
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %1 = getelementptr inbounds i8, ptr %in.i, i64 8
  %2 = getelementptr inbounds i8, ptr %c, i64 40
  %3 = getelementptr inbounds i8, ptr %c, i64 8
  %4 = getelementptr inbounds i8, ptr %in.i, i64 12
  %5 = getelementptr inbounds i8, ptr %c, i64 16
  %6 = getelementptr inbounds i8, ptr %in.i, i64 16
  %7 = getelementptr inbounds i8, ptr %c, i64 24
  %8 = getelementptr inbounds i8, ptr %in.i, i64 24
  %9 = getelementptr inbounds i8, ptr %c, i64 32
  %10 = getelementptr inbounds i8, ptr %in.i, i64 28
  %11 = getelementptr inbounds i8, ptr %c, i64 80
  %12 = getelementptr inbounds i8, ptr %c, i64 88
  %13 = getelementptr inbounds i8, ptr %c, i64 48
  %14 = getelementptr inbounds i8, ptr %c, i64 64
  %15 = getelementptr inbounds i8, ptr %out.i, i64 8
  %16 = getelementptr inbounds i8, ptr %out.i, i64 9
  %17 = getelementptr inbounds i8, ptr %out.i, i64 10
  %18 = getelementptr inbounds i8, ptr %out.i, i64 16
  %19 = getelementptr inbounds i8, ptr %out.i, i64 32
  %20 = getelementptr inbounds i8, ptr %c, i64 56
  %21 = getelementptr inbounds i8, ptr %out.i, i64 4
  %22 = getelementptr inbounds i8, ptr %c, i64 72
  %23 = getelementptr inbounds i8, ptr %out.i, i64 12
  %24 = getelementptr inbounds i8, ptr %out.i, i64 13
  %25 = getelementptr inbounds i8, ptr %out.i, i64 14
  %26 = getelementptr inbounds i8, ptr %out.i, i64 24
  %27 = getelementptr inbounds i8, ptr %out.i, i64 40
  %28 = getelementptr inbounds i8, ptr %c, i64 96
  br label %body

body:                                             ; preds = %body.lr.ph, %column_row.exit
  %bad.06 = phi i64 [ 0, %body.lr.ph ], [ %106, %column_row.exit ]
  %i.05 = phi i64 [ 0, %body.lr.ph ], [ %107, %column_row.exit ]
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %out.i)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %in.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %1, i8 0, i64 24, i1 false)
  %known.i = load ptr, ptr %2, align 8
  %.not.i = icmp eq ptr %known.i, null
  %29 = getelementptr inbounds i64, ptr %known.i, i64 %i.05
  %30 = select i1 %.not.i, ptr @all_known, ptr %29
  %known1.i = load i64, ptr %30, align 8
  %resection.i = load ptr, ptr %c, align 8
  %31 = trunc i64 %known1.i to i1
  %32 = icmp ne ptr %resection.i, null
  %33 = and i1 %32, %31
  br i1 %33, label %resection2.i, label %endif.i

resection2.i:                                     ; preds = %body
  %34 = getelementptr inbounds i32, ptr %resection.i, i64 %i.05
  %35 = load i32, ptr %34, align 4
  store i32 %35, ptr %1, align 8
  br label %endif.i

endif.i:                                          ; preds = %resection2.i, %body
  %36 = phi i64 [ -1, %resection2.i ], [ -2, %body ]
  %margin_positive.i = load ptr, ptr %3, align 8
  %37 = and i64 %known1.i, 2
  %38 = icmp ne i64 %37, 0
  %39 = icmp ne ptr %margin_positive.i, null
  %40 = and i1 %38, %39
  br i1 %40, label %margin_positive3.i, label %endif4.i

margin_positive3.i:                               ; preds = %endif.i
  %41 = getelementptr inbounds i32, ptr %margin_positive.i, i64 %i.05
  %42 = load i32, ptr %41, align 4
  store i32 %42, ptr %4, align 4
  br label %endif4.i

endif4.i:                                         ; preds = %margin_positive3.i, %endif.i
  %43 = phi i64 [ -1, %margin_positive3.i ], [ -3, %endif.i ]
  %size_cm.i = load ptr, ptr %5, align 8
  %44 = and i64 %known1.i, 4
  %45 = icmp ne i64 %44, 0
  %46 = icmp ne ptr %size_cm.i, null
  %47 = and i1 %45, %46
  br i1 %47, label %size_cm5.i, label %endif6.i

size_cm5.i:                                       ; preds = %endif4.i
  %48 = getelementptr inbounds double, ptr %size_cm.i, i64 %i.05
  %49 = load double, ptr %48, align 8
  store double %49, ptr %6, align 8
  br label %endif6.i

endif6.i:                                         ; preds = %size_cm5.i, %endif4.i
  %50 = phi i64 [ -1, %size_cm5.i ], [ -5, %endif4.i ]
  %frail.i = load ptr, ptr %7, align 8
  %51 = and i64 %known1.i, 8
  %52 = icmp ne i64 %51, 0
  %53 = icmp ne ptr %frail.i, null
  %54 = and i1 %52, %53
  br i1 %54, label %frail7.i, label %endif8.i

frail7.i:                                         ; preds = %endif6.i
  %55 = getelementptr inbounds i32, ptr %frail.i, i64 %i.05
  %56 = load i32, ptr %55, align 4
  store i32 %56, ptr %8, align 8
  br label %endif8.i

endif8.i:                                         ; preds = %frail7.i, %endif6.i
  %57 = phi i64 [ -1, %frail7.i ], [ -9, %endif6.i ]
  %58 = and i64 %36, %43
  %59 = and i64 %58, %50
  %60 = and i64 %59, %57
  %61 = and i64 %60, %known1.i
  %fit_for_surgery.i = load ptr, ptr %9, align 8
  %62 = and i64 %61, 16
  %63 = icmp ne i64 %62, 0
  %64 = icmp ne ptr %fit_for_surgery.i, null
  %65 = and i1 %64, %63
  br i1 %65, label %fit_for_surgery9.i, label %endif10.i

fit_for_surgery9.i:                               ; preds = %endif8.i
  %66 = getelementptr inbounds i32, ptr %fit_for_surgery.i, i64 %i.05
  %67 = load i32, ptr %66, align 4
  store i32 %67, ptr %10, align 4
  br label %endif10.i

endif10.i:                                        ; preds = %fit_for_surgery9.i, %endif8.i
  %68 = phi i64 [ -1, %fit_for_surgery9.i ], [ -17, %endif8.i ]
  %69 = and i64 %61, 31
  %70 = and i64 %69, %68
  store i64 %70, ptr %in.i, align 8
  %rc.i = call fastcc i32 @eval_with(ptr nonnull %in.i, ptr nonnull %out.i, ptr null, ptr null)
  %asks.i = load ptr, ptr %11, align 8
  %possible.i = load ptr, ptr %12, align 8
  %plan.i = load ptr, ptr %13, align 8
  %.not37.i = icmp eq ptr %plan.i, null
  br i1 %.not37.i, label %endif11.i, label %value.i

value.i:                                          ; preds = %endif10.i
  %71 = load i32, ptr %out.i, align 8
  %72 = getelementptr inbounds i32, ptr %plan.i, i64 %i.05
  store i32 %71, ptr %72, align 4
  br label %endif11.i

endif11.i:                                        ; preds = %value.i, %endif10.i
  %states.i = load ptr, ptr %14, align 8
  %.not38.i = icmp eq ptr %states.i, null
  br i1 %.not38.i, label %endif12.i, label %state.i

state.i:                                          ; preds = %endif11.i
  %state13.i = load i8, ptr %15, align 8
  %how.i = load i8, ptr %16, align 1
  %is_null.i = load i8, ptr %17, align 2
  %73 = and i8 %state13.i, 3
  %74 = shl i8 %how.i, 2
  %75 = and i8 %74, 12
  %76 = or disjoint i8 %75, %73
  %77 = shl i8 %is_null.i, 4
  %78 = and i8 %77, 16
  %79 = or disjoint i8 %76, %78
  %80 = getelementptr inbounds i8, ptr %states.i, i64 %i.05
  store i8 %79, ptr %80, align 1
  br label %endif12.i

endif12.i:                                        ; preds = %state.i, %endif11.i
  %how14.i = load i8, ptr %16, align 1
  %.not39.i = icmp eq i8 %how14.i, 0
  br i1 %.not39.i, label %endif15.i, label %walked.i

walked.i:                                         ; preds = %endif12.i
  %.not40.i = icmp eq ptr %asks.i, null
  br i1 %.not40.i, label %endif17.i, label %asks16.i

endif15.i:                                        ; preds = %possible18.i, %endif17.i, %endif12.i
  %surgery_offered.i = load ptr, ptr %20, align 8
  %.not43.i = icmp eq ptr %surgery_offered.i, null
  br i1 %.not43.i, label %endif21.i, label %value20.i

asks16.i:                                         ; preds = %walked.i
  %.idx.i = shl i64 %i.05, 4
  %81 = getelementptr inbounds i8, ptr %asks.i, i64 %.idx.i
  %82 = load i64, ptr %18, align 8
  store i64 %82, ptr %81, align 8
  br label %endif17.i

endif17.i:                                        ; preds = %asks16.i, %walked.i
  %.not41.i = icmp eq ptr %possible.i, null
  br i1 %.not41.i, label %endif15.i, label %possible18.i

possible18.i:                                     ; preds = %endif17.i
  %.idx42.i = shl i64 %i.05, 4
  %83 = getelementptr inbounds i8, ptr %possible.i, i64 %.idx42.i
  %84 = load i64, ptr %19, align 8
  store i64 %84, ptr %83, align 8
  br label %endif15.i

value20.i:                                        ; preds = %endif15.i
  %85 = load i32, ptr %21, align 4
  %86 = getelementptr inbounds i32, ptr %surgery_offered.i, i64 %i.05
  store i32 %85, ptr %86, align 4
  br label %endif21.i

endif21.i:                                        ; preds = %value20.i, %endif15.i
  %states22.i = load ptr, ptr %22, align 8
  %.not44.i = icmp eq ptr %states22.i, null
  br i1 %.not44.i, label %endif24.i, label %state23.i

state23.i:                                        ; preds = %endif21.i
  %state25.i = load i8, ptr %23, align 4
  %how26.i = load i8, ptr %24, align 1
  %is_null27.i = load i8, ptr %25, align 2
  %87 = and i8 %state25.i, 3
  %88 = shl i8 %how26.i, 2
  %89 = and i8 %88, 12
  %90 = or disjoint i8 %89, %87
  %91 = shl i8 %is_null27.i, 4
  %92 = and i8 %91, 16
  %93 = or disjoint i8 %90, %92
  %94 = getelementptr inbounds i8, ptr %states22.i, i64 %i.05
  store i8 %93, ptr %94, align 1
  br label %endif24.i

endif24.i:                                        ; preds = %state23.i, %endif21.i
  %how28.i = load i8, ptr %24, align 1
  %.not45.i = icmp eq i8 %how28.i, 0
  br i1 %.not45.i, label %endif30.i, label %walked29.i

walked29.i:                                       ; preds = %endif24.i
  %.not46.i = icmp eq ptr %asks.i, null
  br i1 %.not46.i, label %endif32.i, label %asks31.i

endif30.i:                                        ; preds = %possible33.i, %endif32.i, %endif24.i
  %rcs.i = load ptr, ptr %28, align 8
  %.not48.i = icmp eq ptr %rcs.i, null
  br i1 %.not48.i, label %column_row.exit, label %rc35.i

asks31.i:                                         ; preds = %walked29.i
  %95 = shl nuw i64 %i.05, 1
  %96 = or disjoint i64 %95, 1
  %97 = getelementptr inbounds i64, ptr %asks.i, i64 %96
  %98 = load i64, ptr %26, align 8
  store i64 %98, ptr %97, align 8
  br label %endif32.i

endif32.i:                                        ; preds = %asks31.i, %walked29.i
  %.not47.i = icmp eq ptr %possible.i, null
  br i1 %.not47.i, label %endif30.i, label %possible33.i

possible33.i:                                     ; preds = %endif32.i
  %99 = shl nuw i64 %i.05, 1
  %100 = or disjoint i64 %99, 1
  %101 = getelementptr inbounds i64, ptr %possible.i, i64 %100
  %102 = load i64, ptr %27, align 8
  store i64 %102, ptr %101, align 8
  br label %endif30.i

rc35.i:                                           ; preds = %endif30.i
  %103 = getelementptr inbounds i32, ptr %rcs.i, i64 %i.05
  store i32 %rc.i, ptr %103, align 4
  br label %column_row.exit

column_row.exit:                                  ; preds = %endif30.i, %rc35.i
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %out.i)
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %in.i)
  %104 = icmp ne i32 %rc.i, 0
  %105 = zext i1 %104 to i64
  %106 = add i64 %bad.06, %105
  %107 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %107, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %column_row.exit, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %106, %column_row.exit ]
  ret i64 %bad.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { noinline }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!guide.clauses = !{!0, !1, !2, !3, !4, !5, !6}
!guide.ruleset = !{!7}

!0 = !{!"clause 0: table plans row 1 (\C2\A71), line 16"}
!1 = !{!"clause 1: table plans row 2 (\C2\A71), line 17"}
!2 = !{!"clause 2: table plans row 3 (\C2\A71), line 18"}
!3 = !{!"clause 3: table plans row 4 (\C2\A71), line 19"}
!4 = !{!"clause 4: table plans row 5 (\C2\A71), line 20"}
!5 = !{!"clause 5: rule offer (\C2\A72), line 23"}
!6 = !{!"clause 6: rule no_offer (\C2\A72), line 25"}
!7 = !{!"guideline constraints \22Constraints\22 version \221\22, SHA-256 1df820e9a7de438d5be4d033e8d54918b72a35b7248428c93a16197d0b810ebd"}
