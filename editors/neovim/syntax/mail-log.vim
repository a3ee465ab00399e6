" mail-log: highlighted with Vim's 'messages' syntax until the server's semantic tokens arrive.
if exists('b:current_syntax') | finish | endif
runtime! syntax/messages.vim
unlet! b:current_syntax
let b:current_syntax = 'mail-log'
