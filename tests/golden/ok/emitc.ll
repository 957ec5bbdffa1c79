; ModuleID = 'emitc'
source_filename = "emitc.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32 }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr }
%eval_state = type { [11 x [2 x i64]], [11 x i8], ptr, [9 x i8], [9 x i8], [6 x i8], ptr, [2 x i32] }
%guide_event = type { i8, i8, i32 }
%guide_output = type { i8, i8, i8, i8 }
%emitc_output = type { i32, double, i32, i64, i32, [5 x %guide_output], [5 x [1 x i64]], double, [1 x i64] }
%emitc_input = type { [1 x i64], i32, double, double, double, i32 }

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
@labels.exams = private constant [2 x ptr] [ptr @.str.36, ptr @.str.38]
@.str.22 = private unnamed_addr constant [6 x i8] c"exams\00", align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.24 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@labels.treat = private constant [2 x ptr] [ptr @.str.23, ptr @.str.24]
@vars = private constant [11 x %guide_var_info] [%guide_var_info { ptr @.str.3, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.site, i32 6 }, %guide_var_info { ptr @.str.4, i32 0, i32 2, ptr @.str.7, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 7 }, %guide_var_info { ptr @.str.6, i32 0, i32 2, ptr @.str.7, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 8 }, %guide_var_info { ptr @.str.46, i32 0, i32 3, ptr null, double 0.000000e+00, double 5.000000e+00, i32 0, ptr null, i32 9 }, %guide_var_info { ptr @.str.9, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 10 }, %guide_var_info { ptr @.str.10, i32 1, i32 2, ptr @.str.16, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 12 }, %guide_var_info { ptr @.str.44, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.risk, i32 14 }, %guide_var_info { ptr @.str.15, i32 2, i32 2, ptr @.str.16, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 15 }, %guide_var_info { ptr @.str.19, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.line, i32 16 }, %guide_var_info { ptr @.str.22, i32 2, i32 5, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.exams, i32 17 }, %guide_var_info { ptr @.str.40, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.treat, i32 18 }]
@reads.0 = private constant [2 x i32] [i32 0, i32 1]
@reads.1 = private constant [2 x i32] [i32 0, i32 1]
@reads.2 = private constant [2 x i32] [i32 0, i32 1]
@reads.3 = private constant [1 x i32] [i32 3]
@.str.36 = private unnamed_addr constant [3 x i8] c"ct\00", align 1
@reads.5 = private constant [1 x i32] zeroinitializer
@.str.38 = private unnamed_addr constant [4 x i8] c"mri\00", align 1
@.str.39 = private unnamed_addr constant [4 x i8] c"\C2\A73\00", align 1
@reads.6 = private constant [2 x i32] [i32 1, i32 4]
@.str.40 = private unnamed_addr constant [6 x i8] c"treat\00", align 1
@reads.7 = private constant [2 x i32] [i32 6, i32 5]
@.str.42 = private unnamed_addr constant [9 x i8] c"no_treat\00", align 1
@.str.43 = private unnamed_addr constant [4 x i8] c"\C2\A74\00", align 1
@reads.8 = private constant [2 x i32] [i32 6, i32 5]
@clauses = private constant [9 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.44, i32 0, i32 1, ptr null, ptr @.str.45, i32 23, i32 2, ptr @reads.0 }, %guide_clause_info { i32 1, ptr @.str.44, i32 0, i32 2, ptr null, ptr @.str.45, i32 24, i32 2, ptr @reads.1 }, %guide_clause_info { i32 1, ptr @.str.44, i32 0, i32 3, ptr null, ptr @.str.45, i32 25, i32 2, ptr @reads.2 }, %guide_clause_info { i32 1, ptr @.str.46, i32 1, i32 1, ptr null, ptr @.str.47, i32 30, i32 1, ptr @reads.3 }, %guide_clause_info { i32 1, ptr @.str.46, i32 1, i32 2, ptr null, ptr @.str.47, i32 31, i32 0, ptr null }, %guide_clause_info { i32 0, ptr @.str.36, i32 -1, i32 0, ptr null, ptr @.str.39, i32 34, i32 1, ptr @reads.5 }, %guide_clause_info { i32 0, ptr @.str.38, i32 -1, i32 0, ptr null, ptr @.str.39, i32 35, i32 2, ptr @reads.6 }, %guide_clause_info { i32 0, ptr @.str.40, i32 -1, i32 0, ptr null, ptr @.str.43, i32 36, i32 2, ptr @reads.7 }, %guide_clause_info { i32 0, ptr @.str.42, i32 -1, i32 0, ptr null, ptr @.str.43, i32 37, i32 2, ptr @reads.8 }]
@.str.44 = private unnamed_addr constant [5 x i8] c"risk\00", align 1
@.str.45 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@.str.46 = private unnamed_addr constant [6 x i8] c"lines\00", align 1
@.str.47 = private unnamed_addr constant [4 x i8] c"\C2\A72\00", align 1
@tables = private constant [2 x %guide_table_info] [%guide_table_info { ptr @.str.44, ptr @.str.45, i32 20, i32 0, i32 0, i32 3 }, %guide_table_info { ptr @.str.46, ptr @.str.47, i32 28, i32 1, i32 3, i32 2 }]
@.str.48 = private unnamed_addr constant [6 x i8] c"emitc\00", align 1
@.str.49 = private unnamed_addr constant [29 x i8] c"Golden test of the C backend\00", align 1
@.str.50 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.51 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.52 = private unnamed_addr constant [65 x i8] c"ac1afa0acfc163f3d7ff637d320483de0e3a5953f45d18853c08a36a45567024\00", align 1
@.str.53 = private unnamed_addr constant [12 x i8] c"emitc.guide\00", align 1
@emitc_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.48, ptr @.str.49, ptr @.str.50, ptr @.str.51, ptr @.str.52, ptr @.str.53, i32 11, i32 5, i32 1, i32 5, ptr @vars, i32 9, ptr @clauses, i32 2, ptr @tables, i32 0, ptr null }
@rows.risk = private unnamed_addr constant [10 x i16] [i16 0, i16 1, i16 -1, i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 -1]
@combos.risk = private unnamed_addr constant [9 x i32] [i32 0, i32 0, i32 3, i32 0, i32 0, i32 6, i32 9, i32 9, i32 9]
@answers.risk.pct = private unnamed_addr constant [9 x i32] [i32 2, i32 2, i32 3, i32 2, i32 2, i32 4, i32 0, i32 0, i32 0]
@rows.lines = private unnamed_addr constant [8 x i16] [i16 0, i16 1, i16 1, i16 4, i16 -1, i16 1, i16 1, i16 -1]
@combos.lines = private unnamed_addr constant [3 x i32] [i32 0, i32 0, i32 5]
@answers.lines.line = private unnamed_addr constant [3 x i32] [i32 2, i32 2, i32 3]
@values.risk = private unnamed_addr constant [3 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0]]
@values.pct = private unnamed_addr constant [3 x [2 x i64]] [[2 x i64] [i64 4611686018427387904, i64 0], [2 x i64] [i64 4622945017495814144, i64 0], [2 x i64] zeroinitializer]
@nulls.pct = private unnamed_addr constant [3 x i8] c"\00\00\01"
@values.treat = private constant [2 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0]]
@cells.site = private constant [3 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0]]
@cells.size_cm = private constant [5 x [2 x i64]] [[2 x i64] [i64 4616189618054758400, i64 0], [2 x i64] [i64 4617315517961601024, i64 0], [2 x i64] [i64 4618441417868443648, i64 0], [2 x i64] [i64 4621819117588971520, i64 0], [2 x i64] [i64 4622382067542392832, i64 0]]
@cells.before_cm = private constant [1 x [2 x i64]] [[2 x i64] [i64 4624633867356078080, i64 0]]
@cells.lines.54 = private constant [3 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 4607182418800017408, i64 0], [2 x i64] [i64 4611686018427387904, i64 0]]
@cells.change = private constant [3 x [2 x i64]] [[2 x i64] [i64 4626041242239631360, i64 0], [2 x i64] [i64 4626322717216342016, i64 0], [2 x i64] [i64 4626604192193052672, i64 0]]
@cells = private unnamed_addr constant [11 x ptr] [ptr @cells.site, ptr @cells.size_cm, ptr @cells.before_cm, ptr @cells.lines.54, ptr @values.treat, ptr @cells.change, ptr null, ptr null, ptr null, ptr null, ptr null]
@ncells = private unnamed_addr constant [11 x i32] [i32 3, i32 5, i32 1, i32 3, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0]
@types = private unnamed_addr constant [11 x i32] [i32 1, i32 2, i32 2, i32 3, i32 0, i32 2, i32 1, i32 2, i32 1, i32 5, i32 1]
@cone_inputs = private unnamed_addr constant [11 x [1 x i64]] [[1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] [i64 6], [1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] zeroinitializer, [1 x i64] zeroinitializer]
@plan_in.risk = private constant [2 x i32] [i32 0, i32 1]
@plan_in.pct = private constant [2 x i32] [i32 0, i32 1]
@plan_in.line = private constant [1 x i32] [i32 3]
@plan_in.exams = private constant [3 x i32] [i32 0, i32 1, i32 4]
@plan_in.treat = private constant [3 x i32] [i32 0, i32 1, i32 2]
@plan_ar.treat = private constant [1 x i32] [i32 5]

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

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.risk(ptr nocapture %s) unnamed_addr #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 224
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 232
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif2.i, %endif.i
  %.sink.i = phi i32 [ %13, %endif2.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 176
  %k.i = load i8, ptr %3, align 1
  %.not3.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 177
  %k1.i = load i8, ptr %4, align 1
  %.not4.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not3.i, %.not4.i
  br i1 %5, label %common.ret.sink.split.i, label %endif2.i

endif2.i:                                         ; preds = %endif.i
  %site.i = load i32, ptr %s, align 4
  %6 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %6, align 8
  %7 = fcmp ogt double %size_cm.i, 5.000000e+00
  %8 = zext i1 %7 to i32
  %9 = fcmp oge double %size_cm.i, 5.000000e+00
  %10 = zext i1 %9 to i32
  %11 = mul i32 %site.i, 3
  %12 = add i32 %11, %10
  %13 = add i32 %12, %8
  br label %common.ret.sink.split.i

cells.risk.exit:                                  ; preds = %untraced, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %untraced ], [ %.sink.i, %common.ret.sink.split.i ]
  %14 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %14, label %lookup, label %endif

endif:                                            ; preds = %cells.risk.exit, %entry
  %15 = getelementptr inbounds i8, ptr %s, i64 218
  %done = load i8, ptr %15, align 1
  %16 = icmp eq i8 %done, 0
  br i1 %16, label %eval, label %endif4

lookup:                                           ; preds = %cells.risk.exit
  %17 = zext nneg i32 %common.ret.op.i to i64
  %18 = add nsw i64 %17, -6
  %19 = icmp ult i64 %18, 3
  br i1 %19, label %no_value, label %endif2

common.ret:                                       ; preds = %endif29, %not_applicable, %undetermined, %conflict, %endif2, %no_value
  %common.ret.op = phi i32 [ 1, %no_value ], [ 1, %endif2 ], [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif29 ]
  ret i32 %common.ret.op

no_value:                                         ; preds = %lookup
  %20 = getelementptr inbounds i8, ptr %s, i64 192
  %out = load ptr, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %out, align 1
  %22 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %22, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %21, i8 0, i64 16, i1 false)
  br label %common.ret

endif2:                                           ; preds = %lookup
  %23 = getelementptr inbounds [9 x i32], ptr @answers.risk.pct, i64 0, i64 %17
  %code = load i32, ptr %23, align 4
  %24 = add nsw i32 %code, -2
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [3 x [2 x i64]], ptr @values.risk, i64 0, i64 %25
  %value.unpack = load i64, ptr %26, align 16
  %27 = getelementptr inbounds i8, ptr %s, i64 192
  %out3 = load ptr, ptr %27, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out3, align 1
  %28 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value.unpack, ptr %28, align 8
  %.repack55 = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack55, align 8
  %29 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 1, ptr %29, align 1
  br label %common.ret

eval:                                             ; preds = %endif
  tail call fastcc void @table.risk(ptr nonnull %s)
  %trace5.pre = load ptr, ptr %0, align 8
  br label %endif4

endif4:                                           ; preds = %eval, %endif
  %trace5 = phi ptr [ %trace5.pre, %eval ], [ %trace, %endif ]
  %.not = icmp eq ptr %trace5, null
  br i1 %.not, label %endif7, label %loop.preheader

loop.preheader:                                   ; preds = %endif4
  %30 = getelementptr inbounds i8, ptr %trace5, i64 8
  %31 = getelementptr inbounds i8, ptr %trace5, i64 16
  %32 = getelementptr inbounds i8, ptr %trace5, i64 24
  %len.i = load i64, ptr %30, align 8
  %cap.i = load i64, ptr %31, align 8
  %33 = icmp eq i64 %len.i, %cap.i
  br i1 %33, label %full.i.2, label %guide_trace_add.exit

endif7:                                           ; preds = %add.i.2, %full.i.2, %endif4
  %34 = getelementptr inbounds i8, ptr %s, i64 209
  %eff = load i8, ptr %34, align 1
  switch i8 %eff, label %next12 [
    i8 1, label %holds
    i8 2, label %unknown14
  ]

guide_trace_add.exit:                             ; preds = %loop.preheader
  %35 = getelementptr inbounds i8, ptr %s, i64 200
  %st = load i8, ptr %35, align 1
  %ev.i = load ptr, ptr %trace5, align 8
  %36 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 0, ptr %36, align 1
  %37 = getelementptr inbounds i8, ptr %36, i64 1
  store i8 %st, ptr %37, align 1
  %38 = getelementptr inbounds i8, ptr %36, i64 4
  store i32 0, ptr %38, align 4
  %39 = add i64 %len.i, 1
  store i64 %39, ptr %30, align 8
  %cap.i.1.pre = load i64, ptr %31, align 8
  %40 = icmp eq i64 %39, %cap.i.1.pre
  br i1 %40, label %full.i.2, label %guide_trace_add.exit.1

guide_trace_add.exit.1:                           ; preds = %guide_trace_add.exit
  %41 = getelementptr inbounds i8, ptr %s, i64 201
  %st.1 = load i8, ptr %41, align 1
  %ev.i.1 = load ptr, ptr %trace5, align 8
  %42 = getelementptr inbounds %guide_event, ptr %ev.i.1, i64 %39
  store i8 0, ptr %42, align 1
  %43 = getelementptr inbounds i8, ptr %42, i64 1
  store i8 %st.1, ptr %43, align 1
  %44 = getelementptr inbounds i8, ptr %42, i64 4
  store i32 1, ptr %44, align 4
  %45 = add i64 %len.i, 2
  store i64 %45, ptr %30, align 8
  %cap.i.2.pre = load i64, ptr %31, align 8
  %46 = icmp eq i64 %45, %cap.i.2.pre
  br i1 %46, label %full.i.2, label %add.i.2

add.i.2:                                          ; preds = %guide_trace_add.exit.1
  %47 = getelementptr inbounds i8, ptr %s, i64 202
  %st.2 = load i8, ptr %47, align 1
  %ev.i.2 = load ptr, ptr %trace5, align 8
  %48 = getelementptr inbounds %guide_event, ptr %ev.i.2, i64 %45
  store i8 0, ptr %48, align 1
  %49 = getelementptr inbounds i8, ptr %48, i64 1
  store i8 %st.2, ptr %49, align 1
  %50 = getelementptr inbounds i8, ptr %48, i64 4
  store i32 2, ptr %50, align 4
  %51 = add i64 %len.i, 3
  store i64 %51, ptr %30, align 8
  br label %endif7

full.i.2:                                         ; preds = %guide_trace_add.exit, %loop.preheader, %guide_trace_add.exit.1
  store i32 1, ptr %32, align 4
  br label %endif7

next12:                                           ; preds = %holds, %endif7, %unknown14
  %unknown.1 = phi i1 [ false, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %52 = phi i1 [ true, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif7 ], [ -1, %unknown14 ], [ 0, %holds ]
  %53 = getelementptr inbounds i8, ptr %s, i64 210
  %eff.1 = load i8, ptr %53, align 1
  switch i8 %eff.1, label %next12.1 [
    i8 1, label %holds.1
    i8 2, label %unknown14.1
  ]

unknown14.1:                                      ; preds = %next12
  br label %next12.1

holds.1:                                          ; preds = %next12
  %not. = xor i1 %52, true
  %spec.select95 = select i1 %52, i32 1, i32 %cls.1
  br label %next12.1

next12.1:                                         ; preds = %holds.1, %unknown14.1, %next12
  %unknown.1.1 = phi i1 [ %unknown.1, %next12 ], [ true, %unknown14.1 ], [ %unknown.1, %holds.1 ]
  %clash.1.1 = phi i1 [ false, %next12 ], [ false, %unknown14.1 ], [ %not., %holds.1 ]
  %cls.1.1 = phi i32 [ %cls.1, %next12 ], [ %cls.1, %unknown14.1 ], [ %spec.select95, %holds.1 ]
  %54 = getelementptr inbounds i8, ptr %s, i64 211
  %eff.2 = load i8, ptr %54, align 1
  switch i8 %eff.2, label %next12.2 [
    i8 1, label %holds.2
    i8 2, label %unknown14.2
  ]

unknown14.2:                                      ; preds = %next12.1
  br i1 %clash.1.1, label %conflict, label %endif15.thread

endif15.thread:                                   ; preds = %unknown14.2
  %none83 = icmp slt i32 %cls.1.1, 0
  br i1 %none83, label %undetermined, label %body22.preheader

holds.2:                                          ; preds = %next12.1
  %55 = icmp slt i32 %cls.1.1, 0
  br i1 %55, label %next12.2, label %compare.2

compare.2:                                        ; preds = %holds.2
  %56 = icmp ne i32 %cls.1.1, 1
  %57 = or i1 %clash.1.1, %56
  br i1 %57, label %conflict, label %endif15

next12.2:                                         ; preds = %holds.2, %next12.1
  %cls.1.2 = phi i32 [ %cls.1.1, %next12.1 ], [ 1, %holds.2 ]
  %first.1.2 = phi i32 [ %cls.1.1, %next12.1 ], [ 2, %holds.2 ]
  br i1 %clash.1.1, label %conflict, label %endif15

holds:                                            ; preds = %endif7
  br label %next12

unknown14:                                        ; preds = %endif7
  br label %next12

conflict:                                         ; preds = %compare.2, %unknown14.2, %next12.2
  %58 = getelementptr inbounds i8, ptr %s, i64 192
  %out16 = load ptr, ptr %58, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16, align 1
  %59 = getelementptr inbounds i8, ptr %s, i64 96
  %60 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %60, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %59, i8 0, i64 16, i1 false)
  br label %common.ret

endif15:                                          ; preds = %compare.2, %next12.2
  %first.1.279 = phi i32 [ %first.1.2, %next12.2 ], [ 1, %compare.2 ]
  %cls.1.278 = phi i32 [ %cls.1.2, %next12.2 ], [ 1, %compare.2 ]
  %none = icmp slt i32 %first.1.279, 0
  br i1 %unknown.1.1, label %some_unknown, label %endif18

some_unknown:                                     ; preds = %endif15
  br i1 %none, label %undetermined, label %body22.preheader

body22.preheader:                                 ; preds = %endif15.thread, %some_unknown
  %first.1.2798591 = phi i32 [ %cls.1.1, %endif15.thread ], [ %first.1.279, %some_unknown ]
  %cls.1.2788690 = phi i32 [ %cls.1.1, %endif15.thread ], [ %cls.1.278, %some_unknown ]
  %61 = icmp ne i32 %cls.1.2788690, 0
  %62 = icmp eq i8 %eff, 2
  %63 = and i1 %62, %61
  br i1 %63, label %undetermined, label %loop21

endif18:                                          ; preds = %endif15
  br i1 %none, label %not_applicable, label %endif29

undetermined:                                     ; preds = %body22.preheader, %loop21, %endif15.thread, %some_unknown
  %64 = getelementptr inbounds i8, ptr %s, i64 192
  %out28 = load ptr, ptr %64, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28, align 1
  %65 = getelementptr inbounds i8, ptr %s, i64 96
  %66 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %66, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %65, i8 0, i64 16, i1 false)
  br label %common.ret

loop21:                                           ; preds = %body22.preheader
  %67 = icmp ne i32 %cls.1.2788690, 1
  %68 = icmp eq i8 %eff.1, 2
  %69 = icmp eq i8 %eff.2, 2
  %70 = or i1 %68, %69
  %or.cond = and i1 %70, %67
  br i1 %or.cond, label %undetermined, label %endif29

not_applicable:                                   ; preds = %endif18
  %71 = getelementptr inbounds i8, ptr %s, i64 192
  %out30 = load ptr, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %out30, align 1
  %73 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 0, ptr %73, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %72, i8 0, i64 16, i1 false)
  br label %common.ret

endif29:                                          ; preds = %loop21, %endif18
  %first.1.2798494 = phi i32 [ %first.1.279, %endif18 ], [ %first.1.2798591, %loop21 ]
  %74 = zext nneg i32 %first.1.2798494 to i64
  %75 = getelementptr inbounds [3 x [2 x i64]], ptr @values.risk, i64 0, i64 %74
  %value31.unpack = load i64, ptr %75, align 16
  %76 = getelementptr inbounds i8, ptr %s, i64 192
  %out33 = load ptr, ptr %76, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33, align 1
  %77 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value31.unpack, ptr %77, align 8
  %.repack47 = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack47, align 8
  %78 = getelementptr inbounds i8, ptr %s, i64 182
  store i8 1, ptr %78, align 1
  br label %common.ret
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.pct(ptr nocapture %s) unnamed_addr #4 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 224
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 232
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif2.i, %endif.i
  %.sink.i = phi i32 [ %13, %endif2.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 176
  %k.i = load i8, ptr %3, align 1
  %.not3.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 177
  %k1.i = load i8, ptr %4, align 1
  %.not4.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not3.i, %.not4.i
  br i1 %5, label %common.ret.sink.split.i, label %endif2.i

endif2.i:                                         ; preds = %endif.i
  %site.i = load i32, ptr %s, align 4
  %6 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %6, align 8
  %7 = fcmp ogt double %size_cm.i, 5.000000e+00
  %8 = zext i1 %7 to i32
  %9 = fcmp oge double %size_cm.i, 5.000000e+00
  %10 = zext i1 %9 to i32
  %11 = mul i32 %site.i, 3
  %12 = add i32 %11, %10
  %13 = add i32 %12, %8
  br label %common.ret.sink.split.i

cells.risk.exit:                                  ; preds = %untraced, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %untraced ], [ %.sink.i, %common.ret.sink.split.i ]
  %14 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %14, label %lookup, label %endif

endif:                                            ; preds = %cells.risk.exit, %entry
  %15 = getelementptr inbounds i8, ptr %s, i64 218
  %done = load i8, ptr %15, align 1
  %16 = icmp eq i8 %done, 0
  br i1 %16, label %eval, label %endif4

lookup:                                           ; preds = %cells.risk.exit
  %17 = zext nneg i32 %common.ret.op.i to i64
  %18 = add nsw i64 %17, -6
  %19 = icmp ult i64 %18, 3
  br i1 %19, label %no_value, label %endif2

common.ret:                                       ; preds = %endif21, %not_applicable, %undetermined, %conflict, %endif2, %no_value
  %common.ret.op = phi i32 [ 1, %no_value ], [ 1, %endif2 ], [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif21 ]
  ret i32 %common.ret.op

no_value:                                         ; preds = %lookup
  %20 = getelementptr inbounds i8, ptr %s, i64 192
  %out = load ptr, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %out, i64 4
  %22 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %21, align 1
  %23 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %23, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %22, i8 0, i64 16, i1 false)
  br label %common.ret

endif2:                                           ; preds = %lookup
  %24 = getelementptr inbounds [9 x i32], ptr @answers.risk.pct, i64 0, i64 %17
  %code = load i32, ptr %24, align 4
  %25 = add nsw i32 %code, -2
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [3 x [2 x i64]], ptr @values.pct, i64 0, i64 %26
  %value.unpack = load i64, ptr %27, align 16
  %28 = getelementptr inbounds [3 x i8], ptr @nulls.pct, i64 0, i64 %26
  %is_null = load i8, ptr %28, align 1
  %29 = getelementptr inbounds i8, ptr %s, i64 192
  %out3 = load ptr, ptr %29, align 8
  %30 = getelementptr inbounds i8, ptr %out3, i64 4
  store i8 1, ptr %30, align 1
  %31 = getelementptr inbounds i8, ptr %out3, i64 5
  store i8 0, ptr %31, align 1
  %32 = getelementptr inbounds i8, ptr %out3, i64 6
  store i8 %is_null, ptr %32, align 1
  %33 = getelementptr inbounds i8, ptr %out3, i64 7
  store i8 0, ptr %33, align 1
  %34 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack, ptr %34, align 8
  %.repack45 = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack45, align 8
  %35 = icmp ult i32 %25, 2
  %36 = zext i1 %35 to i8
  %37 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 %36, ptr %37, align 1
  br label %common.ret

eval:                                             ; preds = %endif
  tail call fastcc void @table.risk(ptr nonnull %s)
  br label %endif4

endif4:                                           ; preds = %eval, %endif
  %38 = getelementptr inbounds i8, ptr %s, i64 209
  %eff = load i8, ptr %38, align 1
  switch i8 %eff, label %next [
    i8 1, label %holds
    i8 2, label %unknown6
  ]

next:                                             ; preds = %holds, %endif4, %unknown6
  %unknown.1 = phi i1 [ false, %endif4 ], [ true, %unknown6 ], [ false, %holds ]
  %39 = phi i1 [ true, %endif4 ], [ true, %unknown6 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif4 ], [ -1, %unknown6 ], [ 0, %holds ]
  %40 = getelementptr inbounds i8, ptr %s, i64 210
  %eff.1 = load i8, ptr %40, align 1
  switch i8 %eff.1, label %next.1 [
    i8 1, label %holds.1
    i8 2, label %unknown6.1
  ]

unknown6.1:                                       ; preds = %next
  br label %next.1

holds.1:                                          ; preds = %next
  %not. = xor i1 %39, true
  %spec.select72 = select i1 %39, i32 1, i32 %cls.1
  br label %next.1

next.1:                                           ; preds = %holds.1, %unknown6.1, %next
  %unknown.1.1 = phi i1 [ %unknown.1, %next ], [ true, %unknown6.1 ], [ %unknown.1, %holds.1 ]
  %clash.1.1 = phi i1 [ false, %next ], [ false, %unknown6.1 ], [ %not., %holds.1 ]
  %cls.1.1 = phi i32 [ %cls.1, %next ], [ %cls.1, %unknown6.1 ], [ %spec.select72, %holds.1 ]
  %41 = getelementptr inbounds i8, ptr %s, i64 211
  %eff.2 = load i8, ptr %41, align 1
  switch i8 %eff.2, label %next.2 [
    i8 1, label %holds.2
    i8 2, label %unknown6.2
  ]

unknown6.2:                                       ; preds = %next.1
  br i1 %clash.1.1, label %conflict, label %endif7.thread

endif7.thread:                                    ; preds = %unknown6.2
  %none62 = icmp slt i32 %cls.1.1, 0
  br i1 %none62, label %undetermined, label %body14.preheader

holds.2:                                          ; preds = %next.1
  %42 = icmp slt i32 %cls.1.1, 0
  br i1 %42, label %next.2, label %conflict

next.2:                                           ; preds = %holds.2, %next.1
  %cls.1.2 = phi i32 [ %cls.1.1, %next.1 ], [ 2, %holds.2 ]
  br i1 %clash.1.1, label %conflict, label %endif7

holds:                                            ; preds = %endif4
  br label %next

unknown6:                                         ; preds = %endif4
  br label %next

conflict:                                         ; preds = %holds.2, %unknown6.2, %next.2
  %43 = getelementptr inbounds i8, ptr %s, i64 192
  %out8 = load ptr, ptr %43, align 8
  %44 = getelementptr inbounds i8, ptr %out8, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %44, align 1
  %45 = getelementptr inbounds i8, ptr %s, i64 112
  %46 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %46, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %45, i8 0, i64 16, i1 false)
  br label %common.ret

endif7:                                           ; preds = %next.2
  %none = icmp slt i32 %cls.1.2, 0
  br i1 %unknown.1.1, label %some_unknown, label %endif10

some_unknown:                                     ; preds = %endif7
  br i1 %none, label %undetermined, label %body14.preheader

body14.preheader:                                 ; preds = %endif7.thread, %some_unknown
  %cls.1.2596368 = phi i32 [ %cls.1.1, %endif7.thread ], [ %cls.1.2, %some_unknown ]
  %47 = icmp ne i32 %cls.1.2596368, 0
  %48 = icmp eq i8 %eff, 2
  %49 = and i1 %48, %47
  br i1 %49, label %undetermined, label %loop13

endif10:                                          ; preds = %endif7
  br i1 %none, label %not_applicable, label %endif21

undetermined:                                     ; preds = %body14.preheader, %loop13, %loop13.1, %endif7.thread, %some_unknown
  %50 = getelementptr inbounds i8, ptr %s, i64 192
  %out20 = load ptr, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %out20, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %51, align 1
  %52 = getelementptr inbounds i8, ptr %s, i64 112
  %53 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %53, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %52, i8 0, i64 16, i1 false)
  br label %common.ret

loop13:                                           ; preds = %body14.preheader
  %54 = icmp ne i32 %cls.1.2596368, 1
  %55 = icmp eq i8 %eff.1, 2
  %56 = and i1 %55, %54
  br i1 %56, label %undetermined, label %loop13.1

loop13.1:                                         ; preds = %loop13
  %57 = icmp ne i32 %cls.1.2596368, 2
  %58 = icmp eq i8 %eff.2, 2
  %59 = and i1 %58, %57
  br i1 %59, label %undetermined, label %endif21

not_applicable:                                   ; preds = %endif10
  %60 = getelementptr inbounds i8, ptr %s, i64 192
  %out22 = load ptr, ptr %60, align 8
  %61 = getelementptr inbounds i8, ptr %out22, i64 4
  %62 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %61, align 1
  %63 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 0, ptr %63, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %62, i8 0, i64 16, i1 false)
  br label %common.ret

endif21:                                          ; preds = %loop13.1, %endif10
  %cls.1.2596471 = phi i32 [ %cls.1.2, %endif10 ], [ %cls.1.2596368, %loop13.1 ]
  %64 = zext nneg i32 %cls.1.2596471 to i64
  %65 = getelementptr inbounds [3 x [2 x i64]], ptr @values.pct, i64 0, i64 %64
  %value23.unpack = load i64, ptr %65, align 16
  %66 = getelementptr inbounds [3 x i8], ptr @nulls.pct, i64 0, i64 %64
  %is_null24 = load i8, ptr %66, align 1
  %67 = getelementptr inbounds i8, ptr %s, i64 192
  %out25 = load ptr, ptr %67, align 8
  %68 = getelementptr inbounds i8, ptr %out25, i64 4
  store i8 1, ptr %68, align 1
  %69 = getelementptr inbounds i8, ptr %out25, i64 5
  store i8 0, ptr %69, align 1
  %70 = getelementptr inbounds i8, ptr %out25, i64 6
  store i8 %is_null24, ptr %70, align 1
  %71 = getelementptr inbounds i8, ptr %out25, i64 7
  store i8 0, ptr %71, align 1
  %72 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value23.unpack, ptr %72, align 8
  %.repack37 = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack37, align 8
  %73 = icmp ult i32 %cls.1.2596471, 2
  %74 = zext i1 %73 to i8
  %75 = getelementptr inbounds i8, ptr %s, i64 183
  store i8 %74, ptr %75, align 1
  br label %common.ret
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.line(ptr nocapture %s) unnamed_addr #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 224
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 236
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.lines.exit

common.ret.sink.split.i:                          ; preds = %endif1.i, %endif.i
  %.sink.i = phi i32 [ %9, %endif1.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.lines.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 179
  %k.i = load i8, ptr %3, align 1
  %.not2.i = icmp eq i8 %k.i, 0
  br i1 %.not2.i, label %common.ret.sink.split.i, label %endif1.i

endif1.i:                                         ; preds = %endif.i
  %4 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i = load double, ptr %4, align 8
  %5 = fcmp ogt double %lines.i, 1.000000e+00
  %6 = zext i1 %5 to i32
  %7 = fcmp oge double %lines.i, 1.000000e+00
  %8 = zext i1 %7 to i32
  %9 = add nuw nsw i32 %6, %8
  br label %common.ret.sink.split.i

cells.lines.exit:                                 ; preds = %untraced, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %untraced ], [ %.sink.i, %common.ret.sink.split.i ]
  %10 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %10, label %endif2, label %endif

endif:                                            ; preds = %cells.lines.exit, %entry
  %11 = getelementptr inbounds i8, ptr %s, i64 219
  %done = load i8, ptr %11, align 1
  %12 = icmp eq i8 %done, 0
  br i1 %12, label %eval, label %endif4

common.ret:                                       ; preds = %endif29, %not_applicable, %undetermined, %conflict, %endif2
  %common.ret.op = phi i32 [ 1, %endif2 ], [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif29 ]
  ret i32 %common.ret.op

endif2:                                           ; preds = %cells.lines.exit
  %13 = zext nneg i32 %common.ret.op.i to i64
  %14 = getelementptr inbounds [3 x i32], ptr @answers.lines.line, i64 0, i64 %13
  %code = load i32, ptr %14, align 4
  %15 = add nsw i32 %code, -2
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [2 x [2 x i64]], ptr @values.treat, i64 0, i64 %16
  %value.unpack = load i64, ptr %17, align 16
  %18 = getelementptr inbounds i8, ptr %s, i64 192
  %out3 = load ptr, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %out3, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %19, align 1
  %20 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 %value.unpack, ptr %20, align 8
  %.repack55 = getelementptr inbounds i8, ptr %s, i64 136
  store i64 0, ptr %.repack55, align 8
  %21 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 1, ptr %21, align 1
  br label %common.ret

eval:                                             ; preds = %endif
  store i8 1, ptr %11, align 1
  %22 = getelementptr inbounds i8, ptr %s, i64 236
  %combo.i.i = load i32, ptr %22, align 4
  %.not.i.i = icmp eq i32 %combo.i.i, -1
  br i1 %.not.i.i, label %endif.i.i, label %cells.lines.exit.i

common.ret.sink.split.i.i:                        ; preds = %endif1.i.i, %endif.i.i
  %.sink.i.i = phi i32 [ %29, %endif1.i.i ], [ -2, %endif.i.i ]
  store i32 %.sink.i.i, ptr %22, align 4
  br label %cells.lines.exit.i

endif.i.i:                                        ; preds = %eval
  %23 = getelementptr inbounds i8, ptr %s, i64 179
  %k.i.i = load i8, ptr %23, align 1
  %.not2.i.i = icmp eq i8 %k.i.i, 0
  br i1 %.not2.i.i, label %common.ret.sink.split.i.i, label %endif1.i.i

endif1.i.i:                                       ; preds = %endif.i.i
  %24 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i.i = load double, ptr %24, align 8
  %25 = fcmp ogt double %lines.i.i, 1.000000e+00
  %26 = zext i1 %25 to i32
  %27 = fcmp oge double %lines.i.i, 1.000000e+00
  %28 = zext i1 %27 to i32
  %29 = add nuw nsw i32 %26, %28
  br label %common.ret.sink.split.i.i

cells.lines.exit.i:                               ; preds = %common.ret.sink.split.i.i, %eval
  %common.ret.op.i.i = phi i32 [ %combo.i.i, %eval ], [ %.sink.i.i, %common.ret.sink.split.i.i ]
  %30 = icmp sgt i32 %common.ret.op.i.i, -1
  br i1 %30, label %lookup.i, label %endif.i57

lookup.i:                                         ; preds = %cells.lines.exit.i
  %31 = getelementptr inbounds i8, ptr %s, i64 203
  store i16 0, ptr %31, align 1
  %32 = getelementptr inbounds i8, ptr %s, i64 212
  store i16 0, ptr %32, align 1
  %33 = zext nneg i32 %common.ret.op.i.i to i64
  %34 = getelementptr inbounds [3 x i32], ptr @combos.lines, i64 0, i64 %33
  %off.i = load i32, ptr %34, align 4
  br label %pair.i

endif.i57:                                        ; preds = %cells.lines.exit.i
  %35 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i58 = load double, ptr %35, align 8
  %36 = fcmp ole double %lines.i58, 1.000000e+00
  %37 = getelementptr inbounds i8, ptr %s, i64 179
  %k.i59 = load i8, ptr %37, align 1
  %.not.i60 = icmp ne i8 %k.i59, 0
  %38 = xor i1 %36, true
  %39 = select i1 %.not.i60, i1 %38, i1 false
  %40 = xor i1 %.not.i60, %39
  %41 = select i1 %40, i1 %36, i1 false
  %42 = select i1 %41, i8 1, i8 2
  %43 = select i1 %39, i32 0, i32 2
  %44 = select i1 %41, i32 1, i32 %43
  %45 = select i1 %39, i8 0, i8 %42
  %46 = getelementptr inbounds i8, ptr %s, i64 203
  store i8 %45, ptr %46, align 1
  %47 = getelementptr inbounds i8, ptr %s, i64 212
  store i8 %45, ptr %47, align 1
  %48 = icmp eq i32 %44, 2
  %49 = sub nsw i32 1, %44
  %50 = select i1 %48, i32 2, i32 %49
  %51 = icmp eq i32 %50, 0
  %52 = icmp eq i32 %50, 1
  %53 = select i1 %52, i32 1, i32 2
  %54 = select i1 %51, i32 0, i32 %53
  %55 = icmp eq i32 %54, 2
  %56 = select i1 %55, i8 2, i8 1
  %57 = select i1 %41, i8 4, i8 %56
  %58 = getelementptr inbounds i8, ptr %s, i64 204
  store i8 %57, ptr %58, align 1
  %59 = trunc nuw nsw i32 %54 to i8
  %60 = getelementptr inbounds i8, ptr %s, i64 213
  store i8 %59, ptr %60, align 1
  br label %endif4

pair.i:                                           ; preds = %hit.i, %lookup.i
  %pos.0.i = phi i32 [ %off.i, %lookup.i ], [ %74, %hit.i ]
  switch i32 %pos.0.i, label %hit.i [
    i32 7, label %endif4.loopexit
    i32 4, label %endif4.loopexit
  ]

hit.i:                                            ; preds = %pair.i
  %61 = sext i32 %pos.0.i to i64
  %62 = getelementptr inbounds [8 x i16], ptr @rows.lines, i64 0, i64 %61
  %row.i = load i16, ptr %62, align 2
  %63 = add i32 %pos.0.i, 1
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [8 x i16], ptr @rows.lines, i64 0, i64 %64
  %status.i = load i16, ptr %65, align 2
  %66 = zext i16 %row.i to i64
  %67 = add nuw nsw i64 %66, 3
  %68 = trunc i16 %status.i to i8
  %69 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %67
  store i8 %68, ptr %69, align 1
  %70 = lshr i64 102, %64
  %71 = trunc nuw nsw i64 %70 to i8
  %72 = and i8 %71, 1
  %73 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %67
  store i8 %72, ptr %73, align 1
  %74 = add i32 %pos.0.i, 2
  br label %pair.i

endif4.loopexit:                                  ; preds = %pair.i, %pair.i
  %trace5.pre = load ptr, ptr %0, align 8
  br label %endif4

endif4:                                           ; preds = %endif4.loopexit, %endif.i57, %endif
  %trace5 = phi ptr [ %trace5.pre, %endif4.loopexit ], [ %trace, %endif.i57 ], [ %trace, %endif ]
  %.not = icmp eq ptr %trace5, null
  br i1 %.not, label %endif7, label %loop.preheader

loop.preheader:                                   ; preds = %endif4
  %75 = getelementptr inbounds i8, ptr %trace5, i64 8
  %76 = getelementptr inbounds i8, ptr %trace5, i64 16
  %77 = getelementptr inbounds i8, ptr %trace5, i64 24
  %len.i = load i64, ptr %75, align 8
  %cap.i = load i64, ptr %76, align 8
  %78 = icmp eq i64 %len.i, %cap.i
  br i1 %78, label %full.i.1, label %guide_trace_add.exit

endif7:                                           ; preds = %add.i.1, %full.i.1, %endif4
  %79 = getelementptr inbounds i8, ptr %s, i64 212
  %eff = load i8, ptr %79, align 1
  switch i8 %eff, label %next12 [
    i8 1, label %holds
    i8 2, label %unknown14
  ]

guide_trace_add.exit:                             ; preds = %loop.preheader
  %80 = getelementptr inbounds i8, ptr %s, i64 203
  %st = load i8, ptr %80, align 1
  %ev.i = load ptr, ptr %trace5, align 8
  %81 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 0, ptr %81, align 1
  %82 = getelementptr inbounds i8, ptr %81, i64 1
  store i8 %st, ptr %82, align 1
  %83 = getelementptr inbounds i8, ptr %81, i64 4
  store i32 3, ptr %83, align 4
  %84 = add i64 %len.i, 1
  store i64 %84, ptr %75, align 8
  %cap.i.1.pre = load i64, ptr %76, align 8
  %85 = icmp eq i64 %84, %cap.i.1.pre
  br i1 %85, label %full.i.1, label %add.i.1

add.i.1:                                          ; preds = %guide_trace_add.exit
  %86 = getelementptr inbounds i8, ptr %s, i64 204
  %st.1 = load i8, ptr %86, align 1
  %ev.i.1 = load ptr, ptr %trace5, align 8
  %87 = getelementptr inbounds %guide_event, ptr %ev.i.1, i64 %84
  store i8 0, ptr %87, align 1
  %88 = getelementptr inbounds i8, ptr %87, i64 1
  store i8 %st.1, ptr %88, align 1
  %89 = getelementptr inbounds i8, ptr %87, i64 4
  store i32 4, ptr %89, align 4
  %90 = add i64 %len.i, 2
  store i64 %90, ptr %75, align 8
  br label %endif7

full.i.1:                                         ; preds = %loop.preheader, %guide_trace_add.exit
  store i32 1, ptr %77, align 4
  br label %endif7

next12:                                           ; preds = %holds, %endif7, %unknown14
  %unknown.1 = phi i1 [ false, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %91 = phi i1 [ true, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif7 ], [ -1, %unknown14 ], [ 0, %holds ]
  %92 = getelementptr inbounds i8, ptr %s, i64 213
  %eff.1 = load i8, ptr %92, align 1
  switch i8 %eff.1, label %endif15 [
    i8 1, label %holds.1
    i8 2, label %undetermined
  ]

holds.1:                                          ; preds = %next12
  br i1 %91, label %endif15, label %conflict

holds:                                            ; preds = %endif7
  br label %next12

unknown14:                                        ; preds = %endif7
  br label %next12

conflict:                                         ; preds = %holds.1
  %93 = getelementptr inbounds i8, ptr %s, i64 192
  %out16 = load ptr, ptr %93, align 8
  %94 = getelementptr inbounds i8, ptr %out16, i64 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %94, align 1
  %95 = getelementptr inbounds i8, ptr %s, i64 128
  %96 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 0, ptr %96, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %95, i8 0, i64 16, i1 false)
  br label %common.ret

endif15:                                          ; preds = %next12, %holds.1
  %cls.1.1.ph = phi i32 [ 1, %holds.1 ], [ %cls.1, %next12 ]
  %none = icmp slt i32 %cls.1.1.ph, 0
  br i1 %unknown.1, label %some_unknown, label %endif18

some_unknown:                                     ; preds = %endif15
  br i1 %none, label %undetermined, label %body22.preheader

body22.preheader:                                 ; preds = %some_unknown
  %97 = icmp ne i32 %cls.1.1.ph, 0
  %98 = icmp eq i8 %eff, 2
  %99 = and i1 %98, %97
  br i1 %99, label %undetermined, label %endif29

endif18:                                          ; preds = %endif15
  br i1 %none, label %not_applicable, label %endif29

undetermined:                                     ; preds = %next12, %body22.preheader, %some_unknown
  %100 = getelementptr inbounds i8, ptr %s, i64 192
  %out28 = load ptr, ptr %100, align 8
  %101 = getelementptr inbounds i8, ptr %out28, i64 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %101, align 1
  %102 = getelementptr inbounds i8, ptr %s, i64 128
  %103 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 0, ptr %103, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %102, i8 0, i64 16, i1 false)
  br label %common.ret

not_applicable:                                   ; preds = %endif18
  %104 = getelementptr inbounds i8, ptr %s, i64 192
  %out30 = load ptr, ptr %104, align 8
  %105 = getelementptr inbounds i8, ptr %out30, i64 8
  %106 = getelementptr inbounds i8, ptr %s, i64 128
  store i32 0, ptr %105, align 1
  %107 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 0, ptr %107, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %106, i8 0, i64 16, i1 false)
  br label %common.ret

endif29:                                          ; preds = %body22.preheader, %endif18
  %108 = zext nneg i32 %cls.1.1.ph to i64
  %109 = getelementptr inbounds [2 x [2 x i64]], ptr @values.treat, i64 0, i64 %108
  %value31.unpack = load i64, ptr %109, align 16
  %110 = getelementptr inbounds i8, ptr %s, i64 192
  %out33 = load ptr, ptr %110, align 8
  %111 = getelementptr inbounds i8, ptr %out33, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %111, align 1
  %112 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 %value31.unpack, ptr %112, align 8
  %.repack47 = getelementptr inbounds i8, ptr %s, i64 136
  store i64 0, ptr %.repack47, align 8
  %113 = getelementptr inbounds i8, ptr %s, i64 184
  store i8 1, ptr %113, align 1
  br label %common.ret
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.exams(ptr nocapture %s) unnamed_addr #5 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 220
  %done = load i8, ptr %0, align 1
  %1 = icmp eq i8 %done, 0
  br i1 %1, label %eval, label %endif

eval:                                             ; preds = %entry
  store i8 1, ptr %0, align 1
  %site.i = load i32, ptr %s, align 4
  %2 = and i32 %site.i, 63
  %3 = zext nneg i32 %2 to i64
  %4 = lshr i64 3, %3
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = getelementptr inbounds i8, ptr %s, i64 176
  %k.i = load i8, ptr %6, align 1
  %.not.i = icmp eq i8 %k.i, 0
  %7 = and i32 %5, 1
  %8 = select i1 %.not.i, i32 2, i32 %7
  %9 = icmp eq i32 %8, 0
  %10 = icmp eq i32 %8, 1
  %11 = select i1 %10, i8 1, i8 2
  %12 = select i1 %9, i8 0, i8 %11
  %13 = getelementptr inbounds i8, ptr %s, i64 205
  store i8 %12, ptr %13, align 1
  %14 = getelementptr inbounds i8, ptr %s, i64 214
  store i8 %12, ptr %14, align 1
  br label %endif

endif:                                            ; preds = %eval, %entry
  %15 = getelementptr inbounds i8, ptr %s, i64 221
  %done1 = load i8, ptr %15, align 1
  %16 = icmp eq i8 %done1, 0
  br i1 %16, label %eval2, label %endif3

eval2:                                            ; preds = %endif
  store i8 1, ptr %15, align 1
  %17 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %17, align 8
  %18 = fcmp ogt double %size_cm.i, 1.000000e+01
  %19 = getelementptr inbounds i8, ptr %s, i64 177
  %k.i39 = load i8, ptr %19, align 1
  %.not.i40 = icmp ne i8 %k.i39, 0
  %20 = getelementptr inbounds i8, ptr %s, i64 64
  %rupture.i = load i32, ptr %20, align 4
  %21 = icmp eq i32 %rupture.i, 1
  %22 = getelementptr inbounds i8, ptr %s, i64 180
  %k1.i = load i8, ptr %22, align 1
  %.not2.i = icmp ne i8 %k1.i, 0
  %not..i = xor i1 %21, true
  %23 = xor i1 %18, true
  %24 = select i1 %.not.i40, i1 %23, i1 false
  %25 = select i1 %.not2.i, i1 %21, i1 false
  %26 = or i1 %24, %25
  %27 = select i1 %.not.i40, i1 %18, i1 false
  %28 = select i1 %.not2.i, i1 %not..i, i1 false
  %29 = and i1 %27, %28
  %30 = select i1 %29, i8 1, i8 2
  %not.3.i = xor i1 %26, true
  %31 = select i1 %not.3.i, i1 %29, i1 false
  %32 = select i1 %31, i8 1, i8 2
  %33 = select i1 %25, i8 3, i8 %32
  %34 = select i1 %24, i8 0, i8 %33
  %35 = getelementptr inbounds i8, ptr %s, i64 206
  store i8 %34, ptr %35, align 1
  %36 = select i1 %26, i8 0, i8 %30
  %37 = getelementptr inbounds i8, ptr %s, i64 215
  store i8 %36, ptr %37, align 1
  br label %endif3

endif3:                                           ; preds = %eval2, %endif
  %38 = getelementptr inbounds i8, ptr %s, i64 224
  %trace = load ptr, ptr %38, align 8
  %.not = icmp eq ptr %trace, null
  br i1 %.not, label %endif5, label %loop.preheader

loop.preheader:                                   ; preds = %endif3
  %39 = getelementptr inbounds i8, ptr %trace, i64 8
  %40 = getelementptr inbounds i8, ptr %trace, i64 16
  %41 = getelementptr inbounds i8, ptr %trace, i64 24
  %len.i = load i64, ptr %39, align 8
  %cap.i = load i64, ptr %40, align 8
  %42 = icmp eq i64 %len.i, %cap.i
  br i1 %42, label %full.i.1, label %guide_trace_add.exit

endif5:                                           ; preds = %add.i.1, %full.i.1, %endif3
  %43 = getelementptr inbounds i8, ptr %s, i64 214
  %eff = load i8, ptr %43, align 1
  switch i8 %eff, label %next10 [
    i8 1, label %holds
    i8 2, label %unknown12
  ]

guide_trace_add.exit:                             ; preds = %loop.preheader
  %44 = getelementptr inbounds i8, ptr %s, i64 205
  %st = load i8, ptr %44, align 1
  %ev.i = load ptr, ptr %trace, align 8
  %45 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 0, ptr %45, align 1
  %46 = getelementptr inbounds i8, ptr %45, i64 1
  store i8 %st, ptr %46, align 1
  %47 = getelementptr inbounds i8, ptr %45, i64 4
  store i32 5, ptr %47, align 4
  %48 = add i64 %len.i, 1
  store i64 %48, ptr %39, align 8
  %cap.i.1.pre = load i64, ptr %40, align 8
  %49 = icmp eq i64 %48, %cap.i.1.pre
  br i1 %49, label %full.i.1, label %add.i.1

add.i.1:                                          ; preds = %guide_trace_add.exit
  %50 = getelementptr inbounds i8, ptr %s, i64 206
  %st.1 = load i8, ptr %50, align 1
  %ev.i.1 = load ptr, ptr %trace, align 8
  %51 = getelementptr inbounds %guide_event, ptr %ev.i.1, i64 %48
  store i8 0, ptr %51, align 1
  %52 = getelementptr inbounds i8, ptr %51, i64 1
  store i8 %st.1, ptr %52, align 1
  %53 = getelementptr inbounds i8, ptr %51, i64 4
  store i32 6, ptr %53, align 4
  %54 = add i64 %len.i, 2
  store i64 %54, ptr %39, align 8
  br label %endif5

full.i.1:                                         ; preds = %loop.preheader, %guide_trace_add.exit
  store i32 1, ptr %41, align 4
  br label %endif5

next10:                                           ; preds = %endif5, %holds, %unknown12
  %set.1 = phi i64 [ 0, %endif5 ], [ 0, %unknown12 ], [ 1, %holds ]
  %unknown.1 = phi i1 [ false, %endif5 ], [ true, %unknown12 ], [ false, %holds ]
  %none56 = phi i1 [ true, %endif5 ], [ true, %unknown12 ], [ false, %holds ]
  %55 = getelementptr inbounds i8, ptr %s, i64 215
  %eff.1 = load i8, ptr %55, align 1
  switch i8 %eff.1, label %next10.1 [
    i8 1, label %holds.1
    i8 2, label %next10.1.thread
  ]

next10.1.thread:                                  ; preds = %next10
  br i1 %none56, label %undetermined, label %loop17.preheader

holds.1:                                          ; preds = %next10
  %56 = or disjoint i64 %set.1, 2
  br i1 %unknown.1, label %loop17.preheader, label %endif24

next10.1:                                         ; preds = %next10
  br i1 %unknown.1, label %some_unknown, label %endif14

holds:                                            ; preds = %endif5
  br label %next10

unknown12:                                        ; preds = %endif5
  br label %next10

some_unknown:                                     ; preds = %next10.1
  br i1 %none56, label %undetermined, label %loop17.preheader

loop17.preheader:                                 ; preds = %holds.1, %next10.1.thread, %some_unknown
  %set.1.15864 = phi i64 [ %set.1, %some_unknown ], [ %set.1, %next10.1.thread ], [ %56, %holds.1 ]
  %57 = and i64 %set.1.15864, 1
  %58 = icmp eq i64 %57, 0
  %59 = icmp eq i8 %eff, 2
  %60 = and i1 %59, %58
  br i1 %60, label %undetermined, label %loop17

endif14:                                          ; preds = %next10.1
  br i1 %none56, label %not_applicable, label %endif24

common.ret:                                       ; preds = %endif24, %not_applicable, %undetermined
  %common.ret.op = phi i32 [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif24 ]
  ret i32 %common.ret.op

undetermined:                                     ; preds = %loop17.preheader, %loop17, %next10.1.thread, %some_unknown
  %61 = getelementptr inbounds i8, ptr %s, i64 192
  %out = load ptr, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %out, i64 12
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %62, align 1
  %63 = getelementptr inbounds i8, ptr %s, i64 144
  %64 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 0, ptr %64, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %63, i8 0, i64 16, i1 false)
  br label %common.ret

loop17:                                           ; preds = %loop17.preheader
  %65 = and i64 %set.1.15864, 2
  %66 = icmp eq i64 %65, 0
  %67 = icmp eq i8 %eff.1, 2
  %68 = and i1 %67, %66
  br i1 %68, label %undetermined, label %endif24

not_applicable:                                   ; preds = %endif14
  %69 = getelementptr inbounds i8, ptr %s, i64 192
  %out25 = load ptr, ptr %69, align 8
  %70 = getelementptr inbounds i8, ptr %out25, i64 12
  %71 = getelementptr inbounds i8, ptr %s, i64 144
  store i32 0, ptr %70, align 1
  %72 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 0, ptr %72, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %71, i8 0, i64 16, i1 false)
  br label %common.ret

endif24:                                          ; preds = %loop17, %holds.1, %endif14
  %set.1.15767 = phi i64 [ %set.1, %endif14 ], [ %56, %holds.1 ], [ %set.1.15864, %loop17 ]
  %73 = getelementptr inbounds i8, ptr %s, i64 192
  %out26 = load ptr, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %out26, i64 12
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %74, align 1
  %75 = getelementptr inbounds i8, ptr %s, i64 144
  store i64 %set.1.15767, ptr %75, align 8
  %.repack35 = getelementptr inbounds i8, ptr %s, i64 152
  store i64 0, ptr %.repack35, align 8
  %76 = getelementptr inbounds i8, ptr %s, i64 185
  store i8 1, ptr %76, align 1
  br label %common.ret
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.treat(ptr nocapture %s) unnamed_addr #5 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 222
  %done = load i8, ptr %0, align 1
  %1 = icmp eq i8 %done, 0
  br i1 %1, label %eval, label %endif

eval:                                             ; preds = %entry
  store i8 1, ptr %0, align 1
  %2 = getelementptr inbounds i8, ptr %s, i64 96
  %risk.i = load i32, ptr %2, align 4
  %3 = and i32 %risk.i, 63
  %4 = zext nneg i32 %3 to i64
  %5 = lshr i64 2, %4
  %6 = trunc nuw nsw i64 %5 to i32
  %7 = getelementptr inbounds i8, ptr %s, i64 182
  %k.i = load i8, ptr %7, align 1
  %.not.i = icmp eq i8 %k.i, 0
  %8 = and i32 %6, 1
  %9 = select i1 %.not.i, i32 2, i32 %8
  %10 = getelementptr inbounds i8, ptr %s, i64 192
  %out.i = load ptr, ptr %10, align 8
  %state.i = load i8, ptr %out.i, align 1
  %11 = icmp eq i8 %state.i, 0
  %12 = select i1 %11, i32 0, i32 %9
  %13 = icmp eq i32 %12, 1
  %14 = icmp eq i32 %12, 0
  %15 = getelementptr inbounds i8, ptr %s, i64 80
  %change.i = load double, ptr %15, align 8
  %16 = fcmp ogt double %change.i, 2.000000e+01
  %17 = getelementptr inbounds i8, ptr %s, i64 181
  %k1.i = load i8, ptr %17, align 1
  %.not2.i = icmp ne i8 %k1.i, 0
  %18 = select i1 %.not2.i, i1 %16, i1 false
  %19 = or i1 %18, %13
  %20 = xor i1 %16, true
  %21 = select i1 %.not2.i, i1 %20, i1 false
  %22 = and i1 %21, %14
  %23 = select i1 %22, i8 0, i8 2
  %24 = select i1 %19, i8 1, i8 %23
  %25 = getelementptr inbounds i8, ptr %s, i64 207
  store i8 %24, ptr %25, align 1
  %26 = getelementptr inbounds i8, ptr %s, i64 216
  store i8 %24, ptr %26, align 1
  br label %endif

endif:                                            ; preds = %eval, %entry
  %27 = getelementptr inbounds i8, ptr %s, i64 223
  %done1 = load i8, ptr %27, align 1
  %28 = icmp eq i8 %done1, 0
  br i1 %28, label %eval2, label %endif3

eval2:                                            ; preds = %endif
  store i8 1, ptr %27, align 1
  %29 = getelementptr inbounds i8, ptr %s, i64 96
  %risk.i47 = load i32, ptr %29, align 4
  %30 = and i32 %risk.i47, 63
  %31 = zext nneg i32 %30 to i64
  %32 = lshr i64 1, %31
  %33 = trunc nuw nsw i64 %32 to i32
  %34 = getelementptr inbounds i8, ptr %s, i64 182
  %k.i48 = load i8, ptr %34, align 1
  %.not.i49 = icmp eq i8 %k.i48, 0
  %35 = select i1 %.not.i49, i32 2, i32 %33
  %36 = getelementptr inbounds i8, ptr %s, i64 192
  %out.i50 = load ptr, ptr %36, align 8
  %state.i51 = load i8, ptr %out.i50, align 1
  %37 = icmp eq i8 %state.i51, 0
  %38 = select i1 %37, i32 0, i32 %35
  %39 = icmp eq i32 %38, 0
  %40 = icmp eq i32 %38, 1
  %41 = getelementptr inbounds i8, ptr %s, i64 80
  %change.i52 = load double, ptr %41, align 8
  %42 = fcmp ole double %change.i52, 2.000000e+01
  %43 = getelementptr inbounds i8, ptr %s, i64 181
  %k1.i53 = load i8, ptr %43, align 1
  %.not2.i54 = icmp ne i8 %k1.i53, 0
  %44 = xor i1 %42, true
  %45 = select i1 %.not2.i54, i1 %44, i1 false
  %46 = or i1 %39, %45
  %47 = select i1 %.not2.i54, i1 %42, i1 false
  %48 = and i1 %40, %47
  %not..i = xor i1 %46, true
  %49 = select i1 %not..i, i1 %48, i1 false
  %50 = select i1 %49, i8 1, i8 2
  %51 = select i1 %46, i8 0, i8 %50
  %52 = getelementptr inbounds i8, ptr %s, i64 208
  store i8 %51, ptr %52, align 1
  %53 = getelementptr inbounds i8, ptr %s, i64 217
  store i8 %51, ptr %53, align 1
  br label %endif3

endif3:                                           ; preds = %eval2, %endif
  %54 = getelementptr inbounds i8, ptr %s, i64 224
  %trace = load ptr, ptr %54, align 8
  %.not = icmp eq ptr %trace, null
  br i1 %.not, label %endif5, label %loop.preheader

loop.preheader:                                   ; preds = %endif3
  %55 = getelementptr inbounds i8, ptr %trace, i64 8
  %56 = getelementptr inbounds i8, ptr %trace, i64 16
  %57 = getelementptr inbounds i8, ptr %trace, i64 24
  %len.i = load i64, ptr %55, align 8
  %cap.i = load i64, ptr %56, align 8
  %58 = icmp eq i64 %len.i, %cap.i
  br i1 %58, label %full.i.1, label %guide_trace_add.exit

endif5:                                           ; preds = %add.i.1, %full.i.1, %endif3
  %59 = getelementptr inbounds i8, ptr %s, i64 216
  %eff = load i8, ptr %59, align 1
  switch i8 %eff, label %next10 [
    i8 1, label %holds
    i8 2, label %unknown12
  ]

guide_trace_add.exit:                             ; preds = %loop.preheader
  %60 = getelementptr inbounds i8, ptr %s, i64 207
  %st = load i8, ptr %60, align 1
  %ev.i = load ptr, ptr %trace, align 8
  %61 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 0, ptr %61, align 1
  %62 = getelementptr inbounds i8, ptr %61, i64 1
  store i8 %st, ptr %62, align 1
  %63 = getelementptr inbounds i8, ptr %61, i64 4
  store i32 7, ptr %63, align 4
  %64 = add i64 %len.i, 1
  store i64 %64, ptr %55, align 8
  %cap.i.1.pre = load i64, ptr %56, align 8
  %65 = icmp eq i64 %64, %cap.i.1.pre
  br i1 %65, label %full.i.1, label %add.i.1

add.i.1:                                          ; preds = %guide_trace_add.exit
  %66 = getelementptr inbounds i8, ptr %s, i64 208
  %st.1 = load i8, ptr %66, align 1
  %ev.i.1 = load ptr, ptr %trace, align 8
  %67 = getelementptr inbounds %guide_event, ptr %ev.i.1, i64 %64
  store i8 0, ptr %67, align 1
  %68 = getelementptr inbounds i8, ptr %67, i64 1
  store i8 %st.1, ptr %68, align 1
  %69 = getelementptr inbounds i8, ptr %67, i64 4
  store i32 8, ptr %69, align 4
  %70 = add i64 %len.i, 2
  store i64 %70, ptr %55, align 8
  br label %endif5

full.i.1:                                         ; preds = %loop.preheader, %guide_trace_add.exit
  store i32 1, ptr %57, align 4
  br label %endif5

next10:                                           ; preds = %holds, %endif5, %unknown12
  %unknown.1 = phi i1 [ false, %endif5 ], [ true, %unknown12 ], [ false, %holds ]
  %71 = phi i1 [ true, %endif5 ], [ true, %unknown12 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif5 ], [ -1, %unknown12 ], [ 0, %holds ]
  %72 = getelementptr inbounds i8, ptr %s, i64 217
  %eff.1 = load i8, ptr %72, align 1
  switch i8 %eff.1, label %endif13 [
    i8 1, label %holds.1
    i8 2, label %undetermined
  ]

holds.1:                                          ; preds = %next10
  br i1 %71, label %endif13, label %conflict

holds:                                            ; preds = %endif5
  br label %next10

unknown12:                                        ; preds = %endif5
  br label %next10

common.ret:                                       ; preds = %endif26, %not_applicable, %undetermined, %conflict
  %common.ret.op = phi i32 [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif26 ]
  ret i32 %common.ret.op

conflict:                                         ; preds = %holds.1
  %73 = getelementptr inbounds i8, ptr %s, i64 192
  %out = load ptr, ptr %73, align 8
  %74 = getelementptr inbounds i8, ptr %out, i64 16
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %74, align 1
  %75 = getelementptr inbounds i8, ptr %s, i64 160
  %76 = getelementptr inbounds i8, ptr %s, i64 186
  store i8 0, ptr %76, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %75, i8 0, i64 16, i1 false)
  br label %common.ret

endif13:                                          ; preds = %next10, %holds.1
  %cls.1.1.ph = phi i32 [ 1, %holds.1 ], [ %cls.1, %next10 ]
  %none = icmp slt i32 %cls.1.1.ph, 0
  br i1 %unknown.1, label %some_unknown, label %endif15

some_unknown:                                     ; preds = %endif13
  br i1 %none, label %undetermined, label %body19.preheader

body19.preheader:                                 ; preds = %some_unknown
  %77 = icmp ne i32 %cls.1.1.ph, 0
  %78 = icmp eq i8 %eff, 2
  %79 = and i1 %78, %77
  br i1 %79, label %undetermined, label %endif26

endif15:                                          ; preds = %endif13
  br i1 %none, label %not_applicable, label %endif26

undetermined:                                     ; preds = %next10, %body19.preheader, %some_unknown
  %80 = getelementptr inbounds i8, ptr %s, i64 192
  %out25 = load ptr, ptr %80, align 8
  %81 = getelementptr inbounds i8, ptr %out25, i64 16
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %81, align 1
  %82 = getelementptr inbounds i8, ptr %s, i64 160
  %83 = getelementptr inbounds i8, ptr %s, i64 186
  store i8 0, ptr %83, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %82, i8 0, i64 16, i1 false)
  br label %common.ret

not_applicable:                                   ; preds = %endif15
  %84 = getelementptr inbounds i8, ptr %s, i64 192
  %out27 = load ptr, ptr %84, align 8
  %85 = getelementptr inbounds i8, ptr %out27, i64 16
  %86 = getelementptr inbounds i8, ptr %s, i64 160
  store i32 0, ptr %85, align 1
  %87 = getelementptr inbounds i8, ptr %s, i64 186
  store i8 0, ptr %87, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %86, i8 0, i64 16, i1 false)
  br label %common.ret

endif26:                                          ; preds = %body19.preheader, %endif15
  %88 = zext nneg i32 %cls.1.1.ph to i64
  %89 = getelementptr inbounds [2 x [2 x i64]], ptr @values.treat, i64 0, i64 %88
  %value.unpack = load i64, ptr %89, align 16
  %90 = getelementptr inbounds i8, ptr %s, i64 192
  %out28 = load ptr, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %out28, i64 16
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %91, align 1
  %92 = getelementptr inbounds i8, ptr %s, i64 160
  store i64 %value.unpack, ptr %92, align 8
  %.repack42 = getelementptr inbounds i8, ptr %s, i64 168
  store i64 0, ptr %.repack42, align 8
  %93 = getelementptr inbounds i8, ptr %s, i64 186
  store i8 1, ptr %93, align 1
  br label %common.ret
}

define internal fastcc noundef i1 @differs_in(ptr %0, ptr nocapture readonly %1, i32 %2, i32 %3, i32 %4, ptr %5) unnamed_addr {
entry:
  %6 = sext i32 %4 to i64
  %7 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %6
  %cells = load ptr, ptr %7, align 8
  %8 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %6
  %nc = load i32, ptr %8, align 4
  %9 = add nsw i64 %6, -11
  %10 = icmp ult i64 %9, -5
  %11 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  store i8 1, ptr %11, align 1
  %12 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  %13 = load <2 x i64>, ptr %cells, align 8
  store <2 x i64> %13, ptr %12, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 218
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %14, i8 0, i64 6, i1 false)
  %15 = getelementptr inbounds i8, ptr %0, i64 232
  store i64 -1, ptr %15, align 4
  %16 = tail call i32 %1(ptr %0, ptr %5)
  %17 = getelementptr inbounds i8, ptr %0, i64 192
  %out.i = load ptr, ptr %17, align 8
  %18 = sext i32 %2 to i64
  %19 = getelementptr %guide_output, ptr %out.i, i64 %18
  %20 = getelementptr i8, ptr %19, i64 -24
  %21 = load i8, ptr %20, align 1
  %22 = getelementptr i8, ptr %19, i64 -22
  %23 = load i8, ptr %22, align 1
  %24 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %18
  %.unpack.i = load i64, ptr %24, align 8
  %.elt1.i = getelementptr inbounds i8, ptr %24, i64 8
  %.unpack2.i24 = load double, ptr %.elt1.i, align 8
  %25 = lshr i64 59, %6
  %26 = and i64 %25, 1
  %27 = icmp ne i64 %26, 0
  %28 = select i1 %10, i1 %27, i1 false
  br i1 %28, label %body.lr.ph, label %common.ret

body.lr.ph:                                       ; preds = %entry
  %.not3.i = icmp eq i8 %21, 1
  %29 = bitcast i64 %.unpack.i to double
  %a.sroa.4.8.extract.trunc = trunc i64 %.unpack.i to i32
  %30 = sext i32 %nc to i64
  br label %body

body:                                             ; preds = %body.lr.ph, %endif
  %indvars.iv = phi i64 [ 1, %body.lr.ph ], [ %indvars.iv.next, %endif ]
  %31 = getelementptr inbounds [2 x i64], ptr %cells, i64 %indvars.iv
  %32 = load <2 x i64>, ptr %31, align 8
  store <2 x i64> %32, ptr %12, align 8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %14, i8 0, i64 6, i1 false)
  store i64 -1, ptr %15, align 4
  %33 = tail call i32 %1(ptr nonnull %0, ptr %5)
  %out.i12 = load ptr, ptr %17, align 8
  %34 = getelementptr %guide_output, ptr %out.i12, i64 %18
  %35 = getelementptr i8, ptr %34, i64 -24
  %36 = load i8, ptr %35, align 1
  %37 = getelementptr i8, ptr %34, i64 -22
  %38 = load i8, ptr %37, align 1
  %.unpack.i13 = load i64, ptr %24, align 8
  %.unpack2.i1525 = load double, ptr %.elt1.i, align 8
  %.not.i = icmp eq i8 %21, %36
  br i1 %.not.i, label %endif.i, label %common.ret

endif.i:                                          ; preds = %body
  br i1 %.not3.i, label %endif1.i, label %endif

endif1.i:                                         ; preds = %endif.i
  %39 = or i8 %38, %23
  %.not4.i = icmp eq i8 %39, 0
  br i1 %.not4.i, label %endif2.i, label %nd.i

nd.i:                                             ; preds = %endif1.i
  %40 = icmp eq i8 %23, %38
  br i1 %40, label %endif, label %common.ret

endif2.i:                                         ; preds = %endif1.i
  switch i32 %3, label %common.ret [
    i32 0, label %label.i
    i32 1, label %label.i
    i32 2, label %num.i
    i32 3, label %num.i
    i32 4, label %range.i
    i32 5, label %same_answer.exit
  ]

label.i:                                          ; preds = %endif2.i, %endif2.i
  %b.sroa.4.8.extract.trunc = trunc i64 %.unpack.i13 to i32
  %41 = icmp eq i32 %a.sroa.4.8.extract.trunc, %b.sroa.4.8.extract.trunc
  br i1 %41, label %endif, label %common.ret

num.i:                                            ; preds = %endif2.i, %endif2.i
  %42 = bitcast i64 %.unpack.i13 to double
  %43 = fcmp oeq double %29, %42
  br i1 %43, label %endif, label %common.ret

range.i:                                          ; preds = %endif2.i
  %44 = bitcast i64 %.unpack.i13 to double
  %45 = fcmp oeq double %29, %44
  %46 = fcmp oeq double %.unpack2.i24, %.unpack2.i1525
  %47 = and i1 %45, %46
  br i1 %47, label %endif, label %common.ret

same_answer.exit:                                 ; preds = %endif2.i
  %48 = icmp eq i64 %.unpack.i, %.unpack.i13
  br i1 %48, label %endif, label %common.ret

common.ret:                                       ; preds = %endif, %same_answer.exit, %nd.i, %label.i, %num.i, %range.i, %body, %endif2.i, %entry
  %.lcssa = phi i1 [ false, %entry ], [ true, %endif2.i ], [ true, %body ], [ true, %range.i ], [ true, %num.i ], [ true, %label.i ], [ true, %nd.i ], [ true, %same_answer.exit ], [ false, %endif ]
  ret i1 %.lcssa

endif:                                            ; preds = %endif.i, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %49 = icmp slt i64 %indvars.iv.next, %30
  br i1 %49, label %body, label %common.ret
}

define internal fastcc void @search(ptr nocapture %0, i32 %1, i64 %2, ptr nocapture %3, ptr nocapture readonly %4, i32 %5, ptr nocapture readonly %6, i32 %7, ptr nocapture readonly %8) unnamed_addr {
entry:
  %digit.i134 = alloca [4 x i32], align 4
  %others.i = alloca [4 x i32], align 4
  %probe = alloca [4 x i32], align 4
  %digit = alloca [4 x i32], align 4
  %scratch = alloca [5 x %guide_output], align 8
  %w = alloca %eval_state, align 8
  %is_search = alloca [11 x i8], align 1
  %sv = alloca [4 x i32], align 4
  %9 = sext i32 %1 to i64
  %10 = getelementptr inbounds i32, ptr @types, i64 %9
  %type = load i32, ptr %10, align 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(11) %is_search, i8 0, i64 11, i1 false)
  %11 = icmp sgt i32 %5, 0
  br i1 %11, label %body.preheader, label %loop2.preheader

body.preheader:                                   ; preds = %entry
  %wide.trip.count = zext nneg i32 %5 to i64
  %xtraiter = and i64 %wide.trip.count, 1
  %12 = icmp eq i32 %5, 1
  br i1 %12, label %loop2.preheader.loopexit.unr-lcssa, label %body.preheader.new

body.preheader.new:                               ; preds = %body.preheader
  %unroll_iter = and i64 %wide.trip.count, 2147483646
  br label %body

loop2.preheader.loopexit.unr-lcssa:               ; preds = %endif.1, %body.preheader
  %n.1.lcssa.ph = phi i32 [ poison, %body.preheader ], [ %n.1.1, %endif.1 ]
  %indvars.iv.unr = phi i64 [ 0, %body.preheader ], [ %indvars.iv.next.1, %endif.1 ]
  %n.0217.unr = phi i32 [ 0, %body.preheader ], [ %n.1.1, %endif.1 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %loop2.preheader, label %body.epil

body.epil:                                        ; preds = %loop2.preheader.loopexit.unr-lcssa
  %13 = getelementptr inbounds i32, ptr %4, i64 %indvars.iv.unr
  %v.epil = load i32, ptr %13, align 4
  %14 = sext i32 %v.epil to i64
  %15 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = icmp eq i8 %16, 0
  br i1 %17, label %unknown.epil, label %loop2.preheader

unknown.epil:                                     ; preds = %body.epil
  %18 = sext i32 %n.0217.unr to i64
  %19 = getelementptr inbounds i32, ptr %sv, i64 %18
  store i32 %v.epil, ptr %19, align 4
  %20 = add i32 %n.0217.unr, 1
  br label %loop2.preheader

loop2.preheader:                                  ; preds = %loop2.preheader.loopexit.unr-lcssa, %unknown.epil, %body.epil, %entry
  %n.0.lcssa = phi i32 [ 0, %entry ], [ %n.1.lcssa.ph, %loop2.preheader.loopexit.unr-lcssa ], [ %20, %unknown.epil ], [ %n.0217.unr, %body.epil ]
  %21 = icmp sgt i32 %7, 0
  br i1 %21, label %body3.lr.ph, label %loop11.preheader

body3.lr.ph:                                      ; preds = %loop2.preheader
  %v6 = load i32, ptr %6, align 4
  %22 = sext i32 %v6 to i64
  %23 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = icmp eq i8 %24, 0
  %.not = icmp eq i32 %7, 1
  br label %body3

body:                                             ; preds = %endif.1, %body.preheader.new
  %indvars.iv = phi i64 [ 0, %body.preheader.new ], [ %indvars.iv.next.1, %endif.1 ]
  %n.0217 = phi i32 [ 0, %body.preheader.new ], [ %n.1.1, %endif.1 ]
  %niter = phi i64 [ 0, %body.preheader.new ], [ %niter.next.1, %endif.1 ]
  %26 = getelementptr inbounds i32, ptr %4, i64 %indvars.iv
  %v = load i32, ptr %26, align 4
  %27 = sext i32 %v to i64
  %28 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %27
  %29 = load i8, ptr %28, align 1
  %30 = icmp eq i8 %29, 0
  br i1 %30, label %unknown, label %endif

unknown:                                          ; preds = %body
  %31 = sext i32 %n.0217 to i64
  %32 = getelementptr inbounds i32, ptr %sv, i64 %31
  store i32 %v, ptr %32, align 4
  %33 = add i32 %n.0217, 1
  br label %endif

endif:                                            ; preds = %unknown, %body
  %n.1 = phi i32 [ %33, %unknown ], [ %n.0217, %body ]
  %indvars.iv.next = or disjoint i64 %indvars.iv, 1
  %34 = getelementptr inbounds i32, ptr %4, i64 %indvars.iv.next
  %v.1 = load i32, ptr %34, align 4
  %35 = sext i32 %v.1 to i64
  %36 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %35
  %37 = load i8, ptr %36, align 1
  %38 = icmp eq i8 %37, 0
  br i1 %38, label %unknown.1, label %endif.1

unknown.1:                                        ; preds = %endif
  %39 = sext i32 %n.1 to i64
  %40 = getelementptr inbounds i32, ptr %sv, i64 %39
  store i32 %v.1, ptr %40, align 4
  %41 = add i32 %n.1, 1
  br label %endif.1

endif.1:                                          ; preds = %unknown.1, %endif
  %n.1.1 = phi i32 [ %41, %unknown.1 ], [ %n.1, %endif ]
  %indvars.iv.next.1 = add nuw nsw i64 %indvars.iv, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %loop2.preheader.loopexit.unr-lcssa, label %body

loop11.preheader:                                 ; preds = %endif8, %loop2.preheader
  %n.2.lcssa = phi i32 [ %n.0.lcssa, %loop2.preheader ], [ %n.3, %endif8 ]
  %42 = icmp sgt i32 %n.2.lcssa, 0
  br i1 %42, label %body12.preheader, label %done14.thread

body12.preheader:                                 ; preds = %loop11.preheader
  %wide.trip.count273 = zext nneg i32 %n.2.lcssa to i64
  %xtraiter325 = and i64 %wide.trip.count273, 1
  %43 = icmp eq i32 %n.2.lcssa, 1
  br i1 %43, label %done14.unr-lcssa, label %body12.preheader.new

body12.preheader.new:                             ; preds = %body12.preheader
  %unroll_iter328 = and i64 %wide.trip.count273, 2147483646
  br label %body12

body3:                                            ; preds = %body3.lr.ph, %endif8
  %n.2219 = phi i32 [ %n.0.lcssa, %body3.lr.ph ], [ %n.3, %endif8 ]
  br i1 %25, label %unknown7, label %endif8

unknown7:                                         ; preds = %body3
  %44 = sext i32 %n.2219 to i64
  %45 = getelementptr inbounds i32, ptr %sv, i64 %44
  store i32 %v6, ptr %45, align 4
  %46 = add i32 %n.2219, 1
  br label %endif8

endif8:                                           ; preds = %unknown7, %body3
  %n.3 = phi i32 [ %46, %unknown7 ], [ %n.2219, %body3 ]
  br i1 %.not, label %loop11.preheader, label %body3

body12:                                           ; preds = %body12, %body12.preheader.new
  %indvars.iv270 = phi i64 [ 0, %body12.preheader.new ], [ %indvars.iv.next271.1, %body12 ]
  %worlds.0222 = phi double [ 1.000000e+00, %body12.preheader.new ], [ %64, %body12 ]
  %niter329 = phi i64 [ 0, %body12.preheader.new ], [ %niter329.next.1, %body12 ]
  %47 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv270
  %v15 = load i32, ptr %47, align 4
  %48 = sext i32 %v15 to i64
  %49 = getelementptr inbounds i8, ptr %is_search, i64 %48
  store i8 1, ptr %49, align 1
  %50 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %48
  %nc = load i32, ptr %50, align 4
  %51 = add nsw i64 %48, -6
  %52 = icmp ult i64 %51, 5
  %53 = sitofp i32 %nc to double
  %54 = select i1 %52, double 1.000000e+00, double %53
  %55 = fmul double %worlds.0222, %54
  %indvars.iv.next271 = or disjoint i64 %indvars.iv270, 1
  %56 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next271
  %v15.1 = load i32, ptr %56, align 4
  %57 = sext i32 %v15.1 to i64
  %58 = getelementptr inbounds i8, ptr %is_search, i64 %57
  store i8 1, ptr %58, align 1
  %59 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %57
  %nc.1 = load i32, ptr %59, align 4
  %60 = add nsw i64 %57, -6
  %61 = icmp ult i64 %60, 5
  %62 = sitofp i32 %nc.1 to double
  %63 = select i1 %61, double 1.000000e+00, double %62
  %64 = fmul double %55, %63
  %indvars.iv.next271.1 = add nuw nsw i64 %indvars.iv270, 2
  %niter329.next.1 = add i64 %niter329, 2
  %niter329.ncmp.1 = icmp eq i64 %niter329.next.1, %unroll_iter328
  br i1 %niter329.ncmp.1, label %done14.unr-lcssa, label %body12

done14.unr-lcssa:                                 ; preds = %body12, %body12.preheader
  %.lcssa.ph = phi double [ poison, %body12.preheader ], [ %64, %body12 ]
  %indvars.iv270.unr = phi i64 [ 0, %body12.preheader ], [ %indvars.iv.next271.1, %body12 ]
  %worlds.0222.unr = phi double [ 1.000000e+00, %body12.preheader ], [ %64, %body12 ]
  %lcmp.mod326.not = icmp eq i64 %xtraiter325, 0
  br i1 %lcmp.mod326.not, label %done14, label %body12.epil

body12.epil:                                      ; preds = %done14.unr-lcssa
  %65 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv270.unr
  %v15.epil = load i32, ptr %65, align 4
  %66 = sext i32 %v15.epil to i64
  %67 = getelementptr inbounds i8, ptr %is_search, i64 %66
  store i8 1, ptr %67, align 1
  %68 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %66
  %nc.epil = load i32, ptr %68, align 4
  %69 = add nsw i64 %66, -6
  %70 = icmp ult i64 %69, 5
  %71 = sitofp i32 %nc.epil to double
  %72 = select i1 %70, double 1.000000e+00, double %71
  %73 = fmul double %worlds.0222.unr, %72
  br label %done14

done14:                                           ; preds = %done14.unr-lcssa, %body12.epil
  %.lcssa = phi double [ %.lcssa.ph, %done14.unr-lcssa ], [ %73, %body12.epil ]
  %74 = sitofp i64 %2 to double
  %75 = fcmp ogt double %.lcssa, %74
  br i1 %75, label %loop19.preheader, label %endif17

done14.thread:                                    ; preds = %loop11.preheader
  %76 = icmp slt i64 %2, 1
  br i1 %76, label %done22, label %endif17

loop19.preheader:                                 ; preds = %done14
  br i1 %42, label %body20.lr.ph, label %done22

body20.lr.ph:                                     ; preds = %loop19.preheader
  %77 = getelementptr inbounds i8, ptr %0, i64 176
  %78 = getelementptr inbounds i8, ptr %0, i64 177
  %79 = getelementptr inbounds i8, ptr %0, i64 178
  %wide.trip.count291 = zext nneg i32 %n.2.lcssa to i64
  br label %body20

endif17:                                          ; preds = %done14.thread, %done14
  %worlds.0.lcssa294 = phi double [ 1.000000e+00, %done14.thread ], [ %.lcssa, %done14 ]
  %nworlds = fptosi double %worlds.0.lcssa294 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(176) %w, ptr noundef nonnull align 8 dereferenceable(176) %0, i64 176, i1 false)
  %80 = getelementptr inbounds i8, ptr %w, i64 176
  %81 = getelementptr inbounds i8, ptr %0, i64 176
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(11) %80, ptr noundef nonnull align 1 dereferenceable(11) %81, i64 11, i1 false)
  %82 = getelementptr inbounds i8, ptr %w, i64 192
  store ptr %scratch, ptr %82, align 8
  %83 = getelementptr inbounds i8, ptr %w, i64 224
  store ptr null, ptr %83, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %digit, i8 0, i64 16, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %probe, i8 0, i64 16, i1 false)
  %84 = icmp sgt i64 %nworlds, 0
  br i1 %84, label %body23.lr.ph.lr.ph, label %loop30.preheader

body23.lr.ph.lr.ph:                               ; preds = %endif17
  %wide.trip.count.i = zext i32 %n.2.lcssa to i64
  %85 = getelementptr inbounds i8, ptr %w, i64 218
  %86 = getelementptr inbounds i8, ptr %w, i64 232
  %87 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %9
  %.elt1.i = getelementptr inbounds i8, ptr %87, i64 8
  br label %body23.lr.ph

body23.lr.ph:                                     ; preds = %body23.lr.ph.lr.ph, %next_block.exit
  %level.0.ph243 = phi i32 [ %n.2.lcssa, %body23.lr.ph.lr.ph ], [ %k.0.lcssa.i, %next_block.exit ]
  %at.0.ph242 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %160, %next_block.exit ]
  %first.sroa.11.0.ph241 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.11.1, %next_block.exit ]
  %first.sroa.6161.sroa.7.0.ph240 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.6161.sroa.7.1, %next_block.exit ]
  %first.sroa.6161.sroa.0.0.ph239 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.6161.sroa.0.1, %next_block.exit ]
  %first.sroa.4.0.ph238 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.4.1, %next_block.exit ]
  %first.sroa.0.0.ph237 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.0.1, %next_block.exit ]
  %88 = sext i32 %level.0.ph243 to i64
  br label %body23

body20:                                           ; preds = %body20.lr.ph, %ask_for.exit
  %indvars.iv288 = phi i64 [ 0, %body20.lr.ph ], [ %indvars.iv.next289, %ask_for.exit ]
  %89 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv288
  %90 = load i32, ptr %89, align 4
  %91 = icmp slt i32 %90, 5
  br i1 %91, label %input.i, label %loop.preheader.i

loop.preheader.i:                                 ; preds = %body20
  %92 = zext nneg i32 %90 to i64
  %93 = getelementptr inbounds [11 x [1 x i64]], ptr @cone_inputs, i64 0, i64 %92, i64 0
  %cone.i = load i64, ptr %93, align 8
  %94 = trunc i64 %cone.i to i1
  %95 = load i8, ptr %77, align 1
  %.not.i = icmp eq i8 %95, 0
  %96 = and i1 %.not.i, %94
  br i1 %96, label %ask.i, label %endif1.i

common.ret.sink.split.i:                          ; preds = %endif1.1.i, %input.i
  %.sink.i = phi ptr [ %102, %input.i ], [ %3, %endif1.1.i ]
  %.sink8.i = phi i64 [ %104, %input.i ], [ 4, %endif1.1.i ]
  %97 = load i64, ptr %.sink.i, align 8
  %98 = or i64 %97, %.sink8.i
  store i64 %98, ptr %.sink.i, align 8
  br label %ask_for.exit

input.i:                                          ; preds = %body20
  %99 = sdiv i32 %90, 64
  %100 = srem i32 %90, 64
  %101 = sext i32 %99 to i64
  %102 = getelementptr inbounds i64, ptr %3, i64 %101
  %103 = zext nneg i32 %100 to i64
  %104 = shl nuw i64 1, %103
  br label %common.ret.sink.split.i

ask.i:                                            ; preds = %loop.preheader.i
  %105 = load i64, ptr %3, align 8
  %106 = or i64 %105, 1
  store i64 %106, ptr %3, align 8
  br label %endif1.i

endif1.i:                                         ; preds = %ask.i, %loop.preheader.i
  %107 = icmp eq i32 %90, 5
  %108 = load i8, ptr %78, align 1
  %.not.1.i = icmp eq i8 %108, 0
  %109 = and i1 %107, %.not.1.i
  br i1 %109, label %ask.1.i, label %endif1.1.i

ask.1.i:                                          ; preds = %endif1.i
  %110 = load i64, ptr %3, align 8
  %111 = or i64 %110, 2
  store i64 %111, ptr %3, align 8
  br label %endif1.1.i

endif1.1.i:                                       ; preds = %ask.1.i, %endif1.i
  %112 = load i8, ptr %79, align 1
  %.not.2.i = icmp eq i8 %112, 0
  %113 = and i1 %107, %.not.2.i
  br i1 %113, label %common.ret.sink.split.i, label %ask_for.exit

ask_for.exit:                                     ; preds = %common.ret.sink.split.i, %endif1.1.i
  %indvars.iv.next289 = add nuw nsw i64 %indvars.iv288, 1
  %exitcond292.not = icmp eq i64 %indvars.iv.next289, %wide.trip.count291
  br i1 %exitcond292.not, label %done22, label %body20

common.ret:                                       ; preds = %done39, %done33, %done22
  ret void

done22:                                           ; preds = %ask_for.exit, %done14.thread, %loop19.preheader
  %114 = getelementptr inbounds i8, ptr %0, i64 192
  %out = load ptr, ptr %114, align 8
  %115 = getelementptr %guide_output, ptr %out, i64 %9
  %116 = getelementptr i8, ptr %115, i64 -24
  store <4 x i8> <i8 2, i8 3, i8 0, i8 0>, ptr %116, align 1
  %117 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %9
  %118 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %9
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %117, i8 0, i64 16, i1 false)
  store i8 0, ptr %118, align 1
  br label %common.ret

body23:                                           ; preds = %set_block.exit, %body23.lr.ph
  %indvars.iv275 = phi i64 [ %88, %body23.lr.ph ], [ %indvars.iv.next276, %set_block.exit ]
  br i1 %42, label %body.i, label %set_block.exit

body.i:                                           ; preds = %body23, %endif.i
  %indvars.iv.i = phi i64 [ %indvars.iv.next.i, %endif.i ], [ 0, %body23 ]
  %block.09.i = phi i64 [ %block.1.i, %endif.i ], [ 1, %body23 ]
  %119 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i
  %v.i = load i32, ptr %119, align 4
  %open.i = icmp sge i64 %indvars.iv.i, %indvars.iv275
  %120 = zext i1 %open.i to i8
  %121 = sext i32 %v.i to i64
  %122 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %121
  store i8 %120, ptr %122, align 1
  %123 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %121
  %cells.i = load ptr, ptr %123, align 8
  %124 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i
  %digit.i = load i32, ptr %124, align 4
  %125 = sext i32 %digit.i to i64
  %126 = getelementptr inbounds [2 x i64], ptr %cells.i, i64 %125
  %127 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %121
  %128 = load <2 x i64>, ptr %126, align 8
  store <2 x i64> %128, ptr %127, align 8
  br i1 %open.i, label %endif.i, label %in_block.i

in_block.i:                                       ; preds = %body.i
  %129 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %121
  %nc.i = load i32, ptr %129, align 4
  %130 = add nsw i64 %121, -6
  %131 = icmp ult i64 %130, 5
  %132 = zext i32 %nc.i to i64
  %133 = select i1 %131, i64 1, i64 %132
  %134 = mul i64 %133, %block.09.i
  br label %endif.i

endif.i:                                          ; preds = %in_block.i, %body.i
  %block.1.i = phi i64 [ %134, %in_block.i ], [ %block.09.i, %body.i ]
  %indvars.iv.next.i = add nuw nsw i64 %indvars.iv.i, 1
  %exitcond.not.i = icmp eq i64 %indvars.iv.next.i, %wide.trip.count.i
  br i1 %exitcond.not.i, label %set_block.exit, label %body.i

set_block.exit:                                   ; preds = %endif.i, %body23
  %block.0.lcssa.i = phi i64 [ 1, %body23 ], [ %block.1.i, %endif.i ]
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %85, i8 0, i64 6, i1 false)
  store i64 -1, ptr %86, align 8
  %135 = call i32 %8(ptr nonnull %w, ptr nonnull %is_search)
  %136 = icmp eq i32 %135, 0
  %137 = icmp sgt i64 %indvars.iv275, 0
  %138 = and i1 %137, %136
  %indvars.iv.next276 = add nsw i64 %indvars.iv275, -1
  br i1 %138, label %body23, label %take

take:                                             ; preds = %set_block.exit
  %139 = trunc nsw i64 %indvars.iv275 to i32
  %out.i = load ptr, ptr %82, align 8
  %140 = getelementptr %guide_output, ptr %out.i, i64 %9
  %141 = getelementptr i8, ptr %140, i64 -24
  %142 = load i8, ptr %141, align 1
  %143 = getelementptr i8, ptr %140, i64 -22
  %144 = load i8, ptr %143, align 1
  %.unpack.i68 = load i64, ptr %87, align 8
  %.unpack2.i = load i64, ptr %.elt1.i, align 8
  %145 = icmp eq i64 %at.0.ph242, 0
  br i1 %145, label %first24, label %later

first24:                                          ; preds = %take
  %first.sroa.6161.sroa.0.0.extract.trunc = trunc i64 %.unpack.i68 to i32
  %first.sroa.6161.sroa.7.0.extract.shift = lshr i64 %.unpack.i68, 32
  %first.sroa.6161.sroa.7.0.extract.trunc = trunc nuw i64 %first.sroa.6161.sroa.7.0.extract.shift to i32
  br label %advance

later:                                            ; preds = %take
  %.not.i69 = icmp eq i8 %first.sroa.0.0.ph237, %142
  br i1 %.not.i69, label %endif.i70, label %differs

endif.i70:                                        ; preds = %later
  %.not3.i = icmp eq i8 %first.sroa.0.0.ph237, 1
  br i1 %.not3.i, label %endif1.i71, label %advance

endif1.i71:                                       ; preds = %endif.i70
  %146 = or i8 %144, %first.sroa.4.0.ph238
  %.not4.i = icmp eq i8 %146, 0
  br i1 %.not4.i, label %endif2.i, label %nd.i

nd.i:                                             ; preds = %endif1.i71
  %147 = icmp eq i8 %first.sroa.4.0.ph238, %144
  br i1 %147, label %advance, label %differs

endif2.i:                                         ; preds = %endif1.i71
  switch i32 %type, label %differs [
    i32 0, label %label.i
    i32 1, label %label.i
    i32 2, label %num.i
    i32 3, label %num.i
    i32 4, label %range.i
    i32 5, label %same_answer.exit
  ]

label.i:                                          ; preds = %endif2.i, %endif2.i
  %a.sroa.7.8.extract.trunc = trunc i64 %.unpack.i68 to i32
  %148 = icmp eq i32 %first.sroa.6161.sroa.0.0.ph239, %a.sroa.7.8.extract.trunc
  br i1 %148, label %advance, label %differs

num.i:                                            ; preds = %endif2.i, %endif2.i
  %first.sroa.6161.sroa.7.0.insert.ext174 = zext i32 %first.sroa.6161.sroa.7.0.ph240 to i64
  %first.sroa.6161.sroa.7.0.insert.shift175 = shl nuw i64 %first.sroa.6161.sroa.7.0.insert.ext174, 32
  %first.sroa.6161.sroa.0.0.insert.ext165 = zext i32 %first.sroa.6161.sroa.0.0.ph239 to i64
  %first.sroa.6161.sroa.0.0.insert.insert167 = or disjoint i64 %first.sroa.6161.sroa.7.0.insert.shift175, %first.sroa.6161.sroa.0.0.insert.ext165
  %149 = bitcast i64 %first.sroa.6161.sroa.0.0.insert.insert167 to double
  %150 = bitcast i64 %.unpack.i68 to double
  %151 = fcmp oeq double %149, %150
  br i1 %151, label %advance, label %differs

range.i:                                          ; preds = %endif2.i
  %first.sroa.6161.sroa.7.0.insert.ext = zext i32 %first.sroa.6161.sroa.7.0.ph240 to i64
  %first.sroa.6161.sroa.7.0.insert.shift = shl nuw i64 %first.sroa.6161.sroa.7.0.insert.ext, 32
  %first.sroa.6161.sroa.0.0.insert.ext = zext i32 %first.sroa.6161.sroa.0.0.ph239 to i64
  %first.sroa.6161.sroa.0.0.insert.insert = or disjoint i64 %first.sroa.6161.sroa.7.0.insert.shift, %first.sroa.6161.sroa.0.0.insert.ext
  %152 = bitcast i64 %first.sroa.6161.sroa.0.0.insert.insert to double
  %153 = bitcast i64 %.unpack.i68 to double
  %154 = fcmp oeq double %152, %153
  %155 = bitcast i64 %first.sroa.11.0.ph241 to double
  %156 = bitcast i64 %.unpack2.i to double
  %157 = fcmp oeq double %155, %156
  %158 = and i1 %154, %157
  br i1 %158, label %advance, label %differs

same_answer.exit:                                 ; preds = %endif2.i
  %first.sroa.6161.sroa.7.0.insert.ext182 = zext i32 %first.sroa.6161.sroa.7.0.ph240 to i64
  %first.sroa.6161.sroa.7.0.insert.shift183 = shl nuw i64 %first.sroa.6161.sroa.7.0.insert.ext182, 32
  %first.sroa.6161.sroa.0.0.insert.ext171 = zext i32 %first.sroa.6161.sroa.0.0.ph239 to i64
  %first.sroa.6161.sroa.0.0.insert.insert173 = or disjoint i64 %first.sroa.6161.sroa.7.0.insert.shift183, %first.sroa.6161.sroa.0.0.insert.ext171
  %159 = icmp eq i64 %first.sroa.6161.sroa.0.0.insert.insert173, %.unpack.i68
  br i1 %159, label %advance, label %differs

advance:                                          ; preds = %endif.i70, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit, %differs, %first24
  %first.sroa.0.1 = phi i8 [ %142, %first24 ], [ 1, %same_answer.exit ], [ %first.sroa.0.0.ph237, %differs ], [ 1, %nd.i ], [ 1, %label.i ], [ 1, %num.i ], [ 1, %range.i ], [ %first.sroa.0.0.ph237, %endif.i70 ]
  %first.sroa.4.1 = phi i8 [ %144, %first24 ], [ %first.sroa.4.0.ph238, %same_answer.exit ], [ %first.sroa.4.0.ph238, %differs ], [ %first.sroa.4.0.ph238, %nd.i ], [ %first.sroa.4.0.ph238, %label.i ], [ %first.sroa.4.0.ph238, %num.i ], [ %first.sroa.4.0.ph238, %range.i ], [ %first.sroa.4.0.ph238, %endif.i70 ]
  %first.sroa.6161.sroa.0.1 = phi i32 [ %first.sroa.6161.sroa.0.0.extract.trunc, %first24 ], [ %first.sroa.6161.sroa.0.0.ph239, %same_answer.exit ], [ %first.sroa.6161.sroa.0.0.ph239, %differs ], [ %first.sroa.6161.sroa.0.0.ph239, %nd.i ], [ %first.sroa.6161.sroa.0.0.ph239, %label.i ], [ %first.sroa.6161.sroa.0.0.ph239, %num.i ], [ %first.sroa.6161.sroa.0.0.ph239, %range.i ], [ %first.sroa.6161.sroa.0.0.ph239, %endif.i70 ]
  %first.sroa.6161.sroa.7.1 = phi i32 [ %first.sroa.6161.sroa.7.0.extract.trunc, %first24 ], [ %first.sroa.6161.sroa.7.0.ph240, %same_answer.exit ], [ %first.sroa.6161.sroa.7.0.ph240, %differs ], [ %first.sroa.6161.sroa.7.0.ph240, %nd.i ], [ %first.sroa.6161.sroa.7.0.ph240, %label.i ], [ %first.sroa.6161.sroa.7.0.ph240, %num.i ], [ %first.sroa.6161.sroa.7.0.ph240, %range.i ], [ %first.sroa.6161.sroa.7.0.ph240, %endif.i70 ]
  %first.sroa.11.1 = phi i64 [ %.unpack2.i, %first24 ], [ %first.sroa.11.0.ph241, %same_answer.exit ], [ %first.sroa.11.0.ph241, %differs ], [ %first.sroa.11.0.ph241, %nd.i ], [ %first.sroa.11.0.ph241, %label.i ], [ %first.sroa.11.0.ph241, %num.i ], [ %first.sroa.11.0.ph241, %range.i ], [ %first.sroa.11.0.ph241, %endif.i70 ]
  %same.1 = phi i1 [ true, %first24 ], [ true, %same_answer.exit ], [ false, %differs ], [ true, %nd.i ], [ true, %label.i ], [ true, %num.i ], [ true, %range.i ], [ true, %endif.i70 ]
  %160 = add i64 %block.0.lcssa.i, %at.0.ph242
  %161 = icmp sgt i32 %n.2.lcssa, %139
  br i1 %161, label %inc.preheader.i, label %next_block.exit

inc.preheader.i:                                  ; preds = %advance
  %sext = shl i64 %indvars.iv275, 32
  %162 = ashr exact i64 %sext, 32
  br label %inc.i

inc.i:                                            ; preds = %wrap.i, %inc.preheader.i
  %indvars.iv.i73 = phi i64 [ %162, %inc.preheader.i ], [ %indvars.iv.next.i76, %wrap.i ]
  %163 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i73
  %164 = load i32, ptr %163, align 4
  %165 = add i32 %164, 1
  store i32 %165, ptr %163, align 4
  %166 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i73
  %v.i74 = load i32, ptr %166, align 4
  %167 = sext i32 %v.i74 to i64
  %168 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %167
  %nc.i75 = load i32, ptr %168, align 4
  %169 = add nsw i64 %167, -6
  %170 = icmp ult i64 %169, 5
  %171 = select i1 %170, i32 1, i32 %nc.i75
  %172 = icmp eq i32 %165, %171
  br i1 %172, label %wrap.i, label %out.loopexit.split.loop.exit.i

wrap.i:                                           ; preds = %inc.i
  store i32 0, ptr %163, align 4
  %indvars.iv.next.i76 = add nsw i64 %indvars.iv.i73, 1
  %lftr.wideiv.i = trunc i64 %indvars.iv.next.i76 to i32
  %exitcond.not.i77 = icmp eq i32 %n.2.lcssa, %lftr.wideiv.i
  br i1 %exitcond.not.i77, label %next_block.exit, label %inc.i

out.loopexit.split.loop.exit.i:                   ; preds = %inc.i
  %173 = trunc nsw i64 %indvars.iv.i73 to i32
  br label %next_block.exit

next_block.exit:                                  ; preds = %wrap.i, %advance, %out.loopexit.split.loop.exit.i
  %k.0.lcssa.i = phi i32 [ %139, %advance ], [ %173, %out.loopexit.split.loop.exit.i ], [ %n.2.lcssa, %wrap.i ]
  %174 = icmp slt i64 %160, %nworlds
  %175 = and i1 %174, %same.1
  br i1 %175, label %body23.lr.ph, label %searched

searched:                                         ; preds = %next_block.exit
  br i1 %same.1, label %loop30.preheader, label %endif28

loop30.preheader:                                 ; preds = %endif17, %searched
  %first.sroa.11.0.ph.lcssa305 = phi i64 [ %first.sroa.11.1, %searched ], [ 0, %endif17 ]
  %first.sroa.6161.sroa.7.0.ph.lcssa304 = phi i32 [ %first.sroa.6161.sroa.7.1, %searched ], [ 0, %endif17 ]
  %first.sroa.6161.sroa.0.0.ph.lcssa303 = phi i32 [ %first.sroa.6161.sroa.0.1, %searched ], [ 0, %endif17 ]
  %first.sroa.4.0.ph.lcssa302 = phi i8 [ %first.sroa.4.1, %searched ], [ 0, %endif17 ]
  %first.sroa.0.0.ph.lcssa301 = phi i8 [ %first.sroa.0.1, %searched ], [ 0, %endif17 ]
  br i1 %42, label %body31.lr.ph, label %done33

body31.lr.ph:                                     ; preds = %loop30.preheader
  %176 = getelementptr inbounds i8, ptr %0, i64 177
  %177 = getelementptr inbounds i8, ptr %0, i64 178
  %wide.trip.count286 = zext nneg i32 %n.2.lcssa to i64
  br label %body31

differs:                                          ; preds = %endif2.i, %later, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %probe, ptr noundef nonnull align 4 dereferenceable(16) %digit, i64 16, i1 false)
  br label %advance

endif28:                                          ; preds = %searched
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %digit, i8 0, i64 16, i1 false)
  br i1 %42, label %body37.lr.ph, label %done39

body37.lr.ph:                                     ; preds = %endif28
  %wide.trip.count.i94 = zext nneg i32 %n.2.lcssa to i64
  %178 = getelementptr inbounds i8, ptr %w, i64 218
  %179 = getelementptr inbounds i8, ptr %w, i64 232
  %180 = getelementptr inbounds i8, ptr %0, i64 177
  %181 = getelementptr inbounds i8, ptr %0, i64 178
  %182 = add nsw i64 %wide.trip.count.i, -1
  %xtraiter330 = and i64 %wide.trip.count.i, 1
  %183 = icmp eq i64 %182, 0
  %unroll_iter332 = and i64 %wide.trip.count.i, 2147483646
  %lcmp.mod331.not = icmp eq i64 %xtraiter330, 0
  %xtraiter334 = and i64 %wide.trip.count.i, 1
  %184 = icmp eq i64 %182, 0
  %unroll_iter336 = and i64 %wide.trip.count.i, 2147483646
  %lcmp.mod335.not = icmp eq i64 %xtraiter334, 0
  %xtraiter338 = and i64 %wide.trip.count.i, 1
  %185 = icmp eq i64 %182, 0
  %unroll_iter341 = and i64 %wide.trip.count.i, 2147483646
  %lcmp.mod339.not = icmp eq i64 %xtraiter338, 0
  br label %body.i95.preheader

body31:                                           ; preds = %body31.lr.ph, %ask_for.exit91
  %indvars.iv283 = phi i64 [ 0, %body31.lr.ph ], [ %indvars.iv.next284, %ask_for.exit91 ]
  %186 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv283
  %187 = load i32, ptr %186, align 4
  %188 = icmp slt i32 %187, 5
  br i1 %188, label %input.i90, label %loop.preheader.i78

loop.preheader.i78:                               ; preds = %body31
  %189 = zext nneg i32 %187 to i64
  %190 = getelementptr inbounds [11 x [1 x i64]], ptr @cone_inputs, i64 0, i64 %189, i64 0
  %cone.i79 = load i64, ptr %190, align 8
  %191 = trunc i64 %cone.i79 to i1
  %192 = load i8, ptr %81, align 1
  %.not.i80 = icmp eq i8 %192, 0
  %193 = and i1 %.not.i80, %191
  br i1 %193, label %ask.i89, label %endif1.i81

common.ret.sink.split.i85:                        ; preds = %endif1.1.i83, %input.i90
  %.sink.i86 = phi ptr [ %199, %input.i90 ], [ %3, %endif1.1.i83 ]
  %.sink8.i87 = phi i64 [ %201, %input.i90 ], [ 4, %endif1.1.i83 ]
  %194 = load i64, ptr %.sink.i86, align 8
  %195 = or i64 %194, %.sink8.i87
  store i64 %195, ptr %.sink.i86, align 8
  br label %ask_for.exit91

input.i90:                                        ; preds = %body31
  %196 = sdiv i32 %187, 64
  %197 = srem i32 %187, 64
  %198 = sext i32 %196 to i64
  %199 = getelementptr inbounds i64, ptr %3, i64 %198
  %200 = zext nneg i32 %197 to i64
  %201 = shl nuw i64 1, %200
  br label %common.ret.sink.split.i85

ask.i89:                                          ; preds = %loop.preheader.i78
  %202 = load i64, ptr %3, align 8
  %203 = or i64 %202, 1
  store i64 %203, ptr %3, align 8
  br label %endif1.i81

endif1.i81:                                       ; preds = %ask.i89, %loop.preheader.i78
  %204 = icmp eq i32 %187, 5
  %205 = load i8, ptr %176, align 1
  %.not.1.i82 = icmp eq i8 %205, 0
  %206 = and i1 %204, %.not.1.i82
  br i1 %206, label %ask.1.i88, label %endif1.1.i83

ask.1.i88:                                        ; preds = %endif1.i81
  %207 = load i64, ptr %3, align 8
  %208 = or i64 %207, 2
  store i64 %208, ptr %3, align 8
  br label %endif1.1.i83

endif1.1.i83:                                     ; preds = %ask.1.i88, %endif1.i81
  %209 = load i8, ptr %177, align 1
  %.not.2.i84 = icmp eq i8 %209, 0
  %210 = and i1 %204, %.not.2.i84
  br i1 %210, label %common.ret.sink.split.i85, label %ask_for.exit91

ask_for.exit91:                                   ; preds = %common.ret.sink.split.i85, %endif1.1.i83
  %indvars.iv.next284 = add nuw nsw i64 %indvars.iv283, 1
  %exitcond287.not = icmp eq i64 %indvars.iv.next284, %wide.trip.count286
  br i1 %exitcond287.not, label %done33, label %body31

done33:                                           ; preds = %ask_for.exit91, %loop30.preheader
  %211 = getelementptr inbounds i8, ptr %0, i64 192
  %out34 = load ptr, ptr %211, align 8
  %212 = getelementptr %guide_output, ptr %out34, i64 %9
  %213 = getelementptr i8, ptr %212, i64 -24
  store i8 %first.sroa.0.0.ph.lcssa301, ptr %213, align 1
  %214 = getelementptr i8, ptr %212, i64 -23
  store i8 1, ptr %214, align 1
  %215 = getelementptr i8, ptr %212, i64 -22
  store i8 %first.sroa.4.0.ph.lcssa302, ptr %215, align 1
  %216 = getelementptr i8, ptr %212, i64 -21
  store i8 0, ptr %216, align 1
  %first.sroa.6161.sroa.7.0.insert.ext178 = zext i32 %first.sroa.6161.sroa.7.0.ph.lcssa304 to i64
  %first.sroa.6161.sroa.7.0.insert.shift179 = shl nuw i64 %first.sroa.6161.sroa.7.0.insert.ext178, 32
  %first.sroa.6161.sroa.0.0.insert.ext168 = zext i32 %first.sroa.6161.sroa.0.0.ph.lcssa303 to i64
  %first.sroa.6161.sroa.0.0.insert.insert170 = or disjoint i64 %first.sroa.6161.sroa.7.0.insert.shift179, %first.sroa.6161.sroa.0.0.insert.ext168
  %217 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %9
  store i64 %first.sroa.6161.sroa.0.0.insert.insert170, ptr %217, align 8
  %.repack65 = getelementptr inbounds i8, ptr %217, i64 8
  store i64 %first.sroa.11.0.ph.lcssa305, ptr %.repack65, align 8
  %218 = icmp eq i8 %first.sroa.0.0.ph.lcssa301, 1
  %219 = icmp eq i8 %first.sroa.4.0.ph.lcssa302, 0
  %220 = and i1 %218, %219
  %221 = zext i1 %220 to i8
  %222 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %9
  store i8 %221, ptr %222, align 1
  br label %common.ret

body.i95.preheader:                               ; preds = %endif43, %body37.lr.ph
  %indvars.iv278 = phi i64 [ 0, %body37.lr.ph ], [ %indvars.iv.next279, %endif43 ]
  %223 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv278
  %x = load i32, ptr %223, align 4
  br i1 %183, label %set_block.exit112.unr-lcssa, label %body.i95

body.i95:                                         ; preds = %body.i95.preheader, %body.i95
  %indvars.iv.i96 = phi i64 [ %indvars.iv.next.i110.1, %body.i95 ], [ 0, %body.i95.preheader ]
  %niter333 = phi i64 [ %niter333.next.1, %body.i95 ], [ 0, %body.i95.preheader ]
  %224 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i96
  %v.i98 = load i32, ptr %224, align 4
  %225 = sext i32 %v.i98 to i64
  %226 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %225
  store i8 1, ptr %226, align 1
  %227 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %225
  %cells.i100 = load ptr, ptr %227, align 8
  %228 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i96
  %digit.i101 = load i32, ptr %228, align 4
  %229 = sext i32 %digit.i101 to i64
  %230 = getelementptr inbounds [2 x i64], ptr %cells.i100, i64 %229
  %231 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %225
  %232 = load <2 x i64>, ptr %230, align 8
  store <2 x i64> %232, ptr %231, align 8
  %indvars.iv.next.i110 = or disjoint i64 %indvars.iv.i96, 1
  %233 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i110
  %v.i98.1 = load i32, ptr %233, align 4
  %234 = sext i32 %v.i98.1 to i64
  %235 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %234
  store i8 1, ptr %235, align 1
  %236 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %234
  %cells.i100.1 = load ptr, ptr %236, align 8
  %237 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.next.i110
  %digit.i101.1 = load i32, ptr %237, align 4
  %238 = sext i32 %digit.i101.1 to i64
  %239 = getelementptr inbounds [2 x i64], ptr %cells.i100.1, i64 %238
  %240 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %234
  %241 = load <2 x i64>, ptr %239, align 8
  store <2 x i64> %241, ptr %240, align 8
  %indvars.iv.next.i110.1 = add nuw nsw i64 %indvars.iv.i96, 2
  %niter333.next.1 = add i64 %niter333, 2
  %niter333.ncmp.1 = icmp eq i64 %niter333.next.1, %unroll_iter332
  br i1 %niter333.ncmp.1, label %set_block.exit112.unr-lcssa, label %body.i95

set_block.exit112.unr-lcssa:                      ; preds = %body.i95, %body.i95.preheader
  %indvars.iv.i96.unr = phi i64 [ 0, %body.i95.preheader ], [ %indvars.iv.next.i110.1, %body.i95 ]
  br i1 %lcmp.mod331.not, label %set_block.exit112, label %body.i95.epil

body.i95.epil:                                    ; preds = %set_block.exit112.unr-lcssa
  %242 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i96.unr
  %v.i98.epil = load i32, ptr %242, align 4
  %243 = sext i32 %v.i98.epil to i64
  %244 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %243
  store i8 1, ptr %244, align 1
  %245 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %243
  %cells.i100.epil = load ptr, ptr %245, align 8
  %246 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i96.unr
  %digit.i101.epil = load i32, ptr %246, align 4
  %247 = sext i32 %digit.i101.epil to i64
  %248 = getelementptr inbounds [2 x i64], ptr %cells.i100.epil, i64 %247
  %249 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %243
  %250 = load <2 x i64>, ptr %248, align 8
  store <2 x i64> %250, ptr %249, align 8
  br label %set_block.exit112

set_block.exit112:                                ; preds = %set_block.exit112.unr-lcssa, %body.i95.epil
  %251 = call fastcc i1 @differs_in(ptr nonnull %w, ptr %8, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %251, label %ask, label %body.i116.preheader

body.i116.preheader:                              ; preds = %set_block.exit112
  br i1 %184, label %endif41.unr-lcssa, label %body.i116

done39:                                           ; preds = %endif43, %endif28
  %252 = getelementptr inbounds i8, ptr %0, i64 192
  %out44 = load ptr, ptr %252, align 8
  %253 = getelementptr %guide_output, ptr %out44, i64 %9
  %254 = getelementptr i8, ptr %253, i64 -24
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %254, align 1
  %255 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %9
  %256 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %255, i8 0, i64 16, i1 false)
  store i8 0, ptr %256, align 1
  br label %common.ret

body.i116:                                        ; preds = %body.i116.preheader, %body.i116
  %indvars.iv.i117 = phi i64 [ %indvars.iv.next.i131.1, %body.i116 ], [ 0, %body.i116.preheader ]
  %niter337 = phi i64 [ %niter337.next.1, %body.i116 ], [ 0, %body.i116.preheader ]
  %257 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i117
  %v.i119 = load i32, ptr %257, align 4
  %258 = sext i32 %v.i119 to i64
  %259 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %258
  store i8 1, ptr %259, align 1
  %260 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %258
  %cells.i121 = load ptr, ptr %260, align 8
  %261 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.i117
  %digit.i122 = load i32, ptr %261, align 4
  %262 = sext i32 %digit.i122 to i64
  %263 = getelementptr inbounds [2 x i64], ptr %cells.i121, i64 %262
  %264 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %258
  %265 = load <2 x i64>, ptr %263, align 8
  store <2 x i64> %265, ptr %264, align 8
  %indvars.iv.next.i131 = or disjoint i64 %indvars.iv.i117, 1
  %266 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i131
  %v.i119.1 = load i32, ptr %266, align 4
  %267 = sext i32 %v.i119.1 to i64
  %268 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %267
  store i8 1, ptr %268, align 1
  %269 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %267
  %cells.i121.1 = load ptr, ptr %269, align 8
  %270 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.next.i131
  %digit.i122.1 = load i32, ptr %270, align 4
  %271 = sext i32 %digit.i122.1 to i64
  %272 = getelementptr inbounds [2 x i64], ptr %cells.i121.1, i64 %271
  %273 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %267
  %274 = load <2 x i64>, ptr %272, align 8
  store <2 x i64> %274, ptr %273, align 8
  %indvars.iv.next.i131.1 = add nuw nsw i64 %indvars.iv.i117, 2
  %niter337.next.1 = add i64 %niter337, 2
  %niter337.ncmp.1 = icmp eq i64 %niter337.next.1, %unroll_iter336
  br i1 %niter337.ncmp.1, label %endif41.unr-lcssa, label %body.i116

endif41.unr-lcssa:                                ; preds = %body.i116, %body.i116.preheader
  %indvars.iv.i117.unr = phi i64 [ 0, %body.i116.preheader ], [ %indvars.iv.next.i131.1, %body.i116 ]
  br i1 %lcmp.mod335.not, label %endif41, label %body.i116.epil

body.i116.epil:                                   ; preds = %endif41.unr-lcssa
  %275 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i117.unr
  %v.i119.epil = load i32, ptr %275, align 4
  %276 = sext i32 %v.i119.epil to i64
  %277 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %276
  store i8 1, ptr %277, align 1
  %278 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %276
  %cells.i121.epil = load ptr, ptr %278, align 8
  %279 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.i117.unr
  %digit.i122.epil = load i32, ptr %279, align 4
  %280 = sext i32 %digit.i122.epil to i64
  %281 = getelementptr inbounds [2 x i64], ptr %cells.i121.epil, i64 %280
  %282 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %276
  %283 = load <2 x i64>, ptr %281, align 8
  store <2 x i64> %283, ptr %282, align 8
  br label %endif41

endif41:                                          ; preds = %endif41.unr-lcssa, %body.i116.epil
  %284 = call fastcc i1 @differs_in(ptr nonnull %w, ptr %8, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %284, label %ask, label %body.preheader.i139

body.preheader.i139:                              ; preds = %endif41
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %digit.i134)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %others.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %digit.i134, i8 0, i64 16, i1 false)
  br i1 %185, label %done.i.unr-lcssa, label %body.i141

body.i141:                                        ; preds = %body.preheader.i139, %endif.i144.1
  %indvars.iv.i142 = phi i64 [ %indvars.iv.next.i145.1, %endif.i144.1 ], [ 0, %body.preheader.i139 ]
  %m.024.i = phi i32 [ %m.1.i.1, %endif.i144.1 ], [ 0, %body.preheader.i139 ]
  %niter342 = phi i64 [ %niter342.next.1, %endif.i144.1 ], [ 0, %body.preheader.i139 ]
  %.not8.i = icmp eq i64 %indvars.iv.i142, %indvars.iv278
  br i1 %.not8.i, label %endif.i144, label %other.i

done.i.unr-lcssa:                                 ; preds = %endif.i144.1, %body.preheader.i139
  %m.1.i.lcssa.ph = phi i32 [ poison, %body.preheader.i139 ], [ %m.1.i.1, %endif.i144.1 ]
  %indvars.iv.i142.unr = phi i64 [ 0, %body.preheader.i139 ], [ %indvars.iv.next.i145.1, %endif.i144.1 ]
  %m.024.i.unr = phi i32 [ 0, %body.preheader.i139 ], [ %m.1.i.1, %endif.i144.1 ]
  br i1 %lcmp.mod339.not, label %done.i, label %body.i141.epil

body.i141.epil:                                   ; preds = %done.i.unr-lcssa
  %.not8.i.epil = icmp eq i64 %indvars.iv.i142.unr, %indvars.iv278
  br i1 %.not8.i.epil, label %done.i, label %other.i.epil

other.i.epil:                                     ; preds = %body.i141.epil
  %285 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i142.unr
  %v.i143.epil = load i32, ptr %285, align 4
  %286 = sext i32 %m.024.i.unr to i64
  %287 = getelementptr inbounds i32, ptr %others.i, i64 %286
  store i32 %v.i143.epil, ptr %287, align 4
  %288 = add i32 %m.024.i.unr, 1
  br label %done.i

done.i:                                           ; preds = %body.i141.epil, %other.i.epil, %done.i.unr-lcssa
  %m.1.i.lcssa = phi i32 [ %m.1.i.lcssa.ph, %done.i.unr-lcssa ], [ %288, %other.i.epil ], [ %m.024.i.unr, %body.i141.epil ]
  %289 = sext i32 %x to i64
  %290 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %289
  %nc.i135 = load i32, ptr %290, align 4
  %291 = add nsw i64 %289, -6
  %292 = icmp ult i64 %291, 5
  %293 = zext i32 %nc.i135 to i64
  %294 = select i1 %292, i64 1, i64 %293
  %total.i = udiv i64 %nworlds, %294
  %295 = icmp sgt i64 %total.i, 0
  br i1 %295, label %body2.lr.ph.lr.ph.i, label %endif42.thread207

body2.lr.ph.lr.ph.i:                              ; preds = %done.i
  %296 = icmp sgt i32 %m.1.i.lcssa, 0
  %wide.trip.count.i.i = zext nneg i32 %m.1.i.lcssa to i64
  %297 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %289
  br label %body2.lr.ph.i

body2.lr.ph.i:                                    ; preds = %next_block.exit.i, %body2.lr.ph.lr.ph.i
  %level.0.ph30.i = phi i32 [ %m.1.i.lcssa, %body2.lr.ph.lr.ph.i ], [ %k.0.lcssa.i.i, %next_block.exit.i ]
  %at.0.ph29.i = phi i64 [ 0, %body2.lr.ph.lr.ph.i ], [ %326, %next_block.exit.i ]
  %298 = sext i32 %level.0.ph30.i to i64
  br label %body2.i

other.i:                                          ; preds = %body.i141
  %299 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i142
  %v.i143 = load i32, ptr %299, align 4
  %300 = sext i32 %m.024.i to i64
  %301 = getelementptr inbounds i32, ptr %others.i, i64 %300
  store i32 %v.i143, ptr %301, align 4
  %302 = add i32 %m.024.i, 1
  br label %endif.i144

endif.i144:                                       ; preds = %other.i, %body.i141
  %m.1.i = phi i32 [ %302, %other.i ], [ %m.024.i, %body.i141 ]
  %indvars.iv.next.i145 = or disjoint i64 %indvars.iv.i142, 1
  %.not8.i.1 = icmp eq i64 %indvars.iv.next.i145, %indvars.iv278
  br i1 %.not8.i.1, label %endif.i144.1, label %other.i.1

other.i.1:                                        ; preds = %endif.i144
  %303 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i145
  %v.i143.1 = load i32, ptr %303, align 4
  %304 = sext i32 %m.1.i to i64
  %305 = getelementptr inbounds i32, ptr %others.i, i64 %304
  store i32 %v.i143.1, ptr %305, align 4
  %306 = add i32 %m.1.i, 1
  br label %endif.i144.1

endif.i144.1:                                     ; preds = %other.i.1, %endif.i144
  %m.1.i.1 = phi i32 [ %306, %other.i.1 ], [ %m.1.i, %endif.i144 ]
  %indvars.iv.next.i145.1 = add nuw nsw i64 %indvars.iv.i142, 2
  %niter342.next.1 = add i64 %niter342, 2
  %niter342.ncmp.1 = icmp eq i64 %niter342.next.1, %unroll_iter341
  br i1 %niter342.ncmp.1, label %done.i.unr-lcssa, label %body.i141

body2.i:                                          ; preds = %split.i, %body2.lr.ph.i
  %indvars.iv42.i = phi i64 [ %298, %body2.lr.ph.i ], [ %indvars.iv.next43.i, %split.i ]
  br i1 %296, label %body.i.i, label %set_block.exit.i

body.i.i:                                         ; preds = %body2.i, %endif.i.i
  %indvars.iv.i.i = phi i64 [ %indvars.iv.next.i.i, %endif.i.i ], [ 0, %body2.i ]
  %block.09.i.i = phi i64 [ %block.1.i.i, %endif.i.i ], [ 1, %body2.i ]
  %307 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i.i
  %v.i.i = load i32, ptr %307, align 4
  %open.i.i = icmp sge i64 %indvars.iv.i.i, %indvars.iv42.i
  %308 = zext i1 %open.i.i to i8
  %309 = sext i32 %v.i.i to i64
  %310 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %309
  store i8 %308, ptr %310, align 1
  %311 = getelementptr inbounds [11 x ptr], ptr @cells, i64 0, i64 %309
  %cells.i.i = load ptr, ptr %311, align 8
  %312 = getelementptr inbounds i32, ptr %digit.i134, i64 %indvars.iv.i.i
  %digit.i.i = load i32, ptr %312, align 4
  %313 = sext i32 %digit.i.i to i64
  %314 = getelementptr inbounds [2 x i64], ptr %cells.i.i, i64 %313
  %315 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %309
  %316 = load <2 x i64>, ptr %314, align 8
  store <2 x i64> %316, ptr %315, align 8
  br i1 %open.i.i, label %endif.i.i, label %in_block.i.i

in_block.i.i:                                     ; preds = %body.i.i
  %317 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %309
  %nc.i.i = load i32, ptr %317, align 4
  %318 = add nsw i64 %309, -6
  %319 = icmp ult i64 %318, 5
  %320 = zext i32 %nc.i.i to i64
  %321 = select i1 %319, i64 1, i64 %320
  %322 = mul i64 %321, %block.09.i.i
  br label %endif.i.i

endif.i.i:                                        ; preds = %in_block.i.i, %body.i.i
  %block.1.i.i = phi i64 [ %322, %in_block.i.i ], [ %block.09.i.i, %body.i.i ]
  %indvars.iv.next.i.i = add nuw nsw i64 %indvars.iv.i.i, 1
  %exitcond.not.i.i = icmp eq i64 %indvars.iv.next.i.i, %wide.trip.count.i.i
  br i1 %exitcond.not.i.i, label %set_block.exit.i, label %body.i.i

set_block.exit.i:                                 ; preds = %endif.i.i, %body2.i
  %block.0.lcssa.i.i = phi i64 [ 1, %body2.i ], [ %block.1.i.i, %endif.i.i ]
  store i8 0, ptr %297, align 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %178, i8 0, i64 6, i1 false)
  store i64 -1, ptr %179, align 8
  %323 = call i32 %8(ptr nonnull %w, ptr nonnull %is_search)
  %.not.i136 = icmp eq i32 %323, 0
  br i1 %.not.i136, label %open.i137, label %advance.i

open.i137:                                        ; preds = %set_block.exit.i
  %324 = icmp sgt i64 %indvars.iv42.i, 0
  br i1 %324, label %split.i, label %cells.i138

split.i:                                          ; preds = %open.i137
  %indvars.iv.next43.i = add nsw i64 %indvars.iv42.i, -1
  br label %body2.i

cells.i138:                                       ; preds = %open.i137
  %325 = call fastcc i1 @differs_in(ptr nonnull %w, ptr readonly %8, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %325, label %endif42, label %advance.i

advance.i:                                        ; preds = %set_block.exit.i, %cells.i138
  %level.02635.i = trunc i64 %indvars.iv42.i to i32
  %326 = add i64 %block.0.lcssa.i.i, %at.0.ph29.i
  %327 = icmp sgt i32 %m.1.i.lcssa, %level.02635.i
  br i1 %327, label %inc.preheader.i.i, label %next_block.exit.i

inc.preheader.i.i:                                ; preds = %advance.i
  %sext.i = shl i64 %indvars.iv42.i, 32
  %328 = ashr exact i64 %sext.i, 32
  br label %inc.i.i

inc.i.i:                                          ; preds = %wrap.i.i, %inc.preheader.i.i
  %indvars.iv.i9.i = phi i64 [ %328, %inc.preheader.i.i ], [ %indvars.iv.next.i12.i, %wrap.i.i ]
  %329 = getelementptr inbounds i32, ptr %digit.i134, i64 %indvars.iv.i9.i
  %330 = load i32, ptr %329, align 4
  %331 = add i32 %330, 1
  store i32 %331, ptr %329, align 4
  %332 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i9.i
  %v.i10.i = load i32, ptr %332, align 4
  %333 = sext i32 %v.i10.i to i64
  %334 = getelementptr inbounds [11 x i32], ptr @ncells, i64 0, i64 %333
  %nc.i11.i = load i32, ptr %334, align 4
  %335 = add nsw i64 %333, -6
  %336 = icmp ult i64 %335, 5
  %337 = select i1 %336, i32 1, i32 %nc.i11.i
  %338 = icmp eq i32 %331, %337
  br i1 %338, label %wrap.i.i, label %out.loopexit.split.loop.exit.i.i

wrap.i.i:                                         ; preds = %inc.i.i
  store i32 0, ptr %329, align 4
  %indvars.iv.next.i12.i = add nsw i64 %indvars.iv.i9.i, 1
  %lftr.wideiv.i.i = trunc i64 %indvars.iv.next.i12.i to i32
  %exitcond.not.i13.i = icmp eq i32 %m.1.i.lcssa, %lftr.wideiv.i.i
  br i1 %exitcond.not.i13.i, label %next_block.exit.i, label %inc.i.i

out.loopexit.split.loop.exit.i.i:                 ; preds = %inc.i.i
  %339 = trunc nsw i64 %indvars.iv.i9.i to i32
  br label %next_block.exit.i

next_block.exit.i:                                ; preds = %wrap.i.i, %out.loopexit.split.loop.exit.i.i, %advance.i
  %k.0.lcssa.i.i = phi i32 [ %level.02635.i, %advance.i ], [ %339, %out.loopexit.split.loop.exit.i.i ], [ %m.1.i.lcssa, %wrap.i.i ]
  %340 = icmp slt i64 %326, %total.i
  br i1 %340, label %body2.lr.ph.i, label %endif42.thread207

endif42.thread207:                                ; preds = %next_block.exit.i, %done.i
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %digit.i134)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %others.i)
  br label %endif43

endif42:                                          ; preds = %cells.i138
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %digit.i134)
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %others.i)
  br label %ask

ask:                                              ; preds = %set_block.exit112, %endif41, %endif42
  %341 = icmp slt i32 %x, 5
  br i1 %341, label %input.i159, label %loop.preheader.i147

loop.preheader.i147:                              ; preds = %ask
  %342 = zext nneg i32 %x to i64
  %343 = getelementptr inbounds [11 x [1 x i64]], ptr @cone_inputs, i64 0, i64 %342, i64 0
  %cone.i148 = load i64, ptr %343, align 8
  %344 = trunc i64 %cone.i148 to i1
  %345 = load i8, ptr %81, align 1
  %.not.i149 = icmp eq i8 %345, 0
  %346 = and i1 %.not.i149, %344
  br i1 %346, label %ask.i158, label %endif1.i150

common.ret.sink.split.i154:                       ; preds = %endif1.1.i152, %input.i159
  %.sink.i155 = phi ptr [ %352, %input.i159 ], [ %3, %endif1.1.i152 ]
  %.sink8.i156 = phi i64 [ %354, %input.i159 ], [ 4, %endif1.1.i152 ]
  %347 = load i64, ptr %.sink.i155, align 8
  %348 = or i64 %347, %.sink8.i156
  store i64 %348, ptr %.sink.i155, align 8
  br label %endif43

input.i159:                                       ; preds = %ask
  %349 = sdiv i32 %x, 64
  %350 = srem i32 %x, 64
  %351 = sext i32 %349 to i64
  %352 = getelementptr inbounds i64, ptr %3, i64 %351
  %353 = zext nneg i32 %350 to i64
  %354 = shl nuw i64 1, %353
  br label %common.ret.sink.split.i154

ask.i158:                                         ; preds = %loop.preheader.i147
  %355 = load i64, ptr %3, align 8
  %356 = or i64 %355, 1
  store i64 %356, ptr %3, align 8
  br label %endif1.i150

endif1.i150:                                      ; preds = %ask.i158, %loop.preheader.i147
  %357 = icmp eq i32 %x, 5
  %358 = load i8, ptr %180, align 1
  %.not.1.i151 = icmp eq i8 %358, 0
  %359 = and i1 %357, %.not.1.i151
  br i1 %359, label %ask.1.i157, label %endif1.1.i152

ask.1.i157:                                       ; preds = %endif1.i150
  %360 = load i64, ptr %3, align 8
  %361 = or i64 %360, 2
  store i64 %361, ptr %3, align 8
  br label %endif1.1.i152

endif1.1.i152:                                    ; preds = %ask.1.i157, %endif1.i150
  %362 = load i8, ptr %181, align 1
  %.not.2.i153 = icmp eq i8 %362, 0
  %363 = and i1 %357, %.not.2.i153
  br i1 %363, label %common.ret.sink.split.i154, label %endif43

endif43:                                          ; preds = %endif1.1.i152, %common.ret.sink.split.i154, %endif42.thread207
  %indvars.iv.next279 = add nuw nsw i64 %indvars.iv278, 1
  %exitcond282.not = icmp eq i64 %indvars.iv.next279, %wide.trip.count.i94
  br i1 %exitcond282.not, label %done39, label %body.i95.preheader
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.risk(ptr nocapture %w, ptr nocapture readnone %is_search) #3 {
entry:
  %0 = tail call fastcc i32 @answer.risk(ptr %w)
  ret i32 %0
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.pct(ptr nocapture %w, ptr nocapture readnone %is_search) #4 {
entry:
  %0 = tail call fastcc i32 @answer.pct(ptr %w)
  ret i32 %0
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.line(ptr nocapture %w, ptr nocapture readnone %is_search) #3 {
entry:
  %0 = tail call fastcc i32 @answer.line(ptr %w)
  ret i32 %0
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.exams(ptr nocapture %w, ptr nocapture readnone %is_search) #5 {
entry:
  %0 = tail call fastcc i32 @answer.exams(ptr %w)
  ret i32 %0
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.treat(ptr nocapture %w, ptr nocapture readonly %is_search) #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %is_search, i64 5
  %1 = load i8, ptr %0, align 1
  %2 = icmp eq i8 %1, 0
  br i1 %2, label %derive, label %endif

derive:                                           ; preds = %entry
  %3 = getelementptr inbounds i8, ptr %w, i64 177
  %k.i = load i8, ptr %3, align 1
  %4 = icmp ne i8 %k.i, 0
  %5 = getelementptr inbounds i8, ptr %w, i64 16
  %size_cm.i = load double, ptr %5, align 8
  %6 = select i1 %4, double %size_cm.i, double 0.000000e+00
  %7 = getelementptr inbounds i8, ptr %w, i64 178
  %k1.i = load i8, ptr %7, align 1
  %8 = icmp ne i8 %k1.i, 0
  %9 = getelementptr inbounds i8, ptr %w, i64 32
  %before_cm.i = load double, ptr %9, align 8
  %10 = select i1 %8, double %before_cm.i, double 0.000000e+00
  %11 = fsub double %6, %10
  %12 = and i1 %4, %8
  %13 = tail call double @llvm.fabs.f64(double %11)
  %14 = fcmp one double %13, 0x7FF0000000000000
  %15 = select i1 %12, double %11, double 0.000000e+00
  %16 = fdiv double %15, %10
  %17 = select i1 %12, i1 %14, i1 false
  %18 = tail call double @llvm.fabs.f64(double %16)
  %19 = fcmp one double %18, 0x7FF0000000000000
  %20 = fcmp one double %10, 0.000000e+00
  %21 = and i1 %20, %19
  %22 = fmul double %16, 1.000000e+02
  %23 = select i1 %17, i1 %21, i1 false
  %24 = tail call double @llvm.fabs.f64(double %22)
  %25 = fcmp one double %24, 0x7FF0000000000000
  %not. = xor i1 %17, true
  %.not5.i = select i1 %not., i1 true, i1 %25
  %26 = select i1 %23, i1 %.not5.i, i1 false
  %27 = zext i1 %26 to i8
  %28 = getelementptr inbounds i8, ptr %w, i64 181
  store i8 %27, ptr %28, align 1
  %29 = getelementptr inbounds i8, ptr %w, i64 80
  %30 = select i1 %26, double %22, double 0.000000e+00
  %31 = getelementptr inbounds i8, ptr %w, i64 88
  store i64 0, ptr %31, align 8
  store double %30, ptr %29, align 8
  br label %endif

endif:                                            ; preds = %derive, %entry
  %32 = tail call fastcc i32 @answer.risk(ptr %w)
  %33 = tail call fastcc i32 @answer.treat(ptr %w)
  ret i32 %33
}

define range(i32 0, 6) i32 @emitc_eval_budget(ptr nocapture readonly %in, ptr %out, ptr %trace, i64 %budget) local_unnamed_addr {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 176
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(11) %0, i8 0, i64 11, i1 false)
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %site, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit91, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit91 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %rupture, %lines, %before_cm, %size_cm, %site
  %bad = phi i32 [ 1, %site ], [ 2, %size_cm ], [ 3, %before_cm ], [ 4, %lines ], [ 5, %rupture ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(112) %out, i8 0, i64 112, i1 false)
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
  %44 = icmp slt i64 %budget, 1
  %45 = select i1 %44, i64 100000, i64 %budget
  %46 = getelementptr inbounds i8, ptr %s, i64 218
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(6) %46, i8 0, i64 6, i1 false)
  %47 = getelementptr inbounds i8, ptr %s, i64 232
  store i64 -1, ptr %47, align 8
  %48 = getelementptr inbounds i8, ptr %out, i64 36
  %49 = getelementptr inbounds i8, ptr %s, i64 192
  store ptr %48, ptr %49, align 8
  %50 = getelementptr inbounds i8, ptr %s, i64 224
  store ptr %trace, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %out, i64 56
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %51, i8 0, i64 40, i1 false)
  %52 = fsub double %15, %25
  %53 = and i64 %known, 6
  %54 = icmp eq i64 %53, 6
  %55 = tail call double @llvm.fabs.f64(double %52)
  %56 = fcmp one double %55, 0x7FF0000000000000
  %57 = select i1 %54, double %52, double 0.000000e+00
  %58 = fdiv double %57, %25
  %59 = and i1 %54, %56
  %60 = tail call double @llvm.fabs.f64(double %58)
  %61 = fcmp one double %60, 0x7FF0000000000000
  %62 = fcmp one double %25, 0.000000e+00
  %63 = and i1 %62, %61
  %64 = fmul double %58, 1.000000e+02
  %65 = and i1 %59, %63
  %66 = and i1 %56, %63
  %67 = xor i1 %66, true
  %68 = and i1 %54, %67
  %69 = tail call double @llvm.fabs.f64(double %64)
  %70 = fcmp ueq double %69, 0x7FF0000000000000
  %.not5.i = and i1 %59, %70
  %not..not5.i = xor i1 %.not5.i, true
  %71 = select i1 %65, i1 %not..not5.i, i1 false
  %72 = zext i1 %71 to i8
  %73 = getelementptr inbounds i8, ptr %s, i64 181
  store i8 %72, ptr %73, align 1
  %74 = getelementptr inbounds i8, ptr %s, i64 80
  %75 = select i1 %71, double %64, double 0.000000e+00
  %76 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %76, align 8
  store double %75, ptr %74, align 8
  %77 = select i1 %65, i1 %.not5.i, i1 %68
  %78 = icmp ne ptr %trace, null
  %or.cond.not = select i1 %77, i1 %78, i1 false
  br i1 %or.cond.not, label %trace.i, label %endif

good21:                                           ; preds = %rupture
  %79 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %79, i8 0, i64 16, i1 false)
  store i32 %rupture20, ptr %79, align 8
  %80 = getelementptr inbounds i8, ptr %s, i64 180
  store i8 1, ptr %80, align 4
  br label %next19

trace.i:                                          ; preds = %next19
  %81 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %81, align 8
  %82 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %82, align 8
  %83 = icmp eq i64 %len.i, %cap.i
  br i1 %83, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i
  %84 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %84, align 4
  br label %endif

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %85 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 2, ptr %85, align 1
  %86 = getelementptr inbounds i8, ptr %85, i64 1
  store i8 0, ptr %86, align 1
  %87 = getelementptr inbounds i8, ptr %85, i64 4
  store i32 5, ptr %87, align 4
  %88 = add i64 %len.i, 1
  store i64 %88, ptr %81, align 8
  br label %endif

endif:                                            ; preds = %add.i, %full.i, %next19
  %89 = call fastcc i32 @answer.risk(ptr nonnull %s)
  %90 = icmp eq i32 %89, 0
  br i1 %90, label %search, label %endif22

search:                                           ; preds = %endif
  call fastcc void @search(ptr nonnull %s, i32 6, i64 %45, ptr nonnull %51, ptr nonnull @plan_in.risk, i32 2, ptr null, i32 0, ptr nonnull @world.risk)
  br label %endif22

endif22:                                          ; preds = %search, %endif
  %91 = getelementptr inbounds i8, ptr %out, i64 37
  %how = load i32, ptr %91, align 4
  %92 = icmp eq ptr %trace, null
  br i1 %92, label %guide_trace_add.exit63, label %trace.i57

trace.i57:                                        ; preds = %endif22
  %93 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i58 = load i64, ptr %93, align 8
  %94 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i59 = load i64, ptr %94, align 8
  %95 = icmp eq i64 %len.i58, %cap.i59
  br i1 %95, label %full.i62, label %add.i60

full.i62:                                         ; preds = %trace.i57
  %96 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %96, align 4
  br label %guide_trace_add.exit63

add.i60:                                          ; preds = %trace.i57
  %ev.i61 = load ptr, ptr %trace, align 8
  %97 = getelementptr inbounds %guide_event, ptr %ev.i61, i64 %len.i58
  store i8 1, ptr %97, align 1
  %98 = trunc i32 %how to i8
  %99 = getelementptr inbounds i8, ptr %97, i64 1
  store i8 %98, ptr %99, align 1
  %100 = getelementptr inbounds i8, ptr %97, i64 4
  store i32 0, ptr %100, align 4
  %101 = add i64 %len.i58, 1
  store i64 %101, ptr %93, align 8
  br label %guide_trace_add.exit63

guide_trace_add.exit63:                           ; preds = %endif22, %full.i62, %add.i60
  %102 = call fastcc i32 @answer.pct(ptr nonnull %s)
  %103 = icmp eq i32 %102, 0
  br i1 %103, label %search23, label %endif24

search23:                                         ; preds = %guide_trace_add.exit63
  %104 = getelementptr inbounds i8, ptr %out, i64 64
  call fastcc void @search(ptr nonnull %s, i32 7, i64 %45, ptr nonnull %104, ptr nonnull @plan_in.pct, i32 2, ptr null, i32 0, ptr nonnull @world.pct)
  br label %endif24

endif24:                                          ; preds = %search23, %guide_trace_add.exit63
  %105 = getelementptr inbounds i8, ptr %out, i64 41
  %how25 = load i32, ptr %105, align 4
  br i1 %92, label %guide_trace_add.exit70, label %trace.i64

trace.i64:                                        ; preds = %endif24
  %106 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i65 = load i64, ptr %106, align 8
  %107 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i66 = load i64, ptr %107, align 8
  %108 = icmp eq i64 %len.i65, %cap.i66
  br i1 %108, label %full.i69, label %add.i67

full.i69:                                         ; preds = %trace.i64
  %109 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %109, align 4
  br label %guide_trace_add.exit70

add.i67:                                          ; preds = %trace.i64
  %ev.i68 = load ptr, ptr %trace, align 8
  %110 = getelementptr inbounds %guide_event, ptr %ev.i68, i64 %len.i65
  store i8 1, ptr %110, align 1
  %111 = trunc i32 %how25 to i8
  %112 = getelementptr inbounds i8, ptr %110, i64 1
  store i8 %111, ptr %112, align 1
  %113 = getelementptr inbounds i8, ptr %110, i64 4
  store i32 1, ptr %113, align 4
  %114 = add i64 %len.i65, 1
  store i64 %114, ptr %106, align 8
  br label %guide_trace_add.exit70

guide_trace_add.exit70:                           ; preds = %endif24, %full.i69, %add.i67
  %115 = call fastcc i32 @answer.line(ptr nonnull %s)
  %116 = icmp eq i32 %115, 0
  br i1 %116, label %search26, label %endif27

search26:                                         ; preds = %guide_trace_add.exit70
  %117 = getelementptr inbounds i8, ptr %out, i64 72
  call fastcc void @search(ptr nonnull %s, i32 8, i64 %45, ptr nonnull %117, ptr nonnull @plan_in.line, i32 1, ptr null, i32 0, ptr nonnull @world.line)
  br label %endif27

endif27:                                          ; preds = %search26, %guide_trace_add.exit70
  %118 = getelementptr inbounds i8, ptr %out, i64 45
  %how28 = load i32, ptr %118, align 4
  br i1 %92, label %guide_trace_add.exit77, label %trace.i71

trace.i71:                                        ; preds = %endif27
  %119 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i72 = load i64, ptr %119, align 8
  %120 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i73 = load i64, ptr %120, align 8
  %121 = icmp eq i64 %len.i72, %cap.i73
  br i1 %121, label %full.i76, label %add.i74

full.i76:                                         ; preds = %trace.i71
  %122 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %122, align 4
  br label %guide_trace_add.exit77

add.i74:                                          ; preds = %trace.i71
  %ev.i75 = load ptr, ptr %trace, align 8
  %123 = getelementptr inbounds %guide_event, ptr %ev.i75, i64 %len.i72
  store i8 1, ptr %123, align 1
  %124 = trunc i32 %how28 to i8
  %125 = getelementptr inbounds i8, ptr %123, i64 1
  store i8 %124, ptr %125, align 1
  %126 = getelementptr inbounds i8, ptr %123, i64 4
  store i32 2, ptr %126, align 4
  %127 = add i64 %len.i72, 1
  store i64 %127, ptr %119, align 8
  br label %guide_trace_add.exit77

guide_trace_add.exit77:                           ; preds = %endif27, %full.i76, %add.i74
  %128 = call fastcc i32 @answer.exams(ptr nonnull %s)
  %129 = icmp eq i32 %128, 0
  br i1 %129, label %search29, label %endif30

search29:                                         ; preds = %guide_trace_add.exit77
  %130 = getelementptr inbounds i8, ptr %out, i64 80
  call fastcc void @search(ptr nonnull %s, i32 9, i64 %45, ptr nonnull %130, ptr nonnull @plan_in.exams, i32 3, ptr null, i32 0, ptr nonnull @world.exams)
  br label %endif30

endif30:                                          ; preds = %search29, %guide_trace_add.exit77
  %131 = getelementptr inbounds i8, ptr %out, i64 49
  %how31 = load i32, ptr %131, align 4
  br i1 %92, label %guide_trace_add.exit84, label %trace.i78

trace.i78:                                        ; preds = %endif30
  %132 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i79 = load i64, ptr %132, align 8
  %133 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i80 = load i64, ptr %133, align 8
  %134 = icmp eq i64 %len.i79, %cap.i80
  br i1 %134, label %full.i83, label %add.i81

full.i83:                                         ; preds = %trace.i78
  %135 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %135, align 4
  br label %guide_trace_add.exit84

add.i81:                                          ; preds = %trace.i78
  %ev.i82 = load ptr, ptr %trace, align 8
  %136 = getelementptr inbounds %guide_event, ptr %ev.i82, i64 %len.i79
  store i8 1, ptr %136, align 1
  %137 = trunc i32 %how31 to i8
  %138 = getelementptr inbounds i8, ptr %136, i64 1
  store i8 %137, ptr %138, align 1
  %139 = getelementptr inbounds i8, ptr %136, i64 4
  store i32 3, ptr %139, align 4
  %140 = add i64 %len.i79, 1
  store i64 %140, ptr %132, align 8
  br label %guide_trace_add.exit84

guide_trace_add.exit84:                           ; preds = %endif30, %full.i83, %add.i81
  %141 = call fastcc i32 @answer.treat(ptr nonnull %s)
  %142 = icmp eq i32 %141, 0
  br i1 %142, label %search32, label %endif33

search32:                                         ; preds = %guide_trace_add.exit84
  %143 = getelementptr inbounds i8, ptr %out, i64 88
  call fastcc void @search(ptr nonnull %s, i32 10, i64 %45, ptr nonnull %143, ptr nonnull @plan_in.treat, i32 3, ptr nonnull @plan_ar.treat, i32 1, ptr nonnull @world.treat)
  br label %endif33

endif33:                                          ; preds = %search32, %guide_trace_add.exit84
  %144 = getelementptr inbounds i8, ptr %out, i64 53
  %how34 = load i32, ptr %144, align 4
  br i1 %92, label %guide_trace_add.exit91, label %trace.i85

trace.i85:                                        ; preds = %endif33
  %145 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i86 = load i64, ptr %145, align 8
  %146 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i87 = load i64, ptr %146, align 8
  %147 = icmp eq i64 %len.i86, %cap.i87
  br i1 %147, label %full.i90, label %add.i88

full.i90:                                         ; preds = %trace.i85
  %148 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %148, align 4
  br label %guide_trace_add.exit91

add.i88:                                          ; preds = %trace.i85
  %ev.i89 = load ptr, ptr %trace, align 8
  %149 = getelementptr inbounds %guide_event, ptr %ev.i89, i64 %len.i86
  store i8 1, ptr %149, align 1
  %150 = trunc i32 %how34 to i8
  %151 = getelementptr inbounds i8, ptr %149, i64 1
  store i8 %150, ptr %151, align 1
  %152 = getelementptr inbounds i8, ptr %149, i64 4
  store i32 4, ptr %152, align 4
  %153 = add i64 %len.i86, 1
  store i64 %153, ptr %145, align 8
  br label %guide_trace_add.exit91

guide_trace_add.exit91:                           ; preds = %endif33, %full.i90, %add.i88
  %154 = getelementptr inbounds i8, ptr %s, i64 96
  %risk = load i32, ptr %154, align 8
  store i32 %risk, ptr %out, align 4
  %155 = getelementptr inbounds i8, ptr %s, i64 112
  %pct = load double, ptr %155, align 8
  %156 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct, ptr %156, align 8
  %157 = getelementptr inbounds i8, ptr %s, i64 128
  %line = load i32, ptr %157, align 8
  %158 = getelementptr inbounds i8, ptr %out, i64 16
  store i32 %line, ptr %158, align 4
  %159 = getelementptr inbounds i8, ptr %s, i64 144
  %exams = load i64, ptr %159, align 8
  %160 = getelementptr inbounds i8, ptr %out, i64 24
  store i64 %exams, ptr %160, align 8
  %161 = getelementptr inbounds i8, ptr %s, i64 160
  %treat = load i32, ptr %161, align 8
  %162 = getelementptr inbounds i8, ptr %out, i64 32
  store i32 %treat, ptr %162, align 4
  %163 = getelementptr inbounds i8, ptr %out, i64 104
  %change = load double, ptr %74, align 8
  %164 = getelementptr inbounds i8, ptr %out, i64 96
  store double %change, ptr %164, align 8
  %165 = load i8, ptr %73, align 1
  %166 = zext i8 %165 to i64
  store i64 %166, ptr %163, align 8
  br label %common.ret
}

define range(i32 0, 6) i32 @emitc_eval(ptr nocapture readonly %0, ptr %1, ptr %2) local_unnamed_addr {
entry:
  %3 = tail call i32 @emitc_eval_budget(ptr %0, ptr %1, ptr %2, i64 100000)
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @emitc_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #7 {
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
define void @emitc_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #8 {
entry:
  %3 = getelementptr inbounds i8, ptr %2, i64 16
  %val = load ptr, ptr %3, align 8
  %4 = getelementptr inbounds i8, ptr %2, i64 24
  %known = load ptr, ptr %4, align 8
  %5 = getelementptr inbounds i8, ptr %2, i64 32
  %out = load ptr, ptr %5, align 8
  %6 = getelementptr inbounds i8, ptr %2, i64 40
  %asks = load ptr, ptr %6, align 8
  %7 = load i64, ptr %0, align 8
  %8 = trunc i64 %7 to i8
  %9 = and i8 %8, 1
  store i8 %9, ptr %known, align 1
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = load i32, ptr %10, align 4
  store i32 %11, ptr %val, align 4
  %12 = load i64, ptr %0, align 8
  %13 = trunc i64 %12 to i8
  %14 = lshr i8 %13, 1
  %15 = and i8 %14, 1
  %16 = getelementptr inbounds i8, ptr %known, i64 1
  store i8 %15, ptr %16, align 1
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load double, ptr %17, align 8
  %19 = getelementptr inbounds i8, ptr %val, i64 16
  store double %18, ptr %19, align 8
  %20 = load i64, ptr %0, align 8
  %21 = trunc i64 %20 to i8
  %22 = lshr i8 %21, 2
  %23 = and i8 %22, 1
  %24 = getelementptr inbounds i8, ptr %known, i64 2
  store i8 %23, ptr %24, align 1
  %25 = getelementptr inbounds i8, ptr %0, i64 24
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %val, i64 32
  store double %26, ptr %27, align 8
  %28 = load i64, ptr %0, align 8
  %29 = trunc i64 %28 to i8
  %30 = lshr i8 %29, 3
  %31 = and i8 %30, 1
  %32 = getelementptr inbounds i8, ptr %known, i64 3
  store i8 %31, ptr %32, align 1
  %33 = getelementptr inbounds i8, ptr %0, i64 32
  %34 = load double, ptr %33, align 8
  %35 = getelementptr inbounds i8, ptr %val, i64 48
  store double %34, ptr %35, align 8
  %36 = load i64, ptr %0, align 8
  %37 = trunc i64 %36 to i8
  %38 = lshr i8 %37, 4
  %39 = and i8 %38, 1
  %40 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %39, ptr %40, align 1
  %41 = getelementptr inbounds i8, ptr %0, i64 40
  %42 = load i32, ptr %41, align 4
  %43 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %42, ptr %43, align 4
  %44 = getelementptr inbounds i8, ptr %1, i64 104
  %45 = load i64, ptr %44, align 8
  %46 = trunc i64 %45 to i8
  %47 = and i8 %46, 1
  %48 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %47, ptr %48, align 1
  %49 = getelementptr inbounds i8, ptr %1, i64 96
  %50 = load double, ptr %49, align 8
  %51 = getelementptr inbounds i8, ptr %val, i64 80
  store double %50, ptr %51, align 8
  %52 = getelementptr inbounds i8, ptr %1, i64 36
  %53 = load i32, ptr %52, align 4
  store i32 %53, ptr %out, align 4
  %54 = load i32, ptr %1, align 4
  %55 = getelementptr inbounds i8, ptr %val, i64 96
  store i32 %54, ptr %55, align 4
  %state = load i8, ptr %52, align 1
  %56 = getelementptr inbounds i8, ptr %1, i64 38
  %57 = load i8, ptr %56, align 1
  %58 = icmp eq i8 %state, 1
  %59 = icmp eq i8 %57, 0
  %60 = and i1 %58, %59
  %61 = zext i1 %60 to i8
  %62 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %61, ptr %62, align 1
  %63 = getelementptr inbounds i8, ptr %1, i64 56
  %64 = load i64, ptr %63, align 8
  store i64 %64, ptr %asks, align 8
  %65 = getelementptr inbounds i8, ptr %1, i64 40
  %66 = getelementptr inbounds i8, ptr %out, i64 4
  %67 = load i32, ptr %65, align 4
  store i32 %67, ptr %66, align 4
  %68 = getelementptr inbounds i8, ptr %1, i64 8
  %69 = load double, ptr %68, align 8
  %70 = getelementptr inbounds i8, ptr %val, i64 112
  store double %69, ptr %70, align 8
  %state1 = load i8, ptr %65, align 1
  %71 = getelementptr inbounds i8, ptr %1, i64 42
  %72 = load i8, ptr %71, align 1
  %73 = icmp eq i8 %state1, 1
  %74 = icmp eq i8 %72, 0
  %75 = and i1 %73, %74
  %76 = zext i1 %75 to i8
  %77 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %76, ptr %77, align 1
  %78 = getelementptr inbounds i8, ptr %asks, i64 8
  %79 = getelementptr inbounds i8, ptr %1, i64 64
  %80 = load i64, ptr %79, align 8
  store i64 %80, ptr %78, align 8
  %81 = getelementptr inbounds i8, ptr %1, i64 44
  %82 = getelementptr inbounds i8, ptr %out, i64 8
  %83 = load i32, ptr %81, align 4
  store i32 %83, ptr %82, align 4
  %84 = getelementptr inbounds i8, ptr %1, i64 16
  %85 = load i32, ptr %84, align 4
  %86 = getelementptr inbounds i8, ptr %val, i64 128
  store i32 %85, ptr %86, align 4
  %state2 = load i8, ptr %81, align 1
  %87 = getelementptr inbounds i8, ptr %1, i64 46
  %88 = load i8, ptr %87, align 1
  %89 = icmp eq i8 %state2, 1
  %90 = icmp eq i8 %88, 0
  %91 = and i1 %89, %90
  %92 = zext i1 %91 to i8
  %93 = getelementptr inbounds i8, ptr %known, i64 8
  store i8 %92, ptr %93, align 1
  %94 = getelementptr inbounds i8, ptr %asks, i64 16
  %95 = getelementptr inbounds i8, ptr %1, i64 72
  %96 = load i64, ptr %95, align 8
  store i64 %96, ptr %94, align 8
  %97 = getelementptr inbounds i8, ptr %1, i64 48
  %98 = getelementptr inbounds i8, ptr %out, i64 12
  %99 = load i32, ptr %97, align 4
  store i32 %99, ptr %98, align 4
  %100 = getelementptr inbounds i8, ptr %1, i64 24
  %101 = load i64, ptr %100, align 8
  %102 = getelementptr inbounds i8, ptr %val, i64 144
  store i64 %101, ptr %102, align 8
  %state3 = load i8, ptr %97, align 1
  %103 = getelementptr inbounds i8, ptr %1, i64 50
  %104 = load i8, ptr %103, align 1
  %105 = icmp eq i8 %state3, 1
  %106 = icmp eq i8 %104, 0
  %107 = and i1 %105, %106
  %108 = zext i1 %107 to i8
  %109 = getelementptr inbounds i8, ptr %known, i64 9
  store i8 %108, ptr %109, align 1
  %110 = getelementptr inbounds i8, ptr %asks, i64 24
  %111 = getelementptr inbounds i8, ptr %1, i64 80
  %112 = load i64, ptr %111, align 8
  store i64 %112, ptr %110, align 8
  %113 = getelementptr inbounds i8, ptr %1, i64 52
  %114 = getelementptr inbounds i8, ptr %out, i64 16
  %115 = load i32, ptr %113, align 4
  store i32 %115, ptr %114, align 4
  %116 = getelementptr inbounds i8, ptr %1, i64 32
  %117 = load i32, ptr %116, align 4
  %118 = getelementptr inbounds i8, ptr %val, i64 160
  store i32 %117, ptr %118, align 4
  %state4 = load i8, ptr %113, align 1
  %119 = getelementptr inbounds i8, ptr %1, i64 54
  %120 = load i8, ptr %119, align 1
  %121 = icmp eq i8 %state4, 1
  %122 = icmp eq i8 %120, 0
  %123 = and i1 %121, %122
  %124 = zext i1 %123 to i8
  %125 = getelementptr inbounds i8, ptr %known, i64 10
  store i8 %124, ptr %125, align 1
  %126 = getelementptr inbounds i8, ptr %asks, i64 32
  %127 = getelementptr inbounds i8, ptr %1, i64 88
  %128 = load i64, ptr %127, align 8
  store i64 %128, ptr %126, align 8
  ret void
}

define range(i32 0, 6) i32 @emitc_eval_frame(ptr nocapture readonly %0, ptr %1, i64 %2) local_unnamed_addr {
entry:
  %out = alloca %emitc_output, align 8
  %in = alloca %emitc_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %in, i8 0, i64 48, i1 false)
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %val.i = load ptr, ptr %3, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %known.i = load ptr, ptr %4, align 8
  %5 = load i8, ptr %known.i, align 1
  %.not.i = icmp eq i8 %5, 0
  br i1 %.not.i, label %endif.i, label %site.i

site.i:                                           ; preds = %entry
  store i64 1, ptr %in, align 8
  %6 = load i32, ptr %val.i, align 4
  %7 = getelementptr inbounds i8, ptr %in, i64 8
  store i32 %6, ptr %7, align 8
  br label %endif.i

endif.i:                                          ; preds = %site.i, %entry
  %8 = phi i32 [ %6, %site.i ], [ 0, %entry ]
  %9 = phi i64 [ 1, %site.i ], [ 0, %entry ]
  %10 = getelementptr inbounds i8, ptr %known.i, i64 1
  %11 = load i8, ptr %10, align 1
  %.not5.i = icmp eq i8 %11, 0
  br i1 %.not5.i, label %endif1.i, label %size_cm.i

size_cm.i:                                        ; preds = %endif.i
  %12 = or disjoint i64 %9, 2
  store i64 %12, ptr %in, align 8
  %13 = getelementptr inbounds i8, ptr %val.i, i64 16
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds i8, ptr %in, i64 16
  store double %14, ptr %15, align 8
  br label %endif1.i

endif1.i:                                         ; preds = %size_cm.i, %endif.i
  %16 = phi double [ %14, %size_cm.i ], [ 0.000000e+00, %endif.i ]
  %17 = phi i64 [ %12, %size_cm.i ], [ %9, %endif.i ]
  %18 = getelementptr inbounds i8, ptr %known.i, i64 2
  %19 = load i8, ptr %18, align 1
  %.not6.i = icmp eq i8 %19, 0
  br i1 %.not6.i, label %endif2.i, label %before_cm.i

before_cm.i:                                      ; preds = %endif1.i
  %20 = or i64 %17, 4
  store i64 %20, ptr %in, align 8
  %21 = getelementptr inbounds i8, ptr %val.i, i64 32
  %22 = load double, ptr %21, align 8
  %23 = getelementptr inbounds i8, ptr %in, i64 24
  store double %22, ptr %23, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %before_cm.i, %endif1.i
  %24 = phi double [ %22, %before_cm.i ], [ 0.000000e+00, %endif1.i ]
  %25 = phi i64 [ %20, %before_cm.i ], [ %17, %endif1.i ]
  %26 = getelementptr inbounds i8, ptr %known.i, i64 3
  %27 = load i8, ptr %26, align 1
  %.not7.i = icmp eq i8 %27, 0
  br i1 %.not7.i, label %endif3.i, label %lines.i

lines.i:                                          ; preds = %endif2.i
  %28 = or i64 %25, 8
  store i64 %28, ptr %in, align 8
  %29 = getelementptr inbounds i8, ptr %val.i, i64 48
  %30 = load double, ptr %29, align 8
  %31 = getelementptr inbounds i8, ptr %in, i64 32
  store double %30, ptr %31, align 8
  br label %endif3.i

endif3.i:                                         ; preds = %lines.i, %endif2.i
  %32 = phi double [ %30, %lines.i ], [ 0.000000e+00, %endif2.i ]
  %33 = phi i64 [ %28, %lines.i ], [ %25, %endif2.i ]
  %34 = getelementptr inbounds i8, ptr %known.i, i64 4
  %35 = load i8, ptr %34, align 1
  %.not8.i = icmp eq i8 %35, 0
  br i1 %.not8.i, label %emitc_from_frame.exit, label %rupture.i

rupture.i:                                        ; preds = %endif3.i
  %36 = or i64 %33, 16
  store i64 %36, ptr %in, align 8
  %37 = getelementptr inbounds i8, ptr %val.i, i64 64
  %38 = load i32, ptr %37, align 4
  %39 = getelementptr inbounds i8, ptr %in, i64 40
  store i32 %38, ptr %39, align 8
  br label %emitc_from_frame.exit

emitc_from_frame.exit:                            ; preds = %endif3.i, %rupture.i
  %40 = phi i32 [ 0, %endif3.i ], [ %38, %rupture.i ]
  %41 = phi i64 [ %33, %endif3.i ], [ %36, %rupture.i ]
  %rc = call i32 @emitc_eval_budget(ptr nonnull %in, ptr nonnull %out, ptr %1, i64 %2)
  %val.i1 = load ptr, ptr %3, align 8
  %known.i2 = load ptr, ptr %4, align 8
  %42 = getelementptr inbounds i8, ptr %0, i64 32
  %out.i = load ptr, ptr %42, align 8
  %43 = getelementptr inbounds i8, ptr %0, i64 40
  %asks.i = load ptr, ptr %43, align 8
  %44 = trunc nuw nsw i64 %41 to i8
  %45 = and i8 %44, 1
  store i8 %45, ptr %known.i2, align 1
  store i32 %8, ptr %val.i1, align 4
  %46 = lshr i8 %44, 1
  %47 = and i8 %46, 1
  %48 = getelementptr inbounds i8, ptr %known.i2, i64 1
  store i8 %47, ptr %48, align 1
  %49 = getelementptr inbounds i8, ptr %val.i1, i64 16
  store double %16, ptr %49, align 8
  %50 = lshr i8 %44, 2
  %51 = and i8 %50, 1
  %52 = getelementptr inbounds i8, ptr %known.i2, i64 2
  store i8 %51, ptr %52, align 1
  %53 = getelementptr inbounds i8, ptr %val.i1, i64 32
  store double %24, ptr %53, align 8
  %54 = lshr i8 %44, 3
  %55 = and i8 %54, 1
  %56 = getelementptr inbounds i8, ptr %known.i2, i64 3
  store i8 %55, ptr %56, align 1
  %57 = getelementptr inbounds i8, ptr %val.i1, i64 48
  store double %32, ptr %57, align 8
  %58 = lshr i8 %44, 4
  %59 = getelementptr inbounds i8, ptr %known.i2, i64 4
  store i8 %58, ptr %59, align 1
  %60 = getelementptr inbounds i8, ptr %val.i1, i64 64
  store i32 %40, ptr %60, align 4
  %61 = getelementptr inbounds i8, ptr %out, i64 104
  %62 = load i64, ptr %61, align 8
  %63 = trunc i64 %62 to i8
  %64 = and i8 %63, 1
  %65 = getelementptr inbounds i8, ptr %known.i2, i64 5
  store i8 %64, ptr %65, align 1
  %66 = getelementptr inbounds i8, ptr %out, i64 96
  %67 = load double, ptr %66, align 8
  %68 = getelementptr inbounds i8, ptr %val.i1, i64 80
  store double %67, ptr %68, align 8
  %69 = getelementptr inbounds i8, ptr %out, i64 36
  %70 = load i32, ptr %69, align 4
  store i32 %70, ptr %out.i, align 4
  %71 = load i32, ptr %out, align 8
  %72 = getelementptr inbounds i8, ptr %val.i1, i64 96
  store i32 %71, ptr %72, align 4
  %state.i = load i8, ptr %69, align 4
  %73 = getelementptr inbounds i8, ptr %out, i64 38
  %74 = load i8, ptr %73, align 2
  %75 = icmp eq i8 %state.i, 1
  %76 = icmp eq i8 %74, 0
  %77 = and i1 %75, %76
  %78 = zext i1 %77 to i8
  %79 = getelementptr inbounds i8, ptr %known.i2, i64 6
  store i8 %78, ptr %79, align 1
  %80 = getelementptr inbounds i8, ptr %out, i64 56
  %81 = load i64, ptr %80, align 8
  store i64 %81, ptr %asks.i, align 8
  %82 = getelementptr inbounds i8, ptr %out, i64 40
  %83 = getelementptr inbounds i8, ptr %out.i, i64 4
  %84 = load i32, ptr %82, align 8
  store i32 %84, ptr %83, align 4
  %85 = getelementptr inbounds i8, ptr %out, i64 8
  %86 = load double, ptr %85, align 8
  %87 = getelementptr inbounds i8, ptr %val.i1, i64 112
  store double %86, ptr %87, align 8
  %state1.i = load i8, ptr %82, align 8
  %88 = getelementptr inbounds i8, ptr %out, i64 42
  %89 = load i8, ptr %88, align 2
  %90 = icmp eq i8 %state1.i, 1
  %91 = icmp eq i8 %89, 0
  %92 = and i1 %90, %91
  %93 = zext i1 %92 to i8
  %94 = getelementptr inbounds i8, ptr %known.i2, i64 7
  store i8 %93, ptr %94, align 1
  %95 = getelementptr inbounds i8, ptr %asks.i, i64 8
  %96 = getelementptr inbounds i8, ptr %out, i64 64
  %97 = load i64, ptr %96, align 8
  store i64 %97, ptr %95, align 8
  %98 = getelementptr inbounds i8, ptr %out, i64 44
  %99 = getelementptr inbounds i8, ptr %out.i, i64 8
  %100 = load i32, ptr %98, align 4
  store i32 %100, ptr %99, align 4
  %101 = getelementptr inbounds i8, ptr %out, i64 16
  %102 = load i32, ptr %101, align 8
  %103 = getelementptr inbounds i8, ptr %val.i1, i64 128
  store i32 %102, ptr %103, align 4
  %state2.i = load i8, ptr %98, align 4
  %104 = getelementptr inbounds i8, ptr %out, i64 46
  %105 = load i8, ptr %104, align 2
  %106 = icmp eq i8 %state2.i, 1
  %107 = icmp eq i8 %105, 0
  %108 = and i1 %106, %107
  %109 = zext i1 %108 to i8
  %110 = getelementptr inbounds i8, ptr %known.i2, i64 8
  store i8 %109, ptr %110, align 1
  %111 = getelementptr inbounds i8, ptr %asks.i, i64 16
  %112 = getelementptr inbounds i8, ptr %out, i64 72
  %113 = load i64, ptr %112, align 8
  store i64 %113, ptr %111, align 8
  %114 = getelementptr inbounds i8, ptr %out, i64 48
  %115 = getelementptr inbounds i8, ptr %out.i, i64 12
  %116 = load i32, ptr %114, align 8
  store i32 %116, ptr %115, align 4
  %117 = getelementptr inbounds i8, ptr %out, i64 24
  %118 = load i64, ptr %117, align 8
  %119 = getelementptr inbounds i8, ptr %val.i1, i64 144
  store i64 %118, ptr %119, align 8
  %state3.i = load i8, ptr %114, align 8
  %120 = getelementptr inbounds i8, ptr %out, i64 50
  %121 = load i8, ptr %120, align 2
  %122 = icmp eq i8 %state3.i, 1
  %123 = icmp eq i8 %121, 0
  %124 = and i1 %122, %123
  %125 = zext i1 %124 to i8
  %126 = getelementptr inbounds i8, ptr %known.i2, i64 9
  store i8 %125, ptr %126, align 1
  %127 = getelementptr inbounds i8, ptr %asks.i, i64 24
  %128 = getelementptr inbounds i8, ptr %out, i64 80
  %129 = load i64, ptr %128, align 8
  store i64 %129, ptr %127, align 8
  %130 = getelementptr inbounds i8, ptr %out, i64 52
  %131 = getelementptr inbounds i8, ptr %out.i, i64 16
  %132 = load i32, ptr %130, align 4
  store i32 %132, ptr %131, align 4
  %133 = getelementptr inbounds i8, ptr %out, i64 32
  %134 = load i32, ptr %133, align 8
  %135 = getelementptr inbounds i8, ptr %val.i1, i64 160
  store i32 %134, ptr %135, align 4
  %state4.i = load i8, ptr %130, align 4
  %136 = getelementptr inbounds i8, ptr %out, i64 54
  %137 = load i8, ptr %136, align 2
  %138 = icmp eq i8 %state4.i, 1
  %139 = icmp eq i8 %137, 0
  %140 = and i1 %138, %139
  %141 = zext i1 %140 to i8
  %142 = getelementptr inbounds i8, ptr %known.i2, i64 10
  store i8 %141, ptr %142, align 1
  %143 = getelementptr inbounds i8, ptr %asks.i, i64 32
  %144 = getelementptr inbounds i8, ptr %out, i64 88
  %145 = load i64, ptr %144, align 8
  store i64 %145, ptr %143, align 8
  ret i32 %rc
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #10

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #10

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) }
attributes #4 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

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
