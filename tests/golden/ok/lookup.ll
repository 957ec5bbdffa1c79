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

define internal fastcc void @search(ptr nocapture %0, i32 %1, i64 %2, ptr nocapture %3, ptr nocapture readonly %4, ptr nocapture readonly %5) unnamed_addr {
entry:
  %digit.i72 = alloca [3 x i32], align 4
  %others.i = alloca [3 x i32], align 4
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
  %n.1.2207 = phi i32 [ %28, %endif.2.thread ], [ %n.1.1, %endif.2 ]
  %wide.trip.count = zext nneg i32 %n.1.2207 to i64
  %xtraiter = and i64 %wide.trip.count, 1
  %12 = icmp eq i32 %n.1.2207, 1
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
  %worlds.0139 = phi double [ 1.000000e+00, %body12.preheader.new ], [ %46, %body12 ]
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
  %37 = fmul double %worlds.0139, %36
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
  %worlds.0139.unr = phi double [ 1.000000e+00, %body12.preheader ], [ %46, %body12 ]
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
  %55 = fmul double %worlds.0139.unr, %54
  br label %done14

done14:                                           ; preds = %body12.epil, %done14.loopexit.unr-lcssa, %endif.2
  %56 = phi i1 [ false, %endif.2 ], [ true, %done14.loopexit.unr-lcssa ], [ true, %body12.epil ]
  %n.1.2206 = phi i32 [ 0, %endif.2 ], [ %n.1.2207, %done14.loopexit.unr-lcssa ], [ %n.1.2207, %body12.epil ]
  %worlds.0.lcssa = phi double [ 1.000000e+00, %endif.2 ], [ %.lcssa.ph, %done14.loopexit.unr-lcssa ], [ %55, %body12.epil ]
  %57 = sitofp i64 %2 to double
  %58 = fcmp ogt double %worlds.0.lcssa, %57
  br i1 %58, label %loop19.preheader, label %endif17

loop19.preheader:                                 ; preds = %done14
  br i1 %56, label %body20.preheader, label %done22

body20.preheader:                                 ; preds = %loop19.preheader
  %wide.trip.count203 = zext nneg i32 %n.1.2206 to i64
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
  %63 = icmp sgt i64 %nworlds, 0
  br i1 %63, label %body23.lr.ph.lr.ph, label %loop29.preheader

body23.lr.ph.lr.ph:                               ; preds = %endif17
  %wide.trip.count.i = zext i32 %n.1.2206 to i64
  %64 = getelementptr inbounds i8, ptr %w, i64 120
  %65 = getelementptr inbounds i8, ptr %w, i64 136
  %66 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %6
  %.elt1.i = getelementptr inbounds i8, ptr %66, i64 8
  br label %body23.lr.ph

body23.lr.ph:                                     ; preds = %body23.lr.ph.lr.ph, %next_block.exit
  %level.0.ph160 = phi i32 [ %n.1.2206, %body23.lr.ph.lr.ph ], [ %k.0.lcssa.i, %next_block.exit ]
  %at.0.ph159 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %125, %next_block.exit ]
  %first.sroa.11.0.ph158 = phi i64 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.11.1, %next_block.exit ]
  %first.sroa.688.sroa.7.0.ph157 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.688.sroa.7.1, %next_block.exit ]
  %first.sroa.688.sroa.0.0.ph156 = phi i32 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.688.sroa.0.1, %next_block.exit ]
  %first.sroa.4.0.ph155 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.4.1, %next_block.exit ]
  %first.sroa.0.0.ph154 = phi i8 [ 0, %body23.lr.ph.lr.ph ], [ %first.sroa.0.1, %next_block.exit ]
  %67 = sext i32 %level.0.ph160 to i64
  br label %body23

body20:                                           ; preds = %body20.preheader, %ask_for.exit
  %indvars.iv200 = phi i64 [ 0, %body20.preheader ], [ %indvars.iv.next201, %ask_for.exit ]
  %68 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv200
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
  %indvars.iv.next201 = add nuw nsw i64 %indvars.iv200, 1
  %exitcond204.not = icmp eq i64 %indvars.iv.next201, %wide.trip.count203
  br i1 %exitcond204.not, label %done22, label %body20

common.ret:                                       ; preds = %done38, %done32, %done22
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
  %indvars.iv187 = phi i64 [ %67, %body23.lr.ph ], [ %indvars.iv.next188, %set_block.exit ]
  br i1 %56, label %body.i, label %set_block.exit

body.i:                                           ; preds = %body23, %endif.i
  %indvars.iv.i = phi i64 [ %indvars.iv.next.i, %endif.i ], [ 0, %body23 ]
  %block.09.i = phi i64 [ %block.1.i, %endif.i ], [ 1, %body23 ]
  %84 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i
  %v.i = load i32, ptr %84, align 4
  %open.i = icmp sge i64 %indvars.iv.i, %indvars.iv187
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
  %102 = icmp sgt i64 %indvars.iv187, 0
  %103 = and i1 %102, %101
  %indvars.iv.next188 = add nsw i64 %indvars.iv187, -1
  br i1 %103, label %body23, label %take

take:                                             ; preds = %set_block.exit
  %104 = trunc nsw i64 %indvars.iv187 to i32
  %out.i = load ptr, ptr %61, align 8
  %105 = getelementptr %guide_output, ptr %out.i, i64 %6
  %106 = getelementptr i8, ptr %105, i64 -16
  %107 = load i8, ptr %106, align 1
  %108 = getelementptr i8, ptr %105, i64 -14
  %109 = load i8, ptr %108, align 1
  %.unpack.i62 = load i64, ptr %66, align 8
  %.unpack2.i = load i64, ptr %.elt1.i, align 8
  %110 = icmp eq i64 %at.0.ph159, 0
  br i1 %110, label %first24, label %later

first24:                                          ; preds = %take
  %first.sroa.688.sroa.0.0.extract.trunc = trunc i64 %.unpack.i62 to i32
  %first.sroa.688.sroa.7.0.extract.shift = lshr i64 %.unpack.i62, 32
  %first.sroa.688.sroa.7.0.extract.trunc = trunc nuw i64 %first.sroa.688.sroa.7.0.extract.shift to i32
  br label %advance

later:                                            ; preds = %take
  %.not.i = icmp eq i8 %first.sroa.0.0.ph154, %107
  br i1 %.not.i, label %endif.i63, label %advance

endif.i63:                                        ; preds = %later
  %.not3.i = icmp eq i8 %first.sroa.0.0.ph154, 1
  br i1 %.not3.i, label %endif1.i, label %advance

endif1.i:                                         ; preds = %endif.i63
  %111 = or i8 %109, %first.sroa.4.0.ph155
  %.not4.i = icmp eq i8 %111, 0
  br i1 %.not4.i, label %endif2.i, label %nd.i

nd.i:                                             ; preds = %endif1.i
  %112 = icmp eq i8 %first.sroa.4.0.ph155, %109
  br label %advance

endif2.i:                                         ; preds = %endif1.i
  switch i32 %type, label %advance [
    i32 0, label %label.i
    i32 1, label %label.i
    i32 2, label %num.i
    i32 3, label %num.i
    i32 4, label %range.i
    i32 5, label %set.i
  ]

label.i:                                          ; preds = %endif2.i, %endif2.i
  %a.sroa.7.8.extract.trunc = trunc i64 %.unpack.i62 to i32
  %113 = icmp eq i32 %first.sroa.688.sroa.0.0.ph156, %a.sroa.7.8.extract.trunc
  br label %advance

num.i:                                            ; preds = %endif2.i, %endif2.i
  %first.sroa.688.sroa.7.0.insert.ext101 = zext i32 %first.sroa.688.sroa.7.0.ph157 to i64
  %first.sroa.688.sroa.7.0.insert.shift102 = shl nuw i64 %first.sroa.688.sroa.7.0.insert.ext101, 32
  %first.sroa.688.sroa.0.0.insert.ext92 = zext i32 %first.sroa.688.sroa.0.0.ph156 to i64
  %first.sroa.688.sroa.0.0.insert.insert94 = or disjoint i64 %first.sroa.688.sroa.7.0.insert.shift102, %first.sroa.688.sroa.0.0.insert.ext92
  %114 = bitcast i64 %first.sroa.688.sroa.0.0.insert.insert94 to double
  %115 = bitcast i64 %.unpack.i62 to double
  %116 = fcmp oeq double %114, %115
  br label %advance

range.i:                                          ; preds = %endif2.i
  %first.sroa.688.sroa.7.0.insert.ext = zext i32 %first.sroa.688.sroa.7.0.ph157 to i64
  %first.sroa.688.sroa.7.0.insert.shift = shl nuw i64 %first.sroa.688.sroa.7.0.insert.ext, 32
  %first.sroa.688.sroa.0.0.insert.ext = zext i32 %first.sroa.688.sroa.0.0.ph156 to i64
  %first.sroa.688.sroa.0.0.insert.insert = or disjoint i64 %first.sroa.688.sroa.7.0.insert.shift, %first.sroa.688.sroa.0.0.insert.ext
  %117 = bitcast i64 %first.sroa.688.sroa.0.0.insert.insert to double
  %118 = bitcast i64 %.unpack.i62 to double
  %119 = fcmp oeq double %117, %118
  %120 = bitcast i64 %first.sroa.11.0.ph158 to double
  %121 = bitcast i64 %.unpack2.i to double
  %122 = fcmp oeq double %120, %121
  %123 = and i1 %119, %122
  br label %advance

set.i:                                            ; preds = %endif2.i
  %first.sroa.688.sroa.7.0.insert.ext109 = zext i32 %first.sroa.688.sroa.7.0.ph157 to i64
  %first.sroa.688.sroa.7.0.insert.shift110 = shl nuw i64 %first.sroa.688.sroa.7.0.insert.ext109, 32
  %first.sroa.688.sroa.0.0.insert.ext98 = zext i32 %first.sroa.688.sroa.0.0.ph156 to i64
  %first.sroa.688.sroa.0.0.insert.insert100 = or disjoint i64 %first.sroa.688.sroa.7.0.insert.shift110, %first.sroa.688.sroa.0.0.insert.ext98
  %124 = icmp eq i64 %first.sroa.688.sroa.0.0.insert.insert100, %.unpack.i62
  br label %advance

advance:                                          ; preds = %set.i, %range.i, %num.i, %label.i, %endif2.i, %nd.i, %endif.i63, %later, %first24
  %first.sroa.0.1 = phi i8 [ %107, %first24 ], [ %first.sroa.0.0.ph154, %later ], [ %first.sroa.0.0.ph154, %endif.i63 ], [ 1, %nd.i ], [ 1, %endif2.i ], [ 1, %label.i ], [ 1, %num.i ], [ 1, %range.i ], [ 1, %set.i ]
  %first.sroa.4.1 = phi i8 [ %109, %first24 ], [ %first.sroa.4.0.ph155, %later ], [ %first.sroa.4.0.ph155, %endif.i63 ], [ %first.sroa.4.0.ph155, %nd.i ], [ %first.sroa.4.0.ph155, %endif2.i ], [ %first.sroa.4.0.ph155, %label.i ], [ %first.sroa.4.0.ph155, %num.i ], [ %first.sroa.4.0.ph155, %range.i ], [ %first.sroa.4.0.ph155, %set.i ]
  %first.sroa.688.sroa.0.1 = phi i32 [ %first.sroa.688.sroa.0.0.extract.trunc, %first24 ], [ %first.sroa.688.sroa.0.0.ph156, %later ], [ %first.sroa.688.sroa.0.0.ph156, %endif.i63 ], [ %first.sroa.688.sroa.0.0.ph156, %nd.i ], [ %first.sroa.688.sroa.0.0.ph156, %endif2.i ], [ %first.sroa.688.sroa.0.0.ph156, %label.i ], [ %first.sroa.688.sroa.0.0.ph156, %num.i ], [ %first.sroa.688.sroa.0.0.ph156, %range.i ], [ %first.sroa.688.sroa.0.0.ph156, %set.i ]
  %first.sroa.688.sroa.7.1 = phi i32 [ %first.sroa.688.sroa.7.0.extract.trunc, %first24 ], [ %first.sroa.688.sroa.7.0.ph157, %later ], [ %first.sroa.688.sroa.7.0.ph157, %endif.i63 ], [ %first.sroa.688.sroa.7.0.ph157, %nd.i ], [ %first.sroa.688.sroa.7.0.ph157, %endif2.i ], [ %first.sroa.688.sroa.7.0.ph157, %label.i ], [ %first.sroa.688.sroa.7.0.ph157, %num.i ], [ %first.sroa.688.sroa.7.0.ph157, %range.i ], [ %first.sroa.688.sroa.7.0.ph157, %set.i ]
  %first.sroa.11.1 = phi i64 [ %.unpack2.i, %first24 ], [ %first.sroa.11.0.ph158, %later ], [ %first.sroa.11.0.ph158, %endif.i63 ], [ %first.sroa.11.0.ph158, %nd.i ], [ %first.sroa.11.0.ph158, %endif2.i ], [ %first.sroa.11.0.ph158, %label.i ], [ %first.sroa.11.0.ph158, %num.i ], [ %first.sroa.11.0.ph158, %range.i ], [ %first.sroa.11.0.ph158, %set.i ]
  %same.1 = phi i1 [ true, %first24 ], [ false, %later ], [ true, %endif.i63 ], [ %112, %nd.i ], [ false, %endif2.i ], [ %113, %label.i ], [ %116, %num.i ], [ %123, %range.i ], [ %124, %set.i ]
  %125 = add i64 %block.0.lcssa.i, %at.0.ph159
  %126 = icmp sgt i32 %n.1.2206, %104
  br i1 %126, label %inc.preheader.i, label %next_block.exit

inc.preheader.i:                                  ; preds = %advance
  %sext = shl i64 %indvars.iv187, 32
  %127 = ashr exact i64 %sext, 32
  br label %inc.i

inc.i:                                            ; preds = %wrap.i, %inc.preheader.i
  %indvars.iv.i65 = phi i64 [ %127, %inc.preheader.i ], [ %indvars.iv.next.i68, %wrap.i ]
  %128 = getelementptr inbounds i32, ptr %digit, i64 %indvars.iv.i65
  %129 = load i32, ptr %128, align 4
  %130 = add i32 %129, 1
  store i32 %130, ptr %128, align 4
  %131 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i65
  %v.i66 = load i32, ptr %131, align 4
  %132 = sext i32 %v.i66 to i64
  %133 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %132
  %nc.i67 = load i32, ptr %133, align 4
  %134 = add nsw i64 %132, -3
  %135 = icmp ult i64 %134, 3
  %136 = select i1 %135, i32 1, i32 %nc.i67
  %137 = icmp eq i32 %130, %136
  br i1 %137, label %wrap.i, label %out.loopexit.split.loop.exit.i

wrap.i:                                           ; preds = %inc.i
  store i32 0, ptr %128, align 4
  %indvars.iv.next.i68 = add nsw i64 %indvars.iv.i65, 1
  %lftr.wideiv.i = trunc i64 %indvars.iv.next.i68 to i32
  %exitcond.not.i69 = icmp eq i32 %n.1.2206, %lftr.wideiv.i
  br i1 %exitcond.not.i69, label %next_block.exit, label %inc.i

out.loopexit.split.loop.exit.i:                   ; preds = %inc.i
  %138 = trunc nsw i64 %indvars.iv.i65 to i32
  br label %next_block.exit

next_block.exit:                                  ; preds = %wrap.i, %advance, %out.loopexit.split.loop.exit.i
  %k.0.lcssa.i = phi i32 [ %104, %advance ], [ %138, %out.loopexit.split.loop.exit.i ], [ %n.1.2206, %wrap.i ]
  %139 = icmp slt i64 %125, %nworlds
  %140 = and i1 %139, %same.1
  br i1 %140, label %body23.lr.ph, label %searched

searched:                                         ; preds = %next_block.exit
  br i1 %same.1, label %loop29.preheader, label %loop35.preheader

loop35.preheader:                                 ; preds = %searched
  br i1 %56, label %body36.lr.ph, label %done38

body36.lr.ph:                                     ; preds = %loop35.preheader
  %wide.trip.count.i79 = zext nneg i32 %n.1.2206 to i64
  %141 = getelementptr inbounds i8, ptr %w, i64 120
  %142 = getelementptr inbounds i8, ptr %w, i64 136
  %143 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %6
  %.elt1.i.i = getelementptr inbounds i8, ptr %143, i64 8
  %xtraiter16 = and i64 %wide.trip.count.i, 1
  %144 = icmp eq i32 %n.1.2206, 1
  %unroll_iter19 = and i64 %wide.trip.count.i, 4294967294
  %lcmp.mod17.not = icmp eq i64 %xtraiter16, 0
  br label %body.preheader.i78

loop29.preheader:                                 ; preds = %endif17, %searched
  %first.sroa.11.0.ph.lcssa218 = phi i64 [ %first.sroa.11.1, %searched ], [ 0, %endif17 ]
  %first.sroa.688.sroa.7.0.ph.lcssa217 = phi i32 [ %first.sroa.688.sroa.7.1, %searched ], [ 0, %endif17 ]
  %first.sroa.688.sroa.0.0.ph.lcssa216 = phi i32 [ %first.sroa.688.sroa.0.1, %searched ], [ 0, %endif17 ]
  %first.sroa.4.0.ph.lcssa215 = phi i8 [ %first.sroa.4.1, %searched ], [ 0, %endif17 ]
  %first.sroa.0.0.ph.lcssa214 = phi i8 [ %first.sroa.0.1, %searched ], [ 0, %endif17 ]
  br i1 %56, label %body30.preheader, label %done32

body30.preheader:                                 ; preds = %loop29.preheader
  %wide.trip.count198 = zext nneg i32 %n.1.2206 to i64
  br label %body30

body30:                                           ; preds = %body30.preheader, %ask_for.exit71
  %indvars.iv195 = phi i64 [ 0, %body30.preheader ], [ %indvars.iv.next196, %ask_for.exit71 ]
  %145 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv195
  %146 = load i32, ptr %145, align 4
  %147 = icmp slt i32 %146, 3
  br i1 %147, label %input.i70, label %ask_for.exit71

input.i70:                                        ; preds = %body30
  %148 = sdiv i32 %146, 64
  %149 = srem i32 %146, 64
  %150 = sext i32 %148 to i64
  %151 = getelementptr inbounds i64, ptr %3, i64 %150
  %152 = zext nneg i32 %149 to i64
  %153 = shl nuw i64 1, %152
  %154 = load i64, ptr %151, align 8
  %155 = or i64 %154, %153
  store i64 %155, ptr %151, align 8
  br label %ask_for.exit71

ask_for.exit71:                                   ; preds = %body30, %input.i70
  %indvars.iv.next196 = add nuw nsw i64 %indvars.iv195, 1
  %exitcond199.not = icmp eq i64 %indvars.iv.next196, %wide.trip.count198
  br i1 %exitcond199.not, label %done32, label %body30

done32:                                           ; preds = %ask_for.exit71, %loop29.preheader
  %156 = getelementptr inbounds i8, ptr %0, i64 104
  %out33 = load ptr, ptr %156, align 8
  %157 = getelementptr %guide_output, ptr %out33, i64 %6
  %158 = getelementptr i8, ptr %157, i64 -16
  store i8 %first.sroa.0.0.ph.lcssa214, ptr %158, align 1
  %159 = getelementptr i8, ptr %157, i64 -15
  store i8 1, ptr %159, align 1
  %160 = getelementptr i8, ptr %157, i64 -14
  store i8 %first.sroa.4.0.ph.lcssa215, ptr %160, align 1
  %161 = getelementptr i8, ptr %157, i64 -13
  store i8 0, ptr %161, align 1
  %first.sroa.688.sroa.7.0.insert.ext105 = zext i32 %first.sroa.688.sroa.7.0.ph.lcssa217 to i64
  %first.sroa.688.sroa.7.0.insert.shift106 = shl nuw i64 %first.sroa.688.sroa.7.0.insert.ext105, 32
  %first.sroa.688.sroa.0.0.insert.ext95 = zext i32 %first.sroa.688.sroa.0.0.ph.lcssa216 to i64
  %first.sroa.688.sroa.0.0.insert.insert97 = or disjoint i64 %first.sroa.688.sroa.7.0.insert.shift106, %first.sroa.688.sroa.0.0.insert.ext95
  %162 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  store i64 %first.sroa.688.sroa.0.0.insert.insert97, ptr %162, align 8
  %.repack59 = getelementptr inbounds i8, ptr %162, i64 8
  store i64 %first.sroa.11.0.ph.lcssa218, ptr %.repack59, align 8
  %163 = icmp eq i8 %first.sroa.0.0.ph.lcssa214, 1
  %164 = icmp eq i8 %first.sroa.4.0.ph.lcssa215, 0
  %165 = and i1 %163, %164
  %166 = zext i1 %165 to i8
  %167 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  store i8 %166, ptr %167, align 1
  br label %common.ret

body.preheader.i78:                               ; preds = %endif39, %body36.lr.ph
  %indvars.iv190 = phi i64 [ 0, %body36.lr.ph ], [ %indvars.iv.next191, %endif39 ]
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %digit.i72)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %others.i)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %digit.i72, i8 0, i64 12, i1 false)
  br i1 %144, label %done.i.unr-lcssa, label %body.i80

body.i80:                                         ; preds = %body.preheader.i78, %endif.i83.1
  %indvars.iv.i81 = phi i64 [ %indvars.iv.next.i84.1, %endif.i83.1 ], [ 0, %body.preheader.i78 ]
  %m.066.i = phi i32 [ %m.1.i.1, %endif.i83.1 ], [ 0, %body.preheader.i78 ]
  %niter20 = phi i64 [ %niter20.next.1, %endif.i83.1 ], [ 0, %body.preheader.i78 ]
  %.not26.i = icmp eq i64 %indvars.iv.i81, %indvars.iv190
  br i1 %.not26.i, label %endif.i83, label %other.i

done.i.unr-lcssa:                                 ; preds = %endif.i83.1, %body.preheader.i78
  %m.1.i.lcssa.ph = phi i32 [ poison, %body.preheader.i78 ], [ %m.1.i.1, %endif.i83.1 ]
  %indvars.iv.i81.unr = phi i64 [ 0, %body.preheader.i78 ], [ %indvars.iv.next.i84.1, %endif.i83.1 ]
  %m.066.i.unr = phi i32 [ 0, %body.preheader.i78 ], [ %m.1.i.1, %endif.i83.1 ]
  br i1 %lcmp.mod17.not, label %done.i, label %body.i80.epil

body.i80.epil:                                    ; preds = %done.i.unr-lcssa
  %.not26.i.epil = icmp eq i64 %indvars.iv.i81.unr, %indvars.iv190
  br i1 %.not26.i.epil, label %done.i, label %other.i.epil

other.i.epil:                                     ; preds = %body.i80.epil
  %168 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i81.unr
  %v.i82.epil = load i32, ptr %168, align 4
  %169 = sext i32 %m.066.i.unr to i64
  %170 = getelementptr inbounds i32, ptr %others.i, i64 %169
  store i32 %v.i82.epil, ptr %170, align 4
  %171 = add i32 %m.066.i.unr, 1
  br label %done.i

done.i:                                           ; preds = %body.i80.epil, %other.i.epil, %done.i.unr-lcssa
  %m.1.i.lcssa = phi i32 [ %m.1.i.lcssa.ph, %done.i.unr-lcssa ], [ %171, %other.i.epil ], [ %m.066.i.unr, %body.i80.epil ]
  %172 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv190
  %x.i = load i32, ptr %172, align 4
  %173 = sext i32 %x.i to i64
  %174 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %173
  %nc.i73 = load i32, ptr %174, align 4
  %175 = add nsw i64 %173, -3
  %176 = icmp ult i64 %175, 3
  %177 = select i1 %176, i32 1, i32 %nc.i73
  %178 = zext i32 %177 to i64
  %total.i = udiv i64 %nworlds, %178
  %179 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %173
  %cells.i74 = load ptr, ptr %179, align 8
  %180 = icmp sgt i64 %total.i, 0
  br i1 %180, label %body2.lr.ph.lr.ph.i, label %matters_at.exit

body2.lr.ph.lr.ph.i:                              ; preds = %done.i
  %181 = icmp sgt i32 %m.1.i.lcssa, 0
  %wide.trip.count.i.i = zext nneg i32 %m.1.i.lcssa to i64
  %182 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %173
  %183 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %173
  %184 = icmp sgt i32 %177, 1
  br label %body2.lr.ph.i

body2.lr.ph.i:                                    ; preds = %next_block.exit.i, %body2.lr.ph.lr.ph.i
  %level.0.ph73.i = phi i32 [ %m.1.i.lcssa, %body2.lr.ph.lr.ph.i ], [ %k.0.lcssa.i.i, %next_block.exit.i ]
  %at.0.ph72.i = phi i64 [ 0, %body2.lr.ph.lr.ph.i ], [ %220, %next_block.exit.i ]
  %185 = sext i32 %level.0.ph73.i to i64
  br label %body2.i

other.i:                                          ; preds = %body.i80
  %186 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.i81
  %v.i82 = load i32, ptr %186, align 4
  %187 = sext i32 %m.066.i to i64
  %188 = getelementptr inbounds i32, ptr %others.i, i64 %187
  store i32 %v.i82, ptr %188, align 4
  %189 = add i32 %m.066.i, 1
  br label %endif.i83

endif.i83:                                        ; preds = %other.i, %body.i80
  %m.1.i = phi i32 [ %189, %other.i ], [ %m.066.i, %body.i80 ]
  %indvars.iv.next.i84 = or disjoint i64 %indvars.iv.i81, 1
  %.not26.i.1 = icmp eq i64 %indvars.iv.next.i84, %indvars.iv190
  br i1 %.not26.i.1, label %endif.i83.1, label %other.i.1

other.i.1:                                        ; preds = %endif.i83
  %190 = getelementptr inbounds i32, ptr %sv, i64 %indvars.iv.next.i84
  %v.i82.1 = load i32, ptr %190, align 4
  %191 = sext i32 %m.1.i to i64
  %192 = getelementptr inbounds i32, ptr %others.i, i64 %191
  store i32 %v.i82.1, ptr %192, align 4
  %193 = add i32 %m.1.i, 1
  br label %endif.i83.1

endif.i83.1:                                      ; preds = %other.i.1, %endif.i83
  %m.1.i.1 = phi i32 [ %193, %other.i.1 ], [ %m.1.i, %endif.i83 ]
  %indvars.iv.next.i84.1 = add nuw nsw i64 %indvars.iv.i81, 2
  %niter20.next.1 = add i64 %niter20, 2
  %niter20.ncmp.1 = icmp eq i64 %niter20.next.1, %unroll_iter19
  br i1 %niter20.ncmp.1, label %done.i.unr-lcssa, label %body.i80

body2.i:                                          ; preds = %split.i, %body2.lr.ph.i
  %indvars.iv89.i = phi i64 [ %185, %body2.lr.ph.i ], [ %indvars.iv.next90.i, %split.i ]
  br i1 %181, label %body.i.i, label %set_block.exit.i

body.i.i:                                         ; preds = %body2.i, %endif.i.i
  %indvars.iv.i.i = phi i64 [ %indvars.iv.next.i.i, %endif.i.i ], [ 0, %body2.i ]
  %block.09.i.i = phi i64 [ %block.1.i.i, %endif.i.i ], [ 1, %body2.i ]
  %194 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i.i
  %v.i.i = load i32, ptr %194, align 4
  %open.i.i = icmp sge i64 %indvars.iv.i.i, %indvars.iv89.i
  %195 = zext i1 %open.i.i to i8
  %196 = sext i32 %v.i.i to i64
  %197 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 1, i64 %196
  store i8 %195, ptr %197, align 1
  %198 = getelementptr inbounds [6 x ptr], ptr @cells, i64 0, i64 %196
  %cells.i.i = load ptr, ptr %198, align 8
  %199 = getelementptr inbounds i32, ptr %digit.i72, i64 %indvars.iv.i.i
  %digit.i.i = load i32, ptr %199, align 4
  %200 = sext i32 %digit.i.i to i64
  %201 = getelementptr inbounds [2 x i64], ptr %cells.i.i, i64 %200
  %202 = getelementptr inbounds %eval_state, ptr %w, i64 0, i32 0, i64 %196
  %203 = load <2 x i64>, ptr %201, align 8
  store <2 x i64> %203, ptr %202, align 8
  br i1 %open.i.i, label %endif.i.i, label %in_block.i.i

in_block.i.i:                                     ; preds = %body.i.i
  %204 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %196
  %nc.i.i = load i32, ptr %204, align 4
  %205 = add nsw i64 %196, -3
  %206 = icmp ult i64 %205, 3
  %207 = zext i32 %nc.i.i to i64
  %208 = select i1 %206, i64 1, i64 %207
  %209 = mul i64 %208, %block.09.i.i
  br label %endif.i.i

endif.i.i:                                        ; preds = %in_block.i.i, %body.i.i
  %block.1.i.i = phi i64 [ %209, %in_block.i.i ], [ %block.09.i.i, %body.i.i ]
  %indvars.iv.next.i.i = add nuw nsw i64 %indvars.iv.i.i, 1
  %exitcond.not.i.i = icmp eq i64 %indvars.iv.next.i.i, %wide.trip.count.i.i
  br i1 %exitcond.not.i.i, label %set_block.exit.i, label %body.i.i

set_block.exit.i:                                 ; preds = %endif.i.i, %body2.i
  %block.0.lcssa.i.i = phi i64 [ 1, %body2.i ], [ %block.1.i.i, %endif.i.i ]
  store i8 0, ptr %182, align 1
  store i8 0, ptr %141, align 8
  store i32 -1, ptr %142, align 8
  %210 = call i32 %5(ptr nonnull %w, ptr nonnull %is_search), !callees !6
  %.not.i75 = icmp eq i32 %210, 0
  br i1 %.not.i75, label %open.i76, label %advance.i

open.i76:                                         ; preds = %set_block.exit.i
  %211 = icmp sgt i64 %indvars.iv89.i, 0
  br i1 %211, label %split.i, label %cells3.i

split.i:                                          ; preds = %open.i76
  %indvars.iv.next90.i = add nsw i64 %indvars.iv89.i, -1
  br label %body2.i

cells3.i:                                         ; preds = %open.i76
  store i8 1, ptr %182, align 1
  %212 = load <2 x i64>, ptr %cells.i74, align 8
  store <2 x i64> %212, ptr %183, align 8
  store i8 0, ptr %141, align 8
  store i32 -1, ptr %142, align 8
  %213 = call i32 %5(ptr nonnull %w, ptr nonnull %is_search), !callees !6
  %out.i.i = load ptr, ptr %61, align 8
  %214 = getelementptr %guide_output, ptr %out.i.i, i64 %6
  %215 = getelementptr i8, ptr %214, i64 -16
  %216 = load i8, ptr %215, align 1
  %217 = getelementptr i8, ptr %214, i64 -14
  %218 = load i8, ptr %217, align 1
  %.unpack.i27.i = load i64, ptr %143, align 8
  %.unpack2.i47.i = load double, ptr %.elt1.i.i, align 8
  br i1 %184, label %body6.lr.ph.i, label %advance.i

body6.lr.ph.i:                                    ; preds = %cells3.i
  %.not3.i.i = icmp eq i8 %216, 1
  %219 = bitcast i64 %.unpack.i27.i to double
  %x0.sroa.4.8.extract.trunc.i = trunc i64 %.unpack.i27.i to i32
  br label %body6.i

advance.i:                                        ; preds = %set_block.exit.i, %endif9.i, %cells3.i
  %level.06880.i = trunc i64 %indvars.iv89.i to i32
  %220 = add i64 %block.0.lcssa.i.i, %at.0.ph72.i
  %221 = icmp sgt i32 %m.1.i.lcssa, %level.06880.i
  br i1 %221, label %inc.preheader.i.i, label %next_block.exit.i

inc.preheader.i.i:                                ; preds = %advance.i
  %sext.i = shl i64 %indvars.iv89.i, 32
  %222 = ashr exact i64 %sext.i, 32
  br label %inc.i.i

inc.i.i:                                          ; preds = %wrap.i.i, %inc.preheader.i.i
  %indvars.iv.i29.i = phi i64 [ %222, %inc.preheader.i.i ], [ %indvars.iv.next.i32.i, %wrap.i.i ]
  %223 = getelementptr inbounds i32, ptr %digit.i72, i64 %indvars.iv.i29.i
  %224 = load i32, ptr %223, align 4
  %225 = add i32 %224, 1
  store i32 %225, ptr %223, align 4
  %226 = getelementptr inbounds i32, ptr %others.i, i64 %indvars.iv.i29.i
  %v.i30.i = load i32, ptr %226, align 4
  %227 = sext i32 %v.i30.i to i64
  %228 = getelementptr inbounds [6 x i32], ptr @ncells, i64 0, i64 %227
  %nc.i31.i = load i32, ptr %228, align 4
  %229 = add nsw i64 %227, -3
  %230 = icmp ult i64 %229, 3
  %231 = select i1 %230, i32 1, i32 %nc.i31.i
  %232 = icmp eq i32 %225, %231
  br i1 %232, label %wrap.i.i, label %out.loopexit.split.loop.exit.i.i

wrap.i.i:                                         ; preds = %inc.i.i
  store i32 0, ptr %223, align 4
  %indvars.iv.next.i32.i = add nsw i64 %indvars.iv.i29.i, 1
  %lftr.wideiv.i.i = trunc i64 %indvars.iv.next.i32.i to i32
  %exitcond.not.i33.i = icmp eq i32 %m.1.i.lcssa, %lftr.wideiv.i.i
  br i1 %exitcond.not.i33.i, label %next_block.exit.i, label %inc.i.i

out.loopexit.split.loop.exit.i.i:                 ; preds = %inc.i.i
  %233 = trunc nsw i64 %indvars.iv.i29.i to i32
  br label %next_block.exit.i

next_block.exit.i:                                ; preds = %wrap.i.i, %out.loopexit.split.loop.exit.i.i, %advance.i
  %k.0.lcssa.i.i = phi i32 [ %level.06880.i, %advance.i ], [ %233, %out.loopexit.split.loop.exit.i.i ], [ %m.1.i.lcssa, %wrap.i.i ]
  %234 = icmp slt i64 %220, %total.i
  br i1 %234, label %body2.lr.ph.i, label %matters_at.exit

body6.i:                                          ; preds = %endif9.i, %body6.lr.ph.i
  %indvars.iv92.i = phi i64 [ 1, %body6.lr.ph.i ], [ %indvars.iv.next93.i, %endif9.i ]
  %235 = getelementptr inbounds [2 x i64], ptr %cells.i74, i64 %indvars.iv92.i
  %236 = load <2 x i64>, ptr %235, align 8
  store <2 x i64> %236, ptr %183, align 8
  store i8 0, ptr %141, align 8
  store i32 -1, ptr %142, align 8
  %237 = call i32 %5(ptr nonnull %w, ptr nonnull %is_search), !callees !6
  %out.i34.i = load ptr, ptr %61, align 8
  %238 = getelementptr %guide_output, ptr %out.i34.i, i64 %6
  %239 = getelementptr i8, ptr %238, i64 -16
  %240 = load i8, ptr %239, align 1
  %241 = getelementptr i8, ptr %238, i64 -14
  %242 = load i8, ptr %241, align 1
  %.unpack.i35.i = load i64, ptr %143, align 8
  %.unpack2.i3748.i = load double, ptr %.elt1.i.i, align 8
  %.not.i.i = icmp eq i8 %216, %240
  br i1 %.not.i.i, label %endif.i39.i, label %ask

endif.i39.i:                                      ; preds = %body6.i
  br i1 %.not3.i.i, label %endif1.i.i, label %endif9.i

endif1.i.i:                                       ; preds = %endif.i39.i
  %243 = or i8 %242, %218
  %.not4.i.i = icmp eq i8 %243, 0
  br i1 %.not4.i.i, label %endif2.i.i, label %nd.i.i

nd.i.i:                                           ; preds = %endif1.i.i
  %244 = icmp eq i8 %218, %242
  br i1 %244, label %endif9.i, label %ask

endif2.i.i:                                       ; preds = %endif1.i.i
  switch i32 %type, label %ask [
    i32 0, label %label.i.i
    i32 1, label %label.i.i
    i32 2, label %num.i.i
    i32 3, label %num.i.i
    i32 4, label %range.i.i
    i32 5, label %same_answer.exit.i
  ]

label.i.i:                                        ; preds = %endif2.i.i, %endif2.i.i
  %y.sroa.4.8.extract.trunc.i = trunc i64 %.unpack.i35.i to i32
  %245 = icmp eq i32 %x0.sroa.4.8.extract.trunc.i, %y.sroa.4.8.extract.trunc.i
  br i1 %245, label %endif9.i, label %ask

num.i.i:                                          ; preds = %endif2.i.i, %endif2.i.i
  %246 = bitcast i64 %.unpack.i35.i to double
  %247 = fcmp oeq double %219, %246
  br i1 %247, label %endif9.i, label %ask

range.i.i:                                        ; preds = %endif2.i.i
  %248 = bitcast i64 %.unpack.i35.i to double
  %249 = fcmp oeq double %219, %248
  %250 = fcmp oeq double %.unpack2.i47.i, %.unpack2.i3748.i
  %251 = and i1 %249, %250
  br i1 %251, label %endif9.i, label %ask

same_answer.exit.i:                               ; preds = %endif2.i.i
  %252 = icmp eq i64 %.unpack.i27.i, %.unpack.i35.i
  br i1 %252, label %endif9.i, label %ask

endif9.i:                                         ; preds = %same_answer.exit.i, %range.i.i, %num.i.i, %label.i.i, %nd.i.i, %endif.i39.i
  %indvars.iv.next93.i = add nuw nsw i64 %indvars.iv92.i, 1
  %exitcond96.not.i = icmp eq i64 %indvars.iv.next93.i, %178
  br i1 %exitcond96.not.i, label %advance.i, label %body6.i

matters_at.exit:                                  ; preds = %next_block.exit.i, %done.i
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %digit.i72)
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %others.i)
  br label %endif39

done38:                                           ; preds = %endif39, %loop35.preheader
  %253 = getelementptr inbounds i8, ptr %0, i64 104
  %out40 = load ptr, ptr %253, align 8
  %254 = getelementptr %guide_output, ptr %out40, i64 %6
  %255 = getelementptr i8, ptr %254, i64 -16
  store <4 x i8> <i8 2, i8 2, i8 0, i8 0>, ptr %255, align 1
  %256 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 0, i64 %6
  %257 = getelementptr inbounds %eval_state, ptr %0, i64 0, i32 1, i64 %6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %256, i8 0, i64 16, i1 false)
  store i8 0, ptr %257, align 1
  br label %common.ret

ask:                                              ; preds = %same_answer.exit.i, %nd.i.i, %label.i.i, %num.i.i, %range.i.i, %body6.i, %endif2.i.i
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %digit.i72)
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %others.i)
  %258 = icmp slt i32 %x.i, 3
  br i1 %258, label %input.i86, label %endif39

input.i86:                                        ; preds = %ask
  %259 = sdiv i32 %x.i, 64
  %260 = srem i32 %x.i, 64
  %261 = sext i32 %259 to i64
  %262 = getelementptr inbounds i64, ptr %3, i64 %261
  %263 = zext nneg i32 %260 to i64
  %264 = shl nuw i64 1, %263
  %265 = load i64, ptr %262, align 8
  %266 = or i64 %265, %264
  store i64 %266, ptr %262, align 8
  br label %endif39

endif39:                                          ; preds = %input.i86, %ask, %matters_at.exit
  %indvars.iv.next191 = add nuw nsw i64 %indvars.iv190, 1
  %exitcond194.not = icmp eq i64 %indvars.iv.next191, %wide.trip.count.i79
  br i1 %exitcond194.not, label %done38, label %body.preheader.i78
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
