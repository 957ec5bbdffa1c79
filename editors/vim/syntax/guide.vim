" Vim syntax file for Guide rule files (*.guide), the language of docs/LANGUAGE.md.
" Keywords, strings (citations, titles), comments, numbers, units, table separators.
if exists('b:current_syntax')
  finish
endif

" Declarations, clauses and words of tests.
syn keyword guideDecl      guideline version source unit input output derive match table rule test end constraint
syn keyword guideClause    hit outputs mark when unless then given expect cites reading step
syn keyword guideHit       unique first collect
syn keyword guideOperator  and or not in is else
syn keyword guideType      bool enum number integer range set list of
syn keyword guideFunction  mean min max sum count any all
syn keyword guideConstant  true false ND undetermined not_applicable conflict unknown fired
" The built-in units (docs/LANGUAGE.md, Units); a declared unit is a name like any other.
syn keyword guideUnit      mm cm m km days day weeks week months month years year mg g kg mg_per_day

" A number, with an optional fraction; not the digits that start a label (50mg_daily).
syn match   guideNumber    /\<\d\+\(\.\d\+\)\?\>/
syn match   guideUnit      /%/
syn match   guideSymbol    /||\||\|->\|==\|!=\|<=\|>=\|≤\|≥\|≠/
syn region  guideString    start=/"/ skip=/\\[\\"]/ end=/"/ oneline
syn match   guideComment   /#.*$/ contains=@Spell

hi def link guideDecl      Statement
hi def link guideClause    Keyword
hi def link guideHit       Keyword
hi def link guideFunction  Function
hi def link guideOperator  Operator
hi def link guideType      Type
hi def link guideConstant  Constant
hi def link guideUnit      Special
hi def link guideNumber    Number
hi def link guideSymbol    Delimiter
hi def link guideString    String
hi def link guideComment   Comment

let b:current_syntax = 'guide'
