; ModuleID = 'lookup'
source_filename = "lookup.guide"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%guide_var_info = type { ptr, i32, i32, ptr, double, double, i32, ptr, i32 }
%guide_clause_info = type { i32, ptr, i32, i32, ptr, ptr, i32, i32, ptr }
%guide_table_info = type { ptr, ptr, i32, i32, i32, i32 }
%guide_ruleset_info = type { ptr, ptr, ptr, ptr, ptr, ptr, i32, i32, i32, i32, ptr, i32, ptr, i32, ptr, i32, ptr }
%direct.risk = type { [2 x %guide_output], i32, double }
%guide_output = type { i8, i8, i8, i8 }
%direct.lines = type { [1 x %guide_output], i32 }
%eval_state = type { [8 x [2 x i64]], [8 x i8], ptr, [10 x i8], [10 x i8], [2 x i8], ptr, [2 x i32] }
%guide_event = type { i8, i8, i32 }
%lookup_output = type { i32, double, i32, [3 x %guide_output], [3 x [1 x i64]], i32, [1 x i64] }
%lookup_input = type { [1 x i64], i32, double, i32, double }

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
@vars = private constant [8 x %guide_var_info] [%guide_var_info { ptr @.str.4, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 4, ptr @labels.site, i32 7 }, %guide_var_info { ptr @.str.5, i32 0, i32 2, ptr @.str.6, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 8 }, %guide_var_info { ptr @.str.7, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 9 }, %guide_var_info { ptr @.str.44, i32 0, i32 3, ptr null, double 0.000000e+00, double 5.000000e+00, i32 0, ptr null, i32 10 }, %guide_var_info { ptr @.str.12, i32 1, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.part, i32 16 }, %guide_var_info { ptr @.str.42, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.risk, i32 12 }, %guide_var_info { ptr @.str.16, i32 2, i32 2, ptr @.str.17, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 13 }, %guide_var_info { ptr @.str.21, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.line, i32 14 }]
@reads.0 = private constant [3 x i32] [i32 4, i32 1, i32 2]
@reads.1 = private constant [3 x i32] [i32 4, i32 1, i32 2]
@reads.2 = private constant [2 x i32] [i32 4, i32 1]
@reads.3 = private constant [2 x i32] [i32 4, i32 1]
@reads.4 = private constant [1 x i32] [i32 3]
@reads.5 = private constant [2 x i32] [i32 3, i32 0]
@reads.6 = private constant [2 x i32] [i32 3, i32 0]
@reads.7 = private constant [2 x i32] [i32 3, i32 0]
@reads.8 = private constant [2 x i32] [i32 3, i32 0]
@reads.9 = private constant [1 x i32] [i32 3]
@clauses = private constant [10 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.42, i32 0, i32 1, ptr null, ptr @.str.43, i32 25, i32 3, ptr @reads.0 }, %guide_clause_info { i32 1, ptr @.str.42, i32 0, i32 2, ptr null, ptr @.str.43, i32 26, i32 3, ptr @reads.1 }, %guide_clause_info { i32 1, ptr @.str.42, i32 0, i32 3, ptr null, ptr @.str.43, i32 27, i32 2, ptr @reads.2 }, %guide_clause_info { i32 1, ptr @.str.42, i32 0, i32 4, ptr null, ptr @.str.43, i32 28, i32 2, ptr @reads.3 }, %guide_clause_info { i32 1, ptr @.str.44, i32 1, i32 1, ptr null, ptr @.str.45, i32 33, i32 1, ptr @reads.4 }, %guide_clause_info { i32 1, ptr @.str.44, i32 1, i32 2, ptr null, ptr @.str.45, i32 34, i32 2, ptr @reads.5 }, %guide_clause_info { i32 1, ptr @.str.44, i32 1, i32 3, ptr null, ptr @.str.45, i32 35, i32 2, ptr @reads.6 }, %guide_clause_info { i32 1, ptr @.str.44, i32 1, i32 4, ptr null, ptr @.str.45, i32 36, i32 2, ptr @reads.7 }, %guide_clause_info { i32 1, ptr @.str.44, i32 1, i32 5, ptr null, ptr @.str.45, i32 37, i32 2, ptr @reads.8 }, %guide_clause_info { i32 1, ptr @.str.44, i32 1, i32 6, ptr null, ptr @.str.45, i32 38, i32 1, ptr @reads.9 }]
@.str.42 = private unnamed_addr constant [5 x i8] c"risk\00", align 1
@.str.43 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@.str.44 = private unnamed_addr constant [6 x i8] c"lines\00", align 1
@.str.45 = private unnamed_addr constant [4 x i8] c"\C2\A72\00", align 1
@tables = private constant [2 x %guide_table_info] [%guide_table_info { ptr @.str.42, ptr @.str.43, i32 22, i32 0, i32 0, i32 4 }, %guide_table_info { ptr @.str.44, ptr @.str.45, i32 31, i32 0, i32 4, i32 6 }]
@.str.46 = private unnamed_addr constant [7 x i8] c"lookup\00", align 1
@.str.47 = private unnamed_addr constant [31 x i8] c"Golden test of the direct path\00", align 1
@.str.48 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.49 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.50 = private unnamed_addr constant [65 x i8] c"e073e17f0b75585fc257981133f6df5a6be122064b697463154989b77b983fc6\00", align 1
@.str.51 = private unnamed_addr constant [13 x i8] c"lookup.guide\00", align 1
@lookup_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.46, ptr @.str.47, ptr @.str.48, ptr @.str.49, ptr @.str.50, ptr @.str.51, i32 8, i32 4, i32 1, i32 3, ptr @vars, i32 10, ptr @clauses, i32 2, ptr @tables, i32 0, ptr null }
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
@cells.site = private constant [4 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0], [2 x i64] [i64 3, i64 0]]
@cells.size_cm = private constant [3 x [2 x i64]] [[2 x i64] [i64 4616189618054758400, i64 0], [2 x i64] [i64 4617315517961601024, i64 0], [2 x i64] [i64 4618441417868443648, i64 0]]
@cells.rupture = private constant [2 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0]]
@cells.lines.52 = private constant [5 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 4607182418800017408, i64 0], [2 x i64] [i64 4611686018427387904, i64 0], [2 x i64] [i64 4613937818241073152, i64 0], [2 x i64] [i64 4616189618054758400, i64 0]]
@cells = private unnamed_addr constant [8 x ptr] [ptr @cells.site, ptr @cells.size_cm, ptr @cells.rupture, ptr @cells.lines.52, ptr null, ptr null, ptr null, ptr null]
@ncells = private unnamed_addr constant [8 x i32] [i32 4, i32 3, i32 2, i32 5, i32 0, i32 0, i32 0, i32 0]
@types = private unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 0, i32 3, i32 1, i32 1, i32 2, i32 1]
@direct.risk = private unnamed_addr constant [12 x %direct.risk] [%direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0, double 2.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 1, i8 0 }], i32 1, double 0.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 1.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 1.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0, double 2.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 1, i8 0 }], i32 1, double 0.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 5.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 5.200000e+01 }, %direct.risk zeroinitializer, %direct.risk zeroinitializer, %direct.risk zeroinitializer, %direct.risk zeroinitializer]
@direct.lines = private unnamed_addr constant [6 x %direct.lines] [%direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 2 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 2 }, %direct.lines { [1 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 2 }]
@class.risk.site = private unnamed_addr constant [4 x i8] c"\00\01\01\02"
@class.lines.site = private unnamed_addr constant [4 x i8] c"\00\00\01\01"
@plan_in.risk = private constant [3 x i32] [i32 0, i32 1, i32 2]
@plan_in.pct = private constant [3 x i32] [i32 0, i32 1, i32 2]
@plan_in.line = private constant [2 x i32] [i32 0, i32 3]

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

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.risk(ptr nocapture %s) unnamed_addr #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 168
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 176
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif3.i, %endif.i
  %.sink.i = phi i32 [ %18, %endif3.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 128
  %k.i = load i8, ptr %3, align 1
  %.not4.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 129
  %k1.i = load i8, ptr %4, align 1
  %.not5.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not4.i, %.not5.i
  %6 = getelementptr inbounds i8, ptr %s, i64 130
  %k2.i = load i8, ptr %6, align 1
  %.not6.i = icmp eq i8 %k2.i, 0
  %7 = or i1 %5, %.not6.i
  br i1 %7, label %common.ret.sink.split.i, label %endif3.i

endif3.i:                                         ; preds = %endif.i
  %site.i = load i32, ptr %s, align 4
  %8 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %8, align 8
  %9 = fcmp ogt double %size_cm.i, 5.000000e+00
  %10 = zext i1 %9 to i32
  %11 = fcmp oge double %size_cm.i, 5.000000e+00
  %12 = zext i1 %11 to i32
  %13 = mul i32 %site.i, 3
  %14 = add i32 %13, %12
  %15 = add i32 %14, %10
  %16 = getelementptr inbounds i8, ptr %s, i64 32
  %rupture.i = load i32, ptr %16, align 4
  %17 = shl i32 %15, 1
  %18 = add i32 %17, %rupture.i
  br label %common.ret.sink.split.i

cells.risk.exit:                                  ; preds = %untraced, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %untraced ], [ %.sink.i, %common.ret.sink.split.i ]
  %19 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %19, label %lookup, label %endif

endif:                                            ; preds = %cells.risk.exit, %entry
  %20 = getelementptr inbounds i8, ptr %s, i64 164
  %done = load i8, ptr %20, align 1
  %21 = icmp eq i8 %done, 0
  br i1 %21, label %eval, label %endif4

lookup:                                           ; preds = %cells.risk.exit
  %22 = zext nneg i32 %common.ret.op.i to i64
  %23 = add nsw i64 %22, -18
  %24 = icmp ult i64 %23, 6
  br i1 %24, label %no_value, label %endif2

common.ret:                                       ; preds = %endif29, %not_applicable, %undetermined, %conflict, %endif2, %no_value
  %common.ret.op = phi i32 [ 1, %no_value ], [ 1, %endif2 ], [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif29 ]
  ret i32 %common.ret.op

no_value:                                         ; preds = %lookup
  %25 = getelementptr inbounds i8, ptr %s, i64 136
  %out = load ptr, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %out, align 1
  %27 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %27, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %26, i8 0, i64 16, i1 false)
  br label %common.ret

endif2:                                           ; preds = %lookup
  %28 = getelementptr inbounds [24 x i32], ptr @answers.risk.pct, i64 0, i64 %22
  %code = load i32, ptr %28, align 4
  %29 = add nsw i32 %code, -2
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [4 x [2 x i64]], ptr @values.risk, i64 0, i64 %30
  %value.unpack = load i64, ptr %31, align 16
  %32 = getelementptr inbounds i8, ptr %s, i64 136
  %out3 = load ptr, ptr %32, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out3, align 1
  %33 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value.unpack, ptr %33, align 8
  %.repack55 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack55, align 8
  %34 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 1, ptr %34, align 1
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
  %35 = getelementptr inbounds i8, ptr %trace5, i64 8
  %36 = getelementptr inbounds i8, ptr %trace5, i64 16
  %37 = getelementptr inbounds i8, ptr %trace5, i64 24
  %len.i = load i64, ptr %35, align 8
  %cap.i = load i64, ptr %36, align 8
  %38 = icmp eq i64 %len.i, %cap.i
  br i1 %38, label %guide_trace_add.exit.thread, label %guide_trace_add.exit

endif7:                                           ; preds = %add.i.3, %full.i.3, %endif4
  %39 = getelementptr inbounds i8, ptr %s, i64 154
  %eff = load i8, ptr %39, align 1
  switch i8 %eff, label %next12 [
    i8 1, label %holds
    i8 2, label %unknown14
  ]

guide_trace_add.exit.thread:                      ; preds = %loop.preheader
  store i32 1, ptr %37, align 4
  br label %full.i.3

guide_trace_add.exit:                             ; preds = %loop.preheader
  %40 = getelementptr inbounds i8, ptr %s, i64 144
  %st = load i8, ptr %40, align 1
  %ev.i = load ptr, ptr %trace5, align 8
  %41 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 0, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %41, i64 1
  store i8 %st, ptr %42, align 1
  %43 = getelementptr inbounds i8, ptr %41, i64 4
  store i32 0, ptr %43, align 4
  %44 = add i64 %len.i, 1
  store i64 %44, ptr %35, align 8
  %cap.i.1.pre = load i64, ptr %36, align 8
  %45 = icmp eq i64 %44, %cap.i.1.pre
  br i1 %45, label %full.i.3, label %guide_trace_add.exit.1

guide_trace_add.exit.1:                           ; preds = %guide_trace_add.exit
  %46 = getelementptr inbounds i8, ptr %s, i64 145
  %st.1 = load i8, ptr %46, align 1
  %ev.i.1 = load ptr, ptr %trace5, align 8
  %47 = getelementptr inbounds %guide_event, ptr %ev.i.1, i64 %44
  store i8 0, ptr %47, align 1
  %48 = getelementptr inbounds i8, ptr %47, i64 1
  store i8 %st.1, ptr %48, align 1
  %49 = getelementptr inbounds i8, ptr %47, i64 4
  store i32 1, ptr %49, align 4
  %50 = add i64 %len.i, 2
  store i64 %50, ptr %35, align 8
  %cap.i.2.pre = load i64, ptr %36, align 8
  %51 = icmp eq i64 %50, %cap.i.2.pre
  br i1 %51, label %full.i.3, label %guide_trace_add.exit.2

guide_trace_add.exit.2:                           ; preds = %guide_trace_add.exit.1
  %52 = getelementptr inbounds i8, ptr %s, i64 146
  %st.2 = load i8, ptr %52, align 1
  %ev.i.2 = load ptr, ptr %trace5, align 8
  %53 = getelementptr inbounds %guide_event, ptr %ev.i.2, i64 %50
  store i8 0, ptr %53, align 1
  %54 = getelementptr inbounds i8, ptr %53, i64 1
  store i8 %st.2, ptr %54, align 1
  %55 = getelementptr inbounds i8, ptr %53, i64 4
  store i32 2, ptr %55, align 4
  %56 = add i64 %len.i, 3
  store i64 %56, ptr %35, align 8
  %cap.i.3.pre = load i64, ptr %36, align 8
  %57 = icmp eq i64 %56, %cap.i.3.pre
  br i1 %57, label %full.i.3, label %add.i.3

add.i.3:                                          ; preds = %guide_trace_add.exit.2
  %58 = getelementptr inbounds i8, ptr %s, i64 147
  %st.3 = load i8, ptr %58, align 1
  %ev.i.3 = load ptr, ptr %trace5, align 8
  %59 = getelementptr inbounds %guide_event, ptr %ev.i.3, i64 %56
  store i8 0, ptr %59, align 1
  %60 = getelementptr inbounds i8, ptr %59, i64 1
  store i8 %st.3, ptr %60, align 1
  %61 = getelementptr inbounds i8, ptr %59, i64 4
  store i32 3, ptr %61, align 4
  %62 = add i64 %len.i, 4
  store i64 %62, ptr %35, align 8
  br label %endif7

full.i.3:                                         ; preds = %guide_trace_add.exit.1, %guide_trace_add.exit, %guide_trace_add.exit.thread, %guide_trace_add.exit.2
  store i32 1, ptr %37, align 4
  br label %endif7

next12:                                           ; preds = %holds, %endif7, %unknown14
  %unknown.1 = phi i1 [ false, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %63 = phi i1 [ true, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif7 ], [ -1, %unknown14 ], [ 0, %holds ]
  %64 = getelementptr inbounds i8, ptr %s, i64 155
  %eff.1 = load i8, ptr %64, align 1
  switch i8 %eff.1, label %next12.1 [
    i8 1, label %holds.1
    i8 2, label %unknown14.1
  ]

unknown14.1:                                      ; preds = %next12
  br label %next12.1

holds.1:                                          ; preds = %next12
  %not. = xor i1 %63, true
  %spec.select100 = select i1 %63, i32 1, i32 %cls.1
  br label %next12.1

next12.1:                                         ; preds = %holds.1, %unknown14.1, %next12
  %unknown.1.1 = phi i1 [ %unknown.1, %next12 ], [ true, %unknown14.1 ], [ %unknown.1, %holds.1 ]
  %clash.1.1 = phi i1 [ false, %next12 ], [ false, %unknown14.1 ], [ %not., %holds.1 ]
  %cls.1.1 = phi i32 [ %cls.1, %next12 ], [ %cls.1, %unknown14.1 ], [ %spec.select100, %holds.1 ]
  %65 = getelementptr inbounds i8, ptr %s, i64 156
  %eff.2 = load i8, ptr %65, align 1
  switch i8 %eff.2, label %next12.2 [
    i8 1, label %holds.2
    i8 2, label %unknown14.2
  ]

unknown14.2:                                      ; preds = %next12.1
  br label %next12.2

holds.2:                                          ; preds = %next12.1
  %66 = icmp slt i32 %cls.1.1, 0
  br i1 %66, label %next12.2, label %compare.2

compare.2:                                        ; preds = %holds.2
  %67 = icmp ne i32 %cls.1.1, 1
  %68 = or i1 %clash.1.1, %67
  br label %next12.2

next12.2:                                         ; preds = %compare.2, %holds.2, %unknown14.2, %next12.1
  %unknown.1.2 = phi i1 [ %unknown.1.1, %next12.1 ], [ true, %unknown14.2 ], [ %unknown.1.1, %compare.2 ], [ %unknown.1.1, %holds.2 ]
  %clash.1.2 = phi i1 [ %clash.1.1, %next12.1 ], [ %clash.1.1, %unknown14.2 ], [ %68, %compare.2 ], [ %clash.1.1, %holds.2 ]
  %cls.1.2 = phi i32 [ %cls.1.1, %next12.1 ], [ %cls.1.1, %unknown14.2 ], [ %cls.1.1, %compare.2 ], [ 1, %holds.2 ]
  %first.1.2 = phi i32 [ %cls.1.1, %next12.1 ], [ %cls.1.1, %unknown14.2 ], [ %cls.1.1, %compare.2 ], [ 2, %holds.2 ]
  %69 = getelementptr inbounds i8, ptr %s, i64 157
  %eff.3 = load i8, ptr %69, align 1
  switch i8 %eff.3, label %next12.3 [
    i8 1, label %holds.3
    i8 2, label %unknown14.3
  ]

unknown14.3:                                      ; preds = %next12.2
  br i1 %clash.1.2, label %conflict, label %endif15.thread

endif15.thread:                                   ; preds = %unknown14.3
  %none88 = icmp slt i32 %first.1.2, 0
  br i1 %none88, label %undetermined, label %body22.preheader

holds.3:                                          ; preds = %next12.2
  %70 = icmp slt i32 %first.1.2, 0
  br i1 %70, label %next12.3, label %compare.3

compare.3:                                        ; preds = %holds.3
  %71 = icmp ne i32 %cls.1.2, 1
  %72 = or i1 %clash.1.2, %71
  br i1 %72, label %conflict, label %endif15

next12.3:                                         ; preds = %holds.3, %next12.2
  %cls.1.3 = phi i32 [ %cls.1.2, %next12.2 ], [ 1, %holds.3 ]
  %first.1.3 = phi i32 [ %first.1.2, %next12.2 ], [ 3, %holds.3 ]
  br i1 %clash.1.2, label %conflict, label %endif15

holds:                                            ; preds = %endif7
  br label %next12

unknown14:                                        ; preds = %endif7
  br label %next12

conflict:                                         ; preds = %compare.3, %unknown14.3, %next12.3
  %73 = getelementptr inbounds i8, ptr %s, i64 136
  %out16 = load ptr, ptr %73, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16, align 1
  %74 = getelementptr inbounds i8, ptr %s, i64 80
  %75 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %75, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %74, i8 0, i64 16, i1 false)
  br label %common.ret

endif15:                                          ; preds = %compare.3, %next12.3
  %first.1.384 = phi i32 [ %first.1.3, %next12.3 ], [ %first.1.2, %compare.3 ]
  %cls.1.383 = phi i32 [ %cls.1.3, %next12.3 ], [ 1, %compare.3 ]
  %none = icmp slt i32 %first.1.384, 0
  br i1 %unknown.1.2, label %some_unknown, label %endif18

some_unknown:                                     ; preds = %endif15
  br i1 %none, label %undetermined, label %body22.preheader

body22.preheader:                                 ; preds = %endif15.thread, %some_unknown
  %first.1.3849096 = phi i32 [ %first.1.2, %endif15.thread ], [ %first.1.384, %some_unknown ]
  %cls.1.3839195 = phi i32 [ %cls.1.2, %endif15.thread ], [ %cls.1.383, %some_unknown ]
  %76 = icmp ne i32 %cls.1.3839195, 0
  %77 = icmp eq i8 %eff, 2
  %78 = and i1 %77, %76
  br i1 %78, label %undetermined, label %loop21

endif18:                                          ; preds = %endif15
  br i1 %none, label %not_applicable, label %endif29

undetermined:                                     ; preds = %body22.preheader, %loop21, %endif15.thread, %some_unknown
  %79 = getelementptr inbounds i8, ptr %s, i64 136
  %out28 = load ptr, ptr %79, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28, align 1
  %80 = getelementptr inbounds i8, ptr %s, i64 80
  %81 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %81, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %80, i8 0, i64 16, i1 false)
  br label %common.ret

loop21:                                           ; preds = %body22.preheader
  %82 = icmp ne i32 %cls.1.3839195, 1
  %83 = icmp eq i8 %eff.1, 2
  %84 = icmp eq i8 %eff.2, 2
  %85 = or i1 %83, %84
  %86 = icmp eq i8 %eff.3, 2
  %or.cond104 = or i1 %85, %86
  %or.cond103 = and i1 %or.cond104, %82
  br i1 %or.cond103, label %undetermined, label %endif29

not_applicable:                                   ; preds = %endif18
  %87 = getelementptr inbounds i8, ptr %s, i64 136
  %out30 = load ptr, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %out30, align 1
  %89 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 0, ptr %89, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %88, i8 0, i64 16, i1 false)
  br label %common.ret

endif29:                                          ; preds = %loop21, %endif18
  %first.1.3848999 = phi i32 [ %first.1.384, %endif18 ], [ %first.1.3849096, %loop21 ]
  %90 = zext nneg i32 %first.1.3848999 to i64
  %91 = getelementptr inbounds [4 x [2 x i64]], ptr @values.risk, i64 0, i64 %90
  %value31.unpack = load i64, ptr %91, align 16
  %92 = getelementptr inbounds i8, ptr %s, i64 136
  %out33 = load ptr, ptr %92, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33, align 1
  %93 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value31.unpack, ptr %93, align 8
  %.repack47 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack47, align 8
  %94 = getelementptr inbounds i8, ptr %s, i64 133
  store i8 1, ptr %94, align 1
  br label %common.ret
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.pct(ptr nocapture %s) unnamed_addr #4 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 168
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 176
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif3.i, %endif.i
  %.sink.i = phi i32 [ %18, %endif3.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 128
  %k.i = load i8, ptr %3, align 1
  %.not4.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 129
  %k1.i = load i8, ptr %4, align 1
  %.not5.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not4.i, %.not5.i
  %6 = getelementptr inbounds i8, ptr %s, i64 130
  %k2.i = load i8, ptr %6, align 1
  %.not6.i = icmp eq i8 %k2.i, 0
  %7 = or i1 %5, %.not6.i
  br i1 %7, label %common.ret.sink.split.i, label %endif3.i

endif3.i:                                         ; preds = %endif.i
  %site.i = load i32, ptr %s, align 4
  %8 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm.i = load double, ptr %8, align 8
  %9 = fcmp ogt double %size_cm.i, 5.000000e+00
  %10 = zext i1 %9 to i32
  %11 = fcmp oge double %size_cm.i, 5.000000e+00
  %12 = zext i1 %11 to i32
  %13 = mul i32 %site.i, 3
  %14 = add i32 %13, %12
  %15 = add i32 %14, %10
  %16 = getelementptr inbounds i8, ptr %s, i64 32
  %rupture.i = load i32, ptr %16, align 4
  %17 = shl i32 %15, 1
  %18 = add i32 %17, %rupture.i
  br label %common.ret.sink.split.i

cells.risk.exit:                                  ; preds = %untraced, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %untraced ], [ %.sink.i, %common.ret.sink.split.i ]
  %19 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %19, label %lookup, label %endif

endif:                                            ; preds = %cells.risk.exit, %entry
  %20 = getelementptr inbounds i8, ptr %s, i64 164
  %done = load i8, ptr %20, align 1
  %21 = icmp eq i8 %done, 0
  br i1 %21, label %eval, label %endif4

lookup:                                           ; preds = %cells.risk.exit
  %22 = zext nneg i32 %common.ret.op.i to i64
  %23 = add nsw i64 %22, -18
  %24 = icmp ult i64 %23, 6
  br i1 %24, label %no_value, label %endif2

common.ret:                                       ; preds = %endif21, %not_applicable, %undetermined, %conflict, %endif2, %no_value
  %common.ret.op = phi i32 [ 1, %no_value ], [ 1, %endif2 ], [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif21 ]
  ret i32 %common.ret.op

no_value:                                         ; preds = %lookup
  %25 = getelementptr inbounds i8, ptr %s, i64 136
  %out = load ptr, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %out, i64 4
  %27 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %26, align 1
  %28 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %28, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %27, i8 0, i64 16, i1 false)
  br label %common.ret

endif2:                                           ; preds = %lookup
  %29 = getelementptr inbounds [24 x i32], ptr @answers.risk.pct, i64 0, i64 %22
  %code = load i32, ptr %29, align 4
  %30 = add nsw i32 %code, -2
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [4 x [2 x i64]], ptr @values.pct, i64 0, i64 %31
  %value.unpack = load i64, ptr %32, align 16
  %33 = getelementptr inbounds [4 x i8], ptr @nulls.pct, i64 0, i64 %31
  %is_null = load i8, ptr %33, align 1
  %34 = getelementptr inbounds i8, ptr %s, i64 136
  %out3 = load ptr, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %out3, i64 4
  store i8 1, ptr %35, align 1
  %36 = getelementptr inbounds i8, ptr %out3, i64 5
  store i8 0, ptr %36, align 1
  %37 = getelementptr inbounds i8, ptr %out3, i64 6
  store i8 %is_null, ptr %37, align 1
  %38 = getelementptr inbounds i8, ptr %out3, i64 7
  store i8 0, ptr %38, align 1
  %39 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value.unpack, ptr %39, align 8
  %.repack45 = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack45, align 8
  %40 = icmp ne i32 %30, 1
  %41 = zext i1 %40 to i8
  %42 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 %41, ptr %42, align 1
  br label %common.ret

eval:                                             ; preds = %endif
  tail call fastcc void @table.risk(ptr nonnull %s)
  br label %endif4

endif4:                                           ; preds = %eval, %endif
  %43 = getelementptr inbounds i8, ptr %s, i64 154
  %eff = load i8, ptr %43, align 1
  switch i8 %eff, label %next [
    i8 1, label %holds
    i8 2, label %unknown6
  ]

next:                                             ; preds = %holds, %endif4, %unknown6
  %unknown.1 = phi i1 [ false, %endif4 ], [ true, %unknown6 ], [ false, %holds ]
  %44 = phi i1 [ true, %endif4 ], [ true, %unknown6 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif4 ], [ -1, %unknown6 ], [ 0, %holds ]
  %45 = getelementptr inbounds i8, ptr %s, i64 155
  %eff.1 = load i8, ptr %45, align 1
  switch i8 %eff.1, label %next.1 [
    i8 1, label %holds.1
    i8 2, label %unknown6.1
  ]

unknown6.1:                                       ; preds = %next
  br label %next.1

holds.1:                                          ; preds = %next
  %not. = xor i1 %44, true
  %spec.select72 = select i1 %44, i32 1, i32 %cls.1
  br label %next.1

next.1:                                           ; preds = %holds.1, %unknown6.1, %next
  %unknown.1.1 = phi i1 [ %unknown.1, %next ], [ true, %unknown6.1 ], [ %unknown.1, %holds.1 ]
  %clash.1.1 = phi i1 [ false, %next ], [ false, %unknown6.1 ], [ %not., %holds.1 ]
  %cls.1.1 = phi i32 [ %cls.1, %next ], [ %cls.1, %unknown6.1 ], [ %spec.select72, %holds.1 ]
  %46 = getelementptr inbounds i8, ptr %s, i64 156
  %eff.2 = load i8, ptr %46, align 1
  switch i8 %eff.2, label %next.2 [
    i8 1, label %holds.2
    i8 2, label %unknown6.2
  ]

unknown6.2:                                       ; preds = %next.1
  br label %next.2

holds.2:                                          ; preds = %next.1
  %47 = icmp sgt i32 %cls.1.1, -1
  %spec.select73 = or i1 %47, %clash.1.1
  %spec.select74 = select i1 %47, i32 %cls.1.1, i32 2
  br label %next.2

next.2:                                           ; preds = %holds.2, %unknown6.2, %next.1
  %unknown.1.2 = phi i1 [ %unknown.1.1, %next.1 ], [ true, %unknown6.2 ], [ %unknown.1.1, %holds.2 ]
  %clash.1.2 = phi i1 [ %clash.1.1, %next.1 ], [ %clash.1.1, %unknown6.2 ], [ %spec.select73, %holds.2 ]
  %cls.1.2 = phi i32 [ %cls.1.1, %next.1 ], [ %cls.1.1, %unknown6.2 ], [ %spec.select74, %holds.2 ]
  %48 = getelementptr inbounds i8, ptr %s, i64 157
  %eff.3 = load i8, ptr %48, align 1
  switch i8 %eff.3, label %next.3 [
    i8 1, label %holds.3
    i8 2, label %unknown6.3
  ]

unknown6.3:                                       ; preds = %next.2
  br i1 %clash.1.2, label %conflict, label %endif7.thread

endif7.thread:                                    ; preds = %unknown6.3
  %none62 = icmp slt i32 %cls.1.2, 0
  br i1 %none62, label %undetermined, label %body14.preheader

holds.3:                                          ; preds = %next.2
  %49 = icmp slt i32 %cls.1.2, 0
  br i1 %49, label %next.3, label %conflict

next.3:                                           ; preds = %holds.3, %next.2
  %cls.1.3 = phi i32 [ %cls.1.2, %next.2 ], [ 3, %holds.3 ]
  br i1 %clash.1.2, label %conflict, label %endif7

holds:                                            ; preds = %endif4
  br label %next

unknown6:                                         ; preds = %endif4
  br label %next

conflict:                                         ; preds = %holds.3, %unknown6.3, %next.3
  %50 = getelementptr inbounds i8, ptr %s, i64 136
  %out8 = load ptr, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %out8, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %51, align 1
  %52 = getelementptr inbounds i8, ptr %s, i64 96
  %53 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %53, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %52, i8 0, i64 16, i1 false)
  br label %common.ret

endif7:                                           ; preds = %next.3
  %none = icmp slt i32 %cls.1.3, 0
  br i1 %unknown.1.2, label %some_unknown, label %endif10

some_unknown:                                     ; preds = %endif7
  br i1 %none, label %undetermined, label %body14.preheader

body14.preheader:                                 ; preds = %endif7.thread, %some_unknown
  %cls.1.3596368 = phi i32 [ %cls.1.2, %endif7.thread ], [ %cls.1.3, %some_unknown ]
  %54 = icmp ne i32 %cls.1.3596368, 0
  %55 = icmp eq i8 %eff, 2
  %56 = and i1 %55, %54
  br i1 %56, label %undetermined, label %loop13

endif10:                                          ; preds = %endif7
  br i1 %none, label %not_applicable, label %endif21

undetermined:                                     ; preds = %body14.preheader, %loop13, %loop13.1, %loop13.2, %endif7.thread, %some_unknown
  %57 = getelementptr inbounds i8, ptr %s, i64 136
  %out20 = load ptr, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %out20, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %58, align 1
  %59 = getelementptr inbounds i8, ptr %s, i64 96
  %60 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %60, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %59, i8 0, i64 16, i1 false)
  br label %common.ret

loop13:                                           ; preds = %body14.preheader
  %61 = icmp ne i32 %cls.1.3596368, 1
  %62 = icmp eq i8 %eff.1, 2
  %63 = and i1 %62, %61
  br i1 %63, label %undetermined, label %loop13.1

loop13.1:                                         ; preds = %loop13
  %64 = icmp ne i32 %cls.1.3596368, 2
  %65 = icmp eq i8 %eff.2, 2
  %66 = and i1 %65, %64
  br i1 %66, label %undetermined, label %loop13.2

loop13.2:                                         ; preds = %loop13.1
  %67 = icmp ne i32 %cls.1.3596368, 3
  %68 = icmp eq i8 %eff.3, 2
  %69 = and i1 %68, %67
  br i1 %69, label %undetermined, label %endif21

not_applicable:                                   ; preds = %endif10
  %70 = getelementptr inbounds i8, ptr %s, i64 136
  %out22 = load ptr, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %out22, i64 4
  %72 = getelementptr inbounds i8, ptr %s, i64 96
  store i32 0, ptr %71, align 1
  %73 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 0, ptr %73, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %72, i8 0, i64 16, i1 false)
  br label %common.ret

endif21:                                          ; preds = %loop13.2, %endif10
  %cls.1.3596471 = phi i32 [ %cls.1.3, %endif10 ], [ %cls.1.3596368, %loop13.2 ]
  %74 = zext nneg i32 %cls.1.3596471 to i64
  %75 = getelementptr inbounds [4 x [2 x i64]], ptr @values.pct, i64 0, i64 %74
  %value23.unpack = load i64, ptr %75, align 16
  %76 = getelementptr inbounds [4 x i8], ptr @nulls.pct, i64 0, i64 %74
  %is_null24 = load i8, ptr %76, align 1
  %77 = getelementptr inbounds i8, ptr %s, i64 136
  %out25 = load ptr, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %out25, i64 4
  store i8 1, ptr %78, align 1
  %79 = getelementptr inbounds i8, ptr %out25, i64 5
  store i8 0, ptr %79, align 1
  %80 = getelementptr inbounds i8, ptr %out25, i64 6
  store i8 %is_null24, ptr %80, align 1
  %81 = getelementptr inbounds i8, ptr %out25, i64 7
  store i8 0, ptr %81, align 1
  %82 = getelementptr inbounds i8, ptr %s, i64 96
  store i64 %value23.unpack, ptr %82, align 8
  %.repack37 = getelementptr inbounds i8, ptr %s, i64 104
  store i64 0, ptr %.repack37, align 8
  %83 = icmp ne i32 %cls.1.3596471, 1
  %84 = zext i1 %83 to i8
  %85 = getelementptr inbounds i8, ptr %s, i64 134
  store i8 %84, ptr %85, align 1
  br label %common.ret
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.line(ptr %s) unnamed_addr #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 168
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 180
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.lines.exit

common.ret.sink.split.i:                          ; preds = %endif2.i, %endif.i
  %.sink.i = phi i32 [ %25, %endif2.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.lines.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 131
  %k.i = load i8, ptr %3, align 1
  %.not3.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 128
  %k1.i = load i8, ptr %4, align 1
  %.not4.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not3.i, %.not4.i
  br i1 %5, label %common.ret.sink.split.i, label %endif2.i

endif2.i:                                         ; preds = %endif.i
  %6 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i = load double, ptr %6, align 8
  %7 = fcmp ogt double %lines.i, 1.000000e+00
  %8 = zext i1 %7 to i32
  %9 = fcmp oge double %lines.i, 1.000000e+00
  %10 = zext i1 %9 to i32
  %11 = add nuw nsw i32 %8, %10
  %12 = fcmp ogt double %lines.i, 2.000000e+00
  %13 = zext i1 %12 to i32
  %14 = add nuw nsw i32 %11, %13
  %15 = fcmp oge double %lines.i, 2.000000e+00
  %16 = zext i1 %15 to i32
  %17 = add nuw nsw i32 %14, %16
  %18 = fcmp ogt double %lines.i, 3.000000e+00
  %19 = zext i1 %18 to i32
  %20 = add nuw nsw i32 %17, %19
  %21 = fcmp oge double %lines.i, 3.000000e+00
  %22 = zext i1 %21 to i32
  %23 = add nuw nsw i32 %20, %22
  %site.i = load i32, ptr %s, align 4
  %24 = shl nuw nsw i32 %23, 2
  %25 = add i32 %24, %site.i
  br label %common.ret.sink.split.i

cells.lines.exit:                                 ; preds = %untraced, %common.ret.sink.split.i
  %common.ret.op.i = phi i32 [ %combo.i, %untraced ], [ %.sink.i, %common.ret.sink.split.i ]
  %26 = icmp sgt i32 %common.ret.op.i, -1
  br i1 %26, label %lookup, label %endif

endif:                                            ; preds = %cells.lines.exit, %entry
  %27 = getelementptr inbounds i8, ptr %s, i64 165
  %done = load i8, ptr %27, align 1
  %28 = icmp eq i8 %done, 0
  br i1 %28, label %eval, label %endif4

lookup:                                           ; preds = %cells.lines.exit
  %29 = zext nneg i32 %common.ret.op.i to i64
  %30 = lshr i64 986880, %29
  %31 = and i64 %30, 1
  %.not52 = icmp eq i64 %31, 0
  br i1 %.not52, label %endif2, label %no_value

common.ret:                                       ; preds = %endif29, %not_applicable, %undetermined, %conflict, %endif2, %no_value
  %common.ret.op = phi i32 [ 1, %no_value ], [ 1, %endif2 ], [ 1, %conflict ], [ 0, %undetermined ], [ 1, %not_applicable ], [ 1, %endif29 ]
  ret i32 %common.ret.op

no_value:                                         ; preds = %lookup
  %32 = getelementptr inbounds i8, ptr %s, i64 136
  %out = load ptr, ptr %32, align 8
  %33 = getelementptr inbounds i8, ptr %out, i64 8
  %34 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %33, align 1
  %35 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %35, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %34, i8 0, i64 16, i1 false)
  br label %common.ret

endif2:                                           ; preds = %lookup
  %36 = getelementptr inbounds [28 x i32], ptr @answers.lines.line, i64 0, i64 %29
  %code = load i32, ptr %36, align 4
  %37 = add nsw i32 %code, -2
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [6 x [2 x i64]], ptr @values.line, i64 0, i64 %38
  %value.unpack = load i64, ptr %39, align 16
  %40 = getelementptr inbounds i8, ptr %s, i64 136
  %out3 = load ptr, ptr %40, align 8
  %41 = getelementptr inbounds i8, ptr %out3, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %41, align 1
  %42 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value.unpack, ptr %42, align 8
  %.repack56 = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack56, align 8
  %43 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 1, ptr %43, align 1
  br label %common.ret

eval:                                             ; preds = %endif
  store i8 1, ptr %27, align 1
  %44 = getelementptr inbounds i8, ptr %s, i64 180
  %combo.i.i = load i32, ptr %44, align 4
  %.not.i.i = icmp eq i32 %combo.i.i, -1
  br i1 %.not.i.i, label %endif.i.i, label %cells.lines.exit.i

common.ret.sink.split.i.i:                        ; preds = %endif2.i.i, %endif.i.i
  %.sink.i.i = phi i32 [ %67, %endif2.i.i ], [ -2, %endif.i.i ]
  store i32 %.sink.i.i, ptr %44, align 4
  br label %cells.lines.exit.i

endif.i.i:                                        ; preds = %eval
  %45 = getelementptr inbounds i8, ptr %s, i64 131
  %k.i.i = load i8, ptr %45, align 1
  %.not3.i.i = icmp eq i8 %k.i.i, 0
  %46 = getelementptr inbounds i8, ptr %s, i64 128
  %k1.i.i = load i8, ptr %46, align 1
  %.not4.i.i = icmp eq i8 %k1.i.i, 0
  %47 = or i1 %.not3.i.i, %.not4.i.i
  br i1 %47, label %common.ret.sink.split.i.i, label %endif2.i.i

endif2.i.i:                                       ; preds = %endif.i.i
  %48 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i.i = load double, ptr %48, align 8
  %49 = fcmp ogt double %lines.i.i, 1.000000e+00
  %50 = zext i1 %49 to i32
  %51 = fcmp oge double %lines.i.i, 1.000000e+00
  %52 = zext i1 %51 to i32
  %53 = add nuw nsw i32 %50, %52
  %54 = fcmp ogt double %lines.i.i, 2.000000e+00
  %55 = zext i1 %54 to i32
  %56 = add nuw nsw i32 %53, %55
  %57 = fcmp oge double %lines.i.i, 2.000000e+00
  %58 = zext i1 %57 to i32
  %59 = add nuw nsw i32 %56, %58
  %60 = fcmp ogt double %lines.i.i, 3.000000e+00
  %61 = zext i1 %60 to i32
  %62 = add nuw nsw i32 %59, %61
  %63 = fcmp oge double %lines.i.i, 3.000000e+00
  %64 = zext i1 %63 to i32
  %65 = add nuw nsw i32 %62, %64
  %site.i.i = load i32, ptr %s, align 4
  %66 = shl nuw nsw i32 %65, 2
  %67 = add i32 %66, %site.i.i
  br label %common.ret.sink.split.i.i

cells.lines.exit.i:                               ; preds = %common.ret.sink.split.i.i, %eval
  %common.ret.op.i.i = phi i32 [ %combo.i.i, %eval ], [ %.sink.i.i, %common.ret.sink.split.i.i ]
  %68 = icmp sgt i32 %common.ret.op.i.i, -1
  br i1 %68, label %lookup.i, label %endif.i59

lookup.i:                                         ; preds = %cells.lines.exit.i
  %69 = getelementptr inbounds i8, ptr %s, i64 148
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %69, i8 0, i64 6, i1 false)
  %70 = getelementptr inbounds i8, ptr %s, i64 158
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %70, i8 0, i64 6, i1 false)
  %71 = zext nneg i32 %common.ret.op.i.i to i64
  %72 = getelementptr inbounds [28 x i32], ptr @combos.lines, i64 0, i64 %71
  %off.i = load i32, ptr %72, align 4
  %73 = sext i32 %off.i to i64
  %74 = lshr i64 299596, %73
  %75 = and i64 %74, 1
  %.not3941.i = icmp eq i64 %75, 0
  br i1 %.not3941.i, label %hit.i, label %endif4

endif.i59:                                        ; preds = %cells.lines.exit.i
  %76 = getelementptr inbounds i8, ptr %s, i64 48
  %lines.i60 = load double, ptr %76, align 8
  %77 = fcmp ole double %lines.i60, 1.000000e+00
  %78 = getelementptr inbounds i8, ptr %s, i64 131
  %k.i61 = load i8, ptr %78, align 1
  %.not.i62 = icmp ne i8 %k.i61, 0
  %79 = xor i1 %77, true
  %80 = select i1 %.not.i62, i1 %79, i1 false
  %81 = select i1 %.not.i62, i1 %77, i1 false
  %82 = select i1 %81, i8 1, i8 2
  %83 = select i1 %80, i8 0, i8 %82
  %84 = getelementptr inbounds i8, ptr %s, i64 148
  store i8 %83, ptr %84, align 1
  %85 = getelementptr inbounds i8, ptr %s, i64 158
  store i8 %83, ptr %85, align 1
  %86 = fcmp oeq double %lines.i60, 2.000000e+00
  %87 = xor i1 %86, true
  %88 = select i1 %.not.i62, i1 %87, i1 false
  %site.i63 = load i32, ptr %s, align 4
  %89 = and i32 %site.i63, 63
  %90 = zext nneg i32 %89 to i64
  %91 = lshr i64 1, %90
  %92 = trunc nuw nsw i64 %91 to i32
  %93 = getelementptr inbounds i8, ptr %s, i64 128
  %k3.i = load i8, ptr %93, align 1
  %.not19.i = icmp eq i8 %k3.i, 0
  %94 = xor i1 %.not.i62, %88
  %95 = select i1 %94, i1 %86, i1 false
  %96 = getelementptr inbounds i8, ptr %s, i64 149
  %97 = getelementptr inbounds i8, ptr %s, i64 159
  %98 = lshr i64 2, %90
  %99 = trunc nuw nsw i64 %98 to i32
  %100 = and i32 %99, 1
  %101 = insertelement <2 x i64> poison, i64 %90, i64 0
  %102 = shufflevector <2 x i64> %101, <2 x i64> poison, <2 x i32> zeroinitializer
  %103 = lshr <2 x i64> <i64 4, i64 8>, %102
  %104 = trunc nuw nsw <2 x i64> %103 to <2 x i32>
  %105 = and <2 x i32> %104, <i32 1, i32 1>
  %106 = insertelement <4 x i1> poison, i1 %.not19.i, i64 0
  %107 = shufflevector <4 x i1> %106, <4 x i1> poison, <4 x i32> zeroinitializer
  %108 = insertelement <4 x i32> poison, i32 %92, i64 0
  %109 = insertelement <4 x i32> %108, i32 %100, i64 1
  %110 = shufflevector <2 x i32> %105, <2 x i32> poison, <4 x i32> <i32 0, i32 1, i32 poison, i32 poison>
  %111 = shufflevector <4 x i32> %109, <4 x i32> %110, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %112 = select <4 x i1> %107, <4 x i32> <i32 2, i32 2, i32 2, i32 2>, <4 x i32> %111
  %113 = icmp eq <4 x i32> %112, zeroinitializer
  %114 = insertelement <4 x i1> poison, i1 %88, i64 0
  %115 = shufflevector <4 x i1> %114, <4 x i1> poison, <4 x i32> zeroinitializer
  %116 = or <4 x i1> %115, %113
  %117 = icmp eq <4 x i32> %112, <i32 1, i32 1, i32 1, i32 1>
  %118 = insertelement <4 x i1> poison, i1 %95, i64 0
  %119 = shufflevector <4 x i1> %118, <4 x i1> poison, <4 x i32> zeroinitializer
  %120 = and <4 x i1> %119, %117
  %121 = xor <4 x i1> %116, <i1 true, i1 true, i1 true, i1 true>
  %122 = select <4 x i1> %121, <4 x i1> %120, <4 x i1> zeroinitializer
  %123 = select <4 x i1> %122, <4 x i8> <i8 1, i8 1, i8 1, i8 1>, <4 x i8> <i8 2, i8 2, i8 2, i8 2>
  %124 = select <4 x i1> %116, <4 x i8> zeroinitializer, <4 x i8> %123
  store <4 x i8> %124, ptr %96, align 1
  store <4 x i8> %124, ptr %97, align 1
  %125 = fcmp oge double %lines.i60, 3.000000e+00
  %126 = xor i1 %125, true
  %127 = select i1 %.not.i62, i1 %126, i1 false
  %128 = select i1 %.not.i62, i1 %125, i1 false
  %129 = select i1 %128, i8 1, i8 2
  %130 = select i1 %127, i8 0, i8 %129
  %131 = getelementptr inbounds i8, ptr %s, i64 153
  store i8 %130, ptr %131, align 1
  %132 = getelementptr inbounds i8, ptr %s, i64 163
  store i8 %130, ptr %132, align 1
  br label %endif4

hit.i:                                            ; preds = %lookup.i, %hit.i
  %133 = phi i64 [ %147, %hit.i ], [ %73, %lookup.i ]
  %pos.042.i = phi i32 [ %146, %hit.i ], [ %off.i, %lookup.i ]
  %134 = getelementptr inbounds [19 x i16], ptr @rows.lines, i64 0, i64 %133
  %row.i = load i16, ptr %134, align 2
  %135 = add i32 %pos.042.i, 1
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [19 x i16], ptr @rows.lines, i64 0, i64 %136
  %status.i = load i16, ptr %137, align 2
  %138 = zext i16 %row.i to i64
  %139 = add nuw nsw i64 %138, 4
  %140 = trunc i16 %status.i to i8
  %141 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 3, i64 %139
  store i8 %140, ptr %141, align 1
  %142 = lshr i64 149810, %136
  %143 = trunc i64 %142 to i8
  %144 = and i8 %143, 1
  %145 = getelementptr inbounds %eval_state, ptr %s, i64 0, i32 4, i64 %139
  store i8 %144, ptr %145, align 1
  %146 = add i32 %pos.042.i, 2
  %147 = sext i32 %146 to i64
  %148 = lshr i64 299596, %147
  %149 = and i64 %148, 1
  %.not39.i = icmp eq i64 %149, 0
  br i1 %.not39.i, label %hit.i, label %endif4

endif4:                                           ; preds = %hit.i, %endif.i59, %lookup.i, %endif
  %trace5 = load ptr, ptr %0, align 8
  %.not = icmp eq ptr %trace5, null
  br i1 %.not, label %endif7, label %loop.preheader

loop.preheader:                                   ; preds = %endif4
  %150 = getelementptr inbounds i8, ptr %trace5, i64 8
  %151 = getelementptr inbounds i8, ptr %trace5, i64 16
  %152 = getelementptr inbounds i8, ptr %trace5, i64 24
  %len.i = load i64, ptr %150, align 8
  %cap.i = load i64, ptr %151, align 8
  %153 = icmp eq i64 %len.i, %cap.i
  br i1 %153, label %guide_trace_add.exit.2.thread, label %guide_trace_add.exit

endif7:                                           ; preds = %add.i.5, %full.i.5, %endif4
  %154 = getelementptr inbounds i8, ptr %s, i64 158
  %eff = load i8, ptr %154, align 1
  switch i8 %eff, label %next12 [
    i8 1, label %holds
    i8 2, label %unknown14
  ]

guide_trace_add.exit:                             ; preds = %loop.preheader
  %155 = getelementptr inbounds i8, ptr %s, i64 148
  %st = load i8, ptr %155, align 1
  %ev.i = load ptr, ptr %trace5, align 8
  %156 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 0, ptr %156, align 1
  %157 = getelementptr inbounds i8, ptr %156, i64 1
  store i8 %st, ptr %157, align 1
  %158 = getelementptr inbounds i8, ptr %156, i64 4
  store i32 4, ptr %158, align 4
  %159 = add i64 %len.i, 1
  store i64 %159, ptr %150, align 8
  %cap.i.1.pre = load i64, ptr %151, align 8
  %160 = icmp eq i64 %159, %cap.i.1.pre
  br i1 %160, label %guide_trace_add.exit.2.thread, label %guide_trace_add.exit.1

guide_trace_add.exit.1:                           ; preds = %guide_trace_add.exit
  %161 = getelementptr inbounds i8, ptr %s, i64 149
  %st.1 = load i8, ptr %161, align 1
  %ev.i.1 = load ptr, ptr %trace5, align 8
  %162 = getelementptr inbounds %guide_event, ptr %ev.i.1, i64 %159
  store i8 0, ptr %162, align 1
  %163 = getelementptr inbounds i8, ptr %162, i64 1
  store i8 %st.1, ptr %163, align 1
  %164 = getelementptr inbounds i8, ptr %162, i64 4
  store i32 5, ptr %164, align 4
  %165 = add i64 %len.i, 2
  store i64 %165, ptr %150, align 8
  %cap.i.2.pre = load i64, ptr %151, align 8
  %166 = icmp eq i64 %165, %cap.i.2.pre
  br i1 %166, label %guide_trace_add.exit.2.thread, label %guide_trace_add.exit.2

guide_trace_add.exit.2.thread:                    ; preds = %guide_trace_add.exit, %loop.preheader, %guide_trace_add.exit.1
  store i32 1, ptr %152, align 4
  br label %full.i.5

guide_trace_add.exit.2:                           ; preds = %guide_trace_add.exit.1
  %167 = getelementptr inbounds i8, ptr %s, i64 150
  %st.2 = load i8, ptr %167, align 1
  %ev.i.2 = load ptr, ptr %trace5, align 8
  %168 = getelementptr inbounds %guide_event, ptr %ev.i.2, i64 %165
  store i8 0, ptr %168, align 1
  %169 = getelementptr inbounds i8, ptr %168, i64 1
  store i8 %st.2, ptr %169, align 1
  %170 = getelementptr inbounds i8, ptr %168, i64 4
  store i32 6, ptr %170, align 4
  %171 = add i64 %len.i, 3
  store i64 %171, ptr %150, align 8
  %cap.i.3.pre = load i64, ptr %151, align 8
  %172 = icmp eq i64 %171, %cap.i.3.pre
  br i1 %172, label %full.i.5, label %guide_trace_add.exit.3

guide_trace_add.exit.3:                           ; preds = %guide_trace_add.exit.2
  %173 = getelementptr inbounds i8, ptr %s, i64 151
  %st.3 = load i8, ptr %173, align 1
  %ev.i.3 = load ptr, ptr %trace5, align 8
  %174 = getelementptr inbounds %guide_event, ptr %ev.i.3, i64 %171
  store i8 0, ptr %174, align 1
  %175 = getelementptr inbounds i8, ptr %174, i64 1
  store i8 %st.3, ptr %175, align 1
  %176 = getelementptr inbounds i8, ptr %174, i64 4
  store i32 7, ptr %176, align 4
  %177 = add i64 %len.i, 4
  store i64 %177, ptr %150, align 8
  %cap.i.4.pre = load i64, ptr %151, align 8
  %178 = icmp eq i64 %177, %cap.i.4.pre
  br i1 %178, label %full.i.5, label %guide_trace_add.exit.4

guide_trace_add.exit.4:                           ; preds = %guide_trace_add.exit.3
  %179 = getelementptr inbounds i8, ptr %s, i64 152
  %st.4 = load i8, ptr %179, align 1
  %ev.i.4 = load ptr, ptr %trace5, align 8
  %180 = getelementptr inbounds %guide_event, ptr %ev.i.4, i64 %177
  store i8 0, ptr %180, align 1
  %181 = getelementptr inbounds i8, ptr %180, i64 1
  store i8 %st.4, ptr %181, align 1
  %182 = getelementptr inbounds i8, ptr %180, i64 4
  store i32 8, ptr %182, align 4
  %183 = add i64 %len.i, 5
  store i64 %183, ptr %150, align 8
  %cap.i.5.pre = load i64, ptr %151, align 8
  %184 = icmp eq i64 %183, %cap.i.5.pre
  br i1 %184, label %full.i.5, label %add.i.5

add.i.5:                                          ; preds = %guide_trace_add.exit.4
  %185 = getelementptr inbounds i8, ptr %s, i64 153
  %st.5 = load i8, ptr %185, align 1
  %ev.i.5 = load ptr, ptr %trace5, align 8
  %186 = getelementptr inbounds %guide_event, ptr %ev.i.5, i64 %183
  store i8 0, ptr %186, align 1
  %187 = getelementptr inbounds i8, ptr %186, i64 1
  store i8 %st.5, ptr %187, align 1
  %188 = getelementptr inbounds i8, ptr %186, i64 4
  store i32 9, ptr %188, align 4
  %189 = add i64 %len.i, 6
  store i64 %189, ptr %150, align 8
  br label %endif7

full.i.5:                                         ; preds = %guide_trace_add.exit.3, %guide_trace_add.exit.2, %guide_trace_add.exit.2.thread, %guide_trace_add.exit.4
  store i32 1, ptr %152, align 4
  br label %endif7

next12:                                           ; preds = %holds, %endif7, %unknown14
  %unknown.1 = phi i1 [ false, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %190 = phi i1 [ true, %endif7 ], [ true, %unknown14 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif7 ], [ -1, %unknown14 ], [ 0, %holds ]
  %191 = getelementptr inbounds i8, ptr %s, i64 159
  %eff.1 = load i8, ptr %191, align 1
  switch i8 %eff.1, label %next12.1 [
    i8 1, label %holds.1
    i8 2, label %unknown14.1
  ]

unknown14.1:                                      ; preds = %next12
  br label %next12.1

holds.1:                                          ; preds = %next12
  %not. = xor i1 %190, true
  %spec.select115 = select i1 %190, i32 1, i32 %cls.1
  br label %next12.1

next12.1:                                         ; preds = %holds.1, %unknown14.1, %next12
  %unknown.1.1 = phi i1 [ %unknown.1, %next12 ], [ true, %unknown14.1 ], [ %unknown.1, %holds.1 ]
  %clash.1.1 = phi i1 [ false, %next12 ], [ false, %unknown14.1 ], [ %not., %holds.1 ]
  %cls.1.1 = phi i32 [ %cls.1, %next12 ], [ %cls.1, %unknown14.1 ], [ %spec.select115, %holds.1 ]
  %192 = getelementptr inbounds i8, ptr %s, i64 160
  %eff.2 = load i8, ptr %192, align 1
  switch i8 %eff.2, label %next12.2 [
    i8 1, label %holds.2
    i8 2, label %unknown14.2
  ]

unknown14.2:                                      ; preds = %next12.1
  br label %next12.2

holds.2:                                          ; preds = %next12.1
  %193 = icmp slt i32 %cls.1.1, 0
  br i1 %193, label %next12.2, label %compare.2

compare.2:                                        ; preds = %holds.2
  %194 = icmp ne i32 %cls.1.1, 1
  %195 = or i1 %clash.1.1, %194
  br label %next12.2

next12.2:                                         ; preds = %compare.2, %holds.2, %unknown14.2, %next12.1
  %unknown.1.2 = phi i1 [ %unknown.1.1, %next12.1 ], [ true, %unknown14.2 ], [ %unknown.1.1, %compare.2 ], [ %unknown.1.1, %holds.2 ]
  %clash.1.2 = phi i1 [ %clash.1.1, %next12.1 ], [ %clash.1.1, %unknown14.2 ], [ %195, %compare.2 ], [ %clash.1.1, %holds.2 ]
  %cls.1.2 = phi i32 [ %cls.1.1, %next12.1 ], [ %cls.1.1, %unknown14.2 ], [ %cls.1.1, %compare.2 ], [ 1, %holds.2 ]
  %first.1.2 = phi i32 [ %cls.1.1, %next12.1 ], [ %cls.1.1, %unknown14.2 ], [ %cls.1.1, %compare.2 ], [ 2, %holds.2 ]
  %196 = getelementptr inbounds i8, ptr %s, i64 161
  %eff.3 = load i8, ptr %196, align 1
  switch i8 %eff.3, label %next12.3 [
    i8 1, label %holds.3
    i8 2, label %unknown14.3
  ]

unknown14.3:                                      ; preds = %next12.2
  br label %next12.3

holds.3:                                          ; preds = %next12.2
  %197 = icmp slt i32 %first.1.2, 0
  br i1 %197, label %next12.3, label %compare.3

compare.3:                                        ; preds = %holds.3
  br label %next12.3

next12.3:                                         ; preds = %compare.3, %holds.3, %unknown14.3, %next12.2
  %unknown.1.3 = phi i1 [ %unknown.1.2, %next12.2 ], [ true, %unknown14.3 ], [ %unknown.1.2, %compare.3 ], [ %unknown.1.2, %holds.3 ]
  %clash.1.3 = phi i1 [ %clash.1.2, %next12.2 ], [ %clash.1.2, %unknown14.3 ], [ true, %compare.3 ], [ %clash.1.2, %holds.3 ]
  %cls.1.3 = phi i32 [ %cls.1.2, %next12.2 ], [ %cls.1.2, %unknown14.3 ], [ %cls.1.2, %compare.3 ], [ 3, %holds.3 ]
  %first.1.3 = phi i32 [ %first.1.2, %next12.2 ], [ %first.1.2, %unknown14.3 ], [ %first.1.2, %compare.3 ], [ 3, %holds.3 ]
  %198 = getelementptr inbounds i8, ptr %s, i64 162
  %eff.4 = load i8, ptr %198, align 1
  switch i8 %eff.4, label %next12.4 [
    i8 1, label %holds.4
    i8 2, label %unknown14.4
  ]

unknown14.4:                                      ; preds = %next12.3
  br label %next12.4

holds.4:                                          ; preds = %next12.3
  %199 = icmp slt i32 %first.1.3, 0
  br i1 %199, label %next12.4, label %compare.4

compare.4:                                        ; preds = %holds.4
  %200 = icmp ne i32 %cls.1.3, 3
  %201 = or i1 %clash.1.3, %200
  br label %next12.4

next12.4:                                         ; preds = %compare.4, %holds.4, %unknown14.4, %next12.3
  %unknown.1.4 = phi i1 [ %unknown.1.3, %next12.3 ], [ true, %unknown14.4 ], [ %unknown.1.3, %compare.4 ], [ %unknown.1.3, %holds.4 ]
  %clash.1.4 = phi i1 [ %clash.1.3, %next12.3 ], [ %clash.1.3, %unknown14.4 ], [ %201, %compare.4 ], [ %clash.1.3, %holds.4 ]
  %cls.1.4 = phi i32 [ %cls.1.3, %next12.3 ], [ %cls.1.3, %unknown14.4 ], [ %cls.1.3, %compare.4 ], [ 3, %holds.4 ]
  %first.1.4 = phi i32 [ %first.1.3, %next12.3 ], [ %first.1.3, %unknown14.4 ], [ %first.1.3, %compare.4 ], [ 4, %holds.4 ]
  %202 = getelementptr inbounds i8, ptr %s, i64 163
  %eff.5 = load i8, ptr %202, align 1
  switch i8 %eff.5, label %next12.5 [
    i8 1, label %holds.5
    i8 2, label %unknown14.5
  ]

unknown14.5:                                      ; preds = %next12.4
  br i1 %clash.1.4, label %conflict, label %endif15.thread

endif15.thread:                                   ; preds = %unknown14.5
  %none103 = icmp slt i32 %first.1.4, 0
  br i1 %none103, label %undetermined, label %body22.preheader

holds.5:                                          ; preds = %next12.4
  %203 = icmp slt i32 %first.1.4, 0
  br i1 %203, label %next12.5, label %compare.5

compare.5:                                        ; preds = %holds.5
  %204 = icmp ne i32 %cls.1.4, 3
  %205 = or i1 %clash.1.4, %204
  br i1 %205, label %conflict, label %endif15

next12.5:                                         ; preds = %holds.5, %next12.4
  %cls.1.5 = phi i32 [ %cls.1.4, %next12.4 ], [ 3, %holds.5 ]
  %first.1.5 = phi i32 [ %first.1.4, %next12.4 ], [ 5, %holds.5 ]
  br i1 %clash.1.4, label %conflict, label %endif15

holds:                                            ; preds = %endif7
  br label %next12

unknown14:                                        ; preds = %endif7
  br label %next12

conflict:                                         ; preds = %compare.5, %unknown14.5, %next12.5
  %206 = getelementptr inbounds i8, ptr %s, i64 136
  %out16 = load ptr, ptr %206, align 8
  %207 = getelementptr inbounds i8, ptr %out16, i64 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %207, align 1
  %208 = getelementptr inbounds i8, ptr %s, i64 112
  %209 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %209, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %208, i8 0, i64 16, i1 false)
  br label %common.ret

endif15:                                          ; preds = %compare.5, %next12.5
  %first.1.599 = phi i32 [ %first.1.5, %next12.5 ], [ %first.1.4, %compare.5 ]
  %cls.1.598 = phi i32 [ %cls.1.5, %next12.5 ], [ 3, %compare.5 ]
  %none = icmp slt i32 %first.1.599, 0
  br i1 %unknown.1.4, label %some_unknown, label %endif18

some_unknown:                                     ; preds = %endif15
  br i1 %none, label %undetermined, label %body22.preheader

body22.preheader:                                 ; preds = %endif15.thread, %some_unknown
  %first.1.599105111 = phi i32 [ %first.1.4, %endif15.thread ], [ %first.1.599, %some_unknown ]
  %cls.1.598106110 = phi i32 [ %cls.1.4, %endif15.thread ], [ %cls.1.598, %some_unknown ]
  %210 = icmp ne i32 %cls.1.598106110, 0
  %211 = icmp eq i8 %eff, 2
  %212 = and i1 %211, %210
  br i1 %212, label %undetermined, label %loop21

endif18:                                          ; preds = %endif15
  br i1 %none, label %not_applicable, label %endif29

undetermined:                                     ; preds = %body22.preheader, %loop21, %loop21.2, %endif15.thread, %some_unknown
  %213 = getelementptr inbounds i8, ptr %s, i64 136
  %out28 = load ptr, ptr %213, align 8
  %214 = getelementptr inbounds i8, ptr %out28, i64 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %214, align 1
  %215 = getelementptr inbounds i8, ptr %s, i64 112
  %216 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %216, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %215, i8 0, i64 16, i1 false)
  br label %common.ret

loop21:                                           ; preds = %body22.preheader
  %217 = icmp ne i32 %cls.1.598106110, 1
  %218 = icmp eq i8 %eff.1, 2
  %219 = icmp eq i8 %eff.2, 2
  %220 = or i1 %218, %219
  %or.cond = and i1 %220, %217
  br i1 %or.cond, label %undetermined, label %loop21.2

loop21.2:                                         ; preds = %loop21
  %221 = icmp ne i32 %cls.1.598106110, 3
  %222 = icmp eq i8 %eff.3, 2
  %223 = icmp eq i8 %eff.4, 2
  %224 = or i1 %222, %223
  %225 = icmp eq i8 %eff.5, 2
  %or.cond118121 = or i1 %224, %225
  %or.cond120 = and i1 %or.cond118121, %221
  br i1 %or.cond120, label %undetermined, label %endif29

not_applicable:                                   ; preds = %endif18
  %226 = getelementptr inbounds i8, ptr %s, i64 136
  %out30 = load ptr, ptr %226, align 8
  %227 = getelementptr inbounds i8, ptr %out30, i64 8
  %228 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %227, align 1
  %229 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 0, ptr %229, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %228, i8 0, i64 16, i1 false)
  br label %common.ret

endif29:                                          ; preds = %loop21.2, %endif18
  %first.1.599104114 = phi i32 [ %first.1.599, %endif18 ], [ %first.1.599105111, %loop21.2 ]
  %230 = zext nneg i32 %first.1.599104114 to i64
  %231 = getelementptr inbounds [6 x [2 x i64]], ptr @values.line, i64 0, i64 %230
  %value31.unpack = load i64, ptr %231, align 16
  %232 = getelementptr inbounds i8, ptr %s, i64 136
  %out33 = load ptr, ptr %232, align 8
  %233 = getelementptr inbounds i8, ptr %out33, i64 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %233, align 1
  %234 = getelementptr inbounds i8, ptr %s, i64 112
  store i64 %value31.unpack, ptr %234, align 8
  %.repack47 = getelementptr inbounds i8, ptr %s, i64 120
  store i64 0, ptr %.repack47, align 8
  %235 = getelementptr inbounds i8, ptr %s, i64 135
  store i8 1, ptr %235, align 1
  br label %common.ret
}

define internal fastcc noundef i1 @differs_in(ptr %0, ptr nocapture readonly %1, i32 %2, i32 %3, i32 %4, ptr %5) unnamed_addr {
entry:
  %6 = sext i32 %4 to i64
  %7 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %6
  %cells = load ptr, ptr %7, align 8
  %8 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %6
  %nc = load i32, ptr %8, align 4
  %9 = and i64 %6, -4
  %10 = icmp ne i64 %9, 4
  %11 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  store i8 1, ptr %11, align 1
  %12 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  %13 = load <2 x i64>, ptr %cells, align 8
  store <2 x i64> %13, ptr %12, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 164
  store i16 0, ptr %14, align 1
  %15 = getelementptr inbounds i8, ptr %0, i64 176
  store i64 -1, ptr %15, align 4
  %16 = tail call i32 %1(ptr %0, ptr %5), !callees !13
  %17 = getelementptr inbounds i8, ptr %0, i64 136
  %out.i = load ptr, ptr %17, align 8
  %18 = sext i32 %2 to i64
  %19 = getelementptr %guide_output, ptr %out.i, i64 %18
  %20 = getelementptr i8, ptr %19, i64 -20
  %21 = load i8, ptr %20, align 1
  %22 = getelementptr i8, ptr %19, i64 -18
  %23 = load i8, ptr %22, align 1
  %24 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %18
  %.unpack.i = load i64, ptr %24, align 8
  %.elt1.i = getelementptr inbounds i8, ptr %24, i64 8
  %.unpack2.i24 = load double, ptr %.elt1.i, align 8
  %25 = icmp ult i32 %4, 4
  %26 = and i1 %10, %25
  br i1 %26, label %body.lr.ph, label %common.ret

body.lr.ph:                                       ; preds = %entry
  %.not3.i = icmp eq i8 %21, 1
  %27 = bitcast i64 %.unpack.i to double
  %a.sroa.4.8.extract.trunc = trunc i64 %.unpack.i to i32
  %28 = sext i32 %nc to i64
  br label %body

body:                                             ; preds = %body.lr.ph, %endif
  %indvars.iv = phi i64 [ 1, %body.lr.ph ], [ %indvars.iv.next, %endif ]
  %29 = getelementptr inbounds [2 x i64], ptr %cells, i64 %indvars.iv
  %30 = load <2 x i64>, ptr %29, align 8
  store <2 x i64> %30, ptr %12, align 8
  store i16 0, ptr %14, align 1
  store i64 -1, ptr %15, align 4
  %31 = tail call i32 %1(ptr nonnull %0, ptr %5), !callees !13
  %out.i12 = load ptr, ptr %17, align 8
  %32 = getelementptr %guide_output, ptr %out.i12, i64 %18
  %33 = getelementptr i8, ptr %32, i64 -20
  %34 = load i8, ptr %33, align 1
  %35 = getelementptr i8, ptr %32, i64 -18
  %36 = load i8, ptr %35, align 1
  %.unpack.i13 = load i64, ptr %24, align 8
  %.unpack2.i1525 = load double, ptr %.elt1.i, align 8
  %.not.i = icmp eq i8 %21, %34
  br i1 %.not.i, label %endif.i, label %common.ret

endif.i:                                          ; preds = %body
  br i1 %.not3.i, label %endif1.i, label %endif

endif1.i:                                         ; preds = %endif.i
  %37 = or i8 %36, %23
  %.not4.i = icmp eq i8 %37, 0
  br i1 %.not4.i, label %endif2.i, label %nd.i

nd.i:                                             ; preds = %endif1.i
  %38 = icmp eq i8 %23, %36
  br i1 %38, label %endif, label %common.ret

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
  %39 = icmp eq i32 %a.sroa.4.8.extract.trunc, %b.sroa.4.8.extract.trunc
  br i1 %39, label %endif, label %common.ret

num.i:                                            ; preds = %endif2.i, %endif2.i
  %40 = bitcast i64 %.unpack.i13 to double
  %41 = fcmp oeq double %27, %40
  br i1 %41, label %endif, label %common.ret

range.i:                                          ; preds = %endif2.i
  %42 = bitcast i64 %.unpack.i13 to double
  %43 = fcmp oeq double %27, %42
  %44 = fcmp oeq double %.unpack2.i24, %.unpack2.i1525
  %45 = and i1 %43, %44
  br i1 %45, label %endif, label %common.ret

same_answer.exit:                                 ; preds = %endif2.i
  %46 = icmp eq i64 %.unpack.i, %.unpack.i13
  br i1 %46, label %endif, label %common.ret

common.ret:                                       ; preds = %endif, %same_answer.exit, %nd.i, %label.i, %num.i, %range.i, %body, %endif2.i, %entry
  %.lcssa = phi i1 [ false, %entry ], [ true, %endif2.i ], [ true, %body ], [ true, %range.i ], [ true, %num.i ], [ true, %label.i ], [ true, %nd.i ], [ true, %same_answer.exit ], [ false, %endif ]
  ret i1 %.lcssa

endif:                                            ; preds = %endif.i, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %47 = icmp slt i64 %indvars.iv.next, %28
  br i1 %47, label %body, label %common.ret
}

define internal fastcc void @search(ptr nocapture %0, i32 %1, i64 %2, ptr nocapture %3, ptr nocapture readonly %4, i32 %5, ptr nocapture readonly %6) unnamed_addr {
entry:
  %digit.i120 = alloca [3 x i32], align 4
  %others.i = alloca [3 x i32], align 4
  %probe = alloca [3 x i32], align 4
  %digit = alloca [3 x i32], align 4
  %scratch = alloca [3 x %guide_output], align 8
  %w = alloca %eval_state, align 8
  %is_search = alloca [8 x i8], align 8
  %sv = alloca [3 x i32], align 4
  %7 = sext i32 %1 to i64
  %8 = getelementptr inbounds i32, ptr @types, i64 %7
  %type = load i32, ptr %8, align 4
  store i64 0, ptr %is_search, align 8
  %9 = icmp sgt i32 %5, 0
  br i1 %9, label %body.preheader, label %done14.thread

body.preheader:                                   ; preds = %entry
  %wide.trip.count = zext nneg i32 %5 to i64
  %xtraiter = and i64 %wide.trip.count, 1
  %10 = icmp eq i32 %5, 1
  br i1 %10, label %loop11.preheader.unr-lcssa, label %body.preheader.new

body.preheader.new:                               ; preds = %body.preheader
  %unroll_iter = and i64 %wide.trip.count, 2147483646
  br label %body

loop11.preheader.unr-lcssa:                       ; preds = %endif.1, %body.preheader
  %n.1.lcssa.ph = phi i32 [ poison, %body.preheader ], [ %n.1.1, %endif.1 ]
  %indvars.iv.unr = phi i64 [ 0, %body.preheader ], [ %indvars.iv.next.1, %endif.1 ]
  %n.0191.unr = phi i32 [ 0, %body.preheader ], [ %n.1.1, %endif.1 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %loop11.preheader, label %body.epil

body.epil:                                        ; preds = %loop11.preheader.unr-lcssa
  %11 = getelementptr inbounds i32, ptr %4, i64 %indvars.iv.unr
  %v.epil = load i32, ptr %11, align 4
  %12 = sext i32 %v.epil to i64
  %13 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %12
  %14 = load i8, ptr %13, align 1
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %unknown.epil, label %loop11.preheader

unknown.epil:                                     ; preds = %body.epil
  %16 = sext i32 %n.0191.unr to i64
  %17 = getelementptr inbounds i32, ptr %sv, i64 %16
  store i32 %v.epil, ptr %17, align 4
  %18 = add i32 %n.0191.unr, 1
  br label %loop11.preheader

loop11.preheader:                                 ; preds = %body.epil, %unknown.epil, %loop11.preheader.unr-lcssa
  %n.1.lcssa = phi i32 [ %n.1.lcssa.ph, %loop11.preheader.unr-lcssa ], [ %18, %unknown.epil ], [ %n.0191.unr, %body.epil ]
  %19 = icmp sgt i32 %n.1.lcssa, 0
  br i1 %19, label %body12.preheader, label %done14

body12.preheader:                                 ; preds = %loop11.preheader
  %wide.trip.count245 = zext nneg i32 %n.1.lcssa to i64
  %xtraiter14 = and i64 %wide.trip.count245, 1
  %20 = icmp eq i32 %n.1.lcssa, 1
  br i1 %20, label %done14.loopexit.unr-lcssa, label %body12.preheader.new

body12.preheader.new:                             ; preds = %body12.preheader
  %unroll_iter17 = and i64 %wide.trip.count245, 2147483646
  br label %body12

body:                                             ; preds = %endif.1, %body.preheader.new
  %indvars.iv = phi i64 [ 0, %body.preheader.new ], [ %indvars.iv.next.1, %endif.1 ]
  %n.0191 = phi i32 [ 0, %body.preheader.new ], [ %n.1.1, %endif.1 ]
  %niter = phi i64 [ 0, %body.preheader.new ], [ %niter.next.1, %endif.1 ]
  %21 = getelementptr inbounds i32, ptr %4, i64 %indvars.iv
  %v = load i32, ptr %21, align 4
  %22 = sext i32 %v to i64
  %23 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = icmp eq i8 %24, 0
  br i1 %25, label %unknown, label %endif

unknown:                                          ; preds = %body
  %26 = sext i32 %n.0191 to i64
  %27 = getelementptr inbounds i32, ptr %sv, i64 %26
  store i32 %v, ptr %27, align 4
  %28 = add i32 %n.0191, 1
  br label %endif

endif:                                            ; preds = %unknown, %body
  %n.1 = phi i32 [ %28, %unknown ], [ %n.0191, %body ]
  %indvars.iv.next = or disjoint i64 %indvars.iv, 1
  %29 = getelementptr inbounds i32, ptr %4, i64 %indvars.iv.next
  %v.1 = load i32, ptr %29, align 4
  %30 = sext i32 %v.1 to i64
  %31 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %30
  %32 = load i8, ptr %31, align 1
  %33 = icmp eq i8 %32, 0
  br i1 %33, label %unknown.1, label %endif.1

unknown.1:                                        ; preds = %endif
  %34 = sext i32 %n.1 to i64
  %35 = getelementptr inbounds i32, ptr %sv, i64 %34
  store i32 %v.1, ptr %35, align 4
  %36 = add i32 %n.1, 1
  br label %endif.1

endif.1:                                          ; preds = %unknown.1, %endif
  %n.1.1 = phi i32 [ %36, %unknown.1 ], [ %n.1, %endif ]
  %indvars.iv.next.1 = add nuw nsw i64 %indvars.iv, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %loop11.preheader.unr-lcssa, label %body

body12:                                           ; preds = %body12, %body12.preheader.new
  %indvars.iv242 = phi i64 [ 0, %body12.preheader.new ], [ %indvars.iv.next243.1, %body12 ]
  %worlds.0194 = phi double [ 1.000000e+00, %body12.preheader.new ], [ %54, %body12 ]
  %niter18 = phi i64 [ 0, %body12.preheader.new ], [ %niter18.next.1, %body12 ]
  %37 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv242
  %v15 = load i32, ptr %37, align 4
  %38 = sext i32 %v15 to i64
  %39 = getelementptr inbounds i8, ptr %is_search, i64 %38
  store i8 1, ptr %39, align 1
  %40 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %38
  %nc = load i32, ptr %40, align 4
  %41 = and i64 %38, -4
  %42 = icmp eq i64 %41, 4
  %43 = sitofp i32 %nc to double
  %44 = select i1 %42, double 1.000000e+00, double %43
  %45 = fmul double %worlds.0194, %44
  %indvars.iv.next243 = or disjoint i64 %indvars.iv242, 1
  %46 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next243
  %v15.1 = load i32, ptr %46, align 4
  %47 = sext i32 %v15.1 to i64
  %48 = getelementptr inbounds i8, ptr %is_search, i64 %47
  store i8 1, ptr %48, align 1
  %49 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %47
  %nc.1 = load i32, ptr %49, align 4
  %50 = and i64 %47, -4
  %51 = icmp eq i64 %50, 4
  %52 = sitofp i32 %nc.1 to double
  %53 = select i1 %51, double 1.000000e+00, double %52
  %54 = fmul double %45, %53
  %indvars.iv.next243.1 = add nuw nsw i64 %indvars.iv242, 2
  %niter18.next.1 = add i64 %niter18, 2
  %niter18.ncmp.1 = icmp eq i64 %niter18.next.1, %unroll_iter17
  br i1 %niter18.ncmp.1, label %done14.loopexit.unr-lcssa, label %body12

done14.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %.lcssa.ph = phi double [ poison, %body12.preheader ], [ %54, %body12 ]
  %indvars.iv242.unr = phi i64 [ 0, %body12.preheader ], [ %indvars.iv.next243.1, %body12 ]
  %worlds.0194.unr = phi double [ 1.000000e+00, %body12.preheader ], [ %54, %body12 ]
  %lcmp.mod15.not = icmp eq i64 %xtraiter14, 0
  br i1 %lcmp.mod15.not, label %done14, label %body12.epil

body12.epil:                                      ; preds = %done14.loopexit.unr-lcssa
  %55 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv242.unr
  %v15.epil = load i32, ptr %55, align 4
  %56 = sext i32 %v15.epil to i64
  %57 = getelementptr inbounds i8, ptr %is_search, i64 %56
  store i8 1, ptr %57, align 1
  %58 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %56
  %nc.epil = load i32, ptr %58, align 4
  %59 = and i64 %56, -4
  %60 = icmp eq i64 %59, 4
  %61 = sitofp i32 %nc.epil to double
  %62 = select i1 %60, double 1.000000e+00, double %61
  %63 = fmul double %worlds.0194.unr, %62
  br label %done14

done14:                                           ; preds = %body12.epil, %done14.loopexit.unr-lcssa, %loop11.preheader
  %worlds.0.lcssa = phi double [ 1.000000e+00, %loop11.preheader ], [ %.lcssa.ph, %done14.loopexit.unr-lcssa ], [ %63, %body12.epil ]
  %64 = sitofp i64 %2 to double
  %65 = fcmp ogt double %worlds.0.lcssa, %64
  br i1 %65, label %loop19.preheader, label %endif17

done14.thread:                                    ; preds = %entry
  %66 = icmp slt i64 %2, 1
  br i1 %66, label %done22, label %endif17

loop19.preheader:                                 ; preds = %done14
  br i1 %19, label %body20.preheader, label %done22

body20.preheader:                                 ; preds = %loop19.preheader
  %wide.trip.count263 = zext nneg i32 %n.1.lcssa to i64
  br label %body20

endif17:                                          ; preds = %done14.thread, %done14
  %worlds.0.lcssa271 = phi double [ 1.000000e+00, %done14.thread ], [ %worlds.0.lcssa, %done14 ]
  %n.0.lcssa266269 = phi i32 [ 0, %done14.thread ], [ %n.1.lcssa, %done14 ]
  %67 = phi i1 [ false, %done14.thread ], [ %19, %done14 ]
  %nworlds = fptosi double %worlds.0.lcssa271 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(128) %w, ptr noundef nonnull align 8 dereferenceable(128) %0, i64 128, i1 false)
  %68 = getelementptr inbounds i8, ptr %w, i64 128
  %69 = getelementptr inbounds i8, ptr %0, i64 128
  %70 = load i64, ptr %69, align 1
  store i64 %70, ptr %68, align 8
  %71 = getelementptr inbounds i8, ptr %w, i64 136
  store ptr %scratch, ptr %71, align 8
  %72 = getelementptr inbounds i8, ptr %w, i64 168
  store ptr null, ptr %72, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit, i8 0, i64 12, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %probe, i8 0, i64 12, i1 false)
  %73 = icmp sgt i64 %nworlds, 0
  br i1 %73, label %body23.lr.ph.lr.ph, label %loop30.preheader

body23.lr.ph.lr.ph:                               ; preds = %endif17
  %wide.trip.count.i = zext i32 %n.0.lcssa266269 to i64
  %74 = getelementptr inbounds i8, ptr %w, i64 164
  %75 = getelementptr inbounds i8, ptr %w, i64 176
  %76 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %7
  %.elt1.i = getelementptr inbounds i8, ptr %76, i64 8
  br label %body23.lr.ph

body23.lr.ph:                                     ; preds = %body23.lr.ph.lr.ph, %next_block.exit
  %level.0.ph215 = phi i32 [ %n.0.lcssa266269, %body23.lr.ph.lr.ph ], [ %k.0.lcssa.i, %next_block.exit ]
  %at.0.ph214 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %135, %next_block.exit ]
  %first.sroa.11.0.ph213 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.11.1, %next_block.exit ]
  %first.sroa.6135.sroa.7.0.ph212 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.6135.sroa.7.1, %next_block.exit ]
  %first.sroa.6135.sroa.0.0.ph211 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.6135.sroa.0.1, %next_block.exit ]
  %first.sroa.4.0.ph210 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.4.1, %next_block.exit ]
  %first.sroa.0.0.ph209 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.0.1, %next_block.exit ]
  %77 = sext i32 %level.0.ph215 to i64
  br label %body23

body20:                                           ; preds = %body20.preheader, %ask_for.exit
  %indvars.iv260 = phi i64 [ 0, %body20.preheader ], [ %indvars.iv.next261, %ask_for.exit ]
  %78 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv260
  %79 = load i32, ptr %78, align 4
  %80 = icmp slt i32 %79, 4
  br i1 %80, label %input.i, label %ask_for.exit

input.i:                                          ; preds = %body20
  %81 = sdiv i32 %79, 64
  %82 = srem i32 %79, 64
  %83 = sext i32 %81 to i64
  %84 = getelementptr inbounds i64, ptr %3, i64 %83
  %85 = zext nneg i32 %82 to i64
  %86 = shl nuw i64 1, %85
  %87 = load i64, ptr %84, align 8
  %88 = or i64 %87, %86
  store i64 %88, ptr %84, align 8
  br label %ask_for.exit

ask_for.exit:                                     ; preds = %body20, %input.i
  %indvars.iv.next261 = add nuw nsw i64 %indvars.iv260, 1
  %exitcond264.not = icmp eq i64 %indvars.iv.next261, %wide.trip.count263
  br i1 %exitcond264.not, label %done22, label %body20

common.ret:                                       ; preds = %done39, %done33, %done22
  ret void

done22:                                           ; preds = %ask_for.exit, %done14.thread, %loop19.preheader
  %89 = getelementptr inbounds i8, ptr %0, i64 136
  %out = load ptr, ptr %89, align 8
  %90 = getelementptr %guide_output, ptr %out, i64 %7
  %91 = getelementptr i8, ptr %90, i64 -20
  store <4 x i8> <i8 2, i8 3, i8 0, i8 0>, ptr %91, align 1
  %92 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %7
  %93 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %7
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %92, i8 0, i64 16, i1 false)
  store i8 0, ptr %93, align 1
  br label %common.ret

body23:                                           ; preds = %set_block.exit, %body23.lr.ph
  %indvars.iv247 = phi i64 [ %77, %body23.lr.ph ], [ %indvars.iv.next248, %set_block.exit ]
  br i1 %67, label %body.i, label %set_block.exit

body.i:                                           ; preds = %body23, %endif.i
  %indvars.iv.i = phi i64 [ %indvars.iv.next.i, %endif.i ], [ 0, %body23 ]
  %block.09.i = phi i64 [ %block.1.i, %endif.i ], [ 1, %body23 ]
  %94 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i
  %v.i = load i32, ptr %94, align 4
  %open.i = icmp sge i64 %indvars.iv.i, %indvars.iv247
  %95 = zext i1 %open.i to i8
  %96 = sext i32 %v.i to i64
  %97 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %96
  store i8 %95, ptr %97, align 1
  %98 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %96
  %cells.i = load ptr, ptr %98, align 8
  %99 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i
  %digit.i = load i32, ptr %99, align 4
  %100 = sext i32 %digit.i to i64
  %101 = getelementptr inbounds [2 x i64], ptr %cells.i, i64 %100
  %102 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %96
  %103 = load <2 x i64>, ptr %101, align 8
  store <2 x i64> %103, ptr %102, align 8
  br i1 %open.i, label %endif.i, label %in_block.i

in_block.i:                                       ; preds = %body.i
  %104 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %96
  %nc.i = load i32, ptr %104, align 4
  %105 = and i64 %96, -4
  %106 = icmp eq i64 %105, 4
  %107 = zext i32 %nc.i to i64
  %108 = select i1 %106, i64 1, i64 %107
  %109 = mul i64 %108, %block.09.i
  br label %endif.i

endif.i:                                          ; preds = %in_block.i, %body.i
  %block.1.i = phi i64 [ %109, %in_block.i ], [ %block.09.i, %body.i ]
  %indvars.iv.next.i = add nuw nsw i64 %indvars.iv.i, 1
  %exitcond.not.i = icmp eq i64 %indvars.iv.next.i, %wide.trip.count.i
  br i1 %exitcond.not.i, label %set_block.exit, label %body.i

set_block.exit:                                   ; preds = %endif.i, %body23
  %block.0.lcssa.i = phi i64 [ 1, %body23 ], [ %block.1.i, %endif.i ]
  store i16 0, ptr %74, align 4
  store i64 -1, ptr %75, align 8
  %110 = call i32 %6(ptr nonnull %w, ptr nonnull %is_search), !callees !13
  %111 = icmp eq i32 %110, 0
  %112 = icmp sgt i64 %indvars.iv247, 0
  %113 = and i1 %112, %111
  %indvars.iv.next248 = add nsw i64 %indvars.iv247, -1
  br i1 %113, label %body23, label %take

take:                                             ; preds = %set_block.exit
  %114 = trunc nsw i64 %indvars.iv247 to i32
  %out.i = load ptr, ptr %71, align 8
  %115 = getelementptr %guide_output, ptr %out.i, i64 %7
  %116 = getelementptr i8, ptr %115, i64 -20
  %117 = load i8, ptr %116, align 1
  %118 = getelementptr i8, ptr %115, i64 -18
  %119 = load i8, ptr %118, align 1
  %.unpack.i68 = load i64, ptr %76, align 8
  %.unpack2.i = load i64, ptr %.elt1.i, align 8
  %120 = icmp eq i64 %at.0.ph214, 0
  br i1 %120, label %first24, label %later

first24:                                          ; preds = %take
  %first.sroa.6135.sroa.0.0.extract.trunc = trunc i64 %.unpack.i68 to i32
  %first.sroa.6135.sroa.7.0.extract.shift = lshr i64 %.unpack.i68, 32
  %first.sroa.6135.sroa.7.0.extract.trunc = trunc nuw i64 %first.sroa.6135.sroa.7.0.extract.shift to i32
  br label %advance

later:                                            ; preds = %take
  %.not.i = icmp eq i8 %first.sroa.0.0.ph209, %117
  br i1 %.not.i, label %endif.i69, label %differs

endif.i69:                                        ; preds = %later
  %.not3.i = icmp eq i8 %first.sroa.0.0.ph209, 1
  br i1 %.not3.i, label %endif1.i, label %advance

endif1.i:                                         ; preds = %endif.i69
  %121 = or i8 %119, %first.sroa.4.0.ph210
  %.not4.i = icmp eq i8 %121, 0
  br i1 %.not4.i, label %endif2.i, label %nd.i

nd.i:                                             ; preds = %endif1.i
  %122 = icmp eq i8 %first.sroa.4.0.ph210, %119
  br i1 %122, label %advance, label %differs

endif2.i:                                         ; preds = %endif1.i
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
  %123 = icmp eq i32 %first.sroa.6135.sroa.0.0.ph211, %a.sroa.7.8.extract.trunc
  br i1 %123, label %advance, label %differs

num.i:                                            ; preds = %endif2.i, %endif2.i
  %first.sroa.6135.sroa.7.0.insert.ext148 = zext i32 %first.sroa.6135.sroa.7.0.ph212 to i64
  %first.sroa.6135.sroa.7.0.insert.shift149 = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext148, 32
  %first.sroa.6135.sroa.0.0.insert.ext139 = zext i32 %first.sroa.6135.sroa.0.0.ph211 to i64
  %first.sroa.6135.sroa.0.0.insert.insert141 = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift149, %first.sroa.6135.sroa.0.0.insert.ext139
  %124 = bitcast i64 %first.sroa.6135.sroa.0.0.insert.insert141 to double
  %125 = bitcast i64 %.unpack.i68 to double
  %126 = fcmp oeq double %124, %125
  br i1 %126, label %advance, label %differs

range.i:                                          ; preds = %endif2.i
  %first.sroa.6135.sroa.7.0.insert.ext = zext i32 %first.sroa.6135.sroa.7.0.ph212 to i64
  %first.sroa.6135.sroa.7.0.insert.shift = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext, 32
  %first.sroa.6135.sroa.0.0.insert.ext = zext i32 %first.sroa.6135.sroa.0.0.ph211 to i64
  %first.sroa.6135.sroa.0.0.insert.insert = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift, %first.sroa.6135.sroa.0.0.insert.ext
  %127 = bitcast i64 %first.sroa.6135.sroa.0.0.insert.insert to double
  %128 = bitcast i64 %.unpack.i68 to double
  %129 = fcmp oeq double %127, %128
  %130 = bitcast i64 %first.sroa.11.0.ph213 to double
  %131 = bitcast i64 %.unpack2.i to double
  %132 = fcmp oeq double %130, %131
  %133 = and i1 %129, %132
  br i1 %133, label %advance, label %differs

same_answer.exit:                                 ; preds = %endif2.i
  %first.sroa.6135.sroa.7.0.insert.ext156 = zext i32 %first.sroa.6135.sroa.7.0.ph212 to i64
  %first.sroa.6135.sroa.7.0.insert.shift157 = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext156, 32
  %first.sroa.6135.sroa.0.0.insert.ext145 = zext i32 %first.sroa.6135.sroa.0.0.ph211 to i64
  %first.sroa.6135.sroa.0.0.insert.insert147 = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift157, %first.sroa.6135.sroa.0.0.insert.ext145
  %134 = icmp eq i64 %first.sroa.6135.sroa.0.0.insert.insert147, %.unpack.i68
  br i1 %134, label %advance, label %differs

advance:                                          ; preds = %endif.i69, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit, %differs, %first24
  %first.sroa.0.1 = phi i8 [ %117, %first24 ], [ 1, %same_answer.exit ], [ %first.sroa.0.0.ph209, %differs ], [ 1, %nd.i ], [ 1, %label.i ], [ 1, %num.i ], [ 1, %range.i ], [ %first.sroa.0.0.ph209, %endif.i69 ]
  %first.sroa.4.1 = phi i8 [ %119, %first24 ], [ %first.sroa.4.0.ph210, %same_answer.exit ], [ %first.sroa.4.0.ph210, %differs ], [ %first.sroa.4.0.ph210, %nd.i ], [ %first.sroa.4.0.ph210, %label.i ], [ %first.sroa.4.0.ph210, %num.i ], [ %first.sroa.4.0.ph210, %range.i ], [ %first.sroa.4.0.ph210, %endif.i69 ]
  %first.sroa.6135.sroa.0.1 = phi i32 [ %first.sroa.6135.sroa.0.0.extract.trunc, %first24 ], [ %first.sroa.6135.sroa.0.0.ph211, %same_answer.exit ], [ %first.sroa.6135.sroa.0.0.ph211, %differs ], [ %first.sroa.6135.sroa.0.0.ph211, %nd.i ], [ %first.sroa.6135.sroa.0.0.ph211, %label.i ], [ %first.sroa.6135.sroa.0.0.ph211, %num.i ], [ %first.sroa.6135.sroa.0.0.ph211, %range.i ], [ %first.sroa.6135.sroa.0.0.ph211, %endif.i69 ]
  %first.sroa.6135.sroa.7.1 = phi i32 [ %first.sroa.6135.sroa.7.0.extract.trunc, %first24 ], [ %first.sroa.6135.sroa.7.0.ph212, %same_answer.exit ], [ %first.sroa.6135.sroa.7.0.ph212, %differs ], [ %first.sroa.6135.sroa.7.0.ph212, %nd.i ], [ %first.sroa.6135.sroa.7.0.ph212, %label.i ], [ %first.sroa.6135.sroa.7.0.ph212, %num.i ], [ %first.sroa.6135.sroa.7.0.ph212, %range.i ], [ %first.sroa.6135.sroa.7.0.ph212, %endif.i69 ]
  %first.sroa.11.1 = phi i64 [ %.unpack2.i, %first24 ], [ %first.sroa.11.0.ph213, %same_answer.exit ], [ %first.sroa.11.0.ph213, %differs ], [ %first.sroa.11.0.ph213, %nd.i ], [ %first.sroa.11.0.ph213, %label.i ], [ %first.sroa.11.0.ph213, %num.i ], [ %first.sroa.11.0.ph213, %range.i ], [ %first.sroa.11.0.ph213, %endif.i69 ]
  %same.1 = phi i1 [ true, %first24 ], [ true, %same_answer.exit ], [ false, %differs ], [ true, %nd.i ], [ true, %label.i ], [ true, %num.i ], [ true, %range.i ], [ true, %endif.i69 ]
  %135 = add i64 %block.0.lcssa.i, %at.0.ph214
  %136 = icmp sgt i32 %n.0.lcssa266269, %114
  br i1 %136, label %inc.preheader.i, label %next_block.exit

inc.preheader.i:                                  ; preds = %advance
  %sext = shl i64 %indvars.iv247, 32
  %137 = ashr exact i64 %sext, 32
  br label %inc.i

inc.i:                                            ; preds = %wrap.i, %inc.preheader.i
  %indvars.iv.i71 = phi i64 [ %137, %inc.preheader.i ], [ %indvars.iv.next.i74, %wrap.i ]
  %138 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i71
  %139 = load i32, ptr %138, align 4
  %140 = add i32 %139, 1
  store i32 %140, ptr %138, align 4
  %141 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i71
  %v.i72 = load i32, ptr %141, align 4
  %142 = sext i32 %v.i72 to i64
  %143 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %142
  %nc.i73 = load i32, ptr %143, align 4
  %144 = and i64 %142, -4
  %145 = icmp eq i64 %144, 4
  %146 = select i1 %145, i32 1, i32 %nc.i73
  %147 = icmp eq i32 %140, %146
  br i1 %147, label %wrap.i, label %out.loopexit.split.loop.exit.i

wrap.i:                                           ; preds = %inc.i
  store i32 0, ptr %138, align 4
  %indvars.iv.next.i74 = add nsw i64 %indvars.iv.i71, 1
  %lftr.wideiv.i = trunc i64 %indvars.iv.next.i74 to i32
  %exitcond.not.i75 = icmp eq i32 %n.0.lcssa266269, %lftr.wideiv.i
  br i1 %exitcond.not.i75, label %next_block.exit, label %inc.i

out.loopexit.split.loop.exit.i:                   ; preds = %inc.i
  %148 = trunc nsw i64 %indvars.iv.i71 to i32
  br label %next_block.exit

next_block.exit:                                  ; preds = %wrap.i, %advance, %out.loopexit.split.loop.exit.i
  %k.0.lcssa.i = phi i32 [ %114, %advance ], [ %148, %out.loopexit.split.loop.exit.i ], [ %n.0.lcssa266269, %wrap.i ]
  %149 = icmp slt i64 %135, %nworlds
  %150 = and i1 %149, %same.1
  br i1 %150, label %body23.lr.ph, label %searched

searched:                                         ; preds = %next_block.exit
  br i1 %same.1, label %loop30.preheader, label %endif28

loop30.preheader:                                 ; preds = %endif17, %searched
  %first.sroa.11.0.ph.lcssa283 = phi i64 [ %first.sroa.11.1, %searched ], [ 0, %endif17 ]
  %first.sroa.6135.sroa.7.0.ph.lcssa282 = phi i32 [ %first.sroa.6135.sroa.7.1, %searched ], [ 0, %endif17 ]
  %first.sroa.6135.sroa.0.0.ph.lcssa281 = phi i32 [ %first.sroa.6135.sroa.0.1, %searched ], [ 0, %endif17 ]
  %first.sroa.4.0.ph.lcssa280 = phi i8 [ %first.sroa.4.1, %searched ], [ 0, %endif17 ]
  %first.sroa.0.0.ph.lcssa279 = phi i8 [ %first.sroa.0.1, %searched ], [ 0, %endif17 ]
  br i1 %67, label %body31.preheader, label %done33

body31.preheader:                                 ; preds = %loop30.preheader
  %wide.trip.count258 = zext nneg i32 %n.0.lcssa266269 to i64
  br label %body31

differs:                                          ; preds = %endif2.i, %later, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %probe, ptr noundef nonnull align 4 dereferenceable(12) %digit, i64 12, i1 false)
  br label %advance

endif28:                                          ; preds = %searched
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit, i8 0, i64 12, i1 false)
  br i1 %67, label %body37.lr.ph, label %done39

body37.lr.ph:                                     ; preds = %endif28
  %wide.trip.count.i80 = zext nneg i32 %n.0.lcssa266269 to i64
  %151 = getelementptr inbounds i8, ptr %w, i64 164
  %152 = getelementptr inbounds i8, ptr %w, i64 176
  %153 = add nsw i64 %wide.trip.count.i, -1
  %xtraiter19 = and i64 %wide.trip.count.i, 1
  %154 = icmp eq i64 %153, 0
  %unroll_iter21 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod20.not = icmp eq i64 %xtraiter19, 0
  %xtraiter23 = and i64 %wide.trip.count.i, 1
  %155 = icmp eq i64 %153, 0
  %unroll_iter25 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod24.not = icmp eq i64 %xtraiter23, 0
  %xtraiter27 = and i64 %wide.trip.count.i, 1
  %156 = icmp eq i64 %153, 0
  %unroll_iter30 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod28.not = icmp eq i64 %xtraiter27, 0
  br label %body.i81.preheader

body31:                                           ; preds = %body31.preheader, %ask_for.exit77
  %indvars.iv255 = phi i64 [ 0, %body31.preheader ], [ %indvars.iv.next256, %ask_for.exit77 ]
  %157 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv255
  %158 = load i32, ptr %157, align 4
  %159 = icmp slt i32 %158, 4
  br i1 %159, label %input.i76, label %ask_for.exit77

input.i76:                                        ; preds = %body31
  %160 = sdiv i32 %158, 64
  %161 = srem i32 %158, 64
  %162 = sext i32 %160 to i64
  %163 = getelementptr inbounds i64, ptr %3, i64 %162
  %164 = zext nneg i32 %161 to i64
  %165 = shl nuw i64 1, %164
  %166 = load i64, ptr %163, align 8
  %167 = or i64 %166, %165
  store i64 %167, ptr %163, align 8
  br label %ask_for.exit77

ask_for.exit77:                                   ; preds = %body31, %input.i76
  %indvars.iv.next256 = add nuw nsw i64 %indvars.iv255, 1
  %exitcond259.not = icmp eq i64 %indvars.iv.next256, %wide.trip.count258
  br i1 %exitcond259.not, label %done33, label %body31

done33:                                           ; preds = %ask_for.exit77, %loop30.preheader
  %168 = getelementptr inbounds i8, ptr %0, i64 136
  %out34 = load ptr, ptr %168, align 8
  %169 = getelementptr %guide_output, ptr %out34, i64 %7
  %170 = getelementptr i8, ptr %169, i64 -20
  store i8 %first.sroa.0.0.ph.lcssa279, ptr %170, align 1
  %171 = getelementptr i8, ptr %169, i64 -19
  store i8 1, ptr %171, align 1
  %172 = getelementptr i8, ptr %169, i64 -18
  store i8 %first.sroa.4.0.ph.lcssa280, ptr %172, align 1
  %173 = getelementptr i8, ptr %169, i64 -17
  store i8 0, ptr %173, align 1
  %first.sroa.6135.sroa.7.0.insert.ext152 = zext i32 %first.sroa.6135.sroa.7.0.ph.lcssa282 to i64
  %first.sroa.6135.sroa.7.0.insert.shift153 = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext152, 32
  %first.sroa.6135.sroa.0.0.insert.ext142 = zext i32 %first.sroa.6135.sroa.0.0.ph.lcssa281 to i64
  %first.sroa.6135.sroa.0.0.insert.insert144 = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift153, %first.sroa.6135.sroa.0.0.insert.ext142
  %174 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %7
  store i64 %first.sroa.6135.sroa.0.0.insert.insert144, ptr %174, align 8
  %.repack65 = getelementptr inbounds i8, ptr %174, i64 8
  store i64 %first.sroa.11.0.ph.lcssa283, ptr %.repack65, align 8
  %175 = icmp eq i8 %first.sroa.0.0.ph.lcssa279, 1
  %176 = icmp eq i8 %first.sroa.4.0.ph.lcssa280, 0
  %177 = and i1 %175, %176
  %178 = zext i1 %177 to i8
  %179 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %7
  store i8 %178, ptr %179, align 1
  br label %common.ret

body.i81.preheader:                               ; preds = %endif43, %body37.lr.ph
  %indvars.iv250 = phi i64 [ 0, %body37.lr.ph ], [ %indvars.iv.next251, %endif43 ]
  %180 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv250
  %x = load i32, ptr %180, align 4
  br i1 %154, label %set_block.exit98.unr-lcssa, label %body.i81

body.i81:                                         ; preds = %body.i81.preheader, %body.i81
  %indvars.iv.i82 = phi i64 [ %indvars.iv.next.i96.1, %body.i81 ], [ 0, %body.i81.preheader ]
  %niter22 = phi i64 [ %niter22.next.1, %body.i81 ], [ 0, %body.i81.preheader ]
  %181 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i82
  %v.i84 = load i32, ptr %181, align 4
  %182 = sext i32 %v.i84 to i64
  %183 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %182
  store i8 1, ptr %183, align 1
  %184 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %182
  %cells.i86 = load ptr, ptr %184, align 8
  %185 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i82
  %digit.i87 = load i32, ptr %185, align 4
  %186 = sext i32 %digit.i87 to i64
  %187 = getelementptr inbounds [2 x i64], ptr %cells.i86, i64 %186
  %188 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %182
  %189 = load <2 x i64>, ptr %187, align 8
  store <2 x i64> %189, ptr %188, align 8
  %indvars.iv.next.i96 = or disjoint i64 %indvars.iv.i82, 1
  %190 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i96
  %v.i84.1 = load i32, ptr %190, align 4
  %191 = sext i32 %v.i84.1 to i64
  %192 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %191
  store i8 1, ptr %192, align 1
  %193 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %191
  %cells.i86.1 = load ptr, ptr %193, align 8
  %194 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.next.i96
  %digit.i87.1 = load i32, ptr %194, align 4
  %195 = sext i32 %digit.i87.1 to i64
  %196 = getelementptr inbounds [2 x i64], ptr %cells.i86.1, i64 %195
  %197 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %191
  %198 = load <2 x i64>, ptr %196, align 8
  store <2 x i64> %198, ptr %197, align 8
  %indvars.iv.next.i96.1 = add nuw nsw i64 %indvars.iv.i82, 2
  %niter22.next.1 = add i64 %niter22, 2
  %niter22.ncmp.1 = icmp eq i64 %niter22.next.1, %unroll_iter21
  br i1 %niter22.ncmp.1, label %set_block.exit98.unr-lcssa, label %body.i81

set_block.exit98.unr-lcssa:                       ; preds = %body.i81, %body.i81.preheader
  %indvars.iv.i82.unr = phi i64 [ 0, %body.i81.preheader ], [ %indvars.iv.next.i96.1, %body.i81 ]
  br i1 %lcmp.mod20.not, label %set_block.exit98, label %body.i81.epil

body.i81.epil:                                    ; preds = %set_block.exit98.unr-lcssa
  %199 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i82.unr
  %v.i84.epil = load i32, ptr %199, align 4
  %200 = sext i32 %v.i84.epil to i64
  %201 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %200
  store i8 1, ptr %201, align 1
  %202 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %200
  %cells.i86.epil = load ptr, ptr %202, align 8
  %203 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i82.unr
  %digit.i87.epil = load i32, ptr %203, align 4
  %204 = sext i32 %digit.i87.epil to i64
  %205 = getelementptr inbounds [2 x i64], ptr %cells.i86.epil, i64 %204
  %206 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %200
  %207 = load <2 x i64>, ptr %205, align 8
  store <2 x i64> %207, ptr %206, align 8
  br label %set_block.exit98

set_block.exit98:                                 ; preds = %set_block.exit98.unr-lcssa, %body.i81.epil
  %208 = call fastcc i1 @differs_in(ptr nonnull %w, ptr %6, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %208, label %ask, label %body.i102.preheader

body.i102.preheader:                              ; preds = %set_block.exit98
  br i1 %155, label %endif41.unr-lcssa, label %body.i102

done39:                                           ; preds = %endif43, %endif28
  %209 = getelementptr inbounds i8, ptr %0, i64 136
  %out44 = load ptr, ptr %209, align 8
  %210 = getelementptr %guide_output, ptr %out44, i64 %7
  %211 = getelementptr i8, ptr %210, i64 -20
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %211, align 1
  %212 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %7
  %213 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %212, i8 0, i64 16, i1 false)
  store i8 0, ptr %213, align 1
  br label %common.ret

body.i102:                                        ; preds = %body.i102.preheader, %body.i102
  %indvars.iv.i103 = phi i64 [ %indvars.iv.next.i117.1, %body.i102 ], [ 0, %body.i102.preheader ]
  %niter26 = phi i64 [ %niter26.next.1, %body.i102 ], [ 0, %body.i102.preheader ]
  %214 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i103
  %v.i105 = load i32, ptr %214, align 4
  %215 = sext i32 %v.i105 to i64
  %216 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %215
  store i8 1, ptr %216, align 1
  %217 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %215
  %cells.i107 = load ptr, ptr %217, align 8
  %218 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.i103
  %digit.i108 = load i32, ptr %218, align 4
  %219 = sext i32 %digit.i108 to i64
  %220 = getelementptr inbounds [2 x i64], ptr %cells.i107, i64 %219
  %221 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %215
  %222 = load <2 x i64>, ptr %220, align 8
  store <2 x i64> %222, ptr %221, align 8
  %indvars.iv.next.i117 = or disjoint i64 %indvars.iv.i103, 1
  %223 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i117
  %v.i105.1 = load i32, ptr %223, align 4
  %224 = sext i32 %v.i105.1 to i64
  %225 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %224
  store i8 1, ptr %225, align 1
  %226 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %224
  %cells.i107.1 = load ptr, ptr %226, align 8
  %227 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.next.i117
  %digit.i108.1 = load i32, ptr %227, align 4
  %228 = sext i32 %digit.i108.1 to i64
  %229 = getelementptr inbounds [2 x i64], ptr %cells.i107.1, i64 %228
  %230 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %224
  %231 = load <2 x i64>, ptr %229, align 8
  store <2 x i64> %231, ptr %230, align 8
  %indvars.iv.next.i117.1 = add nuw nsw i64 %indvars.iv.i103, 2
  %niter26.next.1 = add i64 %niter26, 2
  %niter26.ncmp.1 = icmp eq i64 %niter26.next.1, %unroll_iter25
  br i1 %niter26.ncmp.1, label %endif41.unr-lcssa, label %body.i102

endif41.unr-lcssa:                                ; preds = %body.i102, %body.i102.preheader
  %indvars.iv.i103.unr = phi i64 [ 0, %body.i102.preheader ], [ %indvars.iv.next.i117.1, %body.i102 ]
  br i1 %lcmp.mod24.not, label %endif41, label %body.i102.epil

body.i102.epil:                                   ; preds = %endif41.unr-lcssa
  %232 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i103.unr
  %v.i105.epil = load i32, ptr %232, align 4
  %233 = sext i32 %v.i105.epil to i64
  %234 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %233
  store i8 1, ptr %234, align 1
  %235 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %233
  %cells.i107.epil = load ptr, ptr %235, align 8
  %236 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.i103.unr
  %digit.i108.epil = load i32, ptr %236, align 4
  %237 = sext i32 %digit.i108.epil to i64
  %238 = getelementptr inbounds [2 x i64], ptr %cells.i107.epil, i64 %237
  %239 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %233
  %240 = load <2 x i64>, ptr %238, align 8
  store <2 x i64> %240, ptr %239, align 8
  br label %endif41

endif41:                                          ; preds = %endif41.unr-lcssa, %body.i102.epil
  %241 = call fastcc i1 @differs_in(ptr nonnull %w, ptr %6, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %241, label %ask, label %body.preheader.i125

body.preheader.i125:                              ; preds = %endif41
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %digit.i120)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %others.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit.i120, i8 0, i64 12, i1 false)
  br i1 %156, label %done.i.unr-lcssa, label %body.i127

body.i127:                                        ; preds = %body.preheader.i125, %endif.i130.1
  %indvars.iv.i128 = phi i64 [ %indvars.iv.next.i131.1, %endif.i130.1 ], [ 0, %body.preheader.i125 ]
  %m.024.i = phi i32 [ %m.1.i.1, %endif.i130.1 ], [ 0, %body.preheader.i125 ]
  %niter31 = phi i64 [ %niter31.next.1, %endif.i130.1 ], [ 0, %body.preheader.i125 ]
  %.not8.i = icmp eq i64 %indvars.iv.i128, %indvars.iv250
  br i1 %.not8.i, label %endif.i130, label %other.i

done.i.unr-lcssa:                                 ; preds = %endif.i130.1, %body.preheader.i125
  %m.1.i.lcssa.ph = phi i32 [ poison, %body.preheader.i125 ], [ %m.1.i.1, %endif.i130.1 ]
  %indvars.iv.i128.unr = phi i64 [ 0, %body.preheader.i125 ], [ %indvars.iv.next.i131.1, %endif.i130.1 ]
  %m.024.i.unr = phi i32 [ 0, %body.preheader.i125 ], [ %m.1.i.1, %endif.i130.1 ]
  br i1 %lcmp.mod28.not, label %done.i, label %body.i127.epil

body.i127.epil:                                   ; preds = %done.i.unr-lcssa
  %.not8.i.epil = icmp eq i64 %indvars.iv.i128.unr, %indvars.iv250
  br i1 %.not8.i.epil, label %done.i, label %other.i.epil

other.i.epil:                                     ; preds = %body.i127.epil
  %242 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i128.unr
  %v.i129.epil = load i32, ptr %242, align 4
  %243 = sext i32 %m.024.i.unr to i64
  %244 = getelementptr inbounds i32, ptr %others.i, i64 %243
  store i32 %v.i129.epil, ptr %244, align 4
  %245 = add i32 %m.024.i.unr, 1
  br label %done.i

done.i:                                           ; preds = %body.i127.epil, %other.i.epil, %done.i.unr-lcssa
  %m.1.i.lcssa = phi i32 [ %m.1.i.lcssa.ph, %done.i.unr-lcssa ], [ %245, %other.i.epil ], [ %m.024.i.unr, %body.i127.epil ]
  %246 = sext i32 %x to i64
  %247 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %246
  %nc.i121 = load i32, ptr %247, align 4
  %248 = and i64 %246, -4
  %249 = icmp eq i64 %248, 4
  %250 = zext i32 %nc.i121 to i64
  %251 = select i1 %249, i64 1, i64 %250
  %total.i = udiv i64 %nworlds, %251
  %252 = icmp sgt i64 %total.i, 0
  br i1 %252, label %body2.lr.ph.lr.ph.i, label %endif42.thread181

body2.lr.ph.lr.ph.i:                              ; preds = %done.i
  %253 = icmp sgt i32 %m.1.i.lcssa, 0
  %wide.trip.count.i.i = zext nneg i32 %m.1.i.lcssa to i64
  %254 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %246
  br label %body2.lr.ph.i

body2.lr.ph.i:                                    ; preds = %next_block.exit.i, %body2.lr.ph.lr.ph.i
  %level.0.ph30.i = phi i32 [ %m.1.i.lcssa, %body2.lr.ph.lr.ph.i ], [ %k.0.lcssa.i.i, %next_block.exit.i ]
  %at.0.ph29.i = phi i64 [ 0, %body2.lr.ph.lr.ph.i ], [ %283, %next_block.exit.i ]
  %255 = sext i32 %level.0.ph30.i to i64
  br label %body2.i

other.i:                                          ; preds = %body.i127
  %256 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i128
  %v.i129 = load i32, ptr %256, align 4
  %257 = sext i32 %m.024.i to i64
  %258 = getelementptr inbounds i32, ptr %others.i, i64 %257
  store i32 %v.i129, ptr %258, align 4
  %259 = add i32 %m.024.i, 1
  br label %endif.i130

endif.i130:                                       ; preds = %other.i, %body.i127
  %m.1.i = phi i32 [ %259, %other.i ], [ %m.024.i, %body.i127 ]
  %indvars.iv.next.i131 = or disjoint i64 %indvars.iv.i128, 1
  %.not8.i.1 = icmp eq i64 %indvars.iv.next.i131, %indvars.iv250
  br i1 %.not8.i.1, label %endif.i130.1, label %other.i.1

other.i.1:                                        ; preds = %endif.i130
  %260 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i131
  %v.i129.1 = load i32, ptr %260, align 4
  %261 = sext i32 %m.1.i to i64
  %262 = getelementptr inbounds i32, ptr %others.i, i64 %261
  store i32 %v.i129.1, ptr %262, align 4
  %263 = add i32 %m.1.i, 1
  br label %endif.i130.1

endif.i130.1:                                     ; preds = %other.i.1, %endif.i130
  %m.1.i.1 = phi i32 [ %263, %other.i.1 ], [ %m.1.i, %endif.i130 ]
  %indvars.iv.next.i131.1 = add nuw nsw i64 %indvars.iv.i128, 2
  %niter31.next.1 = add i64 %niter31, 2
  %niter31.ncmp.1 = icmp eq i64 %niter31.next.1, %unroll_iter30
  br i1 %niter31.ncmp.1, label %done.i.unr-lcssa, label %body.i127

body2.i:                                          ; preds = %split.i, %body2.lr.ph.i
  %indvars.iv42.i = phi i64 [ %255, %body2.lr.ph.i ], [ %indvars.iv.next43.i, %split.i ]
  br i1 %253, label %body.i.i, label %set_block.exit.i

body.i.i:                                         ; preds = %body2.i, %endif.i.i
  %indvars.iv.i.i = phi i64 [ %indvars.iv.next.i.i, %endif.i.i ], [ 0, %body2.i ]
  %block.09.i.i = phi i64 [ %block.1.i.i, %endif.i.i ], [ 1, %body2.i ]
  %264 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i.i
  %v.i.i = load i32, ptr %264, align 4
  %open.i.i = icmp sge i64 %indvars.iv.i.i, %indvars.iv42.i
  %265 = zext i1 %open.i.i to i8
  %266 = sext i32 %v.i.i to i64
  %267 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %266
  store i8 %265, ptr %267, align 1
  %268 = getelementptr inbounds [8 x ptr], ptr @cells, i64 0, i64 %266
  %cells.i.i = load ptr, ptr %268, align 8
  %269 = getelementptr inbounds i32, ptr %digit.i120, i64 %indvars.iv.i.i
  %digit.i.i = load i32, ptr %269, align 4
  %270 = sext i32 %digit.i.i to i64
  %271 = getelementptr inbounds [2 x i64], ptr %cells.i.i, i64 %270
  %272 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %266
  %273 = load <2 x i64>, ptr %271, align 8
  store <2 x i64> %273, ptr %272, align 8
  br i1 %open.i.i, label %endif.i.i, label %in_block.i.i

in_block.i.i:                                     ; preds = %body.i.i
  %274 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %266
  %nc.i.i = load i32, ptr %274, align 4
  %275 = and i64 %266, -4
  %276 = icmp eq i64 %275, 4
  %277 = zext i32 %nc.i.i to i64
  %278 = select i1 %276, i64 1, i64 %277
  %279 = mul i64 %278, %block.09.i.i
  br label %endif.i.i

endif.i.i:                                        ; preds = %in_block.i.i, %body.i.i
  %block.1.i.i = phi i64 [ %279, %in_block.i.i ], [ %block.09.i.i, %body.i.i ]
  %indvars.iv.next.i.i = add nuw nsw i64 %indvars.iv.i.i, 1
  %exitcond.not.i.i = icmp eq i64 %indvars.iv.next.i.i, %wide.trip.count.i.i
  br i1 %exitcond.not.i.i, label %set_block.exit.i, label %body.i.i

set_block.exit.i:                                 ; preds = %endif.i.i, %body2.i
  %block.0.lcssa.i.i = phi i64 [ 1, %body2.i ], [ %block.1.i.i, %endif.i.i ]
  store i8 0, ptr %254, align 1
  store i16 0, ptr %151, align 4
  store i64 -1, ptr %152, align 8
  %280 = call i32 %6(ptr nonnull %w, ptr nonnull %is_search), !callees !13
  %.not.i122 = icmp eq i32 %280, 0
  br i1 %.not.i122, label %open.i123, label %advance.i

open.i123:                                        ; preds = %set_block.exit.i
  %281 = icmp sgt i64 %indvars.iv42.i, 0
  br i1 %281, label %split.i, label %cells.i124

split.i:                                          ; preds = %open.i123
  %indvars.iv.next43.i = add nsw i64 %indvars.iv42.i, -1
  br label %body2.i

cells.i124:                                       ; preds = %open.i123
  %282 = call fastcc i1 @differs_in(ptr nonnull %w, ptr readonly %6, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %282, label %endif42, label %advance.i

advance.i:                                        ; preds = %set_block.exit.i, %cells.i124
  %level.02635.i = trunc i64 %indvars.iv42.i to i32
  %283 = add i64 %block.0.lcssa.i.i, %at.0.ph29.i
  %284 = icmp sgt i32 %m.1.i.lcssa, %level.02635.i
  br i1 %284, label %inc.preheader.i.i, label %next_block.exit.i

inc.preheader.i.i:                                ; preds = %advance.i
  %sext.i = shl i64 %indvars.iv42.i, 32
  %285 = ashr exact i64 %sext.i, 32
  br label %inc.i.i

inc.i.i:                                          ; preds = %wrap.i.i, %inc.preheader.i.i
  %indvars.iv.i9.i = phi i64 [ %285, %inc.preheader.i.i ], [ %indvars.iv.next.i12.i, %wrap.i.i ]
  %286 = getelementptr inbounds i32, ptr %digit.i120, i64 %indvars.iv.i9.i
  %287 = load i32, ptr %286, align 4
  %288 = add i32 %287, 1
  store i32 %288, ptr %286, align 4
  %289 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i9.i
  %v.i10.i = load i32, ptr %289, align 4
  %290 = sext i32 %v.i10.i to i64
  %291 = getelementptr inbounds [8 x i32], ptr @ncells, i64 0, i64 %290
  %nc.i11.i = load i32, ptr %291, align 4
  %292 = and i64 %290, -4
  %293 = icmp eq i64 %292, 4
  %294 = select i1 %293, i32 1, i32 %nc.i11.i
  %295 = icmp eq i32 %288, %294
  br i1 %295, label %wrap.i.i, label %out.loopexit.split.loop.exit.i.i

wrap.i.i:                                         ; preds = %inc.i.i
  store i32 0, ptr %286, align 4
  %indvars.iv.next.i12.i = add nsw i64 %indvars.iv.i9.i, 1
  %lftr.wideiv.i.i = trunc i64 %indvars.iv.next.i12.i to i32
  %exitcond.not.i13.i = icmp eq i32 %m.1.i.lcssa, %lftr.wideiv.i.i
  br i1 %exitcond.not.i13.i, label %next_block.exit.i, label %inc.i.i

out.loopexit.split.loop.exit.i.i:                 ; preds = %inc.i.i
  %296 = trunc nsw i64 %indvars.iv.i9.i to i32
  br label %next_block.exit.i

next_block.exit.i:                                ; preds = %wrap.i.i, %out.loopexit.split.loop.exit.i.i, %advance.i
  %k.0.lcssa.i.i = phi i32 [ %level.02635.i, %advance.i ], [ %296, %out.loopexit.split.loop.exit.i.i ], [ %m.1.i.lcssa, %wrap.i.i ]
  %297 = icmp slt i64 %283, %total.i
  br i1 %297, label %body2.lr.ph.i, label %endif42.thread181

endif42.thread181:                                ; preds = %next_block.exit.i, %done.i
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %digit.i120)
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %others.i)
  br label %endif43

endif42:                                          ; preds = %cells.i124
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %digit.i120)
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %others.i)
  br label %ask

ask:                                              ; preds = %set_block.exit98, %endif41, %endif42
  %298 = icmp slt i32 %x, 4
  br i1 %298, label %input.i133, label %endif43

input.i133:                                       ; preds = %ask
  %299 = sdiv i32 %x, 64
  %300 = srem i32 %x, 64
  %301 = sext i32 %299 to i64
  %302 = getelementptr inbounds i64, ptr %3, i64 %301
  %303 = zext nneg i32 %300 to i64
  %304 = shl nuw i64 1, %303
  %305 = load i64, ptr %302, align 8
  %306 = or i64 %305, %304
  store i64 %306, ptr %302, align 8
  br label %endif43

endif43:                                          ; preds = %input.i133, %ask, %endif42.thread181
  %indvars.iv.next251 = add nuw nsw i64 %indvars.iv250, 1
  %exitcond254.not = icmp eq i64 %indvars.iv.next251, %wide.trip.count.i80
  br i1 %exitcond254.not, label %done39, label %body.i81.preheader
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.risk(ptr nocapture %w, ptr nocapture readnone %is_search) #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %w, i64 128
  %k.i = load i8, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %w, i64 132
  store i8 %k.i, ptr %1, align 1
  %site.i = load i32, ptr %w, align 4
  %.not.i = icmp eq i8 %k.i, 0
  %2 = sext i32 %site.i to i64
  %3 = select i1 %.not.i, i64 0, i64 %2
  %4 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4
  %6 = select i1 %.not.i, i32 0, i32 %5
  %7 = getelementptr inbounds i8, ptr %w, i64 64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store i32 %6, ptr %7, align 4
  %8 = tail call fastcc i32 @answer.risk(ptr nonnull %w)
  ret i32 %8
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.pct(ptr nocapture %w, ptr nocapture readnone %is_search) #4 {
entry:
  %0 = getelementptr inbounds i8, ptr %w, i64 128
  %k.i = load i8, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %w, i64 132
  store i8 %k.i, ptr %1, align 1
  %site.i = load i32, ptr %w, align 4
  %.not.i = icmp eq i8 %k.i, 0
  %2 = sext i32 %site.i to i64
  %3 = select i1 %.not.i, i64 0, i64 %2
  %4 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4
  %6 = select i1 %.not.i, i32 0, i32 %5
  %7 = getelementptr inbounds i8, ptr %w, i64 64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store i32 %6, ptr %7, align 4
  %8 = tail call fastcc i32 @answer.pct(ptr nonnull %w)
  ret i32 %8
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.line(ptr %w, ptr nocapture readnone %is_search) #3 {
entry:
  %0 = tail call fastcc i32 @answer.line(ptr %w)
  ret i32 %0
}

; Function Attrs: noinline
define internal fastcc range(i32 0, 5) i32 @evaluate(ptr nocapture readonly %in, ptr %out, ptr %trace, i64 %budget) unnamed_addr #6 {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 128
  store i64 0, ptr %0, align 8
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %site, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit53, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit53 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %rupture, %lines, %size_cm, %site
  %bad = phi i32 [ 1, %site ], [ 2, %size_cm ], [ 3, %rupture ], [ 4, %lines ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(72) %out, i8 0, i64 72, i1 false)
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
  %30 = icmp slt i64 %budget, 1
  %31 = select i1 %30, i64 100000, i64 %budget
  %32 = getelementptr inbounds i8, ptr %s, i64 164
  store i16 0, ptr %32, align 4
  %33 = getelementptr inbounds i8, ptr %s, i64 176
  store i64 -1, ptr %33, align 8
  %34 = getelementptr inbounds i8, ptr %out, i64 20
  %35 = getelementptr inbounds i8, ptr %s, i64 136
  store ptr %34, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %s, i64 168
  store ptr %trace, ptr %36, align 8
  %37 = getelementptr inbounds i8, ptr %out, i64 32
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %37, i8 0, i64 24, i1 false)
  %38 = getelementptr inbounds i8, ptr %s, i64 132
  store i8 %k.i, ptr %38, align 4
  %39 = zext nneg i32 %site.i to i64
  %40 = select i1 %1, i64 %39, i64 0
  %41 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4
  %43 = select i1 %1, i32 %42, i32 0
  %44 = getelementptr inbounds i8, ptr %s, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %44, i8 0, i64 16, i1 false)
  store i32 %43, ptr %44, align 8
  %45 = call fastcc i32 @answer.risk(ptr nonnull %s)
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %search, label %endif17

good16:                                           ; preds = %lines
  %47 = getelementptr inbounds i8, ptr %s, i64 48
  %48 = getelementptr inbounds i8, ptr %s, i64 56
  store i64 0, ptr %48, align 8
  store double %lines15, ptr %47, align 8
  %49 = getelementptr inbounds i8, ptr %s, i64 131
  store i8 1, ptr %49, align 1
  br label %next14

search:                                           ; preds = %next14
  call fastcc void @search(ptr nonnull %s, i32 5, i64 %31, ptr nonnull %37, ptr nonnull @plan_in.risk, i32 3, ptr nonnull @world.risk)
  br label %endif17

endif17:                                          ; preds = %search, %next14
  %50 = getelementptr inbounds i8, ptr %out, i64 21
  %how = load i32, ptr %50, align 4
  %51 = icmp eq ptr %trace, null
  br i1 %51, label %guide_trace_add.exit, label %trace.i

trace.i:                                          ; preds = %endif17
  %52 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %53, align 8
  %54 = icmp eq i64 %len.i, %cap.i
  br i1 %54, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i
  %55 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %55, align 4
  br label %guide_trace_add.exit

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %56 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 1, ptr %56, align 1
  %57 = trunc i32 %how to i8
  %58 = getelementptr inbounds i8, ptr %56, i64 1
  store i8 %57, ptr %58, align 1
  %59 = getelementptr inbounds i8, ptr %56, i64 4
  store i32 0, ptr %59, align 4
  %60 = add i64 %len.i, 1
  store i64 %60, ptr %52, align 8
  br label %guide_trace_add.exit

guide_trace_add.exit:                             ; preds = %endif17, %full.i, %add.i
  %61 = call fastcc i32 @answer.pct(ptr nonnull %s)
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %search18, label %endif19

search18:                                         ; preds = %guide_trace_add.exit
  %63 = getelementptr inbounds i8, ptr %out, i64 40
  call fastcc void @search(ptr nonnull %s, i32 6, i64 %31, ptr nonnull %63, ptr nonnull @plan_in.pct, i32 3, ptr nonnull @world.pct)
  br label %endif19

endif19:                                          ; preds = %search18, %guide_trace_add.exit
  %64 = getelementptr inbounds i8, ptr %out, i64 25
  %how20 = load i32, ptr %64, align 4
  br i1 %51, label %guide_trace_add.exit46, label %trace.i40

trace.i40:                                        ; preds = %endif19
  %65 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i41 = load i64, ptr %65, align 8
  %66 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i42 = load i64, ptr %66, align 8
  %67 = icmp eq i64 %len.i41, %cap.i42
  br i1 %67, label %full.i45, label %add.i43

full.i45:                                         ; preds = %trace.i40
  %68 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %68, align 4
  br label %guide_trace_add.exit46

add.i43:                                          ; preds = %trace.i40
  %ev.i44 = load ptr, ptr %trace, align 8
  %69 = getelementptr inbounds %guide_event, ptr %ev.i44, i64 %len.i41
  store i8 1, ptr %69, align 1
  %70 = trunc i32 %how20 to i8
  %71 = getelementptr inbounds i8, ptr %69, i64 1
  store i8 %70, ptr %71, align 1
  %72 = getelementptr inbounds i8, ptr %69, i64 4
  store i32 1, ptr %72, align 4
  %73 = add i64 %len.i41, 1
  store i64 %73, ptr %65, align 8
  br label %guide_trace_add.exit46

guide_trace_add.exit46:                           ; preds = %endif19, %full.i45, %add.i43
  %74 = call fastcc i32 @answer.line(ptr nonnull %s)
  %75 = icmp eq i32 %74, 0
  br i1 %75, label %search21, label %endif22

search21:                                         ; preds = %guide_trace_add.exit46
  %76 = getelementptr inbounds i8, ptr %out, i64 48
  call fastcc void @search(ptr nonnull %s, i32 7, i64 %31, ptr nonnull %76, ptr nonnull @plan_in.line, i32 2, ptr nonnull @world.line)
  br label %endif22

endif22:                                          ; preds = %search21, %guide_trace_add.exit46
  %77 = getelementptr inbounds i8, ptr %out, i64 29
  %how23 = load i32, ptr %77, align 4
  br i1 %51, label %guide_trace_add.exit53, label %trace.i47

trace.i47:                                        ; preds = %endif22
  %78 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i48 = load i64, ptr %78, align 8
  %79 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i49 = load i64, ptr %79, align 8
  %80 = icmp eq i64 %len.i48, %cap.i49
  br i1 %80, label %full.i52, label %add.i50

full.i52:                                         ; preds = %trace.i47
  %81 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %81, align 4
  br label %guide_trace_add.exit53

add.i50:                                          ; preds = %trace.i47
  %ev.i51 = load ptr, ptr %trace, align 8
  %82 = getelementptr inbounds %guide_event, ptr %ev.i51, i64 %len.i48
  store i8 1, ptr %82, align 1
  %83 = trunc i32 %how23 to i8
  %84 = getelementptr inbounds i8, ptr %82, i64 1
  store i8 %83, ptr %84, align 1
  %85 = getelementptr inbounds i8, ptr %82, i64 4
  store i32 2, ptr %85, align 4
  %86 = add i64 %len.i48, 1
  store i64 %86, ptr %78, align 8
  br label %guide_trace_add.exit53

guide_trace_add.exit53:                           ; preds = %endif22, %full.i52, %add.i50
  %87 = getelementptr inbounds i8, ptr %s, i64 80
  %risk = load i32, ptr %87, align 8
  store i32 %risk, ptr %out, align 4
  %88 = getelementptr inbounds i8, ptr %s, i64 96
  %pct = load double, ptr %88, align 8
  %89 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct, ptr %89, align 8
  %90 = getelementptr inbounds i8, ptr %s, i64 112
  %line = load i32, ptr %90, align 8
  %91 = getelementptr inbounds i8, ptr %out, i64 16
  store i32 %line, ptr %91, align 4
  %92 = getelementptr inbounds i8, ptr %out, i64 64
  %part = load i32, ptr %44, align 8
  %93 = getelementptr inbounds i8, ptr %out, i64 56
  store i32 %part, ptr %93, align 4
  %94 = load i8, ptr %38, align 4
  %95 = zext i8 %94 to i64
  store i64 %95, ptr %92, align 8
  br label %common.ret
}

define range(i32 0, 5) i32 @lookup_eval_budget(ptr nocapture readonly %in, ptr %out, ptr %trace, i64 %budget) local_unnamed_addr {
entry:
  %untraced1 = icmp eq ptr %trace, null
  br i1 %untraced1, label %untraced, label %general

untraced:                                         ; preds = %entry
  tail call void @llvm.experimental.noalias.scope.decl(metadata !14)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !17)
  %known.i = load i64, ptr %in, align 8, !alias.scope !14, !noalias !17
  %0 = and i64 %known.i, 15
  %1 = icmp eq i64 %0, 15
  br i1 %1, label %columns_known.i, label %general

columns_known.i:                                  ; preds = %untraced
  %2 = getelementptr inbounds i8, ptr %in, i64 8
  %site.i = load i32, ptr %2, align 4, !alias.scope !14, !noalias !17
  %3 = icmp ult i32 %site.i, 4
  %4 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm.i = load double, ptr %4, align 8, !alias.scope !14, !noalias !17
  %5 = fcmp oge double %size_cm.i, 0.000000e+00
  %6 = fcmp ole double %size_cm.i, 3.000000e+01
  %7 = and i1 %5, %6
  %8 = and i1 %3, %7
  %9 = getelementptr inbounds i8, ptr %in, i64 24
  %rupture.i = load i32, ptr %9, align 4, !alias.scope !14, !noalias !17
  %10 = icmp ult i32 %rupture.i, 2
  %11 = and i1 %10, %8
  %12 = getelementptr inbounds i8, ptr %in, i64 32
  %lines.i = load double, ptr %12, align 8, !alias.scope !14, !noalias !17
  %13 = fcmp oge double %lines.i, 0.000000e+00
  %14 = fcmp ole double %lines.i, 5.000000e+00
  %15 = and i1 %13, %14
  %16 = tail call double @llvm.floor.f64(double %lines.i)
  %17 = fcmp oeq double %lines.i, %16
  %18 = and i1 %15, %17
  %19 = and i1 %11, %18
  br i1 %19, label %eval_direct.exit, label %general

eval_direct.exit:                                 ; preds = %columns_known.i
  %20 = zext nneg i32 %site.i to i64
  %21 = getelementptr inbounds [4 x i8], ptr @class.risk.site, i64 0, i64 %20
  %22 = load i8, ptr %21, align 1, !noalias !19
  %class.site.i = zext i8 %22 to i32
  %23 = fcmp ogt double %size_cm.i, 5.000000e+00
  %24 = shl nuw nsw i32 %class.site.i, 2
  %25 = select i1 %23, i32 2, i32 0
  %26 = or disjoint i32 %24, %25
  %class.risk.i = or disjoint i32 %26, %rupture.i
  %27 = zext nneg i32 %class.risk.i to i64
  %28 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %27, i32 0, i64 0
  %29 = getelementptr inbounds i8, ptr %out, i64 20
  %30 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %27, i32 1
  %risk.i = load i32, ptr %30, align 8, !noalias !19
  store i32 %risk.i, ptr %out, align 4, !alias.scope !17, !noalias !14
  %31 = load <2 x i32>, ptr %28, align 8, !noalias !19
  store <2 x i32> %31, ptr %29, align 4, !alias.scope !17, !noalias !14
  %32 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %27, i32 2
  %pct.i = load double, ptr %32, align 8, !noalias !19
  %33 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct.i, ptr %33, align 8, !alias.scope !17, !noalias !14
  %34 = fcmp oge double %lines.i, 2.000000e+00
  %35 = zext i1 %34 to i64
  %36 = fcmp oge double %lines.i, 3.000000e+00
  %37 = zext i1 %36 to i64
  %class.lines.i = add nuw nsw i64 %35, %37
  %38 = getelementptr inbounds [4 x i8], ptr @class.lines.site, i64 0, i64 %20
  %39 = load i8, ptr %38, align 1, !noalias !19
  %class.site6.i = zext i8 %39 to i64
  %40 = shl nuw nsw i64 %class.lines.i, 1
  %class.lines7.i = add nuw nsw i64 %40, %class.site6.i
  %41 = getelementptr inbounds i8, ptr %out, i64 28
  store i32 1, ptr %41, align 4, !alias.scope !17, !noalias !14
  %42 = getelementptr inbounds [6 x %direct.lines], ptr @direct.lines, i64 0, i64 %class.lines7.i, i32 1
  %line.i = load i32, ptr %42, align 4, !noalias !19
  %43 = getelementptr inbounds i8, ptr %out, i64 16
  store i32 %line.i, ptr %43, align 4, !alias.scope !17, !noalias !14
  %44 = getelementptr inbounds i8, ptr %out, i64 32
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %44, i8 0, i64 24, i1 false), !alias.scope !17, !noalias !14
  %45 = getelementptr inbounds i8, ptr %out, i64 56
  %46 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %20
  %47 = load i32, ptr %46, align 4, !noalias !19
  store i32 %47, ptr %45, align 4, !alias.scope !17, !noalias !14
  %48 = getelementptr inbounds i8, ptr %out, i64 64
  store i64 1, ptr %48, align 8, !alias.scope !17, !noalias !14
  br label %common.ret

common.ret:                                       ; preds = %eval_direct.exit, %general
  %common.ret.op = phi i32 [ %rc, %general ], [ 0, %eval_direct.exit ]
  ret i32 %common.ret.op

general:                                          ; preds = %untraced, %columns_known.i, %entry
  %rc = tail call fastcc i32 @evaluate(ptr %in, ptr %out, ptr %trace, i64 %budget)
  br label %common.ret
}

define range(i32 0, 5) i32 @lookup_eval(ptr nocapture readonly %0, ptr %1, ptr %2) local_unnamed_addr {
entry:
  %3 = tail call i32 @lookup_eval_budget(ptr %0, ptr %1, ptr %2, i64 100000)
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @lookup_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #7 {
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
define void @lookup_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #8 {
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
  %26 = load i32, ptr %25, align 4
  %27 = getelementptr inbounds i8, ptr %val, i64 32
  store i32 %26, ptr %27, align 4
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
  %36 = getelementptr inbounds i8, ptr %1, i64 64
  %37 = load i64, ptr %36, align 8
  %38 = trunc i64 %37 to i8
  %39 = and i8 %38, 1
  %40 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %39, ptr %40, align 1
  %41 = getelementptr inbounds i8, ptr %1, i64 56
  %42 = load i32, ptr %41, align 4
  %43 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %42, ptr %43, align 4
  %44 = getelementptr inbounds i8, ptr %1, i64 20
  %45 = load i32, ptr %44, align 4
  store i32 %45, ptr %out, align 4
  %46 = load i32, ptr %1, align 4
  %47 = getelementptr inbounds i8, ptr %val, i64 80
  store i32 %46, ptr %47, align 4
  %state = load i8, ptr %44, align 1
  %48 = getelementptr inbounds i8, ptr %1, i64 22
  %49 = load i8, ptr %48, align 1
  %50 = icmp eq i8 %state, 1
  %51 = icmp eq i8 %49, 0
  %52 = and i1 %50, %51
  %53 = zext i1 %52 to i8
  %54 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %53, ptr %54, align 1
  %55 = getelementptr inbounds i8, ptr %1, i64 32
  %56 = load i64, ptr %55, align 8
  store i64 %56, ptr %asks, align 8
  %57 = getelementptr inbounds i8, ptr %1, i64 24
  %58 = getelementptr inbounds i8, ptr %out, i64 4
  %59 = load i32, ptr %57, align 4
  store i32 %59, ptr %58, align 4
  %60 = getelementptr inbounds i8, ptr %1, i64 8
  %61 = load double, ptr %60, align 8
  %62 = getelementptr inbounds i8, ptr %val, i64 96
  store double %61, ptr %62, align 8
  %state1 = load i8, ptr %57, align 1
  %63 = getelementptr inbounds i8, ptr %1, i64 26
  %64 = load i8, ptr %63, align 1
  %65 = icmp eq i8 %state1, 1
  %66 = icmp eq i8 %64, 0
  %67 = and i1 %65, %66
  %68 = zext i1 %67 to i8
  %69 = getelementptr inbounds i8, ptr %known, i64 6
  store i8 %68, ptr %69, align 1
  %70 = getelementptr inbounds i8, ptr %asks, i64 8
  %71 = getelementptr inbounds i8, ptr %1, i64 40
  %72 = load i64, ptr %71, align 8
  store i64 %72, ptr %70, align 8
  %73 = getelementptr inbounds i8, ptr %1, i64 28
  %74 = getelementptr inbounds i8, ptr %out, i64 8
  %75 = load i32, ptr %73, align 4
  store i32 %75, ptr %74, align 4
  %76 = getelementptr inbounds i8, ptr %1, i64 16
  %77 = load i32, ptr %76, align 4
  %78 = getelementptr inbounds i8, ptr %val, i64 112
  store i32 %77, ptr %78, align 4
  %state2 = load i8, ptr %73, align 1
  %79 = getelementptr inbounds i8, ptr %1, i64 30
  %80 = load i8, ptr %79, align 1
  %81 = icmp eq i8 %state2, 1
  %82 = icmp eq i8 %80, 0
  %83 = and i1 %81, %82
  %84 = zext i1 %83 to i8
  %85 = getelementptr inbounds i8, ptr %known, i64 7
  store i8 %84, ptr %85, align 1
  %86 = getelementptr inbounds i8, ptr %asks, i64 16
  %87 = getelementptr inbounds i8, ptr %1, i64 48
  %88 = load i64, ptr %87, align 8
  store i64 %88, ptr %86, align 8
  ret void
}

define range(i32 0, 5) i32 @lookup_eval_frame(ptr nocapture readonly %0, ptr %1, i64 %2) local_unnamed_addr {
entry:
  %out = alloca %lookup_output, align 8
  %in = alloca %lookup_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %in, i8 0, i64 40, i1 false)
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
  %.not4.i = icmp eq i8 %11, 0
  br i1 %.not4.i, label %endif1.i, label %size_cm.i

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
  %.not5.i = icmp eq i8 %19, 0
  br i1 %.not5.i, label %endif2.i, label %rupture.i

rupture.i:                                        ; preds = %endif1.i
  %20 = or i64 %17, 4
  store i64 %20, ptr %in, align 8
  %21 = getelementptr inbounds i8, ptr %val.i, i64 32
  %22 = load i32, ptr %21, align 4
  %23 = getelementptr inbounds i8, ptr %in, i64 24
  store i32 %22, ptr %23, align 8
  br label %endif2.i

endif2.i:                                         ; preds = %rupture.i, %endif1.i
  %24 = phi i32 [ %22, %rupture.i ], [ 0, %endif1.i ]
  %25 = phi i64 [ %20, %rupture.i ], [ %17, %endif1.i ]
  %26 = getelementptr inbounds i8, ptr %known.i, i64 3
  %27 = load i8, ptr %26, align 1
  %.not6.i = icmp eq i8 %27, 0
  br i1 %.not6.i, label %lookup_from_frame.exit, label %lines.i

lines.i:                                          ; preds = %endif2.i
  %28 = or i64 %25, 8
  store i64 %28, ptr %in, align 8
  %29 = getelementptr inbounds i8, ptr %val.i, i64 48
  %30 = load double, ptr %29, align 8
  %31 = getelementptr inbounds i8, ptr %in, i64 32
  store double %30, ptr %31, align 8
  br label %lookup_from_frame.exit

lookup_from_frame.exit:                           ; preds = %endif2.i, %lines.i
  %32 = phi double [ 0.000000e+00, %endif2.i ], [ %30, %lines.i ]
  %33 = phi i64 [ %25, %endif2.i ], [ %28, %lines.i ]
  %rc = call i32 @lookup_eval_budget(ptr nonnull %in, ptr nonnull %out, ptr %1, i64 %2)
  %val.i1 = load ptr, ptr %3, align 8
  %known.i2 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds i8, ptr %0, i64 32
  %out.i = load ptr, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %0, i64 40
  %asks.i = load ptr, ptr %35, align 8
  %36 = trunc nuw nsw i64 %33 to i8
  %37 = and i8 %36, 1
  store i8 %37, ptr %known.i2, align 1
  store i32 %8, ptr %val.i1, align 4
  %38 = lshr i8 %36, 1
  %39 = and i8 %38, 1
  %40 = getelementptr inbounds i8, ptr %known.i2, i64 1
  store i8 %39, ptr %40, align 1
  %41 = getelementptr inbounds i8, ptr %val.i1, i64 16
  store double %16, ptr %41, align 8
  %42 = lshr i8 %36, 2
  %43 = and i8 %42, 1
  %44 = getelementptr inbounds i8, ptr %known.i2, i64 2
  store i8 %43, ptr %44, align 1
  %45 = getelementptr inbounds i8, ptr %val.i1, i64 32
  store i32 %24, ptr %45, align 4
  %46 = lshr i8 %36, 3
  %47 = getelementptr inbounds i8, ptr %known.i2, i64 3
  store i8 %46, ptr %47, align 1
  %48 = getelementptr inbounds i8, ptr %val.i1, i64 48
  store double %32, ptr %48, align 8
  %49 = getelementptr inbounds i8, ptr %out, i64 64
  %50 = load i64, ptr %49, align 8
  %51 = trunc i64 %50 to i8
  %52 = and i8 %51, 1
  %53 = getelementptr inbounds i8, ptr %known.i2, i64 4
  store i8 %52, ptr %53, align 1
  %54 = getelementptr inbounds i8, ptr %out, i64 56
  %55 = load i32, ptr %54, align 8
  %56 = getelementptr inbounds i8, ptr %val.i1, i64 64
  store i32 %55, ptr %56, align 4
  %57 = getelementptr inbounds i8, ptr %out, i64 20
  %58 = load i32, ptr %57, align 4
  store i32 %58, ptr %out.i, align 4
  %59 = load i32, ptr %out, align 8
  %60 = getelementptr inbounds i8, ptr %val.i1, i64 80
  store i32 %59, ptr %60, align 4
  %state.i = load i8, ptr %57, align 4
  %61 = getelementptr inbounds i8, ptr %out, i64 22
  %62 = load i8, ptr %61, align 2
  %63 = icmp eq i8 %state.i, 1
  %64 = icmp eq i8 %62, 0
  %65 = and i1 %63, %64
  %66 = zext i1 %65 to i8
  %67 = getelementptr inbounds i8, ptr %known.i2, i64 5
  store i8 %66, ptr %67, align 1
  %68 = getelementptr inbounds i8, ptr %out, i64 32
  %69 = load i64, ptr %68, align 8
  store i64 %69, ptr %asks.i, align 8
  %70 = getelementptr inbounds i8, ptr %out, i64 24
  %71 = getelementptr inbounds i8, ptr %out.i, i64 4
  %72 = load i32, ptr %70, align 8
  store i32 %72, ptr %71, align 4
  %73 = getelementptr inbounds i8, ptr %out, i64 8
  %74 = load double, ptr %73, align 8
  %75 = getelementptr inbounds i8, ptr %val.i1, i64 96
  store double %74, ptr %75, align 8
  %state1.i = load i8, ptr %70, align 8
  %76 = getelementptr inbounds i8, ptr %out, i64 26
  %77 = load i8, ptr %76, align 2
  %78 = icmp eq i8 %state1.i, 1
  %79 = icmp eq i8 %77, 0
  %80 = and i1 %78, %79
  %81 = zext i1 %80 to i8
  %82 = getelementptr inbounds i8, ptr %known.i2, i64 6
  store i8 %81, ptr %82, align 1
  %83 = getelementptr inbounds i8, ptr %asks.i, i64 8
  %84 = getelementptr inbounds i8, ptr %out, i64 40
  %85 = load i64, ptr %84, align 8
  store i64 %85, ptr %83, align 8
  %86 = getelementptr inbounds i8, ptr %out, i64 28
  %87 = getelementptr inbounds i8, ptr %out.i, i64 8
  %88 = load i32, ptr %86, align 4
  store i32 %88, ptr %87, align 4
  %89 = getelementptr inbounds i8, ptr %out, i64 16
  %90 = load i32, ptr %89, align 8
  %91 = getelementptr inbounds i8, ptr %val.i1, i64 112
  store i32 %90, ptr %91, align 4
  %state2.i = load i8, ptr %86, align 4
  %92 = getelementptr inbounds i8, ptr %out, i64 30
  %93 = load i8, ptr %92, align 2
  %94 = icmp eq i8 %state2.i, 1
  %95 = icmp eq i8 %93, 0
  %96 = and i1 %94, %95
  %97 = zext i1 %96 to i8
  %98 = getelementptr inbounds i8, ptr %known.i2, i64 7
  store i8 %97, ptr %98, align 1
  %99 = getelementptr inbounds i8, ptr %asks.i, i64 16
  %100 = getelementptr inbounds i8, ptr %out, i64 48
  %101 = load i64, ptr %100, align 8
  store i64 %101, ptr %99, align 8
  ret i32 %rc
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #10

attributes #0 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) }
attributes #4 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { noinline }
attributes #7 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #9 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

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
!13 = !{ptr @world.line, ptr @world.pct, ptr @world.risk}
!14 = !{!15}
!15 = distinct !{!15, !16, !"eval_direct: %in"}
!16 = distinct !{!16, !"eval_direct"}
!17 = !{!18}
!18 = distinct !{!18, !16, !"eval_direct: %out"}
!19 = !{!15, !18}
