; ModuleID = 'labels'
source_filename = "labels.guide"
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
%eval_state = type { [4 x [2 x i64]], [4 x i8], ptr, [4 x i8], [4 x i8], [3 x i8], ptr, [1 x i32], [30 x i32], i8, ptr }
%guide_event = type { i8, i8, i32 }
%labels_output = type { i32, i64, [2 x %guide_output], [2 x [1 x i64]], [2 x i64] }
%labels_input = type { [1 x i64], double, i32 }

@dd.cuts.size_cm = private constant [1 x double] [double 2.000000e+00]
@dd.pos_cell.size_cm = private constant [3 x i32] [i32 0, i32 1, i32 2]
@dd.inputs.size_cm = private constant [1 x i64] [i64 1]
@dd.levels.risk = private constant [1 x %guide_dd_level] [%guide_dd_level { i32 0, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.risk = private constant [1 x i32] zeroinitializer
@dd.node_kids.risk = private constant [1 x i32] zeroinitializer
@dd.kids.risk = private constant [3 x i32] [i32 -1, i32 -1, i32 -2]
@dd.leaves.risk = private constant [2 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] zeroinitializer }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }]
@dd.cone.risk = private constant [1 x i64] [i64 1]
@dd.inputs.site = private constant [1 x i64] [i64 2]
@dd.levels.exams = private constant [2 x %guide_dd_level] [%guide_dd_level { i32 0, i32 3, i32 1, ptr @dd.cuts.size_cm, ptr @dd.pos_cell.size_cm, ptr @dd.inputs.size_cm, i32 0, ptr null, ptr null, ptr null }, %guide_dd_level { i32 1, i32 3, i32 0, ptr null, ptr null, ptr @dd.inputs.site, i32 0, ptr null, ptr null, ptr null }]
@dd.node_level.exams = private constant [3 x i32] [i32 1, i32 1, i32 0]
@dd.node_kids.exams = private constant [3 x i32] [i32 0, i32 3, i32 6]
@dd.kids.exams = private constant [9 x i32] [i32 -3, i32 -4, i32 -3, i32 -1, i32 -2, i32 -1, i32 0, i32 0, i32 1]
@dd.leaves.exams = private constant [4 x %guide_dd_leaf] [%guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 1, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 3, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 5, i64 0] }, %guide_dd_leaf { i8 1, i8 0, [2 x i64] [i64 7, i64 0] }]
@dd.cone.exams = private constant [1 x i64] [i64 3]
@dds = private constant [2 x %guide_dd] [%guide_dd { i32 2, i32 1, ptr @dd.levels.risk, i32 1, ptr @dd.node_level.risk, ptr @dd.node_kids.risk, ptr @dd.kids.risk, i32 0, i32 2, ptr @dd.leaves.risk, ptr @dd.cone.risk, i32 0 }, %guide_dd { i32 3, i32 2, ptr @dd.levels.exams, i32 3, ptr @dd.node_level.exams, ptr @dd.node_kids.exams, ptr @dd.kids.exams, i32 2, i32 4, ptr @dd.leaves.exams, ptr @dd.cone.exams, i32 0 }]
@.str = private unnamed_addr constant [8 x i8] c"size_cm\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"cm\00", align 1
@.str.2 = private unnamed_addr constant [28 x i8] c"Taille tumorale \22T\22 \\ */ %s\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"stomach\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"rectum\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@labels.site = private constant [3 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5]
@.str.6 = private unnamed_addr constant [8 x i8] c"Estomac\00", align 1
@label_display.site = private constant [3 x ptr] [ptr @.str.6, ptr null, ptr null]
@.str.7 = private unnamed_addr constant [5 x i8] c"site\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"very_low\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@labels.risk = private constant [3 x ptr] [ptr @.str.8, ptr @.str.9, ptr @.str.17]
@.str.11 = private unnamed_addr constant [13 x i8] c"Tr\C3\A8s faible\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"Aucun\00", align 1
@label_display.risk = private constant [3 x ptr] [ptr @.str.11, ptr null, ptr @.str.12]
@.str.13 = private unnamed_addr constant [5 x i8] c"risk\00", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"Risque </script>\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"ct\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"mri\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"none\00", align 1
@labels.exams = private constant [3 x ptr] [ptr @.str.15, ptr @.str.16, ptr @.str.17]
@.str.18 = private unnamed_addr constant [19 x i8] c"Aucun examen */ %d\00", align 1
@label_display.exams = private constant [3 x ptr] [ptr null, ptr null, ptr @.str.18]
@.str.19 = private unnamed_addr constant [6 x i8] c"exams\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c"Examens\00", align 1
@vars = private constant [4 x %guide_var_info] [%guide_var_info { ptr @.str, i32 0, i32 2, ptr @.str.1, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 5, ptr @.str.2, ptr null, double 0.000000e+00 }, %guide_var_info { ptr @.str.7, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.site, i32 6, ptr null, ptr @label_display.site, double 0.000000e+00 }, %guide_var_info { ptr @.str.13, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.risk, i32 7, ptr @.str.14, ptr @label_display.risk, double 0.000000e+00 }, %guide_var_info { ptr @.str.19, i32 2, i32 5, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.exams, i32 8, ptr @.str.20, ptr @label_display.exams, double 0.000000e+00 }]
@.str.21 = private unnamed_addr constant [6 x i8] c"small\00", align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"\C2\A72.5\00", align 1
@reads.0 = private constant [1 x i32] zeroinitializer
@.str.24 = private unnamed_addr constant [4 x i8] c"big\00", align 1
@.str.25 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@reads.1 = private constant [1 x i32] zeroinitializer
@.str.26 = private unnamed_addr constant [35 x i8] c"small means very low: \22read\22 so */\00", align 1
@reads.2 = private constant [1 x i32] [i32 1]
@.str.30 = private unnamed_addr constant [13 x i8] c"site: rectum\00", align 1
@.str.33 = private unnamed_addr constant [24 x i8] c"the rectum needs an MRI\00", align 1
@.str.34 = private unnamed_addr constant [8 x i8] c"site: -\00", align 1
@clauses = private constant [4 x %guide_clause_info] [%guide_clause_info { i32 0, ptr @.str.21, i32 -1, i32 0, ptr null, ptr @.str.22, i32 15, i32 1, ptr @reads.0, i32 3, ptr @.str.26, ptr null }, %guide_clause_info { i32 0, ptr @.str.24, i32 -1, i32 0, ptr null, ptr @.str.25, i32 19, i32 1, ptr @reads.1, i32 3, ptr @.str.26, ptr null }, %guide_clause_info { i32 1, ptr @.str.35, i32 0, i32 1, ptr null, ptr @.str.36, i32 25, i32 1, ptr @reads.2, i32 4, ptr @.str.33, ptr @.str.30 }, %guide_clause_info { i32 1, ptr @.str.35, i32 0, i32 2, ptr null, ptr @.str.36, i32 26, i32 0, ptr null, i32 4, ptr @.str.33, ptr @.str.34 }]
@.str.35 = private unnamed_addr constant [14 x i8] c"exams_by_site\00", align 1
@.str.36 = private unnamed_addr constant [6 x i8] c"\C2\A75.2\00", align 1
@tables = private constant [1 x %guide_table_info] [%guide_table_info { ptr @.str.35, ptr @.str.36, i32 23, i32 2, i32 2, i32 2 }]
@.str.37 = private unnamed_addr constant [7 x i8] c"labels\00", align 1
@.str.38 = private unnamed_addr constant [17 x i8] c"Textes affich\C3\A9s\00", align 1
@.str.39 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.40 = private unnamed_addr constant [2 x i8] c"s\00", align 1
@.str.41 = private unnamed_addr constant [65 x i8] c"e8291aa7e02b9b09b1832def7a64eb43ee2448811416e28a40f9fdfea44c190f\00", align 1
@.str.42 = private unnamed_addr constant [13 x i8] c"labels.guide\00", align 1
@labels_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.37, ptr @.str.38, ptr @.str.39, ptr @.str.40, ptr @.str.41, ptr @.str.42, i32 4, i32 2, i32 0, i32 2, ptr @vars, i32 4, ptr @clauses, i32 1, ptr @tables, i32 0, ptr null, ptr @dds, i32 0, ptr null, ptr null }
@rows.exams_by_site = private unnamed_addr constant [8 x i16] [i16 1, i16 1, i16 -1, i16 0, i16 1, i16 1, i16 1, i16 -1]
@combos.exams_by_site = private unnamed_addr constant [3 x i32] [i32 0, i32 3, i32 0]
@values.risk = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0]]
@all_known = private unnamed_addr constant i64 -1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #0

declare i32 @guide_dd_walk(ptr, i32, ptr, ptr, ptr, ptr, ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: noinline
define internal fastcc void @walk(ptr %s, i32 %o, ptr %asks, ptr %possible) unnamed_addr #1 {
entry:
  %leaf = alloca i32, align 4
  %0 = getelementptr inbounds i8, ptr %s, i64 108
  %1 = getelementptr inbounds i8, ptr %s, i64 228
  %zeroed = load i8, ptr %1, align 1
  %2 = icmp eq i8 %zeroed, 0
  br i1 %2, label %zero, label %endif

zero:                                             ; preds = %entry
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(120) %0, i8 0, i64 120, i1 false)
  store i8 1, ptr %1, align 1
  br label %endif

endif:                                            ; preds = %zero, %entry
  %3 = sext i32 %o to i64
  %4 = getelementptr inbounds [2 x %guide_dd], ptr @dds, i64 0, i64 %3
  %5 = getelementptr inbounds i8, ptr %s, i64 64
  %6 = getelementptr inbounds i8, ptr %s, i64 232
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
  %var = add nuw nsw i32 %o, 2
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
  %14 = getelementptr inbounds i8, ptr %s, i64 72
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
  %32 = getelementptr inbounds i8, ptr %s, i64 72
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

define internal fastcc range(i32 0, 3) i32 @eval_with(ptr nocapture readonly %in, ptr %out, ptr %trace, ptr %memo) unnamed_addr {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 64
  store i32 0, ptr %0, align 8
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %size_cm, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit60, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit60 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %site, %size_cm
  %bad = phi i32 [ 1, %size_cm ], [ 2, %site ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %out, i8 0, i64 56, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 16
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 20
  store i8 2, ptr %3, align 1
  br label %common.ret

size_cm:                                          ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %in, i64 8
  %size_cm1 = load double, ptr %4, align 8
  %5 = fcmp oge double %size_cm1, 0.000000e+00
  %6 = fcmp ole double %size_cm1, 1.000000e+02
  %7 = and i1 %5, %6
  br i1 %7, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %size_cm.i47.i = phi double [ %size_cm1, %good ], [ 0.000000e+00, %unknown ]
  %8 = and i64 %known, 2
  %.not = icmp eq i64 %8, 0
  br i1 %.not, label %unknown3, label %site

good:                                             ; preds = %size_cm
  %9 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 0, ptr %9, align 8
  store double %size_cm1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  br label %next

site:                                             ; preds = %next
  %10 = getelementptr inbounds i8, ptr %in, i64 16
  %site5 = load i32, ptr %10, align 4
  %11 = icmp ult i32 %site5, 3
  br i1 %11, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %12 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %12, i8 0, i64 16, i1 false)
  br label %endif3.i

endif3.i:                                         ; preds = %good6, %unknown3
  %13 = getelementptr inbounds i8, ptr %s, i64 88
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(3) %13, i8 0, i64 3, i1 false)
  %14 = getelementptr inbounds i8, ptr %s, i64 104
  store i32 -1, ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %s, i64 228
  store i8 0, ptr %15, align 4
  %16 = getelementptr inbounds i8, ptr %s, i64 232
  store ptr %memo, ptr %16, align 8
  %17 = getelementptr inbounds i8, ptr %out, i64 16
  %18 = getelementptr inbounds i8, ptr %s, i64 72
  store ptr %17, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %s, i64 96
  store ptr %trace, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %out, i64 24
  %21 = getelementptr inbounds i8, ptr %out, i64 40
  %22 = getelementptr inbounds i8, ptr %s, i64 89
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %20, i8 0, i64 32, i1 false)
  store i8 1, ptr %22, align 1
  %23 = fcmp ole double %size_cm.i47.i, 2.000000e+00
  %24 = xor i1 %23, true
  %25 = and i1 %1, %24
  %26 = and i1 %23, %1
  %27 = select i1 %26, i8 1, i8 2
  %28 = select i1 %25, i8 0, i8 %27
  %29 = getelementptr inbounds i8, ptr %s, i64 80
  store i8 %28, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %s, i64 84
  store i8 %28, ptr %30, align 4
  %31 = getelementptr inbounds i8, ptr %s, i64 90
  store i8 1, ptr %31, align 2
  %32 = fcmp ogt double %size_cm.i47.i, 2.000000e+00
  %33 = xor i1 %32, true
  %34 = and i1 %1, %33
  %35 = and i1 %32, %1
  %36 = select i1 %35, i8 1, i8 2
  %37 = select i1 %34, i8 0, i8 %36
  %38 = getelementptr inbounds i8, ptr %s, i64 81
  store i8 %37, ptr %38, align 1
  %39 = getelementptr inbounds i8, ptr %s, i64 85
  store i8 %37, ptr %39, align 1
  %.not.i = icmp eq ptr %trace, null
  br i1 %.not.i, label %endif5.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %endif3.i
  %40 = getelementptr inbounds i8, ptr %trace, i64 8
  %41 = getelementptr inbounds i8, ptr %trace, i64 16
  %42 = getelementptr inbounds i8, ptr %trace, i64 24
  %len.i.i = load i64, ptr %40, align 8
  %cap.i.i = load i64, ptr %41, align 8
  %43 = icmp eq i64 %len.i.i, %cap.i.i
  br i1 %43, label %full.i.1.i, label %guide_trace_add.exit.i

endif5.i:                                         ; preds = %full.i.1.i, %add.i.1.i, %endif3.i
  %44 = getelementptr inbounds i8, ptr %s, i64 84
  %eff.i = load i8, ptr %44, align 4
  switch i8 %eff.i, label %next10.i [
    i8 1, label %holds.i
    i8 2, label %unknown12.i
  ]

guide_trace_add.exit.i:                           ; preds = %loop.preheader.i
  %ev.i.i = load ptr, ptr %trace, align 8
  %45 = getelementptr inbounds %guide_event, ptr %ev.i.i, i64 %len.i.i
  store i8 0, ptr %45, align 1
  %46 = getelementptr inbounds i8, ptr %45, i64 1
  store i8 %28, ptr %46, align 1
  %47 = getelementptr inbounds i8, ptr %45, i64 4
  store i32 0, ptr %47, align 4
  %48 = add i64 %len.i.i, 1
  store i64 %48, ptr %40, align 8
  %cap.i.1.pre.i = load i64, ptr %41, align 8
  %49 = icmp eq i64 %48, %cap.i.1.pre.i
  br i1 %49, label %full.i.1.i, label %add.i.1.i

add.i.1.i:                                        ; preds = %guide_trace_add.exit.i
  %50 = getelementptr inbounds i8, ptr %s, i64 81
  %st.1.i = load i8, ptr %50, align 1
  %ev.i.1.i = load ptr, ptr %trace, align 8
  %51 = getelementptr inbounds %guide_event, ptr %ev.i.1.i, i64 %48
  store i8 0, ptr %51, align 1
  %52 = getelementptr inbounds i8, ptr %51, i64 1
  store i8 %st.1.i, ptr %52, align 1
  %53 = getelementptr inbounds i8, ptr %51, i64 4
  store i32 1, ptr %53, align 4
  %54 = add i64 %len.i.i, 2
  store i64 %54, ptr %40, align 8
  br label %endif5.i

full.i.1.i:                                       ; preds = %guide_trace_add.exit.i, %loop.preheader.i
  store i32 1, ptr %42, align 4
  br label %endif5.i

next10.i:                                         ; preds = %unknown12.i, %holds.i, %endif5.i
  %unknown.1.i = phi i1 [ false, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i ]
  %55 = phi i1 [ true, %endif5.i ], [ true, %unknown12.i ], [ false, %holds.i ]
  %cls.1.i = phi i32 [ -1, %endif5.i ], [ -1, %unknown12.i ], [ 0, %holds.i ]
  %56 = getelementptr inbounds i8, ptr %s, i64 85
  %eff.1.i = load i8, ptr %56, align 1
  switch i8 %eff.1.i, label %endif13.i [
    i8 1, label %holds.1.i
    i8 2, label %walk
  ]

holds.1.i:                                        ; preds = %next10.i
  br i1 %55, label %endif13.i, label %conflict.i

holds.i:                                          ; preds = %endif5.i
  br label %next10.i

unknown12.i:                                      ; preds = %endif5.i
  br label %next10.i

conflict.i:                                       ; preds = %holds.1.i
  %out.i = load ptr, ptr %18, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out.i, align 1
  %57 = getelementptr inbounds i8, ptr %s, i64 32
  %58 = getelementptr inbounds i8, ptr %s, i64 66
  store i8 0, ptr %58, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %57, i8 0, i64 16, i1 false)
  br label %endif

endif13.i:                                        ; preds = %holds.1.i, %next10.i
  %cls.1.1.ph.i = phi i32 [ 1, %holds.1.i ], [ %cls.1.i, %next10.i ]
  %none.i = icmp slt i32 %cls.1.1.ph.i, 0
  br i1 %unknown.1.i, label %some_unknown.i, label %endif15.i

some_unknown.i:                                   ; preds = %endif13.i
  br i1 %none.i, label %walk, label %body19.preheader.i

body19.preheader.i:                               ; preds = %some_unknown.i
  %59 = icmp ne i32 %cls.1.1.ph.i, 0
  %60 = icmp eq i8 %eff.i, 2
  %61 = and i1 %60, %59
  br i1 %61, label %walk, label %body19.preheader.i.endif26.i_crit_edge

body19.preheader.i.endif26.i_crit_edge:           ; preds = %body19.preheader.i
  %out28.i.pre = load ptr, ptr %18, align 8
  br label %endif26.i

endif15.i:                                        ; preds = %endif13.i
  %out28.i.pre66 = load ptr, ptr %18, align 8
  br i1 %none.i, label %not_applicable.i, label %endif26.i

not_applicable.i:                                 ; preds = %endif15.i
  %62 = getelementptr inbounds i8, ptr %s, i64 32
  store i32 0, ptr %out28.i.pre66, align 1
  %63 = getelementptr inbounds i8, ptr %s, i64 66
  store i8 0, ptr %63, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %62, i8 0, i64 16, i1 false)
  br label %endif

endif26.i:                                        ; preds = %body19.preheader.i.endif26.i_crit_edge, %endif15.i
  %out28.i = phi ptr [ %out28.i.pre, %body19.preheader.i.endif26.i_crit_edge ], [ %out28.i.pre66, %endif15.i ]
  %64 = zext nneg i32 %cls.1.1.ph.i to i64
  %65 = getelementptr inbounds [2 x [2 x i64]], ptr @values.risk, i64 0, i64 %64
  %value.unpack.i = load i64, ptr %65, align 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out28.i, align 1
  %66 = getelementptr inbounds i8, ptr %s, i64 32
  store i64 %value.unpack.i, ptr %66, align 8
  %.repack42.i = getelementptr inbounds i8, ptr %s, i64 40
  store i64 0, ptr %.repack42.i, align 8
  %67 = getelementptr inbounds i8, ptr %s, i64 66
  store i8 1, ptr %67, align 2
  br label %endif

good6:                                            ; preds = %site
  %68 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %68, i8 0, i64 16, i1 false)
  store i32 %site5, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %s, i64 65
  store i8 1, ptr %69, align 1
  br label %endif3.i

walk:                                             ; preds = %body19.preheader.i, %some_unknown.i, %next10.i
  %out25.i = load ptr, ptr %18, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out25.i, align 1
  %70 = getelementptr inbounds i8, ptr %s, i64 32
  %71 = getelementptr inbounds i8, ptr %s, i64 66
  store i8 0, ptr %71, align 2
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %70, i8 0, i64 16, i1 false)
  call fastcc void @walk(ptr nonnull %s, i32 0, ptr nonnull %20, ptr nonnull %21)
  br label %endif

endif:                                            ; preds = %endif26.i, %not_applicable.i, %conflict.i, %walk
  %72 = getelementptr inbounds i8, ptr %out, i64 17
  %how = load i8, ptr %72, align 1
  br i1 %.not.i, label %guide_trace_add.exit, label %trace.i16

trace.i16:                                        ; preds = %endif
  %73 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %74, align 8
  %75 = icmp eq i64 %len.i, %cap.i
  br i1 %75, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i16
  %76 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %76, align 4
  br label %guide_trace_add.exit

add.i:                                            ; preds = %trace.i16
  %ev.i = load ptr, ptr %trace, align 8
  %77 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 1, ptr %77, align 1
  %78 = getelementptr inbounds i8, ptr %77, i64 1
  store i8 %how, ptr %78, align 1
  %79 = getelementptr inbounds i8, ptr %77, i64 4
  store i32 0, ptr %79, align 4
  %80 = add i64 %len.i, 1
  store i64 %80, ptr %73, align 8
  br label %guide_trace_add.exit

guide_trace_add.exit:                             ; preds = %endif, %full.i, %add.i
  %done.i17 = load i8, ptr %22, align 1
  %81 = icmp eq i8 %done.i17, 0
  br i1 %81, label %eval.i50, label %endif.i18

eval.i50:                                         ; preds = %guide_trace_add.exit
  store i8 1, ptr %22, align 1
  %size_cm.i.i51 = load double, ptr %s, align 8
  %82 = fcmp ole double %size_cm.i.i51, 2.000000e+00
  %k.i.i52 = load i8, ptr %0, align 8
  %.not.i.i53 = icmp ne i8 %k.i.i52, 0
  %83 = xor i1 %82, true
  %84 = select i1 %.not.i.i53, i1 %83, i1 false
  %85 = select i1 %.not.i.i53, i1 %82, i1 false
  %86 = select i1 %85, i8 1, i8 2
  %87 = select i1 %84, i8 0, i8 %86
  %88 = getelementptr inbounds i8, ptr %s, i64 80
  store i8 %87, ptr %88, align 8
  store i8 %87, ptr %44, align 4
  br label %endif.i18

endif.i18:                                        ; preds = %eval.i50, %guide_trace_add.exit
  %done1.i19 = load i8, ptr %13, align 8
  %89 = icmp eq i8 %done1.i19, 0
  br i1 %89, label %eval2.i49, label %endif3.i20

eval2.i49:                                        ; preds = %endif.i18
  store i8 1, ptr %13, align 8
  %combo.i.i.i = load i32, ptr %14, align 8
  %.not.i.i.i = icmp eq i32 %combo.i.i.i, -1
  br i1 %.not.i.i.i, label %endif.i.i.i, label %cells.exams_by_site.exit.i.i

endif.i.i.i:                                      ; preds = %eval2.i49
  %90 = getelementptr inbounds i8, ptr %s, i64 65
  %k.i.i.i = load i8, ptr %90, align 1
  %.not2.i.i.i = icmp eq i8 %k.i.i.i, 0
  %91 = getelementptr inbounds i8, ptr %s, i64 16
  %site.i.i.i = load i32, ptr %91, align 8
  %site.sink.i.i.i = select i1 %.not2.i.i.i, i32 -2, i32 %site.i.i.i
  store i32 %site.sink.i.i.i, ptr %14, align 8
  br label %cells.exams_by_site.exit.i.i

cells.exams_by_site.exit.i.i:                     ; preds = %endif.i.i.i, %eval2.i49
  %common.ret.op.i.i.i = phi i32 [ %combo.i.i.i, %eval2.i49 ], [ %site.sink.i.i.i, %endif.i.i.i ]
  %92 = icmp sgt i32 %common.ret.op.i.i.i, -1
  br i1 %92, label %lookup.i.i, label %endif.i.i

lookup.i.i:                                       ; preds = %cells.exams_by_site.exit.i.i
  %93 = getelementptr inbounds i8, ptr %s, i64 82
  store i16 0, ptr %93, align 2
  %94 = getelementptr inbounds i8, ptr %s, i64 86
  store i16 0, ptr %94, align 2
  %95 = zext nneg i32 %common.ret.op.i.i.i to i64
  %96 = getelementptr inbounds [3 x i32], ptr @combos.exams_by_site, i64 0, i64 %95
  %off.i.i = load i32, ptr %96, align 4
  br label %pair.i.i

endif.i.i:                                        ; preds = %cells.exams_by_site.exit.i.i
  %97 = getelementptr inbounds i8, ptr %s, i64 16
  %site.i.i = load i32, ptr %97, align 8
  %98 = and i32 %site.i.i, 63
  %99 = zext nneg i32 %98 to i64
  %100 = lshr i64 2, %99
  %101 = trunc nuw nsw i64 %100 to i32
  %102 = getelementptr inbounds i8, ptr %s, i64 65
  %k.i39.i = load i8, ptr %102, align 1
  %.not.i40.i = icmp eq i8 %k.i39.i, 0
  %103 = and i32 %101, 1
  %104 = select i1 %.not.i40.i, i32 2, i32 %103
  %105 = icmp eq i32 %104, 0
  %106 = icmp eq i32 %104, 1
  %107 = select i1 %106, i8 1, i8 2
  %108 = select i1 %105, i8 0, i8 %107
  %109 = getelementptr inbounds i8, ptr %s, i64 82
  store i8 %108, ptr %109, align 2
  %110 = getelementptr inbounds i8, ptr %s, i64 86
  store i8 %108, ptr %110, align 2
  %111 = getelementptr inbounds i8, ptr %s, i64 83
  store i8 1, ptr %111, align 1
  %112 = getelementptr inbounds i8, ptr %s, i64 87
  store i8 1, ptr %112, align 1
  br label %endif3.i20

pair.i.i:                                         ; preds = %hit.i.i, %lookup.i.i
  %pos.0.i.i = phi i32 [ %off.i.i, %lookup.i.i ], [ %126, %hit.i.i ]
  switch i32 %pos.0.i.i, label %hit.i.i [
    i32 7, label %endif3.i20
    i32 2, label %endif3.i20
  ]

hit.i.i:                                          ; preds = %pair.i.i
  %113 = sext i32 %pos.0.i.i to i64
  %114 = getelementptr inbounds [8 x i16], ptr @rows.exams_by_site, i64 0, i64 %113
  %row.i.i = load i16, ptr %114, align 2
  %115 = add i32 %pos.0.i.i, 1
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [8 x i16], ptr @rows.exams_by_site, i64 0, i64 %116
  %status.i.i = load i16, ptr %117, align 2
  %118 = zext i16 %row.i.i to i64
  %119 = add nuw nsw i64 %118, 2
  %120 = trunc i16 %status.i.i to i8
  %121 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %119
  store i8 %120, ptr %121, align 1
  %122 = lshr i64 115, %116
  %123 = trunc nuw nsw i64 %122 to i8
  %124 = and i8 %123, 1
  %125 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %119
  store i8 %124, ptr %125, align 1
  %126 = add i32 %pos.0.i.i, 2
  br label %pair.i.i

endif3.i20:                                       ; preds = %pair.i.i, %pair.i.i, %endif.i.i, %endif.i18
  %trace.i21 = load ptr, ptr %19, align 8
  %.not.i22 = icmp eq ptr %trace.i21, null
  br i1 %.not.i22, label %endif5.i33, label %loop.preheader.i23

loop.preheader.i23:                               ; preds = %endif3.i20
  %127 = getelementptr inbounds i8, ptr %trace.i21, i64 8
  %128 = getelementptr inbounds i8, ptr %trace.i21, i64 16
  %129 = getelementptr inbounds i8, ptr %trace.i21, i64 24
  %len.i.i24 = load i64, ptr %127, align 8
  %cap.i.i25 = load i64, ptr %128, align 8
  %130 = icmp eq i64 %len.i.i24, %cap.i.i25
  br i1 %130, label %full.i.1.i48, label %guide_trace_add.exit.i26

endif5.i33:                                       ; preds = %full.i.1.i48, %add.i.1.i30, %endif3.i20
  %eff.i34 = load i8, ptr %44, align 4
  switch i8 %eff.i34, label %next10.i36 [
    i8 1, label %holds.i47
    i8 2, label %unknown12.i35
  ]

guide_trace_add.exit.i26:                         ; preds = %loop.preheader.i23
  %131 = getelementptr inbounds i8, ptr %s, i64 82
  %st.i27 = load i8, ptr %131, align 2
  %ev.i.i28 = load ptr, ptr %trace.i21, align 8
  %132 = getelementptr inbounds %guide_event, ptr %ev.i.i28, i64 %len.i.i24
  store i8 0, ptr %132, align 1
  %133 = getelementptr inbounds i8, ptr %132, i64 1
  store i8 %st.i27, ptr %133, align 1
  %134 = getelementptr inbounds i8, ptr %132, i64 4
  store i32 2, ptr %134, align 4
  %135 = add i64 %len.i.i24, 1
  store i64 %135, ptr %127, align 8
  %cap.i.1.pre.i29 = load i64, ptr %128, align 8
  %136 = icmp eq i64 %135, %cap.i.1.pre.i29
  br i1 %136, label %full.i.1.i48, label %add.i.1.i30

add.i.1.i30:                                      ; preds = %guide_trace_add.exit.i26
  %137 = getelementptr inbounds i8, ptr %s, i64 83
  %st.1.i31 = load i8, ptr %137, align 1
  %ev.i.1.i32 = load ptr, ptr %trace.i21, align 8
  %138 = getelementptr inbounds %guide_event, ptr %ev.i.1.i32, i64 %135
  store i8 0, ptr %138, align 1
  %139 = getelementptr inbounds i8, ptr %138, i64 1
  store i8 %st.1.i31, ptr %139, align 1
  %140 = getelementptr inbounds i8, ptr %138, i64 4
  store i32 3, ptr %140, align 4
  %141 = add i64 %len.i.i24, 2
  store i64 %141, ptr %127, align 8
  br label %endif5.i33

full.i.1.i48:                                     ; preds = %guide_trace_add.exit.i26, %loop.preheader.i23
  store i32 1, ptr %129, align 4
  br label %endif5.i33

next10.i36:                                       ; preds = %unknown12.i35, %holds.i47, %endif5.i33
  %set.1.i = phi i64 [ 0, %endif5.i33 ], [ 0, %unknown12.i35 ], [ 4, %holds.i47 ]
  %unknown.1.i37 = phi i1 [ false, %endif5.i33 ], [ true, %unknown12.i35 ], [ false, %holds.i47 ]
  %first.1.i = phi i32 [ -1, %endif5.i33 ], [ -1, %unknown12.i35 ], [ 0, %holds.i47 ]
  %142 = getelementptr inbounds i8, ptr %s, i64 86
  %eff.1.i38 = load i8, ptr %142, align 2
  switch i8 %eff.1.i38, label %next10.1.i [
    i8 1, label %holds.1.i46
    i8 2, label %unknown12.1.i
  ]

unknown12.1.i:                                    ; preds = %next10.i36
  br label %next10.1.i

holds.1.i46:                                      ; preds = %next10.i36
  %143 = or disjoint i64 %set.1.i, 2
  br label %next10.1.i

next10.1.i:                                       ; preds = %holds.1.i46, %unknown12.1.i, %next10.i36
  %set.1.1.i = phi i64 [ %set.1.i, %next10.i36 ], [ %set.1.i, %unknown12.1.i ], [ %143, %holds.1.i46 ]
  %unknown.1.1.i = phi i1 [ %unknown.1.i37, %next10.i36 ], [ true, %unknown12.1.i ], [ %unknown.1.i37, %holds.1.i46 ]
  %first.1.1.i = phi i32 [ %first.1.i, %next10.i36 ], [ %first.1.i, %unknown12.1.i ], [ 0, %holds.1.i46 ]
  %144 = getelementptr inbounds i8, ptr %s, i64 87
  %eff.2.i = load i8, ptr %144, align 1
  switch i8 %eff.2.i, label %next10.2.i [
    i8 1, label %holds.2.i
    i8 2, label %next10.2.thread.i
  ]

next10.2.thread.i:                                ; preds = %next10.1.i
  %none56.i = icmp slt i32 %first.1.1.i, 0
  br i1 %none56.i, label %walk7, label %loop17.preheader.i

holds.2.i:                                        ; preds = %next10.1.i
  %145 = or i64 %set.1.1.i, 1
  br i1 %unknown.1.1.i, label %loop17.preheader.i, label %endif24.i

next10.2.i:                                       ; preds = %next10.1.i
  %none.i42 = icmp slt i32 %first.1.1.i, 0
  br i1 %unknown.1.1.i, label %some_unknown.i45, label %endif14.i

holds.i47:                                        ; preds = %endif5.i33
  br label %next10.i36

unknown12.i35:                                    ; preds = %endif5.i33
  br label %next10.i36

some_unknown.i45:                                 ; preds = %next10.2.i
  br i1 %none.i42, label %walk7, label %loop17.preheader.i

loop17.preheader.i:                               ; preds = %some_unknown.i45, %holds.2.i, %next10.2.thread.i
  %set.1.25864.i = phi i64 [ %set.1.1.i, %some_unknown.i45 ], [ %set.1.1.i, %next10.2.thread.i ], [ %145, %holds.2.i ]
  %146 = and i64 %set.1.25864.i, 4
  %147 = icmp eq i64 %146, 0
  %148 = icmp eq i8 %eff.i34, 2
  %149 = and i1 %148, %147
  br i1 %149, label %walk7, label %loop17.i

endif14.i:                                        ; preds = %next10.2.i
  br i1 %none.i42, label %not_applicable.i43, label %endif24.i

loop17.i:                                         ; preds = %loop17.preheader.i
  %150 = and i64 %set.1.25864.i, 2
  %151 = icmp eq i64 %150, 0
  %152 = icmp eq i8 %eff.1.i38, 2
  %153 = and i1 %152, %151
  br i1 %153, label %walk7, label %loop17.1.i

loop17.1.i:                                       ; preds = %loop17.i
  %154 = and i64 %set.1.25864.i, 1
  %155 = icmp eq i64 %154, 0
  %156 = icmp eq i8 %eff.2.i, 2
  %157 = and i1 %156, %155
  br i1 %157, label %walk7, label %endif24.i

not_applicable.i43:                               ; preds = %endif14.i
  %out25.i44 = load ptr, ptr %18, align 8
  %158 = getelementptr inbounds i8, ptr %out25.i44, i64 4
  %159 = getelementptr inbounds i8, ptr %s, i64 48
  store i32 0, ptr %158, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %159, i8 0, i64 16, i1 false)
  br label %endif8

endif24.i:                                        ; preds = %loop17.1.i, %endif14.i, %holds.2.i
  %set.1.25767.i = phi i64 [ %set.1.1.i, %endif14.i ], [ %145, %holds.2.i ], [ %set.1.25864.i, %loop17.1.i ]
  %out26.i = load ptr, ptr %18, align 8
  %160 = getelementptr inbounds i8, ptr %out26.i, i64 4
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %160, align 1
  %161 = getelementptr inbounds i8, ptr %s, i64 48
  store i64 %set.1.25767.i, ptr %161, align 8
  br label %endif8

walk7:                                            ; preds = %loop17.1.i, %loop17.i, %loop17.preheader.i, %some_unknown.i45, %next10.2.thread.i
  %out.i41 = load ptr, ptr %18, align 8
  %162 = getelementptr inbounds i8, ptr %out.i41, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %162, align 1
  %163 = getelementptr inbounds i8, ptr %s, i64 48
  %164 = getelementptr inbounds i8, ptr %s, i64 67
  store i8 0, ptr %164, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %163, i8 0, i64 16, i1 false)
  %165 = getelementptr inbounds i8, ptr %out, i64 32
  %166 = getelementptr inbounds i8, ptr %out, i64 48
  call fastcc void @walk(ptr nonnull %s, i32 1, ptr nonnull %165, ptr nonnull %166)
  br label %endif8

endif8:                                           ; preds = %endif24.i, %not_applicable.i43, %walk7
  %167 = getelementptr inbounds i8, ptr %out, i64 21
  %how9 = load i8, ptr %167, align 1
  br i1 %.not.i, label %guide_trace_add.exit60, label %trace.i54

trace.i54:                                        ; preds = %endif8
  %168 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i55 = load i64, ptr %168, align 8
  %169 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i56 = load i64, ptr %169, align 8
  %170 = icmp eq i64 %len.i55, %cap.i56
  br i1 %170, label %full.i59, label %add.i57

full.i59:                                         ; preds = %trace.i54
  %171 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %171, align 4
  br label %guide_trace_add.exit60

add.i57:                                          ; preds = %trace.i54
  %ev.i58 = load ptr, ptr %trace, align 8
  %172 = getelementptr inbounds %guide_event, ptr %ev.i58, i64 %len.i55
  store i8 1, ptr %172, align 1
  %173 = getelementptr inbounds i8, ptr %172, i64 1
  store i8 %how9, ptr %173, align 1
  %174 = getelementptr inbounds i8, ptr %172, i64 4
  store i32 1, ptr %174, align 4
  %175 = add i64 %len.i55, 1
  store i64 %175, ptr %168, align 8
  br label %guide_trace_add.exit60

guide_trace_add.exit60:                           ; preds = %endif8, %full.i59, %add.i57
  %176 = getelementptr inbounds i8, ptr %s, i64 32
  %risk = load i32, ptr %176, align 8
  store i32 %risk, ptr %out, align 4
  %177 = getelementptr inbounds i8, ptr %s, i64 48
  %exams = load i64, ptr %177, align 8
  %178 = getelementptr inbounds i8, ptr %out, i64 8
  store i64 %exams, ptr %178, align 8
  br label %common.ret
}

define range(i32 0, 3) i32 @labels_eval(ptr nocapture readonly %in, ptr %out, ptr %trace) local_unnamed_addr {
entry:
  %rc = tail call fastcc i32 @eval_with(ptr %in, ptr %out, ptr %trace, ptr null)
  ret i32 %rc
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @labels_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #2 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %1, i8 0, i64 24, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known, align 1
  %.not = icmp eq i8 %4, 0
  br i1 %.not, label %endif, label %size_cm

size_cm:                                          ; preds = %entry
  store i64 1, ptr %1, align 8
  %5 = load double, ptr %val, align 8
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store double %5, ptr %6, align 8
  br label %endif

endif:                                            ; preds = %size_cm, %entry
  %7 = phi i64 [ 3, %size_cm ], [ 2, %entry ]
  %8 = getelementptr inbounds i8, ptr %known, i64 1
  %9 = load i8, ptr %8, align 1
  %.not2 = icmp eq i8 %9, 0
  br i1 %.not2, label %endif1, label %site

site:                                             ; preds = %endif
  store i64 %7, ptr %1, align 8
  %10 = getelementptr inbounds i8, ptr %val, i64 16
  %11 = load i32, ptr %10, align 4
  %12 = getelementptr inbounds i8, ptr %1, i64 16
  store i32 %11, ptr %12, align 4
  br label %endif1

endif1:                                           ; preds = %site, %endif
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none)
define void @labels_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #3 {
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
  %19 = load i32, ptr %18, align 4
  %20 = getelementptr inbounds i8, ptr %val, i64 16
  store i32 %19, ptr %20, align 4
  %21 = getelementptr inbounds i8, ptr %1, i64 16
  %22 = load i32, ptr %21, align 4
  store i32 %22, ptr %out, align 4
  %23 = load i32, ptr %1, align 4
  %24 = getelementptr inbounds i8, ptr %val, i64 32
  store i32 %23, ptr %24, align 4
  %state = load i8, ptr %21, align 1
  %25 = getelementptr inbounds i8, ptr %1, i64 18
  %26 = load i8, ptr %25, align 1
  %27 = icmp eq i8 %state, 1
  %28 = icmp eq i8 %26, 0
  %29 = and i1 %27, %28
  %30 = zext i1 %29 to i8
  %31 = getelementptr inbounds i8, ptr %known, i64 2
  store i8 %30, ptr %31, align 1
  %32 = getelementptr inbounds i8, ptr %1, i64 17
  %how = load i8, ptr %32, align 1
  %.not = icmp eq i8 %how, 0
  br i1 %.not, label %direct, label %walked

walked:                                           ; preds = %entry
  %33 = getelementptr inbounds i8, ptr %1, i64 24
  %34 = load i64, ptr %33, align 8
  store i64 %34, ptr %asks, align 8
  %35 = getelementptr inbounds i8, ptr %1, i64 40
  %36 = load i64, ptr %35, align 8
  br label %next

direct:                                           ; preds = %entry
  store i64 0, ptr %asks, align 8
  br label %next

next:                                             ; preds = %direct, %walked
  %storemerge = phi i64 [ %36, %walked ], [ 0, %direct ]
  store i64 %storemerge, ptr %possible, align 8
  %37 = getelementptr inbounds i8, ptr %1, i64 20
  %38 = getelementptr inbounds i8, ptr %out, i64 4
  %39 = load i32, ptr %37, align 4
  store i32 %39, ptr %38, align 4
  %40 = getelementptr inbounds i8, ptr %1, i64 8
  %41 = load i64, ptr %40, align 8
  %42 = getelementptr inbounds i8, ptr %val, i64 48
  store i64 %41, ptr %42, align 8
  %state1 = load i8, ptr %37, align 1
  %43 = getelementptr inbounds i8, ptr %1, i64 22
  %44 = load i8, ptr %43, align 1
  %45 = icmp eq i8 %state1, 1
  %46 = icmp eq i8 %44, 0
  %47 = and i1 %45, %46
  %48 = zext i1 %47 to i8
  %49 = getelementptr inbounds i8, ptr %known, i64 3
  store i8 %48, ptr %49, align 1
  %50 = getelementptr inbounds i8, ptr %asks, i64 8
  %51 = getelementptr inbounds i8, ptr %1, i64 21
  %how2 = load i8, ptr %51, align 1
  %.not6 = icmp eq i8 %how2, 0
  br i1 %.not6, label %direct4, label %walked3

walked3:                                          ; preds = %next
  %52 = getelementptr inbounds i8, ptr %1, i64 32
  %53 = load i64, ptr %52, align 8
  store i64 %53, ptr %50, align 8
  %54 = getelementptr inbounds i8, ptr %1, i64 48
  %55 = load i64, ptr %54, align 8
  br label %next5

direct4:                                          ; preds = %next
  store i64 0, ptr %50, align 8
  br label %next5

next5:                                            ; preds = %direct4, %walked3
  %storemerge7 = phi i64 [ %55, %walked3 ], [ 0, %direct4 ]
  %56 = getelementptr inbounds i8, ptr %possible, i64 8
  store i64 %storemerge7, ptr %56, align 8
  ret void
}

define range(i32 0, 3) i32 @labels_eval_frame(ptr nocapture readonly %0, ptr %1) local_unnamed_addr {
entry:
  %out = alloca %labels_output, align 8
  %in = alloca %labels_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %in, i8 0, i64 24, i1 false)
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %3, align 8
  %4 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %4, 0
  br i1 %.not.i, label %endif.i, label %size_cm.i

size_cm.i:                                        ; preds = %entry
  store i64 1, ptr %in, align 8
  %5 = load double, ptr %val.i, align 8
  %6 = getelementptr inbounds i8, ptr %in, i64 8
  store double %5, ptr %6, align 8
  br label %endif.i

endif.i:                                          ; preds = %size_cm.i, %entry
  %7 = phi double [ %5, %size_cm.i ], [ 0.000000e+00, %entry ]
  %8 = phi i64 [ 1, %size_cm.i ], [ 0, %entry ]
  %9 = phi i64 [ 3, %size_cm.i ], [ 2, %entry ]
  %10 = getelementptr inbounds i8, ptr %known.i, i64 1
  %11 = load i8, ptr %10, align 1
  %.not2.i = icmp eq i8 %11, 0
  br i1 %.not2.i, label %labels_from_frame.exit, label %site.i

site.i:                                           ; preds = %endif.i
  store i64 %9, ptr %in, align 8
  %12 = getelementptr inbounds i8, ptr %val.i, i64 16
  %13 = load i32, ptr %12, align 4
  %14 = getelementptr inbounds i8, ptr %in, i64 16
  store i32 %13, ptr %14, align 8
  br label %labels_from_frame.exit

labels_from_frame.exit:                           ; preds = %endif.i, %site.i
  %15 = phi i32 [ 0, %endif.i ], [ %13, %site.i ]
  %16 = phi i64 [ %8, %endif.i ], [ %9, %site.i ]
  %17 = getelementptr inbounds i8, ptr %0, i64 64
  %memo = load ptr, ptr %17, align 8
  %rc = call fastcc i32 @eval_with(ptr nonnull %in, ptr nonnull %out, ptr %1, ptr %memo)
  %val.i1 = load ptr, ptr %2, align 8
  %known.i2 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds i8, ptr %0, i64 32
  %out.i = load ptr, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 40
  %asks.i = load ptr, ptr %19, align 8
  %20 = getelementptr inbounds i8, ptr %0, i64 48
  %possible.i = load ptr, ptr %20, align 8
  %21 = trunc nuw nsw i64 %16 to i8
  %22 = and i8 %21, 1
  store i8 %22, ptr %known.i2, align 1
  store double %7, ptr %val.i1, align 8
  %23 = lshr i8 %21, 1
  %24 = getelementptr inbounds i8, ptr %known.i2, i64 1
  store i8 %23, ptr %24, align 1
  %25 = getelementptr inbounds i8, ptr %val.i1, i64 16
  store i32 %15, ptr %25, align 4
  %26 = getelementptr inbounds i8, ptr %out, i64 16
  %27 = load i32, ptr %26, align 8
  store i32 %27, ptr %out.i, align 4
  %28 = load i32, ptr %out, align 8
  %29 = getelementptr inbounds i8, ptr %val.i1, i64 32
  store i32 %28, ptr %29, align 4
  %state.i = load i8, ptr %26, align 8
  %30 = getelementptr inbounds i8, ptr %out, i64 18
  %31 = load i8, ptr %30, align 2
  %32 = icmp eq i8 %state.i, 1
  %33 = icmp eq i8 %31, 0
  %34 = and i1 %32, %33
  %35 = zext i1 %34 to i8
  %36 = getelementptr inbounds i8, ptr %known.i2, i64 2
  store i8 %35, ptr %36, align 1
  %37 = getelementptr inbounds i8, ptr %out, i64 17
  %how.i = load i8, ptr %37, align 1
  %.not.i3 = icmp eq i8 %how.i, 0
  br i1 %.not.i3, label %direct.i, label %walked.i

walked.i:                                         ; preds = %labels_from_frame.exit
  %38 = getelementptr inbounds i8, ptr %out, i64 24
  %39 = load i64, ptr %38, align 8
  store i64 %39, ptr %asks.i, align 8
  %40 = getelementptr inbounds i8, ptr %out, i64 40
  %41 = load i64, ptr %40, align 8
  br label %next.i

direct.i:                                         ; preds = %labels_from_frame.exit
  store i64 0, ptr %asks.i, align 8
  br label %next.i

next.i:                                           ; preds = %direct.i, %walked.i
  %storemerge.i = phi i64 [ %41, %walked.i ], [ 0, %direct.i ]
  store i64 %storemerge.i, ptr %possible.i, align 8
  %42 = getelementptr inbounds i8, ptr %out, i64 20
  %43 = getelementptr inbounds i8, ptr %out.i, i64 4
  %44 = load i32, ptr %42, align 4
  store i32 %44, ptr %43, align 4
  %45 = getelementptr inbounds i8, ptr %out, i64 8
  %46 = load i64, ptr %45, align 8
  %47 = getelementptr inbounds i8, ptr %val.i1, i64 48
  store i64 %46, ptr %47, align 8
  %state1.i = load i8, ptr %42, align 4
  %48 = getelementptr inbounds i8, ptr %out, i64 22
  %49 = load i8, ptr %48, align 2
  %50 = icmp eq i8 %state1.i, 1
  %51 = icmp eq i8 %49, 0
  %52 = and i1 %50, %51
  %53 = zext i1 %52 to i8
  %54 = getelementptr inbounds i8, ptr %known.i2, i64 3
  store i8 %53, ptr %54, align 1
  %55 = getelementptr inbounds i8, ptr %asks.i, i64 8
  %56 = getelementptr inbounds i8, ptr %out, i64 21
  %how2.i = load i8, ptr %56, align 1
  %.not6.i = icmp eq i8 %how2.i, 0
  br i1 %.not6.i, label %direct4.i, label %walked3.i

walked3.i:                                        ; preds = %next.i
  %57 = getelementptr inbounds i8, ptr %out, i64 32
  %58 = load i64, ptr %57, align 8
  store i64 %58, ptr %55, align 8
  %59 = getelementptr inbounds i8, ptr %out, i64 48
  %60 = load i64, ptr %59, align 8
  br label %labels_to_frame.exit

direct4.i:                                        ; preds = %next.i
  store i64 0, ptr %55, align 8
  br label %labels_to_frame.exit

labels_to_frame.exit:                             ; preds = %walked3.i, %direct4.i
  %storemerge7.i = phi i64 [ %60, %walked3.i ], [ 0, %direct4.i ]
  %61 = getelementptr inbounds i8, ptr %possible.i, i64 8
  store i64 %storemerge7.i, ptr %61, align 8
  ret i32 %rc
}

define i64 @labels_eval_many(i64 %n, ptr nocapture readonly %in, ptr %out) local_unnamed_addr {
entry:
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body, label %done

body:                                             ; preds = %entry, %body
  %bad.06 = phi i64 [ %5, %body ], [ 0, %entry ]
  %i.05 = phi i64 [ %6, %body ], [ 0, %entry ]
  %1 = getelementptr inbounds %labels_input, ptr %in, i64 %i.05
  %2 = getelementptr inbounds %labels_output, ptr %out, i64 %i.05
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

define i64 @labels_eval_columns(i64 %n, ptr nocapture readonly %c) local_unnamed_addr {
entry:
  %out.i = alloca %labels_output, align 8
  %in.i = alloca %labels_input, align 8
  %0 = icmp sgt i64 %n, 0
  br i1 %0, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %1 = getelementptr inbounds i8, ptr %in.i, i64 8
  %2 = getelementptr inbounds i8, ptr %c, i64 16
  %3 = getelementptr inbounds i8, ptr %c, i64 8
  %4 = getelementptr inbounds i8, ptr %in.i, i64 16
  %5 = getelementptr inbounds i8, ptr %c, i64 56
  %6 = getelementptr inbounds i8, ptr %c, i64 64
  %7 = getelementptr inbounds i8, ptr %c, i64 24
  %8 = getelementptr inbounds i8, ptr %c, i64 40
  %9 = getelementptr inbounds i8, ptr %out.i, i64 16
  %10 = getelementptr inbounds i8, ptr %out.i, i64 17
  %11 = getelementptr inbounds i8, ptr %out.i, i64 18
  %12 = getelementptr inbounds i8, ptr %out.i, i64 24
  %13 = getelementptr inbounds i8, ptr %out.i, i64 40
  %14 = getelementptr inbounds i8, ptr %c, i64 32
  %15 = getelementptr inbounds i8, ptr %out.i, i64 8
  %16 = getelementptr inbounds i8, ptr %c, i64 48
  %17 = getelementptr inbounds i8, ptr %out.i, i64 20
  %18 = getelementptr inbounds i8, ptr %out.i, i64 21
  %19 = getelementptr inbounds i8, ptr %out.i, i64 22
  %20 = getelementptr inbounds i8, ptr %out.i, i64 32
  %21 = getelementptr inbounds i8, ptr %out.i, i64 48
  %22 = getelementptr inbounds i8, ptr %c, i64 72
  br label %body

body:                                             ; preds = %body.lr.ph, %column_row.exit
  %bad.06 = phi i64 [ 0, %body.lr.ph ], [ %76, %column_row.exit ]
  %i.05 = phi i64 [ 0, %body.lr.ph ], [ %77, %column_row.exit ]
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %out.i)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %in.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %1, i8 0, i64 16, i1 false)
  %known.i = load ptr, ptr %2, align 8
  %.not.i = icmp eq ptr %known.i, null
  %23 = getelementptr inbounds i64, ptr %known.i, i64 %i.05
  %24 = select i1 %.not.i, ptr @all_known, ptr %23
  %known1.i = load i64, ptr %24, align 8
  %size_cm.i = load ptr, ptr %c, align 8
  %25 = trunc i64 %known1.i to i1
  %26 = icmp ne ptr %size_cm.i, null
  %27 = and i1 %26, %25
  br i1 %27, label %size_cm2.i, label %endif.i

size_cm2.i:                                       ; preds = %body
  %28 = getelementptr inbounds double, ptr %size_cm.i, i64 %i.05
  %29 = load double, ptr %28, align 8
  store double %29, ptr %1, align 8
  br label %endif.i

endif.i:                                          ; preds = %size_cm2.i, %body
  %30 = phi i64 [ -1, %size_cm2.i ], [ -2, %body ]
  %site.i = load ptr, ptr %3, align 8
  %31 = and i64 %known1.i, 2
  %32 = icmp ne i64 %31, 0
  %33 = icmp ne ptr %site.i, null
  %34 = and i1 %32, %33
  br i1 %34, label %site3.i, label %endif4.i

site3.i:                                          ; preds = %endif.i
  %35 = getelementptr inbounds i32, ptr %site.i, i64 %i.05
  %36 = load i32, ptr %35, align 4
  store i32 %36, ptr %4, align 8
  br label %endif4.i

endif4.i:                                         ; preds = %site3.i, %endif.i
  %37 = phi i64 [ -1, %site3.i ], [ -3, %endif.i ]
  %38 = and i64 %known1.i, 3
  %39 = and i64 %38, %30
  %40 = and i64 %39, %37
  store i64 %40, ptr %in.i, align 8
  %rc.i = call fastcc i32 @eval_with(ptr nonnull %in.i, ptr nonnull %out.i, ptr null, ptr null)
  %asks.i = load ptr, ptr %5, align 8
  %possible.i = load ptr, ptr %6, align 8
  %risk.i = load ptr, ptr %7, align 8
  %.not31.i = icmp eq ptr %risk.i, null
  br i1 %.not31.i, label %endif5.i, label %value.i

value.i:                                          ; preds = %endif4.i
  %41 = load i32, ptr %out.i, align 8
  %42 = getelementptr inbounds i32, ptr %risk.i, i64 %i.05
  store i32 %41, ptr %42, align 4
  br label %endif5.i

endif5.i:                                         ; preds = %value.i, %endif4.i
  %states.i = load ptr, ptr %8, align 8
  %.not32.i = icmp eq ptr %states.i, null
  br i1 %.not32.i, label %endif6.i, label %state.i

state.i:                                          ; preds = %endif5.i
  %state7.i = load i8, ptr %9, align 8
  %how.i = load i8, ptr %10, align 1
  %is_null.i = load i8, ptr %11, align 2
  %43 = and i8 %state7.i, 3
  %44 = shl i8 %how.i, 2
  %45 = and i8 %44, 12
  %46 = or disjoint i8 %45, %43
  %47 = shl i8 %is_null.i, 4
  %48 = and i8 %47, 16
  %49 = or disjoint i8 %46, %48
  %50 = getelementptr inbounds i8, ptr %states.i, i64 %i.05
  store i8 %49, ptr %50, align 1
  br label %endif6.i

endif6.i:                                         ; preds = %state.i, %endif5.i
  %how8.i = load i8, ptr %10, align 1
  %.not33.i = icmp eq i8 %how8.i, 0
  br i1 %.not33.i, label %endif9.i, label %walked.i

walked.i:                                         ; preds = %endif6.i
  %.not34.i = icmp eq ptr %asks.i, null
  br i1 %.not34.i, label %endif11.i, label %asks10.i

endif9.i:                                         ; preds = %possible12.i, %endif11.i, %endif6.i
  %exams.i = load ptr, ptr %14, align 8
  %.not37.i = icmp eq ptr %exams.i, null
  br i1 %.not37.i, label %endif15.i, label %value14.i

asks10.i:                                         ; preds = %walked.i
  %.idx.i = shl i64 %i.05, 4
  %51 = getelementptr inbounds i8, ptr %asks.i, i64 %.idx.i
  %52 = load i64, ptr %12, align 8
  store i64 %52, ptr %51, align 8
  br label %endif11.i

endif11.i:                                        ; preds = %asks10.i, %walked.i
  %.not35.i = icmp eq ptr %possible.i, null
  br i1 %.not35.i, label %endif9.i, label %possible12.i

possible12.i:                                     ; preds = %endif11.i
  %.idx36.i = shl i64 %i.05, 4
  %53 = getelementptr inbounds i8, ptr %possible.i, i64 %.idx36.i
  %54 = load i64, ptr %13, align 8
  store i64 %54, ptr %53, align 8
  br label %endif9.i

value14.i:                                        ; preds = %endif9.i
  %55 = load i64, ptr %15, align 8
  %56 = getelementptr inbounds i64, ptr %exams.i, i64 %i.05
  store i64 %55, ptr %56, align 8
  br label %endif15.i

endif15.i:                                        ; preds = %value14.i, %endif9.i
  %states16.i = load ptr, ptr %16, align 8
  %.not38.i = icmp eq ptr %states16.i, null
  br i1 %.not38.i, label %endif18.i, label %state17.i

state17.i:                                        ; preds = %endif15.i
  %state19.i = load i8, ptr %17, align 4
  %how20.i = load i8, ptr %18, align 1
  %is_null21.i = load i8, ptr %19, align 2
  %57 = and i8 %state19.i, 3
  %58 = shl i8 %how20.i, 2
  %59 = and i8 %58, 12
  %60 = or disjoint i8 %59, %57
  %61 = shl i8 %is_null21.i, 4
  %62 = and i8 %61, 16
  %63 = or disjoint i8 %60, %62
  %64 = getelementptr inbounds i8, ptr %states16.i, i64 %i.05
  store i8 %63, ptr %64, align 1
  br label %endif18.i

endif18.i:                                        ; preds = %state17.i, %endif15.i
  %how22.i = load i8, ptr %18, align 1
  %.not39.i = icmp eq i8 %how22.i, 0
  br i1 %.not39.i, label %endif24.i, label %walked23.i

walked23.i:                                       ; preds = %endif18.i
  %.not40.i = icmp eq ptr %asks.i, null
  br i1 %.not40.i, label %endif26.i, label %asks25.i

endif24.i:                                        ; preds = %possible27.i, %endif26.i, %endif18.i
  %rcs.i = load ptr, ptr %22, align 8
  %.not42.i = icmp eq ptr %rcs.i, null
  br i1 %.not42.i, label %column_row.exit, label %rc29.i

asks25.i:                                         ; preds = %walked23.i
  %65 = shl nuw i64 %i.05, 1
  %66 = or disjoint i64 %65, 1
  %67 = getelementptr inbounds i64, ptr %asks.i, i64 %66
  %68 = load i64, ptr %20, align 8
  store i64 %68, ptr %67, align 8
  br label %endif26.i

endif26.i:                                        ; preds = %asks25.i, %walked23.i
  %.not41.i = icmp eq ptr %possible.i, null
  br i1 %.not41.i, label %endif24.i, label %possible27.i

possible27.i:                                     ; preds = %endif26.i
  %69 = shl nuw i64 %i.05, 1
  %70 = or disjoint i64 %69, 1
  %71 = getelementptr inbounds i64, ptr %possible.i, i64 %70
  %72 = load i64, ptr %21, align 8
  store i64 %72, ptr %71, align 8
  br label %endif24.i

rc29.i:                                           ; preds = %endif24.i
  %73 = getelementptr inbounds i32, ptr %rcs.i, i64 %i.05
  store i32 %rc.i, ptr %73, align 4
  br label %column_row.exit

column_row.exit:                                  ; preds = %endif24.i, %rc29.i
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %out.i)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %in.i)
  %74 = icmp ne i32 %rc.i, 0
  %75 = zext i1 %74 to i64
  %76 = add i64 %bad.06, %75
  %77 = add nuw nsw i64 %i.05, 1
  %exitcond.not = icmp eq i64 %77, %n
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %column_row.exit, %entry
  %bad.0.lcssa = phi i64 [ 0, %entry ], [ %76, %column_row.exit ]
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

!guide.clauses = !{!0, !1, !2, !3}
!guide.ruleset = !{!4}

!0 = !{!"clause 0: rule small (\C2\A72.5), line 15"}
!1 = !{!"clause 1: rule big (), line 19"}
!2 = !{!"clause 2: table exams_by_site row 1 (\C2\A75.2), line 25"}
!3 = !{!"clause 3: table exams_by_site row 2 (\C2\A75.2), line 26"}
!4 = !{!"guideline labels \22Textes affich\C3\A9s\22 version \221\22, SHA-256 e8291aa7e02b9b09b1832def7a64eb43ee2448811416e28a40f9fdfea44c190f"}
