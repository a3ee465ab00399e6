" mail-bounce: highlighted with Vim's 'mail' syntax until the server's semantic tokens arrive.
if exists('b:current_syntax') | finish | endif
runtime! syntax/mail.vim
unlet! b:current_syntax
let b:current_syntax = 'mail-bounce'
