" postfix-master: comments, regexp patterns, actions and codes.
if exists('b:current_syntax') | finish | endif
syn match postfixMasterComment /^\s*#.*$/
syn match postfixMasterRegexp  +^\s*!\?/\(\\.\|[^/\\]\)*/[a-zA-Z]*+
syn keyword postfixMasterAction OK DUNNO REJECT DEFER DEFER_IF_REJECT DEFER_IF_PERMIT BCC DISCARD FILTER HOLD PREPEND REDIRECT INFO WARN IGNORE REPLACE STRIP
syn match postfixMasterCode /\<[245][0-9][0-9]\>\|\<[245]\.[0-9]\{1,3}\.[0-9]\{1,3}\>/
hi def link postfixMasterComment Comment
hi def link postfixMasterRegexp String
hi def link postfixMasterAction Keyword
hi def link postfixMasterCode Number
let b:current_syntax = 'postfix-master'
