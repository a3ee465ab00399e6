" postfix-table: comments, regexp patterns, actions and codes.
if exists('b:current_syntax') | finish | endif
syn match postfixTableComment /^\s*#.*$/
syn match postfixTableRegexp  +^\s*!\?/\(\\.\|[^/\\]\)*/[a-zA-Z]*+
syn keyword postfixTableAction OK DUNNO REJECT DEFER DEFER_IF_REJECT DEFER_IF_PERMIT BCC DISCARD FILTER HOLD PREPEND REDIRECT INFO WARN IGNORE REPLACE STRIP
syn match postfixTableCode /\<[245][0-9][0-9]\>\|\<[245]\.[0-9]\{1,3}\.[0-9]\{1,3}\>/
hi def link postfixTableComment Comment
hi def link postfixTableRegexp String
hi def link postfixTableAction Keyword
hi def link postfixTableCode Number
let b:current_syntax = 'postfix-table'
