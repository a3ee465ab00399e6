" File types of mail-lsp decided by content, after the names in
" mail_lsp.vim (generated from the server's table of file names).

" Sendmail m4 and cf files. Neovim may call a *.mc file 'm4': sendmail.mc and
" submit.mc are ours whatever their content.
au BufNewFile,BufRead sendmail.mc,submit.mc set filetype=sendmail-mc
function! s:SendmailMcSniff() abort
  for l:line in getline(1, 200)
    if l:line =~# '^\s*\%(OSTYPE\|DOMAIN\|FEATURE\|MAILER\|VERSIONID\)\s*(' || l:line =~# 'cf/m4/cf\.m4'
      set filetype=sendmail-mc
      return
    endif
  endfor
  setfiletype sendmail-mc
endfunction
au BufNewFile,BufRead *.mc call s:SendmailMcSniff()

" Any other *.log (or maillog-like name) whose first lines are Postfix,
" Sendmail or Exim log lines.
function! s:MailLogSniff() abort
  for l:line in getline(1, 30)
    if l:line =~# '\<postfix\%(-[a-z0-9]\+\)\?\/[a-z0-9/_-]\+\[\d\+\]: '
          \ || l:line =~# '\<\%(sendmail\|sm-mta\|sm-msp-queue\)\[\d\+\]: '
          \ || l:line =~# '^\d\{4}-\d\d-\d\d \d\d:\d\d:\d\d\%(\.\d\+\)\? \%([0-9A-Za-z]\{6}-[0-9A-Za-z]\{6,11}-[0-9A-Za-z]\{2,4} \)\?\%(<=\|=>\|->\|\*\*\|==\|Completed\|H=\|SMTP \)'
          \ || l:line =~# '\<exim\[\d\+\]: '
      setfiletype mail-log
      return
    endif
  endfor
endfunction
au BufNewFile,BufRead *.log,*.log.[0-9]* call s:MailLogSniff()
