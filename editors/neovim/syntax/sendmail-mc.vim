" sendmail-mc: highlighted with Vim's 'm4' syntax until the server's semantic tokens arrive.
if exists('b:current_syntax') | finish | endif
runtime! syntax/m4.vim
unlet! b:current_syntax
let b:current_syntax = 'sendmail-mc'
