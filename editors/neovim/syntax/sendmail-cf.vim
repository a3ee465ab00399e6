" sendmail-cf: highlighted with Vim's 'sm' syntax until the server's semantic tokens arrive.
if exists('b:current_syntax') | finish | endif
runtime! syntax/sm.vim
unlet! b:current_syntax
let b:current_syntax = 'sendmail-cf'
