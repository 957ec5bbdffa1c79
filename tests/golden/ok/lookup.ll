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
%eval_state = type { [6 x [2 x i64]], [6 x i8], ptr, [4 x i8], [4 x i8], [1 x i8], ptr, [1 x i32] }
%guide_event = type { i8, i8, i32 }
%lookup_output = type { i32, double, [2 x %guide_output], [2 x [1 x i64]], i32, [1 x i64] }
%lookup_input = type { [1 x i64], i32, double, i32 }

@.str.1 = private unnamed_addr constant [8 x i8] c"jejunum\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"ileum\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"colon\00", align 1
@labels.site = private constant [4 x ptr] [ptr @.str.8, ptr @.str.1, ptr @.str.2, ptr @.str.3]
@.str.4 = private unnamed_addr constant [5 x i8] c"site\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"size_cm\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"cm\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"rupture\00", align 1
@.str.8 = private unnamed_addr constant [8 x i8] c"stomach\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"bowel\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"other\00", align 1
@labels.part = private constant [3 x ptr] [ptr @.str.8, ptr @.str.9, ptr @.str.10]
@.str.11 = private unnamed_addr constant [5 x i8] c"part\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"low\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"high\00", align 1
@labels.risk = private constant [2 x ptr] [ptr @.str.12, ptr @.str.13]
@.str.15 = private unnamed_addr constant [4 x i8] c"pct\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"%\00", align 1
@vars = private constant [6 x %guide_var_info] [%guide_var_info { ptr @.str.4, i32 0, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 4, ptr @labels.site, i32 6 }, %guide_var_info { ptr @.str.5, i32 0, i32 2, ptr @.str.6, double 0.000000e+00, double 3.000000e+01, i32 0, ptr null, i32 7 }, %guide_var_info { ptr @.str.7, i32 0, i32 0, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 0, ptr null, i32 8 }, %guide_var_info { ptr @.str.11, i32 1, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 3, ptr @labels.part, i32 13 }, %guide_var_info { ptr @.str.25, i32 2, i32 1, ptr null, double 0xFFF0000000000000, double 0x7FF0000000000000, i32 2, ptr @labels.risk, i32 10 }, %guide_var_info { ptr @.str.15, i32 2, i32 2, ptr @.str.16, double 0.000000e+00, double 1.000000e+02, i32 0, ptr null, i32 11 }]
@reads.0 = private constant [3 x i32] [i32 3, i32 1, i32 2]
@reads.1 = private constant [3 x i32] [i32 3, i32 1, i32 2]
@reads.2 = private constant [2 x i32] [i32 3, i32 1]
@reads.3 = private constant [2 x i32] [i32 3, i32 1]
@clauses = private constant [4 x %guide_clause_info] [%guide_clause_info { i32 1, ptr @.str.25, i32 0, i32 1, ptr null, ptr @.str.26, i32 22, i32 3, ptr @reads.0 }, %guide_clause_info { i32 1, ptr @.str.25, i32 0, i32 2, ptr null, ptr @.str.26, i32 23, i32 3, ptr @reads.1 }, %guide_clause_info { i32 1, ptr @.str.25, i32 0, i32 3, ptr null, ptr @.str.26, i32 24, i32 2, ptr @reads.2 }, %guide_clause_info { i32 1, ptr @.str.25, i32 0, i32 4, ptr null, ptr @.str.26, i32 25, i32 2, ptr @reads.3 }]
@.str.25 = private unnamed_addr constant [5 x i8] c"risk\00", align 1
@.str.26 = private unnamed_addr constant [4 x i8] c"\C2\A71\00", align 1
@tables = private constant [1 x %guide_table_info] [%guide_table_info { ptr @.str.25, ptr @.str.26, i32 19, i32 0, i32 0, i32 4 }]
@.str.27 = private unnamed_addr constant [7 x i8] c"lookup\00", align 1
@.str.28 = private unnamed_addr constant [31 x i8] c"Golden test of the direct path\00", align 1
@.str.29 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.30 = private unnamed_addr constant [13 x i8] c"tests/golden\00", align 1
@.str.31 = private unnamed_addr constant [65 x i8] c"4ee821df759d1e16bbb035461a0449f62ba2970e2bcf327c001af255b926a9c3\00", align 1
@.str.32 = private unnamed_addr constant [13 x i8] c"lookup.guide\00", align 1
@lookup_info = local_unnamed_addr constant %guide_ruleset_info { ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30, ptr @.str.31, ptr @.str.32, i32 6, i32 3, i32 1, i32 2, ptr @vars, i32 4, ptr @clauses, i32 1, ptr @tables, i32 0, ptr null }
@map.part = private unnamed_addr constant [4 x i32] [i32 0, i32 1, i32 1, i32 2]
@rows.risk = private unnamed_addr constant [13 x i16] [i16 0, i16 1, i16 -1, i16 1, i16 1, i16 -1, i16 2, i16 1, i16 -1, i16 3, i16 1, i16 -1, i16 -1]
@combos.risk = private unnamed_addr constant [24 x i32] [i32 0, i32 3, i32 0, i32 3, i32 6, i32 6, i32 0, i32 3, i32 0, i32 3, i32 9, i32 9, i32 0, i32 3, i32 0, i32 3, i32 9, i32 9, i32 12, i32 12, i32 12, i32 12, i32 12, i32 12]
@answers.risk.pct = private unnamed_addr constant [24 x i32] [i32 2, i32 3, i32 2, i32 3, i32 4, i32 4, i32 2, i32 3, i32 2, i32 3, i32 5, i32 5, i32 2, i32 3, i32 2, i32 3, i32 5, i32 5, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0]
@values.risk = private unnamed_addr constant [4 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0], [2 x i64] [i64 1, i64 0]]
@values.pct = private unnamed_addr constant [4 x [2 x i64]] [[2 x i64] [i64 4611686018427387904, i64 0], [2 x i64] zeroinitializer, [2 x i64] [i64 4622945017495814144, i64 0], [2 x i64] [i64 4632515166703976448, i64 0]]
@nulls.pct = private unnamed_addr constant [4 x i8] c"\00\01\00\00"
@cells.site = private constant [4 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0], [2 x i64] [i64 2, i64 0], [2 x i64] [i64 3, i64 0]]
@cells.size_cm = private constant [3 x [2 x i64]] [[2 x i64] [i64 4616189618054758400, i64 0], [2 x i64] [i64 4617315517961601024, i64 0], [2 x i64] [i64 4618441417868443648, i64 0]]
@cells.rupture = private constant [2 x [2 x i64]] [[2 x i64] zeroinitializer, [2 x i64] [i64 1, i64 0]]
@cells = private unnamed_addr constant [6 x ptr] [ptr @cells.site, ptr @cells.size_cm, ptr @cells.rupture, ptr null, ptr null, ptr null]
@ncells = private unnamed_addr constant [6 x i32] [i32 4, i32 3, i32 2, i32 0, i32 0, i32 0]
@types = private unnamed_addr constant [6 x i32] [i32 1, i32 2, i32 0, i32 1, i32 1, i32 2]
@direct.risk = private unnamed_addr constant [12 x %direct.risk] [%direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0, double 2.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 1, i8 0 }], i32 1, double 0.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 1.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 1.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 0, double 2.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 1, i8 0 }], i32 1, double 0.000000e+00 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 5.200000e+01 }, %direct.risk { [2 x %guide_output] [%guide_output { i8 1, i8 0, i8 0, i8 0 }, %guide_output { i8 1, i8 0, i8 0, i8 0 }], i32 1, double 5.200000e+01 }, %direct.risk zeroinitializer, %direct.risk zeroinitializer, %direct.risk zeroinitializer, %direct.risk zeroinitializer]
@class.risk.site = private unnamed_addr constant [4 x i8] c"\00\01\01\02"
@plan_in.risk = private constant [3 x i32] [i32 0, i32 1, i32 2]
@plan_in.pct = private constant [3 x i32] [i32 0, i32 1, i32 2]

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @table.risk(ptr nocapture %s) unnamed_addr #0 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 120
  store i8 1, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %s, i64 136
  %combo.i = load i32, ptr %1, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif3.i, %endif.i
  %.sink.i = phi i32 [ %17, %endif3.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %1, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 96
  %k.i = load i8, ptr %2, align 1
  %.not4.i = icmp eq i8 %k.i, 0
  %3 = getelementptr inbounds i8, ptr %s, i64 97
  %k1.i = load i8, ptr %3, align 1
  %.not5.i = icmp eq i8 %k1.i, 0
  %4 = or i1 %.not4.i, %.not5.i
  %5 = getelementptr inbounds i8, ptr %s, i64 98
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
  %19 = getelementptr inbounds i8, ptr %s, i64 112
  store i32 0, ptr %19, align 1
  %20 = getelementptr inbounds i8, ptr %s, i64 116
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
  %30 = getelementptr inbounds i8, ptr %s, i64 96
  %k = load i8, ptr %30, align 1
  %.not = icmp eq i8 %k, 0
  %31 = and i32 %29, 1
  %32 = select i1 %.not, i32 2, i32 %31
  %33 = icmp eq i32 %32, 0
  %34 = icmp eq i32 %32, 1
  %35 = getelementptr inbounds i8, ptr %s, i64 16
  %size_cm = load double, ptr %35, align 8
  %36 = fcmp ole double %size_cm, 5.000000e+00
  %37 = getelementptr inbounds i8, ptr %s, i64 97
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
  %45 = getelementptr inbounds i8, ptr %s, i64 98
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
  %55 = getelementptr inbounds i8, ptr %s, i64 112
  store i8 %54, ptr %55, align 1
  %56 = getelementptr inbounds i8, ptr %s, i64 116
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
  %66 = getelementptr inbounds i8, ptr %s, i64 113
  store i8 %65, ptr %66, align 1
  %67 = getelementptr inbounds i8, ptr %s, i64 117
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
  %85 = getelementptr inbounds i8, ptr %s, i64 114
  store i8 %84, ptr %85, align 1
  %86 = getelementptr inbounds i8, ptr %s, i64 118
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
  %98 = getelementptr inbounds i8, ptr %s, i64 115
  store i8 %97, ptr %98, align 1
  %99 = getelementptr inbounds i8, ptr %s, i64 119
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
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.risk(ptr nocapture %s) unnamed_addr #2 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 128
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 136
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif3.i, %endif.i
  %.sink.i = phi i32 [ %18, %endif3.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 96
  %k.i = load i8, ptr %3, align 1
  %.not4.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 97
  %k1.i = load i8, ptr %4, align 1
  %.not5.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not4.i, %.not5.i
  %6 = getelementptr inbounds i8, ptr %s, i64 98
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
  %20 = getelementptr inbounds i8, ptr %s, i64 120
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
  %25 = getelementptr inbounds i8, ptr %s, i64 104
  %out = load ptr, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %s, i64 64
  store i32 0, ptr %out, align 1
  %27 = getelementptr inbounds i8, ptr %s, i64 100
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
  %32 = getelementptr inbounds i8, ptr %s, i64 104
  %out3 = load ptr, ptr %32, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out3, align 1
  %33 = getelementptr inbounds i8, ptr %s, i64 64
  store i64 %value.unpack, ptr %33, align 8
  %.repack55 = getelementptr inbounds i8, ptr %s, i64 72
  store i64 0, ptr %.repack55, align 8
  %34 = getelementptr inbounds i8, ptr %s, i64 100
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
  %39 = getelementptr inbounds i8, ptr %s, i64 116
  %eff = load i8, ptr %39, align 1
  switch i8 %eff, label %next12 [
    i8 1, label %holds
    i8 2, label %unknown14
  ]

guide_trace_add.exit.thread:                      ; preds = %loop.preheader
  store i32 1, ptr %37, align 4
  br label %full.i.3

guide_trace_add.exit:                             ; preds = %loop.preheader
  %40 = getelementptr inbounds i8, ptr %s, i64 112
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
  %46 = getelementptr inbounds i8, ptr %s, i64 113
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
  %52 = getelementptr inbounds i8, ptr %s, i64 114
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
  %58 = getelementptr inbounds i8, ptr %s, i64 115
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
  %64 = getelementptr inbounds i8, ptr %s, i64 117
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
  %65 = getelementptr inbounds i8, ptr %s, i64 118
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
  %69 = getelementptr inbounds i8, ptr %s, i64 119
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
  %73 = getelementptr inbounds i8, ptr %s, i64 104
  %out16 = load ptr, ptr %73, align 8
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %out16, align 1
  %74 = getelementptr inbounds i8, ptr %s, i64 64
  %75 = getelementptr inbounds i8, ptr %s, i64 100
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
  %79 = getelementptr inbounds i8, ptr %s, i64 104
  %out28 = load ptr, ptr %79, align 8
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %out28, align 1
  %80 = getelementptr inbounds i8, ptr %s, i64 64
  %81 = getelementptr inbounds i8, ptr %s, i64 100
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
  %87 = getelementptr inbounds i8, ptr %s, i64 104
  %out30 = load ptr, ptr %87, align 8
  %88 = getelementptr inbounds i8, ptr %s, i64 64
  store i32 0, ptr %out30, align 1
  %89 = getelementptr inbounds i8, ptr %s, i64 100
  store i8 0, ptr %89, align 1
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %88, i8 0, i64 16, i1 false)
  br label %common.ret

endif29:                                          ; preds = %loop21, %endif18
  %first.1.3848999 = phi i32 [ %first.1.384, %endif18 ], [ %first.1.3849096, %loop21 ]
  %90 = zext nneg i32 %first.1.3848999 to i64
  %91 = getelementptr inbounds [4 x [2 x i64]], ptr @values.risk, i64 0, i64 %90
  %value31.unpack = load i64, ptr %91, align 16
  %92 = getelementptr inbounds i8, ptr %s, i64 104
  %out33 = load ptr, ptr %92, align 8
  store <4 x i8> <i8 1, i8 0, i8 0, i8 0>, ptr %out33, align 1
  %93 = getelementptr inbounds i8, ptr %s, i64 64
  store i64 %value31.unpack, ptr %93, align 8
  %.repack47 = getelementptr inbounds i8, ptr %s, i64 72
  store i64 0, ptr %.repack47, align 8
  %94 = getelementptr inbounds i8, ptr %s, i64 100
  store i8 1, ptr %94, align 1
  br label %common.ret
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal fastcc range(i32 0, 2) i32 @answer.pct(ptr nocapture %s) unnamed_addr #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %s, i64 128
  %trace = load ptr, ptr %0, align 8
  %1 = icmp eq ptr %trace, null
  br i1 %1, label %untraced, label %endif

untraced:                                         ; preds = %entry
  %2 = getelementptr inbounds i8, ptr %s, i64 136
  %combo.i = load i32, ptr %2, align 4
  %.not.i = icmp eq i32 %combo.i, -1
  br i1 %.not.i, label %endif.i, label %cells.risk.exit

common.ret.sink.split.i:                          ; preds = %endif3.i, %endif.i
  %.sink.i = phi i32 [ %18, %endif3.i ], [ -2, %endif.i ]
  store i32 %.sink.i, ptr %2, align 4
  br label %cells.risk.exit

endif.i:                                          ; preds = %untraced
  %3 = getelementptr inbounds i8, ptr %s, i64 96
  %k.i = load i8, ptr %3, align 1
  %.not4.i = icmp eq i8 %k.i, 0
  %4 = getelementptr inbounds i8, ptr %s, i64 97
  %k1.i = load i8, ptr %4, align 1
  %.not5.i = icmp eq i8 %k1.i, 0
  %5 = or i1 %.not4.i, %.not5.i
  %6 = getelementptr inbounds i8, ptr %s, i64 98
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
  %20 = getelementptr inbounds i8, ptr %s, i64 120
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
  %25 = getelementptr inbounds i8, ptr %s, i64 104
  %out = load ptr, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %out, i64 4
  %27 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %26, align 1
  %28 = getelementptr inbounds i8, ptr %s, i64 101
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
  %34 = getelementptr inbounds i8, ptr %s, i64 104
  %out3 = load ptr, ptr %34, align 8
  %35 = getelementptr inbounds i8, ptr %out3, i64 4
  store i8 1, ptr %35, align 1
  %36 = getelementptr inbounds i8, ptr %out3, i64 5
  store i8 0, ptr %36, align 1
  %37 = getelementptr inbounds i8, ptr %out3, i64 6
  store i8 %is_null, ptr %37, align 1
  %38 = getelementptr inbounds i8, ptr %out3, i64 7
  store i8 0, ptr %38, align 1
  %39 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value.unpack, ptr %39, align 8
  %.repack45 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack45, align 8
  %40 = icmp ne i32 %30, 1
  %41 = zext i1 %40 to i8
  %42 = getelementptr inbounds i8, ptr %s, i64 101
  store i8 %41, ptr %42, align 1
  br label %common.ret

eval:                                             ; preds = %endif
  tail call fastcc void @table.risk(ptr nonnull %s)
  br label %endif4

endif4:                                           ; preds = %eval, %endif
  %43 = getelementptr inbounds i8, ptr %s, i64 116
  %eff = load i8, ptr %43, align 1
  switch i8 %eff, label %next [
    i8 1, label %holds
    i8 2, label %unknown6
  ]

next:                                             ; preds = %holds, %endif4, %unknown6
  %unknown.1 = phi i1 [ false, %endif4 ], [ true, %unknown6 ], [ false, %holds ]
  %44 = phi i1 [ true, %endif4 ], [ true, %unknown6 ], [ false, %holds ]
  %cls.1 = phi i32 [ -1, %endif4 ], [ -1, %unknown6 ], [ 0, %holds ]
  %45 = getelementptr inbounds i8, ptr %s, i64 117
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
  %46 = getelementptr inbounds i8, ptr %s, i64 118
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
  %48 = getelementptr inbounds i8, ptr %s, i64 119
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
  %50 = getelementptr inbounds i8, ptr %s, i64 104
  %out8 = load ptr, ptr %50, align 8
  %51 = getelementptr inbounds i8, ptr %out8, i64 4
  store <4 x i8> <i8 3, i8 0, i8 0, i8 0>, ptr %51, align 1
  %52 = getelementptr inbounds i8, ptr %s, i64 80
  %53 = getelementptr inbounds i8, ptr %s, i64 101
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
  %57 = getelementptr inbounds i8, ptr %s, i64 104
  %out20 = load ptr, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %out20, i64 4
  store <4 x i8> <i8 2, i8 0, i8 0, i8 0>, ptr %58, align 1
  %59 = getelementptr inbounds i8, ptr %s, i64 80
  %60 = getelementptr inbounds i8, ptr %s, i64 101
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
  %70 = getelementptr inbounds i8, ptr %s, i64 104
  %out22 = load ptr, ptr %70, align 8
  %71 = getelementptr inbounds i8, ptr %out22, i64 4
  %72 = getelementptr inbounds i8, ptr %s, i64 80
  store i32 0, ptr %71, align 1
  %73 = getelementptr inbounds i8, ptr %s, i64 101
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
  %77 = getelementptr inbounds i8, ptr %s, i64 104
  %out25 = load ptr, ptr %77, align 8
  %78 = getelementptr inbounds i8, ptr %out25, i64 4
  store i8 1, ptr %78, align 1
  %79 = getelementptr inbounds i8, ptr %out25, i64 5
  store i8 0, ptr %79, align 1
  %80 = getelementptr inbounds i8, ptr %out25, i64 6
  store i8 %is_null24, ptr %80, align 1
  %81 = getelementptr inbounds i8, ptr %out25, i64 7
  store i8 0, ptr %81, align 1
  %82 = getelementptr inbounds i8, ptr %s, i64 80
  store i64 %value23.unpack, ptr %82, align 8
  %.repack37 = getelementptr inbounds i8, ptr %s, i64 88
  store i64 0, ptr %.repack37, align 8
  %83 = icmp ne i32 %cls.1.3596471, 1
  %84 = zext i1 %83 to i8
  %85 = getelementptr inbounds i8, ptr %s, i64 101
  store i8 %84, ptr %85, align 1
  br label %common.ret
}

define internal fastcc noundef i1 @differs_in(ptr %0, ptr nocapture readonly %1, i32 %2, i32 %3, i32 %4, ptr %5) unnamed_addr {
entry:
  %6 = sext i32 %4 to i64
  %7 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %6
  %cells = load ptr, ptr %7, align 8
  %8 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %6
  %nc = load i32, ptr %8, align 4
  %9 = add nsw i64 %6, -6
  %10 = icmp ult i64 %9, -3
  %11 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  store i8 1, ptr %11, align 1
  %12 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  %13 = load <2 x i64>, ptr %cells, align 8
  store <2 x i64> %13, ptr %12, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 120
  store i8 0, ptr %14, align 1
  %15 = getelementptr inbounds i8, ptr %0, i64 136
  store i32 -1, ptr %15, align 4
  %16 = tail call i32 %1(ptr %0, ptr %5), !callees !6
  %17 = getelementptr inbounds i8, ptr %0, i64 104
  %out.i = load ptr, ptr %17, align 8
  %18 = sext i32 %2 to i64
  %19 = getelementptr %guide_output, ptr %out.i, i64 %18
  %20 = getelementptr i8, ptr %19, i64 -16
  %21 = load i8, ptr %20, align 1
  %22 = getelementptr i8, ptr %19, i64 -14
  %23 = load i8, ptr %22, align 1
  %24 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %18
  %.unpack.i = load i64, ptr %24, align 8
  %.elt1.i = getelementptr inbounds i8, ptr %24, i64 8
  %.unpack2.i24 = load double, ptr %.elt1.i, align 8
  %25 = icmp ult i32 %4, 3
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
  store i8 0, ptr %14, align 1
  store i32 -1, ptr %15, align 4
  %31 = tail call i32 %1(ptr nonnull %0, ptr %5), !callees !6
  %out.i12 = load ptr, ptr %17, align 8
  %32 = getelementptr %guide_output, ptr %out.i12, i64 %18
  %33 = getelementptr i8, ptr %32, i64 -16
  %34 = load i8, ptr %33, align 1
  %35 = getelementptr i8, ptr %32, i64 -14
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

define internal fastcc void @search(ptr nocapture %0, i32 %1, i64 %2, ptr nocapture %3, ptr nocapture readonly %4, ptr nocapture readonly %5) unnamed_addr {
entry:
  %digit.i120 = alloca [3 x i32], align 4
  %others.i = alloca [3 x i32], align 4
  %probe = alloca [3 x i32], align 4
  %digit = alloca [3 x i32], align 4
  %scratch = alloca [2 x %guide_output], align 8
  %w = alloca %eval_state, align 8
  %is_search = alloca [6 x i8], align 1
  %sv = alloca [3 x i32], align 4
  %6 = sext i32 %1 to i64
  %7 = getelementptr inbounds i32, ptr @types, i64 %6
  %type = load i32, ptr %7, align 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(6) %is_search, i8 0, i64 6, i1 false)
  %v = load i32, ptr %4, align 4
  %8 = sext i32 %v to i64
  %9 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %8
  %10 = load i8, ptr %9, align 1
  %11 = icmp eq i8 %10, 0
  br i1 %11, label %unknown, label %endif

body12.preheader:                                 ; preds = %endif.2.thread, %endif.2
  %n.1.2262 = phi i32 [ %28, %endif.2.thread ], [ %n.1.1, %endif.2 ]
  %wide.trip.count = zext nneg i32 %n.1.2262 to i64
  %xtraiter = and i64 %wide.trip.count, 1
  %12 = icmp eq i32 %n.1.2262, 1
  br i1 %12, label %done14.loopexit.unr-lcssa, label %body12.preheader.new

body12.preheader.new:                             ; preds = %body12.preheader
  %unroll_iter = and i64 %wide.trip.count, 2147483646
  br label %body12

unknown:                                          ; preds = %entry
  store i32 %v, ptr %sv, align 4
  br label %endif

endif:                                            ; preds = %unknown, %entry
  %n.1 = phi i32 [ 1, %unknown ], [ 0, %entry ]
  %13 = getelementptr inbounds i8, ptr %4, i64 4
  %v.1 = load i32, ptr %13, align 4
  %14 = sext i32 %v.1 to i64
  %15 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %14
  %16 = load i8, ptr %15, align 1
  %17 = icmp eq i8 %16, 0
  br i1 %17, label %unknown.1, label %endif.1

unknown.1:                                        ; preds = %endif
  %18 = zext nneg i32 %n.1 to i64
  %19 = getelementptr inbounds i32, ptr %sv, i64 %18
  store i32 %v.1, ptr %19, align 4
  %20 = add nuw nsw i32 %n.1, 1
  br label %endif.1

endif.1:                                          ; preds = %unknown.1, %endif
  %n.1.1 = phi i32 [ %20, %unknown.1 ], [ %n.1, %endif ]
  %21 = getelementptr inbounds i8, ptr %4, i64 8
  %v.2 = load i32, ptr %21, align 4
  %22 = sext i32 %v.2 to i64
  %23 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %22
  %24 = load i8, ptr %23, align 1
  %25 = icmp eq i8 %24, 0
  br i1 %25, label %endif.2.thread, label %endif.2

endif.2.thread:                                   ; preds = %endif.1
  %26 = zext nneg i32 %n.1.1 to i64
  %27 = getelementptr inbounds i32, ptr %sv, i64 %26
  store i32 %v.2, ptr %27, align 4
  %28 = add nuw nsw i32 %n.1.1, 1
  br label %body12.preheader

endif.2:                                          ; preds = %endif.1
  %.not = icmp eq i32 %n.1.1, 0
  br i1 %.not, label %done14, label %body12.preheader

body12:                                           ; preds = %body12, %body12.preheader.new
  %indvars.iv = phi i64 [ 0, %body12.preheader.new ], [ %indvars.iv.next.1, %body12 ]
  %worlds.0193 = phi double [ 1.000000e+00, %body12.preheader.new ], [ %46, %body12 ]
  %niter = phi i64 [ 0, %body12.preheader.new ], [ %niter.next.1, %body12 ]
  %29 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv
  %v15 = load i32, ptr %29, align 4
  %30 = sext i32 %v15 to i64
  %31 = getelementptr inbounds i8, ptr %is_search, i64 %30
  store i8 1, ptr %31, align 1
  %32 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %30
  %nc = load i32, ptr %32, align 4
  %33 = add nsw i64 %30, -3
  %34 = icmp ult i64 %33, 3
  %35 = sitofp i32 %nc to double
  %36 = select i1 %34, double 1.000000e+00, double %35
  %37 = fmul double %worlds.0193, %36
  %indvars.iv.next = or disjoint i64 %indvars.iv, 1
  %38 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next
  %v15.1 = load i32, ptr %38, align 4
  %39 = sext i32 %v15.1 to i64
  %40 = getelementptr inbounds i8, ptr %is_search, i64 %39
  store i8 1, ptr %40, align 1
  %41 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %39
  %nc.1 = load i32, ptr %41, align 4
  %42 = add nsw i64 %39, -3
  %43 = icmp ult i64 %42, 3
  %44 = sitofp i32 %nc.1 to double
  %45 = select i1 %43, double 1.000000e+00, double %44
  %46 = fmul double %37, %45
  %indvars.iv.next.1 = add nuw nsw i64 %indvars.iv, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done14.loopexit.unr-lcssa, label %body12

done14.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %.lcssa.ph = phi double [ poison, %body12.preheader ], [ %46, %body12 ]
  %indvars.iv.unr = phi i64 [ 0, %body12.preheader ], [ %indvars.iv.next.1, %body12 ]
  %worlds.0193.unr = phi double [ 1.000000e+00, %body12.preheader ], [ %46, %body12 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done14, label %body12.epil

body12.epil:                                      ; preds = %done14.loopexit.unr-lcssa
  %47 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.unr
  %v15.epil = load i32, ptr %47, align 4
  %48 = sext i32 %v15.epil to i64
  %49 = getelementptr inbounds i8, ptr %is_search, i64 %48
  store i8 1, ptr %49, align 1
  %50 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %48
  %nc.epil = load i32, ptr %50, align 4
  %51 = add nsw i64 %48, -3
  %52 = icmp ult i64 %51, 3
  %53 = sitofp i32 %nc.epil to double
  %54 = select i1 %52, double 1.000000e+00, double %53
  %55 = fmul double %worlds.0193.unr, %54
  br label %done14

done14:                                           ; preds = %body12.epil, %done14.loopexit.unr-lcssa, %endif.2
  %56 = phi i1 [ false, %endif.2 ], [ true, %done14.loopexit.unr-lcssa ], [ true, %body12.epil ]
  %n.1.2261 = phi i32 [ 0, %endif.2 ], [ %n.1.2262, %done14.loopexit.unr-lcssa ], [ %n.1.2262, %body12.epil ]
  %worlds.0.lcssa = phi double [ 1.000000e+00, %endif.2 ], [ %.lcssa.ph, %done14.loopexit.unr-lcssa ], [ %55, %body12.epil ]
  %57 = sitofp i64 %2 to double
  %58 = fcmp ogt double %worlds.0.lcssa, %57
  br i1 %58, label %loop19.preheader, label %endif17

loop19.preheader:                                 ; preds = %done14
  br i1 %56, label %body20.preheader, label %done22

body20.preheader:                                 ; preds = %loop19.preheader
  %wide.trip.count258 = zext nneg i32 %n.1.2261 to i64
  br label %body20

endif17:                                          ; preds = %done14
  %nworlds = fptosi double %worlds.0.lcssa to i64
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(96) %w, ptr noundef nonnull align 8 dereferenceable(96) %0, i64 96, i1 false)
  %59 = getelementptr inbounds i8, ptr %w, i64 96
  %60 = getelementptr inbounds i8, ptr %0, i64 96
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %59, ptr noundef nonnull align 1 dereferenceable(6) %60, i64 6, i1 false)
  %61 = getelementptr inbounds i8, ptr %w, i64 104
  store ptr %scratch, ptr %61, align 8
  %62 = getelementptr inbounds i8, ptr %w, i64 128
  store ptr null, ptr %62, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit, i8 0, i64 12, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %probe, i8 0, i64 12, i1 false)
  %63 = icmp sgt i64 %nworlds, 0
  br i1 %63, label %body23.lr.ph.lr.ph, label %loop30.preheader

body23.lr.ph.lr.ph:                               ; preds = %endif17
  %wide.trip.count.i = zext i32 %n.1.2261 to i64
  %64 = getelementptr inbounds i8, ptr %w, i64 120
  %65 = getelementptr inbounds i8, ptr %w, i64 136
  %66 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %6
  %.elt1.i = getelementptr inbounds i8, ptr %66, i64 8
  br label %body23.lr.ph

body23.lr.ph:                                     ; preds = %body23.lr.ph.lr.ph, %next_block.exit
  %level.0.ph214 = phi i32 [ %n.1.2261, %body23.lr.ph.lr.ph ], [ %k.0.lcssa.i, %next_block.exit ]
  %at.0.ph213 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %125, %next_block.exit ]
  %first.sroa.11.0.ph212 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.11.1, %next_block.exit ]
  %first.sroa.6135.sroa.7.0.ph211 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.6135.sroa.7.1, %next_block.exit ]
  %first.sroa.6135.sroa.0.0.ph210 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.6135.sroa.0.1, %next_block.exit ]
  %first.sroa.4.0.ph209 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.4.1, %next_block.exit ]
  %first.sroa.0.0.ph208 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.0.1, %next_block.exit ]
  %67 = sext i32 %level.0.ph214 to i64
  br label %body23

body20:                                           ; preds = %body20.preheader, %ask_for.exit
  %indvars.iv255 = phi i64 [ 0, %body20.preheader ], [ %indvars.iv.next256, %ask_for.exit ]
  %68 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv255
  %69 = load i32, ptr %68, align 4
  %70 = icmp slt i32 %69, 3
  br i1 %70, label %input.i, label %ask_for.exit

input.i:                                          ; preds = %body20
  %71 = sdiv i32 %69, 64
  %72 = srem i32 %69, 64
  %73 = sext i32 %71 to i64
  %74 = getelementptr inbounds i64, ptr %3, i64 %73
  %75 = zext nneg i32 %72 to i64
  %76 = shl nuw i64 1, %75
  %77 = load i64, ptr %74, align 8
  %78 = or i64 %77, %76
  store i64 %78, ptr %74, align 8
  br label %ask_for.exit

ask_for.exit:                                     ; preds = %body20, %input.i
  %indvars.iv.next256 = add nuw nsw i64 %indvars.iv255, 1
  %exitcond259.not = icmp eq i64 %indvars.iv.next256, %wide.trip.count258
  br i1 %exitcond259.not, label %done22, label %body20

common.ret:                                       ; preds = %done39, %done33, %done22
  ret void

done22:                                           ; preds = %ask_for.exit, %loop19.preheader
  %79 = getelementptr inbounds i8, ptr %0, i64 104
  %out = load ptr, ptr %79, align 8
  %80 = getelementptr %guide_output, ptr %out, i64 %6
  %81 = getelementptr i8, ptr %80, i64 -16
  store <4 x i8> <i8 2, i8 3, i8 0, i8 0>, ptr %81, align 1
  %82 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  %83 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %82, i8 0, i64 16, i1 false)
  store i8 0, ptr %83, align 1
  br label %common.ret

body23:                                           ; preds = %set_block.exit, %body23.lr.ph
  %indvars.iv242 = phi i64 [ %67, %body23.lr.ph ], [ %indvars.iv.next243, %set_block.exit ]
  br i1 %56, label %body.i, label %set_block.exit

body.i:                                           ; preds = %body23, %endif.i
  %indvars.iv.i = phi i64 [ %indvars.iv.next.i, %endif.i ], [ 0, %body23 ]
  %block.09.i = phi i64 [ %block.1.i, %endif.i ], [ 1, %body23 ]
  %84 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i
  %v.i = load i32, ptr %84, align 4
  %open.i = icmp sge i64 %indvars.iv.i, %indvars.iv242
  %85 = zext i1 %open.i to i8
  %86 = sext i32 %v.i to i64
  %87 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %86
  store i8 %85, ptr %87, align 1
  %88 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %86
  %cells.i = load ptr, ptr %88, align 8
  %89 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i
  %digit.i = load i32, ptr %89, align 4
  %90 = sext i32 %digit.i to i64
  %91 = getelementptr inbounds [2 x i64], ptr %cells.i, i64 %90
  %92 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %86
  %93 = load <2 x i64>, ptr %91, align 8
  store <2 x i64> %93, ptr %92, align 8
  br i1 %open.i, label %endif.i, label %in_block.i

in_block.i:                                       ; preds = %body.i
  %94 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %86
  %nc.i = load i32, ptr %94, align 4
  %95 = add nsw i64 %86, -3
  %96 = icmp ult i64 %95, 3
  %97 = zext i32 %nc.i to i64
  %98 = select i1 %96, i64 1, i64 %97
  %99 = mul i64 %98, %block.09.i
  br label %endif.i

endif.i:                                          ; preds = %in_block.i, %body.i
  %block.1.i = phi i64 [ %99, %in_block.i ], [ %block.09.i, %body.i ]
  %indvars.iv.next.i = add nuw nsw i64 %indvars.iv.i, 1
  %exitcond.not.i = icmp eq i64 %indvars.iv.next.i, %wide.trip.count.i
  br i1 %exitcond.not.i, label %set_block.exit, label %body.i

set_block.exit:                                   ; preds = %endif.i, %body23
  %block.0.lcssa.i = phi i64 [ 1, %body23 ], [ %block.1.i, %endif.i ]
  store i8 0, ptr %64, align 8
  store i32 -1, ptr %65, align 8
  %100 = call i32 %5(ptr nonnull %w, ptr nonnull %is_search), !callees !6
  %101 = icmp eq i32 %100, 0
  %102 = icmp sgt i64 %indvars.iv242, 0
  %103 = and i1 %102, %101
  %indvars.iv.next243 = add nsw i64 %indvars.iv242, -1
  br i1 %103, label %body23, label %take

take:                                             ; preds = %set_block.exit
  %104 = trunc nsw i64 %indvars.iv242 to i32
  %out.i = load ptr, ptr %61, align 8
  %105 = getelementptr %guide_output, ptr %out.i, i64 %6
  %106 = getelementptr i8, ptr %105, i64 -16
  %107 = load i8, ptr %106, align 1
  %108 = getelementptr i8, ptr %105, i64 -14
  %109 = load i8, ptr %108, align 1
  %.unpack.i68 = load i64, ptr %66, align 8
  %.unpack2.i = load i64, ptr %.elt1.i, align 8
  %110 = icmp eq i64 %at.0.ph213, 0
  br i1 %110, label %first24, label %later

first24:                                          ; preds = %take
  %first.sroa.6135.sroa.0.0.extract.trunc = trunc i64 %.unpack.i68 to i32
  %first.sroa.6135.sroa.7.0.extract.shift = lshr i64 %.unpack.i68, 32
  %first.sroa.6135.sroa.7.0.extract.trunc = trunc nuw i64 %first.sroa.6135.sroa.7.0.extract.shift to i32
  br label %advance

later:                                            ; preds = %take
  %.not.i = icmp eq i8 %first.sroa.0.0.ph208, %107
  br i1 %.not.i, label %endif.i69, label %differs

endif.i69:                                        ; preds = %later
  %.not3.i = icmp eq i8 %first.sroa.0.0.ph208, 1
  br i1 %.not3.i, label %endif1.i, label %advance

endif1.i:                                         ; preds = %endif.i69
  %111 = or i8 %109, %first.sroa.4.0.ph209
  %.not4.i = icmp eq i8 %111, 0
  br i1 %.not4.i, label %endif2.i, label %nd.i

nd.i:                                             ; preds = %endif1.i
  %112 = icmp eq i8 %first.sroa.4.0.ph209, %109
  br i1 %112, label %advance, label %differs

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
  %113 = icmp eq i32 %first.sroa.6135.sroa.0.0.ph210, %a.sroa.7.8.extract.trunc
  br i1 %113, label %advance, label %differs

num.i:                                            ; preds = %endif2.i, %endif2.i
  %first.sroa.6135.sroa.7.0.insert.ext148 = zext i32 %first.sroa.6135.sroa.7.0.ph211 to i64
  %first.sroa.6135.sroa.7.0.insert.shift149 = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext148, 32
  %first.sroa.6135.sroa.0.0.insert.ext139 = zext i32 %first.sroa.6135.sroa.0.0.ph210 to i64
  %first.sroa.6135.sroa.0.0.insert.insert141 = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift149, %first.sroa.6135.sroa.0.0.insert.ext139
  %114 = bitcast i64 %first.sroa.6135.sroa.0.0.insert.insert141 to double
  %115 = bitcast i64 %.unpack.i68 to double
  %116 = fcmp oeq double %114, %115
  br i1 %116, label %advance, label %differs

range.i:                                          ; preds = %endif2.i
  %first.sroa.6135.sroa.7.0.insert.ext = zext i32 %first.sroa.6135.sroa.7.0.ph211 to i64
  %first.sroa.6135.sroa.7.0.insert.shift = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext, 32
  %first.sroa.6135.sroa.0.0.insert.ext = zext i32 %first.sroa.6135.sroa.0.0.ph210 to i64
  %first.sroa.6135.sroa.0.0.insert.insert = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift, %first.sroa.6135.sroa.0.0.insert.ext
  %117 = bitcast i64 %first.sroa.6135.sroa.0.0.insert.insert to double
  %118 = bitcast i64 %.unpack.i68 to double
  %119 = fcmp oeq double %117, %118
  %120 = bitcast i64 %first.sroa.11.0.ph212 to double
  %121 = bitcast i64 %.unpack2.i to double
  %122 = fcmp oeq double %120, %121
  %123 = and i1 %119, %122
  br i1 %123, label %advance, label %differs

same_answer.exit:                                 ; preds = %endif2.i
  %first.sroa.6135.sroa.7.0.insert.ext156 = zext i32 %first.sroa.6135.sroa.7.0.ph211 to i64
  %first.sroa.6135.sroa.7.0.insert.shift157 = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext156, 32
  %first.sroa.6135.sroa.0.0.insert.ext145 = zext i32 %first.sroa.6135.sroa.0.0.ph210 to i64
  %first.sroa.6135.sroa.0.0.insert.insert147 = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift157, %first.sroa.6135.sroa.0.0.insert.ext145
  %124 = icmp eq i64 %first.sroa.6135.sroa.0.0.insert.insert147, %.unpack.i68
  br i1 %124, label %advance, label %differs

advance:                                          ; preds = %endif.i69, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit, %differs, %first24
  %first.sroa.0.1 = phi i8 [ %107, %first24 ], [ 1, %same_answer.exit ], [ %first.sroa.0.0.ph208, %differs ], [ 1, %nd.i ], [ 1, %label.i ], [ 1, %num.i ], [ 1, %range.i ], [ %first.sroa.0.0.ph208, %endif.i69 ]
  %first.sroa.4.1 = phi i8 [ %109, %first24 ], [ %first.sroa.4.0.ph209, %same_answer.exit ], [ %first.sroa.4.0.ph209, %differs ], [ %first.sroa.4.0.ph209, %nd.i ], [ %first.sroa.4.0.ph209, %label.i ], [ %first.sroa.4.0.ph209, %num.i ], [ %first.sroa.4.0.ph209, %range.i ], [ %first.sroa.4.0.ph209, %endif.i69 ]
  %first.sroa.6135.sroa.0.1 = phi i32 [ %first.sroa.6135.sroa.0.0.extract.trunc, %first24 ], [ %first.sroa.6135.sroa.0.0.ph210, %same_answer.exit ], [ %first.sroa.6135.sroa.0.0.ph210, %differs ], [ %first.sroa.6135.sroa.0.0.ph210, %nd.i ], [ %first.sroa.6135.sroa.0.0.ph210, %label.i ], [ %first.sroa.6135.sroa.0.0.ph210, %num.i ], [ %first.sroa.6135.sroa.0.0.ph210, %range.i ], [ %first.sroa.6135.sroa.0.0.ph210, %endif.i69 ]
  %first.sroa.6135.sroa.7.1 = phi i32 [ %first.sroa.6135.sroa.7.0.extract.trunc, %first24 ], [ %first.sroa.6135.sroa.7.0.ph211, %same_answer.exit ], [ %first.sroa.6135.sroa.7.0.ph211, %differs ], [ %first.sroa.6135.sroa.7.0.ph211, %nd.i ], [ %first.sroa.6135.sroa.7.0.ph211, %label.i ], [ %first.sroa.6135.sroa.7.0.ph211, %num.i ], [ %first.sroa.6135.sroa.7.0.ph211, %range.i ], [ %first.sroa.6135.sroa.7.0.ph211, %endif.i69 ]
  %first.sroa.11.1 = phi i64 [ %.unpack2.i, %first24 ], [ %first.sroa.11.0.ph212, %same_answer.exit ], [ %first.sroa.11.0.ph212, %differs ], [ %first.sroa.11.0.ph212, %nd.i ], [ %first.sroa.11.0.ph212, %label.i ], [ %first.sroa.11.0.ph212, %num.i ], [ %first.sroa.11.0.ph212, %range.i ], [ %first.sroa.11.0.ph212, %endif.i69 ]
  %same.1 = phi i1 [ true, %first24 ], [ true, %same_answer.exit ], [ false, %differs ], [ true, %nd.i ], [ true, %label.i ], [ true, %num.i ], [ true, %range.i ], [ true, %endif.i69 ]
  %125 = add i64 %block.0.lcssa.i, %at.0.ph213
  %126 = icmp sgt i32 %n.1.2261, %104
  br i1 %126, label %inc.preheader.i, label %next_block.exit

inc.preheader.i:                                  ; preds = %advance
  %sext = shl i64 %indvars.iv242, 32
  %127 = ashr exact i64 %sext, 32
  br label %inc.i

inc.i:                                            ; preds = %wrap.i, %inc.preheader.i
  %indvars.iv.i71 = phi i64 [ %127, %inc.preheader.i ], [ %indvars.iv.next.i74, %wrap.i ]
  %128 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i71
  %129 = load i32, ptr %128, align 4
  %130 = add i32 %129, 1
  store i32 %130, ptr %128, align 4
  %131 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i71
  %v.i72 = load i32, ptr %131, align 4
  %132 = sext i32 %v.i72 to i64
  %133 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %132
  %nc.i73 = load i32, ptr %133, align 4
  %134 = add nsw i64 %132, -3
  %135 = icmp ult i64 %134, 3
  %136 = select i1 %135, i32 1, i32 %nc.i73
  %137 = icmp eq i32 %130, %136
  br i1 %137, label %wrap.i, label %out.loopexit.split.loop.exit.i

wrap.i:                                           ; preds = %inc.i
  store i32 0, ptr %128, align 4
  %indvars.iv.next.i74 = add nsw i64 %indvars.iv.i71, 1
  %lftr.wideiv.i = trunc i64 %indvars.iv.next.i74 to i32
  %exitcond.not.i75 = icmp eq i32 %n.1.2261, %lftr.wideiv.i
  br i1 %exitcond.not.i75, label %next_block.exit, label %inc.i

out.loopexit.split.loop.exit.i:                   ; preds = %inc.i
  %138 = trunc nsw i64 %indvars.iv.i71 to i32
  br label %next_block.exit

next_block.exit:                                  ; preds = %wrap.i, %advance, %out.loopexit.split.loop.exit.i
  %k.0.lcssa.i = phi i32 [ %104, %advance ], [ %138, %out.loopexit.split.loop.exit.i ], [ %n.1.2261, %wrap.i ]
  %139 = icmp slt i64 %125, %nworlds
  %140 = and i1 %139, %same.1
  br i1 %140, label %body23.lr.ph, label %searched

searched:                                         ; preds = %next_block.exit
  br i1 %same.1, label %loop30.preheader, label %loop36.preheader

loop36.preheader:                                 ; preds = %searched
  br i1 %56, label %body37.lr.ph, label %done39

body37.lr.ph:                                     ; preds = %loop36.preheader
  %wide.trip.count.i80 = zext nneg i32 %n.1.2261 to i64
  %141 = getelementptr inbounds i8, ptr %w, i64 120
  %142 = getelementptr inbounds i8, ptr %w, i64 136
  %143 = add nsw i64 %wide.trip.count.i, -1
  %xtraiter14 = and i64 %wide.trip.count.i, 1
  %144 = icmp eq i64 %143, 0
  %unroll_iter16 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod15.not = icmp eq i64 %xtraiter14, 0
  %xtraiter18 = and i64 %wide.trip.count.i, 1
  %145 = icmp eq i64 %143, 0
  %unroll_iter20 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod19.not = icmp eq i64 %xtraiter18, 0
  %xtraiter22 = and i64 %wide.trip.count.i, 1
  %146 = icmp eq i64 %143, 0
  %unroll_iter25 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod23.not = icmp eq i64 %xtraiter22, 0
  br label %body.i81.preheader

loop30.preheader:                                 ; preds = %endif17, %searched
  %first.sroa.11.0.ph.lcssa273 = phi i64 [ %first.sroa.11.1, %searched ], [ 0, %endif17 ]
  %first.sroa.6135.sroa.7.0.ph.lcssa272 = phi i32 [ %first.sroa.6135.sroa.7.1, %searched ], [ 0, %endif17 ]
  %first.sroa.6135.sroa.0.0.ph.lcssa271 = phi i32 [ %first.sroa.6135.sroa.0.1, %searched ], [ 0, %endif17 ]
  %first.sroa.4.0.ph.lcssa270 = phi i8 [ %first.sroa.4.1, %searched ], [ 0, %endif17 ]
  %first.sroa.0.0.ph.lcssa269 = phi i8 [ %first.sroa.0.1, %searched ], [ 0, %endif17 ]
  br i1 %56, label %body31.preheader, label %done33

body31.preheader:                                 ; preds = %loop30.preheader
  %wide.trip.count253 = zext nneg i32 %n.1.2261 to i64
  br label %body31

differs:                                          ; preds = %endif2.i, %later, %range.i, %num.i, %label.i, %nd.i, %same_answer.exit
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %probe, ptr noundef nonnull align 4 dereferenceable(12) %digit, i64 12, i1 false)
  br label %advance

body31:                                           ; preds = %body31.preheader, %ask_for.exit77
  %indvars.iv250 = phi i64 [ 0, %body31.preheader ], [ %indvars.iv.next251, %ask_for.exit77 ]
  %147 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv250
  %148 = load i32, ptr %147, align 4
  %149 = icmp slt i32 %148, 3
  br i1 %149, label %input.i76, label %ask_for.exit77

input.i76:                                        ; preds = %body31
  %150 = sdiv i32 %148, 64
  %151 = srem i32 %148, 64
  %152 = sext i32 %150 to i64
  %153 = getelementptr inbounds i64, ptr %3, i64 %152
  %154 = zext nneg i32 %151 to i64
  %155 = shl nuw i64 1, %154
  %156 = load i64, ptr %153, align 8
  %157 = or i64 %156, %155
  store i64 %157, ptr %153, align 8
  br label %ask_for.exit77

ask_for.exit77:                                   ; preds = %body31, %input.i76
  %indvars.iv.next251 = add nuw nsw i64 %indvars.iv250, 1
  %exitcond254.not = icmp eq i64 %indvars.iv.next251, %wide.trip.count253
  br i1 %exitcond254.not, label %done33, label %body31

done33:                                           ; preds = %ask_for.exit77, %loop30.preheader
  %158 = getelementptr inbounds i8, ptr %0, i64 104
  %out34 = load ptr, ptr %158, align 8
  %159 = getelementptr %guide_output, ptr %out34, i64 %6
  %160 = getelementptr i8, ptr %159, i64 -16
  store i8 %first.sroa.0.0.ph.lcssa269, ptr %160, align 1
  %161 = getelementptr i8, ptr %159, i64 -15
  store i8 1, ptr %161, align 1
  %162 = getelementptr i8, ptr %159, i64 -14
  store i8 %first.sroa.4.0.ph.lcssa270, ptr %162, align 1
  %163 = getelementptr i8, ptr %159, i64 -13
  store i8 0, ptr %163, align 1
  %first.sroa.6135.sroa.7.0.insert.ext152 = zext i32 %first.sroa.6135.sroa.7.0.ph.lcssa272 to i64
  %first.sroa.6135.sroa.7.0.insert.shift153 = shl nuw i64 %first.sroa.6135.sroa.7.0.insert.ext152, 32
  %first.sroa.6135.sroa.0.0.insert.ext142 = zext i32 %first.sroa.6135.sroa.0.0.ph.lcssa271 to i64
  %first.sroa.6135.sroa.0.0.insert.insert144 = or disjoint i64 %first.sroa.6135.sroa.7.0.insert.shift153, %first.sroa.6135.sroa.0.0.insert.ext142
  %164 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  store i64 %first.sroa.6135.sroa.0.0.insert.insert144, ptr %164, align 8
  %.repack65 = getelementptr inbounds i8, ptr %164, i64 8
  store i64 %first.sroa.11.0.ph.lcssa273, ptr %.repack65, align 8
  %165 = icmp eq i8 %first.sroa.0.0.ph.lcssa269, 1
  %166 = icmp eq i8 %first.sroa.4.0.ph.lcssa270, 0
  %167 = and i1 %165, %166
  %168 = zext i1 %167 to i8
  %169 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  store i8 %168, ptr %169, align 1
  br label %common.ret

body.i81.preheader:                               ; preds = %endif43, %body37.lr.ph
  %indvars.iv245 = phi i64 [ 0, %body37.lr.ph ], [ %indvars.iv.next246, %endif43 ]
  %170 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv245
  %x = load i32, ptr %170, align 4
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit, i8 0, i64 12, i1 false)
  br i1 %144, label %set_block.exit98.unr-lcssa, label %body.i81

body.i81:                                         ; preds = %body.i81.preheader, %body.i81
  %indvars.iv.i82 = phi i64 [ %indvars.iv.next.i96.1, %body.i81 ], [ 0, %body.i81.preheader ]
  %niter17 = phi i64 [ %niter17.next.1, %body.i81 ], [ 0, %body.i81.preheader ]
  %171 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i82
  %v.i84 = load i32, ptr %171, align 4
  %172 = sext i32 %v.i84 to i64
  %173 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %172
  store i8 1, ptr %173, align 1
  %174 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %172
  %cells.i86 = load ptr, ptr %174, align 8
  %175 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i82
  %digit.i87 = load i32, ptr %175, align 4
  %176 = sext i32 %digit.i87 to i64
  %177 = getelementptr inbounds [2 x i64], ptr %cells.i86, i64 %176
  %178 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %172
  %179 = load <2 x i64>, ptr %177, align 8
  store <2 x i64> %179, ptr %178, align 8
  %indvars.iv.next.i96 = or disjoint i64 %indvars.iv.i82, 1
  %180 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i96
  %v.i84.1 = load i32, ptr %180, align 4
  %181 = sext i32 %v.i84.1 to i64
  %182 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %181
  store i8 1, ptr %182, align 1
  %183 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %181
  %cells.i86.1 = load ptr, ptr %183, align 8
  %184 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.next.i96
  %digit.i87.1 = load i32, ptr %184, align 4
  %185 = sext i32 %digit.i87.1 to i64
  %186 = getelementptr inbounds [2 x i64], ptr %cells.i86.1, i64 %185
  %187 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %181
  %188 = load <2 x i64>, ptr %186, align 8
  store <2 x i64> %188, ptr %187, align 8
  %indvars.iv.next.i96.1 = add nuw nsw i64 %indvars.iv.i82, 2
  %niter17.next.1 = add i64 %niter17, 2
  %niter17.ncmp.1 = icmp eq i64 %niter17.next.1, %unroll_iter16
  br i1 %niter17.ncmp.1, label %set_block.exit98.unr-lcssa, label %body.i81

set_block.exit98.unr-lcssa:                       ; preds = %body.i81, %body.i81.preheader
  %indvars.iv.i82.unr = phi i64 [ 0, %body.i81.preheader ], [ %indvars.iv.next.i96.1, %body.i81 ]
  br i1 %lcmp.mod15.not, label %set_block.exit98, label %body.i81.epil

body.i81.epil:                                    ; preds = %set_block.exit98.unr-lcssa
  %189 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i82.unr
  %v.i84.epil = load i32, ptr %189, align 4
  %190 = sext i32 %v.i84.epil to i64
  %191 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %190
  store i8 1, ptr %191, align 1
  %192 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %190
  %cells.i86.epil = load ptr, ptr %192, align 8
  %193 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i82.unr
  %digit.i87.epil = load i32, ptr %193, align 4
  %194 = sext i32 %digit.i87.epil to i64
  %195 = getelementptr inbounds [2 x i64], ptr %cells.i86.epil, i64 %194
  %196 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %190
  %197 = load <2 x i64>, ptr %195, align 8
  store <2 x i64> %197, ptr %196, align 8
  br label %set_block.exit98

set_block.exit98:                                 ; preds = %set_block.exit98.unr-lcssa, %body.i81.epil
  %198 = call fastcc i1 @differs_in(ptr nonnull %w, ptr %5, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %198, label %ask, label %body.i102.preheader

body.i102.preheader:                              ; preds = %set_block.exit98
  br i1 %145, label %endif41.unr-lcssa, label %body.i102

done39:                                           ; preds = %endif43, %loop36.preheader
  %199 = getelementptr inbounds i8, ptr %0, i64 104
  %out44 = load ptr, ptr %199, align 8
  %200 = getelementptr %guide_output, ptr %out44, i64 %6
  %201 = getelementptr i8, ptr %200, i64 -16
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %201, align 1
  %202 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  %203 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %202, i8 0, i64 16, i1 false)
  store i8 0, ptr %203, align 1
  br label %common.ret

body.i102:                                        ; preds = %body.i102.preheader, %body.i102
  %indvars.iv.i103 = phi i64 [ %indvars.iv.next.i117.1, %body.i102 ], [ 0, %body.i102.preheader ]
  %niter21 = phi i64 [ %niter21.next.1, %body.i102 ], [ 0, %body.i102.preheader ]
  %204 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i103
  %v.i105 = load i32, ptr %204, align 4
  %205 = sext i32 %v.i105 to i64
  %206 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %205
  store i8 1, ptr %206, align 1
  %207 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %205
  %cells.i107 = load ptr, ptr %207, align 8
  %208 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.i103
  %digit.i108 = load i32, ptr %208, align 4
  %209 = sext i32 %digit.i108 to i64
  %210 = getelementptr inbounds [2 x i64], ptr %cells.i107, i64 %209
  %211 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %205
  %212 = load <2 x i64>, ptr %210, align 8
  store <2 x i64> %212, ptr %211, align 8
  %indvars.iv.next.i117 = or disjoint i64 %indvars.iv.i103, 1
  %213 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i117
  %v.i105.1 = load i32, ptr %213, align 4
  %214 = sext i32 %v.i105.1 to i64
  %215 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %214
  store i8 1, ptr %215, align 1
  %216 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %214
  %cells.i107.1 = load ptr, ptr %216, align 8
  %217 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.next.i117
  %digit.i108.1 = load i32, ptr %217, align 4
  %218 = sext i32 %digit.i108.1 to i64
  %219 = getelementptr inbounds [2 x i64], ptr %cells.i107.1, i64 %218
  %220 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %214
  %221 = load <2 x i64>, ptr %219, align 8
  store <2 x i64> %221, ptr %220, align 8
  %indvars.iv.next.i117.1 = add nuw nsw i64 %indvars.iv.i103, 2
  %niter21.next.1 = add i64 %niter21, 2
  %niter21.ncmp.1 = icmp eq i64 %niter21.next.1, %unroll_iter20
  br i1 %niter21.ncmp.1, label %endif41.unr-lcssa, label %body.i102

endif41.unr-lcssa:                                ; preds = %body.i102, %body.i102.preheader
  %indvars.iv.i103.unr = phi i64 [ 0, %body.i102.preheader ], [ %indvars.iv.next.i117.1, %body.i102 ]
  br i1 %lcmp.mod19.not, label %endif41, label %body.i102.epil

body.i102.epil:                                   ; preds = %endif41.unr-lcssa
  %222 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i103.unr
  %v.i105.epil = load i32, ptr %222, align 4
  %223 = sext i32 %v.i105.epil to i64
  %224 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %223
  store i8 1, ptr %224, align 1
  %225 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %223
  %cells.i107.epil = load ptr, ptr %225, align 8
  %226 = getelementptr inbounds i32, ptr %probe, i64 %indvars.iv.i103.unr
  %digit.i108.epil = load i32, ptr %226, align 4
  %227 = sext i32 %digit.i108.epil to i64
  %228 = getelementptr inbounds [2 x i64], ptr %cells.i107.epil, i64 %227
  %229 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %223
  %230 = load <2 x i64>, ptr %228, align 8
  store <2 x i64> %230, ptr %229, align 8
  br label %endif41

endif41:                                          ; preds = %endif41.unr-lcssa, %body.i102.epil
  %231 = call fastcc i1 @differs_in(ptr nonnull %w, ptr %5, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %231, label %ask, label %body.preheader.i125

body.preheader.i125:                              ; preds = %endif41
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %digit.i120)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %others.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit.i120, i8 0, i64 12, i1 false)
  br i1 %146, label %done.i.unr-lcssa, label %body.i127

body.i127:                                        ; preds = %body.preheader.i125, %endif.i130.1
  %indvars.iv.i128 = phi i64 [ %indvars.iv.next.i131.1, %endif.i130.1 ], [ 0, %body.preheader.i125 ]
  %m.024.i = phi i32 [ %m.1.i.1, %endif.i130.1 ], [ 0, %body.preheader.i125 ]
  %niter26 = phi i64 [ %niter26.next.1, %endif.i130.1 ], [ 0, %body.preheader.i125 ]
  %.not8.i = icmp eq i64 %indvars.iv.i128, %indvars.iv245
  br i1 %.not8.i, label %endif.i130, label %other.i

done.i.unr-lcssa:                                 ; preds = %endif.i130.1, %body.preheader.i125
  %m.1.i.lcssa.ph = phi i32 [ poison, %body.preheader.i125 ], [ %m.1.i.1, %endif.i130.1 ]
  %indvars.iv.i128.unr = phi i64 [ 0, %body.preheader.i125 ], [ %indvars.iv.next.i131.1, %endif.i130.1 ]
  %m.024.i.unr = phi i32 [ 0, %body.preheader.i125 ], [ %m.1.i.1, %endif.i130.1 ]
  br i1 %lcmp.mod23.not, label %done.i, label %body.i127.epil

body.i127.epil:                                   ; preds = %done.i.unr-lcssa
  %.not8.i.epil = icmp eq i64 %indvars.iv.i128.unr, %indvars.iv245
  br i1 %.not8.i.epil, label %done.i, label %other.i.epil

other.i.epil:                                     ; preds = %body.i127.epil
  %232 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i128.unr
  %v.i129.epil = load i32, ptr %232, align 4
  %233 = sext i32 %m.024.i.unr to i64
  %234 = getelementptr inbounds i32, ptr %others.i, i64 %233
  store i32 %v.i129.epil, ptr %234, align 4
  %235 = add i32 %m.024.i.unr, 1
  br label %done.i

done.i:                                           ; preds = %body.i127.epil, %other.i.epil, %done.i.unr-lcssa
  %m.1.i.lcssa = phi i32 [ %m.1.i.lcssa.ph, %done.i.unr-lcssa ], [ %235, %other.i.epil ], [ %m.024.i.unr, %body.i127.epil ]
  %236 = sext i32 %x to i64
  %237 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %236
  %nc.i121 = load i32, ptr %237, align 4
  %238 = add nsw i64 %236, -3
  %239 = icmp ult i64 %238, 3
  %240 = zext i32 %nc.i121 to i64
  %241 = select i1 %239, i64 1, i64 %240
  %total.i = udiv i64 %nworlds, %241
  %242 = icmp sgt i64 %total.i, 0
  br i1 %242, label %body2.lr.ph.lr.ph.i, label %endif42.thread181

body2.lr.ph.lr.ph.i:                              ; preds = %done.i
  %243 = icmp sgt i32 %m.1.i.lcssa, 0
  %wide.trip.count.i.i = zext nneg i32 %m.1.i.lcssa to i64
  %244 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %236
  br label %body2.lr.ph.i

body2.lr.ph.i:                                    ; preds = %next_block.exit.i, %body2.lr.ph.lr.ph.i
  %level.0.ph30.i = phi i32 [ %m.1.i.lcssa, %body2.lr.ph.lr.ph.i ], [ %k.0.lcssa.i.i, %next_block.exit.i ]
  %at.0.ph29.i = phi i64 [ 0, %body2.lr.ph.lr.ph.i ], [ %273, %next_block.exit.i ]
  %245 = sext i32 %level.0.ph30.i to i64
  br label %body2.i

other.i:                                          ; preds = %body.i127
  %246 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i128
  %v.i129 = load i32, ptr %246, align 4
  %247 = sext i32 %m.024.i to i64
  %248 = getelementptr inbounds i32, ptr %others.i, i64 %247
  store i32 %v.i129, ptr %248, align 4
  %249 = add i32 %m.024.i, 1
  br label %endif.i130

endif.i130:                                       ; preds = %other.i, %body.i127
  %m.1.i = phi i32 [ %249, %other.i ], [ %m.024.i, %body.i127 ]
  %indvars.iv.next.i131 = or disjoint i64 %indvars.iv.i128, 1
  %.not8.i.1 = icmp eq i64 %indvars.iv.next.i131, %indvars.iv245
  br i1 %.not8.i.1, label %endif.i130.1, label %other.i.1

other.i.1:                                        ; preds = %endif.i130
  %250 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i131
  %v.i129.1 = load i32, ptr %250, align 4
  %251 = sext i32 %m.1.i to i64
  %252 = getelementptr inbounds i32, ptr %others.i, i64 %251
  store i32 %v.i129.1, ptr %252, align 4
  %253 = add i32 %m.1.i, 1
  br label %endif.i130.1

endif.i130.1:                                     ; preds = %other.i.1, %endif.i130
  %m.1.i.1 = phi i32 [ %253, %other.i.1 ], [ %m.1.i, %endif.i130 ]
  %indvars.iv.next.i131.1 = add nuw nsw i64 %indvars.iv.i128, 2
  %niter26.next.1 = add i64 %niter26, 2
  %niter26.ncmp.1 = icmp eq i64 %niter26.next.1, %unroll_iter25
  br i1 %niter26.ncmp.1, label %done.i.unr-lcssa, label %body.i127

body2.i:                                          ; preds = %split.i, %body2.lr.ph.i
  %indvars.iv42.i = phi i64 [ %245, %body2.lr.ph.i ], [ %indvars.iv.next43.i, %split.i ]
  br i1 %243, label %body.i.i, label %set_block.exit.i

body.i.i:                                         ; preds = %body2.i, %endif.i.i
  %indvars.iv.i.i = phi i64 [ %indvars.iv.next.i.i, %endif.i.i ], [ 0, %body2.i ]
  %block.09.i.i = phi i64 [ %block.1.i.i, %endif.i.i ], [ 1, %body2.i ]
  %254 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i.i
  %v.i.i = load i32, ptr %254, align 4
  %open.i.i = icmp sge i64 %indvars.iv.i.i, %indvars.iv42.i
  %255 = zext i1 %open.i.i to i8
  %256 = sext i32 %v.i.i to i64
  %257 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %256
  store i8 %255, ptr %257, align 1
  %258 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %256
  %cells.i.i = load ptr, ptr %258, align 8
  %259 = getelementptr inbounds i32, ptr %digit.i120, i64 %indvars.iv.i.i
  %digit.i.i = load i32, ptr %259, align 4
  %260 = sext i32 %digit.i.i to i64
  %261 = getelementptr inbounds [2 x i64], ptr %cells.i.i, i64 %260
  %262 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %256
  %263 = load <2 x i64>, ptr %261, align 8
  store <2 x i64> %263, ptr %262, align 8
  br i1 %open.i.i, label %endif.i.i, label %in_block.i.i

in_block.i.i:                                     ; preds = %body.i.i
  %264 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %256
  %nc.i.i = load i32, ptr %264, align 4
  %265 = add nsw i64 %256, -3
  %266 = icmp ult i64 %265, 3
  %267 = zext i32 %nc.i.i to i64
  %268 = select i1 %266, i64 1, i64 %267
  %269 = mul i64 %268, %block.09.i.i
  br label %endif.i.i

endif.i.i:                                        ; preds = %in_block.i.i, %body.i.i
  %block.1.i.i = phi i64 [ %269, %in_block.i.i ], [ %block.09.i.i, %body.i.i ]
  %indvars.iv.next.i.i = add nuw nsw i64 %indvars.iv.i.i, 1
  %exitcond.not.i.i = icmp eq i64 %indvars.iv.next.i.i, %wide.trip.count.i.i
  br i1 %exitcond.not.i.i, label %set_block.exit.i, label %body.i.i

set_block.exit.i:                                 ; preds = %endif.i.i, %body2.i
  %block.0.lcssa.i.i = phi i64 [ 1, %body2.i ], [ %block.1.i.i, %endif.i.i ]
  store i8 0, ptr %244, align 1
  store i8 0, ptr %141, align 8
  store i32 -1, ptr %142, align 8
  %270 = call i32 %5(ptr nonnull %w, ptr nonnull %is_search), !callees !6
  %.not.i122 = icmp eq i32 %270, 0
  br i1 %.not.i122, label %open.i123, label %advance.i

open.i123:                                        ; preds = %set_block.exit.i
  %271 = icmp sgt i64 %indvars.iv42.i, 0
  br i1 %271, label %split.i, label %cells.i124

split.i:                                          ; preds = %open.i123
  %indvars.iv.next43.i = add nsw i64 %indvars.iv42.i, -1
  br label %body2.i

cells.i124:                                       ; preds = %open.i123
  %272 = call fastcc i1 @differs_in(ptr nonnull %w, ptr readonly %5, i32 %1, i32 %type, i32 %x, ptr nonnull %is_search)
  br i1 %272, label %endif42, label %advance.i

advance.i:                                        ; preds = %set_block.exit.i, %cells.i124
  %level.02635.i = trunc i64 %indvars.iv42.i to i32
  %273 = add i64 %block.0.lcssa.i.i, %at.0.ph29.i
  %274 = icmp sgt i32 %m.1.i.lcssa, %level.02635.i
  br i1 %274, label %inc.preheader.i.i, label %next_block.exit.i

inc.preheader.i.i:                                ; preds = %advance.i
  %sext.i = shl i64 %indvars.iv42.i, 32
  %275 = ashr exact i64 %sext.i, 32
  br label %inc.i.i

inc.i.i:                                          ; preds = %wrap.i.i, %inc.preheader.i.i
  %indvars.iv.i9.i = phi i64 [ %275, %inc.preheader.i.i ], [ %indvars.iv.next.i12.i, %wrap.i.i ]
  %276 = getelementptr inbounds i32, ptr %digit.i120, i64 %indvars.iv.i9.i
  %277 = load i32, ptr %276, align 4
  %278 = add i32 %277, 1
  store i32 %278, ptr %276, align 4
  %279 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i9.i
  %v.i10.i = load i32, ptr %279, align 4
  %280 = sext i32 %v.i10.i to i64
  %281 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %280
  %nc.i11.i = load i32, ptr %281, align 4
  %282 = add nsw i64 %280, -3
  %283 = icmp ult i64 %282, 3
  %284 = select i1 %283, i32 1, i32 %nc.i11.i
  %285 = icmp eq i32 %278, %284
  br i1 %285, label %wrap.i.i, label %out.loopexit.split.loop.exit.i.i

wrap.i.i:                                         ; preds = %inc.i.i
  store i32 0, ptr %276, align 4
  %indvars.iv.next.i12.i = add nsw i64 %indvars.iv.i9.i, 1
  %lftr.wideiv.i.i = trunc i64 %indvars.iv.next.i12.i to i32
  %exitcond.not.i13.i = icmp eq i32 %m.1.i.lcssa, %lftr.wideiv.i.i
  br i1 %exitcond.not.i13.i, label %next_block.exit.i, label %inc.i.i

out.loopexit.split.loop.exit.i.i:                 ; preds = %inc.i.i
  %286 = trunc nsw i64 %indvars.iv.i9.i to i32
  br label %next_block.exit.i

next_block.exit.i:                                ; preds = %wrap.i.i, %out.loopexit.split.loop.exit.i.i, %advance.i
  %k.0.lcssa.i.i = phi i32 [ %level.02635.i, %advance.i ], [ %286, %out.loopexit.split.loop.exit.i.i ], [ %m.1.i.lcssa, %wrap.i.i ]
  %287 = icmp slt i64 %273, %total.i
  br i1 %287, label %body2.lr.ph.i, label %endif42.thread181

endif42.thread181:                                ; preds = %next_block.exit.i, %done.i
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %digit.i120)
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %others.i)
  br label %endif43

endif42:                                          ; preds = %cells.i124
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %digit.i120)
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %others.i)
  br label %ask

ask:                                              ; preds = %set_block.exit98, %endif41, %endif42
  %288 = icmp slt i32 %x, 3
  br i1 %288, label %input.i133, label %endif43

input.i133:                                       ; preds = %ask
  %289 = sdiv i32 %x, 64
  %290 = srem i32 %x, 64
  %291 = sext i32 %289 to i64
  %292 = getelementptr inbounds i64, ptr %3, i64 %291
  %293 = zext nneg i32 %290 to i64
  %294 = shl nuw i64 1, %293
  %295 = load i64, ptr %292, align 8
  %296 = or i64 %295, %294
  store i64 %296, ptr %292, align 8
  br label %endif43

endif43:                                          ; preds = %input.i133, %ask, %endif42.thread181
  %indvars.iv.next246 = add nuw nsw i64 %indvars.iv245, 1
  %exitcond249.not = icmp eq i64 %indvars.iv.next246, %wide.trip.count.i80
  br i1 %exitcond249.not, label %done39, label %body.i81.preheader
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.risk(ptr nocapture %w, ptr nocapture readnone %is_search) #2 {
entry:
  %0 = getelementptr inbounds i8, ptr %w, i64 96
  %k.i = load i8, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %w, i64 99
  store i8 %k.i, ptr %1, align 1
  %site.i = load i32, ptr %w, align 4
  %.not.i = icmp eq i8 %k.i, 0
  %2 = sext i32 %site.i to i64
  %3 = select i1 %.not.i, i64 0, i64 %2
  %4 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4
  %6 = select i1 %.not.i, i32 0, i32 %5
  %7 = getelementptr inbounds i8, ptr %w, i64 48
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store i32 %6, ptr %7, align 4
  %8 = tail call fastcc i32 @answer.risk(ptr nonnull %w)
  ret i32 %8
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal range(i32 0, 2) i32 @world.pct(ptr nocapture %w, ptr nocapture readnone %is_search) #3 {
entry:
  %0 = getelementptr inbounds i8, ptr %w, i64 96
  %k.i = load i8, ptr %0, align 1
  %1 = getelementptr inbounds i8, ptr %w, i64 99
  store i8 %k.i, ptr %1, align 1
  %site.i = load i32, ptr %w, align 4
  %.not.i = icmp eq i8 %k.i, 0
  %2 = sext i32 %site.i to i64
  %3 = select i1 %.not.i, i64 0, i64 %2
  %4 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4
  %6 = select i1 %.not.i, i32 0, i32 %5
  %7 = getelementptr inbounds i8, ptr %w, i64 48
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %7, i8 0, i64 16, i1 false)
  store i32 %6, ptr %7, align 4
  %8 = tail call fastcc i32 @answer.pct(ptr nonnull %w)
  ret i32 %8
}

; Function Attrs: noinline
define internal fastcc range(i32 0, 4) i32 @evaluate(ptr nocapture readonly %in, ptr %out, ptr %trace, i64 %budget) unnamed_addr #5 {
entry:
  %s = alloca %eval_state, align 8
  %0 = getelementptr inbounds i8, ptr %s, i64 96
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(6) %0, i8 0, i64 6, i1 false)
  %known = load i64, ptr %in, align 8
  %1 = trunc i64 %known to i1
  br i1 %1, label %site, label %unknown

common.ret:                                       ; preds = %guide_trace_add.exit33, %bad_input
  %common.ret.op = phi i32 [ %bad, %bad_input ], [ 0, %guide_trace_add.exit33 ]
  ret i32 %common.ret.op

bad_input:                                        ; preds = %rupture, %size_cm, %site
  %bad = phi i32 [ 1, %site ], [ 2, %size_cm ], [ 3, %rupture ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(56) %out, i8 0, i64 56, i1 false)
  %2 = getelementptr inbounds i8, ptr %out, i64 16
  store i8 2, ptr %2, align 1
  %3 = getelementptr inbounds i8, ptr %out, i64 20
  store i8 2, ptr %3, align 1
  br label %common.ret

site:                                             ; preds = %entry
  %4 = getelementptr inbounds i8, ptr %in, i64 8
  %site1 = load i32, ptr %4, align 4
  %5 = icmp ult i32 %site1, 4
  br i1 %5, label %good, label %bad_input

unknown:                                          ; preds = %entry
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  br label %next

next:                                             ; preds = %good, %unknown
  %6 = phi i64 [ %8, %good ], [ 0, %unknown ]
  %k.i = phi i8 [ 1, %good ], [ 0, %unknown ]
  %7 = and i64 %known, 2
  %.not = icmp eq i64 %7, 0
  br i1 %.not, label %unknown3, label %size_cm

good:                                             ; preds = %site
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %s, i8 0, i64 16, i1 false)
  store i32 %site1, ptr %s, align 8
  store i8 1, ptr %0, align 8
  %8 = zext nneg i32 %site1 to i64
  br label %next

size_cm:                                          ; preds = %next
  %9 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm5 = load double, ptr %9, align 8
  %10 = fcmp oge double %size_cm5, 0.000000e+00
  %11 = fcmp ole double %size_cm5, 3.000000e+01
  %12 = and i1 %10, %11
  br i1 %12, label %good6, label %bad_input

unknown3:                                         ; preds = %next
  %13 = getelementptr inbounds i8, ptr %s, i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %13, i8 0, i64 16, i1 false)
  br label %next4

next4:                                            ; preds = %good6, %unknown3
  %14 = and i64 %known, 4
  %.not26 = icmp eq i64 %14, 0
  br i1 %.not26, label %unknown8, label %rupture

good6:                                            ; preds = %size_cm
  %15 = getelementptr inbounds i8, ptr %s, i64 16
  %16 = getelementptr inbounds i8, ptr %s, i64 24
  store i64 0, ptr %16, align 8
  store double %size_cm5, ptr %15, align 8
  %17 = getelementptr inbounds i8, ptr %s, i64 97
  store i8 1, ptr %17, align 1
  br label %next4

rupture:                                          ; preds = %next4
  %18 = getelementptr inbounds i8, ptr %in, i64 24
  %rupture10 = load i32, ptr %18, align 4
  %switch = icmp ult i32 %rupture10, 2
  br i1 %switch, label %good11, label %bad_input

unknown8:                                         ; preds = %next4
  %19 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %19, i8 0, i64 16, i1 false)
  br label %next9

next9:                                            ; preds = %good11, %unknown8
  %20 = icmp slt i64 %budget, 1
  %21 = select i1 %20, i64 100000, i64 %budget
  %22 = getelementptr inbounds i8, ptr %s, i64 120
  store i8 0, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %s, i64 136
  store i32 -1, ptr %23, align 8
  %24 = getelementptr inbounds i8, ptr %out, i64 16
  %25 = getelementptr inbounds i8, ptr %s, i64 104
  store ptr %24, ptr %25, align 8
  %26 = getelementptr inbounds i8, ptr %s, i64 128
  store ptr %trace, ptr %26, align 8
  %27 = getelementptr inbounds i8, ptr %out, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %27, i8 0, i64 16, i1 false)
  %28 = getelementptr inbounds i8, ptr %s, i64 99
  store i8 %k.i, ptr %28, align 1
  %29 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %6
  %30 = load i32, ptr %29, align 4
  %31 = select i1 %1, i32 %30, i32 0
  %32 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %32, i8 0, i64 16, i1 false)
  store i32 %31, ptr %32, align 8
  %33 = call fastcc i32 @answer.risk(ptr nonnull %s)
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %search, label %endif12

good11:                                           ; preds = %rupture
  %35 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %35, i8 0, i64 16, i1 false)
  store i32 %rupture10, ptr %35, align 8
  %36 = getelementptr inbounds i8, ptr %s, i64 98
  store i8 1, ptr %36, align 2
  br label %next9

search:                                           ; preds = %next9
  call fastcc void @search(ptr nonnull %s, i32 4, i64 %21, ptr nonnull %27, ptr nonnull @plan_in.risk, ptr nonnull @world.risk)
  br label %endif12

endif12:                                          ; preds = %search, %next9
  %37 = getelementptr inbounds i8, ptr %out, i64 17
  %how = load i32, ptr %37, align 4
  %38 = icmp eq ptr %trace, null
  br i1 %38, label %guide_trace_add.exit, label %trace.i

trace.i:                                          ; preds = %endif12
  %39 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i = load i64, ptr %39, align 8
  %40 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i = load i64, ptr %40, align 8
  %41 = icmp eq i64 %len.i, %cap.i
  br i1 %41, label %full.i, label %add.i

full.i:                                           ; preds = %trace.i
  %42 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %42, align 4
  br label %guide_trace_add.exit

add.i:                                            ; preds = %trace.i
  %ev.i = load ptr, ptr %trace, align 8
  %43 = getelementptr inbounds %guide_event, ptr %ev.i, i64 %len.i
  store i8 1, ptr %43, align 1
  %44 = trunc i32 %how to i8
  %45 = getelementptr inbounds i8, ptr %43, i64 1
  store i8 %44, ptr %45, align 1
  %46 = getelementptr inbounds i8, ptr %43, i64 4
  store i32 0, ptr %46, align 4
  %47 = add i64 %len.i, 1
  store i64 %47, ptr %39, align 8
  br label %guide_trace_add.exit

guide_trace_add.exit:                             ; preds = %endif12, %full.i, %add.i
  %48 = call fastcc i32 @answer.pct(ptr nonnull %s)
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %search13, label %endif14

search13:                                         ; preds = %guide_trace_add.exit
  %50 = getelementptr inbounds i8, ptr %out, i64 32
  call fastcc void @search(ptr nonnull %s, i32 5, i64 %21, ptr nonnull %50, ptr nonnull @plan_in.pct, ptr nonnull @world.pct)
  br label %endif14

endif14:                                          ; preds = %search13, %guide_trace_add.exit
  %51 = getelementptr inbounds i8, ptr %out, i64 21
  %how15 = load i32, ptr %51, align 4
  br i1 %38, label %guide_trace_add.exit33, label %trace.i27

trace.i27:                                        ; preds = %endif14
  %52 = getelementptr inbounds i8, ptr %trace, i64 8
  %len.i28 = load i64, ptr %52, align 8
  %53 = getelementptr inbounds i8, ptr %trace, i64 16
  %cap.i29 = load i64, ptr %53, align 8
  %54 = icmp eq i64 %len.i28, %cap.i29
  br i1 %54, label %full.i32, label %add.i30

full.i32:                                         ; preds = %trace.i27
  %55 = getelementptr inbounds i8, ptr %trace, i64 24
  store i32 1, ptr %55, align 4
  br label %guide_trace_add.exit33

add.i30:                                          ; preds = %trace.i27
  %ev.i31 = load ptr, ptr %trace, align 8
  %56 = getelementptr inbounds %guide_event, ptr %ev.i31, i64 %len.i28
  store i8 1, ptr %56, align 1
  %57 = trunc i32 %how15 to i8
  %58 = getelementptr inbounds i8, ptr %56, i64 1
  store i8 %57, ptr %58, align 1
  %59 = getelementptr inbounds i8, ptr %56, i64 4
  store i32 1, ptr %59, align 4
  %60 = add i64 %len.i28, 1
  store i64 %60, ptr %52, align 8
  br label %guide_trace_add.exit33

guide_trace_add.exit33:                           ; preds = %endif14, %full.i32, %add.i30
  %61 = getelementptr inbounds i8, ptr %s, i64 64
  %risk = load i32, ptr %61, align 8
  store i32 %risk, ptr %out, align 4
  %62 = getelementptr inbounds i8, ptr %s, i64 80
  %pct = load double, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct, ptr %63, align 8
  %64 = getelementptr inbounds i8, ptr %out, i64 48
  %part = load i32, ptr %32, align 8
  %65 = getelementptr inbounds i8, ptr %out, i64 40
  store i32 %part, ptr %65, align 4
  %66 = load i8, ptr %28, align 1
  %67 = zext i8 %66 to i64
  store i64 %67, ptr %64, align 8
  br label %common.ret
}

define range(i32 0, 4) i32 @lookup_eval_budget(ptr nocapture readonly %in, ptr %out, ptr %trace, i64 %budget) local_unnamed_addr {
entry:
  %untraced1 = icmp eq ptr %trace, null
  br i1 %untraced1, label %untraced, label %general

untraced:                                         ; preds = %entry
  tail call void @llvm.experimental.noalias.scope.decl(metadata !7)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !10)
  %known.i = load i64, ptr %in, align 8, !alias.scope !7, !noalias !10
  %0 = and i64 %known.i, 7
  %1 = icmp eq i64 %0, 7
  br i1 %1, label %columns_known.i, label %general

columns_known.i:                                  ; preds = %untraced
  %2 = getelementptr inbounds i8, ptr %in, i64 8
  %site.i = load i32, ptr %2, align 4, !alias.scope !7, !noalias !10
  %3 = icmp ult i32 %site.i, 4
  %4 = getelementptr inbounds i8, ptr %in, i64 16
  %size_cm.i = load double, ptr %4, align 8, !alias.scope !7, !noalias !10
  %5 = fcmp oge double %size_cm.i, 0.000000e+00
  %6 = fcmp ole double %size_cm.i, 3.000000e+01
  %7 = and i1 %5, %6
  %8 = and i1 %3, %7
  %9 = getelementptr inbounds i8, ptr %in, i64 24
  %rupture.i = load i32, ptr %9, align 4, !alias.scope !7, !noalias !10
  %10 = icmp ult i32 %rupture.i, 2
  %11 = and i1 %10, %8
  br i1 %11, label %eval_direct.exit, label %general

eval_direct.exit:                                 ; preds = %columns_known.i
  %12 = zext nneg i32 %site.i to i64
  %13 = getelementptr inbounds [4 x i8], ptr @class.risk.site, i64 0, i64 %12
  %14 = load i8, ptr %13, align 1, !noalias !12
  %class.site.i = zext i8 %14 to i32
  %15 = fcmp ogt double %size_cm.i, 5.000000e+00
  %16 = shl nuw nsw i32 %class.site.i, 2
  %17 = select i1 %15, i32 2, i32 0
  %18 = or disjoint i32 %16, %17
  %class.risk.i = or disjoint i32 %18, %rupture.i
  %19 = zext nneg i32 %class.risk.i to i64
  %20 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %19, i32 0, i64 0
  %21 = getelementptr inbounds i8, ptr %out, i64 16
  %22 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %19, i32 1
  %risk.i = load i32, ptr %22, align 8, !noalias !12
  store i32 %risk.i, ptr %out, align 4, !alias.scope !10, !noalias !7
  %23 = load <2 x i32>, ptr %20, align 8, !noalias !12
  store <2 x i32> %23, ptr %21, align 4, !alias.scope !10, !noalias !7
  %24 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %19, i32 2
  %pct.i = load double, ptr %24, align 8, !noalias !12
  %25 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct.i, ptr %25, align 8, !alias.scope !10, !noalias !7
  %26 = getelementptr inbounds i8, ptr %out, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %26, i8 0, i64 16, i1 false), !alias.scope !10, !noalias !7
  %27 = getelementptr inbounds i8, ptr %out, i64 40
  %28 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %12
  %29 = load i32, ptr %28, align 4, !noalias !12
  store i32 %29, ptr %27, align 4, !alias.scope !10, !noalias !7
  %30 = getelementptr inbounds i8, ptr %out, i64 48
  store i64 1, ptr %30, align 8, !alias.scope !10, !noalias !7
  br label %common.ret

common.ret:                                       ; preds = %eval_direct.exit, %general
  %common.ret.op = phi i32 [ %rc, %general ], [ 0, %eval_direct.exit ]
  ret i32 %common.ret.op

general:                                          ; preds = %untraced, %columns_known.i, %entry
  %rc = tail call fastcc i32 @evaluate(ptr %in, ptr %out, ptr %trace, i64 %budget)
  br label %common.ret
}

define range(i32 0, 4) i32 @lookup_eval(ptr nocapture readonly %0, ptr %1, ptr %2) local_unnamed_addr {
entry:
  %untraced1.i = icmp eq ptr %2, null
  br i1 %untraced1.i, label %untraced.i, label %general.i

untraced.i:                                       ; preds = %entry
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !16)
  %known.i.i = load i64, ptr %0, align 8, !alias.scope !13, !noalias !16
  %3 = and i64 %known.i.i, 7
  %4 = icmp eq i64 %3, 7
  br i1 %4, label %columns_known.i.i, label %general.i

columns_known.i.i:                                ; preds = %untraced.i
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %site.i.i = load i32, ptr %5, align 4, !alias.scope !13, !noalias !16
  %6 = icmp ult i32 %site.i.i, 4
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %size_cm.i.i = load double, ptr %7, align 8, !alias.scope !13, !noalias !16
  %8 = fcmp oge double %size_cm.i.i, 0.000000e+00
  %9 = fcmp ole double %size_cm.i.i, 3.000000e+01
  %10 = and i1 %8, %9
  %11 = and i1 %6, %10
  %12 = getelementptr inbounds i8, ptr %0, i64 24
  %rupture.i.i = load i32, ptr %12, align 4, !alias.scope !13, !noalias !16
  %13 = icmp ult i32 %rupture.i.i, 2
  %14 = and i1 %13, %11
  br i1 %14, label %eval_direct.exit.i, label %general.i

eval_direct.exit.i:                               ; preds = %columns_known.i.i
  %15 = zext nneg i32 %site.i.i to i64
  %16 = getelementptr inbounds [4 x i8], ptr @class.risk.site, i64 0, i64 %15
  %17 = load i8, ptr %16, align 1, !noalias !18
  %class.site.i.i = zext i8 %17 to i32
  %18 = fcmp ogt double %size_cm.i.i, 5.000000e+00
  %19 = shl nuw nsw i32 %class.site.i.i, 2
  %20 = select i1 %18, i32 2, i32 0
  %21 = or disjoint i32 %19, %20
  %class.risk.i.i = or disjoint i32 %21, %rupture.i.i
  %22 = zext nneg i32 %class.risk.i.i to i64
  %23 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %22, i32 0, i64 0
  %24 = getelementptr inbounds i8, ptr %1, i64 16
  %25 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %22, i32 1
  %risk.i.i = load i32, ptr %25, align 8, !noalias !18
  store i32 %risk.i.i, ptr %1, align 4, !alias.scope !16, !noalias !13
  %26 = load <2 x i32>, ptr %23, align 8, !noalias !18
  store <2 x i32> %26, ptr %24, align 4, !alias.scope !16, !noalias !13
  %27 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %22, i32 2
  %pct.i.i = load double, ptr %27, align 8, !noalias !18
  %28 = getelementptr inbounds i8, ptr %1, i64 8
  store double %pct.i.i, ptr %28, align 8, !alias.scope !16, !noalias !13
  %29 = getelementptr inbounds i8, ptr %1, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %29, i8 0, i64 16, i1 false), !alias.scope !16, !noalias !13
  %30 = getelementptr inbounds i8, ptr %1, i64 40
  %31 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %15
  %32 = load i32, ptr %31, align 4, !noalias !18
  store i32 %32, ptr %30, align 4, !alias.scope !16, !noalias !13
  %33 = getelementptr inbounds i8, ptr %1, i64 48
  store i64 1, ptr %33, align 8, !alias.scope !16, !noalias !13
  br label %lookup_eval_budget.exit

general.i:                                        ; preds = %columns_known.i.i, %untraced.i, %entry
  %rc.i = tail call fastcc i32 @evaluate(ptr readonly %0, ptr %1, ptr %2, i64 100000)
  br label %lookup_eval_budget.exit

lookup_eval_budget.exit:                          ; preds = %eval_direct.exit.i, %general.i
  %common.ret.op.i = phi i32 [ %rc.i, %general.i ], [ 0, %eval_direct.exit.i ]
  ret i32 %common.ret.op.i
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none)
define void @lookup_from_frame(ptr nocapture readonly %0, ptr nocapture writeonly %1) local_unnamed_addr #6 {
entry:
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %1, i8 0, i64 32, i1 false)
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
  %.not3 = icmp eq i8 %9, 0
  br i1 %.not3, label %endif1, label %size_cm

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
  %.not4 = icmp eq i8 %16, 0
  br i1 %.not4, label %endif2, label %rupture

rupture:                                          ; preds = %endif1
  %17 = or i64 %14, 4
  store i64 %17, ptr %1, align 8
  %18 = getelementptr inbounds i8, ptr %val, i64 32
  %19 = load i32, ptr %18, align 4
  %20 = getelementptr inbounds i8, ptr %1, i64 24
  store i32 %19, ptr %20, align 4
  br label %endif2

endif2:                                           ; preds = %rupture, %endif1
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none)
define void @lookup_to_frame(ptr nocapture readonly %0, ptr nocapture readonly %1, ptr nocapture readonly %2) local_unnamed_addr #7 {
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
  %28 = getelementptr inbounds i8, ptr %1, i64 48
  %29 = load i64, ptr %28, align 8
  %30 = trunc i64 %29 to i8
  %31 = and i8 %30, 1
  %32 = getelementptr inbounds i8, ptr %known, i64 3
  store i8 %31, ptr %32, align 1
  %33 = getelementptr inbounds i8, ptr %1, i64 40
  %34 = load i32, ptr %33, align 4
  %35 = getelementptr inbounds i8, ptr %val, i64 48
  store i32 %34, ptr %35, align 4
  %36 = getelementptr inbounds i8, ptr %1, i64 16
  %37 = load i32, ptr %36, align 4
  store i32 %37, ptr %out, align 4
  %38 = load i32, ptr %1, align 4
  %39 = getelementptr inbounds i8, ptr %val, i64 64
  store i32 %38, ptr %39, align 4
  %state = load i8, ptr %36, align 1
  %40 = getelementptr inbounds i8, ptr %1, i64 18
  %41 = load i8, ptr %40, align 1
  %42 = icmp eq i8 %state, 1
  %43 = icmp eq i8 %41, 0
  %44 = and i1 %42, %43
  %45 = zext i1 %44 to i8
  %46 = getelementptr inbounds i8, ptr %known, i64 4
  store i8 %45, ptr %46, align 1
  %47 = getelementptr inbounds i8, ptr %1, i64 24
  %48 = load i64, ptr %47, align 8
  store i64 %48, ptr %asks, align 8
  %49 = getelementptr inbounds i8, ptr %1, i64 20
  %50 = getelementptr inbounds i8, ptr %out, i64 4
  %51 = load i32, ptr %49, align 4
  store i32 %51, ptr %50, align 4
  %52 = getelementptr inbounds i8, ptr %1, i64 8
  %53 = load double, ptr %52, align 8
  %54 = getelementptr inbounds i8, ptr %val, i64 80
  store double %53, ptr %54, align 8
  %state1 = load i8, ptr %49, align 1
  %55 = getelementptr inbounds i8, ptr %1, i64 22
  %56 = load i8, ptr %55, align 1
  %57 = icmp eq i8 %state1, 1
  %58 = icmp eq i8 %56, 0
  %59 = and i1 %57, %58
  %60 = zext i1 %59 to i8
  %61 = getelementptr inbounds i8, ptr %known, i64 5
  store i8 %60, ptr %61, align 1
  %62 = getelementptr inbounds i8, ptr %asks, i64 8
  %63 = getelementptr inbounds i8, ptr %1, i64 32
  %64 = load i64, ptr %63, align 8
  store i64 %64, ptr %62, align 8
  ret void
}

define range(i32 0, 4) i32 @lookup_eval_frame(ptr nocapture readonly %0, ptr %1, i64 %2) local_unnamed_addr {
entry:
  %out = alloca %lookup_output, align 8
  %in = alloca %lookup_input, align 8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %in, i8 0, i64 32, i1 false)
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
  %.not3.i = icmp eq i8 %11, 0
  br i1 %.not3.i, label %endif1.i, label %size_cm.i

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
  %.not4.i = icmp eq i8 %19, 0
  br i1 %.not4.i, label %lookup_from_frame.exit, label %rupture.i

rupture.i:                                        ; preds = %endif1.i
  %20 = or i64 %17, 4
  store i64 %20, ptr %in, align 8
  %21 = getelementptr inbounds i8, ptr %val.i, i64 32
  %22 = load i32, ptr %21, align 4
  %23 = getelementptr inbounds i8, ptr %in, i64 24
  store i32 %22, ptr %23, align 8
  br label %lookup_from_frame.exit

lookup_from_frame.exit:                           ; preds = %endif1.i, %rupture.i
  %24 = phi i32 [ 0, %endif1.i ], [ %22, %rupture.i ]
  %25 = phi i64 [ %17, %endif1.i ], [ %20, %rupture.i ]
  %untraced1.i = icmp eq ptr %1, null
  br i1 %untraced1.i, label %untraced.i, label %general.i

untraced.i:                                       ; preds = %lookup_from_frame.exit
  tail call void @llvm.experimental.noalias.scope.decl(metadata !19)
  %26 = icmp eq i64 %25, 7
  br i1 %26, label %columns_known.i.i, label %general.i

columns_known.i.i:                                ; preds = %untraced.i
  %27 = icmp ult i32 %8, 4
  %28 = fcmp oge double %16, 0.000000e+00
  %29 = fcmp ole double %16, 3.000000e+01
  %30 = and i1 %28, %29
  %31 = and i1 %27, %30
  %32 = icmp ult i32 %24, 2
  %33 = and i1 %32, %31
  br i1 %33, label %eval_direct.exit.i, label %general.i

eval_direct.exit.i:                               ; preds = %columns_known.i.i
  %34 = zext nneg i32 %8 to i64
  %35 = getelementptr inbounds [4 x i8], ptr @class.risk.site, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !noalias !22
  %class.site.i.i = zext i8 %36 to i32
  %37 = fcmp ogt double %16, 5.000000e+00
  %38 = shl nuw nsw i32 %class.site.i.i, 2
  %39 = select i1 %37, i32 2, i32 0
  %40 = or disjoint i32 %38, %39
  %class.risk.i.i = or disjoint i32 %40, %24
  %41 = zext nneg i32 %class.risk.i.i to i64
  %42 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %41, i32 0, i64 0
  %43 = getelementptr inbounds i8, ptr %out, i64 16
  %44 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %41, i32 1
  %risk.i.i = load i32, ptr %44, align 8, !noalias !22
  store i32 %risk.i.i, ptr %out, align 8, !alias.scope !19, !noalias !24
  %45 = load <2 x i32>, ptr %42, align 8, !noalias !22
  store <2 x i32> %45, ptr %43, align 8, !alias.scope !19, !noalias !24
  %46 = getelementptr inbounds [12 x %direct.risk], ptr @direct.risk, i64 0, i64 %41, i32 2
  %pct.i.i = load double, ptr %46, align 8, !noalias !22
  %47 = getelementptr inbounds i8, ptr %out, i64 8
  store double %pct.i.i, ptr %47, align 8, !alias.scope !19, !noalias !24
  %48 = getelementptr inbounds i8, ptr %out, i64 24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %48, i8 0, i64 16, i1 false), !alias.scope !19, !noalias !24
  %49 = getelementptr inbounds i8, ptr %out, i64 40
  %50 = getelementptr inbounds [4 x i32], ptr @map.part, i64 0, i64 %34
  %51 = load i32, ptr %50, align 4, !noalias !22
  store i32 %51, ptr %49, align 8, !alias.scope !19, !noalias !24
  %52 = getelementptr inbounds i8, ptr %out, i64 48
  store i64 1, ptr %52, align 8, !alias.scope !19, !noalias !24
  br label %lookup_eval_budget.exit

general.i:                                        ; preds = %columns_known.i.i, %untraced.i, %lookup_from_frame.exit
  %rc.i = call fastcc i32 @evaluate(ptr nonnull readonly %in, ptr nonnull %out, ptr %1, i64 %2)
  %val.i1.pre = load ptr, ptr %3, align 8
  %known.i2.pre = load ptr, ptr %4, align 8
  br label %lookup_eval_budget.exit

lookup_eval_budget.exit:                          ; preds = %eval_direct.exit.i, %general.i
  %known.i2 = phi ptr [ %known.i2.pre, %general.i ], [ %known.i, %eval_direct.exit.i ]
  %val.i1 = phi ptr [ %val.i1.pre, %general.i ], [ %val.i, %eval_direct.exit.i ]
  %common.ret.op.i = phi i32 [ %rc.i, %general.i ], [ 0, %eval_direct.exit.i ]
  %53 = getelementptr inbounds i8, ptr %0, i64 32
  %out.i = load ptr, ptr %53, align 8
  %54 = getelementptr inbounds i8, ptr %0, i64 40
  %asks.i = load ptr, ptr %54, align 8
  %55 = trunc nuw nsw i64 %25 to i8
  %56 = and i8 %55, 1
  store i8 %56, ptr %known.i2, align 1
  store i32 %8, ptr %val.i1, align 4
  %57 = lshr i8 %55, 1
  %58 = and i8 %57, 1
  %59 = getelementptr inbounds i8, ptr %known.i2, i64 1
  store i8 %58, ptr %59, align 1
  %60 = getelementptr inbounds i8, ptr %val.i1, i64 16
  store double %16, ptr %60, align 8
  %61 = lshr i8 %55, 2
  %62 = getelementptr inbounds i8, ptr %known.i2, i64 2
  store i8 %61, ptr %62, align 1
  %63 = getelementptr inbounds i8, ptr %val.i1, i64 32
  store i32 %24, ptr %63, align 4
  %64 = getelementptr inbounds i8, ptr %out, i64 48
  %65 = load i64, ptr %64, align 8
  %66 = trunc i64 %65 to i8
  %67 = and i8 %66, 1
  %68 = getelementptr inbounds i8, ptr %known.i2, i64 3
  store i8 %67, ptr %68, align 1
  %69 = getelementptr inbounds i8, ptr %out, i64 40
  %70 = load i32, ptr %69, align 8
  %71 = getelementptr inbounds i8, ptr %val.i1, i64 48
  store i32 %70, ptr %71, align 4
  %72 = getelementptr inbounds i8, ptr %out, i64 16
  %73 = load i32, ptr %72, align 8
  store i32 %73, ptr %out.i, align 4
  %74 = load i32, ptr %out, align 8
  %75 = getelementptr inbounds i8, ptr %val.i1, i64 64
  store i32 %74, ptr %75, align 4
  %state.i = load i8, ptr %72, align 8
  %76 = getelementptr inbounds i8, ptr %out, i64 18
  %77 = load i8, ptr %76, align 2
  %78 = icmp eq i8 %state.i, 1
  %79 = icmp eq i8 %77, 0
  %80 = and i1 %78, %79
  %81 = zext i1 %80 to i8
  %82 = getelementptr inbounds i8, ptr %known.i2, i64 4
  store i8 %81, ptr %82, align 1
  %83 = getelementptr inbounds i8, ptr %out, i64 24
  %84 = load i64, ptr %83, align 8
  store i64 %84, ptr %asks.i, align 8
  %85 = getelementptr inbounds i8, ptr %out, i64 20
  %86 = getelementptr inbounds i8, ptr %out.i, i64 4
  %87 = load i32, ptr %85, align 4
  store i32 %87, ptr %86, align 4
  %88 = getelementptr inbounds i8, ptr %out, i64 8
  %89 = load double, ptr %88, align 8
  %90 = getelementptr inbounds i8, ptr %val.i1, i64 80
  store double %89, ptr %90, align 8
  %state1.i = load i8, ptr %85, align 4
  %91 = getelementptr inbounds i8, ptr %out, i64 22
  %92 = load i8, ptr %91, align 2
  %93 = icmp eq i8 %state1.i, 1
  %94 = icmp eq i8 %92, 0
  %95 = and i1 %93, %94
  %96 = zext i1 %95 to i8
  %97 = getelementptr inbounds i8, ptr %known.i2, i64 5
  store i8 %96, ptr %97, align 1
  %98 = getelementptr inbounds i8, ptr %asks.i, i64 8
  %99 = getelementptr inbounds i8, ptr %out, i64 32
  %100 = load i64, ptr %99, align 8
  store i64 %100, ptr %98, align 8
  ret i32 %common.ret.op.i
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #9

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) }
attributes #3 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { noinline }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: readwrite, inaccessiblemem: none) }
attributes #7 = { mustprogress nofree norecurse nosync nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: none) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #9 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }

!guide.clauses = !{!0, !1, !2, !3}
!guide.ruleset = !{!4}
!guide.direct = !{!5}

!0 = !{!"clause 0: table risk row 1 (\C2\A71), line 22"}
!1 = !{!"clause 1: table risk row 2 (\C2\A71), line 23"}
!2 = !{!"clause 2: table risk row 3 (\C2\A71), line 24"}
!3 = !{!"clause 3: table risk row 4 (\C2\A71), line 25"}
!4 = !{!"guideline lookup \22Golden test of the direct path\22 version \221\22, SHA-256 4ee821df759d1e16bbb035461a0449f62ba2970e2bcf327c001af255b926a9c3"}
!5 = !{!"table risk: @direct.risk[class.risk], classes of site 3, size_cm 2, rupture 2 (the last turns fastest); answers risk, pct"}
!6 = !{ptr @world.pct, ptr @world.risk}
!7 = !{!8}
!8 = distinct !{!8, !9, !"eval_direct: %in"}
!9 = distinct !{!9, !"eval_direct"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"eval_direct: %out"}
!12 = !{!8, !11}
!13 = !{!14}
!14 = distinct !{!14, !15, !"eval_direct: %in"}
!15 = distinct !{!15, !"eval_direct"}
!16 = !{!17}
!17 = distinct !{!17, !15, !"eval_direct: %out"}
!18 = !{!14, !17}
!19 = !{!20}
!20 = distinct !{!20, !21, !"eval_direct: %out"}
!21 = distinct !{!21, !"eval_direct"}
!22 = !{!23, !20}
!23 = distinct !{!23, !21, !"eval_direct: %in"}
!24 = !{!23}
