-- Which file type Neovim gives each sample file name of editors/file-names.json
-- (one per glob of the server's file-name table, and real paths), with
-- Neovim's own detection and this plugin's ftdetect. Run by run.sh:
--   nvim --headless -u NONE -i NONE --cmd 'set rtp^=editors/neovim' -c 'luafile filetypes.lua'
-- with MAIL_LSP_SAMPLES (the JSON file) in the environment. A sample must get
-- the server's language id, or Neovim's own name for it (mail_lsp.language_ids);
-- a sample with no language must get none of ours.

local samples_path = assert(os.getenv('MAIL_LSP_SAMPLES'), 'MAIL_LSP_SAMPLES is not set')
local version = vim.version()
local nvim_version = string.format('%d.%d.%d', version.major, version.minor, version.patch)

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local passed, failed = 0, 0
local ok, err = pcall(function()
  vim.cmd('filetype on')
  local plugin = require('mail_lsp')
  local ours = {}
  for _, filetype in ipairs(plugin.filetypes) do
    ours[filetype] = true
  end
  local samples = vim.fn.json_decode(table.concat(vim.fn.readfile(samples_path), '\n')).samples
  local wrong = {}
  for _, sample in ipairs(samples) do
    vim.cmd('silent noswapfile edit ' .. vim.fn.fnameescape(sample.path))
    local filetype = vim.bo.filetype
    local language = plugin.language_ids[filetype] or filetype
    local good
    if sample.language == '' then
      good = not ours[filetype]
    elseif sample.language == 'sendmail-mc' and filetype == 'm4' then
      -- Neovim decides *.mc by content; a new empty file is m4. A real
      -- sendmail .mc is checked below.
      good = true
    else
      good = language == sample.language
    end
    if not good then
      table.insert(wrong, string.format('%s: expected %s, got %s', sample.path, sample.language ~= '' and sample.language or 'none of ours', filetype ~= '' and filetype or 'none'))
    end
    vim.cmd('silent bwipeout!')
  end
  if #wrong == 0 then
    passed = passed + 1
    out(string.format('ok   [nvim %s] the %d sample file names get the server\'s language', nvim_version, #samples))
  else
    failed = failed + 1
    out(string.format('FAIL [nvim %s] %d of %d sample file names get another file type', nvim_version, #wrong, #samples))
    for _, line in ipairs(wrong) do
      out('     ' .. line)
    end
  end

  -- A real sendmail .mc (Neovim would call it m4) is sendmail-mc by content.
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local mc = dir .. '/generic-linux.mc'
  vim.fn.writefile({ "divert(-1)dnl", "include(`../m4/cf.m4')", "OSTYPE(`linux')dnl", "MAILER(smtp)dnl" }, mc)
  vim.cmd('silent noswapfile edit ' .. vim.fn.fnameescape(mc))
  if vim.bo.filetype == 'sendmail-mc' then
    passed = passed + 1
    out(string.format('ok   [nvim %s] a sendmail .mc file is sendmail-mc by content', nvim_version))
  else
    failed = failed + 1
    out(string.format('FAIL [nvim %s] a sendmail .mc file is %s, not sendmail-mc', nvim_version, vim.bo.filetype))
  end
  vim.cmd('silent bwipeout!')
  vim.fn.delete(dir, 'rf')
end)
if not ok then
  failed = failed + 1
  out(string.format('FAIL [nvim %s] file types: %s', nvim_version, err))
end
out(string.format('%d passed, %d failed', passed, failed))
vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
