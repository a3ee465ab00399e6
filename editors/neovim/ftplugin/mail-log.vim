if exists('b:did_ftplugin') | finish | endif
let b:did_ftplugin = 1
setlocal nowrap
let b:undo_ftplugin = 'setlocal wrap<'
