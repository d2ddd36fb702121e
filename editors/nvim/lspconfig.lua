-- For nvim-lspconfig users (and Neovim before 0.11): register Crosscheck as a custom server.
local configs = require('lspconfig.configs')
if not configs.crosscheck then
  configs.crosscheck = {
    default_config = {
      cmd = { 'crosscheck', 'lsp' },
      filetypes = { 'markdown', 'text' },
      root_dir = require('lspconfig.util').root_pattern('.crosscheck.json', 'sources', '.git'),
      settings = { crosscheck = {} },
    },
  }
end
require('lspconfig').crosscheck.setup({})
