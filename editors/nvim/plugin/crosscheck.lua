-- Commands a journalist wants beside the language server:
--   :CrosscheckSources     every source sentence that carries the sentence under the cursor, in the quickfix list
--   :CrosscheckInlayHints  show or hide the "3 outlets" hints at the end of sentences
if vim.g.loaded_crosscheck then
  return
end
vim.g.loaded_crosscheck = true

vim.api.nvim_create_user_command('CrosscheckSources', function()
  vim.lsp.buf.references({ includeDeclaration = false }, {
    on_list = function(options)
      vim.fn.setqflist({}, ' ', options)
      vim.cmd('copen')
    end,
  })
end, { desc = 'Crosscheck: sources of the sentence under the cursor, in the quickfix list' })

vim.api.nvim_create_user_command('CrosscheckInlayHints', function()
  local filter = { bufnr = 0 }
  vim.lsp.inlay_hint.enable(not vim.lsp.inlay_hint.is_enabled(filter), filter)
end, { desc = 'Crosscheck: toggle how-many-outlets hints' })
