-- mail-lsp for Neovim 0.7 to 0.10 (works on 0.11+ too):
--
--   require('mail_lsp').setup()                       -- defaults
--   require('mail_lsp').setup({ cmd = { '/path/to/mail-lsp' },
--                               settings = { locale = 'fr' } })
--
-- Starts one mail-lsp client for the mail file types and attaches every
-- buffer of those types to it. On Neovim 0.11+ you may prefer lsp/mail_lsp.lua
-- with vim.lsp.enable('mail_lsp').

local M = {}

M.filetypes = {
  'mail-log',
  'mail-bounce',
  'postfix-main',
  'postfix-master',
  'postfix-table',
  'sendmail-mc',
  'sendmail-cf',
  'sendmail-table',
  'messages', -- Neovim's name for /var/log/mail.log and /var/log/syslog
  'pfmain', -- Neovim's name for main.cf
  'sm', -- Neovim's name for sendmail.cf
  'mail', -- Neovim's name for *.eml
}

M.language_ids = {
  messages = 'mail-log',
  pfmain = 'postfix-main',
  sm = 'sendmail-cf',
  mail = 'mail-bounce',
}

function M.language_id(_, filetype)
  return M.language_ids[filetype] or filetype
end

local function default_settings()
  return {
    locale = '',
    diagnostics = { maxPerDocument = 1000 }, -- rules = { ['rule-name'] = false }
    inlayHints = { enable = true },
  }
end

M.options = nil
M.client_id = nil

local function client_config()
  local opts = M.options
  return {
    name = 'mail_lsp',
    cmd = opts.cmd,
    cmd_env = opts.cmd_env,
    root_dir = opts.root_dir or vim.fn.getcwd(),
    init_options = opts.settings,
    settings = { mailLsp = opts.settings },
    get_language_id = M.language_id,
    on_attach = function(client, bufnr)
      -- Neovim 0.10+ maps K to hover and sets omnifunc itself; before, do it here.
      if opts.default_keymaps ~= false and vim.fn.has('nvim-0.10') == 0 then
        vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = bufnr, desc = 'mail-lsp: explain the code under the cursor' })
        vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
      end
      if opts.on_attach ~= nil then
        opts.on_attach(client, bufnr)
      end
    end,
    capabilities = opts.capabilities,
  }
end

--- Attaches buffer `bufnr` to the mail-lsp client, starting it when needed.
function M.attach(bufnr)
  if M.options == nil then
    M.setup()
  end
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.lsp.start ~= nil and not M.options.use_start_client then
    -- Neovim 0.8+: vim.lsp.start reuses the running client of the same name and root.
    return vim.lsp.start(client_config(), { bufnr = bufnr })
  end
  -- Neovim 0.7: one client, started once, every buffer attached to it.
  if M.client_id == nil or vim.lsp.get_client_by_id(M.client_id) == nil then
    M.client_id = vim.lsp.start_client(client_config())
    if M.client_id == nil then
      vim.notify('mail-lsp: could not start ' .. table.concat(M.options.cmd, ' '), vim.log.levels.ERROR)
      return nil
    end
  end
  vim.lsp.buf_attach_client(bufnr, M.client_id)
  return M.client_id
end

--- opts: cmd (list), cmd_env (table), settings (locale, diagnostics, inlayHints),
--- filetypes (list), root_dir (string), on_attach, capabilities,
--- use_start_client (boolean: vim.lsp.start_client even where vim.lsp.start exists),
--- default_keymaps (boolean, default true: before Neovim 0.10, map K to hover and set
--- omnifunc in mail buffers; 0.10+ does both itself).
function M.setup(opts)
  opts = opts or {}
  M.options = {
    cmd = opts.cmd or { 'mail-lsp' },
    cmd_env = opts.cmd_env,
    settings = vim.tbl_deep_extend('force', default_settings(), opts.settings or {}),
    filetypes = opts.filetypes or M.filetypes,
    root_dir = opts.root_dir,
    on_attach = opts.on_attach,
    capabilities = opts.capabilities,
    use_start_client = opts.use_start_client,
    default_keymaps = opts.default_keymaps,
  }
  if vim.fn.executable(M.options.cmd[1]) ~= 1 then
    vim.notify(
      'mail-lsp: the server binary "' .. M.options.cmd[1] .. '" was not found: build it with'
        .. ' `cargo build --release` and put target/release/mail-lsp on your PATH, or pass'
        .. " require('mail_lsp').setup({ cmd = { '/full/path/to/mail-lsp' } })",
      vim.log.levels.WARN
    )
  end
  local group = vim.api.nvim_create_augroup('mail_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.options.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- Buffers opened before setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.options.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
