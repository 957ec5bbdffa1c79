; ModuleID = 'constraint_derived'
source_filename = "constraint_derived.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_dd_level = type { i32, i32, i32, ptr, ptr, ptr, i32, ptr, ptr, ptr }
%guide_dd_leaf = type { i8, i8, [2 x i64] }
%guide_dd = type { i32, i32, ptr, i32, ptr, ptr, ptr, i32, i32, ptr, ptr, i32 }
%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32, ptr, ptr, double }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr, i32, ptr, ptr }
%guide_constraint_info = type { ptr, ptr, i32, %guide_dd, i32, ptr }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr, ptr, i32, ptr, ptr }
%eval_state = type { [8 x [2 x i64]], [8 x i8], ptr, [2 x i8], [2 x i8], [2 x i8], ptr, [1 x i32], [57 x i32], i8, ptr }
%guide_event = type { i8, i8, i32 }
%constraint_derived_output = type { i32, [1 x %guide_output], [1 x [1 x i64]], [1 x i64], double, double, [1 x i64] }
%guide_output = type { i8, i8, i8, i8 }
%constraint_derived_input = type { [1 x i64], double, double, i32, { ptr, i32 }, i32 }

@dd.inputs.flag = private constant [1 x i64] [i64 4]
@dd.cuts.d = private constant [1 x double] [double 1.000000e+01]
@dd.pos_cell.d = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.d = private constant [1 x i64] [i64 3]
@dd.through.d = private constant [1 x i32] [i32 5]
@dd.through_at.d = private constant [2 x i32] [i32 0, i32 2]
@dd.through_from.d = private constant [2 x i32] [i32 0, i32 1]
@dd.cuts.n = private constant [1 x double] [double 1.000000e+00]
@dd.pos_cell.n = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.n = private constant [1 x i64] [i64 8]
@dd.through.n = private constant [1 x i32] [i32 6]
@dd.through_at.n = private constant [2 x i32] [i32 0, i32 1]
@dd.through_from.n = private constant [1 x i32] [i32 3]
@dd.inputs.multifocal = private constant [1 x i64] [i64 16]
@dd.levels.o = private constant [4 x %guide_dd_level] [%guide_dd_level { i32 2, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.flag, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 5, i32 3, i32 1, ptr @dd.cuts.d, ptr @dd.pos_cell.d, ptr @dd.inputs.d, i32 1, ptr @dd.through.d, ptr @dd.through_at.d, ptr @dd.through_from.d }, %guide_dd_level { i32 6, i32 3, i32 1, ptr @dd.cuts.n, ptr @dd.pos_cell.n, ptr @dd.inputs.n, i32 1, ptr @dd.through.n, ptr @dd.through_at.n, ptr @dd.through_from.n }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.multifocal, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.o = private constant [6 x i32] [i32 3, i32 2, i32 1, i32 3, i32 2, i32 0]
@dd.node_kids.o = private constant [6 x i32] [i32 0, i32 2, i32 5, i32 8, i32 10, i32 13]
@dd.kids.o = private constant [15 x i32] [i32 -3, i32 -1, i32 -1, i32 -1, i32 0, i32 1, i32 1, i32 -3, i32 -3, i32 -2, i32 -2, i32 -2, i32 3, i32 2, i32 4]
@dd.leaves.o = private constant [3 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 2, i8 0, [2 x i64] zeroinitializer }]
@dd.cone.o = private constant [1 x i64] [i64 4]
@dds = private constant [1 x %guide_dd] [%guide_dd { i32 7, i32 4, ptr @dd.levels.o, i32 6, ptr @dd.node_level.o, ptr @dd.node_kids.o, ptr @dd.kids.o, i32 5, i32 3, ptr @dd.leaves.o, ptr @dd.cone.o, i32 3 }]
@.str = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"flag\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"nodules\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"multifocal\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"d\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"cm\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"n\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"o\00", align 1
@vars = private constant [8 x %guide_var_info] [%guide_var_info { ptr @.str, i32 0, i32 2, ptr @.str.9, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 7, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.2, i32 0, i32 2, ptr @.str.9, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 8, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.4, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 9, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.5, i32 0, i32 6, ptr @.str.9, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 10, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.7, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 11, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.8, i32 1, i32 2, ptr @.str.9, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 12, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.10, i32 1, i32 2, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 13, ptr null, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.11, i32 2, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 14, ptr null, ptr null, double 0.000000e+00 }]
@.str.12 = private unnamed_addr constant [2 x i8] c"r\00", align 1
@reads.0 = private constant [1 x i32] [i32 2]
@.str.14 = private unnamed_addr constant [3 x i8] c"r2\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"\C2\A73\00", align 1
@reads.1 = private constant [1 x i32] [i32 2]
@clauses = private constant [2 x %guide_clause_info] [%guide_clause_info { i32 0, ptr @.str.12, i32 -1, i32 0, ptr null, ptr @.str.15, i32 20, i32 1, ptr @reads.0, i32 0, ptr null, ptr null }, %guide_clause_info { i32 0, ptr @.str.14, i32 -1, i32 0, ptr null, ptr @.str.15, i32 22, i32 1, ptr @reads.1, i32 0, ptr null, ptr null }]
@.str.16 = private unnamed_addr constant [15 x i8] c"big_needs_flag\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@dd.levels.constraint.big_needs_flag = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 2, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.flag, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 5, i32 3, i32 1, ptr @dd.cuts.d, ptr @dd.pos_cell.d, ptr @dd.inputs.d, i32 1, ptr @dd.through.d, ptr @dd.through_at.d, ptr @dd.through_from.d }]
@dd.node_level.constraint.big_needs_flag = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.constraint.big_needs_flag = private constant [2 x i32] [i32 0, i32 3]
@dd.kids.constraint.big_needs_flag = private constant [5 x i32] [i32 -2, i32 -2, i32 -1, i32 0, i32 -2]
@dd.leaves.constraint.big_needs_flag = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraint.big_needs_flag = private constant [1 x i64] [i64 7]
@.str.18 = private unnamed_addr constant [23 x i8] c"several_are_multifocal\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"\C2\A72\00", align 1
@dd.levels.constraint.several_are_multifocal = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 6, i32 3, i32 1, ptr @dd.cuts.n, ptr @dd.pos_cell.n, ptr @dd.inputs.n, i32 1, ptr @dd.through.n, ptr @dd.through_at.n, ptr @dd.through_from.n }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.multifocal, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.constraint.several_are_multifocal = private constant [2 x i32] [i32 1, i32 0]
@dd.node_kids.constraint.several_are_multifocal = private constant [2 x i32] [i32 0, i32 2]
@dd.kids.constraint.several_are_multifocal = private constant [5 x i32] [i32 -1, i32 -2, i32 -2, i32 -2, i32 0]
@dd.leaves.constraint.several_are_multifocal = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraint.several_are_multifocal = private constant [1 x i64] [i64 24]
@constraints = private constant [2 x %guide_constraint_info] [%guide_constraint_info { ptr @.str.16, ptr @.str.17, i32 16, %guide_dd { i32 -1, i32 2, ptr @dd.levels.constraint.big_needs_flag, i32 2, ptr @dd.node_level.constraint.big_needs_flag, ptr @dd.node_kids.constraint.big_needs_flag, ptr @dd.kids.constraint.big_needs_flag, i32 1, i32 2, ptr @dd.leaves.constraint.big_needs_flag, ptr @dd.cone.constraint.big_needs_flag, i32 0 }, i32 0, ptr null }, %guide_constraint_info { ptr @.str.18, ptr @.str.19, i32 18, %guide_dd { i32 -1, i32 2, ptr @dd.levels.constraint.several_are_multifocal, i32 2, ptr @dd.node_level.constraint.several_are_multifocal, ptr @dd.node_kids.constraint.several_are_multifocal, ptr @dd.kids.constraint.several_are_multifocal, i32 1, i32 2, ptr @dd.leaves.constraint.several_are_multifocal, ptr @dd.cone.constraint.several_are_multifocal, i32 0 }, i32 0, ptr null }]
@dd.levels.constraints = private constant [4 x %guide_dd_level] [%guide_dd_level { i32 2, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.flag, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 5, i32 3, i32 1, ptr @dd.cuts.d, ptr @dd.pos_cell.d, ptr @dd.inputs.d, i32 1, ptr @dd.through.d, ptr @dd.through_at.d, ptr @dd.through_from.d }, %guide_dd_level { i32 6, i32 3, i32 1, ptr @dd.cuts.n, ptr @dd.pos_cell.n, ptr @dd.inputs.n, i32 1, ptr @dd.through.n, ptr @dd.through_at.n, ptr @dd.through_from.n }, %guide_dd_level { i32 4, i32 2, i32 0, ptr null, ptr null, ptr @dd.inputs.multifocal, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.constraints = private constant [4 x i32] [i32 3, i32 2, i32 1, i32 0]
@dd.node_kids.constraints = private constant [4 x i32] [i32 0, i32 2, i32 5, i32 8]
@dd.kids.constraints = private constant [10 x i32] [i32 -1, i32 -2, i32 -2, i32 -2, i32 0, i32 1, i32 1, i32 -1, i32 2, i32 1]
@dd.leaves.constraints = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.constraints = private constant [1 x i64] [i64 31]
@consistent = private constant %guide_dd { i32 -1, i32 4, ptr @dd.levels.constraints, i32 4, ptr @dd.node_level.constraints, ptr @dd.node_kids.constraints, ptr @dd.kids.constraints, i32 3, i32 2, ptr @dd.leaves.constraints, ptr @dd.cone.constraints, i32 0 }
@.str.20 = private unnamed_addr constant [19 x i8] c"constraint_derived\00", align 1
@.str.21 = private unnamed_addr constant [30 x i8] c"Constraints on derived values\00", align 1
@.str.22 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.23 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.24 = private unnamed_addr constant [65 x i8] c"b29b439b186e7f0b2baac8fdac929e7d2d3445d84820e4589503054a49a6e8b7\00", align 1
@.str.25 = private unnamed_addr constant [25 x i8] c"constraint_derived.guide\00", align 1
@constraint_derived_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, i32 8, i32 5, i32 2, i32 1, ptr @vars, i32 2, ptr @clauses, i32 0, ptr null, i32 0, ptr null, ptr @dds, i32 2, ptr @constraints, ptr @consistent }
@values.o = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] zeroinitializer]
@all_known = private unnamed_addr constant i64 -1

declare i32 @guide_list_aggregate(i32, ptr, i32, double, ptr, ptr) local_unnamed_addr

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, ptr %asks, ptr %possible) unnamed_addr #0 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 164
  %1 = getelementptr inbounds i8, ptr %s, i64 392
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(228) %0, i8 0, i64 228, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = getelementptr inbounds i8, ptr %s, i64 128
  %4 = getelementptr inbounds i8, ptr %s, i64 400
  %memos = load ptr, ptr %4, align 8
  %has_memos.not = icmp eq ptr %memos, null
  br i1 %has_memos.not, label %walk, label %memo

memo:                                             ; preds = %endif
  %m = load ptr, ptr %memos, align 8
  br label %walk

walk:                                             ; preds = %memo, %endif
  %memo1 = phi ptr [ null, %endif ], [ %m, %memo ]
  %n = call i32 @guide_dd_walk(ptr nonnull @dds, i32 5, ptr nonnull %s, ptr nonnull %3, ptr nonnull %0, ptr %memo1, ptr %possible, ptr %asks, ptr nonnull %leaf)
  %5 = icmp eq i32 %n, 1
  br i1 %5, label %decided, label %undetermined

common.ret:                                       ; preds = %undetermined, %decided
  ret void

decided:                                          ; preds = %walk
  %k = load i32, ptr %leaf, align 4
  %6 = sext i32 %k to i64
  %7 = getelementptr inbounds %guide_dd_leaf, ptr @dd.leaves.o, i64 %6
  %state = load i8, ptr %7, align 8
  %8 = getelementptr inbounds i8, ptr %7, i64 8
  %value.unpack = load i64, ptr %8, align 8
  %9 = getelementptr inbounds i8, ptr %s, i64 136
  %out = load ptr, ptr %9, align 8
  store i8 %state, ptr %out, align 1
  %10 = getelementptr inbounds i8, ptr %out, i64 1
  store i8 1, ptr %10, align 1
  %11 = getelementptr inbounds i8, ptr %out, i64 2
  store i8 0, ptr %11, align 1
  %12 = getelementptr inbounds i8, ptr %out, i64 3
  store i8 0, ptr %12, align 1
  %13 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack, ptr %13, align 8
  %.repack7 = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack7, align 8
  %14 = icmp eq i8 %state, 1
  %15 = zext i1 %14 to i8
  %16 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 %15, ptr %16, align 1
  store i64 0, ptr %possible, align 8
  br label %common.ret

undetermined:                                     ; preds = %walk
  %17 = getelementptr inbounds i8, ptr %s, i64 136
  %out2 = load ptr, ptr %17, align 8
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %out2, align 1
  %18 = getelementptr inbounds i8, ptr %s, i64 112
  %19 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %19, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %18, i8 0, i64 16, i1 false)
  br label %common.ret
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

define internal fastcc range(i32 0, 6) i32 @eval_with(ptr nocapture readonly %in, ptr %out, ptr %trace, ptr %memo) unnamed_addr {
entry:
  %agg.i = alloca double, align 8
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 0, ptr %0, align 8
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %a, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit67, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit67 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %multifocal, %flag, %nodules, %b, %a
  %bad = phi i32 [ 1, %a ], [ 2, %b ], [ 3, %flag ], [ 4, %nodules ], [ 5, %multifocal ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %out, i8 0, i64 48, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 4
  store i8 2, ptr %2, align 1
  br label %common.ret

a:                                                ; preds = %entry
  %3 = getelementptr inbounds i8, ptr %in, i64 8
  %a1 = load double, ptr %3, align 8
  %4 = fcmp oge double %a1, 0.000000e+00
  %5 = fcmp ole double %a1, 1.000000e+02
  %6 = and i1 %4, %5
  br i1 %6, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %7 = phi double [ %a1, %good ], [ 0.000000e+00, %unknown ]
  %8 = and i64 %known, 2
  %.not = icmp ne i64 %8, 0
  br i1 %.not, label %b, label %unknown3

good:                                             ; preds = %a
  %9 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 0, ptr %9, align 8
  store double %a1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  br label %next

b:                                                ; preds = %next
  %10 = getelementptr inbounds i8, ptr %in, i64 16
  %b5 = load double, ptr %10, align 8
  %11 = fcmp oge double %b5, 0.000000e+00
  %12 = fcmp ole double %b5, 1.000000e+02
  %13 = and i1 %11, %12
  br i1 %13, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %14 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %14, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good6, %unknown3
  %15 = phi double [ %b5, %good6 ], [ 0.000000e+00, %unknown3 ]
  %16 = and i64 %known, 4
  %.not44 = icmp eq i64 %16, 0
  br i1 %.not44, label %unknown8, label %flag

good6:                                            ; preds = %b
  %17 = getelementptr inbounds i8, ptr %s, i64 16
  %18 = getelementptr inbounds i8, ptr %s, i64 24
  store i64 0, ptr %18, align 8
  store double %b5, ptr %17, align 8
  %19 = getelementptr inbounds i8, ptr %s, i64 129
  store i8 1, ptr %19, align 1
  br label %next4

flag:                                             ; preds = %next4
  %20 = getelementptr inbounds i8, ptr %in, i64 24
  %flag10 = load i32, ptr %20, align 4
  %switch = icmp ult i32 %flag10, 2
  br i1 %switch, label %good11, label %bad_input

unknown8:                                         ; preds = %next4
  %21 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %21, i8 0, i64 16, i1 false)
  br label %next9

next9:                                            ; preds = %good11, %unknown8
  %22 = and i64 %known, 8
  %.not45 = icmp eq i64 %22, 0
  br i1 %.not45, label %unknown13, label %nodules

good11:                                           ; preds = %flag
  %23 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %23, i8 0, i64 16, i1 false)
  store i32 %flag10, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %s, i64 130
  store i8 1, ptr %24, align 2
  br label %next9

nodules:                                          ; preds = %next9
  %25 = getelementptr inbounds i8, ptr %in, i64 32
  %nodules15 = load { ptr, i32 }, ptr %25, align 8
  %items = extractvalue { ptr, i32 } %nodules15, 0
  %n = extractvalue { ptr, i32 } %nodules15, 1
  %valid = tail call i32 @guide_list_valid(ptr %items, i32 %n, double 0.000000e+00, double 1.000000e+02, double 0.000000e+00)
  %.not46 = icmp eq i32 %valid, 0
  br i1 %.not46, label %bad_input, label %good16

unknown13:                                        ; preds = %next9
  %26 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %26, i8 0, i64 16, i1 false)
  br label %next14

next14:                                           ; preds = %good16, %unknown13
  %nodules.i.fca.1.load82 = phi i32 [ %n, %good16 ], [ 0, %unknown13 ]
  %nodules.i.fca.0.load80 = phi ptr [ %items, %good16 ], [ null, %unknown13 ]
  %k.i5177 = phi i8 [ 1, %good16 ], [ 0, %unknown13 ]
  %known17 = phi i64 [ %known17.pre, %good16 ], [ %known, %unknown13 ]
  %27 = and i64 %known17, 16
  %.not47 = icmp eq i64 %27, 0
  br i1 %.not47, label %unknown18, label %multifocal

good16:                                           ; preds = %nodules
  %28 = getelementptr inbounds i8, ptr %s, i64 48
  %.fca.1.gep39 = getelementptr inbounds i8, ptr %s, i64 56
  %29 = getelementptr inbounds i8, ptr %s, i64 56
  store i64 0, ptr %29, align 8
  store ptr %items, ptr %28, align 8
  store i32 %n, ptr %.fca.1.gep39, align 8
  %30 = getelementptr inbounds i8, ptr %s, i64 131
  store i8 1, ptr %30, align 1
  %known17.pre = load i64, ptr %in, align 8
  br label %next14

multifocal:                                       ; preds = %next14
  %31 = getelementptr inbounds i8, ptr %in, i64 48
  %multifocal20 = load i32, ptr %31, align 4
  %switch50 = icmp ult i32 %multifocal20, 2
  br i1 %switch50, label %good21, label %bad_input

unknown18:                                        ; preds = %next14
  %32 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %32, i8 0, i64 16, i1 false)
  br label %next19

next19:                                           ; preds = %good21, %unknown18
  %33 = getelementptr inbounds i8, ptr %s, i64 148
  store i16 0, ptr %33, align 4
  %34 = getelementptr inbounds i8, ptr %s, i64 160
  store i32 -1, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %s, i64 392
  store i8 0, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %s, i64 400
  store ptr %memo, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %out, i64 4
  %38 = getelementptr inbounds i8, ptr %s, i64 136
  store ptr %37, ptr %38, align 8
  %39 = getelementptr inbounds i8, ptr %s, i64 152
  store ptr %trace, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %out, i64 8
  %41 = getelementptr inbounds i8, ptr %out, i64 16
  %42 = fadd double %7, %15
  %43 = and i1 %.not, %1
  %44 = tail call double @llvm.fabs.f64(double %42)
  %45 = fcmp one double %44, 0x7FF0000000000000
  %46 = and i1 %43, %45
  %47 = zext i1 %46 to i8
  %48 = getelementptr inbounds i8, ptr %s, i64 133
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %40, i8 0, i64 16, i1 false)
  store i8 %47, ptr %48, align 1
  %49 = getelementptr inbounds i8, ptr %s, i64 80
  %50 = select i1 %46, double %42, double 0.000000e+00
  %51 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %51, align 8
  store double %50, ptr %49, align 8
  %not. = xor i1 %43, true
  %.not48 = or i1 %45, %not.
  %52 = icmp eq ptr %trace, null
  %or.cond = select i1 %.not48, i1 true, i1 %52
  br i1 %or.cond, label %endif, label %trace.i

good21:                                           ; preds = %multifocal
  %53 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %53, i8 0, i64 16, i1 false)
  store i32 %multifocal20, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %s, i64 132
  store i8 1, ptr %54, align 4
  br label %next19

trace.i:                                          ; preds = %next19
  %55 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %55, align 8
  %56 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %56, align 8
  %57 = icmp eq i64 %len.i, %cap.i
  br i1 %57, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i
  %58 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %58, align 4
  br label %endif

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %59 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 2, ptr %59, align 1
  %60 = getelementptr inbounds i8, ptr %59, i64 1
  store i8 0, ptr %60, align 1
  %61 = getelementptr inbounds i8, ptr %59, i64 4
  store i32 5, ptr %61, align 4
  %62 = add i64 %len.i, 1
  store i64 %62, ptr %55, align 8
  %.phi.trans.insert = getelementptr inbounds i8, ptr %s, i64 131
  %k.i51.pre = load i8, ptr %.phi.trans.insert, align 1
  %.phi.trans.insert78 = getelementptr inbounds i8, ptr %s, i64 48
  %nodules.i.fca.0.load.pre = load ptr, ptr %.phi.trans.insert78, align 8
  %nodules.i.fca.1.gep.phi.trans.insert = getelementptr inbounds i8, ptr %s, i64 56
  %nodules.i.fca.1.load.pre = load i32, ptr %nodules.i.fca.1.gep.phi.trans.insert, align 8
  br label %endif

endif:                                            ; preds = %add.i, %full.i, %next19
  %nodules.i.fca.1.load = phi i32 [ %nodules.i.fca.1.load.pre, %add.i ], [ %nodules.i.fca.1.load82, %full.i ], [ %nodules.i.fca.1.load82, %next19 ]
  %nodules.i.fca.0.load = phi ptr [ %nodules.i.fca.0.load.pre, %add.i ], [ %nodules.i.fca.0.load80, %full.i ], [ %nodules.i.fca.0.load80, %next19 ]
  %k.i51 = phi i8 [ %k.i51.pre, %add.i ], [ %k.i5177, %full.i ], [ %k.i5177, %next19 ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %agg.i)
  %.not.i = icmp ne i8 %k.i51, 0
  %63 = select i1 %.not.i, i32 %nodules.i.fca.1.load, i32 0
  store double 0.000000e+00, ptr %agg.i, align 8
  %has.i = call i32 @guide_list_aggregate(i32 4, ptr %nodules.i.fca.0.load, i32 %63, double 0.000000e+00, ptr null, ptr nonnull %agg.i)
  %.not1.i = icmp eq i32 %has.i, 0
  %not..not1.i = xor i1 %.not1.i, true
  %64 = select i1 %.not.i, i1 %not..not1.i, i1 false
  %x.i = load double, ptr %agg.i, align 8
  %65 = zext i1 %64 to i8
  %66 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 %65, ptr %66, align 2
  %67 = getelementptr inbounds i8, ptr %s, i64 96
  %68 = select i1 %64, double %x.i, double 0.000000e+00
  %69 = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %69, align 8
  store double %68, ptr %67, align 8
  %70 = select i1 %.not.i, i1 %.not1.i, i1 false
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %agg.i)
  %71 = icmp ne ptr %trace, null
  %or.cond69.not = select i1 %70, i1 %71, i1 false
  br i1 %or.cond69.not, label %trace.i52, label %endif23

trace.i52:                                        ; preds = %endif
  %72 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i53 = load i64, ptr %72, align 8
  %73 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i54 = load i64, ptr %73, align 8
  %74 = icmp eq i64 %len.i53, %cap.i54
  br i1 %74, label %full.i57, label %add.i55

full.i57:                                         ; preds = %trace.i52
  %75 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %75, align 4
  br label %endif23

add.i55:                                          ; preds = %trace.i52
  %ev.i56 = load ptr, ptr %trace, align 8
  %76 = getelementptr inbounds %guide_event, ptr %ev.i56, i64 %len.i53
  store i8 2, ptr %76, align 1
  %77 = getelementptr inbounds i8, ptr %76, i64 1
  store i8 0, ptr %77, align 1
  %78 = getelementptr inbounds i8, ptr %76, i64 4
  store i32 6, ptr %78, align 4
  %79 = add i64 %len.i53, 1
  store i64 %79, ptr %72, align 8
  br label %endif23

endif23:                                          ; preds = %add.i55, %full.i57, %endif
  %done.i = load i8, ptr %33, align 4
  %80 = icmp eq i8 %done.i, 0
  br i1 %80, label %eval.i, label %endif.i

eval.i:                                           ; preds = %endif23
  store i8 1, ptr %33, align 4
  %81 = getelementptr inbounds i8, ptr %s, i64 32
  %flag.i.i = load i32, ptr %81, align 8
  %82 = icmp eq i32 %flag.i.i, 1
  %83 = getelementptr inbounds i8, ptr %s, i64 130
  %k.i.i = load i8, ptr %83, align 2
  %.not.i.i = icmp ne i8 %k.i.i, 0
  %84 = xor i1 %82, true
  %85 = select i1 %.not.i.i, i1 %84, i1 false
  %86 = select i1 %.not.i.i, i1 %82, i1 false
  %87 = select i1 %86, i8 1, i8 2
  %88 = select i1 %85, i8 0, i8 %87
  %89 = getelementptr inbounds i8, ptr %s, i64 144
  store i8 %88, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %s, i64 146
  store i8 %88, ptr %90, align 2
  br label %endif.i

endif.i:                                          ; preds = %eval.i, %endif23
  %91 = getelementptr inbounds i8, ptr %s, i64 149
  %done1.i = load i8, ptr %91, align 1
  %92 = icmp eq i8 %done1.i, 0
  br i1 %92, label %eval2.i, label %endif3.i

eval2.i:                                          ; preds = %endif.i
  store i8 1, ptr %91, align 1
  %93 = getelementptr inbounds i8, ptr %s, i64 32
  %flag.i47.i = load i32, ptr %93, align 8
  %94 = icmp ne i32 %flag.i47.i, 1
  %95 = getelementptr inbounds i8, ptr %s, i64 130
  %k.i48.i = load i8, ptr %95, align 2
  %.not.i49.i = icmp ne i8 %k.i48.i, 0
  %96 = xor i1 %94, true
  %97 = select i1 %.not.i49.i, i1 %96, i1 false
  %98 = select i1 %.not.i49.i, i1 %94, i1 false
  %99 = select i1 %98, i8 1, i8 2
  %100 = select i1 %97, i8 0, i8 %99
  %101 = getelementptr inbounds i8, ptr %s, i64 145
  store i8 %100, ptr %101, align 1
  %102 = getelementptr inbounds i8, ptr %s, i64 147
  store i8 %100, ptr %102, align 1
  br label %endif3.i

endif3.i:                                         ; preds = %eval2.i, %endif.i
  %trace.i59 = load ptr, ptr %39, align 8
  %.not.i60 = icmp eq ptr %trace.i59, null
  br i1 %.not.i60, label %endif5.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif3.i
  %103 = getelementptr inbounds i8, ptr %trace.i59, i64 8
  %104 = getelementptr inbounds i8, ptr %trace.i59, i64 16
  %105 = getelementptr inbounds i8, ptr %trace.i59, i64 24
  %len.i.i = load i64, ptr %103, align 8
  %cap.i.i = load i64, ptr %104, align 8
  %106 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %106, label %full.i.1.i, label %guide_trace_add.exit.i

endif5.i:                                         ; preds = %full.i.1.i, %add.i.1.i, %endif3.i
  %107 = getelementptr inbounds i8, ptr %s, i64 146
  %eff.i = load i8, ptr %107, align 2
  switch i8 %eff.i, label %next10.i [
    i8 1, label %holds.i
    i8 2, label %unknown12.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %108 = getelementptr inbounds i8, ptr %s, i64 144
  %st.i = load i8, ptr %108, align 8
  %ev.i.i = load ptr, ptr %trace.i59, align 8
  %109 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %109, align 1
  %110 = getelementptr inbounds i8, ptr %109, i64 1
  store i8 %st.i, ptr %110, align 1
  %111 = getelementptr inbounds i8, ptr %109, i64 4
  store i32 0, ptr %111, align 4
  %112 = add i64 %len.i.i, 1
  store i64 %112, ptr %103, align 8
  %cap.i.1.pre.i = load i64, ptr %104, align 8
  %113 = icmp eq i64 %112, %cap.i.1.pre.i
  br i1 %113, label %full.i.1.i, label %add.i.1.i

add.i.1.i:                                        ; preds = %guide_trace_add.exit.i
  %114 = getelementptr inbounds i8, ptr %s, i64 145
  %st.1.i = load i8, ptr %114, align 1
  %ev.i.1.i = load ptr, ptr %trace.i59, align 8
  %115 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %112
  store i8 0, ptr %115, align 1
  %116 = getelementptr inbounds i8, ptr %115, i64 1
  store i8 %st.1.i, ptr %116, align 1
  %117 = getelementptr inbounds i8, ptr %115, i64 4
  store i32 1, ptr %117, align 4
  %118 = add i64 %len.i.i, 2
  store i64 %118, ptr %103, align 8
  br label %endif5.i

full.i.1.i:                                       ; preds = %guide_trace_add.exit.i, %loop.preheader.i
  store i32 1, ptr %105, align 4
  br label %endif5.i

next10.i:                                         ; preds = %unknown12.i, %holds.i, %endif5.i
  %unknown.1.i = phi i1 [ false, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i ]
  %119 = phi i1 [ true, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif5.i ], [ -1, %unknown12.i ], [ 0, %holds.i ]
  %120 = getelementptr inbounds i8, ptr %s, i64 147
  %eff.1.i = load i8, ptr %120, align 1
  switch i8 %eff.1.i, label %endif13.i [
    i8 1, label %holds.1.i
    i8 2, label %walk
  ]

holds.1.i:                                        ; preds = %next10.i
  br i1 %119, label %endif13.i, label %conflict.i

holds.i:                                          ; preds = %endif5.i
  br label %next10.i

unknown12.i:                                      ; preds = %endif5.i
  br label %next10.i

conflict.i:                                       ; preds = %holds.1.i
  %out.i = load ptr, ptr %38, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out.i, align 1
  %121 = getelementptr inbounds i8, ptr %s, i64 112
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %121, i8 0, i64 16, i1 false)
  br label %endif24

endif13.i:                                        ; preds = %holds.1.i, %next10.i
  %cls.1.1.ph.i = phi i32 [ 1, %holds.1.i ], [ %cls.1.i, %next10.i ]
  %none.i = icmp slt i32 %cls.1.1.ph.i, 0
  br i1 %unknown.1.i, label %some_unknown.i, label %endif15.i

some_unknown.i:                                   ; preds = %endif13.i
  br i1 %none.i, label %walk, label %body19.preheader.i

body19.preheader.i:                               ; preds = %some_unknown.i
  %122 = icmp ne i32 %cls.1.1.ph.i, 0
  %123 = icmp eq i8 %eff.i, 2
  %124 = and i1 %123, %122
  br i1 %124, label %walk, label %endif26.i

endif15.i:                                        ; preds = %endif13.i
  br i1 %none.i, label %not_applicable.i, label %endif26.i

not_applicable.i:                                 ; preds = %endif15.i
  %out27.i = load ptr, ptr %38, align 8
  %125 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %out27.i, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %125, i8 0, i64 16, i1 false)
  br label %endif24

endif26.i:                                        ; preds = %endif15.i, %body19.preheader.i
  %126 = zext nneg i32 %cls.1.1.ph.i to i64
  %127 = getelementptr inbounds [2 x [2 x i64]], ptr @values.o, i64 0, i64 %126
  %value.unpack.i = load i64, ptr %127, align 16
  %out28.i = load ptr, ptr %38, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %128 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack.i, ptr %128, align 8
  br label %endif24

walk:                                             ; preds = %body19.preheader.i, %some_unknown.i, %next10.i
  %out25.i = load ptr, ptr %38, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out25.i, align 1
  %129 = getelementptr inbounds i8, ptr %s, i64 112
  %130 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %130, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %129, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, ptr nonnull %40, ptr nonnull %41)
  br label %endif24

endif24:                                          ; preds = %endif26.i, %not_applicable.i, %conflict.i, %walk
  %131 = getelementptr inbounds i8, ptr %out, i64 5
  %how = load i8, ptr %131, align 1
  br i1 %52, label %guide_trace_add.exit67, label %trace.i61

trace.i61:                                        ; preds = %endif24
  %132 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i62 = load i64, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i63 = load i64, ptr %133, align 8
  %134 = icmp eq i64 %len.i62, %cap.i63
  br i1 %134, label %full.i66, label %add.i64

full.i66:                                         ; preds = %trace.i61
  %135 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %135, align 4
  br label %guide_trace_add.exit67

add.i64:                                          ; preds = %trace.i61
  %ev.i65 = load ptr, ptr %trace, align 8
  %136 = getelementptr inbounds %guide_event, ptr %ev.i65, i64 %len.i62
  store i8 1, ptr %136, align 1
  %137 = getelementptr inbounds i8, ptr %136, i64 1
  store i8 %how, ptr %137, align 1
  %138 = getelementptr inbounds i8, ptr %136, i64 4
  store i32 0, ptr %138, align 4
  %139 = add i64 %len.i62, 1
  store i64 %139, ptr %132, align 8
  br label %guide_trace_add.exit67

guide_trace_add.exit67:                           ; preds = %endif24, %full.i66, %add.i64
  %140 = getelementptr inbounds i8, ptr %s, i64 112
  %o = load i32, ptr %140, align 8
  store i32 %o, ptr %out, align 4
  %141 = getelementptr inbounds i8, ptr %out, i64 40
  %d = load double, ptr %49, align 8
  %142 = getelementptr inbounds i8, ptr %out, i64 24
  store double %d, ptr %142, align 8
  %143 = load i8, ptr %48, align 1
  %144 = zext i8 %143 to i64
  %n25 = load double, ptr %67, align 8
  %145 = getelementptr inbounds i8, ptr %out, i64 32
  store double %n25, ptr %145, align 8
  %146 = load i8, ptr %66, align 2
  %147 = zext i8 %146 to i64
  %148 = shl nuw nsw i64 %147, 1
  %149 = or i64 %148, %144
  store i64 %149, ptr %141, align 8
  br label %common.ret
}

declare i32 @guide_list_valid(ptr, i32, double, double, double) local_unnamed_addr

define range(i32 0, 6) i32 @constraint_derived_eval(ptr nocapture readonly %in, ptr %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define void @constraint_derived_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #2 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 56, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known, align 1
  %.not = icmp eq i8 %4, 0
  br i1 %.not, label %endif, label %a

a:                                                ; preds = %entry
  store i64 1, ptr %1, align 8
  %5 = load double, ptr %val, align 8
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store double %5, ptr %6, align 8
  br label %endif

endif:                                            ; preds = %a, %entry
  %7 = phi i64 [ 1, %a ], [ 0, %entry ]
  %8 = getelementptr inbounds i8, ptr %known, i64 1
  %9 = load i8, ptr %8, align 1
  %.not5 = icmp eq i8 %9, 0
  br i1 %.not5, label %endif1, label %b

b:                                                ; preds = %endif
  %10 = or disjoint i64 %7, 2
  store i64 %10, ptr %1, align 8
  %11 = getelementptr inbounds i8, ptr %val, i64 16
  %12 = load double, ptr %11, align 8
  %13 = getelementptr inbounds i8, ptr %1, i64 16
  store double %12, ptr %13, align 8
  br label %endif1

endif1:                                           ; preds = %b, %endif
  %14 = phi i64 [ %10, %b ], [ %7, %endif ]
  %15 = getelementptr inbounds i8, ptr %known, i64 2
  %16 = load i8, ptr %15, align 1
  %.not6 = icmp eq i8 %16, 0
  br i1 %.not6, label %endif2, label %flag

flag:                                             ; preds = %endif1
  %17 = or i64 %14, 4
  store i64 %17, ptr %1, align 8
  %18 = getelementptr inbounds i8, ptr %val, i64 32
  %19 = load i32, ptr %18, align 4
  %20 = getelementptr inbounds i8, ptr %1, i64 24
  store i32 %19, ptr %20, align 4
  br label %endif2

endif2:                                           ; preds = %flag, %endif1
  %21 = phi i64 [ %17, %flag ], [ %14, %endif1 ]
  %22 = getelementptr inbounds i8, ptr %known, i64 3
  %23 = load i8, ptr %22, align 1
  %.not7 = icmp eq i8 %23, 0
  br i1 %.not7, label %endif3, label %nodules

nodules:                                          ; preds = %endif2
  %24 = or i64 %21, 8
  store i64 %24, ptr %1, align 8
  %25 = getelementptr inbounds i8, ptr %val, i64 48
  %26 = getelementptr inbounds i8, ptr %1, i64 32
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %26, ptr noundef nonnull align 8 dereferenceable(16) %25, i64 16, i1 false)
  br label %endif3

endif3:                                           ; preds = %nodules, %endif2
  %27 = phi i64 [ %24, %nodules ], [ %21, %endif2 ]
  %28 = getelementptr inbounds i8, ptr %known, i64 4
  %29 = load i8, ptr %28, align 1
  %.not8 = icmp eq i8 %29, 0
  br i1 %.not8, label %endif4, label %multifocal

multifocal:                                       ; preds = %endif3
  %30 = or i64 %27, 16
  store i64 %30, ptr %1, align 8
  %31 = getelementptr inbounds i8, ptr %val, i64 64
  %32 = load i32, ptr %31, align 4
  %33 = getelementptr inbounds i8, ptr %1, i64 48
  store i32 %32, ptr %33, align 4
  br label %endif4

endif4:                                           ; preds = %multifocal, %endif3
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define void @constraint_derived_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #2 {
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
  %35 = getelementptr inbounds i8, ptr %val, i64 48
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %35, ptr noundef nonnull align 8 dereferenceable(16) %34, i64 16, i1 false)
  %36 = load i64, ptr %0, align 8
  %37 = trunc i64 %36 to i8
  %38 = lshr i8 %37, 4
  %39 = and i8 %38, 1
  %40 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %39, ptr %40, align 1
  %41 = getelementptr inbounds i8, ptr %0, i64 48
  %42 = load i32, ptr %41, align 4
  %43 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %42, ptr %43, align 4
  %44 = getelementptr inbounds i8, ptr %1, i64 40
  %45 = load i64, ptr %44, align 8
  %46 = trunc i64 %45 to i8
  %47 = and i8 %46, 1
  %48 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %47, ptr %48, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 24
  %50 = load double, ptr %49, align 8
  %51 = getelementptr inbounds i8, ptr %val, i64 80
  store double %50, ptr %51, align 8
  %52 = load i64, ptr %44, align 8
  %53 = trunc i64 %52 to i8
  %54 = lshr i8 %53, 1
  %55 = and i8 %54, 1
  %56 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %55, ptr %56, align 1
  %57 = getelementptr inbounds i8, ptr %1, i64 32
  %58 = load double, ptr %57, align 8
  %59 = getelementptr inbounds i8, ptr %val, i64 96
  store double %58, ptr %59, align 8
  %60 = getelementptr inbounds i8, ptr %1, i64 4
  %61 = load i32, ptr %60, align 4
  store i32 %61, ptr %out, align 4
  %62 = load i32, ptr %1, align 4
  %63 = getelementptr inbounds i8, ptr %val, i64 112
  store i32 %62, ptr %63, align 4
  %state = load i8, ptr %60, align 1
  %64 = getelementptr inbounds i8, ptr %1, i64 6
  %65 = load i8, ptr %64, align 1
  %66 = icmp eq i8 %state, 1
  %67 = icmp eq i8 %65, 0
  %68 = and i1 %66, %67
  %69 = zext i1 %68 to i8
  %70 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %69, ptr %70, align 1
  %71 = getelementptr inbounds i8, ptr %1, i64 5
  %how = load i8, ptr %71, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %72 = getelementptr inbounds i8, ptr %1, i64 8
  %73 = load i64, ptr %72, align 8
  store i64 %73, ptr %asks, align 8
  %74 = getelementptr inbounds i8, ptr %1, i64 16
  %75 = load i64, ptr %74, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %75, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

define range(i32 0, 6) i32 @constraint_derived_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %constraint_derived_output, align 8
  %in = alloca %constraint_derived_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %in, i8 0, i64 56, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %4, 0
  br i1 %.not.i, label %endif.i, label %a.i

a.i:                                              ; preds = %entry
  store i64 1, ptr %in, align 8
  %5 = load double, ptr %val.i, align 8
  %6 = getelementptr inbounds i8, ptr %in, i64 8
  store double %5, ptr %6, align 8
  br label %endif.i

endif.i:                                          ; preds = %a.i, %entry
  %7 = phi double [ %5, %a.i ], [ 0.000000e+00, %entry ]
  %8 = phi i64 [ 1, %a.i ], [ 0, %entry ]
  %9 = getelementptr inbounds i8, ptr %known.i, i64 1
  %10 = load i8, ptr %9, align 1
  %.not5.i = icmp eq i8 %10, 0
  br i1 %.not5.i, label %endif1.i, label %b.i

b.i:                                              ; preds = %endif.i
  %11 = or disjoint i64 %8, 2
  store i64 %11, ptr %in, align 8
  %12 = getelementptr inbounds i8, ptr %val.i, i64 16
  %13 = load double, ptr %12, align 8
  %14 = getelementptr inbounds i8, ptr %in, i64 16
  store double %13, ptr %14, align 8
  br label %endif1.i

endif1.i:                                         ; preds = %b.i, %endif.i
  %15 = phi double [ %13, %b.i ], [ 0.000000e+00, %endif.i ]
  %16 = phi i64 [ %11, %b.i ], [ %8, %endif.i ]
  %17 = getelementptr inbounds i8, ptr %known.i, i64 2
  %18 = load i8, ptr %17, align 1
  %.not6.i = icmp eq i8 %18, 0
  br i1 %.not6.i, label %endif2.i, label %flag.i

flag.i:                                           ; preds = %endif1.i
  %19 = or i64 %16, 4
  store i64 %19, ptr %in, align 8
  %20 = getelementptr inbounds i8, ptr %val.i, i64 32
  %21 = load i32, ptr %20, align 4
  %22 = getelementptr inbounds i8, ptr %in, i64 24
  store i32 %21, ptr %22, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %flag.i, %endif1.i
  %23 = phi i32 [ %21, %flag.i ], [ 0, %endif1.i ]
  %24 = phi i64 [ %19, %flag.i ], [ %16, %endif1.i ]
  %25 = getelementptr inbounds i8, ptr %known.i, i64 3
  %26 = load i8, ptr %25, align 1
  %.not7.i = icmp eq i8 %26, 0
  br i1 %.not7.i, label %endif3.i, label %nodules.i

nodules.i:                                        ; preds = %endif2.i
  %27 = or i64 %24, 8
  store i64 %27, ptr %in, align 8
  %28 = getelementptr inbounds i8, ptr %val.i, i64 48
  %29 = getelementptr inbounds i8, ptr %in, i64 32
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %29, ptr noundef nonnull align 8 dereferenceable(16) %28, i64 16, i1 false)
  br label %endif3.i

endif3.i:                                         ; preds = %nodules.i, %endif2.i
  %30 = phi i64 [ %27, %nodules.i ], [ %24, %endif2.i ]
  %31 = getelementptr inbounds i8, ptr %known.i, i64 4
  %32 = load i8, ptr %31, align 1
  %.not8.i = icmp eq i8 %32, 0
  br i1 %.not8.i, label %constraint_derived_from_frame.exit, label %multifocal.i

multifocal.i:                                     ; preds = %endif3.i
  %33 = or i64 %30, 16
  store i64 %33, ptr %in, align 8
  %34 = getelementptr inbounds i8, ptr %val.i, i64 64
  %35 = load i32, ptr %34, align 4
  %36 = getelementptr inbounds i8, ptr %in, i64 48
  store i32 %35, ptr %36, align 8
  br label %constraint_derived_from_frame.exit

constraint_derived_from_frame.exit:               ; preds = %endif3.i, %multifocal.i
  %37 = phi i32 [ 0, %endif3.i ], [ %35, %multifocal.i ]
  %38 = phi i64 [ %30, %endif3.i ], [ %33, %multifocal.i ]
  %39 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %39, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  %val.i1 = load ptr, ptr %2, align 8
  %known.i2 = load ptr, ptr %3, align 8
  %40 = getelementptr inbounds i8, ptr %0, i64 32
  %out.i = load ptr, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %0, i64 40
  %asks.i = load ptr, ptr %41, align 8
  %42 = getelementptr inbounds i8, ptr %0, i64 48
  %possible.i = load ptr, ptr %42, align 8
  %43 = trunc nuw nsw i64 %38 to i8
  %44 = and i8 %43, 1
  store i8 %44, ptr %known.i2, align 1
  store double %7, ptr %val.i1, align 8
  %45 = lshr i8 %43, 1
  %46 = and i8 %45, 1
  %47 = getelementptr inbounds i8, ptr %known.i2, i64 1
  store i8 %46, ptr %47, align 1
  %48 = getelementptr inbounds i8, ptr %val.i1, i64 16
  store double %15, ptr %48, align 8
  %49 = lshr i8 %43, 2
  %50 = and i8 %49, 1
  %51 = getelementptr inbounds i8, ptr %known.i2, i64 2
  store i8 %50, ptr %51, align 1
  %52 = getelementptr inbounds i8, ptr %val.i1, i64 32
  store i32 %23, ptr %52, align 4
  %53 = lshr i8 %43, 3
  %54 = and i8 %53, 1
  %55 = getelementptr inbounds i8, ptr %known.i2, i64 3
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %in, i64 32
  %57 = getelementptr inbounds i8, ptr %val.i1, i64 48
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %57, ptr noundef nonnull readonly align 8 dereferenceable(16) %56, i64 16, i1 false)
  %58 = lshr i8 %43, 4
  %59 = getelementptr inbounds i8, ptr %known.i2, i64 4
  store i8 %58, ptr %59, align 1
  %60 = getelementptr inbounds i8, ptr %val.i1, i64 64
  store i32 %37, ptr %60, align 4
  %61 = getelementptr inbounds i8, ptr %out, i64 40
  %62 = load i64, ptr %61, align 8
  %63 = trunc i64 %62 to i8
  %64 = and i8 %63, 1
  %65 = getelementptr inbounds i8, ptr %known.i2, i64 5
  store i8 %64, ptr %65, align 1
  %66 = getelementptr inbounds i8, ptr %out, i64 24
  %67 = load double, ptr %66, align 8
  %68 = getelementptr inbounds i8, ptr %val.i1, i64 80
  store double %67, ptr %68, align 8
  %69 = load i64, ptr %61, align 8
  %70 = trunc i64 %69 to i8
  %71 = lshr i8 %70, 1
  %72 = and i8 %71, 1
  %73 = getelementptr inbounds i8, ptr %known.i2, i64 6
  store i8 %72, ptr %73, align 1
  %74 = getelementptr inbounds i8, ptr %out, i64 32
  %75 = load double, ptr %74, align 8
  %76 = getelementptr inbounds i8, ptr %val.i1, i64 96
  store double %75, ptr %76, align 8
  %77 = getelementptr inbounds i8, ptr %out, i64 4
  %78 = load i32, ptr %77, align 4
  store i32 %78, ptr %out.i, align 4
  %79 = load i32, ptr %out, align 8
  %80 = getelementptr inbounds i8, ptr %val.i1, i64 112
  store i32 %79, ptr %80, align 4
  %state.i = load i8, ptr %77, align 4
  %81 = getelementptr inbounds i8, ptr %out, i64 6
  %82 = load i8, ptr %81, align 2
  %83 = icmp eq i8 %state.i, 1
  %84 = icmp eq i8 %82, 0
  %85 = and i1 %83, %84
  %86 = zext i1 %85 to i8
  %87 = getelementptr inbounds i8, ptr %known.i2, i64 7
  store i8 %86, ptr %87, align 1
  %88 = getelementptr inbounds i8, ptr %out, i64 5
  %how.i = load i8, ptr %88, align 1
  %.not.i3 = icmp eq i8 %how.i, 0
  br i1 %.not.i3, label %direct.i, label %walked.i

walked.i:                                         ; preds = %constraint_derived_from_frame.exit
  %89 = getelementptr inbounds i8, ptr %out, i64 8
  %90 = load i64, ptr %89, align 8
  store i64 %90, ptr %asks.i, align 8
  %91 = getelementptr inbounds i8, ptr %out, i64 16
  %92 = load i64, ptr %91, align 8
  br label %constraint_derived_to_frame.exit

direct.i:                                         ; preds = %constraint_derived_from_frame.exit
  store i64 0, ptr %asks.i, align 8
  br label %constraint_derived_to_frame.exit

constraint_derived_to_frame.exit:                 ; preds = %walked.i, %direct.i
  %storemerge.i = phi i64 [ %92, %walked.i ], [ 0, %direct.i ]
  store i64 %storemerge.i, ptr %possible.i, align 8
  ret i32 %rc
}

define i64 @constraint_derived_eval_many(i64 %n, ptr nocapture readonly %in, ptr %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %constraint_derived_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %constraint_derived_output, ptr %out, i64 %i.05
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

define i64 @constraint_derived_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %out.i = alloca %constraint_derived_output, align 8
  %in.i = alloca %constraint_derived_input, align 8
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
  %.fca.1.gep.i = getelementptr inbounds i8, ptr %in.i, i64 40
  %9 = getelementptr inbounds i8, ptr %c, i64 32
  %10 = getelementptr inbounds i8, ptr %in.i, i64 48
  %11 = getelementptr inbounds i8, ptr %c, i64 64
  %12 = getelementptr inbounds i8, ptr %c, i64 72
  %13 = getelementptr inbounds i8, ptr %c, i64 48
  %14 = getelementptr inbounds i8, ptr %c, i64 56
  %15 = getelementptr inbounds i8, ptr %out.i, i64 4
  %16 = getelementptr inbounds i8, ptr %out.i, i64 5
  %17 = getelementptr inbounds i8, ptr %out.i, i64 6
  %18 = getelementptr inbounds i8, ptr %out.i, i64 8
  %19 = getelementptr inbounds i8, ptr %out.i, i64 16
  %20 = getelementptr inbounds i8, ptr %c, i64 80
  br label %body

body:                                             ; preds = %body.lr.ph, %column_row.exit
  %bad.06 = phi i64 [ 0, %body.lr.ph ], [ %80, %column_row.exit ]
  %i.05 = phi i64 [ 0, %body.lr.ph ], [ %81, %column_row.exit ]
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %out.i)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %in.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %1, i8 0, i64 48, i1 false)
  %known.i = load ptr, ptr %2, align 8
  %.not.i = icmp eq ptr %known.i, null
  %21 = getelementptr inbounds i64, ptr %known.i, i64 %i.05
  %22 = select i1 %.not.i, ptr @all_known, ptr %21
  %known1.i = load i64, ptr %22, align 8
  %a.i = load ptr, ptr %c, align 8
  %23 = trunc i64 %known1.i to i1
  %24 = icmp ne ptr %a.i, null
  %25 = and i1 %24, %23
  br i1 %25, label %a2.i, label %endif.i

a2.i:                                             ; preds = %body
  %26 = getelementptr inbounds double, ptr %a.i, i64 %i.05
  %27 = load double, ptr %26, align 8
  store double %27, ptr %1, align 8
  br label %endif.i

endif.i:                                          ; preds = %a2.i, %body
  %28 = phi i64 [ -1, %a2.i ], [ -2, %body ]
  %b.i = load ptr, ptr %3, align 8
  %29 = and i64 %known1.i, 2
  %30 = icmp ne i64 %29, 0
  %31 = icmp ne ptr %b.i, null
  %32 = and i1 %30, %31
  br i1 %32, label %b3.i, label %endif4.i

b3.i:                                             ; preds = %endif.i
  %33 = getelementptr inbounds double, ptr %b.i, i64 %i.05
  %34 = load double, ptr %33, align 8
  store double %34, ptr %4, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %b3.i, %endif.i
  %35 = phi i64 [ -1, %b3.i ], [ -3, %endif.i ]
  %flag.i = load ptr, ptr %5, align 8
  %36 = and i64 %known1.i, 4
  %37 = icmp ne i64 %36, 0
  %38 = icmp ne ptr %flag.i, null
  %39 = and i1 %37, %38
  br i1 %39, label %flag5.i, label %endif6.i

flag5.i:                                          ; preds = %endif4.i
  %40 = getelementptr inbounds i32, ptr %flag.i, i64 %i.05
  %41 = load i32, ptr %40, align 4
  store i32 %41, ptr %6, align 8
  br label %endif6.i

endif6.i:                                         ; preds = %flag5.i, %endif4.i
  %42 = phi i64 [ -1, %flag5.i ], [ -5, %endif4.i ]
  %nodules.i = load ptr, ptr %7, align 8
  %43 = and i64 %known1.i, 8
  %44 = icmp ne i64 %43, 0
  %45 = icmp ne ptr %nodules.i, null
  %46 = and i1 %44, %45
  br i1 %46, label %nodules7.i, label %endif8.i

nodules7.i:                                       ; preds = %endif6.i
  %47 = getelementptr inbounds { ptr, i32 }, ptr %nodules.i, i64 %i.05
  %48 = load { ptr, i32 }, ptr %47, align 8
  %.fca.0.extract.i = extractvalue { ptr, i32 } %48, 0
  store ptr %.fca.0.extract.i, ptr %8, align 8
  %.fca.1.extract.i = extractvalue { ptr, i32 } %48, 1
  store i32 %.fca.1.extract.i, ptr %.fca.1.gep.i, align 8
  br label %endif8.i

endif8.i:                                         ; preds = %nodules7.i, %endif6.i
  %49 = phi i64 [ -1, %nodules7.i ], [ -9, %endif6.i ]
  %50 = and i64 %28, %35
  %51 = and i64 %50, %42
  %52 = and i64 %51, %49
  %53 = and i64 %52, %known1.i
  %multifocal.i = load ptr, ptr %9, align 8
  %54 = and i64 %53, 16
  %55 = icmp ne i64 %54, 0
  %56 = icmp ne ptr %multifocal.i, null
  %57 = and i1 %56, %55
  br i1 %57, label %multifocal9.i, label %endif10.i

multifocal9.i:                                    ; preds = %endif8.i
  %58 = getelementptr inbounds i32, ptr %multifocal.i, i64 %i.05
  %59 = load i32, ptr %58, align 4
  store i32 %59, ptr %10, align 8
  br label %endif10.i

endif10.i:                                        ; preds = %multifocal9.i, %endif8.i
  %60 = phi i64 [ -1, %multifocal9.i ], [ -17, %endif8.i ]
  %61 = and i64 %53, 31
  %62 = and i64 %61, %60
  store i64 %62, ptr %in.i, align 8
  %rc.i = call fastcc i32 @eval_with(ptr nonnull %in.i, ptr nonnull %out.i, ptr null, ptr null)
  %asks.i = load ptr, ptr %11, align 8
  %possible.i = load ptr, ptr %12, align 8
  %o.i = load ptr, ptr %13, align 8
  %.not22.i = icmp eq ptr %o.i, null
  br i1 %.not22.i, label %endif11.i, label %value.i

value.i:                                          ; preds = %endif10.i
  %63 = load i32, ptr %out.i, align 8
  %64 = getelementptr inbounds i32, ptr %o.i, i64 %i.05
  store i32 %63, ptr %64, align 4
  br label %endif11.i

endif11.i:                                        ; preds = %value.i, %endif10.i
  %states.i = load ptr, ptr %14, align 8
  %.not23.i = icmp eq ptr %states.i, null
  br i1 %.not23.i, label %endif12.i, label %state.i

state.i:                                          ; preds = %endif11.i
  %state13.i = load i8, ptr %15, align 4
  %how.i = load i8, ptr %16, align 1
  %is_null.i = load i8, ptr %17, align 2
  %65 = and i8 %state13.i, 3
  %66 = shl i8 %how.i, 2
  %67 = and i8 %66, 12
  %68 = or disjoint i8 %67, %65
  %69 = shl i8 %is_null.i, 4
  %70 = and i8 %69, 16
  %71 = or disjoint i8 %68, %70
  %72 = getelementptr inbounds i8, ptr %states.i, i64 %i.05
  store i8 %71, ptr %72, align 1
  br label %endif12.i

endif12.i:                                        ; preds = %state.i, %endif11.i
  %how14.i = load i8, ptr %16, align 1
  %.not24.i = icmp eq i8 %how14.i, 0
  br i1 %.not24.i, label %endif15.i, label %walked.i

walked.i:                                         ; preds = %endif12.i
  %.not25.i = icmp eq ptr %asks.i, null
  br i1 %.not25.i, label %endif17.i, label %asks16.i

endif15.i:                                        ; preds = %possible18.i, %endif17.i, %endif12.i
  %rcs.i = load ptr, ptr %20, align 8
  %.not27.i = icmp eq ptr %rcs.i, null
  br i1 %.not27.i, label %column_row.exit, label %rc20.i

asks16.i:                                         ; preds = %walked.i
  %73 = getelementptr inbounds i64, ptr %asks.i, i64 %i.05
  %74 = load i64, ptr %18, align 8
  store i64 %74, ptr %73, align 8
  br label %endif17.i

endif17.i:                                        ; preds = %asks16.i, %walked.i
  %.not26.i = icmp eq ptr %possible.i, null
  br i1 %.not26.i, label %endif15.i, label %possible18.i

possible18.i:                                     ; preds = %endif17.i
  %75 = getelementptr inbounds i64, ptr %possible.i, i64 %i.05
  %76 = load i64, ptr %19, align 8
  store i64 %76, ptr %75, align 8
  br label %endif15.i

rc20.i:                                           ; preds = %endif15.i
  %77 = getelementptr inbounds i32, ptr %rcs.i, i64 %i.05
  store i32 %rc.i, ptr %77, align 4
  br label %column_row.exit

column_row.exit:                                  ; preds = %endif15.i, %rc20.i
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %out.i)
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %in.i)
  %78 = icmp ne i32 %rc.i, 0
  %79 = zext i1 %78 to i64
  %80 = add i64 %bad.06, %79
  %81 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %81, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %column_row.exit, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %80, %column_row.exit ]
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

attributes #0 = { noinline }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!guide.clauses = !{!0, !1}
!guide.ruleset = !{!2}

!0 = !{!"clause 0: rule r (\C2\A73), line 20"}
!1 = !{!"clause 1: rule r2 (\C2\A73), line 22"}
!2 = !{!"guideline constraint_derived \22Constraints on derived values\22 version \221\22, SHA-256 b29b439b186e7f0b2baac8fdac929e7d2d3445d84820e4589503054a49a6e8b7"}
