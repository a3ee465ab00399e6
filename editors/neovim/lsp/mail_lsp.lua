-- mail-lsp for Neovim 0.11+: explains SMTP codes in mail logs, bounce
-- messages and Postfix/Sendmail configuration files.
--
-- Put this file at ~/.config/nvim/lsp/mail_lsp.lua (or add the editors/neovim
-- folder of mail-lsp to 'runtimepath'), then in your init.lua:
--
--   vim.lsp.enable('mail_lsp')
--
-- Override any field with vim.lsp.config('mail_lsp', { ... }), for example
-- cmd = { '/path/to/mail-lsp' } or settings = { mailLsp = { locale = 'fr' } }.

-- Neovim's own file types for some mail files, and the language ids the
-- server knows for them. Our ftdetect names the other files after the ids.
local language_ids = {
  messages = 'mail-log', -- /var/log/mail.log, /var/log/syslog
  pfmain = 'postfix-main', -- main.cf
  sm = 'sendmail-cf', -- sendmail.cf
  mail = 'mail-bounce', -- *.eml
}

local settings = {
  locale = '', -- 'en', 'fr', or '' to follow the editor
  diagnostics = { maxPerDocument = 1000 }, -- rules = { ['rule-name'] = false }
  inlayHints = { enable = true },
}

---@type vim.lsp.Config
return {
  cmd = { 'mail-lsp' },
  -- cmd_env = { RUST_LOG = 'debug' }, -- server logs: :LspLog
  filetypes = {
    'mail-log',
    'mail-bounce',
    'postfix-main',
    'postfix-master',
    'postfix-table',
    'sendmail-mc',
    'sendmail-cf',
    'sendmail-table',
    'messages',
    'pfmain',
    'sm',
    'mail',
  },
  root_markers = { '.git' },
  get_language_id = function(_, filetype)
    return language_ids[filetype] or filetype
  end,
  init_options = settings,
  settings = { mailLsp = settings },
}
