-- editors/nvim/guide.lua — Neovim (0.7 or later): *.guide files get the filetype "guide", Vim's
-- syntax file of editors/vim, and `guidec lsp` as their language server (diagnostics as you
-- type, hover, go to definition, references, completion, formatting, outline).
--
-- In init.lua:
--   dofile('/path/to/guide/editors/nvim/guide.lua').setup()
-- or, with guidec elsewhere than on $PATH:
--   dofile('/path/to/guide/editors/nvim/guide.lua').setup({ cmd = { '/opt/guide/bin/guidec', 'lsp' } })
-- Only APIs Neovim 0.7 has are used (no vim.lsp.start, no vim.lsp.buf.format).
local M = {}

-- The editors/vim directory beside this file: its syntax/ and ftdetect/ for Neovim too.
local function vim_dir()
  local here = debug.getinfo(1, 'S').source:sub(2)
  return vim.fn.fnamemodify(here, ':p:h:h') .. '/vim'
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'guidec', 'lsp' }
  vim.opt.runtimepath:append(vim_dir())
  local group = vim.api.nvim_create_augroup('guide_lsp', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = '*.guide',
    command = 'setfiletype guide',
  })
  local client_id = nil
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'guide',
    callback = function(args)
      -- One server for every rule file; started again if it has stopped.
      if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
        client_id = vim.lsp.start_client({
          name = 'guidec',
          cmd = cmd,
          root_dir = vim.fn.getcwd(),
        })
      end
      if client_id then
        vim.lsp.buf_attach_client(args.buf, client_id)
        vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
      end
    end,
  })
end

return M
