" postfix-main: highlighted with Vim's 'pfmain' syntax until the server's semantic tokens arrive.
if exists('b:current_syntax') | finish | endif
runtime! syntax/pfmain.vim
unlet! b:current_syntax
let b:current_syntax = 'postfix-main'
