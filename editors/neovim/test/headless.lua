-- Headless end-to-end test of the Neovim client against the real mail-lsp.
-- Run by run.sh, after an init.lua that sets the client up as the README says:
--   nvim --headless -i NONE -n -c 'luafile headless.lua'
-- with MAIL_LSP_BIN, MAIL_LSP_LOG_FIXTURE, MAIL_LSP_MAINCF_FIXTURE and
-- MAIL_LSP_NVIM_MODE ('config': lsp/mail_lsp.lua + vim.lsp.enable, Neovim 0.11+;
-- 'setup': require('mail_lsp').setup(), any Neovim from 0.7) in the environment.
-- Prints one line per check and a last line "N passed, N failed", then exits
-- with status 0 only when everything passed.

local binary = assert(os.getenv('MAIL_LSP_BIN'), 'MAIL_LSP_BIN is not set')
local log_fixture = os.getenv('MAIL_LSP_LOG_FIXTURE')
local maincf_fixture = os.getenv('MAIL_LSP_MAINCF_FIXTURE')
local bounce_fixture = os.getenv('MAIL_LSP_BOUNCE_FIXTURE')
-- Which cases to run: any of log, maincf, bounce (default: all).
local cases = os.getenv('MAIL_LSP_NVIM_CASES') or 'log maincf bounce'
local mode = os.getenv('MAIL_LSP_NVIM_MODE') or (vim.fn.has('nvim-0.11') == 1 and 'config' or 'setup')
local timeout_ms = tonumber(os.getenv('MAIL_LSP_TIMEOUT_MS') or '') or 20000

local passed, failed = 0, 0
local version = vim.version()
local nvim_version = string.format('%d.%d.%d', version.major, version.minor, version.patch)

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(ok, name, detail)
  if ok then
    passed = passed + 1
    out(string.format('ok   [nvim %s, %s] %s', nvim_version, mode, name))
  else
    failed = failed + 1
    out(string.format('FAIL [nvim %s, %s] %s', nvim_version, mode, name))
    if detail and detail ~= '' then
      out('     ' .. tostring(detail):gsub('\n', '\n     '))
    end
  end
  return ok
end

local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  vim.cmd(failed == 0 and passed > 0 and 'qall!' or 'cquit! 1')
end

-- Every publishDiagnostics the client receives, by URI.
local diagnostics_by_uri = {}
local original_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri then
    diagnostics_by_uri[result.uri] = result.diagnostics or {}
  end
  return original_publish(err, result, ctx, config)
end

-- Warnings and errors the server shows (a refused setting, for one).
local shown_messages = {}
local original_show = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, config)
  if result and result.type and result.type <= 2 then
    table.insert(shown_messages, result.message)
  end
  return original_show(err, result, ctx, config)
end

local function clients_of(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'mail_lsp' })
  end
  local found = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'mail_lsp' then
      table.insert(found, client)
    end
  end
  return found
end

-- The code the explain CLI calls `title`, for the hover to contain.
local function expected_title(code)
  local output = vim.fn.system({ binary, 'explain', '--lang', 'en', '--json', code })
  if vim.v.shell_error ~= 0 then
    return nil, 'mail-lsp explain --json ' .. code .. ' failed: ' .. output
  end
  local ok, decoded = pcall(vim.fn.json_decode, output)
  if not ok or type(decoded) ~= 'table' then
    return nil, 'mail-lsp explain --json ' .. code .. ' printed no JSON: ' .. output
  end
  if decoded[1] ~= nil then
    decoded = decoded[1]
  end
  if type(decoded.title) ~= 'string' or decoded.title == '' then
    return nil, 'no title in: ' .. output
  end
  return decoded.title
end

local function hover_text(result)
  if result == nil or result.contents == nil then
    return ''
  end
  local contents = result.contents
  if type(contents) == 'string' then
    return contents
  end
  if contents.value ~= nil then
    return contents.value
  end
  local parts = {}
  for _, item in ipairs(contents) do
    table.insert(parts, type(item) == 'string' and item or (item.value or ''))
  end
  return table.concat(parts, '\n')
end

-- Position of byte column `col` (0-based) of line `lnum` (0-based) in the client's encoding.
local function lsp_position(client, bufnr, lnum, col)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
  local encoding = client.offset_encoding or 'utf-16'
  local character = col
  if encoding == 'utf-16' then
    local _, utf16 = vim.str_utfindex(line, col)
    character = utf16
  elseif encoding == 'utf-32' then
    character = vim.str_utfindex(line, col)
  end
  return { line = lnum, character = character }
end

local function request_hover(client, bufnr, lnum, col)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = lsp_position(client, bufnr, lnum, col),
  }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout_ms)
  if responses == nil then
    return nil, params, 'no answer: ' .. tostring(err)
  end
  local response = responses[client.id]
  if response == nil then
    return nil, params, 'no answer from mail_lsp: ' .. vim.inspect(responses)
  end
  if response.err ~= nil then
    return nil, params, 'error: ' .. vim.inspect(response.err)
  end
  return response.result, params, nil
end

--- Opens `path`, checks the file type, the client, the diagnostics, and the hover
--- at the first place `find(lines)` returns ({lnum, col, code_or_nil, expected_text, what}).
local function run_case(label, path, allowed_filetypes, find)
  if path == nil or path == '' or vim.fn.filereadable(path) ~= 1 then
    check(false, label .. ': fixture', 'no readable fixture: ' .. tostring(path))
    return
  end
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local filetype = vim.bo[bufnr].filetype
  check(vim.tbl_contains(allowed_filetypes, filetype), label .. ': file type of ' .. vim.fn.fnamemodify(path, ':t') .. ' is ' .. filetype,
    'expected one of ' .. table.concat(allowed_filetypes, ', '))

  local client
  local attached = vim.wait(timeout_ms, function()
    local clients = clients_of(bufnr)
    client = clients[1]
    return client ~= nil and client.initialized ~= false
  end, 50)
  if not check(attached, label .. ': mail_lsp attached', 'no mail_lsp client attached within ' .. timeout_ms .. ' ms; see the LSP log') then
    return
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local got_diagnostics = vim.wait(timeout_ms, function()
    return diagnostics_by_uri[uri] ~= nil
  end, 50)
  check(got_diagnostics, label .. ': diagnostics published' .. (got_diagnostics and (' (' .. #diagnostics_by_uri[uri] .. ')') or ''),
    'no textDocument/publishDiagnostics for ' .. uri .. ' within ' .. timeout_ms .. ' ms')

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local target = find(lines)
  if not check(target ~= nil, label .. ': a place to hover in the fixture', 'nothing to hover found in ' .. path) then
    return
  end
  local expected = target.expected
  if expected == nil and target.code ~= nil then
    local title, why = expected_title(target.code)
    if not check(title ~= nil, label .. ': title of ' .. target.code .. ' from mail-lsp explain --json', why) then
      return
    end
    expected = title
  end
  local result, params, err = request_hover(client, bufnr, target.lnum, target.col)
  local text = hover_text(result)
  check(err == nil and text:find(expected, 1, true) ~= nil,
    string.format('%s: hover on %s (line %d) contains "%s"', label, target.what, target.lnum + 1, expected),
    string.format('sent textDocument/hover %s\ngot %s%s', vim.fn.json_encode(params), err or vim.inspect(result),
      '\nline: ' .. (lines[target.lnum + 1] or '')))
end

-- The first enhanced code of the log in a reply context.
local function find_log_code(lines)
  local patterns = {
    'dsn=()([245]%.%d+%.%d+)',
    'said: [245]%d%d[ -]()([245]%.%d+%.%d+)',
    ': [245]%d%d[ -]()([245]%.%d+%.%d+)[ ;:,)]',
    'Status: ()([245]%.%d+%.%d+)',
  }
  for _, pattern in ipairs(patterns) do
    for lnum, line in ipairs(lines) do
      local start, code = line:match(pattern)
      if start ~= nil then
        return { lnum = lnum - 1, col = start, code = code, what = code }
      end
    end
  end
  return nil
end

-- The Status: field of a delivery-status part.
local function find_bounce_code(lines)
  for lnum, line in ipairs(lines) do
    local start, code = line:match('^Status:%s*()([245]%.%d+%.%d+)')
    if start ~= nil then
      return { lnum = lnum - 1, col = start, code = code, what = code }
    end
  end
  return nil
end

-- A *_reject_code / *_defer_code value, else the smtpd_banner parameter name.
local function find_maincf_target(lines)
  for lnum, line in ipairs(lines) do
    local start, code = line:match('^[%w_]+_code%s*=%s*()([245]%d%d)%s*$')
    if start ~= nil then
      return { lnum = lnum - 1, col = start, code = code, what = code }
    end
  end
  for lnum, line in ipairs(lines) do
    if line:match('^smtpd_banner%s*=') then
      return { lnum = lnum - 1, col = 2, expected = 'smtpd_banner', what = 'smtpd_banner' }
    end
  end
  return nil
end

local ok, err = pcall(function()
  -- init.lua (written by run.sh as the README gives it) has set the client up.
  if mode == 'config' then
    local resolved = vim.lsp.config and vim.lsp.config.mail_lsp
    check(resolved ~= nil and vim.tbl_contains(resolved.filetypes or {}, 'mail-log'),
      'vim.lsp.config finds lsp/mail_lsp.lua in the config folder', vim.inspect(resolved))
  else
    check(require('mail_lsp').options ~= nil, "require('mail_lsp').setup() ran from init.lua")
  end
  if cases:find('log', 1, true) then
    run_case('log', log_fixture, { 'mail-log', 'messages' }, find_log_code)
  end
  if cases:find('maincf', 1, true) then
    run_case('main.cf', maincf_fixture, { 'pfmain', 'postfix-main' }, find_maincf_target)
  end
  if cases:find('bounce', 1, true) then
    run_case('bounce', bounce_fixture, { 'mail', 'mail-bounce' }, find_bounce_code)
  end
  check(#shown_messages == 0, 'no setting refused (no warning or error in window/showMessage)', table.concat(shown_messages, '\n'))
end)
if not ok then
  check(false, 'test script', err)
end
finish()
