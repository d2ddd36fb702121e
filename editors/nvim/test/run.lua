-- A real-editor test: Neovim's own LSP client against the built server and the demo workspace.
-- Run by Tests/CrosscheckEndToEndTests/NeovimTests.swift as
--   nvim --headless --clean -c 'luafile editors/nvim/test/run.lua'
-- with CROSSCHECK_ROOT (the repository) and CROSSCHECK_BINARY (the built crosscheck) in the environment, and
-- CROSSCHECK_DIAGNOSTICS set to 'pull' (Neovim's own capabilities: it pulls when the server offers pull) or
-- 'push' (the client declares no pull support, so the server publishes).
-- Any failed check ends Neovim with exit code 1 and says which.
local root = assert(os.getenv('CROSSCHECK_ROOT'), 'CROSSCHECK_ROOT is not set')
local binary = assert(os.getenv('CROSSCHECK_BINARY'), 'CROSSCHECK_BINARY is not set')
local workspace = root .. '/protocol-fixtures/workspace'
local mode = os.getenv('CROSSCHECK_DIAGNOSTICS') or 'pull'

local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then
    fail(message)
  end
end

local ok, err = pcall(function()
  vim.opt.runtimepath:prepend(root .. '/editors/nvim')
  vim.cmd('runtime! plugin/crosscheck.lua')
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  if mode == 'push' then
    -- vim.lsp.config deep-merges Neovim's defaults back in: null is what survives the merge.
    capabilities.textDocument.diagnostic = vim.NIL
  end
  vim.lsp.config('crosscheck', { cmd = { binary, 'lsp' }, capabilities = capabilities })
  vim.lsp.enable('crosscheck')

  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/draft.md'))
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo[buf].filetype == 'markdown', 'draft.md should be markdown, is ' .. vim.bo[buf].filetype)
  check(vim.wait(30000, function() return #vim.lsp.get_clients({ bufnr = buf, name = 'crosscheck' }) > 0 end, 50),
    'crosscheck did not attach')

  -- The server offers pull diagnostics exactly when the client can pull.
  local attached = vim.lsp.get_clients({ bufnr = buf, name = 'crosscheck' })[1]
  check((attached.server_capabilities.diagnosticProvider ~= nil) == (mode == 'pull'),
    'diagnosticProvider in ' .. mode .. ' mode: ' .. vim.inspect(attached.server_capabilities.diagnosticProvider))

  -- Diagnostics arrive with the expected codes and positions, pulled or pushed.
  check(vim.wait(30000, function() return #vim.diagnostic.get(buf) >= 8 end, 50), 'diagnostics did not arrive')
  local by_code = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    by_code[diagnostic.code] = by_code[diagnostic.code] or {}
    table.insert(by_code[diagnostic.code], diagnostic)
  end
  for _, code in ipairs({ 'misquote', 'unattributed-quote', 'misattributed-quote', 'figure-mismatch',
    'sources-disagree', 'inconsistent-figure', 'unclosed-quote' }) do
    check(by_code[code] ~= nil, 'no ' .. code .. ' diagnostic')
  end
  check(by_code['misquote'][1].lnum == 4 and by_code['misquote'][1].col == 0, 'misquote at the wrong place')

  -- The council tax figure sits after an emoji on its line: its byte column must still be exact.
  local line = vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1]
  local figure_col = line:find('4 per cent', 1, true) - 1
  local found = false
  for _, diagnostic in ipairs(by_code['figure-mismatch']) do
    if diagnostic.lnum == 6 and diagnostic.col == figure_col and diagnostic.end_col == figure_col + #'4 per cent' then
      found = true
    end
  end
  check(found, 'figure-mismatch after the emoji is not at byte column ' .. figure_col)

  -- Hover shows other outlets' wording.
  local client = vim.lsp.get_clients({ bufnr = buf, name = 'crosscheck' })[1]
  local function request(method, params)
    local response = client:request_sync(method, params, 10000, buf)
    check(response and not response.err, method .. ' failed: ' .. vim.inspect(response))
    return response.result
  end
  local document = { uri = vim.uri_from_bufnr(buf) }
  local hover = request('textDocument/hover', { textDocument = document, position = { line = 2, character = 10 } })
  check(hover and hover.contents.value:find('Daily Meridian', 1, true), 'hover lacks other outlets: ' .. vim.inspect(hover))

  -- Definition jumps into the right source file and line.
  -- With several outlets Neovim lists the targets (sorted by file name); jump to the Daily Meridian's sentence,
  -- as picking it from that list would.
  vim.api.nvim_win_set_cursor(0, { 3, 10 })
  vim.lsp.buf.definition({
    on_list = function(options)
      check(#options.items == 4, 'expected four outlets, got ' .. #options.items)
      local item = vim.iter(options.items):find(function(candidate)
        return candidate.filename:find('daily%-meridian%.md$') ~= nil
      end)
      check(item ~= nil, 'no Daily Meridian target')
      vim.cmd('edit ' .. vim.fn.fnameescape(item.filename))
      vim.api.nvim_win_set_cursor(0, { item.lnum, item.col - 1 })
    end,
  })
  check(vim.wait(10000, function() return vim.api.nvim_buf_get_name(0) ~= vim.api.nvim_buf_get_name(buf) end, 50),
    'definition did not jump')
  local target = vim.api.nvim_buf_get_name(0)
  check(target:find('sources/daily%-meridian%.md$') ~= nil, 'definition went to ' .. target)
  check(vim.api.nvim_win_get_cursor(0)[1] == 11, 'definition landed on line ' .. vim.api.nvim_win_get_cursor(0)[1])
  vim.cmd('buffer ' .. buf)

  -- Applying the misquote's quick fix changes the buffer as intended.
  local misquote = by_code['misquote'][1]
  local actions = request('textDocument/codeAction', {
    textDocument = document,
    range = { start = { line = 4, character = 0 }, ['end'] = { line = 4, character = 0 } },
    context = { diagnostics = { misquote.user_data.lsp } },
  })
  check(actions and #actions == 1, 'expected one quick fix, got ' .. vim.inspect(actions))
  local action = actions[1]
  if not action.edit then
    action = request('codeAction/resolve', action)
  end
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  local fixed = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
  check(fixed:find('the price of staying above water', 1, true) ~= nil, 'quick fix did not apply: ' .. fixed)

  -- The server never writes the file: the buffer is modified, the file on disk is not.
  check(vim.bo[buf].modified, 'buffer should be modified by the quick fix')
  check(vim.fn.readfile(workspace .. '/draft.md')[5]:find('the cost of', 1, true) ~= nil, 'draft.md on disk changed')
end)

if not ok then
  fail(tostring(err))
end
io.stdout:write('PASS: Neovim checks (' .. mode .. ' diagnostics)\n')
vim.cmd('qall!')
