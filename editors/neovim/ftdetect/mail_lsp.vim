" File types of mail-lsp, named after the server's language ids.
" Neovim's own names win where it has one (setfiletype does not override):
" /var/log/mail.log and syslog are 'messages', main.cf is 'pfmain',
" sendmail.cf is 'sm', *.eml is 'mail'; mail-lsp attaches to those as well.

" Mail logs: Postfix/Sendmail syslog files, rotated copies, Exim logs.
au BufNewFile,BufRead mail.log,mail.log.*,mail.log-*,maillog,maillog.*,maillog-* setfiletype mail-log
au BufNewFile,BufRead mail.err,mail.err.*,mail.warn,mail.warn.*,mail.info,mail.info.* setfiletype mail-log
au BufNewFile,BufRead syslog,syslog.*,postfix.log,postfix.log.* setfiletype mail-log
au BufNewFile,BufRead mainlog,mainlog.*,mainlog-*,rejectlog,rejectlog.*,rejectlog-*,paniclog,paniclog.*,paniclog-* setfiletype mail-log
au BufNewFile,BufRead */exim*/main.log,*/exim*/reject.log,*/exim*/panic.log setfiletype mail-log

" Bounce messages (Neovim calls *.eml 'mail' first).
au BufNewFile,BufRead *.eml setfiletype mail-bounce

" Postfix.
au BufNewFile,BufRead main.cf,main.cf.*,*-main.cf setfiletype postfix-main
au BufNewFile,BufRead master.cf,master.cf.*,*-master.cf setfiletype postfix-master

" Sendmail tables before Postfix's: /etc/mail/access is Sendmail's.
au BufNewFile,BufRead */mail/access,*/sendmail/access setfiletype sendmail-table
au BufNewFile,BufRead mailertable,virtusertable,domaintable,genericstable setfiletype sendmail-table

au BufNewFile,BufRead access,*_access,header_checks,body_checks,mime_header_checks,nested_header_checks,*_checks setfiletype postfix-table
au BufNewFile,BufRead transport,virtual,canonical,sender_canonical,recipient_canonical,relocated,generic setfiletype postfix-table
au BufNewFile,BufRead *.pcre,*.regexp setfiletype postfix-table

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
au BufNewFile,BufRead sendmail.cf,submit.cf setfiletype sendmail-cf

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
