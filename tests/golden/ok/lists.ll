; ModuleID = 'lists'
source_filename = "lists.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_dd_level = type { i32, i32, i32, ptr, ptr, ptr, i32, ptr, ptr, ptr }
%guide_dd_leaf = type { i8, i8, [2 x i64] }
%guide_dd = type { i32, i32, ptr, i32, ptr, ptr, ptr, i32, i32, ptr, ptr, i32 }
%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32, ptr, ptr, double }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i32, ptr, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_unit = type { ptr, ptr, double, double, ptr }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr, ptr, i32, ptr, ptr }
%guide_output = type { i8, i8, i8, i8 }
%eval_state = type { [17 x [2 x i64]], [17 x i8], ptr, [10 x i8], [10 x i8], [8 x i8], ptr, [1 x i32], [34 x i32], i8, ptr }
%guide_event = type { i8, i8, i32 }
%lists_output = type { i32, i32, i32, i32, double, [5 x %guide_output], [5 x [1 x i64]], [5 x i64], double, double, double, i32, i32, double, double, double, double, double, [1 x i64] }
%lists_input = type { [1 x i64], { ptr, i32 }, { ptr, i32 } }

@dd.cuts.decrease = private constant [1 x double] [double 7.000000e+01]
@dd.pos_cell.decrease = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.decrease = private constant [1 x i64] [i64 3]
@dd.through.decrease = private constant [3 x i32] [i32 4, i32 3, i32 2]
@dd.through_at.decrease = private constant [4 x i32] [i32 0, i32 2, i32 3, i32 4]
@dd.through_from.decrease = private constant [4 x i32] [i32 -3, i32 -2, i32 1, i32 0]
@dd.cuts.post_mean = private constant [1 x double] [double 2.500000e+00]
@dd.pos_cell.post_mean = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.post_mean = private constant [1 x i64] [i64 2]
@dd.through.post_mean = private constant [1 x i32] [i32 3]
@dd.through_at.post_mean = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.post_mean = private constant [1 x i32] [i32 1]
@dd.levels.pet_response = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 4, i32 3, i32 1, ptr @dd.cuts.decrease, ptr @dd.pos_cell.decrease, ptr @dd.inputs.decrease, i32 3, ptr @dd.through.decrease, ptr @dd.through_at.decrease, ptr @dd.through_from.decrease }, %guide_dd_level { i32 3, i32 3, i32 1, ptr @dd.cuts.post_mean, ptr @dd.pos_cell.post_mean, ptr @dd.inputs.post_mean, i32 1, ptr @dd.through.post_mean, ptr @dd.through_at.post_mean, ptr @dd.through_from.post_mean }]
@dd.node_level.pet_response = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.pet_response = private constant [2 x i32] [i32 0, i32 3]
@dd.kids.pet_response = private constant [6 x i32] [i32 -1, i32 -2, i32 -2, i32 -2, i32 -2, i32 0]
@dd.leaves.pet_response = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.pet_response = private constant [1 x i64] [i64 3]
@dd.inputs.any_avid = private constant [1 x i64] [i64 1]
@dd.through.any_avid = private constant [1 x i32] [i32 5]
@dd.through_at.any_avid = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.any_avid = private constant [1 x i32] zeroinitializer
@dd.levels.avid_lesions = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 5, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.any_avid, i32 1, ptr @dd.through.any_avid, ptr @dd.through_at.any_avid, ptr @dd.through_from.any_avid }]
@dd.node_level.avid_lesions = private constant [1 x i32] zeroinitializer
@dd.node_kids.avid_lesions = private constant [1 x i32] zeroinitializer
@dd.kids.avid_lesions = private constant [2 x i32] [i32 -1, i32 -2]
@dd.leaves.avid_lesions = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.avid_lesions = private constant [1 x i64] [i64 1]
@dd.inputs.all_low = private constant [1 x i64] [i64 2]
@dd.through.all_low = private constant [1 x i32] [i32 6]
@dd.through_at.all_low = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.all_low = private constant [1 x i32] [i32 1]
@dd.levels.all_below_2_5 = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 6, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.all_low, i32 1, ptr @dd.through.all_low, ptr @dd.through_at.all_low, ptr @dd.through_from.all_low }]
@dd.node_level.all_below_2_5 = private constant [1 x i32] zeroinitializer
@dd.node_kids.all_below_2_5 = private constant [1 x i32] zeroinitializer
@dd.kids.all_below_2_5 = private constant [2 x i32] [i32 -1, i32 -2]
@dd.leaves.all_below_2_5 = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.all_below_2_5 = private constant [1 x i64] [i64 2]
@dd.cuts.lesions = private constant [1 x double] [double 3.000000e+00]
@dd.pos_cell.lesions = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.lesions = private constant [1 x i64] [i64 1]
@dd.through.lesions = private constant [1 x i32] [i32 7]
@dd.through_at.lesions = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.lesions = private constant [1 x i32] zeroinitializer
@dd.cuts.avid_count = private constant [1 x double] [double 2.000000e+00]
@dd.pos_cell.avid_count = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.avid_count = private constant [1 x i64] [i64 1]
@dd.through.avid_count = private constant [1 x i32] [i32 8]
@dd.through_at.avid_count = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.avid_count = private constant [1 x i32] zeroinitializer
@dd.levels.many_lesions = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 7, i32 3, i32 1, ptr @dd.cuts.lesions, ptr @dd.pos_cell.lesions, ptr @dd.inputs.lesions, i32 1, ptr @dd.through.lesions, ptr @dd.through_at.lesions, ptr @dd.through_from.lesions }, %guide_dd_level { i32 8, i32 3, i32 1, ptr @dd.cuts.avid_count, ptr @dd.pos_cell.avid_count, ptr @dd.inputs.avid_count, i32 1, ptr @dd.through.avid_count, ptr @dd.through_at.avid_count, ptr @dd.through_from.avid_count }]
@dd.node_level.many_lesions = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.many_lesions = private constant [2 x i32] [i32 0, i32 3]
@dd.kids.many_lesions = private constant [6 x i32] [i32 -1, i32 -2, i32 -2, i32 0, i32 -2, i32 -2]
@dd.leaves.many_lesions = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.many_lesions = private constant [1 x i64] [i64 1]
@dd.cuts.peak = private constant [1 x double] zeroinitializer
@dd.pos_cell.peak = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.peak = private constant [1 x i64] [i64 1]
@dd.through.peak = private constant [1 x i32] [i32 9]
@dd.through_at.peak = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.peak = private constant [1 x i32] zeroinitializer
@dd.cuts.least = private constant [1 x double] zeroinitializer
@dd.pos_cell.least = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.least = private constant [1 x i64] [i64 2]
@dd.through.least = private constant [1 x i32] [i32 10]
@dd.through_at.least = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.least = private constant [1 x i32] [i32 1]
@dd.cuts.total = private constant [1 x double] zeroinitializer
@dd.pos_cell.total = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.total = private constant [1 x i64] [i64 2]
@dd.through.total = private constant [1 x i32] [i32 11]
@dd.through_at.total = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.total = private constant [1 x i32] [i32 1]
@dd.levels.hottest = private constant [3 x %guide_dd_level] [%guide_dd_level { i32 9, i32 3, i32 1, ptr @dd.cuts.peak, ptr @dd.pos_cell.peak, ptr @dd.inputs.peak, i32 1, ptr @dd.through.peak, ptr @dd.through_at.peak, ptr @dd.through_from.peak }, %guide_dd_level { i32 10, i32 3, i32 1, ptr @dd.cuts.least, ptr @dd.pos_cell.least, ptr @dd.inputs.least, i32 1, ptr @dd.through.least, ptr @dd.through_at.least, ptr @dd.through_from.least }, %guide_dd_level { i32 11, i32 3, i32 1, ptr @dd.cuts.total, ptr @dd.pos_cell.total, ptr @dd.inputs.total, i32 1, ptr @dd.through.total, ptr @dd.through_at.total, ptr @dd.through_from.total }]
@dd.node_level.hottest = private constant [3 x i32] [i32 2, i32 1, i32 0]
@dd.node_kids.hottest = private constant [3 x i32] [i32 0, i32 3, i32 6]
@dd.kids.hottest = private constant [9 x i32] [i32 -2, i32 -1, i32 -1, i32 -2, i32 0, i32 0, i32 -2, i32 -2, i32 1]
@dd.leaves.hottest = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 4607182418800017408, i64 0] }, %guide_dd_leaf zeroinitializer]
@dd.cone.hottest = private constant [1 x i64] [i64 3]
@dds = private constant [5 x %guide_dd] [%guide_dd { i32 12, i32 2, ptr @dd.levels.pet_response, i32 2, ptr @dd.node_level.pet_response, ptr @dd.node_kids.pet_response, ptr @dd.kids.pet_response, i32 1, i32 2, ptr @dd.leaves.pet_response, ptr @dd.cone.pet_response, i32 0 }, %guide_dd { i32 13, i32 1, ptr @dd.levels.avid_lesions, i32 1, ptr @dd.node_level.avid_lesions, ptr @dd.node_kids.avid_lesions, ptr @dd.kids.avid_lesions, i32 0, i32 2, ptr @dd.leaves.avid_lesions, ptr @dd.cone.avid_lesions, i32 0 }, %guide_dd { i32 14, i32 1, ptr @dd.levels.all_below_2_5, i32 1, ptr @dd.node_level.all_below_2_5, ptr @dd.node_kids.all_below_2_5, ptr @dd.kids.all_below_2_5, i32 0, i32 2, ptr @dd.leaves.all_below_2_5, ptr @dd.cone.all_below_2_5, i32 0 }, %guide_dd { i32 15, i32 2, ptr @dd.levels.many_lesions, i32 2, ptr @dd.node_level.many_lesions, ptr @dd.node_kids.many_lesions, ptr @dd.kids.many_lesions, i32 1, i32 2, ptr @dd.leaves.many_lesions, ptr @dd.cone.many_lesions, i32 0 }, %guide_dd { i32 16, i32 3, ptr @dd.levels.hottest, i32 3, ptr @dd.node_level.hottest, ptr @dd.node_kids.hottest, ptr @dd.kids.hottest, i32 2, i32 2, ptr @dd.leaves.hottest, ptr @dd.cone.hottest, i32 0 }]
@.str = private unnamed_addr constant [13 x i8] c"suv_baseline\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"suv_post\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"baseline_mean\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"post_mean\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"decrease\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"%\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"any_avid\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"all_low\00", align 1
@.str.12 = private unnamed_addr constant [8 x i8] c"lesions\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"avid_count\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"peak\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"least\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"total\00", align 1
@.str.20 = private unnamed_addr constant [10 x i8] c"responder\00", align 1
@.str.21 = private unnamed_addr constant [14 x i8] c"non_responder\00", align 1
@labels.pet_response = private constant [2 x ptr] [ptr @.str.20, ptr @.str.21]
@.str.22 = private unnamed_addr constant [13 x i8] c"pet_response\00", align 1
@.str.23 = private unnamed_addr constant [13 x i8] c"avid_lesions\00", align 1
@.str.24 = private unnamed_addr constant [14 x i8] c"all_below_2_5\00", align 1
@.str.25 = private unnamed_addr constant [13 x i8] c"many_lesions\00", align 1
@vars = private constant [17 x %guide_var_info] [%guide_var_info { ptr @.str, i32 0, i32 6, ptr @.str.54, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 8, ptr null, ptr null, double 1.000000e-01 }, %guide_var_info { ptr @.str.2, i32 0, i32 6, ptr @.str.54, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 9, ptr null, ptr null, double 1.000000e-01 }, %guide_var_info { ptr @.str.4, i32 1, i32 2, ptr @.str.54, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 16, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.6, i32 1, i32 2, ptr @.str.54, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 17, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.8, i32 1, i32 2, ptr @.str.9, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 18, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.10, i32 1, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 19, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.11, i32 1, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 20, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.12, i32 1, i32 2, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 21, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.13, i32 1, i32 2, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 22, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.14, i32 1, i32 2, ptr @.str.54, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 23, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.16, i32 1, i32 2, ptr @.str.54, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 24, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.18, i32 1, i32 2, ptr @.str.54, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 25, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.22, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.pet_response, i32 10, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.23, i32 2, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 11, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.24, i32 2, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 12, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.25, i32 2, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 13, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.49, i32 2, i32 2, ptr @.str.54, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 14, ptr null, ptr null, double 0.000000e+00 }]
@reads.0 = private constant [2 x i32] [i32 4, i32 3]
@.str.30 = private unnamed_addr constant [39 x i8] c"decrease: > 70 %, post_mean: < 2.5 SUV\00", align 1
@reads.1 = private constant [2 x i32] [i32 4, i32 3]
@.str.33 = private unnamed_addr constant [40 x i8] c"decrease: <= 70 %, post_mean: < 2.5 SUV\00", align 1
@reads.2 = private constant [1 x i32] [i32 3]
@.str.36 = private unnamed_addr constant [35 x i8] c"decrease: -, post_mean: >= 2.5 SUV\00", align 1
@.str.37 = private unnamed_addr constant [5 x i8] c"avid\00", align 1
@reads.3 = private constant [1 x i32] [i32 5]
@.str.39 = private unnamed_addr constant [9 x i8] c"not_avid\00", align 1
@reads.4 = private constant [1 x i32] [i32 5]
@.str.41 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@reads.5 = private constant [1 x i32] [i32 6]
@.str.43 = private unnamed_addr constant [8 x i8] c"not_low\00", align 1
@reads.6 = private constant [1 x i32] [i32 6]
@.str.45 = private unnamed_addr constant [5 x i8] c"many\00", align 1
@reads.7 = private constant [2 x i32] [i32 7, i32 8]
@.str.47 = private unnamed_addr constant [4 x i8] c"few\00", align 1
@reads.8 = private constant [2 x i32] [i32 7, i32 8]
@.str.49 = private unnamed_addr constant [8 x i8] c"hottest\00", align 1
@.str.50 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@reads.9 = private constant [3 x i32] [i32 9, i32 10, i32 11]
@clauses = private constant [10 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.51, i32 0, i32 1, ptr null, ptr @.str.52, i32 29, i32 2, ptr @reads.0, i32 0, ptr null, ptr @.str.30 }, %guide_clause_info { i32 1, ptr @.str.51, i32 0, i32 2, ptr null, ptr @.str.52, i32 30, i32 2, ptr @reads.1, i32 0, ptr null, ptr @.str.33 }, %guide_clause_info { i32 1, ptr @.str.51, i32 0, i32 3, ptr null, ptr @.str.52, i32 31, i32 1, ptr @reads.2, i32 0, ptr null, ptr @.str.36 }, %guide_clause_info { i32 0, ptr @.str.37, i32 -1, i32 0, ptr null, ptr @.str.52, i32 34, i32 1, ptr @reads.3, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.39, i32 -1, i32 0, ptr null, ptr @.str.52, i32 35, i32 1, ptr @reads.4, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.41, i32 -1, i32 0, ptr null, ptr @.str.52, i32 36, i32 1, ptr @reads.5, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.43, i32 -1, i32 0, ptr null, ptr @.str.52, i32 37, i32 1, ptr @reads.6, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.45, i32 -1, i32 0, ptr null, ptr @.str.50, i32 38, i32 2, ptr @reads.7, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.47, i32 -1, i32 0, ptr null, ptr @.str.50, i32 39, i32 2, ptr @reads.8, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.49, i32 -1, i32 0, ptr null, ptr @.str.50, i32 40, i32 3, ptr @reads.9, i32 0, ptr null, ptr null }]
@.str.51 = private unnamed_addr constant [4 x i8] c"pet\00", align 1
@.str.52 = private unnamed_addr constant [9 x i8] c"\C2\A710.3.2\00", align 1
@tables = private constant [1 x %guide_table_info] [%guide_table_info { ptr @.str.51, ptr @.str.52, i32 27, i32 0, i32 0, i32 3 }]
@.str.54 = private unnamed_addr constant [4 x i8] c"SUV\00", align 1
@.str.55 = private unnamed_addr constant [26 x i8] c"standardized uptake value\00", align 1
@units = private constant [1 x %guide_unit] [%guide_unit { ptr @.str.54, ptr @.str.54, double 1.000000e+00, double 1.000000e+00, ptr @.str.55 }]
@.str.56 = private unnamed_addr constant [6 x i8] c"lists\00", align 1
@.str.57 = private unnamed_addr constant [36 x i8] c"PET response from per-lesion SUVmax\00", align 1
@.str.58 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.59 = private unnamed_addr constant [5 x i8] c"test\00", align 1
@.str.60 = private unnamed_addr constant [65 x i8] c"d1d1d769e0c4dd664acbea807e5cde9a50bd527f5770bc7b1fb3c1d836c8de81\00", align 1
@.str.61 = private unnamed_addr constant [12 x i8] c"lists.guide\00", align 1
@lists_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.56, ptr @.str.57, ptr @.str.58, ptr @.str.59, ptr @.str.60, ptr @.str.61, i32 17, i32 2, i32 10, i32 5, ptr @vars, i32 10, ptr @clauses, i32 1, ptr @tables, i32 1, ptr @units, ptr @dds, i32 0, ptr null, ptr null }
@test0.cuts = private constant [1 x double] [double 2.450000e+00]
@test0.holds = private constant [3 x i8] c"\00\01\01"
@test0 = private constant { i32, ptr, ptr } { i32 1, ptr @test0.cuts, ptr @test0.holds }
@test1.cuts = private constant [1 x double] [double 2.450000e+00]
@test1.holds = private constant [3 x i8] c"\01\00\00"
@test1 = private constant { i32, ptr, ptr } { i32 1, ptr @test1.cuts, ptr @test1.holds }
@test2.cuts = private constant [2 x double] [double 2.450000e+00, double 5.005000e+01]
@test2.holds = private constant [5 x i8] c"\00\01\01\00\00"
@test2 = private constant { i32, ptr, ptr } { i32 2, ptr @test2.cuts, ptr @test2.holds }
@rows.pet = private unnamed_addr constant [9 x i16] [i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 0, i16 1, i16 -1]
@combos.pet = private unnamed_addr constant [9 x i32] [i32 0, i32 3, i32 3, i32 0, i32 3, i32 3, i32 6, i32 3, i32 3]
@answers.pet.pet_response = private unnamed_addr constant [9 x i32] [i32 3, i32 4, i32 4, i32 3, i32 4, i32 4, i32 2, i32 4, i32 4]
@values.pet_response = private unnamed_addr constant [3 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0]]
@values.many_lesions = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] zeroinitializer]
@all_known = private unnamed_addr constant i64 -1

declare i32 @guide_list_aggregate(i32, ptr, i32, double, ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #0

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, i32 %o, ptr %asks, ptr %possible) unnamed_addr #1 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 348
  %1 = getelementptr inbounds i8, ptr %s, i64 484
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(136) %0, i8 0, i64 136, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = sext i32 %o to i64
  %4 = getelementptr inbounds [5 x %guide_dd], ptr @dds, i64 0, i64 %3
  %5 = getelementptr inbounds i8, ptr %s, i64 272
  %6 = getelementptr inbounds i8, ptr %s, i64 488
  %memos = load ptr, ptr %6, align 8
  %has_memos.not = icmp eq ptr %memos, null
  br i1 %has_memos.not, label %walk, label %memo

memo:                                             ; preds = %endif
  %7 = getelementptr inbounds ptr, ptr %memos, i64 %3
  %m = load ptr, ptr %7, align 8
  br label %walk

walk:                                             ; preds = %memo, %endif
  %memo1 = phi ptr [ null, %endif ], [ %m, %memo ]
  %n = call i32 @guide_dd_walk(ptr nonnull %4, i32 2, ptr nonnull %s, ptr nonnull %5, ptr nonnull %0, ptr %memo1, ptr %possible, ptr %asks, ptr nonnull %leaf)
  %var = add nuw nsw i32 %o, 12
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
  %14 = getelementptr inbounds i8, ptr %s, i64 296
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
  store i64 0, ptr %possible, align 8
  br label %common.ret

undetermined:                                     ; preds = %walk
  %27 = getelementptr inbounds i8, ptr %s, i64 296
  %out2 = load ptr, ptr %27, align 8
  %28 = getelementptr inbounds %guide_output, ptr %out2, i64 %3
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %28, align 1
  %29 = sext i32 %var to i64
  %30 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 0, i64 %29
  %31 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 1, i64 %29
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %30, i8 0, i64 16, i1 false)
  store i8 0, ptr %31, align 1
  br label %common.ret
}

define internal fastcc range(i32 0, 3) i32 @eval_with(ptr nocapture readonly %in, ptr %out, ptr %trace, ptr %memo) unnamed_addr {
entry:
  %agg.i185 = alloca double, align 8
  %agg.i168 = alloca double, align 8
  %agg.i151 = alloca double, align 8
  %agg.i134 = alloca double, align 8
  %agg.i117 = alloca double, align 8
  %agg.i100 = alloca double, align 8
  %agg.i83 = alloca double, align 8
  %agg.i59 = alloca double, align 8
  %agg.i = alloca double, align 8
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 272
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(17) %0, i8 0, i64 17, i1 false)
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %suv_baseline, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit390, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit390 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %suv_post, %suv_baseline
  %bad = phi i32 [ 1, %suv_baseline ], [ 2, %suv_post ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(208) %out, i8 0, i64 208, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 24
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 28
  store i8 2, ptr %3, align 1
  %4 = getelementptr inbounds i8, ptr %out, i64 32
  store i8 2, ptr %4, align 1
  %5 = getelementptr inbounds i8, ptr %out, i64 36
  store i8 2, ptr %5, align 1
  %6 = getelementptr inbounds i8, ptr %out, i64 40
  store i8 2, ptr %6, align 1
  br label %common.ret

suv_baseline:                                     ; preds = %entry
  %7 = getelementptr inbounds i8, ptr %in, i64 8
  %suv_baseline1 = load { ptr, i32 }, ptr %7, align 8
  %items = extractvalue { ptr, i32 } %suv_baseline1, 0
  %n = extractvalue { ptr, i32 } %suv_baseline1, 1
  %valid = tail call i32 @guide_list_valid(ptr %items, i32 %n, double 0.000000e+00, double 1.000000e+02, double 1.000000e-01)
  %.not = icmp eq i32 %valid, 0
  br i1 %.not, label %bad_input, label %good

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %8 = phi i32 [ %n, %good ], [ 0, %unknown ]
  %suv_baseline.i.fca.0.load = phi ptr [ %items, %good ], [ null, %unknown ]
  %known2 = phi i64 [ %known2.pre, %good ], [ %known, %unknown ]
  %9 = and i64 %known2, 2
  %.not47 = icmp eq i64 %9, 0
  br i1 %.not47, label %unknown3, label %suv_post

good:                                             ; preds = %suv_baseline
  %.fca.1.gep42 = getelementptr inbounds i8, ptr %s, i64 8
  %10 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 0, ptr %10, align 8
  store ptr %items, ptr %s, align 8
  store i32 %n, ptr %.fca.1.gep42, align 8
  store i8 1, ptr %0, align 8
  %known2.pre = load i64, ptr %in, align 8
  br label %next

suv_post:                                         ; preds = %next
  %11 = getelementptr inbounds i8, ptr %in, i64 24
  %suv_post5 = load { ptr, i32 }, ptr %11, align 8
  %items6 = extractvalue { ptr, i32 } %suv_post5, 0
  %n7 = extractvalue { ptr, i32 } %suv_post5, 1
  %valid8 = tail call i32 @guide_list_valid(ptr %items6, i32 %n7, double 0.000000e+00, double 1.000000e+02, double 1.000000e-01)
  %.not48 = icmp eq i32 %valid8, 0
  br i1 %.not48, label %bad_input, label %good9

unknown3:                                         ; preds = %next
  %12 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good9, %unknown3
  %13 = getelementptr inbounds i8, ptr %s, i64 324
  store i64 0, ptr %13, align 4
  %14 = getelementptr inbounds i8, ptr %s, i64 344
  store i32 -1, ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %s, i64 484
  store i8 0, ptr %15, align 4
  %16 = getelementptr inbounds i8, ptr %s, i64 488
  store ptr %memo, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %out, i64 24
  %18 = getelementptr inbounds i8, ptr %s, i64 296
  store ptr %17, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %s, i64 336
  store ptr %trace, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %out, i64 48
  %21 = getelementptr inbounds i8, ptr %out, i64 88
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %20, i8 0, i64 80, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i)
  %suv_baseline.i.fca.1.gep = getelementptr inbounds i8, ptr %s, i64 8
  store double 0.000000e+00, ptr %agg.i, align 8
  %has.i = call i32 @guide_list_aggregate(i32 0, ptr %suv_baseline.i.fca.0.load, i32 %8, double 1.000000e-01, ptr null, ptr nonnull %agg.i)
  %.not1.i = icmp eq i32 %has.i, 0
  %not..not1.i = xor i1 %.not1.i, true
  %22 = select i1 %1, i1 %not..not1.i, i1 false
  %x.i = load double, ptr %agg.i, align 8
  %23 = zext i1 %22 to i8
  %24 = getelementptr inbounds i8, ptr %s, i64 274
  store i8 %23, ptr %24, align 2
  %25 = getelementptr inbounds i8, ptr %s, i64 32
  %26 = select i1 %22, double %x.i, double 0.000000e+00
  %27 = getelementptr inbounds i8, ptr %s, i64 40
  store i64 0, ptr %27, align 8
  store double %26, ptr %25, align 8
  %28 = select i1 %1, i1 %.not1.i, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i)
  %29 = icmp ne ptr %trace, null
  %or.cond.not = select i1 %28, i1 %29, i1 false
  br i1 %or.cond.not, label %trace.i, label %endif

good9:                                            ; preds = %suv_post
  %30 = getelementptr inbounds i8, ptr %s, i64 16
  %.fca.1.gep46 = getelementptr inbounds i8, ptr %s, i64 24
  %31 = getelementptr inbounds i8, ptr %s, i64 24
  store i64 0, ptr %31, align 8
  store ptr %items6, ptr %30, align 8
  store i32 %n7, ptr %.fca.1.gep46, align 8
  %32 = getelementptr inbounds i8, ptr %s, i64 273
  store i8 1, ptr %32, align 1
  br label %next4

trace.i:                                          ; preds = %next4
  %33 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %34, align 8
  %35 = icmp eq i64 %len.i, %cap.i
  br i1 %35, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i
  %36 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %36, align 4
  br label %endif

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %37 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 2, ptr %37, align 1
  %38 = getelementptr inbounds i8, ptr %37, i64 1
  store i8 0, ptr %38, align 1
  %39 = getelementptr inbounds i8, ptr %37, i64 4
  store i32 2, ptr %39, align 4
  %40 = add i64 %len.i, 1
  store i64 %40, ptr %33, align 8
  br label %endif

endif:                                            ; preds = %add.i, %full.i, %next4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i59)
  %41 = getelementptr inbounds i8, ptr %s, i64 273
  %k.i60 = load i8, ptr %41, align 1
  %.not.i61 = icmp ne i8 %k.i60, 0
  %42 = getelementptr inbounds i8, ptr %s, i64 16
  %suv_post.i.fca.0.load = load ptr, ptr %42, align 8
  %suv_post.i.fca.1.gep = getelementptr inbounds i8, ptr %s, i64 24
  %suv_post.i.fca.1.load = load i32, ptr %suv_post.i.fca.1.gep, align 8
  %43 = select i1 %.not.i61, i32 %suv_post.i.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i59, align 8
  %has.i64 = call i32 @guide_list_aggregate(i32 0, ptr %suv_post.i.fca.0.load, i32 %43, double 1.000000e-01, ptr null, ptr nonnull %agg.i59)
  %.not1.i65 = icmp eq i32 %has.i64, 0
  %not..not1.i66 = xor i1 %.not1.i65, true
  %44 = select i1 %.not.i61, i1 %not..not1.i66, i1 false
  %x.i67 = load double, ptr %agg.i59, align 8
  %45 = zext i1 %44 to i8
  %46 = getelementptr inbounds i8, ptr %s, i64 275
  store i8 %45, ptr %46, align 1
  %47 = getelementptr inbounds i8, ptr %s, i64 48
  %48 = select i1 %44, double %x.i67, double 0.000000e+00
  %49 = getelementptr inbounds i8, ptr %s, i64 56
  store i64 0, ptr %49, align 8
  store double %48, ptr %47, align 8
  %50 = select i1 %.not.i61, i1 %.not1.i65, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i59)
  %or.cond396.not = select i1 %50, i1 %29, i1 false
  br i1 %or.cond396.not, label %trace.i68, label %endif11

trace.i68:                                        ; preds = %endif
  %51 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i69 = load i64, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i70 = load i64, ptr %52, align 8
  %53 = icmp eq i64 %len.i69, %cap.i70
  br i1 %53, label %full.i73, label %add.i71

full.i73:                                         ; preds = %trace.i68
  %54 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %54, align 4
  br label %endif11

add.i71:                                          ; preds = %trace.i68
  %ev.i72 = load ptr, ptr %trace, align 8
  %55 = getelementptr inbounds %guide_event, ptr %ev.i72, i64 %len.i69
  store i8 2, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %55, i64 1
  store i8 0, ptr %56, align 1
  %57 = getelementptr inbounds i8, ptr %55, i64 4
  store i32 3, ptr %57, align 4
  %58 = add i64 %len.i69, 1
  store i64 %58, ptr %51, align 8
  %k1.i.pre = load i8, ptr %46, align 1
  %post_mean.i.pre = load double, ptr %47, align 8
  br label %endif11

endif11:                                          ; preds = %add.i71, %full.i73, %endif
  %post_mean.i = phi double [ %post_mean.i.pre, %add.i71 ], [ %48, %full.i73 ], [ %48, %endif ]
  %k1.i = phi i8 [ %k1.i.pre, %add.i71 ], [ %45, %full.i73 ], [ %45, %endif ]
  %k.i75 = load i8, ptr %24, align 2
  %59 = icmp ne i8 %k.i75, 0
  %baseline_mean.i = load double, ptr %25, align 8
  %60 = select i1 %59, double %baseline_mean.i, double 0.000000e+00
  %61 = icmp ne i8 %k1.i, 0
  %62 = select i1 %61, double %post_mean.i, double 0.000000e+00
  %63 = fsub double %60, %62
  %64 = and i1 %59, %61
  %65 = call double @llvm.fabs.f64(double %63)
  %66 = fcmp one double %65, 0x7FF0000000000000
  %67 = select i1 %64, double %63, double 0.000000e+00
  %68 = fdiv double %67, %60
  %69 = select i1 %64, i1 %66, i1 false
  %70 = call double @llvm.fabs.f64(double %68)
  %71 = fcmp one double %70, 0x7FF0000000000000
  %72 = fcmp one double %60, 0.000000e+00
  %73 = and i1 %72, %71
  %74 = fmul double %68, 1.000000e+02
  %75 = select i1 %69, i1 %73, i1 false
  %76 = select i1 %66, i1 %73, i1 false
  %77 = xor i1 %76, true
  %78 = select i1 %64, i1 %77, i1 false
  %79 = call double @llvm.fabs.f64(double %74)
  %80 = fcmp ueq double %79, 0x7FF0000000000000
  %.not5.i = select i1 %69, i1 %80, i1 false
  %not..not5.i = xor i1 %.not5.i, true
  %81 = select i1 %75, i1 %not..not5.i, i1 false
  %82 = zext i1 %81 to i8
  %83 = getelementptr inbounds i8, ptr %s, i64 276
  store i8 %82, ptr %83, align 4
  %84 = getelementptr inbounds i8, ptr %s, i64 64
  %85 = select i1 %81, double %74, double 0.000000e+00
  %86 = getelementptr inbounds i8, ptr %s, i64 72
  store i64 0, ptr %86, align 8
  store double %85, ptr %84, align 8
  %87 = select i1 %75, i1 %.not5.i, i1 %78
  %or.cond397.not = select i1 %87, i1 %29, i1 false
  br i1 %or.cond397.not, label %trace.i76, label %endif13

trace.i76:                                        ; preds = %endif11
  %88 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i77 = load i64, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i78 = load i64, ptr %89, align 8
  %90 = icmp eq i64 %len.i77, %cap.i78
  br i1 %90, label %full.i81, label %add.i79

full.i81:                                         ; preds = %trace.i76
  %91 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %91, align 4
  br label %endif13

add.i79:                                          ; preds = %trace.i76
  %ev.i80 = load ptr, ptr %trace, align 8
  %92 = getelementptr inbounds %guide_event, ptr %ev.i80, i64 %len.i77
  store i8 2, ptr %92, align 1
  %93 = getelementptr inbounds i8, ptr %92, i64 1
  store i8 0, ptr %93, align 1
  %94 = getelementptr inbounds i8, ptr %92, i64 4
  store i32 4, ptr %94, align 4
  %95 = add i64 %len.i77, 1
  store i64 %95, ptr %88, align 8
  br label %endif13

endif13:                                          ; preds = %add.i79, %full.i81, %endif11
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i83)
  %k.i84 = load i8, ptr %0, align 8
  %.not.i85 = icmp ne i8 %k.i84, 0
  %suv_baseline.i86.fca.0.load = load ptr, ptr %s, align 8
  %suv_baseline.i86.fca.1.load = load i32, ptr %suv_baseline.i.fca.1.gep, align 8
  %96 = select i1 %.not.i85, i32 %suv_baseline.i86.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i83, align 8
  %has.i89 = call i32 @guide_list_aggregate(i32 5, ptr %suv_baseline.i86.fca.0.load, i32 %96, double 1.000000e-01, ptr nonnull @test0, ptr nonnull %agg.i83)
  %.not1.i90 = icmp eq i32 %has.i89, 0
  %not..not1.i91 = xor i1 %.not1.i90, true
  %97 = select i1 %.not.i85, i1 %not..not1.i91, i1 false
  %x.i92 = load double, ptr %agg.i83, align 8
  %98 = fcmp one double %x.i92, 0.000000e+00
  %99 = zext i1 %97 to i8
  %100 = getelementptr inbounds i8, ptr %s, i64 277
  store i8 %99, ptr %100, align 1
  %101 = getelementptr inbounds i8, ptr %s, i64 80
  %102 = select i1 %97, i1 %98, i1 false
  %103 = zext i1 %102 to i32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %101, i8 0, i64 16, i1 false)
  store i32 %103, ptr %101, align 8
  %104 = select i1 %.not.i85, i1 %.not1.i90, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i83)
  %or.cond398.not = select i1 %104, i1 %29, i1 false
  br i1 %or.cond398.not, label %trace.i93, label %endif15

trace.i93:                                        ; preds = %endif13
  %105 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i94 = load i64, ptr %105, align 8
  %106 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i95 = load i64, ptr %106, align 8
  %107 = icmp eq i64 %len.i94, %cap.i95
  br i1 %107, label %full.i98, label %add.i96

full.i98:                                         ; preds = %trace.i93
  %108 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %108, align 4
  br label %endif15

add.i96:                                          ; preds = %trace.i93
  %ev.i97 = load ptr, ptr %trace, align 8
  %109 = getelementptr inbounds %guide_event, ptr %ev.i97, i64 %len.i94
  store i8 2, ptr %109, align 1
  %110 = getelementptr inbounds i8, ptr %109, i64 1
  store i8 0, ptr %110, align 1
  %111 = getelementptr inbounds i8, ptr %109, i64 4
  store i32 5, ptr %111, align 4
  %112 = add i64 %len.i94, 1
  store i64 %112, ptr %105, align 8
  br label %endif15

endif15:                                          ; preds = %add.i96, %full.i98, %endif13
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i100)
  %k.i101 = load i8, ptr %41, align 1
  %.not.i102 = icmp ne i8 %k.i101, 0
  %suv_post.i103.fca.0.load = load ptr, ptr %42, align 8
  %suv_post.i103.fca.1.load = load i32, ptr %suv_post.i.fca.1.gep, align 8
  %113 = select i1 %.not.i102, i32 %suv_post.i103.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i100, align 8
  %has.i106 = call i32 @guide_list_aggregate(i32 6, ptr %suv_post.i103.fca.0.load, i32 %113, double 1.000000e-01, ptr nonnull @test1, ptr nonnull %agg.i100)
  %.not1.i107 = icmp eq i32 %has.i106, 0
  %not..not1.i108 = xor i1 %.not1.i107, true
  %114 = select i1 %.not.i102, i1 %not..not1.i108, i1 false
  %x.i109 = load double, ptr %agg.i100, align 8
  %115 = fcmp one double %x.i109, 0.000000e+00
  %116 = zext i1 %114 to i8
  %117 = getelementptr inbounds i8, ptr %s, i64 278
  store i8 %116, ptr %117, align 2
  %118 = getelementptr inbounds i8, ptr %s, i64 96
  %119 = select i1 %114, i1 %115, i1 false
  %120 = zext i1 %119 to i32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %118, i8 0, i64 16, i1 false)
  store i32 %120, ptr %118, align 8
  %121 = select i1 %.not.i102, i1 %.not1.i107, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i100)
  %or.cond399.not = select i1 %121, i1 %29, i1 false
  br i1 %or.cond399.not, label %trace.i110, label %endif17

trace.i110:                                       ; preds = %endif15
  %122 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i111 = load i64, ptr %122, align 8
  %123 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i112 = load i64, ptr %123, align 8
  %124 = icmp eq i64 %len.i111, %cap.i112
  br i1 %124, label %full.i115, label %add.i113

full.i115:                                        ; preds = %trace.i110
  %125 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %125, align 4
  br label %endif17

add.i113:                                         ; preds = %trace.i110
  %ev.i114 = load ptr, ptr %trace, align 8
  %126 = getelementptr inbounds %guide_event, ptr %ev.i114, i64 %len.i111
  store i8 2, ptr %126, align 1
  %127 = getelementptr inbounds i8, ptr %126, i64 1
  store i8 0, ptr %127, align 1
  %128 = getelementptr inbounds i8, ptr %126, i64 4
  store i32 6, ptr %128, align 4
  %129 = add i64 %len.i111, 1
  store i64 %129, ptr %122, align 8
  br label %endif17

endif17:                                          ; preds = %add.i113, %full.i115, %endif15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i117)
  %k.i118 = load i8, ptr %0, align 8
  %.not.i119 = icmp ne i8 %k.i118, 0
  %suv_baseline.i120.fca.0.load = load ptr, ptr %s, align 8
  %suv_baseline.i120.fca.1.load = load i32, ptr %suv_baseline.i.fca.1.gep, align 8
  %130 = select i1 %.not.i119, i32 %suv_baseline.i120.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i117, align 8
  %has.i123 = call i32 @guide_list_aggregate(i32 4, ptr %suv_baseline.i120.fca.0.load, i32 %130, double 1.000000e-01, ptr null, ptr nonnull %agg.i117)
  %.not1.i124 = icmp eq i32 %has.i123, 0
  %not..not1.i125 = xor i1 %.not1.i124, true
  %131 = select i1 %.not.i119, i1 %not..not1.i125, i1 false
  %x.i126 = load double, ptr %agg.i117, align 8
  %132 = zext i1 %131 to i8
  %133 = getelementptr inbounds i8, ptr %s, i64 279
  store i8 %132, ptr %133, align 1
  %134 = getelementptr inbounds i8, ptr %s, i64 112
  %135 = select i1 %131, double %x.i126, double 0.000000e+00
  %136 = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %136, align 8
  store double %135, ptr %134, align 8
  %137 = select i1 %.not.i119, i1 %.not1.i124, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i117)
  %or.cond400.not = select i1 %137, i1 %29, i1 false
  br i1 %or.cond400.not, label %trace.i127, label %endif19

trace.i127:                                       ; preds = %endif17
  %138 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i128 = load i64, ptr %138, align 8
  %139 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i129 = load i64, ptr %139, align 8
  %140 = icmp eq i64 %len.i128, %cap.i129
  br i1 %140, label %full.i132, label %add.i130

full.i132:                                        ; preds = %trace.i127
  %141 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %141, align 4
  br label %endif19

add.i130:                                         ; preds = %trace.i127
  %ev.i131 = load ptr, ptr %trace, align 8
  %142 = getelementptr inbounds %guide_event, ptr %ev.i131, i64 %len.i128
  store i8 2, ptr %142, align 1
  %143 = getelementptr inbounds i8, ptr %142, i64 1
  store i8 0, ptr %143, align 1
  %144 = getelementptr inbounds i8, ptr %142, i64 4
  store i32 7, ptr %144, align 4
  %145 = add i64 %len.i128, 1
  store i64 %145, ptr %138, align 8
  br label %endif19

endif19:                                          ; preds = %add.i130, %full.i132, %endif17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i134)
  %k.i135 = load i8, ptr %0, align 8
  %.not.i136 = icmp ne i8 %k.i135, 0
  %suv_baseline.i137.fca.0.load = load ptr, ptr %s, align 8
  %suv_baseline.i137.fca.1.load = load i32, ptr %suv_baseline.i.fca.1.gep, align 8
  %146 = select i1 %.not.i136, i32 %suv_baseline.i137.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i134, align 8
  %has.i140 = call i32 @guide_list_aggregate(i32 4, ptr %suv_baseline.i137.fca.0.load, i32 %146, double 1.000000e-01, ptr nonnull @test2, ptr nonnull %agg.i134)
  %.not1.i141 = icmp eq i32 %has.i140, 0
  %not..not1.i142 = xor i1 %.not1.i141, true
  %147 = select i1 %.not.i136, i1 %not..not1.i142, i1 false
  %x.i143 = load double, ptr %agg.i134, align 8
  %148 = zext i1 %147 to i8
  %149 = getelementptr inbounds i8, ptr %s, i64 280
  store i8 %148, ptr %149, align 8
  %150 = getelementptr inbounds i8, ptr %s, i64 128
  %151 = select i1 %147, double %x.i143, double 0.000000e+00
  %152 = getelementptr inbounds i8, ptr %s, i64 136
  store i64 0, ptr %152, align 8
  store double %151, ptr %150, align 8
  %153 = select i1 %.not.i136, i1 %.not1.i141, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i134)
  %or.cond401.not = select i1 %153, i1 %29, i1 false
  br i1 %or.cond401.not, label %trace.i144, label %endif21

trace.i144:                                       ; preds = %endif19
  %154 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i145 = load i64, ptr %154, align 8
  %155 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i146 = load i64, ptr %155, align 8
  %156 = icmp eq i64 %len.i145, %cap.i146
  br i1 %156, label %full.i149, label %add.i147

full.i149:                                        ; preds = %trace.i144
  %157 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %157, align 4
  br label %endif21

add.i147:                                         ; preds = %trace.i144
  %ev.i148 = load ptr, ptr %trace, align 8
  %158 = getelementptr inbounds %guide_event, ptr %ev.i148, i64 %len.i145
  store i8 2, ptr %158, align 1
  %159 = getelementptr inbounds i8, ptr %158, i64 1
  store i8 0, ptr %159, align 1
  %160 = getelementptr inbounds i8, ptr %158, i64 4
  store i32 8, ptr %160, align 4
  %161 = add i64 %len.i145, 1
  store i64 %161, ptr %154, align 8
  br label %endif21

endif21:                                          ; preds = %add.i147, %full.i149, %endif19
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i151)
  %k.i152 = load i8, ptr %0, align 8
  %.not.i153 = icmp ne i8 %k.i152, 0
  %suv_baseline.i154.fca.0.load = load ptr, ptr %s, align 8
  %suv_baseline.i154.fca.1.load = load i32, ptr %suv_baseline.i.fca.1.gep, align 8
  %162 = select i1 %.not.i153, i32 %suv_baseline.i154.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i151, align 8
  %has.i157 = call i32 @guide_list_aggregate(i32 2, ptr %suv_baseline.i154.fca.0.load, i32 %162, double 1.000000e-01, ptr null, ptr nonnull %agg.i151)
  %.not1.i158 = icmp eq i32 %has.i157, 0
  %not..not1.i159 = xor i1 %.not1.i158, true
  %163 = select i1 %.not.i153, i1 %not..not1.i159, i1 false
  %x.i160 = load double, ptr %agg.i151, align 8
  %164 = zext i1 %163 to i8
  %165 = getelementptr inbounds i8, ptr %s, i64 281
  store i8 %164, ptr %165, align 1
  %166 = getelementptr inbounds i8, ptr %s, i64 144
  %167 = select i1 %163, double %x.i160, double 0.000000e+00
  %168 = getelementptr inbounds i8, ptr %s, i64 152
  store i64 0, ptr %168, align 8
  store double %167, ptr %166, align 8
  %169 = select i1 %.not.i153, i1 %.not1.i158, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i151)
  %or.cond402.not = select i1 %169, i1 %29, i1 false
  br i1 %or.cond402.not, label %trace.i161, label %endif23

trace.i161:                                       ; preds = %endif21
  %170 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i162 = load i64, ptr %170, align 8
  %171 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i163 = load i64, ptr %171, align 8
  %172 = icmp eq i64 %len.i162, %cap.i163
  br i1 %172, label %full.i166, label %add.i164

full.i166:                                        ; preds = %trace.i161
  %173 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %173, align 4
  br label %endif23

add.i164:                                         ; preds = %trace.i161
  %ev.i165 = load ptr, ptr %trace, align 8
  %174 = getelementptr inbounds %guide_event, ptr %ev.i165, i64 %len.i162
  store i8 2, ptr %174, align 1
  %175 = getelementptr inbounds i8, ptr %174, i64 1
  store i8 0, ptr %175, align 1
  %176 = getelementptr inbounds i8, ptr %174, i64 4
  store i32 9, ptr %176, align 4
  %177 = add i64 %len.i162, 1
  store i64 %177, ptr %170, align 8
  br label %endif23

endif23:                                          ; preds = %add.i164, %full.i166, %endif21
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i168)
  %k.i169 = load i8, ptr %41, align 1
  %.not.i170 = icmp ne i8 %k.i169, 0
  %suv_post.i171.fca.0.load = load ptr, ptr %42, align 8
  %suv_post.i171.fca.1.load = load i32, ptr %suv_post.i.fca.1.gep, align 8
  %178 = select i1 %.not.i170, i32 %suv_post.i171.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i168, align 8
  %has.i174 = call i32 @guide_list_aggregate(i32 1, ptr %suv_post.i171.fca.0.load, i32 %178, double 1.000000e-01, ptr null, ptr nonnull %agg.i168)
  %.not1.i175 = icmp eq i32 %has.i174, 0
  %not..not1.i176 = xor i1 %.not1.i175, true
  %179 = select i1 %.not.i170, i1 %not..not1.i176, i1 false
  %x.i177 = load double, ptr %agg.i168, align 8
  %180 = zext i1 %179 to i8
  %181 = getelementptr inbounds i8, ptr %s, i64 282
  store i8 %180, ptr %181, align 2
  %182 = getelementptr inbounds i8, ptr %s, i64 160
  %183 = select i1 %179, double %x.i177, double 0.000000e+00
  %184 = getelementptr inbounds i8, ptr %s, i64 168
  store i64 0, ptr %184, align 8
  store double %183, ptr %182, align 8
  %185 = select i1 %.not.i170, i1 %.not1.i175, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i168)
  %or.cond403.not = select i1 %185, i1 %29, i1 false
  br i1 %or.cond403.not, label %trace.i178, label %endif25

trace.i178:                                       ; preds = %endif23
  %186 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i179 = load i64, ptr %186, align 8
  %187 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i180 = load i64, ptr %187, align 8
  %188 = icmp eq i64 %len.i179, %cap.i180
  br i1 %188, label %full.i183, label %add.i181

full.i183:                                        ; preds = %trace.i178
  %189 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %189, align 4
  br label %endif25

add.i181:                                         ; preds = %trace.i178
  %ev.i182 = load ptr, ptr %trace, align 8
  %190 = getelementptr inbounds %guide_event, ptr %ev.i182, i64 %len.i179
  store i8 2, ptr %190, align 1
  %191 = getelementptr inbounds i8, ptr %190, i64 1
  store i8 0, ptr %191, align 1
  %192 = getelementptr inbounds i8, ptr %190, i64 4
  store i32 10, ptr %192, align 4
  %193 = add i64 %len.i179, 1
  store i64 %193, ptr %186, align 8
  br label %endif25

endif25:                                          ; preds = %add.i181, %full.i183, %endif23
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i185)
  %k.i186 = load i8, ptr %41, align 1
  %.not.i187 = icmp ne i8 %k.i186, 0
  %suv_post.i188.fca.0.load = load ptr, ptr %42, align 8
  %suv_post.i188.fca.1.load = load i32, ptr %suv_post.i.fca.1.gep, align 8
  %194 = select i1 %.not.i187, i32 %suv_post.i188.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i185, align 8
  %has.i191 = call i32 @guide_list_aggregate(i32 3, ptr %suv_post.i188.fca.0.load, i32 %194, double 1.000000e-01, ptr null, ptr nonnull %agg.i185)
  %.not1.i192 = icmp eq i32 %has.i191, 0
  %not..not1.i193 = xor i1 %.not1.i192, true
  %195 = select i1 %.not.i187, i1 %not..not1.i193, i1 false
  %x.i194 = load double, ptr %agg.i185, align 8
  %196 = zext i1 %195 to i8
  %197 = getelementptr inbounds i8, ptr %s, i64 283
  store i8 %196, ptr %197, align 1
  %198 = getelementptr inbounds i8, ptr %s, i64 176
  %199 = select i1 %195, double %x.i194, double 0.000000e+00
  %200 = getelementptr inbounds i8, ptr %s, i64 184
  store i64 0, ptr %200, align 8
  store double %199, ptr %198, align 8
  %201 = select i1 %.not.i187, i1 %.not1.i192, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i185)
  %or.cond404.not = select i1 %201, i1 %29, i1 false
  br i1 %or.cond404.not, label %trace.i195, label %endif27

trace.i195:                                       ; preds = %endif25
  %202 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i196 = load i64, ptr %202, align 8
  %203 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i197 = load i64, ptr %203, align 8
  %204 = icmp eq i64 %len.i196, %cap.i197
  br i1 %204, label %full.i200, label %add.i198

full.i200:                                        ; preds = %trace.i195
  %205 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %205, align 4
  br label %endif27

add.i198:                                         ; preds = %trace.i195
  %ev.i199 = load ptr, ptr %trace, align 8
  %206 = getelementptr inbounds %guide_event, ptr %ev.i199, i64 %len.i196
  store i8 2, ptr %206, align 1
  %207 = getelementptr inbounds i8, ptr %206, i64 1
  store i8 0, ptr %207, align 1
  %208 = getelementptr inbounds i8, ptr %206, i64 4
  store i32 11, ptr %208, align 4
  %209 = add i64 %len.i196, 1
  store i64 %209, ptr %202, align 8
  br label %endif27

endif27:                                          ; preds = %add.i198, %full.i200, %endif25
  %trace.i202 = load ptr, ptr %19, align 8
  %210 = icmp eq ptr %trace.i202, null
  br i1 %210, label %untraced.i, label %endif.i

untraced.i:                                       ; preds = %endif27
  %combo.i.i = load i32, ptr %14, align 8
  %.not.i.i = icmp eq i32 %combo.i.i, -1
  br i1 %.not.i.i, label %endif.i.i, label %cells.pet.exit.i

common.ret.sink.split.i.i:                        ; preds = %endif2.i.i, %endif.i.i
  %.sink.i.i = phi i32 [ %223, %endif2.i.i ], [ -2, %endif.i.i ]
  store i32 %.sink.i.i, ptr %14, align 8
  br label %cells.pet.exit.i

endif.i.i:                                        ; preds = %untraced.i
  %k.i.i = load i8, ptr %83, align 4
  %.not3.i.i = icmp eq i8 %k.i.i, 0
  %k1.i.i = load i8, ptr %46, align 1
  %.not4.i.i = icmp eq i8 %k1.i.i, 0
  %211 = or i1 %.not3.i.i, %.not4.i.i
  br i1 %211, label %common.ret.sink.split.i.i, label %endif2.i.i

endif2.i.i:                                       ; preds = %endif.i.i
  %decrease.i.i = load double, ptr %84, align 8
  %212 = fcmp ogt double %decrease.i.i, 7.000000e+01
  %213 = zext i1 %212 to i32
  %214 = fcmp oge double %decrease.i.i, 7.000000e+01
  %215 = zext i1 %214 to i32
  %216 = add nuw nsw i32 %213, %215
  %post_mean.i.i = load double, ptr %47, align 8
  %217 = fcmp ogt double %post_mean.i.i, 2.500000e+00
  %218 = zext i1 %217 to i32
  %219 = fcmp oge double %post_mean.i.i, 2.500000e+00
  %220 = zext i1 %219 to i32
  %221 = add nuw nsw i32 %218, %220
  %222 = mul nuw nsw i32 %216, 3
  %223 = add nuw nsw i32 %221, %222
  br label %common.ret.sink.split.i.i

cells.pet.exit.i:                                 ; preds = %common.ret.sink.split.i.i, %untraced.i
  %common.ret.op.i.i = phi i32 [ %combo.i.i, %untraced.i ], [ %.sink.i.i, %common.ret.sink.split.i.i ]
  %224 = icmp sgt i32 %common.ret.op.i.i, -1
  br i1 %224, label %endif2.i, label %endif.i

endif.i:                                          ; preds = %cells.pet.exit.i, %endif27
  %done.i = load i8, ptr %13, align 4
  %225 = icmp eq i8 %done.i, 0
  br i1 %225, label %eval.i, label %endif4.i

endif2.i:                                         ; preds = %cells.pet.exit.i
  %226 = zext nneg i32 %common.ret.op.i.i to i64
  %227 = getelementptr inbounds [9 x i32], ptr @answers.pet.pet_response, i64 0, i64 %226
  %code.i = load i32, ptr %227, align 4
  %228 = add nsw i32 %code.i, -2
  %229 = sext i32 %228 to i64
  %230 = getelementptr inbounds [3 x [2 x i64]], ptr @values.pet_response, i64 0, i64 %229
  %value.unpack.i = load i64, ptr %230, align 16
  %out3.i = load ptr, ptr %18, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out3.i, align 1
  %231 = getelementptr inbounds i8, ptr %s, i64 192
  store i64 %value.unpack.i, ptr %231, align 8
  %.repack55.i = getelementptr inbounds i8, ptr %s, i64 200
  store i64 0, ptr %.repack55.i, align 8
  %232 = getelementptr inbounds i8, ptr %s, i64 284
  store i8 1, ptr %232, align 4
  br label %endif28

eval.i:                                           ; preds = %endif.i
  store i8 1, ptr %13, align 4
  %combo.i.i.i = load i32, ptr %14, align 8
  %.not.i.i.i = icmp eq i32 %combo.i.i.i, -1
  br i1 %.not.i.i.i, label %endif.i.i.i, label %cells.pet.exit.i.i

common.ret.sink.split.i.i.i:                      ; preds = %endif2.i.i.i, %endif.i.i.i
  %.sink.i.i.i = phi i32 [ %245, %endif2.i.i.i ], [ -2, %endif.i.i.i ]
  store i32 %.sink.i.i.i, ptr %14, align 8
  br label %cells.pet.exit.i.i

endif.i.i.i:                                      ; preds = %eval.i
  %k.i.i.i = load i8, ptr %83, align 4
  %.not3.i.i.i = icmp eq i8 %k.i.i.i, 0
  %k1.i.i.i = load i8, ptr %46, align 1
  %.not4.i.i.i = icmp eq i8 %k1.i.i.i, 0
  %233 = or i1 %.not3.i.i.i, %.not4.i.i.i
  br i1 %233, label %common.ret.sink.split.i.i.i, label %endif2.i.i.i

endif2.i.i.i:                                     ; preds = %endif.i.i.i
  %decrease.i.i.i = load double, ptr %84, align 8
  %234 = fcmp ogt double %decrease.i.i.i, 7.000000e+01
  %235 = zext i1 %234 to i32
  %236 = fcmp oge double %decrease.i.i.i, 7.000000e+01
  %237 = zext i1 %236 to i32
  %238 = add nuw nsw i32 %235, %237
  %post_mean.i.i.i = load double, ptr %47, align 8
  %239 = fcmp ogt double %post_mean.i.i.i, 2.500000e+00
  %240 = zext i1 %239 to i32
  %241 = fcmp oge double %post_mean.i.i.i, 2.500000e+00
  %242 = zext i1 %241 to i32
  %243 = add nuw nsw i32 %240, %242
  %244 = mul nuw nsw i32 %238, 3
  %245 = add nuw nsw i32 %243, %244
  br label %common.ret.sink.split.i.i.i

cells.pet.exit.i.i:                               ; preds = %common.ret.sink.split.i.i.i, %eval.i
  %common.ret.op.i.i.i = phi i32 [ %combo.i.i.i, %eval.i ], [ %.sink.i.i.i, %common.ret.sink.split.i.i.i ]
  %246 = icmp sgt i32 %common.ret.op.i.i.i, -1
  br i1 %246, label %lookup.i.i, label %endif.i57.i

lookup.i.i:                                       ; preds = %cells.pet.exit.i.i
  %247 = getelementptr inbounds i8, ptr %s, i64 304
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(3) %247, i8 0, i64 3, i1 false)
  %248 = getelementptr inbounds i8, ptr %s, i64 314
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(3) %248, i8 0, i64 3, i1 false)
  %249 = zext nneg i32 %common.ret.op.i.i.i to i64
  %250 = getelementptr inbounds [9 x i32], ptr @combos.pet, i64 0, i64 %249
  %off.i.i = load i32, ptr %250, align 4
  %251 = sext i32 %off.i.i to i64
  %252 = lshr i64 292, %251
  %253 = and i64 %252, 1
  %.not1820.i.i = icmp eq i64 %253, 0
  br i1 %.not1820.i.i, label %hit.i.i, label %endif4.i

endif.i57.i:                                      ; preds = %cells.pet.exit.i.i
  %decrease.i58.i = load double, ptr %84, align 8
  %254 = fcmp ogt double %decrease.i58.i, 7.000000e+01
  %k.i59.i = load i8, ptr %83, align 4
  %.not.i60.i = icmp ne i8 %k.i59.i, 0
  %255 = xor i1 %254, true
  %256 = select i1 %.not.i60.i, i1 %255, i1 false
  %post_mean.i61.i = load double, ptr %47, align 8
  %257 = fcmp olt double %post_mean.i61.i, 2.500000e+00
  %k1.i62.i = load i8, ptr %46, align 1
  %.not8.i.i = icmp ne i8 %k1.i62.i, 0
  %258 = xor i1 %257, true
  %259 = select i1 %.not8.i.i, i1 %258, i1 false
  %260 = or i1 %256, %259
  %261 = xor i1 %.not.i60.i, %256
  %262 = select i1 %261, i1 %254, i1 false
  %263 = select i1 %.not8.i.i, i1 %257, i1 false
  %264 = and i1 %262, %263
  %not..i.i = xor i1 %260, true
  %265 = select i1 %not..i.i, i1 %264, i1 false
  %266 = select i1 %265, i8 1, i8 2
  %267 = select i1 %260, i8 0, i8 %266
  %268 = getelementptr inbounds i8, ptr %s, i64 304
  store i8 %267, ptr %268, align 8
  %269 = getelementptr inbounds i8, ptr %s, i64 314
  store i8 %267, ptr %269, align 2
  %270 = fcmp ole double %decrease.i58.i, 7.000000e+01
  %271 = xor i1 %270, true
  %272 = select i1 %.not.i60.i, i1 %271, i1 false
  %273 = or i1 %272, %259
  %274 = xor i1 %.not.i60.i, %272
  %275 = select i1 %274, i1 %270, i1 false
  %276 = and i1 %275, %263
  %not.13.i.i = xor i1 %273, true
  %277 = select i1 %not.13.i.i, i1 %276, i1 false
  %278 = select i1 %277, i8 1, i8 2
  %279 = select i1 %273, i8 0, i8 %278
  %280 = getelementptr inbounds i8, ptr %s, i64 305
  store i8 %279, ptr %280, align 1
  %281 = getelementptr inbounds i8, ptr %s, i64 315
  store i8 %279, ptr %281, align 1
  %282 = fcmp oge double %post_mean.i61.i, 2.500000e+00
  %283 = xor i1 %282, true
  %284 = select i1 %.not8.i.i, i1 %283, i1 false
  %285 = select i1 %.not8.i.i, i1 %282, i1 false
  %286 = select i1 %285, i8 1, i8 2
  %287 = select i1 %284, i8 0, i8 %286
  %288 = getelementptr inbounds i8, ptr %s, i64 306
  store i8 %287, ptr %288, align 2
  %289 = getelementptr inbounds i8, ptr %s, i64 316
  store i8 %287, ptr %289, align 4
  br label %endif4.i

hit.i.i:                                          ; preds = %lookup.i.i, %hit.i.i
  %290 = phi i64 [ %303, %hit.i.i ], [ %251, %lookup.i.i ]
  %pos.021.i.i = phi i32 [ %302, %hit.i.i ], [ %off.i.i, %lookup.i.i ]
  %291 = getelementptr inbounds [9 x i16], ptr @rows.pet, i64 0, i64 %290
  %row.i.i = load i16, ptr %291, align 2
  %292 = add i32 %pos.021.i.i, 1
  %293 = sext i32 %292 to i64
  %294 = getelementptr inbounds [9 x i16], ptr @rows.pet, i64 0, i64 %293
  %status.i.i = load i16, ptr %294, align 2
  %295 = trunc i16 %status.i.i to i8
  %296 = zext i16 %row.i.i to i64
  %297 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %296
  store i8 %295, ptr %297, align 1
  %298 = lshr i64 147, %293
  %299 = trunc nuw i64 %298 to i8
  %300 = and i8 %299, 1
  %301 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %296
  store i8 %300, ptr %301, align 1
  %302 = add i32 %pos.021.i.i, 2
  %303 = sext i32 %302 to i64
  %304 = lshr i64 292, %303
  %305 = and i64 %304, 1
  %.not18.i.i = icmp eq i64 %305, 0
  br i1 %.not18.i.i, label %hit.i.i, label %endif4.loopexit.i

endif4.loopexit.i:                                ; preds = %hit.i.i
  %trace5.pre.i = load ptr, ptr %19, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %endif4.loopexit.i, %endif.i57.i, %lookup.i.i, %endif.i
  %trace5.i = phi ptr [ %trace5.pre.i, %endif4.loopexit.i ], [ %trace.i202, %endif.i57.i ], [ %trace.i202, %lookup.i.i ], [ %trace.i202, %endif.i ]
  %.not.i203 = icmp eq ptr %trace5.i, null
  br i1 %.not.i203, label %endif7.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif4.i
  %306 = getelementptr inbounds i8, ptr %trace5.i, i64 8
  %307 = getelementptr inbounds i8, ptr %trace5.i, i64 16
  %308 = getelementptr inbounds i8, ptr %trace5.i, i64 24
  %len.i.i = load i64, ptr %306, align 8
  %cap.i.i = load i64, ptr %307, align 8
  %309 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %309, label %full.i.2.i, label %guide_trace_add.exit.i

endif7.i:                                         ; preds = %full.i.2.i, %add.i.2.i, %endif4.i
  %310 = getelementptr inbounds i8, ptr %s, i64 314
  %eff.i = load i8, ptr %310, align 2
  switch i8 %eff.i, label %next12.i [
    i8 1, label %holds.i
    i8 2, label %unknown14.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %311 = getelementptr inbounds i8, ptr %s, i64 304
  %st.i = load i8, ptr %311, align 8
  %ev.i.i = load ptr, ptr %trace5.i, align 8
  %312 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %312, align 1
  %313 = getelementptr inbounds i8, ptr %312, i64 1
  store i8 %st.i, ptr %313, align 1
  %314 = getelementptr inbounds i8, ptr %312, i64 4
  store i32 0, ptr %314, align 4
  %315 = add i64 %len.i.i, 1
  store i64 %315, ptr %306, align 8
  %cap.i.1.pre.i = load i64, ptr %307, align 8
  %316 = icmp eq i64 %315, %cap.i.1.pre.i
  br i1 %316, label %full.i.2.i, label %guide_trace_add.exit.1.i

guide_trace_add.exit.1.i:                         ; preds = %guide_trace_add.exit.i
  %317 = getelementptr inbounds i8, ptr %s, i64 305
  %st.1.i = load i8, ptr %317, align 1
  %ev.i.1.i = load ptr, ptr %trace5.i, align 8
  %318 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %315
  store i8 0, ptr %318, align 1
  %319 = getelementptr inbounds i8, ptr %318, i64 1
  store i8 %st.1.i, ptr %319, align 1
  %320 = getelementptr inbounds i8, ptr %318, i64 4
  store i32 1, ptr %320, align 4
  %321 = add i64 %len.i.i, 2
  store i64 %321, ptr %306, align 8
  %cap.i.2.pre.i = load i64, ptr %307, align 8
  %322 = icmp eq i64 %321, %cap.i.2.pre.i
  br i1 %322, label %full.i.2.i, label %add.i.2.i

add.i.2.i:                                        ; preds = %guide_trace_add.exit.1.i
  %323 = getelementptr inbounds i8, ptr %s, i64 306
  %st.2.i = load i8, ptr %323, align 2
  %ev.i.2.i = load ptr, ptr %trace5.i, align 8
  %324 = getelementptr inbounds %guide_event, ptr %ev.i.2.i, i64 %321
  store i8 0, ptr %324, align 1
  %325 = getelementptr inbounds i8, ptr %324, i64 1
  store i8 %st.2.i, ptr %325, align 1
  %326 = getelementptr inbounds i8, ptr %324, i64 4
  store i32 2, ptr %326, align 4
  %327 = add i64 %len.i.i, 3
  store i64 %327, ptr %306, align 8
  br label %endif7.i

full.i.2.i:                                       ; preds = %guide_trace_add.exit.1.i, %guide_trace_add.exit.i, %loop.preheader.i
  store i32 1, ptr %308, align 4
  br label %endif7.i

next12.i:                                         ; preds = %unknown14.i, %holds.i, %endif7.i
  %unknown.1.i = phi i1 [ false, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %328 = phi i1 [ true, %endif7.i ], [ true, %unknown14.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif7.i ], [ -1, %unknown14.i ], [ 0, %holds.i ]
  %329 = getelementptr inbounds i8, ptr %s, i64 315
  %eff.1.i = load i8, ptr %329, align 1
  switch i8 %eff.1.i, label %next12.1.i [
    i8 1, label %holds.1.i
    i8 2, label %unknown14.1.i
  ]

unknown14.1.i:                                    ; preds = %next12.i
  br label %next12.1.i

holds.1.i:                                        ; preds = %next12.i
  %not..i = xor i1 %328, true
  %spec.select100.i = select i1 %328, i32 1, i32 %cls.1.i
  br label %next12.1.i

next12.1.i:                                       ; preds = %holds.1.i, %unknown14.1.i, %next12.i
  %unknown.1.1.i = phi i1 [ %unknown.1.i, %next12.i ], [ true, %unknown14.1.i ], [ %unknown.1.i, %holds.1.i ]
  %clash.1.1.i = phi i1 [ false, %next12.i ], [ false, %unknown14.1.i ], [ %not..i, %holds.1.i ]
  %cls.1.1.i = phi i32 [ %cls.1.i, %next12.i ], [ %cls.1.i, %unknown14.1.i ], [ %spec.select100.i, %holds.1.i ]
  %330 = getelementptr inbounds i8, ptr %s, i64 316
  %eff.2.i = load i8, ptr %330, align 4
  switch i8 %eff.2.i, label %next12.2.i [
    i8 1, label %holds.2.i
    i8 2, label %unknown14.2.i
  ]

unknown14.2.i:                                    ; preds = %next12.1.i
  br i1 %clash.1.1.i, label %conflict.i, label %endif15.thread.i

endif15.thread.i:                                 ; preds = %unknown14.2.i
  %none88.i = icmp slt i32 %cls.1.1.i, 0
  br i1 %none88.i, label %walk, label %body22.preheader.i

holds.2.i:                                        ; preds = %next12.1.i
  %331 = icmp slt i32 %cls.1.1.i, 0
  br i1 %331, label %next12.2.i, label %compare.2.i

compare.2.i:                                      ; preds = %holds.2.i
  %332 = icmp ne i32 %cls.1.1.i, 1
  %333 = or i1 %clash.1.1.i, %332
  br i1 %333, label %conflict.i, label %endif15.i

next12.2.i:                                       ; preds = %holds.2.i, %next12.1.i
  %cls.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ 1, %holds.2.i ]
  %first.1.2.i = phi i32 [ %cls.1.1.i, %next12.1.i ], [ 2, %holds.2.i ]
  br i1 %clash.1.1.i, label %conflict.i, label %endif15.i

holds.i:                                          ; preds = %endif7.i
  br label %next12.i

unknown14.i:                                      ; preds = %endif7.i
  br label %next12.i

conflict.i:                                       ; preds = %next12.2.i, %compare.2.i, %unknown14.2.i
  %out16.i = load ptr, ptr %18, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16.i, align 1
  %334 = getelementptr inbounds i8, ptr %s, i64 192
  %335 = getelementptr inbounds i8, ptr %s, i64 284
  store i8 0, ptr %335, align 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %334, i8 0, i64 16, i1 false)
  br label %endif28

endif15.i:                                        ; preds = %next12.2.i, %compare.2.i
  %first.1.284.i = phi i32 [ %first.1.2.i, %next12.2.i ], [ 1, %compare.2.i ]
  %cls.1.283.i = phi i32 [ %cls.1.2.i, %next12.2.i ], [ 1, %compare.2.i ]
  %none.i = icmp slt i32 %first.1.284.i, 0
  br i1 %unknown.1.1.i, label %some_unknown.i, label %endif18.i

some_unknown.i:                                   ; preds = %endif15.i
  br i1 %none.i, label %walk, label %body22.preheader.i

body22.preheader.i:                               ; preds = %some_unknown.i, %endif15.thread.i
  %first.1.2849096.i = phi i32 [ %cls.1.1.i, %endif15.thread.i ], [ %first.1.284.i, %some_unknown.i ]
  %cls.1.2839195.i = phi i32 [ %cls.1.1.i, %endif15.thread.i ], [ %cls.1.283.i, %some_unknown.i ]
  %336 = icmp ne i32 %cls.1.2839195.i, 0
  %337 = icmp eq i8 %eff.i, 2
  %338 = and i1 %337, %336
  br i1 %338, label %walk, label %loop21.i

endif18.i:                                        ; preds = %endif15.i
  br i1 %none.i, label %not_applicable.i, label %endif29.i

loop21.i:                                         ; preds = %body22.preheader.i
  %339 = icmp ne i32 %cls.1.2839195.i, 1
  %340 = icmp eq i8 %eff.1.i, 2
  %341 = icmp eq i8 %eff.2.i, 2
  %342 = or i1 %340, %341
  %or.cond.i = and i1 %342, %339
  br i1 %or.cond.i, label %walk, label %endif29.i

not_applicable.i:                                 ; preds = %endif18.i
  %out30.i = load ptr, ptr %18, align 8
  %343 = getelementptr inbounds i8, ptr %s, i64 192
  store i32 0, ptr %out30.i, align 1
  %344 = getelementptr inbounds i8, ptr %s, i64 284
  store i8 0, ptr %344, align 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %343, i8 0, i64 16, i1 false)
  br label %endif28

endif29.i:                                        ; preds = %loop21.i, %endif18.i
  %first.1.2848999.i = phi i32 [ %first.1.284.i, %endif18.i ], [ %first.1.2849096.i, %loop21.i ]
  %345 = zext nneg i32 %first.1.2848999.i to i64
  %346 = getelementptr inbounds [3 x [2 x i64]], ptr @values.pet_response, i64 0, i64 %345
  %value31.unpack.i = load i64, ptr %346, align 16
  %out33.i = load ptr, ptr %18, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33.i, align 1
  %347 = getelementptr inbounds i8, ptr %s, i64 192
  store i64 %value31.unpack.i, ptr %347, align 8
  %.repack47.i = getelementptr inbounds i8, ptr %s, i64 200
  store i64 0, ptr %.repack47.i, align 8
  %348 = getelementptr inbounds i8, ptr %s, i64 284
  store i8 1, ptr %348, align 4
  br label %endif28

walk:                                             ; preds = %loop21.i, %body22.preheader.i, %some_unknown.i, %endif15.thread.i
  %out28.i = load ptr, ptr %18, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %349 = getelementptr inbounds i8, ptr %s, i64 192
  %350 = getelementptr inbounds i8, ptr %s, i64 284
  store i8 0, ptr %350, align 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %349, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, i32 0, ptr nonnull %20, ptr nonnull %21)
  br label %endif28

endif28:                                          ; preds = %endif29.i, %not_applicable.i, %conflict.i, %endif2.i, %walk
  %351 = getelementptr inbounds i8, ptr %out, i64 25
  %how = load i8, ptr %351, align 1
  %352 = icmp eq ptr %trace, null
  br i1 %352, label %guide_trace_add.exit210, label %trace.i204

trace.i204:                                       ; preds = %endif28
  %353 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i205 = load i64, ptr %353, align 8
  %354 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i206 = load i64, ptr %354, align 8
  %355 = icmp eq i64 %len.i205, %cap.i206
  br i1 %355, label %full.i209, label %add.i207

full.i209:                                        ; preds = %trace.i204
  %356 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %356, align 4
  br label %guide_trace_add.exit210

add.i207:                                         ; preds = %trace.i204
  %ev.i208 = load ptr, ptr %trace, align 8
  %357 = getelementptr inbounds %guide_event, ptr %ev.i208, i64 %len.i205
  store i8 1, ptr %357, align 1
  %358 = getelementptr inbounds i8, ptr %357, i64 1
  store i8 %how, ptr %358, align 1
  %359 = getelementptr inbounds i8, ptr %357, i64 4
  store i32 0, ptr %359, align 4
  %360 = add i64 %len.i205, 1
  store i64 %360, ptr %353, align 8
  br label %guide_trace_add.exit210

guide_trace_add.exit210:                          ; preds = %endif28, %full.i209, %add.i207
  %361 = getelementptr inbounds i8, ptr %s, i64 325
  %done.i211 = load i8, ptr %361, align 1
  %362 = icmp eq i8 %done.i211, 0
  br i1 %362, label %eval.i239, label %endif.i212

eval.i239:                                        ; preds = %guide_trace_add.exit210
  store i8 1, ptr %361, align 1
  %any_avid.i.i = load i32, ptr %101, align 8
  %363 = icmp eq i32 %any_avid.i.i, 1
  %k.i.i240 = load i8, ptr %100, align 1
  %.not.i.i241 = icmp ne i8 %k.i.i240, 0
  %364 = xor i1 %363, true
  %365 = select i1 %.not.i.i241, i1 %364, i1 false
  %366 = select i1 %.not.i.i241, i1 %363, i1 false
  %367 = select i1 %366, i8 1, i8 2
  %368 = select i1 %365, i8 0, i8 %367
  %369 = getelementptr inbounds i8, ptr %s, i64 307
  store i8 %368, ptr %369, align 1
  %370 = getelementptr inbounds i8, ptr %s, i64 317
  store i8 %368, ptr %370, align 1
  br label %endif.i212

endif.i212:                                       ; preds = %eval.i239, %guide_trace_add.exit210
  %371 = getelementptr inbounds i8, ptr %s, i64 326
  %done1.i = load i8, ptr %371, align 2
  %372 = icmp eq i8 %done1.i, 0
  br i1 %372, label %eval2.i, label %endif3.i

eval2.i:                                          ; preds = %endif.i212
  store i8 1, ptr %371, align 2
  %any_avid.i47.i = load i32, ptr %101, align 8
  %373 = icmp ne i32 %any_avid.i47.i, 1
  %k.i48.i = load i8, ptr %100, align 1
  %.not.i49.i = icmp ne i8 %k.i48.i, 0
  %374 = xor i1 %373, true
  %375 = select i1 %.not.i49.i, i1 %374, i1 false
  %376 = select i1 %.not.i49.i, i1 %373, i1 false
  %377 = select i1 %376, i8 1, i8 2
  %378 = select i1 %375, i8 0, i8 %377
  %379 = getelementptr inbounds i8, ptr %s, i64 308
  store i8 %378, ptr %379, align 4
  %380 = getelementptr inbounds i8, ptr %s, i64 318
  store i8 %378, ptr %380, align 2
  br label %endif3.i

endif3.i:                                         ; preds = %eval2.i, %endif.i212
  %trace.i213 = load ptr, ptr %19, align 8
  %.not.i214 = icmp eq ptr %trace.i213, null
  br i1 %.not.i214, label %endif5.i, label %loop.preheader.i215

loop.preheader.i215:                              ; preds = %endif3.i
  %381 = getelementptr inbounds i8, ptr %trace.i213, i64 8
  %382 = getelementptr inbounds i8, ptr %trace.i213, i64 16
  %383 = getelementptr inbounds i8, ptr %trace.i213, i64 24
  %len.i.i216 = load i64, ptr %381, align 8
  %cap.i.i217 = load i64, ptr %382, align 8
  %384 = icmp eq i64 %len.i.i216, %cap.i.i217
  br i1 %384, label %full.i.1.i, label %guide_trace_add.exit.i218

endif5.i:                                         ; preds = %full.i.1.i, %add.i.1.i, %endif3.i
  %385 = getelementptr inbounds i8, ptr %s, i64 317
  %eff.i224 = load i8, ptr %385, align 1
  switch i8 %eff.i224, label %next10.i [
    i8 1, label %holds.i238
    i8 2, label %unknown12.i
  ]

guide_trace_add.exit.i218:                        ; preds = %loop.preheader.i215
  %386 = getelementptr inbounds i8, ptr %s, i64 307
  %st.i219 = load i8, ptr %386, align 1
  %ev.i.i220 = load ptr, ptr %trace.i213, align 8
  %387 = getelementptr inbounds %guide_event, ptr %ev.i.i220, i64 %len.i.i216
  store i8 0, ptr %387, align 1
  %388 = getelementptr inbounds i8, ptr %387, i64 1
  store i8 %st.i219, ptr %388, align 1
  %389 = getelementptr inbounds i8, ptr %387, i64 4
  store i32 3, ptr %389, align 4
  %390 = add i64 %len.i.i216, 1
  store i64 %390, ptr %381, align 8
  %cap.i.1.pre.i221 = load i64, ptr %382, align 8
  %391 = icmp eq i64 %390, %cap.i.1.pre.i221
  br i1 %391, label %full.i.1.i, label %add.i.1.i

add.i.1.i:                                        ; preds = %guide_trace_add.exit.i218
  %392 = getelementptr inbounds i8, ptr %s, i64 308
  %st.1.i222 = load i8, ptr %392, align 4
  %ev.i.1.i223 = load ptr, ptr %trace.i213, align 8
  %393 = getelementptr inbounds %guide_event, ptr %ev.i.1.i223, i64 %390
  store i8 0, ptr %393, align 1
  %394 = getelementptr inbounds i8, ptr %393, i64 1
  store i8 %st.1.i222, ptr %394, align 1
  %395 = getelementptr inbounds i8, ptr %393, i64 4
  store i32 4, ptr %395, align 4
  %396 = add i64 %len.i.i216, 2
  store i64 %396, ptr %381, align 8
  br label %endif5.i

full.i.1.i:                                       ; preds = %guide_trace_add.exit.i218, %loop.preheader.i215
  store i32 1, ptr %383, align 4
  br label %endif5.i

next10.i:                                         ; preds = %unknown12.i, %holds.i238, %endif5.i
  %unknown.1.i225 = phi i1 [ false, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i238 ]
  %397 = phi i1 [ true, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i238 ]
  %cls.1.i226 = phi i32 [ -1, %endif5.i ], [ -1, %unknown12.i ], [ 0, %holds.i238 ]
  %398 = getelementptr inbounds i8, ptr %s, i64 318
  %eff.1.i227 = load i8, ptr %398, align 2
  switch i8 %eff.1.i227, label %endif13.i [
    i8 1, label %holds.1.i230
    i8 2, label %walk29
  ]

holds.1.i230:                                     ; preds = %next10.i
  br i1 %397, label %endif13.i, label %conflict.i231

holds.i238:                                       ; preds = %endif5.i
  br label %next10.i

unknown12.i:                                      ; preds = %endif5.i
  br label %next10.i

conflict.i231:                                    ; preds = %holds.1.i230
  %out.i = load ptr, ptr %18, align 8
  %399 = getelementptr inbounds i8, ptr %out.i, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %399, align 1
  %400 = getelementptr inbounds i8, ptr %s, i64 208
  %401 = getelementptr inbounds i8, ptr %s, i64 285
  store i8 0, ptr %401, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %400, i8 0, i64 16, i1 false)
  br label %endif30

endif13.i:                                        ; preds = %holds.1.i230, %next10.i
  %cls.1.1.ph.i = phi i32 [ 1, %holds.1.i230 ], [ %cls.1.i226, %next10.i ]
  %none.i232 = icmp slt i32 %cls.1.1.ph.i, 0
  br i1 %unknown.1.i225, label %some_unknown.i237, label %endif15.i233

some_unknown.i237:                                ; preds = %endif13.i
  br i1 %none.i232, label %walk29, label %body19.preheader.i

body19.preheader.i:                               ; preds = %some_unknown.i237
  %402 = icmp ne i32 %cls.1.1.ph.i, 0
  %403 = icmp eq i8 %eff.i224, 2
  %404 = and i1 %403, %402
  br i1 %404, label %walk29, label %endif26.i

endif15.i233:                                     ; preds = %endif13.i
  br i1 %none.i232, label %not_applicable.i236, label %endif26.i

not_applicable.i236:                              ; preds = %endif15.i233
  %out27.i = load ptr, ptr %18, align 8
  %405 = getelementptr inbounds i8, ptr %out27.i, i64 4
  %406 = getelementptr inbounds i8, ptr %s, i64 208
  store i32 0, ptr %405, align 1
  %407 = getelementptr inbounds i8, ptr %s, i64 285
  store i8 0, ptr %407, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %406, i8 0, i64 16, i1 false)
  br label %endif30

endif26.i:                                        ; preds = %endif15.i233, %body19.preheader.i
  %408 = zext nneg i32 %cls.1.1.ph.i to i64
  %409 = getelementptr inbounds [2 x [2 x i64]], ptr @values.many_lesions, i64 0, i64 %408
  %value.unpack.i234 = load i64, ptr %409, align 16
  %out28.i235 = load ptr, ptr %18, align 8
  %410 = getelementptr inbounds i8, ptr %out28.i235, i64 4
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %410, align 1
  %411 = getelementptr inbounds i8, ptr %s, i64 208
  store i64 %value.unpack.i234, ptr %411, align 8
  %.repack42.i = getelementptr inbounds i8, ptr %s, i64 216
  store i64 0, ptr %.repack42.i, align 8
  %412 = getelementptr inbounds i8, ptr %s, i64 285
  store i8 1, ptr %412, align 1
  br label %endif30

walk29:                                           ; preds = %body19.preheader.i, %some_unknown.i237, %next10.i
  %out25.i = load ptr, ptr %18, align 8
  %413 = getelementptr inbounds i8, ptr %out25.i, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %413, align 1
  %414 = getelementptr inbounds i8, ptr %s, i64 208
  %415 = getelementptr inbounds i8, ptr %s, i64 285
  store i8 0, ptr %415, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %414, i8 0, i64 16, i1 false)
  %416 = getelementptr inbounds i8, ptr %out, i64 56
  %417 = getelementptr inbounds i8, ptr %out, i64 96
  call fastcc void @walk(ptr nonnull %s, i32 1, ptr nonnull %416, ptr nonnull %417)
  br label %endif30

endif30:                                          ; preds = %endif26.i, %not_applicable.i236, %conflict.i231, %walk29
  %418 = getelementptr inbounds i8, ptr %out, i64 29
  %how31 = load i8, ptr %418, align 1
  br i1 %352, label %guide_trace_add.exit248, label %trace.i242

trace.i242:                                       ; preds = %endif30
  %419 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i243 = load i64, ptr %419, align 8
  %420 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i244 = load i64, ptr %420, align 8
  %421 = icmp eq i64 %len.i243, %cap.i244
  br i1 %421, label %full.i247, label %add.i245

full.i247:                                        ; preds = %trace.i242
  %422 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %422, align 4
  br label %guide_trace_add.exit248

add.i245:                                         ; preds = %trace.i242
  %ev.i246 = load ptr, ptr %trace, align 8
  %423 = getelementptr inbounds %guide_event, ptr %ev.i246, i64 %len.i243
  store i8 1, ptr %423, align 1
  %424 = getelementptr inbounds i8, ptr %423, i64 1
  store i8 %how31, ptr %424, align 1
  %425 = getelementptr inbounds i8, ptr %423, i64 4
  store i32 1, ptr %425, align 4
  %426 = add i64 %len.i243, 1
  store i64 %426, ptr %419, align 8
  br label %guide_trace_add.exit248

guide_trace_add.exit248:                          ; preds = %endif30, %full.i247, %add.i245
  %427 = getelementptr inbounds i8, ptr %s, i64 327
  %done.i249 = load i8, ptr %427, align 1
  %428 = icmp eq i8 %done.i249, 0
  br i1 %428, label %eval.i295, label %endif.i250

eval.i295:                                        ; preds = %guide_trace_add.exit248
  store i8 1, ptr %427, align 1
  %all_low.i.i = load i32, ptr %118, align 8
  %429 = icmp eq i32 %all_low.i.i, 1
  %k.i.i296 = load i8, ptr %117, align 2
  %.not.i.i297 = icmp ne i8 %k.i.i296, 0
  %430 = xor i1 %429, true
  %431 = select i1 %.not.i.i297, i1 %430, i1 false
  %432 = select i1 %.not.i.i297, i1 %429, i1 false
  %433 = select i1 %432, i8 1, i8 2
  %434 = select i1 %431, i8 0, i8 %433
  %435 = getelementptr inbounds i8, ptr %s, i64 309
  store i8 %434, ptr %435, align 1
  %436 = getelementptr inbounds i8, ptr %s, i64 319
  store i8 %434, ptr %436, align 1
  br label %endif.i250

endif.i250:                                       ; preds = %eval.i295, %guide_trace_add.exit248
  %437 = getelementptr inbounds i8, ptr %s, i64 328
  %done1.i251 = load i8, ptr %437, align 8
  %438 = icmp eq i8 %done1.i251, 0
  br i1 %438, label %eval2.i292, label %endif3.i252

eval2.i292:                                       ; preds = %endif.i250
  store i8 1, ptr %437, align 8
  %all_low.i47.i = load i32, ptr %118, align 8
  %439 = icmp ne i32 %all_low.i47.i, 1
  %k.i48.i293 = load i8, ptr %117, align 2
  %.not.i49.i294 = icmp ne i8 %k.i48.i293, 0
  %440 = xor i1 %439, true
  %441 = select i1 %.not.i49.i294, i1 %440, i1 false
  %442 = select i1 %.not.i49.i294, i1 %439, i1 false
  %443 = select i1 %442, i8 1, i8 2
  %444 = select i1 %441, i8 0, i8 %443
  %445 = getelementptr inbounds i8, ptr %s, i64 310
  store i8 %444, ptr %445, align 2
  %446 = getelementptr inbounds i8, ptr %s, i64 320
  store i8 %444, ptr %446, align 8
  br label %endif3.i252

endif3.i252:                                      ; preds = %eval2.i292, %endif.i250
  %trace.i253 = load ptr, ptr %19, align 8
  %.not.i254 = icmp eq ptr %trace.i253, null
  br i1 %.not.i254, label %endif5.i265, label %loop.preheader.i255

loop.preheader.i255:                              ; preds = %endif3.i252
  %447 = getelementptr inbounds i8, ptr %trace.i253, i64 8
  %448 = getelementptr inbounds i8, ptr %trace.i253, i64 16
  %449 = getelementptr inbounds i8, ptr %trace.i253, i64 24
  %len.i.i256 = load i64, ptr %447, align 8
  %cap.i.i257 = load i64, ptr %448, align 8
  %450 = icmp eq i64 %len.i.i256, %cap.i.i257
  br i1 %450, label %full.i.1.i291, label %guide_trace_add.exit.i258

endif5.i265:                                      ; preds = %full.i.1.i291, %add.i.1.i262, %endif3.i252
  %451 = getelementptr inbounds i8, ptr %s, i64 319
  %eff.i266 = load i8, ptr %451, align 1
  switch i8 %eff.i266, label %next10.i268 [
    i8 1, label %holds.i290
    i8 2, label %unknown12.i267
  ]

guide_trace_add.exit.i258:                        ; preds = %loop.preheader.i255
  %452 = getelementptr inbounds i8, ptr %s, i64 309
  %st.i259 = load i8, ptr %452, align 1
  %ev.i.i260 = load ptr, ptr %trace.i253, align 8
  %453 = getelementptr inbounds %guide_event, ptr %ev.i.i260, i64 %len.i.i256
  store i8 0, ptr %453, align 1
  %454 = getelementptr inbounds i8, ptr %453, i64 1
  store i8 %st.i259, ptr %454, align 1
  %455 = getelementptr inbounds i8, ptr %453, i64 4
  store i32 5, ptr %455, align 4
  %456 = add i64 %len.i.i256, 1
  store i64 %456, ptr %447, align 8
  %cap.i.1.pre.i261 = load i64, ptr %448, align 8
  %457 = icmp eq i64 %456, %cap.i.1.pre.i261
  br i1 %457, label %full.i.1.i291, label %add.i.1.i262

add.i.1.i262:                                     ; preds = %guide_trace_add.exit.i258
  %458 = getelementptr inbounds i8, ptr %s, i64 310
  %st.1.i263 = load i8, ptr %458, align 2
  %ev.i.1.i264 = load ptr, ptr %trace.i253, align 8
  %459 = getelementptr inbounds %guide_event, ptr %ev.i.1.i264, i64 %456
  store i8 0, ptr %459, align 1
  %460 = getelementptr inbounds i8, ptr %459, i64 1
  store i8 %st.1.i263, ptr %460, align 1
  %461 = getelementptr inbounds i8, ptr %459, i64 4
  store i32 6, ptr %461, align 4
  %462 = add i64 %len.i.i256, 2
  store i64 %462, ptr %447, align 8
  br label %endif5.i265

full.i.1.i291:                                    ; preds = %guide_trace_add.exit.i258, %loop.preheader.i255
  store i32 1, ptr %449, align 4
  br label %endif5.i265

next10.i268:                                      ; preds = %unknown12.i267, %holds.i290, %endif5.i265
  %unknown.1.i269 = phi i1 [ false, %endif5.i265 ], [ true, %unknown12.i267 ], [ false, %holds.i290 ]
  %463 = phi i1 [ true, %endif5.i265 ], [ true, %unknown12.i267 ], [ false, %holds.i290 ]
  %cls.1.i270 = phi i32 [ -1, %endif5.i265 ], [ -1, %unknown12.i267 ], [ 0, %holds.i290 ]
  %464 = getelementptr inbounds i8, ptr %s, i64 320
  %eff.1.i271 = load i8, ptr %464, align 8
  switch i8 %eff.1.i271, label %endif13.i278 [
    i8 1, label %holds.1.i275
    i8 2, label %walk32
  ]

holds.1.i275:                                     ; preds = %next10.i268
  br i1 %463, label %endif13.i278, label %conflict.i276

holds.i290:                                       ; preds = %endif5.i265
  br label %next10.i268

unknown12.i267:                                   ; preds = %endif5.i265
  br label %next10.i268

conflict.i276:                                    ; preds = %holds.1.i275
  %out.i277 = load ptr, ptr %18, align 8
  %465 = getelementptr inbounds i8, ptr %out.i277, i64 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %465, align 1
  %466 = getelementptr inbounds i8, ptr %s, i64 224
  %467 = getelementptr inbounds i8, ptr %s, i64 286
  store i8 0, ptr %467, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %466, i8 0, i64 16, i1 false)
  br label %endif33

endif13.i278:                                     ; preds = %holds.1.i275, %next10.i268
  %cls.1.1.ph.i279 = phi i32 [ 1, %holds.1.i275 ], [ %cls.1.i270, %next10.i268 ]
  %none.i280 = icmp slt i32 %cls.1.1.ph.i279, 0
  br i1 %unknown.1.i269, label %some_unknown.i288, label %endif15.i281

some_unknown.i288:                                ; preds = %endif13.i278
  br i1 %none.i280, label %walk32, label %body19.preheader.i289

body19.preheader.i289:                            ; preds = %some_unknown.i288
  %468 = icmp ne i32 %cls.1.1.ph.i279, 0
  %469 = icmp eq i8 %eff.i266, 2
  %470 = and i1 %469, %468
  br i1 %470, label %walk32, label %endif26.i282

endif15.i281:                                     ; preds = %endif13.i278
  br i1 %none.i280, label %not_applicable.i286, label %endif26.i282

not_applicable.i286:                              ; preds = %endif15.i281
  %out27.i287 = load ptr, ptr %18, align 8
  %471 = getelementptr inbounds i8, ptr %out27.i287, i64 8
  %472 = getelementptr inbounds i8, ptr %s, i64 224
  store i32 0, ptr %471, align 1
  %473 = getelementptr inbounds i8, ptr %s, i64 286
  store i8 0, ptr %473, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %472, i8 0, i64 16, i1 false)
  br label %endif33

endif26.i282:                                     ; preds = %endif15.i281, %body19.preheader.i289
  %474 = zext nneg i32 %cls.1.1.ph.i279 to i64
  %475 = getelementptr inbounds [2 x [2 x i64]], ptr @values.many_lesions, i64 0, i64 %474
  %value.unpack.i283 = load i64, ptr %475, align 16
  %out28.i284 = load ptr, ptr %18, align 8
  %476 = getelementptr inbounds i8, ptr %out28.i284, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %476, align 1
  %477 = getelementptr inbounds i8, ptr %s, i64 224
  store i64 %value.unpack.i283, ptr %477, align 8
  %.repack42.i285 = getelementptr inbounds i8, ptr %s, i64 232
  store i64 0, ptr %.repack42.i285, align 8
  %478 = getelementptr inbounds i8, ptr %s, i64 286
  store i8 1, ptr %478, align 2
  br label %endif33

walk32:                                           ; preds = %body19.preheader.i289, %some_unknown.i288, %next10.i268
  %out25.i273 = load ptr, ptr %18, align 8
  %479 = getelementptr inbounds i8, ptr %out25.i273, i64 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %479, align 1
  %480 = getelementptr inbounds i8, ptr %s, i64 224
  %481 = getelementptr inbounds i8, ptr %s, i64 286
  store i8 0, ptr %481, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %480, i8 0, i64 16, i1 false)
  %482 = getelementptr inbounds i8, ptr %out, i64 64
  %483 = getelementptr inbounds i8, ptr %out, i64 104
  call fastcc void @walk(ptr nonnull %s, i32 2, ptr nonnull %482, ptr nonnull %483)
  br label %endif33

endif33:                                          ; preds = %endif26.i282, %not_applicable.i286, %conflict.i276, %walk32
  %484 = getelementptr inbounds i8, ptr %out, i64 33
  %how34 = load i8, ptr %484, align 1
  br i1 %352, label %guide_trace_add.exit304, label %trace.i298

trace.i298:                                       ; preds = %endif33
  %485 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i299 = load i64, ptr %485, align 8
  %486 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i300 = load i64, ptr %486, align 8
  %487 = icmp eq i64 %len.i299, %cap.i300
  br i1 %487, label %full.i303, label %add.i301

full.i303:                                        ; preds = %trace.i298
  %488 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %488, align 4
  br label %guide_trace_add.exit304

add.i301:                                         ; preds = %trace.i298
  %ev.i302 = load ptr, ptr %trace, align 8
  %489 = getelementptr inbounds %guide_event, ptr %ev.i302, i64 %len.i299
  store i8 1, ptr %489, align 1
  %490 = getelementptr inbounds i8, ptr %489, i64 1
  store i8 %how34, ptr %490, align 1
  %491 = getelementptr inbounds i8, ptr %489, i64 4
  store i32 2, ptr %491, align 4
  %492 = add i64 %len.i299, 1
  store i64 %492, ptr %485, align 8
  br label %guide_trace_add.exit304

guide_trace_add.exit304:                          ; preds = %endif33, %full.i303, %add.i301
  %493 = getelementptr inbounds i8, ptr %s, i64 329
  %done.i305 = load i8, ptr %493, align 1
  %494 = icmp eq i8 %done.i305, 0
  br i1 %494, label %eval.i352, label %endif.i306

eval.i352:                                        ; preds = %guide_trace_add.exit304
  store i8 1, ptr %493, align 1
  %lesions.i.i = load double, ptr %134, align 8
  %495 = fcmp oge double %lesions.i.i, 3.000000e+00
  %k.i.i353 = load i8, ptr %133, align 1
  %.not.i.i354 = icmp ne i8 %k.i.i353, 0
  %496 = select i1 %.not.i.i354, i1 %495, i1 false
  %497 = xor i1 %495, true
  %avid_count.i.i = load double, ptr %150, align 8
  %498 = fcmp oge double %avid_count.i.i, 2.000000e+00
  %k1.i.i355 = load i8, ptr %149, align 8
  %.not2.i.i = icmp ne i8 %k1.i.i355, 0
  %499 = select i1 %.not2.i.i, i1 %498, i1 false
  %500 = or i1 %496, %499
  %501 = xor i1 %.not.i.i354, %496
  %502 = select i1 %501, i1 %497, i1 false
  %503 = xor i1 %498, true
  %504 = select i1 %.not2.i.i, i1 %503, i1 false
  %505 = and i1 %502, %504
  %506 = select i1 %505, i8 0, i8 2
  %507 = select i1 %500, i8 1, i8 %506
  %508 = getelementptr inbounds i8, ptr %s, i64 311
  store i8 %507, ptr %508, align 1
  %509 = getelementptr inbounds i8, ptr %s, i64 321
  store i8 %507, ptr %509, align 1
  br label %endif.i306

endif.i306:                                       ; preds = %eval.i352, %guide_trace_add.exit304
  %510 = getelementptr inbounds i8, ptr %s, i64 330
  %done1.i307 = load i8, ptr %510, align 2
  %511 = icmp eq i8 %done1.i307, 0
  br i1 %511, label %eval2.i348, label %endif3.i308

eval2.i348:                                       ; preds = %endif.i306
  store i8 1, ptr %510, align 2
  %lesions.i47.i = load double, ptr %134, align 8
  %512 = fcmp olt double %lesions.i47.i, 3.000000e+00
  %k.i48.i349 = load i8, ptr %133, align 1
  %.not.i49.i350 = icmp ne i8 %k.i48.i349, 0
  %513 = xor i1 %512, true
  %514 = select i1 %.not.i49.i350, i1 %513, i1 false
  %avid_count.i50.i = load double, ptr %150, align 8
  %515 = fcmp olt double %avid_count.i50.i, 2.000000e+00
  %k1.i51.i = load i8, ptr %149, align 8
  %.not2.i52.i = icmp ne i8 %k1.i51.i, 0
  %516 = xor i1 %515, true
  %517 = select i1 %.not2.i52.i, i1 %516, i1 false
  %518 = or i1 %514, %517
  %519 = xor i1 %.not.i49.i350, %514
  %520 = select i1 %519, i1 %512, i1 false
  %521 = select i1 %.not2.i52.i, i1 %515, i1 false
  %522 = and i1 %520, %521
  %not..i.i351 = xor i1 %518, true
  %523 = select i1 %not..i.i351, i1 %522, i1 false
  %524 = select i1 %523, i8 1, i8 2
  %525 = select i1 %518, i8 0, i8 %524
  %526 = getelementptr inbounds i8, ptr %s, i64 312
  store i8 %525, ptr %526, align 8
  %527 = getelementptr inbounds i8, ptr %s, i64 322
  store i8 %525, ptr %527, align 2
  br label %endif3.i308

endif3.i308:                                      ; preds = %eval2.i348, %endif.i306
  %trace.i309 = load ptr, ptr %19, align 8
  %.not.i310 = icmp eq ptr %trace.i309, null
  br i1 %.not.i310, label %endif5.i321, label %loop.preheader.i311

loop.preheader.i311:                              ; preds = %endif3.i308
  %528 = getelementptr inbounds i8, ptr %trace.i309, i64 8
  %529 = getelementptr inbounds i8, ptr %trace.i309, i64 16
  %530 = getelementptr inbounds i8, ptr %trace.i309, i64 24
  %len.i.i312 = load i64, ptr %528, align 8
  %cap.i.i313 = load i64, ptr %529, align 8
  %531 = icmp eq i64 %len.i.i312, %cap.i.i313
  br i1 %531, label %full.i.1.i347, label %guide_trace_add.exit.i314

endif5.i321:                                      ; preds = %full.i.1.i347, %add.i.1.i318, %endif3.i308
  %532 = getelementptr inbounds i8, ptr %s, i64 321
  %eff.i322 = load i8, ptr %532, align 1
  switch i8 %eff.i322, label %next10.i324 [
    i8 1, label %holds.i346
    i8 2, label %unknown12.i323
  ]

guide_trace_add.exit.i314:                        ; preds = %loop.preheader.i311
  %533 = getelementptr inbounds i8, ptr %s, i64 311
  %st.i315 = load i8, ptr %533, align 1
  %ev.i.i316 = load ptr, ptr %trace.i309, align 8
  %534 = getelementptr inbounds %guide_event, ptr %ev.i.i316, i64 %len.i.i312
  store i8 0, ptr %534, align 1
  %535 = getelementptr inbounds i8, ptr %534, i64 1
  store i8 %st.i315, ptr %535, align 1
  %536 = getelementptr inbounds i8, ptr %534, i64 4
  store i32 7, ptr %536, align 4
  %537 = add i64 %len.i.i312, 1
  store i64 %537, ptr %528, align 8
  %cap.i.1.pre.i317 = load i64, ptr %529, align 8
  %538 = icmp eq i64 %537, %cap.i.1.pre.i317
  br i1 %538, label %full.i.1.i347, label %add.i.1.i318

add.i.1.i318:                                     ; preds = %guide_trace_add.exit.i314
  %539 = getelementptr inbounds i8, ptr %s, i64 312
  %st.1.i319 = load i8, ptr %539, align 8
  %ev.i.1.i320 = load ptr, ptr %trace.i309, align 8
  %540 = getelementptr inbounds %guide_event, ptr %ev.i.1.i320, i64 %537
  store i8 0, ptr %540, align 1
  %541 = getelementptr inbounds i8, ptr %540, i64 1
  store i8 %st.1.i319, ptr %541, align 1
  %542 = getelementptr inbounds i8, ptr %540, i64 4
  store i32 8, ptr %542, align 4
  %543 = add i64 %len.i.i312, 2
  store i64 %543, ptr %528, align 8
  br label %endif5.i321

full.i.1.i347:                                    ; preds = %guide_trace_add.exit.i314, %loop.preheader.i311
  store i32 1, ptr %530, align 4
  br label %endif5.i321

next10.i324:                                      ; preds = %unknown12.i323, %holds.i346, %endif5.i321
  %unknown.1.i325 = phi i1 [ false, %endif5.i321 ], [ true, %unknown12.i323 ], [ false, %holds.i346 ]
  %544 = phi i1 [ true, %endif5.i321 ], [ true, %unknown12.i323 ], [ false, %holds.i346 ]
  %cls.1.i326 = phi i32 [ -1, %endif5.i321 ], [ -1, %unknown12.i323 ], [ 0, %holds.i346 ]
  %545 = getelementptr inbounds i8, ptr %s, i64 322
  %eff.1.i327 = load i8, ptr %545, align 2
  switch i8 %eff.1.i327, label %endif13.i334 [
    i8 1, label %holds.1.i331
    i8 2, label %walk35
  ]

holds.1.i331:                                     ; preds = %next10.i324
  br i1 %544, label %endif13.i334, label %conflict.i332

holds.i346:                                       ; preds = %endif5.i321
  br label %next10.i324

unknown12.i323:                                   ; preds = %endif5.i321
  br label %next10.i324

conflict.i332:                                    ; preds = %holds.1.i331
  %out.i333 = load ptr, ptr %18, align 8
  %546 = getelementptr inbounds i8, ptr %out.i333, i64 12
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %546, align 1
  %547 = getelementptr inbounds i8, ptr %s, i64 240
  %548 = getelementptr inbounds i8, ptr %s, i64 287
  store i8 0, ptr %548, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %547, i8 0, i64 16, i1 false)
  br label %endif36

endif13.i334:                                     ; preds = %holds.1.i331, %next10.i324
  %cls.1.1.ph.i335 = phi i32 [ 1, %holds.1.i331 ], [ %cls.1.i326, %next10.i324 ]
  %none.i336 = icmp slt i32 %cls.1.1.ph.i335, 0
  br i1 %unknown.1.i325, label %some_unknown.i344, label %endif15.i337

some_unknown.i344:                                ; preds = %endif13.i334
  br i1 %none.i336, label %walk35, label %body19.preheader.i345

body19.preheader.i345:                            ; preds = %some_unknown.i344
  %549 = icmp ne i32 %cls.1.1.ph.i335, 0
  %550 = icmp eq i8 %eff.i322, 2
  %551 = and i1 %550, %549
  br i1 %551, label %walk35, label %endif26.i338

endif15.i337:                                     ; preds = %endif13.i334
  br i1 %none.i336, label %not_applicable.i342, label %endif26.i338

not_applicable.i342:                              ; preds = %endif15.i337
  %out27.i343 = load ptr, ptr %18, align 8
  %552 = getelementptr inbounds i8, ptr %out27.i343, i64 12
  %553 = getelementptr inbounds i8, ptr %s, i64 240
  store i32 0, ptr %552, align 1
  %554 = getelementptr inbounds i8, ptr %s, i64 287
  store i8 0, ptr %554, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %553, i8 0, i64 16, i1 false)
  br label %endif36

endif26.i338:                                     ; preds = %endif15.i337, %body19.preheader.i345
  %555 = zext nneg i32 %cls.1.1.ph.i335 to i64
  %556 = getelementptr inbounds [2 x [2 x i64]], ptr @values.many_lesions, i64 0, i64 %555
  %value.unpack.i339 = load i64, ptr %556, align 16
  %out28.i340 = load ptr, ptr %18, align 8
  %557 = getelementptr inbounds i8, ptr %out28.i340, i64 12
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %557, align 1
  %558 = getelementptr inbounds i8, ptr %s, i64 240
  store i64 %value.unpack.i339, ptr %558, align 8
  %.repack42.i341 = getelementptr inbounds i8, ptr %s, i64 248
  store i64 0, ptr %.repack42.i341, align 8
  %559 = getelementptr inbounds i8, ptr %s, i64 287
  store i8 1, ptr %559, align 1
  br label %endif36

walk35:                                           ; preds = %body19.preheader.i345, %some_unknown.i344, %next10.i324
  %out25.i329 = load ptr, ptr %18, align 8
  %560 = getelementptr inbounds i8, ptr %out25.i329, i64 12
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %560, align 1
  %561 = getelementptr inbounds i8, ptr %s, i64 240
  %562 = getelementptr inbounds i8, ptr %s, i64 287
  store i8 0, ptr %562, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %561, i8 0, i64 16, i1 false)
  %563 = getelementptr inbounds i8, ptr %out, i64 72
  %564 = getelementptr inbounds i8, ptr %out, i64 112
  call fastcc void @walk(ptr nonnull %s, i32 3, ptr nonnull %563, ptr nonnull %564)
  br label %endif36

endif36:                                          ; preds = %endif26.i338, %not_applicable.i342, %conflict.i332, %walk35
  %565 = getelementptr inbounds i8, ptr %out, i64 37
  %how37 = load i8, ptr %565, align 1
  br i1 %352, label %guide_trace_add.exit362, label %trace.i356

trace.i356:                                       ; preds = %endif36
  %566 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i357 = load i64, ptr %566, align 8
  %567 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i358 = load i64, ptr %567, align 8
  %568 = icmp eq i64 %len.i357, %cap.i358
  br i1 %568, label %full.i361, label %add.i359

full.i361:                                        ; preds = %trace.i356
  %569 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %569, align 4
  br label %guide_trace_add.exit362

add.i359:                                         ; preds = %trace.i356
  %ev.i360 = load ptr, ptr %trace, align 8
  %570 = getelementptr inbounds %guide_event, ptr %ev.i360, i64 %len.i357
  store i8 1, ptr %570, align 1
  %571 = getelementptr inbounds i8, ptr %570, i64 1
  store i8 %how37, ptr %571, align 1
  %572 = getelementptr inbounds i8, ptr %570, i64 4
  store i32 3, ptr %572, align 4
  %573 = add i64 %len.i357, 1
  store i64 %573, ptr %566, align 8
  br label %guide_trace_add.exit362

guide_trace_add.exit362:                          ; preds = %endif36, %full.i361, %add.i359
  %574 = getelementptr inbounds i8, ptr %s, i64 331
  %done.i363 = load i8, ptr %574, align 1
  %575 = icmp eq i8 %done.i363, 0
  br i1 %575, label %eval.i377, label %endif.i364

eval.i377:                                        ; preds = %guide_trace_add.exit362
  store i8 1, ptr %574, align 1
  %peak.i.i = load double, ptr %166, align 8
  %576 = fcmp ogt double %peak.i.i, 0.000000e+00
  %k.i.i378 = load i8, ptr %165, align 1
  %.not.i.i379 = icmp ne i8 %k.i.i378, 0
  %577 = xor i1 %576, true
  %578 = select i1 %.not.i.i379, i1 %577, i1 false
  %least.i.i = load double, ptr %182, align 8
  %579 = fcmp oge double %least.i.i, 0.000000e+00
  %k1.i.i380 = load i8, ptr %181, align 2
  %.not3.i.i381 = icmp ne i8 %k1.i.i380, 0
  %580 = xor i1 %579, true
  %581 = select i1 %.not3.i.i381, i1 %580, i1 false
  %582 = or i1 %578, %581
  %583 = xor i1 %.not.i.i379, %578
  %584 = select i1 %583, i1 %576, i1 false
  %585 = select i1 %.not3.i.i381, i1 %579, i1 false
  %586 = and i1 %584, %585
  %total.i.i = load double, ptr %198, align 8
  %587 = fcmp oge double %total.i.i, 0.000000e+00
  %k2.i.i = load i8, ptr %197, align 1
  %.not4.i.i382 = icmp ne i8 %k2.i.i, 0
  %588 = xor i1 %587, true
  %589 = select i1 %.not4.i.i382, i1 %588, i1 false
  %590 = or i1 %582, %589
  %not..i.i383 = xor i1 %582, true
  %591 = select i1 %not..i.i383, i1 %586, i1 false
  %592 = select i1 %.not4.i.i382, i1 %587, i1 false
  %593 = and i1 %591, %592
  %not.5.i.i = xor i1 %590, true
  %594 = select i1 %not.5.i.i, i1 %593, i1 false
  %595 = select i1 %594, i8 1, i8 2
  %596 = select i1 %590, i8 0, i8 %595
  %597 = getelementptr inbounds i8, ptr %s, i64 313
  store i8 %596, ptr %597, align 1
  %598 = getelementptr inbounds i8, ptr %s, i64 323
  store i8 %596, ptr %598, align 1
  br label %endif.i364

endif.i364:                                       ; preds = %eval.i377, %guide_trace_add.exit362
  %trace.i365 = load ptr, ptr %19, align 8
  %.not.i366 = icmp eq ptr %trace.i365, null
  br i1 %.not.i366, label %endif2.i371, label %trace.i.i

trace.i.i:                                        ; preds = %endif.i364
  %599 = getelementptr inbounds i8, ptr %trace.i365, i64 8
  %len.i.i367 = load i64, ptr %599, align 8
  %600 = getelementptr inbounds i8, ptr %trace.i365, i64 16
  %cap.i.i368 = load i64, ptr %600, align 8
  %601 = icmp eq i64 %len.i.i367, %cap.i.i368
  br i1 %601, label %full.i.i, label %add.i.i

full.i.i:                                         ; preds = %trace.i.i
  %602 = getelementptr inbounds i8, ptr %trace.i365, i64 24
  store i32 1, ptr %602, align 4
  br label %endif2.i371

add.i.i:                                          ; preds = %trace.i.i
  %603 = getelementptr inbounds i8, ptr %s, i64 313
  %st.i369 = load i8, ptr %603, align 1
  %ev.i.i370 = load ptr, ptr %trace.i365, align 8
  %604 = getelementptr inbounds %guide_event, ptr %ev.i.i370, i64 %len.i.i367
  store i8 0, ptr %604, align 1
  %605 = getelementptr inbounds i8, ptr %604, i64 1
  store i8 %st.i369, ptr %605, align 1
  %606 = getelementptr inbounds i8, ptr %604, i64 4
  store i32 9, ptr %606, align 4
  %607 = add i64 %len.i.i367, 1
  store i64 %607, ptr %599, align 8
  br label %endif2.i371

endif2.i371:                                      ; preds = %add.i.i, %full.i.i, %endif.i364
  %608 = getelementptr inbounds i8, ptr %s, i64 323
  %eff.i372 = load i8, ptr %608, align 1
  %out19.i = load ptr, ptr %18, align 8
  %609 = getelementptr inbounds i8, ptr %out19.i, i64 16
  switch i8 %eff.i372, label %not_applicable.i376 [
    i8 1, label %endif18.i375
    i8 2, label %walk38
  ]

not_applicable.i376:                              ; preds = %endif2.i371
  %610 = getelementptr inbounds i8, ptr %s, i64 256
  store i32 0, ptr %609, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %610, i8 0, i64 16, i1 false)
  br label %endif39

endif18.i375:                                     ; preds = %endif2.i371
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %609, align 1
  %611 = getelementptr inbounds i8, ptr %s, i64 256
  store i64 4607182418800017408, ptr %611, align 8
  br label %endif39

walk38:                                           ; preds = %endif2.i371
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %609, align 1
  %612 = getelementptr inbounds i8, ptr %s, i64 256
  %613 = getelementptr inbounds i8, ptr %s, i64 288
  store i8 0, ptr %613, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %612, i8 0, i64 16, i1 false)
  %614 = getelementptr inbounds i8, ptr %out, i64 80
  %615 = getelementptr inbounds i8, ptr %out, i64 120
  call fastcc void @walk(ptr nonnull %s, i32 4, ptr nonnull %614, ptr nonnull %615)
  br label %endif39

endif39:                                          ; preds = %endif18.i375, %not_applicable.i376, %walk38
  %616 = getelementptr inbounds i8, ptr %out, i64 41
  %how40 = load i8, ptr %616, align 1
  br i1 %352, label %guide_trace_add.exit390, label %trace.i384

trace.i384:                                       ; preds = %endif39
  %617 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i385 = load i64, ptr %617, align 8
  %618 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i386 = load i64, ptr %618, align 8
  %619 = icmp eq i64 %len.i385, %cap.i386
  br i1 %619, label %full.i389, label %add.i387

full.i389:                                        ; preds = %trace.i384
  %620 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %620, align 4
  br label %guide_trace_add.exit390

add.i387:                                         ; preds = %trace.i384
  %ev.i388 = load ptr, ptr %trace, align 8
  %621 = getelementptr inbounds %guide_event, ptr %ev.i388, i64 %len.i385
  store i8 1, ptr %621, align 1
  %622 = getelementptr inbounds i8, ptr %621, i64 1
  store i8 %how40, ptr %622, align 1
  %623 = getelementptr inbounds i8, ptr %621, i64 4
  store i32 4, ptr %623, align 4
  %624 = add i64 %len.i385, 1
  store i64 %624, ptr %617, align 8
  br label %guide_trace_add.exit390

guide_trace_add.exit390:                          ; preds = %endif39, %full.i389, %add.i387
  %625 = getelementptr inbounds i8, ptr %s, i64 192
  %pet_response = load i32, ptr %625, align 8
  store i32 %pet_response, ptr %out, align 4
  %626 = getelementptr inbounds i8, ptr %s, i64 208
  %avid_lesions = load i32, ptr %626, align 8
  %627 = getelementptr inbounds i8, ptr %out, i64 4
  store i32 %avid_lesions, ptr %627, align 4
  %628 = getelementptr inbounds i8, ptr %s, i64 224
  %all_below_2_5 = load i32, ptr %628, align 8
  %629 = getelementptr inbounds i8, ptr %out, i64 8
  store i32 %all_below_2_5, ptr %629, align 4
  %630 = getelementptr inbounds i8, ptr %s, i64 240
  %many_lesions = load i32, ptr %630, align 8
  %631 = getelementptr inbounds i8, ptr %out, i64 12
  store i32 %many_lesions, ptr %631, align 4
  %632 = getelementptr inbounds i8, ptr %s, i64 256
  %hottest = load double, ptr %632, align 8
  %633 = getelementptr inbounds i8, ptr %out, i64 16
  store double %hottest, ptr %633, align 8
  %634 = getelementptr inbounds i8, ptr %out, i64 200
  %baseline_mean = load double, ptr %25, align 8
  %635 = getelementptr inbounds i8, ptr %out, i64 128
  store double %baseline_mean, ptr %635, align 8
  %636 = load i8, ptr %24, align 2
  %637 = zext i8 %636 to i64
  %post_mean = load double, ptr %47, align 8
  %638 = getelementptr inbounds i8, ptr %out, i64 136
  store double %post_mean, ptr %638, align 8
  %639 = load i8, ptr %46, align 1
  %640 = zext i8 %639 to i64
  %641 = shl nuw nsw i64 %640, 1
  %642 = or i64 %641, %637
  %decrease = load double, ptr %84, align 8
  %643 = getelementptr inbounds i8, ptr %out, i64 144
  store double %decrease, ptr %643, align 8
  %644 = load i8, ptr %83, align 4
  %645 = zext i8 %644 to i64
  %646 = shl nuw nsw i64 %645, 2
  %647 = or i64 %646, %642
  %any_avid = load i32, ptr %101, align 8
  %648 = getelementptr inbounds i8, ptr %out, i64 152
  store i32 %any_avid, ptr %648, align 4
  %649 = load i8, ptr %100, align 1
  %650 = zext i8 %649 to i64
  %651 = shl nuw nsw i64 %650, 3
  %652 = or i64 %651, %647
  %all_low = load i32, ptr %118, align 8
  %653 = getelementptr inbounds i8, ptr %out, i64 156
  store i32 %all_low, ptr %653, align 4
  %654 = load i8, ptr %117, align 2
  %655 = zext i8 %654 to i64
  %656 = shl nuw nsw i64 %655, 4
  %657 = or i64 %656, %652
  %lesions = load double, ptr %134, align 8
  %658 = getelementptr inbounds i8, ptr %out, i64 160
  store double %lesions, ptr %658, align 8
  %659 = load i8, ptr %133, align 1
  %660 = zext i8 %659 to i64
  %661 = shl nuw nsw i64 %660, 5
  %662 = or i64 %661, %657
  %avid_count = load double, ptr %150, align 8
  %663 = getelementptr inbounds i8, ptr %out, i64 168
  store double %avid_count, ptr %663, align 8
  %664 = load i8, ptr %149, align 8
  %665 = zext i8 %664 to i64
  %666 = shl nuw nsw i64 %665, 6
  %667 = or i64 %666, %662
  %peak = load double, ptr %166, align 8
  %668 = getelementptr inbounds i8, ptr %out, i64 176
  store double %peak, ptr %668, align 8
  %669 = load i8, ptr %165, align 1
  %670 = zext i8 %669 to i64
  %671 = shl nuw nsw i64 %670, 7
  %672 = or i64 %671, %667
  %least = load double, ptr %182, align 8
  %673 = getelementptr inbounds i8, ptr %out, i64 184
  store double %least, ptr %673, align 8
  %674 = load i8, ptr %181, align 2
  %675 = zext i8 %674 to i64
  %676 = shl nuw nsw i64 %675, 8
  %677 = or i64 %676, %672
  %total = load double, ptr %198, align 8
  %678 = getelementptr inbounds i8, ptr %out, i64 192
  store double %total, ptr %678, align 8
  %679 = load i8, ptr %197, align 1
  %680 = zext i8 %679 to i64
  %681 = shl nuw nsw i64 %680, 9
  %682 = or i64 %681, %677
  store i64 %682, ptr %634, align 8
  br label %common.ret
}

declare i32 @guide_list_valid(ptr, i32, double, double, double) local_unnamed_addr

define range(i32 0, 3) i32 @lists_eval(ptr nocapture readonly %in, ptr %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define void @lists_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #2 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 40, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known, align 1
  %.not = icmp eq i8 %4, 0
  br i1 %.not, label %endif, label %suv_baseline

suv_baseline:                                     ; preds = %entry
  store i64 1, ptr %1, align 8
  %5 = getelementptr inbounds i8, ptr %1, i64 8
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull align 8 dereferenceable(16) %val, i64 16, i1 false)
  br label %endif

endif:                                            ; preds = %suv_baseline, %entry
  %6 = phi i64 [ 3, %suv_baseline ], [ 2, %entry ]
  %7 = getelementptr inbounds i8, ptr %known, i64 1
  %8 = load i8, ptr %7, align 1
  %.not2 = icmp eq i8 %8, 0
  br i1 %.not2, label %endif1, label %suv_post

suv_post:                                         ; preds = %endif
  store i64 %6, ptr %1, align 8
  %9 = getelementptr inbounds i8, ptr %val, i64 16
  %10 = getelementptr inbounds i8, ptr %1, i64 24
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %10, ptr noundef nonnull align 8 dereferenceable(16) %9, i64 16, i1 false)
  br label %endif1

endif1:                                           ; preds = %suv_post, %endif
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define void @lists_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #2 {
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
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %val, ptr noundef nonnull align 8 dereferenceable(16) %11, i64 16, i1 false)
  %12 = load i64, ptr %0, align 8
  %13 = trunc i64 %12 to i8
  %14 = lshr i8 %13, 1
  %15 = and i8 %14, 1
  %16 = getelementptr inbounds i8, ptr %known, i64 1
  store i8 %15, ptr %16, align 1
  %17 = getelementptr inbounds i8, ptr %0, i64 24
  %18 = getelementptr inbounds i8, ptr %val, i64 16
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %18, ptr noundef nonnull align 8 dereferenceable(16) %17, i64 16, i1 false)
  %19 = getelementptr inbounds i8, ptr %1, i64 200
  %20 = load i64, ptr %19, align 8
  %21 = trunc i64 %20 to i8
  %22 = and i8 %21, 1
  %23 = getelementptr inbounds i8, ptr %known, i64 2
  store i8 %22, ptr %23, align 1
  %24 = getelementptr inbounds i8, ptr %1, i64 128
  %25 = load double, ptr %24, align 8
  %26 = getelementptr inbounds i8, ptr %val, i64 32
  store double %25, ptr %26, align 8
  %27 = load i64, ptr %19, align 8
  %28 = trunc i64 %27 to i8
  %29 = lshr i8 %28, 1
  %30 = and i8 %29, 1
  %31 = getelementptr inbounds i8, ptr %known, i64 3
  store i8 %30, ptr %31, align 1
  %32 = getelementptr inbounds i8, ptr %1, i64 136
  %33 = load double, ptr %32, align 8
  %34 = getelementptr inbounds i8, ptr %val, i64 48
  store double %33, ptr %34, align 8
  %35 = load i64, ptr %19, align 8
  %36 = trunc i64 %35 to i8
  %37 = lshr i8 %36, 2
  %38 = and i8 %37, 1
  %39 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %38, ptr %39, align 1
  %40 = getelementptr inbounds i8, ptr %1, i64 144
  %41 = load double, ptr %40, align 8
  %42 = getelementptr inbounds i8, ptr %val, i64 64
  store double %41, ptr %42, align 8
  %43 = load i64, ptr %19, align 8
  %44 = trunc i64 %43 to i8
  %45 = lshr i8 %44, 3
  %46 = and i8 %45, 1
  %47 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %46, ptr %47, align 1
  %48 = getelementptr inbounds i8, ptr %1, i64 152
  %49 = load i32, ptr %48, align 4
  %50 = getelementptr inbounds i8, ptr %val, i64 80
  store i32 %49, ptr %50, align 4
  %51 = load i64, ptr %19, align 8
  %52 = trunc i64 %51 to i8
  %53 = lshr i8 %52, 4
  %54 = and i8 %53, 1
  %55 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %1, i64 156
  %57 = load i32, ptr %56, align 4
  %58 = getelementptr inbounds i8, ptr %val, i64 96
  store i32 %57, ptr %58, align 4
  %59 = load i64, ptr %19, align 8
  %60 = trunc i64 %59 to i8
  %61 = lshr i8 %60, 5
  %62 = and i8 %61, 1
  %63 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %62, ptr %63, align 1
  %64 = getelementptr inbounds i8, ptr %1, i64 160
  %65 = load double, ptr %64, align 8
  %66 = getelementptr inbounds i8, ptr %val, i64 112
  store double %65, ptr %66, align 8
  %67 = load i64, ptr %19, align 8
  %68 = trunc i64 %67 to i8
  %69 = lshr i8 %68, 6
  %70 = and i8 %69, 1
  %71 = getelementptr inbounds i8, ptr %known, i64 8
  store i8 %70, ptr %71, align 1
  %72 = getelementptr inbounds i8, ptr %1, i64 168
  %73 = load double, ptr %72, align 8
  %74 = getelementptr inbounds i8, ptr %val, i64 128
  store double %73, ptr %74, align 8
  %75 = load i64, ptr %19, align 8
  %76 = trunc i64 %75 to i8
  %77 = lshr i8 %76, 7
  %78 = getelementptr inbounds i8, ptr %known, i64 9
  store i8 %77, ptr %78, align 1
  %79 = getelementptr inbounds i8, ptr %1, i64 176
  %80 = load double, ptr %79, align 8
  %81 = getelementptr inbounds i8, ptr %val, i64 144
  store double %80, ptr %81, align 8
  %82 = load i64, ptr %19, align 8
  %83 = lshr i64 %82, 8
  %84 = trunc i64 %83 to i8
  %85 = and i8 %84, 1
  %86 = getelementptr inbounds i8, ptr %known, i64 10
  store i8 %85, ptr %86, align 1
  %87 = getelementptr inbounds i8, ptr %1, i64 184
  %88 = load double, ptr %87, align 8
  %89 = getelementptr inbounds i8, ptr %val, i64 160
  store double %88, ptr %89, align 8
  %90 = load i64, ptr %19, align 8
  %91 = lshr i64 %90, 9
  %92 = trunc i64 %91 to i8
  %93 = and i8 %92, 1
  %94 = getelementptr inbounds i8, ptr %known, i64 11
  store i8 %93, ptr %94, align 1
  %95 = getelementptr inbounds i8, ptr %1, i64 192
  %96 = load double, ptr %95, align 8
  %97 = getelementptr inbounds i8, ptr %val, i64 176
  store double %96, ptr %97, align 8
  %98 = getelementptr inbounds i8, ptr %1, i64 24
  %99 = load i32, ptr %98, align 4
  store i32 %99, ptr %out, align 4
  %100 = load i32, ptr %1, align 4
  %101 = getelementptr inbounds i8, ptr %val, i64 192
  store i32 %100, ptr %101, align 4
  %state = load i8, ptr %98, align 1
  %102 = getelementptr inbounds i8, ptr %1, i64 26
  %103 = load i8, ptr %102, align 1
  %104 = icmp eq i8 %state, 1
  %105 = icmp eq i8 %103, 0
  %106 = and i1 %104, %105
  %107 = zext i1 %106 to i8
  %108 = getelementptr inbounds i8, ptr %known, i64 12
  store i8 %107, ptr %108, align 1
  %109 = getelementptr inbounds i8, ptr %1, i64 25
  %how = load i8, ptr %109, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %110 = getelementptr inbounds i8, ptr %1, i64 48
  %111 = load i64, ptr %110, align 8
  store i64 %111, ptr %asks, align 8
  %112 = getelementptr inbounds i8, ptr %1, i64 88
  %113 = load i64, ptr %112, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %113, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  %114 = getelementptr inbounds i8, ptr %1, i64 28
  %115 = getelementptr inbounds i8, ptr %out, i64 4
  %116 = load i32, ptr %114, align 4
  store i32 %116, ptr %115, align 4
  %117 = getelementptr inbounds i8, ptr %1, i64 4
  %118 = load i32, ptr %117, align 4
  %119 = getelementptr inbounds i8, ptr %val, i64 208
  store i32 %118, ptr %119, align 4
  %state1 = load i8, ptr %114, align 1
  %120 = getelementptr inbounds i8, ptr %1, i64 30
  %121 = load i8, ptr %120, align 1
  %122 = icmp eq i8 %state1, 1
  %123 = icmp eq i8 %121, 0
  %124 = and i1 %122, %123
  %125 = zext i1 %124 to i8
  %126 = getelementptr inbounds i8, ptr %known, i64 13
  store i8 %125, ptr %126, align 1
  %127 = getelementptr inbounds i8, ptr %asks, i64 8
  %128 = getelementptr inbounds i8, ptr %possible, i64 8
  %129 = getelementptr inbounds i8, ptr %1, i64 29
  %how2 = load i8, ptr %129, align 1
  %.not21 = icmp eq i8 %how2, 0
  br i1 %.not21, label %direct4, label %walked3

walked3:                                          ; preds = %next
  %130 = getelementptr inbounds i8, ptr %1, i64 56
  %131 = load i64, ptr %130, align 8
  store i64 %131, ptr %127, align 8
  %132 = getelementptr inbounds i8, ptr %1, i64 96
  %133 = load i64, ptr %132, align 8
  br label %next5

direct4:                                          ; preds = %next
  store i64 0, ptr %127, align 8
  br label %next5

next5:                                            ; preds = %direct4, %walked3
  %storemerge22 = phi i64 [ %133, %walked3 ], [ 0, %direct4 ]
  store i64 %storemerge22, ptr %128, align 8
  %134 = getelementptr inbounds i8, ptr %1, i64 32
  %135 = getelementptr inbounds i8, ptr %out, i64 8
  %136 = load i32, ptr %134, align 4
  store i32 %136, ptr %135, align 4
  %137 = getelementptr inbounds i8, ptr %1, i64 8
  %138 = load i32, ptr %137, align 4
  %139 = getelementptr inbounds i8, ptr %val, i64 224
  store i32 %138, ptr %139, align 4
  %state6 = load i8, ptr %134, align 1
  %140 = getelementptr inbounds i8, ptr %1, i64 34
  %141 = load i8, ptr %140, align 1
  %142 = icmp eq i8 %state6, 1
  %143 = icmp eq i8 %141, 0
  %144 = and i1 %142, %143
  %145 = zext i1 %144 to i8
  %146 = getelementptr inbounds i8, ptr %known, i64 14
  store i8 %145, ptr %146, align 1
  %147 = getelementptr inbounds i8, ptr %asks, i64 16
  %148 = getelementptr inbounds i8, ptr %possible, i64 16
  %149 = getelementptr inbounds i8, ptr %1, i64 33
  %how7 = load i8, ptr %149, align 1
  %.not23 = icmp eq i8 %how7, 0
  br i1 %.not23, label %direct9, label %walked8

walked8:                                          ; preds = %next5
  %150 = getelementptr inbounds i8, ptr %1, i64 64
  %151 = load i64, ptr %150, align 8
  store i64 %151, ptr %147, align 8
  %152 = getelementptr inbounds i8, ptr %1, i64 104
  %153 = load i64, ptr %152, align 8
  br label %next10

direct9:                                          ; preds = %next5
  store i64 0, ptr %147, align 8
  br label %next10

next10:                                           ; preds = %direct9, %walked8
  %storemerge24 = phi i64 [ %153, %walked8 ], [ 0, %direct9 ]
  store i64 %storemerge24, ptr %148, align 8
  %154 = getelementptr inbounds i8, ptr %1, i64 36
  %155 = getelementptr inbounds i8, ptr %out, i64 12
  %156 = load i32, ptr %154, align 4
  store i32 %156, ptr %155, align 4
  %157 = getelementptr inbounds i8, ptr %1, i64 12
  %158 = load i32, ptr %157, align 4
  %159 = getelementptr inbounds i8, ptr %val, i64 240
  store i32 %158, ptr %159, align 4
  %state11 = load i8, ptr %154, align 1
  %160 = getelementptr inbounds i8, ptr %1, i64 38
  %161 = load i8, ptr %160, align 1
  %162 = icmp eq i8 %state11, 1
  %163 = icmp eq i8 %161, 0
  %164 = and i1 %162, %163
  %165 = zext i1 %164 to i8
  %166 = getelementptr inbounds i8, ptr %known, i64 15
  store i8 %165, ptr %166, align 1
  %167 = getelementptr inbounds i8, ptr %asks, i64 24
  %168 = getelementptr inbounds i8, ptr %possible, i64 24
  %169 = getelementptr inbounds i8, ptr %1, i64 37
  %how12 = load i8, ptr %169, align 1
  %.not25 = icmp eq i8 %how12, 0
  br i1 %.not25, label %direct14, label %walked13

walked13:                                         ; preds = %next10
  %170 = getelementptr inbounds i8, ptr %1, i64 72
  %171 = load i64, ptr %170, align 8
  store i64 %171, ptr %167, align 8
  %172 = getelementptr inbounds i8, ptr %1, i64 112
  %173 = load i64, ptr %172, align 8
  br label %next15

direct14:                                         ; preds = %next10
  store i64 0, ptr %167, align 8
  br label %next15

next15:                                           ; preds = %direct14, %walked13
  %storemerge26 = phi i64 [ %173, %walked13 ], [ 0, %direct14 ]
  store i64 %storemerge26, ptr %168, align 8
  %174 = getelementptr inbounds i8, ptr %1, i64 40
  %175 = getelementptr inbounds i8, ptr %out, i64 16
  %176 = load i32, ptr %174, align 4
  store i32 %176, ptr %175, align 4
  %177 = getelementptr inbounds i8, ptr %1, i64 16
  %178 = load double, ptr %177, align 8
  %179 = getelementptr inbounds i8, ptr %val, i64 256
  store double %178, ptr %179, align 8
  %state16 = load i8, ptr %174, align 1
  %180 = getelementptr inbounds i8, ptr %1, i64 42
  %181 = load i8, ptr %180, align 1
  %182 = icmp eq i8 %state16, 1
  %183 = icmp eq i8 %181, 0
  %184 = and i1 %182, %183
  %185 = zext i1 %184 to i8
  %186 = getelementptr inbounds i8, ptr %known, i64 16
  store i8 %185, ptr %186, align 1
  %187 = getelementptr inbounds i8, ptr %asks, i64 32
  %188 = getelementptr inbounds i8, ptr %1, i64 41
  %how17 = load i8, ptr %188, align 1
  %.not27 = icmp eq i8 %how17, 0
  br i1 %.not27, label %direct19, label %walked18

walked18:                                         ; preds = %next15
  %189 = getelementptr inbounds i8, ptr %1, i64 80
  %190 = load i64, ptr %189, align 8
  store i64 %190, ptr %187, align 8
  %191 = getelementptr inbounds i8, ptr %1, i64 120
  %192 = load i64, ptr %191, align 8
  br label %next20

direct19:                                         ; preds = %next15
  store i64 0, ptr %187, align 8
  br label %next20

next20:                                           ; preds = %direct19, %walked18
  %storemerge28 = phi i64 [ %192, %walked18 ], [ 0, %direct19 ]
  %193 = getelementptr inbounds i8, ptr %possible, i64 32
  store i64 %storemerge28, ptr %193, align 8
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

define range(i32 0, 3) i32 @lists_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %lists_output, align 8
  %in = alloca %lists_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %in, i8 0, i64 40, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %4, 0
  br i1 %.not.i, label %endif.i, label %suv_baseline.i

suv_baseline.i:                                   ; preds = %entry
  store i64 1, ptr %in, align 8
  %5 = getelementptr inbounds i8, ptr %in, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull align 8 dereferenceable(16) %val.i, i64 16, i1 false)
  br label %endif.i

endif.i:                                          ; preds = %suv_baseline.i, %entry
  %6 = phi i64 [ 3, %suv_baseline.i ], [ 2, %entry ]
  %7 = getelementptr inbounds i8, ptr %known.i, i64 1
  %8 = load i8, ptr %7, align 1
  %.not2.i = icmp eq i8 %8, 0
  br i1 %.not2.i, label %lists_from_frame.exit, label %suv_post.i

suv_post.i:                                       ; preds = %endif.i
  store i64 %6, ptr %in, align 8
  %9 = getelementptr inbounds i8, ptr %val.i, i64 16
  %10 = getelementptr inbounds i8, ptr %in, i64 24
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %10, ptr noundef nonnull align 8 dereferenceable(16) %9, i64 16, i1 false)
  br label %lists_from_frame.exit

lists_from_frame.exit:                            ; preds = %endif.i, %suv_post.i
  %11 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %11, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  call void @lists_to_frame(ptr nonnull %in, ptr nonnull %out, ptr nonnull %0)
  ret i32 %rc
}

define i64 @lists_eval_many(i64 %n, ptr nocapture readonly %in, ptr %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %lists_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %lists_output, ptr %out, i64 %i.05
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

define i64 @lists_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %out.i = alloca %lists_output, align 8
  %in.i = alloca %lists_input, align 8
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %1 = getelementptr inbounds i8, ptr %in.i, i64 8
  %2 = getelementptr inbounds i8, ptr %c, i64 16
  %.fca.1.gep.i = getelementptr inbounds i8, ptr %in.i, i64 16
  %3 = getelementptr inbounds i8, ptr %c, i64 8
  %4 = getelementptr inbounds i8, ptr %in.i, i64 24
  %.fca.1.gep79.i = getelementptr inbounds i8, ptr %in.i, i64 32
  %5 = getelementptr inbounds i8, ptr %c, i64 104
  %6 = getelementptr inbounds i8, ptr %c, i64 112
  %7 = getelementptr inbounds i8, ptr %c, i64 24
  %8 = getelementptr inbounds i8, ptr %c, i64 64
  %9 = getelementptr inbounds i8, ptr %out.i, i64 24
  %10 = getelementptr inbounds i8, ptr %out.i, i64 25
  %11 = getelementptr inbounds i8, ptr %out.i, i64 26
  %12 = getelementptr inbounds i8, ptr %out.i, i64 48
  %13 = getelementptr inbounds i8, ptr %out.i, i64 88
  %14 = getelementptr inbounds i8, ptr %c, i64 32
  %15 = getelementptr inbounds i8, ptr %out.i, i64 4
  %16 = getelementptr inbounds i8, ptr %c, i64 72
  %17 = getelementptr inbounds i8, ptr %out.i, i64 28
  %18 = getelementptr inbounds i8, ptr %out.i, i64 29
  %19 = getelementptr inbounds i8, ptr %out.i, i64 30
  %20 = getelementptr inbounds i8, ptr %out.i, i64 56
  %21 = getelementptr inbounds i8, ptr %out.i, i64 96
  %22 = getelementptr inbounds i8, ptr %c, i64 40
  %23 = getelementptr inbounds i8, ptr %out.i, i64 8
  %24 = getelementptr inbounds i8, ptr %c, i64 80
  %25 = getelementptr inbounds i8, ptr %out.i, i64 32
  %26 = getelementptr inbounds i8, ptr %out.i, i64 33
  %27 = getelementptr inbounds i8, ptr %out.i, i64 34
  %28 = getelementptr inbounds i8, ptr %out.i, i64 64
  %29 = getelementptr inbounds i8, ptr %out.i, i64 104
  %30 = getelementptr inbounds i8, ptr %c, i64 48
  %31 = getelementptr inbounds i8, ptr %out.i, i64 12
  %32 = getelementptr inbounds i8, ptr %c, i64 88
  %33 = getelementptr inbounds i8, ptr %out.i, i64 36
  %34 = getelementptr inbounds i8, ptr %out.i, i64 37
  %35 = getelementptr inbounds i8, ptr %out.i, i64 38
  %36 = getelementptr inbounds i8, ptr %out.i, i64 72
  %37 = getelementptr inbounds i8, ptr %out.i, i64 112
  %38 = getelementptr inbounds i8, ptr %c, i64 56
  %39 = getelementptr inbounds i8, ptr %out.i, i64 16
  %40 = getelementptr inbounds i8, ptr %c, i64 96
  %41 = getelementptr inbounds i8, ptr %out.i, i64 40
  %42 = getelementptr inbounds i8, ptr %out.i, i64 41
  %43 = getelementptr inbounds i8, ptr %out.i, i64 42
  %44 = getelementptr inbounds i8, ptr %out.i, i64 80
  %45 = getelementptr inbounds i8, ptr %out.i, i64 120
  %46 = getelementptr inbounds i8, ptr %c, i64 120
  br label %body

body:                                             ; preds = %body.lr.ph, %column_row.exit
  %bad.06 = phi i64 [ 0, %body.lr.ph ], [ %146, %column_row.exit ]
  %i.05 = phi i64 [ 0, %body.lr.ph ], [ %147, %column_row.exit ]
  call void @llvm.lifetime.start.p0(i64 208, ptr nonnull %out.i)
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %in.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %1, i8 0, i64 32, i1 false)
  %known.i = load ptr, ptr %2, align 8
  %.not.i = icmp eq ptr %known.i, null
  %47 = getelementptr inbounds i64, ptr %known.i, i64 %i.05
  %48 = select i1 %.not.i, ptr @all_known, ptr %47
  %known1.i = load i64, ptr %48, align 8
  %suv_baseline.i = load ptr, ptr %c, align 8
  %49 = trunc i64 %known1.i to i1
  %50 = icmp ne ptr %suv_baseline.i, null
  %51 = and i1 %50, %49
  br i1 %51, label %suv_baseline2.i, label %endif.i

suv_baseline2.i:                                  ; preds = %body
  %52 = getelementptr inbounds { ptr, i32 }, ptr %suv_baseline.i, i64 %i.05
  %53 = load { ptr, i32 }, ptr %52, align 8
  %.fca.0.extract.i = extractvalue { ptr, i32 } %53, 0
  store ptr %.fca.0.extract.i, ptr %1, align 8
  %.fca.1.extract.i = extractvalue { ptr, i32 } %53, 1
  store i32 %.fca.1.extract.i, ptr %.fca.1.gep.i, align 8
  br label %endif.i

endif.i:                                          ; preds = %suv_baseline2.i, %body
  %54 = phi i64 [ -1, %suv_baseline2.i ], [ -2, %body ]
  %suv_post.i = load ptr, ptr %3, align 8
  %55 = and i64 %known1.i, 2
  %56 = icmp ne i64 %55, 0
  %57 = icmp ne ptr %suv_post.i, null
  %58 = and i1 %56, %57
  br i1 %58, label %suv_post3.i, label %endif4.i

suv_post3.i:                                      ; preds = %endif.i
  %59 = getelementptr inbounds { ptr, i32 }, ptr %suv_post.i, i64 %i.05
  %60 = load { ptr, i32 }, ptr %59, align 8
  %.fca.0.extract76.i = extractvalue { ptr, i32 } %60, 0
  store ptr %.fca.0.extract76.i, ptr %4, align 8
  %.fca.1.extract78.i = extractvalue { ptr, i32 } %60, 1
  store i32 %.fca.1.extract78.i, ptr %.fca.1.gep79.i, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %suv_post3.i, %endif.i
  %61 = phi i64 [ -1, %suv_post3.i ], [ -3, %endif.i ]
  %62 = and i64 %known1.i, 3
  %63 = and i64 %62, %54
  %64 = and i64 %63, %61
  store i64 %64, ptr %in.i, align 8
  %rc.i = call fastcc i32 @eval_with(ptr nonnull %in.i, ptr nonnull %out.i, ptr null, ptr null)
  %asks.i = load ptr, ptr %5, align 8
  %possible.i = load ptr, ptr %6, align 8
  %pet_response.i = load ptr, ptr %7, align 8
  %.not80.i = icmp eq ptr %pet_response.i, null
  br i1 %.not80.i, label %endif5.i, label %value.i

value.i:                                          ; preds = %endif4.i
  %65 = load i32, ptr %out.i, align 8
  %66 = getelementptr inbounds i32, ptr %pet_response.i, i64 %i.05
  store i32 %65, ptr %66, align 4
  br label %endif5.i

endif5.i:                                         ; preds = %value.i, %endif4.i
  %states.i = load ptr, ptr %8, align 8
  %.not81.i = icmp eq ptr %states.i, null
  br i1 %.not81.i, label %endif6.i, label %state.i

state.i:                                          ; preds = %endif5.i
  %state7.i = load i8, ptr %9, align 8
  %how.i = load i8, ptr %10, align 1
  %is_null.i = load i8, ptr %11, align 2
  %67 = and i8 %state7.i, 3
  %68 = shl i8 %how.i, 2
  %69 = and i8 %68, 12
  %70 = or disjoint i8 %69, %67
  %71 = shl i8 %is_null.i, 4
  %72 = and i8 %71, 16
  %73 = or disjoint i8 %70, %72
  %74 = getelementptr inbounds i8, ptr %states.i, i64 %i.05
  store i8 %73, ptr %74, align 1
  br label %endif6.i

endif6.i:                                         ; preds = %state.i, %endif5.i
  %how8.i = load i8, ptr %10, align 1
  %.not82.i = icmp eq i8 %how8.i, 0
  br i1 %.not82.i, label %endif9.i, label %walked.i

walked.i:                                         ; preds = %endif6.i
  %.not83.i = icmp eq ptr %asks.i, null
  br i1 %.not83.i, label %endif11.i, label %asks10.i

endif9.i:                                         ; preds = %possible12.i, %endif11.i, %endif6.i
  %avid_lesions.i = load ptr, ptr %14, align 8
  %.not86.i = icmp eq ptr %avid_lesions.i, null
  br i1 %.not86.i, label %endif15.i, label %value14.i

asks10.i:                                         ; preds = %walked.i
  %.idx.i = mul i64 %i.05, 40
  %75 = getelementptr inbounds i8, ptr %asks.i, i64 %.idx.i
  %76 = load i64, ptr %12, align 8
  store i64 %76, ptr %75, align 8
  br label %endif11.i

endif11.i:                                        ; preds = %asks10.i, %walked.i
  %.not84.i = icmp eq ptr %possible.i, null
  br i1 %.not84.i, label %endif9.i, label %possible12.i

possible12.i:                                     ; preds = %endif11.i
  %.idx85.i = mul i64 %i.05, 40
  %77 = getelementptr inbounds i8, ptr %possible.i, i64 %.idx85.i
  %78 = load i64, ptr %13, align 8
  store i64 %78, ptr %77, align 8
  br label %endif9.i

value14.i:                                        ; preds = %endif9.i
  %79 = load i32, ptr %15, align 4
  %80 = getelementptr inbounds i32, ptr %avid_lesions.i, i64 %i.05
  store i32 %79, ptr %80, align 4
  br label %endif15.i

endif15.i:                                        ; preds = %value14.i, %endif9.i
  %states16.i = load ptr, ptr %16, align 8
  %.not87.i = icmp eq ptr %states16.i, null
  br i1 %.not87.i, label %endif18.i, label %state17.i

state17.i:                                        ; preds = %endif15.i
  %state19.i = load i8, ptr %17, align 4
  %how20.i = load i8, ptr %18, align 1
  %is_null21.i = load i8, ptr %19, align 2
  %81 = and i8 %state19.i, 3
  %82 = shl i8 %how20.i, 2
  %83 = and i8 %82, 12
  %84 = or disjoint i8 %83, %81
  %85 = shl i8 %is_null21.i, 4
  %86 = and i8 %85, 16
  %87 = or disjoint i8 %84, %86
  %88 = getelementptr inbounds i8, ptr %states16.i, i64 %i.05
  store i8 %87, ptr %88, align 1
  br label %endif18.i

endif18.i:                                        ; preds = %state17.i, %endif15.i
  %how22.i = load i8, ptr %18, align 1
  %.not88.i = icmp eq i8 %how22.i, 0
  br i1 %.not88.i, label %endif24.i, label %walked23.i

walked23.i:                                       ; preds = %endif18.i
  %.not89.i = icmp eq ptr %asks.i, null
  br i1 %.not89.i, label %endif26.i, label %asks25.i

endif24.i:                                        ; preds = %possible27.i, %endif26.i, %endif18.i
  %all_below_2_5.i = load ptr, ptr %22, align 8
  %.not93.i = icmp eq ptr %all_below_2_5.i, null
  br i1 %.not93.i, label %endif30.i, label %value29.i

asks25.i:                                         ; preds = %walked23.i
  %.idx90.i = mul i64 %i.05, 40
  %89 = getelementptr i8, ptr %asks.i, i64 %.idx90.i
  %90 = getelementptr i8, ptr %89, i64 8
  %91 = load i64, ptr %20, align 8
  store i64 %91, ptr %90, align 8
  br label %endif26.i

endif26.i:                                        ; preds = %asks25.i, %walked23.i
  %.not91.i = icmp eq ptr %possible.i, null
  br i1 %.not91.i, label %endif24.i, label %possible27.i

possible27.i:                                     ; preds = %endif26.i
  %.idx92.i = mul i64 %i.05, 40
  %92 = getelementptr i8, ptr %possible.i, i64 %.idx92.i
  %93 = getelementptr i8, ptr %92, i64 8
  %94 = load i64, ptr %21, align 8
  store i64 %94, ptr %93, align 8
  br label %endif24.i

value29.i:                                        ; preds = %endif24.i
  %95 = load i32, ptr %23, align 8
  %96 = getelementptr inbounds i32, ptr %all_below_2_5.i, i64 %i.05
  store i32 %95, ptr %96, align 4
  br label %endif30.i

endif30.i:                                        ; preds = %value29.i, %endif24.i
  %states31.i = load ptr, ptr %24, align 8
  %.not94.i = icmp eq ptr %states31.i, null
  br i1 %.not94.i, label %endif33.i, label %state32.i

state32.i:                                        ; preds = %endif30.i
  %state34.i = load i8, ptr %25, align 8
  %how35.i = load i8, ptr %26, align 1
  %is_null36.i = load i8, ptr %27, align 2
  %97 = and i8 %state34.i, 3
  %98 = shl i8 %how35.i, 2
  %99 = and i8 %98, 12
  %100 = or disjoint i8 %99, %97
  %101 = shl i8 %is_null36.i, 4
  %102 = and i8 %101, 16
  %103 = or disjoint i8 %100, %102
  %104 = getelementptr inbounds i8, ptr %states31.i, i64 %i.05
  store i8 %103, ptr %104, align 1
  br label %endif33.i

endif33.i:                                        ; preds = %state32.i, %endif30.i
  %how37.i = load i8, ptr %26, align 1
  %.not95.i = icmp eq i8 %how37.i, 0
  br i1 %.not95.i, label %endif39.i, label %walked38.i

walked38.i:                                       ; preds = %endif33.i
  %.not96.i = icmp eq ptr %asks.i, null
  br i1 %.not96.i, label %endif41.i, label %asks40.i

endif39.i:                                        ; preds = %possible42.i, %endif41.i, %endif33.i
  %many_lesions.i = load ptr, ptr %30, align 8
  %.not100.i = icmp eq ptr %many_lesions.i, null
  br i1 %.not100.i, label %endif45.i, label %value44.i

asks40.i:                                         ; preds = %walked38.i
  %.idx97.i = mul i64 %i.05, 40
  %105 = getelementptr i8, ptr %asks.i, i64 %.idx97.i
  %106 = getelementptr i8, ptr %105, i64 16
  %107 = load i64, ptr %28, align 8
  store i64 %107, ptr %106, align 8
  br label %endif41.i

endif41.i:                                        ; preds = %asks40.i, %walked38.i
  %.not98.i = icmp eq ptr %possible.i, null
  br i1 %.not98.i, label %endif39.i, label %possible42.i

possible42.i:                                     ; preds = %endif41.i
  %.idx99.i = mul i64 %i.05, 40
  %108 = getelementptr i8, ptr %possible.i, i64 %.idx99.i
  %109 = getelementptr i8, ptr %108, i64 16
  %110 = load i64, ptr %29, align 8
  store i64 %110, ptr %109, align 8
  br label %endif39.i

value44.i:                                        ; preds = %endif39.i
  %111 = load i32, ptr %31, align 4
  %112 = getelementptr inbounds i32, ptr %many_lesions.i, i64 %i.05
  store i32 %111, ptr %112, align 4
  br label %endif45.i

endif45.i:                                        ; preds = %value44.i, %endif39.i
  %states46.i = load ptr, ptr %32, align 8
  %.not101.i = icmp eq ptr %states46.i, null
  br i1 %.not101.i, label %endif48.i, label %state47.i

state47.i:                                        ; preds = %endif45.i
  %state49.i = load i8, ptr %33, align 4
  %how50.i = load i8, ptr %34, align 1
  %is_null51.i = load i8, ptr %35, align 2
  %113 = and i8 %state49.i, 3
  %114 = shl i8 %how50.i, 2
  %115 = and i8 %114, 12
  %116 = or disjoint i8 %115, %113
  %117 = shl i8 %is_null51.i, 4
  %118 = and i8 %117, 16
  %119 = or disjoint i8 %116, %118
  %120 = getelementptr inbounds i8, ptr %states46.i, i64 %i.05
  store i8 %119, ptr %120, align 1
  br label %endif48.i

endif48.i:                                        ; preds = %state47.i, %endif45.i
  %how52.i = load i8, ptr %34, align 1
  %.not102.i = icmp eq i8 %how52.i, 0
  br i1 %.not102.i, label %endif54.i, label %walked53.i

walked53.i:                                       ; preds = %endif48.i
  %.not103.i = icmp eq ptr %asks.i, null
  br i1 %.not103.i, label %endif56.i, label %asks55.i

endif54.i:                                        ; preds = %possible57.i, %endif56.i, %endif48.i
  %hottest.i = load ptr, ptr %38, align 8
  %.not107.i = icmp eq ptr %hottest.i, null
  br i1 %.not107.i, label %endif60.i, label %value59.i

asks55.i:                                         ; preds = %walked53.i
  %.idx104.i = mul i64 %i.05, 40
  %121 = getelementptr i8, ptr %asks.i, i64 %.idx104.i
  %122 = getelementptr i8, ptr %121, i64 24
  %123 = load i64, ptr %36, align 8
  store i64 %123, ptr %122, align 8
  br label %endif56.i

endif56.i:                                        ; preds = %asks55.i, %walked53.i
  %.not105.i = icmp eq ptr %possible.i, null
  br i1 %.not105.i, label %endif54.i, label %possible57.i

possible57.i:                                     ; preds = %endif56.i
  %.idx106.i = mul i64 %i.05, 40
  %124 = getelementptr i8, ptr %possible.i, i64 %.idx106.i
  %125 = getelementptr i8, ptr %124, i64 24
  %126 = load i64, ptr %37, align 8
  store i64 %126, ptr %125, align 8
  br label %endif54.i

value59.i:                                        ; preds = %endif54.i
  %127 = load double, ptr %39, align 8
  %128 = getelementptr inbounds double, ptr %hottest.i, i64 %i.05
  store double %127, ptr %128, align 8
  br label %endif60.i

endif60.i:                                        ; preds = %value59.i, %endif54.i
  %states61.i = load ptr, ptr %40, align 8
  %.not108.i = icmp eq ptr %states61.i, null
  br i1 %.not108.i, label %endif63.i, label %state62.i

state62.i:                                        ; preds = %endif60.i
  %state64.i = load i8, ptr %41, align 8
  %how65.i = load i8, ptr %42, align 1
  %is_null66.i = load i8, ptr %43, align 2
  %129 = and i8 %state64.i, 3
  %130 = shl i8 %how65.i, 2
  %131 = and i8 %130, 12
  %132 = or disjoint i8 %131, %129
  %133 = shl i8 %is_null66.i, 4
  %134 = and i8 %133, 16
  %135 = or disjoint i8 %132, %134
  %136 = getelementptr inbounds i8, ptr %states61.i, i64 %i.05
  store i8 %135, ptr %136, align 1
  br label %endif63.i

endif63.i:                                        ; preds = %state62.i, %endif60.i
  %how67.i = load i8, ptr %42, align 1
  %.not109.i = icmp eq i8 %how67.i, 0
  br i1 %.not109.i, label %endif69.i, label %walked68.i

walked68.i:                                       ; preds = %endif63.i
  %.not110.i = icmp eq ptr %asks.i, null
  br i1 %.not110.i, label %endif71.i, label %asks70.i

endif69.i:                                        ; preds = %possible72.i, %endif71.i, %endif63.i
  %rcs.i = load ptr, ptr %46, align 8
  %.not114.i = icmp eq ptr %rcs.i, null
  br i1 %.not114.i, label %column_row.exit, label %rc74.i

asks70.i:                                         ; preds = %walked68.i
  %.idx111.i = mul i64 %i.05, 40
  %137 = getelementptr i8, ptr %asks.i, i64 %.idx111.i
  %138 = getelementptr i8, ptr %137, i64 32
  %139 = load i64, ptr %44, align 8
  store i64 %139, ptr %138, align 8
  br label %endif71.i

endif71.i:                                        ; preds = %asks70.i, %walked68.i
  %.not112.i = icmp eq ptr %possible.i, null
  br i1 %.not112.i, label %endif69.i, label %possible72.i

possible72.i:                                     ; preds = %endif71.i
  %.idx113.i = mul i64 %i.05, 40
  %140 = getelementptr i8, ptr %possible.i, i64 %.idx113.i
  %141 = getelementptr i8, ptr %140, i64 32
  %142 = load i64, ptr %45, align 8
  store i64 %142, ptr %141, align 8
  br label %endif69.i

rc74.i:                                           ; preds = %endif69.i
  %143 = getelementptr inbounds i32, ptr %rcs.i, i64 %i.05
  store i32 %rc.i, ptr %143, align 4
  br label %column_row.exit

column_row.exit:                                  ; preds = %endif69.i, %rc74.i
  call void @llvm.lifetime.end.p0(i64 208, ptr nonnull %out.i)
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %in.i)
  %144 = icmp ne i32 %rc.i, 0
  %145 = zext i1 %144 to i64
  %146 = add i64 %bad.06, %145
  %147 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %147, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %column_row.exit, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %146, %column_row.exit ]
  ret i64 %bad.0.lcssa
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #6

attributes #0 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #1 = { noinline }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!guide.clauses = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9}
!guide.ruleset = !{!10}

!0 = !{!"clause 0: table pet row 1 (\C2\A710.3.2), line 29"}
!1 = !{!"clause 1: table pet row 2 (\C2\A710.3.2), line 30"}
!2 = !{!"clause 2: table pet row 3 (\C2\A710.3.2), line 31"}
!3 = !{!"clause 3: rule avid (\C2\A710.3.2), line 34"}
!4 = !{!"clause 4: rule not_avid (\C2\A710.3.2), line 35"}
!5 = !{!"clause 5: rule low (\C2\A710.3.2), line 36"}
!6 = !{!"clause 6: rule not_low (\C2\A710.3.2), line 37"}
!7 = !{!"clause 7: rule many (x), line 38"}
!8 = !{!"clause 8: rule few (x), line 39"}
!9 = !{!"clause 9: rule hottest (x), line 40"}
!10 = !{!"guideline lists \22PET response from per-lesion SUVmax\22 version \221\22, SHA-256 d1d1d769e0c4dd664acbea807e5cde9a50bd527f5770bc7b1fb3c1d836c8de81"}
