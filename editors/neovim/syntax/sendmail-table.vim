" sendmail-table: comments, regexp patterns, actions and codes.
if exists('b:current_syntax') | finish | endif
syn match sendmailTableComment /^\s*#.*$/
syn match sendmailTableRegexp  +^\s*!\?/\(\\.\|[^/\\]\)*/[a-zA-Z]*+
syn keyword sendmailTableAction OK RELAY REJECT DISCARD SKIP ERROR TEMP QUARANTINE
syn match sendmailTableCode /\<[245][0-9][0-9]\>\|\<[245]\.[0-9]\{1,3}\.[0-9]\{1,3}\>/
hi def link sendmailTableComment Comment
hi def link sendmailTableRegexp String
hi def link sendmailTableAction Keyword
hi def link sendmailTableCode Number
let b:current_syntax = 'sendmail-table'
