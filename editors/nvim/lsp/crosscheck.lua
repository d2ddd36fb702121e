-- Crosscheck for Neovim 0.11+ with the built-in client.
--
-- Put editors/nvim on your 'runtimepath' (or copy this file to ~/.config/nvim/lsp/crosscheck.lua), then:
--   vim.lsp.enable('crosscheck')
-- Settings go under `settings.crosscheck`; see the configuration table in the README.
return {
  cmd = { 'crosscheck', 'lsp' },
  filetypes = { 'markdown', 'text' },
  root_markers = { '.crosscheck.json', 'sources', '.git' },
  settings = {
    crosscheck = {},
  },
}
